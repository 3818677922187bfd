// Build step of hooks/checker_bundle.py: under the pinned Pyodide (in Node),
// run the checker's warm-up and save the regex programs it compiles into
// <src>/checker/data/sre-cache.bin (see checker/sre_cache.py).
//   node hooks/sre_cache.mjs <pyodide-core-dir> <src-dir>
// <src-dir> holds the checker package as it goes into the wheel.
import path from "node:path";

const [coreDir, srcDir] = process.argv.slice(2);
if (!coreDir || !srcDir) {
  console.error("usage: node hooks/sre_cache.mjs <pyodide-core-dir> <src-dir>");
  process.exit(2);
}
const { loadPyodide } = await import(path.resolve(coreDir, "pyodide.mjs"));
const pyodide = await loadPyodide({
  indexURL: path.resolve(coreDir) + "/",
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
});
pyodide.mountNodeFS("/src", path.resolve(srcDir));
pyodide.runPython(`
import sys
sys.dont_write_bytecode = True   # keep __pycache__ out of the wheel's source tree
sys.path.insert(0, "/src")
from checker import sre_cache


def warm_up():
    from checker import bridge
    bridge.warm_up()


count = sre_cache.write("/src/checker/data/" + sre_cache.FILE_NAME, warm_up)
print(f"recorded {count} regex programs for Python {sys.version.split()[0]}")
`);
