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

async function boot({ core, lock, package: packageName, warm }) {
  progress(0.05, "正在下载 Python 运行环境…");
  const lockJson = fetchOk(lock).then((response) => response.json());
  const wheel = fetchWheel(lockJson, lock, packageName);
  lockJson.catch(() => {});   // both are awaited (and reported) below
  wheel.catch(() => {});
  let loadPyodide;
  try {
    ({ loadPyodide } = await import(core + "pyodide.mjs"));
  } catch (err) {
    throw failure("core-fetch", "无法下载 Python 运行环境（pyodide.mjs）：" + err.message);
  }
  progress(0.2, "正在启动 Python…", "goal-trainer-core-imported");
  let pyodide;
  try {
    pyodide = await loadPyodide({
      indexURL: core, lockFileContents: lockJson, packageBaseUrl: new URL(".", lock).href,
      stdout: () => {}, stderr: () => {},
    });
  } catch (err) {
    throw failure("core-boot", "Python 运行环境启动失败：" + err.message);
  }
  progress(0.85, "正在安装目标检查器…", "goal-trainer-python-ready");
  let bridge;
  try {
    const { name, bytes } = await wheel;
    const path = "/lib/" + name;
    pyodide.FS.writeFile(path, bytes);
    pyodide.pyimport("sys").path.insert(0, path);
    // Regexes compiled at build time by this same Pyodide (checker/sre_cache.py).
    pyodide.pyimport("checker.sre_cache").preload();
    bridge = pyodide.pyimport("checker.bridge");
  } catch (err) {
    throw failure("package", "目标检查器安装失败（下载出错或与清单的 sha256 不符）：" + err.message);
  }
  runBridge = (kind, payloadJson) => bridge.run(kind, payloadJson);
  warmUp = (kind) => bridge.warm_up(kind);
  // Import the checker's modules and run a first check of each kind the page
  // uses now, so the learner's first check is as fast as the others and never
  // hits the per-check timeout.
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
    // Test hook (GoalTrainer._hang): a check that never returns, to exercise
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
