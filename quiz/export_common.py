"""What the exporters share: the skip list and the text of an explanation."""
from __future__ import annotations

from dataclasses import dataclass

from .schema import SMART_CRITERIA, SMART_NAMES


@dataclass(frozen=True)
class Skipped:
    qid: str
    qtype: str
    reason: str

    def __str__(self) -> str:
        return f"{self.qid} ({self.qtype}): {self.reason}"


def page_url(link: str) -> str:
    """A docs link (smart/specific.md#x) as the site path it becomes (smart/specific/#x)."""
    page, _, anchor = link.partition("#")
    path = page[:-3]
    if path == "index" or path.endswith("/index"):
        path = path[: -len("index")]
    else:
        path += "/"
    return path + (f"#{anchor}" if anchor else "")


def feedback_text(q: dict, site_url: str | None) -> str:
    """The explanation plus where it comes from, for the LMS's general feedback."""
    where = page_url(q["link"])
    if site_url:
        where = site_url.rstrip("/") + "/" + where
    cite = q.get("cite")
    source = f"{cite}：{where}" if cite else where
    return f"{q['explanation'].strip()}（出处：{source}）"


def diagnose_choices() -> list[tuple[str, str]]:
    return [(c, f"{c}（{SMART_NAMES[c]}）") for c in SMART_CRITERIA]


def diagnose_prompt(q: dict) -> str:
    return f"{q['prompt'].strip()}\n目标：{q['goal'].strip()}"
