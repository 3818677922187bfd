"""MkDocs hook: ship the checker to the browser.

Builds the checker wheel, adds it to a copy of Pyodide's lock file with
pyodide-build's `pyodide lockfile add-wheels`, and copies the pinned Pyodide
core (from the npm package in node_modules/pyodide) plus the wheel and lock
into the site. The wheel is made for the browser, to start fast: before it
is built, hooks/pyodide_prepare.mjs runs the checker's warm-up under that
same Pyodide in Node, which records the compiled regexes
(checker/sre_cache.py) and compiles the modules the warm-up imports; those
go into the wheel as bytecode in place of their sources, and the modules the
browser never runs (command line, rule compiler) are left out.

    site/pyodide/v<version>/             the core: pyodide.mjs, pyodide.asm.mjs,
                                         pyodide.asm.wasm, python_stdlib.zip
    site/pyodide/checker-<hash>/         pyodide-lock.json + the checker wheel

Both folder names change when their content does, so a browser never mixes a
cached old wheel with a new lock (the sha256 check would fail otherwise).

The wheel and lock are cached under build/checker-bundle/<hash>/, keyed by
the checker sources, pyproject.toml and the Pyodide version, so `mkdocs serve`
rebuilds stay fast. `extra: trainer: pyodide_cdn: true` in mkdocs.yml loads
the core from jsDelivr instead (then the CSP must allow cdn.jsdelivr.net);
the lock and wheel are always self-hosted.

Other hooks read the result from `config.extra["trainer_runtime"]`:
{"core": URL or site-relative path, "lock": site-relative path, "package": name}.
"""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.checker_bundle")

ROOT = Path(__file__).resolve().parent.parent
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"
CACHE = ROOT / "build" / "checker-bundle"
CORE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
PACKAGE = "smart-goal-checker"
CDN_TEMPLATE = "https://cdn.jsdelivr.net/npm/pyodide@{version}/"
# Bump when the bundle's layout changes, so old caches are not reused.
BUNDLE_FORMAT = "5"
PREPARE_SCRIPTS = (ROOT / "hooks" / "pyodide_prepare.mjs", ROOT / "hooks" / "pyodide_prepare.py")
# Never imported in the browser (compile needs PyYAML, which Pyodide lacks here).
NOT_IN_BROWSER = ("checker/cli/", "checker/__main__.py", "checker/compile.py", "checker/rule_schema.py", "checker/yaml_data.py")

_bundle: dict | None = None  # the current bundle, set in on_config


def pyodide_version() -> str:
    package_json = PYODIDE_NPM / "package.json"
    missing = [f for f in ("package.json", "pyodide-lock.json", *CORE_FILES) if not (PYODIDE_NPM / f).is_file()]
    if missing:
        raise PluginError(
            f"checker_bundle: the Pyodide core is missing from {PYODIDE_NPM} "
            f"({', '.join(missing)}): run `make setup` (it runs `npm ci`)."
        )
    return json.loads(package_json.read_text(encoding="utf-8"))["version"]


def source_hash(version: str) -> str:
    """Hash everything the wheel and lock are made from."""
    h = hashlib.sha256(f"{BUNDLE_FORMAT}\0{version}\0".encode())
    for name in ("pyproject.toml", "README.md", *(p.relative_to(ROOT).as_posix() for p in PREPARE_SCRIPTS)):
        h.update(name.encode() + b"\0" + (ROOT / name).read_bytes())
    h.update((PYODIDE_NPM / "pyodide-lock.json").read_bytes())
    for path in sorted((ROOT / "checker").rglob("*")):
        rel = path.relative_to(ROOT).as_posix()
        if not path.is_file() or "__pycache__" in rel or rel.startswith("checker/data/"):
            continue  # data/ is derived from the YAML hashed here
        h.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def run(cmd: list[str], what: str, cwd: Path, env: dict | None = None) -> None:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise PluginError(f"checker_bundle: {what} failed ({' '.join(cmd)}):\n{proc.stdout}\n{proc.stderr}")


def pyodide_cli() -> str:
    cli = Path(sys.executable).with_name("pyodide")
    if not cli.exists():
        raise PluginError("checker_bundle: the `pyodide` command (pyodide-build) is not in the venv: run `make setup`.")
    return str(cli)


