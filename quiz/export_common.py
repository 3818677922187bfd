"""What the exporters (gift.py, qti.py, moodle_xml.py) share.

- the result every exporter returns, and the skip list;
- the selection's identity: one id and title per choice of banks and tags;
- bank text as HTML: escaped, line breaks kept, so `<b>` and `&` show as typed;
- the grading rule for multiple answers, as Moodle weights;
- the pieces each format rewrites in its own syntax: the diagnose choices, a
  tagging question's labels, a rewrite question's rubric and model answer.

The rule (quiz/README.md, "Grading"): the site scores every question all or
nothing. Where a format can say that, the export says it; where it cannot,
the README says what the LMS does instead.
"""
from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass, field

from .banks import Bank
from .schema import DEFAULT_TAG_LABELS, SMART_CRITERIA, SMART_NAMES, STAR_NAMES, TAGS

PRODUCT = "SMART 目标训练营"


class ExportError(Exception):
    """The export cannot produce a valid file; nothing is written."""


@dataclass(frozen=True)
class Skipped:
    qid: str
    qtype: str
    reason: str

    def __str__(self) -> str:
        return f"{self.qid} ({self.qtype}): {self.reason}"


@dataclass
class Export:
    """One exporter's output: the file's bytes, what went in, what did not, and notes for the teacher."""

    data: bytes
    label: str
    written: int
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# ---- the selection -------------------------------------------------------

@dataclass(frozen=True)
class Selection:
    """What the teacher chose (`--bank`, `--tags`; empty means all). LMSs key imports by its id."""

    banks: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    @property
    def ident(self) -> str:
        """Stable for the same choice, different for another: an LMS re-import updates, never mixes."""
        key = "banks=" + ",".join(sorted(set(self.banks))) + ";tags=" + ",".join(sorted(set(self.tags)))
        return "smart-trainer-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]

    def title(self, banks: list[Bank]) -> str:
        """The banks (in the course's order) and tags (in the schema's order) chosen, in words."""
        parts = []
        if self.banks:
            parts.append("、".join(b.title for b in banks if b.id in self.banks))
        if self.tags:
            parts.append("标签 " + "、".join(t for t in TAGS if t in self.tags))
        return f"{PRODUCT} 测验：" + "，".join(parts) if parts else f"{PRODUCT} 测验（全部题库）"


# ---- text ----------------------------------------------------------------

def html_text(text: str) -> str:
    """Plain bank text as HTML: escaped (so `<b>` and `&` show as typed), line breaks as <br>."""
    lines = str(text).strip().replace("\r\n", "\n").split("\n")
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def page_url(link: str) -> str:
    """A docs link (smart/specific.md#x) as the site path it becomes (smart/specific/#x)."""
    page, _, anchor = link.partition("#")
    path = page[:-3]
    if path == "index" or path.endswith("/index"):
        path = path[: -len("index")]
    else:
        path += "/"
    return path + (f"#{anchor}" if anchor else "")


def site_link(path: str, site_url: str | None, label: str) -> str:
    """HTML for a site page: a link when the site's address is known, else the path as text."""
    if site_url:
        href = site_url.rstrip("/") + "/" + path
        return f'<a href="{html.escape(href)}">{html.escape(label, quote=False)}</a>'
    return f"{html.escape(label, quote=False)}（{html.escape(path, quote=False)}）"


def feedback_html(q: dict, site_url: str | None) -> str:
    """The explanation plus where it comes from, for the LMS's general feedback."""
    source = site_link(page_url(q["link"]), site_url, q.get("cite") or "课程页")
    return f"{html_text(q['explanation'])}（出处：{source}）"


def diagnose_choices() -> list[tuple[str, str]]:
    return [(c, f"{c}（{SMART_NAMES[c]}）") for c in SMART_CRITERIA]


def diagnose_prompt(q: dict) -> str:
    return f"{q['prompt'].strip()}\n目标：{q['goal'].strip()}"


# ---- tagging questions -----------------------------------------------------

def tag_labels(q: dict) -> list[tuple[str, str]]:
    """(label, what the learner picks from): "S 情境 Situation" for the STAR labels, the label itself otherwise."""
    labels = [str(x) for x in q.get("labels") or DEFAULT_TAG_LABELS]
    return [(label, f"{label} {STAR_NAMES[label]}" if label in STAR_NAMES else label) for label in labels]


