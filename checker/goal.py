"""check_goal: judge one goal against S, M, A, R, T and explain why.

    check_goal("月底前把前台收银速度提升至两分钟", today="2026-11-23", role="front-desk")

Each criterion has its own module (specificity, measure, attainable,
relevance, deadline); this one validates the input, runs them over the same
parsed text and assembles the report.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from checker import words
from checker.attainable import judge_attainable
from checker.changes import find_changes
from checker.deadline import find_deadlines, first_undated, pick_deadline
from checker.errors import MAX_TEXT_CHARS, InputError
from checker.lang import detect_lang
from checker.measure import judge_measurable
from checker.measure import metric_numbers as find_measured
from checker.markup import mask_code
from checker.numbers import find_numbers, normalise
from checker.relevance import find_role, resolve_roles
from checker.report import assemble, make_finding
from checker.specificity import judge_specific

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EDGE_CHARS = "从到把将在的了和与及并对向给由至为是 "


def parse_today(today, lang: str = "en") -> dt.date:
    if today is None:
        return dt.date.today()
    if isinstance(today, dt.datetime):
        return today.date()
    if isinstance(today, dt.date):
        return today
    if isinstance(today, str):
        parsed = _parse_iso(today.strip())
        if parsed is not None:
            return parsed
    raise InputError("bad-date", lang=lang, value=str(today)[:40])


@lru_cache(maxsize=64)
def _parse_iso(value: str) -> dt.date | None:
    if not _ISO.match(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def validate_text(text, lang_hint=None) -> str:
    lang = lang_hint if lang_hint in ("zh", "en") else "en"
    if not isinstance(text, str):
        raise InputError("bad-text", lang=lang)
    if not text.strip():
        raise InputError("empty-text", lang=lang)
    if len(text) > MAX_TEXT_CHARS:
        raise InputError("text-too-long", lang=detect_lang(text[:200]), n=len(text), limit=MAX_TEXT_CHARS)
    return text


def check_goal(text, *, today=None, role=None, lang=None, roles=None) -> dict:
    if lang is not None and lang not in ("zh", "en"):
        raise InputError("bad-lang", value=str(lang)[:20])
    text = validate_text(text, lang)
    out_lang = lang or detect_lang(text)
    today_date = parse_today(today, out_lang)
    if roles is not None and role is None:
        resolve_roles(roles)  # a bad roles file is an error even when no role is chosen
    matcher = find_role(role, roles, out_lang) if role is not None else None
    return analyse(text, today_date, out_lang, matcher)


def _fmt_ratio(r) -> str:
    return f"{r:.1f}".rstrip("0").rstrip(".") if r is not None and r != float("inf") else "∞"


def analyse(text: str, today: dt.date, lang: str, matcher=None, deadline_only: bool = False) -> dict:
    norm = mask_code(normalise(text))
    findings: list[dict] = []
    statuses: dict[str, str] = {}
    pass_params: dict[str, dict] = {}

    # --- T -------------------------------------------------------------
    deadlines = find_deadlines(norm, today)
    deadline = pick_deadline(deadlines)
    undated = first_undated(deadlines) if not deadline else None
    dl_spans = [(d.start, d.end) for d in deadlines]
    vague_time = cadences = []
    if not deadline and not undated:
        vague_time = words.outside(words.find(norm, "vague_time_zh", "vague_time_en"), dl_spans)
        cadences = words.outside(words.find(norm, "cadence_zh", "cadence_en"), dl_spans)
    if deadline:
        if deadline.date < today:
            statuses["T"] = "warn"
            findings.append(make_finding("T-past-deadline", lang, (deadline.start, deadline.end),
                                         deadline=deadline.text, date=deadline.date.isoformat(), today=today.isoformat()))
        else:
            statuses["T"] = "pass"
        pass_params["T"] = {"deadline": deadline.text, "date": deadline.date.isoformat()}
    elif undated:  # a real time box (this sprint) whose end the text does not give: ask for the date
        statuses["T"] = "warn"
        findings.append(make_finding("T-undated-period", lang, (undated.start, undated.end),
                                     word=text[undated.start:undated.end]))
    elif vague_time:
        statuses["T"] = "fail"
        s, e, w = vague_time[0]
        findings.append(make_finding("T-vague-time", lang, (s, e), word=text[s:e]))
    elif cadences:
        statuses["T"] = "fail"
        s, e, w = cadences[0]
        findings.append(make_finding("T-cadence-only", lang, (s, e), word=text[s:e]))
    else:
        statuses["T"] = "fail"
        findings.append(make_finding("T-no-deadline", lang, None))

    # --- parsed quantities -----------------------------------------------
    numbers = find_numbers(norm)
    changes = find_changes(norm)
    change_spans = [tuple(c["span"]) for c in changes]

    # --- S -------------------------------------------------------------
    metric_list = find_measured(numbers, dl_spans)
    measured = [(n.start, n.end) for n in metric_list] + change_spans
    s_status, s_info = judge_specific(norm, dl_spans, measured)
    statuses["S"] = s_status
    if s_status == "fail":
        abstract = s_info["abstract"]
        span = (abstract[0][0], abstract[-1][1]) if abstract else (0, len(text))
        findings.append(make_finding("S-abstract-goal", lang, span, words=text[span[0]:span[1]]))
    if s_status in ("pass", "warn"):
        sep = "、" if lang == "zh" else ", "
        names = []
        quantity_spans = set(measured)
        for s, e, w in sorted(s_info["content"]):
            w = w.strip(_EDGE_CHARS)  # 投诉率从 -> 投诉率 (for display only)
            if (s, e) not in quantity_spans and w and w not in names:
                names.append(w)
        if not names:
            names = [w for _, _, w in s_info["content"]]
        pass_params["S"] = {"content": sep.join(names[:3])}
    if s_status == "warn":
        seen = set()
        for s, e, w in s_info["vague"]:
            if w.lower() in seen or len(seen) >= 3:
                continue
            seen.add(w.lower())
            findings.append(make_finding("S-vague-modifier", lang, (s, e), word=text[s:e]))

    # --- M -------------------------------------------------------------
    m_status, m_info = judge_measurable(norm, numbers, dl_spans, change_spans, changes, s_info["content"],
                                        metrics=metric_list)
    statuses["M"] = m_status
    metrics = m_info["metrics"]
    if m_status == "pass":
        if changes:
            c0 = max(changes, key=lambda c: (c["from"] is not None and c["to"] is not None, -c["span"][0]))
            pass_params["M"] = {"metric": text[c0["span"][0]:c0["span"][1]]}
        elif m_info["strong"]:
            first = m_info["strong"][0]
            pass_params["M"] = {"metric": text[first.start:first.end]}
        elif m_info["outcome"]:
            s, e = m_info["outcome"]
            pass_params["M"] = {"metric": text[s:e]}
        else:
            pass_params["M"] = {"metric": text[:0] or ("—")}
    elif m_status == "warn":
        if m_info["rough"]:
            r = m_info["rough"][0]
            span = (r.start, r.end) if hasattr(r, "start") else (r[0], r[1])
            findings.append(make_finding("M-vague-amount", lang, span, word=text[span[0]:span[1]]))
        else:
            n = m_info["inputs"][0]
            findings.append(make_finding("M-number-untied", lang, (n.start, n.end), word=text[n.start:n.end]))
    else:
        directions = m_info.get("directions") or []
        if directions:
            s, e, w = directions[0]
            findings.append(make_finding("M-direction-only", lang, (s, e), word=text[s:e]))
        else:
            findings.append(make_finding("M-no-measure", lang, None))

    # --- A -------------------------------------------------------------
    a_status, a_rule, a_info = judge_attainable(norm, changes, deadline, today, dl_spans)
    statuses["A"] = a_status
    if a_rule:
        span = a_info.get("span")
        days = a_info.get("days")
        if lang == "zh":
            window = f"而离期限只有 {days} 天" if days is not None and days >= 0 else "而且没有写期限"
        else:
            window = f"with {days} days to go" if days is not None and days >= 0 else "with no deadline"
        findings.append(make_finding(a_rule, lang, span, word=text[span[0]:span[1]] if span else "",
                                     ratio=_fmt_ratio(a_info.get("ratio")), days=days if days is not None else "?",
                                     window=window))
    if a_status == "pass":
        c = changes[0] if changes else None
        pass_params["A"] = {"change": c["text"] if c else text[a_info["span"][0]:a_info["span"][1]] if a_info.get("span") else ""}

    # --- R -------------------------------------------------------------
    if matcher is None:
        statuses["R"] = "unknown"
        findings.append(make_finding("R-no-role", lang, None))
    else:
        role_name = matcher.role["name"][lang]
        hits = matcher.match(norm)
        if hits["signals"] and not hits["off_field"]:
            statuses["R"] = "pass"
            pass_params["R"] = {"role": role_name}
        elif hits["off_field"] and not hits["signals"]:
            statuses["R"] = "fail"
            s, e, w = hits["off_field"][0]
            findings.append(make_finding("R-off-duty", lang, (s, e), word=text[s:e], role=role_name))
        else:
            statuses["R"] = "warn"
            span = (hits["off_field"][0][0], hits["off_field"][0][1]) if hits["off_field"] else None
            duties = "、".join(matcher.role["duties"][lang][:3]) if lang == "zh" else ", ".join(matcher.role["duties"][lang][:3])
            findings.append(make_finding("R-unclear", lang, span, role=role_name, duties=duties))

    facts = {
        "deadline": {"text": text[deadline.start:deadline.end], "date": deadline.date.isoformat(),
                     "span": [deadline.start, deadline.end]} if deadline else None,
        "metrics": [_metric_fact(text, n) for n in metrics],
        "changes": [_change_fact(text, c) for c in changes],
        "today": today.isoformat(),
    }
    if matcher is not None:
        facts["role"] = matcher.role["id"]
        facts["role_name"] = matcher.role["name"][lang]   # what a page shows; "role" stays the id
    return assemble(text, lang, statuses, findings, pass_params, facts)


def _metric_fact(text, n) -> dict:
    fact = {"text": text[n.start:n.end], "value": n.value, "unit": n.unit, "span": [n.start, n.end]}
    if n.high is not None:
        fact["high"] = n.high
    return fact


def _change_fact(text, c) -> dict:
    ratio = c.get("ratio")
    fact = {"from": c["from"], "to": c["to"], "unit": c["unit"], "text": text[c["span"][0]:c["span"][1]],
            "span": list(c["span"])}
    if ratio is not None and ratio != float("inf"):
        fact["ratio"] = round(ratio, 2)
    if "relative" in c:
        fact["relative_percent"] = round(c["relative"], 2)
    return fact