def node_cli() -> str:
    node = shutil.which("node")
    if node is None:
        raise PluginError("checker_bundle: `node` is not on PATH (it prepares the wheel under Pyodide): "
                          "run `make setup`.")
    return node


def build_bundle(out: Path) -> None:
    """Compile the rules, prepare the package under Pyodide, build the wheel in a clean copy, make the lock."""
    run([sys.executable, "-m", "checker.compile"], "compiling the rule YAML (python -m checker.compile)", ROOT)
    with tempfile.TemporaryDirectory(prefix="checker-wheel-") as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        # A clean copy: setuptools' build/lib would otherwise keep deleted modules.
        for name in ("pyproject.toml", "README.md"):
            shutil.copy2(ROOT / name, src / name)
        shutil.copytree(ROOT / "checker", src / "checker", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        bytecode = Path(tmp) / "bytecode"
        bytecode.mkdir()
        run([node_cli(), str(PREPARE_SCRIPTS[0]), str(PYODIDE_NPM), str(src), str(bytecode)],
            "preparing the checker under Pyodide (hooks/pyodide_prepare.mjs)", ROOT)
        wheels = Path(tmp) / "wheels"
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}  # reproducible zip timestamps
        run([sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "--no-build-isolation",
             "--disable-pip-version-check", "-q", "-w", str(wheels)], "building the checker wheel", src, env)
        wheel = next(wheels.glob("*.whl"), None)
        if wheel is None:
            raise PluginError("checker_bundle: pip wheel produced no wheel")
        make_browser_wheel(wheel, bytecode)
        staging = Path(tmp) / "out"
        staging.mkdir()
        shutil.copy2(wheel, staging / wheel.name)
        full_lock = Path(tmp) / "full-lock.json"
        run([pyodide_cli(), "lockfile", "add-wheels", "--input", str(PYODIDE_NPM / "pyodide-lock.json"),
             "--output", str(full_lock), "--base-path", str(staging), str(staging / wheel.name)],
            "pyodide lockfile add-wheels", Path(tmp))
        write_pruned_lock(full_lock, staging / "pyodide-lock.json")
        # Builds may run in parallel (tests, serve): publish atomically, first one wins.
        out.parent.mkdir(parents=True, exist_ok=True)
        incoming = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
        shutil.copytree(staging, incoming, dirs_exist_ok=True)
        try:
            os.rename(incoming, out)
        except OSError:
            shutil.rmtree(incoming, ignore_errors=True)
            if not (out / "pyodide-lock.json").is_file():
                raise


def make_browser_wheel(wheel: Path, bytecode: Path) -> None:
    """Rewrite the wheel in place: each module compiled under Pyodide replaces
    its source (checker/goal/check.py -> checker/goal/check.pyc), NOT_IN_BROWSER
    is dropped, METADATA keeps its headers but not the README, and RECORD
    lists what is left.

    The entries are stored, not deflated: the site is served compressed
    (hooks/precompress.py writes .br and .gz beside it), and one stream over
    the whole wheel compresses its many small, similar files far better than
    each file on its own (Brotli: 166 KB instead of 250 KB deflated). Python
    also imports from a stored zip without inflating each module."""
    compiled = {p.relative_to(bytecode).as_posix(): p.read_bytes() for p in bytecode.rglob("*.pyc")}
    if "checker/bridge.pyc" not in compiled:
        raise PluginError("checker_bundle: hooks/pyodide_prepare.py compiled no checker modules")
    rewritten = wheel.with_name(wheel.name + ".tmp")
    with zipfile.ZipFile(wheel) as old, zipfile.ZipFile(rewritten, "w", zipfile.ZIP_STORED) as new:
        record_name = next(n for n in old.namelist() if n.endswith(".dist-info/RECORD"))
        record = []
        for info in old.infolist():
            name = info.filename
            if name == record_name or name.startswith(NOT_IN_BROWSER):
                continue
            data = compiled.get(name + "c") if name.endswith(".py") else None
            if data is None:
                data = old.read(info)
                if name.endswith(".dist-info/METADATA"):  # the long description is the README: 8 KB the page never reads
                    data = data.split(b"\n\n", 1)[0] + b"\n"
            else:
                name += "c"
            entry = zipfile.ZipInfo(name, info.date_time)
            entry.external_attr = info.external_attr
            new.writestr(entry, data, zipfile.ZIP_STORED)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record.append(f"{name},sha256={digest},{len(data)}")
        record.append(f"{record_name},,")
        entry = zipfile.ZipInfo(record_name, old.getinfo(record_name).date_time)
        entry.external_attr = old.getinfo(record_name).external_attr
        new.writestr(entry, "\n".join(record) + "\n", zipfile.ZIP_STORED)
    os.replace(rewritten, wheel)


