"""The pages issue 3 requires, by their built URL, and the shape each kind of page must have."""
from __future__ import annotations

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
