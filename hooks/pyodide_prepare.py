"""Runs inside Pyodide (hooks/pyodide_prepare.mjs), at build time, on the
checker package mounted at /src. Makes what only the browser's own Python
can make, so the page's checker starts faster:

1. the regex cache: the compiled programs of every pattern the worker's
   warm-up compiles (checker/sre_cache.py) -> /src/checker/data/sre-cache.bin
2. bytecode of the modules the warm-up imports -> /bytecode/checker/...pyc;
   hooks/checker_bundle.py puts them in the wheel in place of their sources
   (compiling them is half of the warm-up under Pyodide). Docstrings are
   left out (optimize=2): the browser never reads them, and they are a
   fifth of the bytes.
"""
import os
import py_compile
import sys

sys.dont_write_bytecode = True   # keep __pycache__ out of the wheel's sources
sys.path.insert(0, "/src")

from checker import sre_cache  # noqa: E402


def warm_up():
    from checker import bridge
    bridge.warm_up()


count = sre_cache.write("/src/checker/data/" + sre_cache.FILE_NAME, warm_up)

compiled = 0
for module in list(sys.modules.values()):
    source = getattr(module, "__file__", None) or ""
    if not (source.startswith("/src/checker/") and source.endswith(".py")):
        continue
    relative = source[len("/src/"):]
    target = "/bytecode/" + relative + "c"
    os.makedirs(os.path.dirname(target), exist_ok=True)
    # Unchecked: the browser wheel carries no source to check it against.
    py_compile.compile(source, cfile=target, dfile=relative, doraise=True, optimize=2,
                       invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    compiled += 1

print(f"Python {sys.version.split()[0]}: {count} regex programs recorded, {compiled} modules compiled")
