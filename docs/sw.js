// The site's service worker: after the first visit the whole course works
// offline, and a repeat visit takes its files from here instead of the network.
//
// hooks/service_worker.py fills in MANIFEST at build time: the caches this
// build needs, each with its files. The Pyodide core's and the checker's
// caches are named after their content-hashed folders (pyodide/v<version>/,
// pyodide/checker-<hash>/), the rest of the site after a hash of its files, so
// a new build replaces only the caches whose content changed (a text edit does
// not download the 13 MB core again). A changed build changes this file, which
// makes the browser install the new worker.
//
// Pages (HTML) come from the network first, so a learner online sees the
// current course, and from the cache when the network fails. Everything else
// comes from the cache first.
const MANIFEST = { "caches": [] };   // replaced by hooks/service_worker.py
const PREFIX = "goal-trainer:";
const SCOPE = self.registration.scope;

function absolute(path) {
  return new URL(path, SCOPE).href;
}

async function fill(group) {
  const cache = await caches.open(PREFIX + group.name);
  const have = new Set((await cache.keys()).map((request) => request.url));
  const missing = group.files.map(absolute).filter((url) => !have.has(url));
  // Hashed folders may come from the HTTP cache; other files are revalidated.
  const options = group.immutable ? {} : { cache: "no-cache" };
  for (let i = 0; i < missing.length; i += 8) {   // a few at a time, never the whole site at once
    await Promise.all(missing.slice(i, i + 8).map(async (url) => {
      const response = await fetch(url, options);
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${url}`);
      await cache.put(url, response);
    }));
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(Promise.all(MANIFEST.caches.map(fill)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  const current = new Set(MANIFEST.caches.map((group) => PREFIX + group.name));
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && !current.has(n)).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

function isPage(request, url) {
  return request.mode === "navigate" || url.pathname.endsWith("/") || url.pathname.endsWith(".html");
}

async function pageFirstFromNetwork(request, url) {
  try {
    const response = await fetch(request);
    if (response.ok && request.method === "GET") {
      const group = MANIFEST.caches.find((g) => !g.immutable);
      if (group) (await caches.open(PREFIX + group.name)).put(url.href, response.clone());
    }
    return response;
  } catch (err) {
    const cached = await caches.match(url.href, { ignoreSearch: true }) ||
      await caches.match(absolute("404.html"));
    if (cached) return cached;
    throw err;
  }
}

async function fileFirstFromCache(request, url) {
  const cached = await caches.match(url.href, { ignoreSearch: true });
  return cached || fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  if (url.href === absolute("sw.js") || request.headers.has("range")) return;
  url.hash = "";
  event.respondWith(isPage(request, url) ? pageFirstFromNetwork(request, url) : fileFirstFromCache(request, url));
});
