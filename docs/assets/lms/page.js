/* In every page of the SCORM package (hooks/lms_runtime.py adds it there only): tells the
 * SCO's entry page (scorm.html, the parent frame, assets/lms/launcher.js) which page is
 * shown and the final test's result. It only posts messages to a parent of the same
 * origin: opened on its own, in another site's frame or from a file, it does nothing.
 */
var root = new URL("../../", import.meta.url);   // assets/lms/page.js -> the site's root
var origin = location.origin && location.origin !== "null" ? location.origin : null;

function post(message) {
  if (!origin || window.parent === window) return;
  try { window.parent.postMessage(message, origin); } catch (e) { /* no parent to tell */ }
}

/* The page's path inside the package, as the page list (assets/lms/pages.json) has it. */
export function here() {
  var path = decodeURIComponent(location.pathname), base = decodeURIComponent(root.pathname);
  if (path.indexOf(base) !== 0) return null;
  return path.slice(base.length) || "index.html";
}

function report() {
  var path = here();
  if (path) post({ type: "smart-trainer:page", path: path, title: document.title });
}

document.addEventListener("smart-trainer:final-test", function (event) {
  var d = event.detail || {};
  post({ type: "smart-trainer:final", attempt: d.attempt, best: d.best });
});

// The theme's document$ emits for the first page and after each instant navigation.
if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(report);
else report();