def write_pruned_lock(full_lock: Path, dest: Path) -> None:
    """Keep only the checker and what it depends on.

    The other entries point at packages that are not shipped (they would come
    from the CDN and fail offline), and dropping them saves ~120 KB per visit.
    """
    lock = json.loads(full_lock.read_text(encoding="utf-8"))
    packages = lock["packages"]
    keep, todo = set(), [PACKAGE]
    while todo:
        name = todo.pop()
        if name in keep:
            continue
        if name not in packages:
            raise PluginError(f"checker_bundle: {name!r} is not in the lock file after add-wheels")
        keep.add(name)
        todo.extend(packages[name].get("depends", []))
    lock["packages"] = {name: packages[name] for name in sorted(keep)}
    dest.write_text(json.dumps(lock, indent=1, sort_keys=True), encoding="utf-8")


def prune_cache(keep: str, max_entries: int = 6, min_age_s: int = 3600) -> None:
    """Drop old bundles, but never one another build may still be copying from."""
    import time
    entries = sorted((p for p in CACHE.iterdir() if p.is_dir() and p.name != keep),
                     key=lambda p: p.stat().st_mtime, reverse=True)
    now = time.time()
    for old in entries[max_entries:]:
        if now - old.stat().st_mtime > min_age_s:
            shutil.rmtree(old, ignore_errors=True)


def ensure_bundle() -> dict:
    version = pyodide_version()
    digest = source_hash(version)
    cached = CACHE / digest
    if not (cached / "pyodide-lock.json").is_file():
        log.info("checker_bundle: building the checker wheel and lock (%s)", digest)
        build_bundle(cached)
        prune_cache(keep=digest)
    else:
        os.utime(cached)  # recently used: pruned last
    wheel = next(cached.glob("*.whl")).name
    return {"version": version, "digest": digest, "dir": cached, "wheel": wheel}


def on_config(config):
    global _bundle
    _bundle = ensure_bundle()
    trainer = (config.extra.get("trainer") or {}) if hasattr(config.extra, "get") else {}
    use_cdn = bool(trainer.get("pyodide_cdn", False))
    core = CDN_TEMPLATE.format(version=_bundle["version"]) if use_cdn else f"pyodide/v{_bundle['version']}/"
    config.extra["trainer_runtime"] = {
        "core": core,
        "core_is_remote": use_cdn,
        "lock": f"pyodide/checker-{_bundle['digest']}/pyodide-lock.json",
        "package": PACKAGE,
    }
    return config


def copy_if_changed(src: Path, dest: Path) -> None:
    if dest.is_file():
        s, d = src.stat(), dest.stat()
        if s.st_size == d.st_size and int(s.st_mtime) == int(d.st_mtime):
            return
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dest)


def on_post_build(config):
    global _bundle
    assert _bundle is not None
    if not (_bundle["dir"] / "pyodide-lock.json").is_file():  # removed meanwhile by hand
        _bundle = ensure_bundle()
    out = Path(config.site_dir) / "pyodide"
    if not config.extra["trainer_runtime"]["core_is_remote"]:
        for name in CORE_FILES:
            copy_if_changed(PYODIDE_NPM / name, out / f"v{_bundle['version']}" / name)
    for path in _bundle["dir"].iterdir():
        copy_if_changed(path, out / f"checker-{_bundle['digest']}" / path.name)


def on_serve(server, config, builder):
    # Rebuild when the checker or its rules change, not only the docs.
    server.watch(str(ROOT / "checker" / "rules"))
    server.watch(str(ROOT / "checker" / "roles"))
    return server
