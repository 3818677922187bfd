"""The build-time regex cache (checker/sre_cache.py).

The browser gets a cache recorded under Pyodide; here the same code records
and preloads one under this CPython, in fresh processes (as the build and
the worker do), and checks that it is used, that it changes no report, and
that a cache from another Python or a broken file is ignored.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Point the data loader at a copy of checker/data (so nothing is written into
# the source tree), then run a snippet.
PRELUDE = """
import json, pathlib, re, shutil, sys
import checker.data_loader as data_loader
data = pathlib.Path(sys.argv[1])
data_loader.DATA_DIR = data
from checker import sre_cache
"""

RECORD = PRELUDE + """
def warm_up():
    from checker import bridge
    bridge.warm_up()
count = sre_cache.write(str(data / sre_cache.FILE_NAME), warm_up)
import marshal
programs = marshal.loads((data / sre_cache.FILE_NAME).read_bytes())[1]
print(json.dumps({"count": count, "patterns": sorted([p[0], p[1]] for p in programs)}))
"""

PRELOAD_AND_CHECK = PRELUDE + """
before = set(re._cache)
preloaded = sre_cache.preload()
cached = {key[1:]: p for key, p in re._cache.items() if key not in before}
from checker import bridge
goals = json.loads(sys.argv[2])
reports = [json.loads(bridge.run("goal", json.dumps(g))) for g in goals]
# the checker's own re.compile calls got the preloaded objects, not new ones
reused = sum(1 for (pattern, flags), p in cached.items() if re.compile(pattern, flags) is p)
print(json.dumps({"preloaded": preloaded, "reused": reused, "reports": reports}))
"""


def python(snippet: str, *args: str, seed: str = "0") -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run([sys.executable, "-c", snippet, *args], cwd=ROOT, capture_output=True,
                          text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    from checker.data_loader import DATA_DIR
    copy = tmp_path_factory.mktemp("data")
    for source in DATA_DIR.glob("*.json"):
        (copy / source.name).write_bytes(source.read_bytes())
    return copy


@pytest.fixture(scope="module")
def recorded(data_dir):
    return python(RECORD, str(data_dir), seed="1")


GOALS = [
    {"text": "月底前把客户投诉率从4%降到2%", "today": "2026-11-23"},
    {"text": "增强客户意识", "today": "2026-11-23"},
    {"text": "Answer every call within three rings by 31 March 2027", "today": "2026-11-23"},
    {"text": "本季度内把培训考核平均分提高到85分以上", "today": "2026-11-23", "role": "admin"},
]


def test_the_warm_up_compiles_the_same_patterns_in_every_process(recorded, data_dir, tmp_path):
    # A pattern built from a set would differ with the hash seed and never hit the cache.
    other = tmp_path / "data"
    other.mkdir()
    for source in data_dir.glob("*.json"):
        (other / source.name).write_bytes(source.read_bytes())
    again = python(RECORD, str(other), seed="2")
    assert recorded["count"] > 20
    assert again["patterns"] == recorded["patterns"]


def test_preloaded_patterns_are_used_and_change_no_report(recorded, data_dir, tmp_path):
    with_cache = python(PRELOAD_AND_CHECK, str(data_dir), json.dumps(GOALS), seed="3")
    empty = tmp_path / "data"
    empty.mkdir()
    for source in data_dir.glob("*.json"):
        (empty / source.name).write_bytes(source.read_bytes())
    without = python(PRELOAD_AND_CHECK, str(empty), json.dumps(GOALS), seed="3")
    assert with_cache["preloaded"] == recorded["count"]
    assert with_cache["reused"] == recorded["count"]
    assert without["preloaded"] == 0
    assert with_cache["reports"] == without["reports"]


@pytest.mark.parametrize("damage", ["other-python", "truncated", "not-marshal"])
def test_a_cache_from_elsewhere_or_broken_is_ignored(recorded, data_dir, tmp_path, damage):
    import marshal
    from checker import sre_cache
    data = tmp_path / "data"
    data.mkdir()
    for source in data_dir.glob("*.json"):
        (data / source.name).write_bytes(source.read_bytes())
    raw = (data_dir / sre_cache.FILE_NAME).read_bytes()
    if damage == "other-python":
        stamp, programs = marshal.loads(raw)
        raw = marshal.dumps((("3.0.0 elsewhere",) + stamp[1:], programs))
    elif damage == "truncated":
        raw = raw[: len(raw) // 2]
    else:
        raw = b"not a cache"
    (data / sre_cache.FILE_NAME).write_bytes(raw)
    result = python(PRELOAD_AND_CHECK, str(data), json.dumps(GOALS[:1]))
    assert result["preloaded"] == 0
    assert result["reports"][0]["criteria"]
