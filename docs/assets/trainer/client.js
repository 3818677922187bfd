/* window.GoalTrainer: the page's handle on the in-browser checker.
 *
 * Pyodide and the checker run in a module Web Worker (worker.js); this file
 * only talks to it and renders. API (shared with the quiz, plan and STAR pages):
 *
 *   GoalTrainer.start()              boot the worker (idempotent); returns ready()
 *   GoalTrainer.ready()              Promise, resolves once the checker can answer
 *   GoalTrainer.run(kind, payload)   Promise<report>; kind "goal" | "plan" | "star" | "roles"
 *                                    rejects with an Error carrying .code on timeout,
 *                                    worker failure or input over the limit
 *   GoalTrainer.onStatus(cb)         cb({state: "loading"|"ready"|"error", progress, message});
 *                                    called at once with the current status; returns unsubscribe
 *   GoalTrainer.render(report, container, {text})
 *                                    renders any report shape into container (text only, no HTML)
 *
 * start() is called automatically once the page has loaded, at its first idle moment, on pages that
 * contain an element with a `data-trainer` attribute; never otherwise. The runtime's
 * location comes from <meta name="goal-trainer"> written by hooks/trainer_assets.py.
 */
(function () {
  "use strict";

  var CHECK_TIMEOUT_MS = 3000;   // a check taking longer is treated as stuck
  var BOOT_TIMEOUT_MS = 300000;  // 13 MB on a slow link can take minutes; past this, give up
  var MAX_GOAL_CHARS = 2000;     // the checker's own limit (checker/errors.py MAX_TEXT_CHARS)
  var MAX_PAYLOAD_CHARS = 100000; // any kind: never ship a huge paste to the worker

  var script = document.currentScript;
  var assetBase = new URL(".", script ? script.src : location.href).href;   // .../assets/trainer/
  var siteRoot = new URL("../../", assetBase).href;

  function readRuntime() {
    var meta = document.querySelector('meta[name="goal-trainer"]');
    if (!meta) return null;
    return {
      core: new URL(meta.getAttribute("data-core"), siteRoot).href,
      lock: new URL(meta.getAttribute("data-lock"), siteRoot).href,
      package: meta.getAttribute("data-package"),
      // the checks to warm up besides goals: the tools on this page (plan, star)
      warm: (meta.getAttribute("data-warm") || "").split(" ").filter(Boolean),
    };
  }

  // ---- status -------------------------------------------------------------
  var status = { state: "loading", progress: 0, message: "检查器尚未启动" };
  var listeners = [];
  function setStatus(next) {
    status = next;
    listeners.slice().forEach(function (cb) {
      try { cb(status); } catch (err) { console.error(err); }
    });
  }

  function trainerError(code, message) {
    var err = new Error(message);
    err.code = code;
    return err;
  }

  // Performance marks let bench/page_checker.py split the boot time.
  function mark(name) {
    if (window.performance && performance.mark) performance.mark(name);
  }

  // On checker pages the theme's search index waits until the checker is up
  // (overrides/assets/javascripts/workers/search-gate.js); this lets it go.
  function releaseSearch() {
    if (typeof BroadcastChannel !== "function") return;
    var channel = new BroadcastChannel("goal-trainer-search");
    channel.postMessage("release");
    channel.close();
  }

  // ---- the worker ---------------------------------------------------------
  var worker = null;
  var readyPromise = null;
  var readyResolve = null;
  var readyReject = null;
  var pending = {};   // id -> {resolve, reject, timer}
  var nextId = 1;
  var bootTimer = null;

  function supportProblem() {
    if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
      return "你的浏览器不支持 WebAssembly，无法在页面里运行检查器。请换用较新的 Chrome、Edge、Firefox 或 Safari。";
    }
    if (typeof Worker !== "function") {
      return "你的浏览器不支持 Web Worker，无法在页面里运行检查器。";
    }
    return null;
  }

  function failAll(code, message) {
    Object.keys(pending).forEach(function (id) {
      var job = pending[id];
      clearTimeout(job.timer);
      job.reject(trainerError(code, message));
    });
    pending = {};
  }

  function stopWorker() {
    if (worker) { worker.terminate(); worker = null; }
    clearTimeout(bootTimer);
  }

  function bootFailed(code, message) {
    stopWorker();
    failAll(code, message);
    setStatus({ state: "error", progress: 0, message: message, code: code });
    releaseSearch();
    if (readyReject) readyReject(trainerError(code, message));
    readyResolve = readyReject = null;
    readyPromise = null;   // the next start() tries again
  }

  function start() {
    if (readyPromise) return readyPromise;
    readyPromise = new Promise(function (resolve, reject) { readyResolve = resolve; readyReject = reject; });
    readyPromise.catch(function () {});   // callers see the rejection; no unhandled warning
    var problem = supportProblem();
    var runtime = readRuntime();
    if (!problem && !runtime) problem = "页面缺少检查器的配置（goal-trainer meta），请重新构建站点。";
    if (problem) {
      var p = readyPromise;
      bootFailed("unsupported", problem);
      return p;
    }
    setStatus({ state: "loading", progress: 0.02, message: "正在准备检查器…" });
    mark("goal-trainer-start");
    try {
      worker = new Worker(new URL("worker.js", assetBase).href, { type: "module" });
    } catch (err) {
      var p2 = readyPromise;
      bootFailed("worker", "无法启动后台检查线程：" + err.message);
      return p2;
    }
    worker.onmessage = onWorkerMessage;
    worker.onerror = function (event) {
      if (event && event.preventDefault) event.preventDefault();
      var message = "后台检查线程加载失败" + (event && event.message ? "：" + event.message : "") + "。";
      if (status.state === "ready") { restartAfter("worker", message); }
      else { bootFailed("worker", message); }
    };
    bootTimer = setTimeout(function () {
      bootFailed("boot-timeout", "检查器启动超时，请检查网络后重试。");
    }, BOOT_TIMEOUT_MS);
    worker.postMessage({ type: "init", core: runtime.core, lock: runtime.lock, package: runtime.package,
                         warm: runtime.warm });
    return readyPromise;
  }

  function onWorkerMessage(event) {
    var msg = event.data || {};
    if (msg.type === "progress") {
      if (msg.mark) mark(msg.mark);
      setStatus({ state: "loading", progress: msg.progress, message: msg.message });
    } else if (msg.type === "ready") {
      clearTimeout(bootTimer);
      mark("goal-trainer-ready");
      setStatus({ state: "ready", progress: 1, message: "检查器已就绪" });
      releaseSearch();
      if (readyResolve) readyResolve();
      readyResolve = readyReject = null;
    } else if (msg.type === "fatal") {
      bootFailed(msg.code || "boot", msg.message || "检查器启动失败。");
    } else if (msg.id !== undefined && pending[msg.id]) {
      var job = pending[msg.id];
      delete pending[msg.id];
      clearTimeout(job.timer);
      if (msg.error) job.reject(trainerError(msg.error.code, msg.error.message));
      else job.resolve(msg.report);
    }
  }

  // A stuck or crashed worker is replaced; the page keeps working meanwhile.
  function restartAfter(code, message) {
    stopWorker();
    failAll(code, message);
    readyPromise = null;
    readyResolve = readyReject = null;
    setStatus({ state: "loading", progress: 0, message: message + " 正在重新启动检查器…" });
    start();
  }

  function ready() {
    return start();
  }

  function run(kind, payload) {
    payload = payload || {};
    var text = typeof payload.text === "string" ? payload.text : "";
    var size = kind === "goal" ? Array.from(text).length : JSON.stringify(payload).length;
    var limit = kind === "goal" ? MAX_GOAL_CHARS : MAX_PAYLOAD_CHARS;
    if (size > limit) {
      return Promise.reject(trainerError("too-long",
        "内容太长（" + size + " 个字符，上限 " + limit + "）：一次只写一个目标，删减后再试。"));
    }
    return start().then(function () {
      return new Promise(function (resolve, reject) {
        var id = nextId++;
        var job = { resolve: resolve, reject: reject };
        job.timer = setTimeout(function () {
          delete pending[id];
          reject(trainerError("timeout", "这次检查用时过长（超过 " + CHECK_TIMEOUT_MS / 1000 + " 秒），已停止并重新启动检查器。"));
          restartAfter("timeout", "上一次检查超时。");
        }, CHECK_TIMEOUT_MS);
        pending[id] = job;
        worker.postMessage({ id: id, kind: kind, payload: payload });
      });
    });
  }

  function onStatus(cb) {
    listeners.push(cb);
    try { cb(status); } catch (err) { console.error(err); }
    return function () { listeners = listeners.filter(function (x) { return x !== cb; }); };
  }

  window.GoalTrainer = {
    start: start,
    ready: ready,
    run: run,
    onStatus: onStatus,
    render: function (report, container, options) {
      return window.GoalTrainerRender(report, container, options || {}, siteRoot);
    },
    // Show a status from onStatus in `box`; `retry` runs when the learner clicks 重试.
    renderStatus: function (box, status, retry) {
      return window.GoalTrainerStatus(box, status, retry);
    },
    limits: { maxGoalChars: MAX_GOAL_CHARS, checkTimeoutMs: CHECK_TIMEOUT_MS },
    siteRoot: siteRoot,
    // Test hook: make the worker spin forever, as a pathological check would;
    // the next run() then times out and the worker is terminated and restarted.
    _hang: function () { if (worker) worker.postMessage({ type: "test-hang" }); },
  };

  // ---- auto start, only on pages that have a checker ----------------------
  // Once the page has loaded, at its first idle moment: the boot never
  // competes with the page's own loading. The short idle timeout keeps a busy
  // theme (search index, animations) from holding the checker back for long.
  function whenLoadedAndIdle(fn) {
    function idle() {
      if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(fn, { timeout: 50 });
      else setTimeout(fn, 0);
    }
    if (document.readyState === "complete") idle();
    else window.addEventListener("load", idle, { once: true });
  }
  // The build marks pages that contain a checker (data-autostart); other
  // pages start only if a [data-trainer] element is there once loaded.
  var meta = document.querySelector('meta[name="goal-trainer"]');
  var marked = meta && meta.hasAttribute("data-autostart");
  whenLoadedAndIdle(function () {
    if (marked || document.querySelector("[data-trainer]")) start();
  });
  // Opening search (Material's #__search toggle) lets the held index go at once.
  if (marked) {
    document.addEventListener("change", function (event) {
      if (event.target && event.target.id === "__search" && event.target.checked) releaseSearch();
    });
  }
})();
