"""The search index holds the seed's Chinese terms as whole jieba tokens, on the right pages."""
from __future__ import annotations

import json
import re

EXPECTED = {
    "三声起接": "cases/front-desk/",
    "投诉率": "cases/customer-awareness/",
    "四级": "cases/english-cet4/",
    "回头看": "cases/audit-bureau/",
    "目标锁链": "mbo/",
    "六西格玛": "smart/relevant/",
    "行动计划": "action-plan/",
}


def _index(built_site) -> dict:
    return json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))


def test_search_is_configured_for_chinese(built_site):
    assert _index(built_site)["config"]["lang"] == ["zh"]


def test_seed_terms_are_tokens_on_their_pages(built_site):
    index = _index(built_site)
    separator = re.compile(index["config"]["separator"])
    pages_by_token: dict[str, set[str]] = {}
    for doc in index["docs"]:
        page = doc["location"].split("#")[0]
        for token in separator.split(doc["title"] + " " + doc["text"]):
            pages_by_token.setdefault(token, set()).add(page)
    missing = {term: page for term, page in EXPECTED.items() if page not in pages_by_token.get(term, set())}
    assert missing == {}


def test_chinese_text_was_segmented(built_site):
    # jieba's segmentation shows up as zero-width spaces between Chinese words.
    docs = _index(built_site)["docs"]
    front = [d for d in docs if d["location"].startswith("cases/front-desk/")]
    assert front and all("\u200b" in d["text"] for d in front if re.search(r"[\u4e00-\u9fff]", d["text"]))


def test_printable_worksheets_stay_out_of_search(built_site):
    # They repeat the bank pages' questions and carry the answer keys: a search
    # should land on the online quiz, never on an answer key.
    pages = {doc["location"].split("#")[0] for doc in _index(built_site)["docs"]}
    assert not [p for p in pages if p.startswith("quiz/worksheets/") and p != "quiz/worksheets/"]
    assert [p for p in pages if p.startswith("quiz/banks/")]
    assert (built_site / "quiz" / "worksheets").is_dir()
