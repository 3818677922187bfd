"""Build-side of the in-page checker: rule pages, the fenced widget, the bundle and the CDN option.

No browser needed; these read the real `mkdocs build --strict` output or call
the hooks directly.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from checker.bridge import run as cpython_run
from checker.compile import compile_rules
from hooks import checker_bundle
from hooks.trainer_assets import replace_widget_fences
from tests.site.course_pages import nav_targets_of_site
from tests.cases.table import load_table


def test_every_rule_has_a_ruff_style_page(built_site):
    rules = compile_rules()["rules"]
    assert rules
    for rule in rules:
        page = built_site / "rules" / rule["id"].lower() / "index.html"
        assert page.is_file(), f"no page for {rule['id']}"
        html = page.read_text(encoding="utf-8")
        for heading in ("它检查什么", "为什么重要", "反例", "更好的写法"):
            assert f">{heading}<" in html or f">{heading}</" in html or heading in html, (rule["id"], heading)
        assert rule["id"] in html and rule["criterion"] in html


def test_rule_index_is_in_the_nav_and_grouped_by_kind(built_site):
    index = (built_site / "rules" / "index.html").read_text(encoding="utf-8")
    assert "SMART 目标" in index
    kinds = {r.get("kind", "smart") for r in compile_rules()["rules"]}
    if "star" in kinds:
        assert "STAR 回答" in index
    in_nav = nav_targets_of_site(built_site)
    assert "rules/" in in_nav and "tools/checker/" in in_nav


def test_every_finding_doc_link_resolves(built_site):
    cases, _ = load_table()
    docs = set()
    for case in cases:
        payload = {"text": case["text"], "today": case["today"], **({"role": case["role"]} if case["role"] else {})}
        report = json.loads(cpython_run("goal", json.dumps(payload, ensure_ascii=False)))
        docs |= {f["doc"] for f in report.get("findings", []) if f.get("doc")}
    assert docs, "no findings with doc links in the case table"
    missing = sorted(d for d in docs if not (built_site / d / "index.html").is_file())
    assert missing == []


def test_fenced_block_becomes_a_prefilled_widget():
    md = "引言\n\n```smart-checker role=front-desk today=2026-11-23\n<b>增强</b>客户意识\n```\n\n结尾"
    out = replace_widget_fences(md, "x.md")
    assert 'data-trainer="mini"' in out and 'data-role="front-desk"' in out and 'data-today="2026-11-23"' in out
    assert "&lt;b&gt;增强&lt;/b&gt;客户意识</textarea>" in out   # prefill is escaped text
    assert "```" not in out


def test_fence_inside_another_fence_is_left_alone():
    md = "````markdown\n```smart-checker\n增强客户意识\n```\n````\n"
    assert replace_widget_fences(md, "x.md") == md


@pytest.mark.parametrize("md, message", [
    ("```smart-checker\n\n```\n", "needs an example goal"),
    ("```smart-checker colour=red\n增强客户意识\n```\n", "not role=ID"),
])
def test_bad_fences_fail_the_build_with_a_clear_message(md, message):
    with pytest.raises(PluginError, match=message):
        replace_widget_fences(md, "x.md")


def test_bundle_lock_holds_only_the_checker_with_its_sha256(built_site):
    bundle = next((built_site / "pyodide").glob("checker-*"))
    lock = json.loads((bundle / "pyodide-lock.json").read_text(encoding="utf-8"))
    assert list(lock["packages"]) == ["smart-goal-checker"]
    entry = lock["packages"]["smart-goal-checker"]
    wheel = bundle / entry["file_name"]
    assert hashlib.sha256(wheel.read_bytes()).hexdigest() == entry["sha256"]
    assert lock["info"]["python"].startswith("3.14")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        record = zf.read(next(n for n in names if n.endswith(".dist-info/RECORD"))).decode()
        # The browser wheel (hooks/checker_bundle.make_browser_wheel): start-up modules as
        # Pyodide bytecode, the regex cache, no command line, and a RECORD that matches.
        assert {"checker/bridge.pyc", "checker/goal/check.pyc", "checker/deadlines/finder.pyc", "checker/data/rules.json",
                "checker/data/kinds.json", "checker/data/sre-cache.bin"} <= names
        assert "checker/bridge.py" not in names and "checker/plan/check.py" in names
        assert not [n for n in names if n.startswith(checker_bundle.NOT_IN_BROWSER)]
        metadata = zf.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        assert "Name: smart-goal-checker" in metadata and "## The two commands" not in metadata  # no README inside
        for line in record.splitlines():
            name, digest, size = line.rsplit(",", 2)
            if digest:
                data = zf.read(name)
                expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
                assert (digest, int(size)) == ("sha256=" + expected, len(data)), name
        assert {line.rsplit(",", 2)[0] for line in record.splitlines()} == names


def test_pages_point_at_the_self_hosted_core(built_site):
    html = (built_site / "tools" / "checker" / "index.html").read_text(encoding="utf-8")
    meta = re.search(r'<meta name="goal-trainer" data-core="([^"]+)" data-lock="([^"]+)"', html)
    assert meta, "no goal-trainer meta"
    assert not meta.group(1).startswith("http")
    assert (built_site / meta.group(1) / "pyodide.asm.wasm").is_file()
    assert (built_site / meta.group(2)).is_file()


def test_cdn_option_switches_the_core_url_and_skips_the_copy(tmp_path):
    config = load_config(config_file=str(checker_bundle.ROOT / "mkdocs.yml"), site_dir=str(tmp_path))
    config.extra["trainer"] = {"pyodide_cdn": True}
    checker_bundle.on_config(config)
    runtime = config.extra["trainer_runtime"]
    assert runtime["core"].startswith("https://cdn.jsdelivr.net/npm/pyodide@")
    checker_bundle.on_post_build(config)
    assert not list((tmp_path / "pyodide").glob("v*"))
    assert list((tmp_path / "pyodide").glob("checker-*/pyodide-lock.json"))


def test_missing_pyodide_core_says_run_make_setup(monkeypatch, tmp_path):
    monkeypatch.setattr(checker_bundle, "PYODIDE_NPM", tmp_path / "node_modules" / "pyodide")
    with pytest.raises(PluginError, match="make setup"):
        checker_bundle.ensure_bundle()