def unused_labels(q: dict) -> list[tuple[str, str]]:
    """Labels no part carries: offered as extra choices, so the learner still picks from all of them."""
    used = {str(p["answer"]) for p in q["parts"]}
    return [(label, shown) for label, shown in tag_labels(q) if label not in used]


def moodle_matching_problem(q: dict) -> str | None:
    """Why Moodle's matching question cannot hold this tagging question (it needs 2 rows and 3 choices)."""
    if len(q["parts"]) < 2:
        return "Moodle matching needs at least two sentences"
    if len(q["parts"]) + len(unused_labels(q)) < 3:
        return "Moodle matching needs at least three choices (sentences plus unused labels)"
    return None


# ---- multiple answers --------------------------------------------------------

# The grades Moodle accepts for an answer (question_bank::fraction_options_full); an
# import with any other grade is refused.
MOODLE_GRADES = (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
                 16.66667, 14.28571, 12.5, 11.11111, 10, 5)


def moodle_weights(keys: list[str], correct: set[str]) -> dict[str, str] | None:
    """Percentages for Moodle's multiple-answer question, as close to all-or-nothing as Moodle gets.

    Each right choice earns 100/k % and each wrong one costs 100 %, so any
    wrong tick scores 0 and full marks need exactly the right set. Moodle
    cannot withhold credit from a clean but incomplete answer (it gets its
    share). None when 100/k is not a grade Moodle accepts (k > 10, k != 20).
    """
    right = 100 / len(correct)
    if not any(abs(right - grade) < 1e-4 for grade in MOODLE_GRADES):
        return None
    shown = f"{right:.5f}".rstrip("0").rstrip(".")
    return {k: shown if k in correct else "-100" for k in keys}


# ---- rewrite questions --------------------------------------------------------

CHECKER_PAGES = {"goal": ("tools/checker/", "目标检查器"), "star": ("tools/star/", "STAR 练习")}


def criteria_names(q: dict) -> list[str]:
    names = SMART_NAMES if q.get("kind", "goal") == "goal" else STAR_NAMES
    return [f"{c} {names.get(str(c), '')}".strip() for c in q["criteria"]]


def rewrite_prompt(q: dict) -> str:
    return f"{q['prompt'].strip()}\n原目标：{q['goal'].strip()}"


def _role_name(role: str) -> str:
    from checker.relevance import list_roles   # the checker's public role list

    for r in list_roles():
        if r["id"] == role:
            return r["name"]["zh"]
    return role


def rewrite_rubric_html(q: dict, site_url: str | None) -> str:
    """For the grader: what a right answer must do, the model answer, and how to check one."""
    kind = q.get("kind", "goal")
    setting = []
    if q.get("role"):
        setting.append(f"按岗位“{_role_name(str(q['role']))}”判断相关性")
    if q.get("today"):
        setting.append(f"以 {q['today']} 为“今天”计算期限")
    path, label = CHECKER_PAGES[kind]
    rows = [
        "评分标准：改写后的文字要让课程的检查器判定以下各条都“通过”：" + "、".join(criteria_names(q))
        + (f"（{'，'.join(setting)}）" if setting else "") + "。",
        f"参考改写：{html_text(q['sample'])}",
        f"原目标：{html_text(q['goal'])}",
        f"核对方法：把学员的答案粘贴到课程网站的{site_link(path, site_url, label)}里，看上面各条是否都通过。",
        f"讲解：{feedback_html(q, site_url)}",
    ]
    return "<br>".join(rows)


def order_items(q: dict) -> list[tuple[str, str]]:
    """An order question's items in the right order."""
    items = {str(k): str(v) for k, v in q["items"].items()}
    return [(str(a), items[str(a)]) for a in q["answer"]]


def xml_bytes(root, label: str, *, short_empty_elements: bool = True) -> bytes:
    """Serialize an ElementTree document and read it back: broken XML is an ExportError, never a file."""
    import xml.etree.ElementTree as ET

    ET.indent(root)
    try:
        data = ET.tostring(root, encoding="UTF-8", xml_declaration=True, short_empty_elements=short_empty_elements)
        ET.fromstring(data)
    except (ET.ParseError, UnicodeEncodeError) as exc:
        raise ExportError(f"the {label} file would not be well-formed XML ({exc}); nothing was written") from None
    return data
