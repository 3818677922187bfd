// Module Web Worker: boots Pyodide from the self-hosted core, adds the
// checker wheel (sha256-checked against the lock file) and answers checks.
// Protocol (see client.js):
//   in : {type: "init", core, lock, package, warm}
//        core/lock are absolute URLs; warm: the kinds the page checks ("goal", "plan", "star")
//   in : {type: "warm", kind}                   a page with another kind of check came in
//   in : {id, kind, payload}                   payload: a plain object
//   out: {type: "progress", progress, message} during boot
//   out: {type: "ready"} | {type: "fatal", code, message}
//   out: {id, report} | {id, error: {code, message}}
let runBridge = null;
let warmUp = null;
let booting = null;

function progress(value, message, mark) {
  self.postMessage({ type: "progress", progress: value, message, mark });
}

function failure(code, message) {
  return Object.assign(new Error(message), { code });
}

async function fetchOk(url, options) {
  const response = await fetch(url, options);
  if (!response.ok) throw new Error(`HTTP ${response.status}：${url}`);
  return response;
}

function hexToBase64(hex) {
  let bytes = "";
  for (let i = 0; i < hex.length; i += 2) bytes += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16));
  return btoa(bytes);
}

// The wheel is downloaded while Python boots. Its sha256 comes from the lock
// file and is enforced by fetch's integrity check (which, unlike
// crypto.subtle, also works on a plain-http intranet). Python then imports
// the pure-Python wheel straight from the zip: a pip-style install would
// first import importlib.metadata, email and tarfile, ~0.2 s in the browser.
async function fetchWheel(lockJson, lockUrl, packageName) {
  const entry = ((await lockJson).packages || {})[packageName];
  if (!entry || !entry.file_name || !/^[0-9a-f]{64}$/.test(entry.sha256 || "")) {
    throw new Error(`${packageName} 不在 pyodide-lock.json 里`);
  }
  const url = new URL(entry.file_name, lockUrl).href;
  const response = await fetchOk(url, { integrity: "sha256-" + hexToBase64(entry.sha256) });
  return { name: entry.file_name.split("/").pop(), bytes: new Uint8Array(await response.arrayBuffer()) };
}

// Every stage of the boot has its own time limit and message, so a learner
// learns which part did not arrive instead of watching one message for minutes.
const STAGE_LIMITS_MS = {
  "core-fetch": 60000,    // pyodide.mjs, a small script
  "core-boot": 240000,    // pyodide.asm.wasm (about 9 MB) and the standard library: slow links take minutes
  "package": 60000,       // the checker wheel, fetched meanwhile
};
const STAGE_NAMES = {
  "core-fetch": "下载 Python 运行环境（pyodide.mjs）",
  "core-boot": "下载并启动 Python 运行环境（pyodide.asm.wasm 和标准库）",
  "package": "安装目标检查器",
};

function stage(code, work, abort) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(failure(code + "-timeout",
      `${STAGE_NAMES[code]}超过 ${STAGE_LIMITS_MS[code] / 1000} 秒仍未完成，请检查网络后重试。`)), STAGE_LIMITS_MS[code]);
  });
  return Promise.race(abort ? [work, limit, abort] : [work, limit]).finally(() => clearTimeout(timer));
}

// Pyodide downloads its own files (pyodide.asm.wasm, python_stdlib.zip)
// inside loadPyodide, and when one of them fails to arrive or to compile it
// can wait for ever instead of rejecting. Watch those downloads, the wasm
// compile and the worker's unhandled rejections while Python boots: the
// first failure ends the boot at once, naming the file.
function watchCore(core) {
  let fail;
  const failed = new Promise((_, reject) => { fail = reject; });
  failed.catch(() => {});
  const realFetch = self.fetch;
  self.fetch = function (input, init) {
    const result = realFetch.call(self, input, init);
    const url = typeof input === "string" ? input : (input && input.url) || String(input);
    if (url.startsWith(core)) {
      const name = url.slice(core.length).split("?")[0];
      result.then(
        (r) => { if (!r.ok) fail(failure("core-fetch", `无法下载 Python 运行环境的文件 ${name}（HTTP ${r.status}）。`)); },
        (err) => fail(failure("core-fetch", `无法下载 Python 运行环境的文件 ${name}：${err.message}`)));
    }
    return result;
  };
  // Pyodide compiles its .wasm with instantiateStreaming and, when that
  // rejects (an HTML error page from a proxy, a wrong MIME type), only logs.
  const realStreaming = WebAssembly.instantiateStreaming;
  if (typeof realStreaming === "function") {
    WebAssembly.instantiateStreaming = function (source, imports) {
      const result = realStreaming.call(WebAssembly, source, imports);
      result.catch((err) => fail(failure("core-boot",
        "Python 运行环境（pyodide.asm.wasm）无法编译，文件可能不完整或被代理替换：" + (err && err.message || err))));
      return result;
    };
  }
  const onRejection = (event) => {
    const reason = event.reason;
    fail(failure("core-boot", "Python 运行环境启动失败：" + (reason && reason.message || String(reason))));
  };
  self.addEventListener("unhandledrejection", onRejection);
  return { failed, stop: () => {
    self.fetch = realFetch;
    if (realStreaming) WebAssembly.instantiateStreaming = realStreaming;
    self.removeEventListener("unhandledrejection", onRejection);
  } };
}

