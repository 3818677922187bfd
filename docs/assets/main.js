// The one script every page loads (<script type="module">, hooks/page_assets.py).
//
// It mounts the features a page's content holds, importing each feature's
// module only when the page has one: the checkers, the plan builder and the
// STAR practice (assets/trainer/), the workshop (assets/workshop/) and the quizzes (assets/quiz/). With the
// theme's instant navigation (navigation.instant) the page is swapped without
// a reload: the theme's document$ tells us, the features of the old content
// are unmounted and those of the new one mounted, and the checker's worker,
// already booted, carries on, so the next page's checker is ready at once.
//
// It also starts the checker on pages that have one, at the first idle moment
// after load, and registers the site's service worker (offline use, fast repeat
// visits) once the page, and its checker if it has one, are up.
import * as client from "./trainer/client.js";
import { siteUrl } from "./trainer/site.js";

// selector -> [module, export]: the module's export(root) mounts one element and
// returns a function that unmounts it.
const FEATURES = [
  ['[data-trainer="mini"]', "./trainer/goal-checker.js", "mountMini"],
  ['[data-trainer="checker-page"]', "./trainer/goal-checker.js", "mountCheckerPage"],
  ['[data-trainer="plan-builder"]', "./trainer/plan.js", "mount"],
  ['[data-trainer="star-practice"]', "./trainer/star.js", "mount"],
  ['[data-trainer="workshop"]', "./workshop/workshop.js", "mount"],
  [".quiz[data-quiz]", "./quiz/quiz.js", "mount"],
  [".quiz-practice", "./quiz/practice.js", "mount"],
  [".quiz-progress", "./quiz/progress-page.js", "mount"],
  [".quiz-final", "./quiz/final.js", "mount"],
  [".quiz-worksheet", "./quiz/worksheet.js", "mount"],
];

const mounted = new Map();   // element -> unmount function (or a promise of one)

function unmountGone() {
  for (const [node, unmount] of mounted) {
    if (node.isConnected) continue;
    mounted.delete(node);
    Promise.resolve(unmount).then((fn) => { if (typeof fn === "function") fn(); });
  }
}

function showFailure(node, err) {
  console.error(err);
  const note = document.createElement("p");
  note.className = "gt-message gt-message--error";
  note.setAttribute("role", "alert");
  note.textContent = "这部分功能的脚本没有加载成功（" + (err && err.message || err) + "），请刷新页面重试。";
  node.prepend(note);
}

function mountAll() {
  unmountGone();
  for (const [selector, path, name] of FEATURES) {
    for (const node of document.querySelectorAll(selector)) {
      if (mounted.has(node)) continue;
      const unmount = import(path).then((module) => module[name](node)).catch((err) => showFailure(node, err));
      mounted.set(node, unmount);
    }
  }
  if (document.querySelector("[data-trainer]")) whenIdle(() => client.start());
}

function whenIdle(fn) {
  const idle = () => (typeof requestIdleCallback === "function" ? requestIdleCallback(fn, { timeout: 50 }) : setTimeout(fn, 0));
  if (document.readyState === "complete") idle();
  else addEventListener("load", idle, { once: true });
}

// The service worker: registered after load, and on a checker page once the
// checker is up, so its downloads never compete with the page's own.
function registerServiceWorker() {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  const go = () => navigator.serviceWorker.register(siteUrl("sw.js")).catch((err) => {
    console.warn("service worker not registered:", err && err.message);
  });
  if (!document.querySelector("[data-trainer]")) { whenIdle(go); return; }
  const stop = client.onStatus((s) => {
    if (s.state === "loading") return;
    setTimeout(() => stop(), 0);
    whenIdle(go);
  });
}

// document$ is the theme's: it emits for the first page and after every instant navigation.
if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(mountAll);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
else mountAll();
registerServiceWorker();
