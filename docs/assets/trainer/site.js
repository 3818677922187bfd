// Where the site is and how to reach its checker runtime.
//
// Every page carries the same <meta name="goal-trainer"> (hooks/trainer_assets.py):
// site-relative paths to the Pyodide core, the checker's lock file and the
// kinds data. They are resolved against the site root, not the page, so they
// stay right when the theme's instant navigation swaps the page under us.

// This file is assets/trainer/site.js: the site root is two folders up.
export const siteRoot = new URL("../../", import.meta.url).href;

export function siteUrl(path) {
  return new URL(path, siteRoot).href;
}

export function runtimeConfig() {
  const meta = document.querySelector('meta[name="goal-trainer"]');
  if (!meta) return null;
  const core = meta.getAttribute("data-core") || "";
  return {
    core: new URL(core, siteRoot).href,   // an absolute CDN URL stays as it is
    coreIsLocal: new URL(core, siteRoot).origin === location.origin,
    lock: siteUrl(meta.getAttribute("data-lock") || ""),
    package: meta.getAttribute("data-package"),
    kinds: siteUrl(meta.getAttribute("data-kinds") || ""),
  };
}
