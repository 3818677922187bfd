// Build step of hooks/checker_bundle.py that needs the browser's own Python:
// boots the pinned Pyodide in Node and runs hooks/pyodide_prepare.py in it.
//   node hooks/pyodide_prepare.mjs <pyodide-core-dir> <src-dir> <bytecode-dir>
// <src-dir> holds the checker package as it goes into the wheel (mounted at
// /src); <bytecode-dir> receives compiled modules (mounted at /bytecode).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const [coreDir, srcDir, bytecodeDir] = process.argv.slice(2);
if (!coreDir || !srcDir || !bytecodeDir) {
  console.error("usage: node hooks/pyodide_prepare.mjs <pyodide-core-dir> <src-dir> <bytecode-dir>");
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const { loadPyodide } = await import(path.resolve(coreDir, "pyodide.mjs"));
const pyodide = await loadPyodide({
  indexURL: path.resolve(coreDir) + "/",
  // Bytecode with line numbers but without column ranges (PEP 657's carets):
  // ~30% smaller, and the browser downloads it.
  env: { PYTHONNODEBUGRANGES: "1" },
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
});
pyodide.mountNodeFS("/src", path.resolve(srcDir));
pyodide.mountNodeFS("/bytecode", path.resolve(bytecodeDir));
pyodide.runPython(await readFile(path.join(here, "pyodide_prepare.py"), "utf8"), { filename: "pyodide_prepare.py" });
