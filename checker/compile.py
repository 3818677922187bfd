"""Compile the YAML sources into the JSON the checker reads at run time.

    python -m checker.compile

Reads checker/rules/*.yml (rules, lexicon word lists, criterion texts) and
checker/roles/*.yml, validates them, and writes checker/data/rules.json and
checker/data/roles.json. YAML is only needed here (build time); the browser
and the CLI read JSON with the standard library.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from checker.schema import normalise_role, validate_lexicon, validate_roles, validate_rule

PACKAGE = Path(__file__).resolve().parent
RULES_DIR = PACKAGE / "rules"
ROLES_DIR = PACKAGE / "roles"
DATA_DIR = PACKAGE / "data"


class CompileError(Exception):
    pass


def _load_yaml(path: Path):
    try:
        import yaml
    except ImportError as exc:  # pragma: no cover - setup installs pyyaml
        raise CompileError("pyyaml is needed to compile the rules: run `make setup`") from exc
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CompileError(f"{path.name}: not valid YAML: {exc}") from exc


def compile_rules(rules_dir: Path = RULES_DIR) -> dict:
    rules: list[dict] = []
    lexicon: dict[str, list[str]] = {}
    criteria: dict[str, dict] = {}
    problems: list[str] = []
    files = sorted(rules_dir.glob("*.yml")) + sorted(rules_dir.glob("*.yaml"))
    for path in files:
        data = _load_yaml(path)
        if data is None:
            continue
        if not isinstance(data, dict):
            problems.append(f"{path.name}: top level must be a mapping (rules:, lexicon:, criteria:)")
            continue
        unknown = set(data) - {"rules", "lexicon", "criteria"}
        if unknown:
            problems.append(f"{path.name}: unknown top-level keys {sorted(unknown)}")
        for i, rule in enumerate(data.get("rules") or []):
            problems += validate_rule(rule, f"{path.name}: rules[{i}]")
            if isinstance(rule, dict):
                rule.setdefault("kind", "smart")
                rule["source"] = path.name
                rules.append(rule)
        lex = data.get("lexicon") or {}
        problems += validate_lexicon(lex, f"{path.name}: lexicon")
        if isinstance(lex, dict):
            for name, words in lex.items():
                if name in lexicon:
                    problems.append(f"{path.name}: lexicon list {name!r} is defined twice")
                lexicon[name] = [str(w).strip() for w in words or []]
        crit = data.get("criteria") or {}
        if not isinstance(crit, dict):
            problems.append(f"{path.name}: criteria must be a mapping")
        else:
            criteria.update(crit)
    seen: dict[str, str] = {}
    for rule in rules:
        rid = rule.get("id")
        if rid in seen:
            problems.append(f"{rule['source']}: rule id {rid!r} also defined in {seen[rid]}")
        seen[rid] = rule["source"]
    if problems:
        raise CompileError("\n".join(problems))
    rules.sort(key=lambda r: (r["kind"], "SMART".find(r["criterion"][:1]), r["id"]))
    return {"rules": rules, "lexicon": lexicon, "criteria": criteria}


def compile_roles(roles_dir: Path = ROLES_DIR) -> dict:
    roles: list[dict] = []
    problems: list[str] = []
    for path in sorted(roles_dir.glob("*.yml")) + sorted(roles_dir.glob("*.yaml")):
        data = _load_yaml(path)
        found = validate_roles(data, path.name)
        problems += found
        if not found:
            roles += [normalise_role(r) for r in (data["roles"] if isinstance(data, dict) else data)]
    ids = [r["id"] for r in roles]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        problems.append(f"role ids defined twice: {dupes}")
    if problems:
        raise CompileError("\n".join(problems))
    return {"roles": roles}


# What the rule reference pages and the example tests read (from the YAML,
# through compile_rules); a check never does, so the run-time JSON, which the
# browser downloads, leaves them out.
DOCS_ONLY_KEYS = ("why", "examples", "source")


def runtime_rules(rules: dict) -> dict:
    return {**rules, "rules": [{k: v for k, v in r.items() if k not in DOCS_ONLY_KEYS} for r in rules["rules"]]}


def write_json(data: dict, path: Path) -> None:
    """Write via a temporary file of this process and an atomic rename, so a
    reader (or a second compile running at the same time) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)


def main(argv=None) -> int:
    try:
        rules = compile_rules()
        roles = compile_roles()
    except CompileError as exc:
        print(f"checker.compile: the rule/role YAML has problems:\n{exc}", file=sys.stderr)
        return 1
    write_json(runtime_rules(rules), DATA_DIR / "rules.json")
    write_json(roles, DATA_DIR / "roles.json")
    print(f"checker.compile: {len(rules['rules'])} rules, {len(rules['lexicon'])} word lists, "
          f"{len(roles['roles'])} roles -> {DATA_DIR.relative_to(PACKAGE.parent)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
