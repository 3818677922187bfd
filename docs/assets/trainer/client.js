// The page's handle on the in-browser checker: one module Web Worker
// (worker.js) running Pyodide, shared by every widget of the page and kept
// alive across the theme's instant navigation, so the next page's checker
// is ready at once. This module only talks to the worker; render.js draws.
//
//   start()              boot the worker (idempotent); returns ready()
//   ready()              Promise, resolves once the checker can answer
//   run(kind, payload)   Promise<report>; kind "goal" | "plan" | "star" | "roles".
//                        Rejects with an Error carrying .code on timeout, worker
//                        failure or input over the limit
//   warm(kind)           ask the worker to get `kind` ready too (plan, star pages)
//   onStatus(cb)         cb({state: "loading"|"ready"|"error", progress, message, code});
//                        called at once with the current status; returns unsubscribe
//   limits               {maxGoalChars, checkTimeoutMs}
import { runtimeConfig } from "./site.js";

const CHECK_TIMEOUT_MS = 3000;    // a check taking longer is treated as stuck
const BOOT_TIMEOUT_MS = 400000;   // a backstop: each boot stage has its own, shorter limit (worker.js)
const MAX_GOAL_CHARS = 2000;      // the checker's own limit (checker/errors.py MAX_TEXT_CHARS)
const MAX_PAYLOAD_CHARS = 100000; // any kind: never ship a huge paste to the worker

export const limits = { maxGoalChars: MAX_GOAL_CHARS, checkTimeoutMs: CHECK_TIMEOUT_MS };

let status = { state: "loading", progress: 0, message: "检查器尚未启动" };
let listeners = [];

function setStatus(next) {
  status = next;
  for (const cb of listeners.slice()) {
    try { cb(status); } catch (err) { console.error(err); }
  }
}

function trainerError(code, message) {
  return Object.assign(new Error(message), { code });
}

// Performance marks let bench/page_checker.py split the boot time.
function mark(name) {
  if (self.performance && performance.mark) performance.mark(name);
}

let worker = null;
let readyPromise = null;
let readyResolve = null;
let readyReject = null;
let pending = new Map();   // id -> {resolve, reject, timer}
let nextId = 1;
let bootTimer = null;
const warmed = new Set(["goal"]);   // the worker always warms up goals

function supportProblem() {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    return "你的浏览器不支持 WebAssembly，无法在页面里运行检查器。请换用较新的 Chrome、Edge、Firefox 或 Safari。";
  }
  if (typeof Worker !== "function") return "你的浏览器不支持 Web Worker，无法在页面里运行检查器。";
  return null;
}

function failAll(code, message) {
  for (const job of pending.values()) {
    clearTimeout(job.timer);
    job.reject(trainerError(code, message));
  }
  pending = new Map();
}

function stopWorker() {
  if (worker) { worker.terminate(); worker = null; }
  clearTimeout(bootTimer);
}

function bootFailed(code, message) {
  stopWorker();
  failAll(code, message);
  setStatus({ state: "error", progress: 0, message, code });
  if (readyReject) readyReject(trainerError(code, message));
  readyResolve = readyReject = null;
  readyPromise = null;   // the next start() tries again
}

export function start() {
  if (readyPromise) return readyPromise;
  const promise = new Promise((resolve, reject) => { readyResolve = resolve; readyReject = reject; });
  readyPromise = promise;
  promise.catch(() => {});   // callers see the rejection; no unhandled warning
  const runtime = runtimeConfig();
  const problem = supportProblem() ||
    (runtime ? null : "页面缺少检查器的配置（goal-trainer meta），请重新构建站点。");
  if (problem) {
    bootFailed("unsupported", problem);
    return promise;
  }
  setStatus({ state: "loading", progress: 0.02, message: "正在准备检查器…" });
  mark("goal-trainer-start");
  try {
    worker = new Worker(new URL("worker.js", import.meta.url).href, { type: "module" });
  } catch (err) {
    bootFailed("worker", "无法启动后台检查线程：" + err.message);
    return promise;
  }
  worker.onmessage = onWorkerMessage;
  worker.onerror = (event) => {
    if (event && event.preventDefault) event.preventDefault();
    const message = "后台检查线程加载失败" + (event && event.message ? "：" + event.message : "") + "。";
    if (status.state === "ready") restartAfter("worker", message);
    else bootFailed("worker", message);
  };
  bootTimer = setTimeout(() => bootFailed("boot-timeout", "检查器启动超时，请检查网络后重试。"), BOOT_TIMEOUT_MS);
  worker.postMessage({ type: "init", core: runtime.core, lock: runtime.lock, package: runtime.package,
                       warm: [...warmed] });
  return promise;
}

function onWorkerMessage(event) {
  const msg = event.data || {};
  if (msg.type === "progress") {
    if (msg.mark) mark(msg.mark);
    setStatus({ state: "loading", progress: msg.progress, message: msg.message });
  } else if (msg.type === "ready") {
    clearTimeout(bootTimer);
    mark("goal-trainer-ready");
    setStatus({ state: "ready", progress: 1, message: "检查器已就绪" });
    if (readyResolve) readyResolve();
    readyResolve = readyReject = null;
  } else if (msg.type === "fatal") {
    bootFailed(msg.code || "boot", msg.message || "检查器启动失败。");
  } else if (msg.id !== undefined && pending.has(msg.id)) {
    const job = pending.get(msg.id);
    pending.delete(msg.id);
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

export function ready() {
  return start();
}

// Get a kind of check ready before the learner's first one (its modules
// imported, its first run done), so that check is as fast as the others.
export function warm(kind) {
  if (warmed.has(kind)) return;
  warmed.add(kind);
  if (worker) worker.postMessage({ type: "warm", kind });   // a worker still booting warms it up when ready
}

export function run(kind, payload = {}) {
  const text = typeof payload.text === "string" ? payload.text : "";
  const size = kind === "goal" ? Array.from(text).length : JSON.stringify(payload).length;
  const limit = kind === "goal" ? MAX_GOAL_CHARS : MAX_PAYLOAD_CHARS;
  if (size > limit) {
    return Promise.reject(trainerError("too-long",
      `内容太长（${size} 个字符，上限 ${limit}）：一次只写一个目标，删减后再试。`));
  }
  return start().then(() => new Promise((resolve, reject) => {
    const id = nextId++;
    const job = { resolve, reject };
    job.timer = setTimeout(() => {
      pending.delete(id);
      reject(trainerError("timeout", `这次检查用时过长（超过 ${CHECK_TIMEOUT_MS / 1000} 秒），已停止并重新启动检查器。`));
      restartAfter("timeout", "上一次检查超时。");
    }, CHECK_TIMEOUT_MS);
    pending.set(id, job);
    worker.postMessage({ id, kind, payload });
  }));
}

export function onStatus(cb) {
  listeners.push(cb);
  try { cb(status); } catch (err) { console.error(err); }
  return () => { listeners = listeners.filter((x) => x !== cb); };
}

export function currentStatus() {
  return status;
}

// Test hook: make the worker spin forever, as a pathological check would;
// the next run() then times out and the worker is terminated and restarted.
export function hangForTest() {
  if (worker) worker.postMessage({ type: "test-hang" });
}