async function boot({ core, lock, package: packageName, warm }) {
  progress(0.05, "正在下载 Python 运行环境…");
  const lockJson = fetchOk(lock).then((response) => response.json());
  const wheel = fetchWheel(lockJson, lock, packageName);
  lockJson.catch(() => {});   // both are awaited (and reported) below
  wheel.catch(() => {});
  let loadPyodide;
  try {
    ({ loadPyodide } = await stage("core-fetch", import(core + "pyodide.mjs")));
  } catch (err) {
    throw err.code ? err : failure("core-fetch", "无法下载 Python 运行环境（pyodide.mjs）：" + err.message);
  }
  progress(0.2, "正在下载并启动 Python（约 9 MB，首次较慢）…", "goal-trainer-core-imported");
  let pyodide;
  const watch = watchCore(core);
  try {
    pyodide = await stage("core-boot", loadPyodide({
      indexURL: core, lockFileContents: lockJson, packageBaseUrl: new URL(".", lock).href,
      stdout: () => {}, stderr: () => {},
    }), watch.failed);
  } catch (err) {
    throw err.code ? err : failure("core-boot", "Python 运行环境启动失败：" + err.message);
  } finally {
    watch.stop();
  }
  progress(0.85, "正在安装目标检查器…", "goal-trainer-python-ready");
  let bridge;
  try {
    const { name, bytes } = await stage("package", wheel);
    const path = "/lib/" + name;
    pyodide.FS.writeFile(path, bytes);
    pyodide.pyimport("sys").path.insert(0, path);
    // Regexes compiled at build time by this same Pyodide (checker/sre_cache.py).
    pyodide.pyimport("checker.sre_cache").preload();
    bridge = pyodide.pyimport("checker.bridge");
  } catch (err) {
    if (err.code) throw err;
    throw failure("package", "目标检查器安装失败（下载出错或与清单的 sha256 不符）：" + err.message);
  }
  runBridge = (kind, payloadJson) => bridge.run(kind, payloadJson);
  warmUp = (kind) => bridge.warm_up(kind);
  // Import the checker's modules and run a first check of each kind the page
  // uses now, so the learner's first check is as fast as the others and never
  // hits the per-check timeout. (Synchronous: the worker's own stage limit
  // cannot interrupt it; the page's overall limit backs it up.)
  progress(0.93, "正在准备检查规则…", "goal-trainer-package-ready");
  for (const kind of new Set(["goal", ...(warm || [])])) warmUp(kind);
  progress(1, "检查器已就绪");
}

self.onmessage = async (event) => {
  const msg = event.data || {};
  if (msg.type === "init") {
    if (!booting) {
      booting = boot(msg).then(
        () => self.postMessage({ type: "ready" }),
        (err) => self.postMessage({ type: "fatal", code: err.code || "boot", message: err.message || String(err) }),
      );
    }
    return;
  }
  if (msg.type === "warm") {
    // Messages are handled in order, so a check sent after this finds the kind warm.
    if (booting) booting.then(() => { try { if (warmUp) warmUp(String(msg.kind)); } catch (err) { /* the check itself will say */ } });
    return;
  }
  if (msg.type === "test-hang") {
    // Test hook (client.js hangForTest): a check that never returns, to exercise
    // the timeout -> terminate -> restart path in the browser tests.
    for (;;) { /* spin */ }
  }
  if (msg.id === undefined) return;
  if (!runBridge) {
    self.postMessage({ id: msg.id, error: { code: "not-ready", message: "检查器尚未就绪" } });
    return;
  }
  try {
    const json = runBridge(String(msg.kind), JSON.stringify(msg.payload ?? {}));
    self.postMessage({ id: msg.id, report: JSON.parse(json) });
  } catch (err) {
    // The bridge never raises by contract; this is a last line of defence.
    self.postMessage({ id: msg.id, error: { code: "internal", message: "检查时出错：" + (err.message || String(err)) } });
  }
};
