// Module Web Worker: boots Pyodide from the self-hosted core, installs the
// checker wheel (sha256-checked through the lock file) and answers checks.
// Protocol (see client.js):
//   in : {type: "init", core, lock, package}   core/lock are absolute URLs
//   in : {id, kind, payload}                   payload: a plain object
//   out: {type: "progress", progress, message} during boot
//   out: {type: "ready"} | {type: "fatal", code, message}
//   out: {id, report} | {id, error: {code, message}}
let runBridge = null;
let booting = null;

function progress(value, message, mark) {
  self.postMessage({ type: "progress", progress: value, message, mark });
}

async function boot({ core, lock, package: packageName }) {
  progress(0.05, "正在下载 Python 运行环境…");
  let loadPyodide;
  try {
    ({ loadPyodide } = await import(core + "pyodide.mjs"));
  } catch (err) {
    throw Object.assign(new Error("无法下载 Python 运行环境（pyodide.mjs）：" + err.message), { code: "core-fetch" });
  }
  progress(0.2, "正在启动 Python…", "goal-trainer-core-imported");
  let pyodide;
  try {
    pyodide = await loadPyodide({ indexURL: core, lockFileURL: lock, stdout: () => {}, stderr: () => {} });
  } catch (err) {
    throw Object.assign(new Error("Python 运行环境启动失败：" + err.message), { code: "core-boot" });
  }
  progress(0.85, "正在安装目标检查器…", "goal-trainer-python-ready");
  const failures = [];
  await pyodide.loadPackage(packageName, {
    checkIntegrity: true,
    messageCallback: () => {},
    errorCallback: (msg) => failures.push(msg),
  });
  let bridge;
  try {
    bridge = pyodide.pyimport("checker.bridge");
  } catch (err) {
    const detail = failures.length ? failures.join("; ") : err.message;
    throw Object.assign(new Error("目标检查器安装失败：" + detail), { code: "package" });
  }
  runBridge = (kind, payloadJson) => bridge.run(kind, payloadJson);
  // The first check imports the rule modules and compiles their patterns
  // (~0.8 s here, several times that on a slow phone): do it now, so the
  // learner's first check is as fast as the others and never hits the
  // per-check timeout.
  progress(0.93, "正在准备检查规则…", "goal-trainer-package-ready");
  runBridge("goal", JSON.stringify({ text: "月底前把客户投诉率从4%降到2%", today: "2026-01-05" }));
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
