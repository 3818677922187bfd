// Runs checker.bridge.run under Pyodide in Node, for the CPython/Pyodide parity test.
//   node run_bridge.mjs <pyodide-dir> <checker-lock.json> <jobs.json>
// jobs.json: [{"id": ..., "kind": "goal", "payload": {...}}, ...]
// Prints one JSON document: {"python": version, "preloaded": n, "results": [{"id", "report"}]}.
// The checker wheel is installed from the lock file (sha256 checked) and the
// build's regex cache is preloaded, as in the browser (preloaded: how many
// patterns came from it).
import { readFile } from "node:fs/promises";
import path from "node:path";

const [coreDir, lockPath, jobsPath] = process.argv.slice(2);
if (!coreDir || !lockPath || !jobsPath) {
  console.error("usage: node run_bridge.mjs <pyodide-dir> <checker-lock.json> <jobs.json>");
  process.exit(2);
}
const { loadPyodide } = await import(path.resolve(coreDir, "pyodide.mjs"));
const pyodide = await loadPyodide({
  indexURL: path.resolve(coreDir) + "/",
  lockFileURL: path.resolve(lockPath),
  stdout: () => {},
  stderr: (line) => console.error(line),
});
const problems = [];
await pyodide.loadPackage("smart-goal-checker", {
  checkIntegrity: true,
  messageCallback: () => {},
  errorCallback: (msg) => problems.push(msg),
});
if (problems.length) {
  console.error("installing the checker wheel failed: " + problems.join("; "));
  process.exit(1);
}
const preloaded = pyodide.pyimport("checker.sre_cache").preload();
const run = pyodide.pyimport("checker.bridge").run;
const jobs = JSON.parse(await readFile(jobsPath, "utf8"));
const results = jobs.map((job) => ({ id: job.id, report: JSON.parse(run(job.kind, JSON.stringify(job.payload))) }));
const python = pyodide.runPython("import sys; sys.version.split()[0]");
process.stdout.write(JSON.stringify({ python, preloaded, results }));
