"""The pages issue 3 requires, by their built URL, and the shape each kind of page must have."""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

HOME = ""
MBO = "mbo/"
SMART_OVERVIEW = "smart/"
SMART_LETTERS = {
    "S": "smart/specific/",
    "M": "smart/measurable/",
    "A": "smart/attainable/",
    "R": "smart/relevant/",
    "T": "smart/time-bound/",
}
CASES = {
    "front_desk": "cases/front-desk/",
    "phone_maintenance": "cases/phone-maintenance/",
    "english_level_4": "cases/english-cet4/",
    "audit_bureau": "cases/audit-bureau/",
    "customer_awareness": "cases/customer-awareness/",
    "management_training": "cases/management-training/",
}
EXECUTION = ["action-plan/", "pdca/", "star/"]
PRACTICE = ["practice/school-safety-plan/", "practice/bank-manager/", "practice/actor-story/"]
GLOSSARY = "glossary/"

REQUIRED = [HOME, MBO, SMART_OVERVIEW, *SMART_LETTERS.values(), "cases/", *CASES.values(),
            *EXECUTION, "practice/", *PRACTICE, GLOSSARY]


def html_file(url: str) -> str:
    return url + "index.html"


NAV_LINK = re.compile(r'class="md-nav__link[^"]*"[^>]*href="([^"]*)"|href="([^"]*)"[^>]*class="md-nav__link')


def nav_targets(built_site, page: Path) -> set[str]:
    """Site-relative URLs the nav of one built page links to."""
    base = page.parent.relative_to(built_site).as_posix()
    out = set()
    for a, b in NAV_LINK.findall(page.read_text(encoding="utf-8")):
        href = (a or b).split("#")[0]
        if "://" in href:
            continue
        url = posixpath.normpath(posixpath.join(base, href or "."))
        out.add("" if url == "." else url.rstrip("/") + "/")
    return out


def nav_targets_of_site(built_site) -> set[str]:
    """Every URL some page's nav links to (with navigation.prune, each page
    carries only its own section of the nav)."""
    return set().union(*(nav_targets(built_site, p) for p in built_site.rglob("index.html")
                         if "pyodide" not in p.parts))

