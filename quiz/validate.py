"""Check banks against the schema (quiz/README.md) and the site's pages.

Every problem is reported as `file: question-id: reason`; the same list is
printed by `python -m quiz check` and raised by the MkDocs hook.
"""
from __future__ import annotations

import datetime
import re
from functools import lru_cache
from pathlib import Path

from .banks import Bank, Problem
from .schema import CRITERIA_BY_KIND, DEFAULT_TAG_LABELS, DIFFICULTIES, SMART_CRITERIA, TAGS, TYPES

COMMON_FIELDS = {"id", "type", "prompt", "prompt_en", "explanation", "explanation_en",
                 "link", "cite", "tags", "difficulty"}
TYPE_FIELDS = {
    "single": {"choices", "answer"},
    "multiple": {"choices", "answer"},
    "true-false": {"answer"},
    "diagnose": {"goal", "answer", "role", "today"},
    "rewrite": {"goal", "criteria", "kind", "sample", "role", "today"},
    "order": {"items", "answer"},
    "tag": {"parts", "labels"},
}


def _known(values) -> str:
    return ", ".join(str(v) for v in values)


def _text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _one_of(value, options) -> bool:
    """`value in options` for any YAML value: a list or mapping is never one of them (and never raises)."""
    return isinstance(value, (str, int)) and not isinstance(value, bool) and value in options


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _shown(value) -> str:
    """A bad value as a message shows it: scalars quoted, lists and mappings named as such, all kept short."""
    if isinstance(value, list):
        return "a list [" + _short(", ".join(map(str, value))) + "]"
    if isinstance(value, dict):
        return "a mapping {" + _short(", ".join(f"{k}: {v}" for k, v in value.items())) + "}"
    return f'"{_short(str(value))}"'


# Characters XML 1.0 cannot hold (C0 controls but tab and line breaks, lone surrogates,
# U+FFFE/U+FFFF) and the C1 controls: invisible in every reader, so always a slip.
_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def bad_characters(value, field: str = "") -> list[str]:
    """Reasons for each text in `value` (walked through lists and mappings) that holds such a character."""
    if isinstance(value, str):
        m = _BAD_CHAR.search(value)
        if m:
            return [f"{field or 'a text'} holds the invisible control character U+{ord(m.group()):04X} "
                    f"(character {m.start() + 1}): remove it"]
        return []
    if isinstance(value, list):
        return [r for n, v in enumerate(value, 1) for r in bad_characters(v, f"{field} item {n}".strip())]
    if isinstance(value, dict):
        return [r for k, v in value.items() for r in bad_characters(k, "a key") + bad_characters(v, f"{field}.{k}".strip("."))]
    return []


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _check_today(value) -> list[str]:
    """The checker takes `today` as YYYY-MM-DD (checker.goal.parse_today); anything else cannot be graded."""
    text = str(value).strip() if isinstance(value, (str, int)) else None
    if text is not None and _ISO_DATE.match(text):
        try:
            datetime.date.fromisoformat(text)
            return []
        except ValueError:
            pass
    return [f"today must be a real date written YYYY-MM-DD, such as 2026-11-23 (got {_shown(value)})"]


@lru_cache(maxsize=1)
def known_roles() -> tuple[str, ...]:
    """The checker's role profiles (checker/roles/*.yml), by id."""
    from checker.relevance import list_roles

    return tuple(str(r["id"]) for r in list_roles())


def _check_role(value) -> list[str]:
    if not _text(value):
        return [f"role is a checker role id (got {_shown(value)})"]
    try:
        roles = known_roles()
    except Exception as exc:  # the checker's data is not compiled: say so instead of failing the whole check
        return [f'cannot check role "{value}": the checker\'s role profiles are not available ({exc}); run make setup']
    if value not in roles:
        return [f'unknown role "{value}" (known: {_known(roles)}); the page could not grade this question']
    return []


