/* Material's search worker, held back on pages that run the checker.
 *
 * On a page with a checker, hooks/search_gate.py points the theme's search
 * worker here, with Material's own worker file as ?worker=. Building the
 * search index takes about half a second of CPU (2-core test machine); started
 * with the page, it shares the cores with Pyodide's boot. So the worker holds the
 * page's messages (the first one carries the index) until one of:
 *   - client.js posts on the "goal-trainer-search" BroadcastChannel: the
 *     checker is ready or has given up, or the learner opened search;
 *   - MAX_HOLD_MS have passed since the worker started.
 * Then it hands them, in order, to Material's worker, loaded unchanged in this
 * same scope. This file sits next to Material's worker because that worker
 * loads its language files from "../lunr/", relative to this scope's URL.
 */
"use strict";
(function () {
  var MAX_HOLD_MS = 15000;
  var CHANNEL = "goal-trainer-search";

  var material = new URL(self.location.href).searchParams.get("worker") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(material)) {
    throw new Error("search-gate.js: ?worker= must name Material's search worker, got " + JSON.stringify(material));
  }

  var held = [];
  var open = false;
  var channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(CHANNEL) : null;
  var timer = setTimeout(release, MAX_HOLD_MS);

  function release() {
    if (open) return;
    open = true;
    clearTimeout(timer);
    if (channel) channel.close();
    held.splice(0).forEach(function (data) {
      self.dispatchEvent(new MessageEvent("message", { data: data }));
    });
  }

  // Registered before Material's listener, so it sees each message first.
  self.addEventListener("message", function (event) {
    if (open) return;
    event.stopImmediatePropagation();
    held.push(event.data);
  });
  if (channel) channel.onmessage = release;
  else release();   // nothing can tell us the checker is ready: do not hold

  importScripts(material);
})();