def _check_checker_options(q: dict, kind: str) -> list[str]:
    """role and today are passed to the checker with the question's text: they must be ones it accepts."""
    reasons = []
    if "role" in q:
        if kind != "goal":
            reasons.append(f"role applies to goal checks only (this is a {kind} question)")
        else:
            reasons.extend(_check_role(q["role"]))
    if "today" in q:
        reasons.extend(_check_today(q["today"]))
    return reasons


def check_link(link, docs_dir: Path | None) -> str | None:
    """Why `link` (a docs-relative page like `smart/specific.md#anchor`) is broken, or None."""
    if not _text(link):
        return "missing page link (link:)"
    if docs_dir is None:
        return None
    page = link.split("#", 1)[0]
    if not page.endswith(".md") or page.startswith("/") or ".." in Path(page).parts:
        return f'broken page link "{link}": give a page under docs/ such as smart/specific.md'
    target = Path(docs_dir) / page
    if not target.is_file():
        return f'broken page link "{link}": docs/{page} does not exist'
    anchor = link.partition("#")[2]
    if anchor and anchor not in page_anchors(target):
        return f'broken page link "{link}": docs/{page} has no heading #{anchor}'
    return None


HEADING = re.compile(r"^#{1,6}[ \t]+(?P<text>.*?)[ \t#]*$")
ATTR_ID = re.compile(r"\{:?[^}]*#(?P<id>[\w-]+)[^}]*\}\s*$")
HTML_ID = re.compile(r"\bid=[\"'](?P<id>[^\"']+)[\"']")
_anchor_cache: dict[tuple[str, float], set[str]] = {}


def page_anchors(path: Path) -> set[str]:
    """The anchors a Markdown page will have: `{#id}` attributes, slugs of headings, HTML ids."""
    key = (str(path), path.stat().st_mtime)
    if key in _anchor_cache:
        return _anchor_cache[key]
    from pymdownx.slugs import slugify   # the slugify mkdocs.yml configures for the toc

    slug = slugify(case="lower")
    anchors: set[str] = set()
    fence = None
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            mark = stripped[:3]
            fence = None if fence == mark else (fence or mark)
            continue
        if fence:
            continue
        anchors.update(m.group("id") for m in HTML_ID.finditer(line))
        m = HEADING.match(line)
        if not m:
            continue
        text = m.group("text")
        explicit = ATTR_ID.search(text)
        if explicit:
            anchors.add(explicit.group("id"))
            continue
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)   # [label](url) -> label
        text = re.sub(r"[*_`]", "", text)
        anchors.add(slug(text, "-"))
    _anchor_cache[key] = anchors
    return anchors


def _choice_named_by_key(text: str, keys: list[str]) -> tuple[str, str] | None:
    """(key, words) when `text` points at a choice by its key ("选项 b", "b 项", "(b)", "option B").

    Choices are shuffled on the page and in exports and shown under new letters,
    so an explanation must quote the choice's words instead.
    """
    for key in keys:
        k = re.escape(key)
        # "选项 B" / "option B" whatever the case; a bare "b 项" or "(b)" only in the key's own case,
        # since "（A）" in an explanation is usually SMART's A, not a choice.
        patterns = (
            (rf"(?:选项|选|答案(?:是|为)?|option|choice)\s*[（(“\"'‘]?\s*{k}(?![A-Za-z0-9])", re.IGNORECASE),
            (rf"(?<![A-Za-z0-9]){k}\s*(?:项|选项)", 0),
            (rf"[（(]\s*{k}\s*[）)]", 0),
        )
        for pattern, flags in patterns:
            m = re.search(pattern, text, flags)
            if m:
                return key, m.group(0)
    return None


def _check_choices(q: dict, answer_is_list: bool) -> list[str]:
    reasons = []
    choices = q.get("choices")
    if not isinstance(choices, dict) or len(choices) < 2:
        return ["needs at least two choices (a mapping of key: text)"]
    for key, text in choices.items():
        if not _text(text):
            reasons.append(f'choice "{key}" has no text')
    keys = [str(k) for k in choices]
    for field in ("explanation", "explanation_en"):
        named = _text(q.get(field)) and _choice_named_by_key(q[field], keys)
        if named:
            reasons.append(f'{field} names choice "{named[0]}" by its key ("{named[1]}"): choices are '
                           f"shuffled and shown under new letters, so quote the choice's words instead")
    answer = q.get("answer")
    if answer is None or answer == []:
        return reasons + ["missing answer"]
    if answer_is_list:
        if not isinstance(answer, list):
            return reasons + ["a multiple-choice answer is a list of choice keys"]
        given = [str(a) for a in answer]
    else:
        if isinstance(answer, list):
            return reasons + ["a single-choice answer is one choice key"]
        given = [str(answer)]
    for a in given:
        if a not in keys:
            reasons.append(f'answer "{a}" is not among the choices ({_known(keys)})')
    return reasons


def _check_type(q: dict) -> list[str]:
    qtype = q["type"]
    if qtype == "single":
        return _check_choices(q, answer_is_list=False)
    if qtype == "multiple":
        return _check_choices(q, answer_is_list=True)
    if qtype == "true-false":
        if "answer" not in q or q["answer"] is None:
            return ["missing answer"]
        if not isinstance(q["answer"], bool):
            return [f'a true-false answer is true or false (got "{q["answer"]}")']
        return []
    if qtype == "diagnose":
        reasons = [] if _text(q.get("goal")) else ["missing goal (the goal to diagnose)"]
        answer = q.get("answer")
        if answer is None:
            return reasons + ["missing answer (the criteria the goal fails; [] for none)"]
        if not isinstance(answer, list):
            return reasons + ["a diagnose answer is a list of criteria, e.g. [S, M]"]
        for a in answer:
            if str(a) not in SMART_CRITERIA:
                reasons.append(f'answer "{a}" is not among the choices ({_known(SMART_CRITERIA)})')
        return reasons + _check_checker_options(q, "goal")
    if qtype == "rewrite":
        reasons = [] if _text(q.get("goal")) else ["missing goal (the weak goal to rewrite)"]
        kind = q.get("kind", "goal")
        if not _one_of(kind, CRITERIA_BY_KIND):
            return reasons + [f'unknown checker kind {_shown(kind)} (known: {_known(CRITERIA_BY_KIND)})']
        reasons.extend(_check_checker_options(q, kind))
        criteria = q.get("criteria")
        if not criteria:
            reasons.append("missing answer: name the criteria that must pass (criteria: [S, M, T])")
        elif not isinstance(criteria, list):
            reasons.append("criteria is a list, e.g. [S, M, T]")
        else:
            known = CRITERIA_BY_KIND[kind]
            for c in criteria:
                if str(c) not in known:
                    reasons.append(f'rewrite names unknown criteria "{c}" (known for {kind}: {_known(known)})')
        if not _text(q.get("sample")):
            reasons.append("missing sample (a model rewrite for the answer key)")
        return reasons
    if qtype == "order":
        items = q.get("items")
        if not isinstance(items, dict) or len(items) < 2:
            return ["needs at least two items (a mapping of key: text)"]
        empty = [f'item "{key}" has no text' for key, text in items.items() if not _text(text)]
        if empty:
            return empty
        answer = q.get("answer")
        if not answer:
            return ["missing answer"]
        if not isinstance(answer, list):
            return ["an order answer is the list of item keys in the right order"]
        keys = [str(k) for k in items]
        given = [str(a) for a in answer]
        reasons = [f'answer "{a}" is not among the items ({_known(keys)})' for a in given if a not in keys]
        missing = [k for k in keys if k not in given]
        if missing:
            reasons.append(f"answer leaves out items: {_known(missing)}")
        if len(set(given)) != len(given):
            reasons.append("answer lists an item twice")
        return reasons
    if qtype == "tag":
        labels = q.get("labels") or DEFAULT_TAG_LABELS
        if not isinstance(labels, (list, tuple)) or not all(_text(x) for x in labels):
            return ["labels is a list of short labels, e.g. [S, T, A, R]"]
        labels = [str(x) for x in labels]
        if len(set(labels)) != len(labels):
            return ["labels lists a label twice"]
        parts = q.get("parts")
        if not isinstance(parts, list) or len(parts) < 2:
            return ["needs at least two parts (each with text and answer)"]
        reasons = []
        for n, part in enumerate(parts, 1):
            if not isinstance(part, dict) or not _text(part.get("text")):
                reasons.append(f"part {n}: missing text")
                continue
            if part.get("answer") is None:
                reasons.append(f"part {n}: missing answer")
            elif str(part["answer"]) not in labels:
                reasons.append(f'part {n}: answer "{part["answer"]}" is not among the labels ({_known(labels)})')
        return reasons
    return []


def validate_question(q, *, docs_dir: Path | None) -> list[str]:
    """Reasons this question is broken (empty when it is fine). Id and duplicates are checked by the caller."""
    reasons = bad_characters(q)
    qtype = q.get("type")
    if qtype is None:
        reasons.append("missing type")
    elif not _one_of(qtype, TYPES):
        reasons.append(f'unknown type {_shown(qtype)} (known: {_known(TYPES)})')
        qtype = None
    if qtype is not None:
        allowed = COMMON_FIELDS | TYPE_FIELDS[qtype]
        for key in q:
            if key not in allowed:
                reasons.append(f'unknown field "{key}" for a {qtype} question')
    if not _text(q.get("prompt")):
        reasons.append("missing prompt")
    if not _text(q.get("explanation")):
        reasons.append("missing explanation")
    for key in ("prompt_en", "explanation_en", "cite"):
        if key in q and not _text(q[key]):
            reasons.append(f"{key} is text (or leave it out)")
    link_problem = check_link(q.get("link"), docs_dir)
    if link_problem:
        reasons.append(link_problem)
    tags = q.get("tags")
    if not tags or not isinstance(tags, list):
        reasons.append("missing tags (a list such as [S, M])")
    else:
        for tag in tags:
            if not _one_of(tag, TAGS):
                reasons.append(f'unknown tag {_shown(tag)} (known: {_known(TAGS)})')
    if not _one_of(q.get("difficulty"), DIFFICULTIES):
        reasons.append(f'difficulty must be 1, 2 or 3 (got {_shown(q.get("difficulty"))})')
    if qtype is not None:
        reasons.extend(_check_type(q))
    return reasons


def validate_banks(banks: list[Bank], *, docs_dir: Path | None) -> list[Problem]:
    problems: list[Problem] = []
    seen_ids: dict[str, str] = {}
    seen_banks: dict[str, str] = {}
    for bank in banks:
        shown = bank.display_path
        problems.extend(Problem(shown, "-", r) for r in
                        bad_characters(bank.title, "the bank title") + bad_characters(bank.description, "the bank description"))
        if bank.id in seen_banks:
            problems.append(Problem(shown, "-", f'duplicate bank id "{bank.id}" (also in {seen_banks[bank.id]})'))
        seen_banks.setdefault(bank.id, shown)
        if bank.page is not None:
            reason = check_link(bank.page, docs_dir)
            if reason:
                problems.append(Problem(shown, "-", reason.replace("(link:)", "(page:)")))
        for n, q in enumerate(bank.questions, 1):
            if not isinstance(q, dict):
                problems.append(Problem(shown, f"#{n}", "a question must be a mapping of fields"))
                continue
            qid = q.get("id")
            if not _text(qid):
                problems.append(Problem(shown, f"#{n}", "missing id"))
                qid = f"#{n}"
            else:
                qid = str(qid)
                if qid in seen_ids:
                    problems.append(Problem(shown, qid, f"duplicate id (also in {seen_ids[qid]})"))
                seen_ids.setdefault(qid, shown)
            problems.extend(Problem(shown, qid, r) for r in validate_question(q, docs_dir=docs_dir))
    return problems
