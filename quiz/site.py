"""What the MkDocs hook puts into the site: question JSON, quiz containers, worksheets.

Kept out of hooks/ so it can be tested without a build. Text from the
banks is always HTML-escaped here; the browser script inserts it as text.
"""
from __future__ import annotations

import html
import json
import posixpath
import random

from mkdocs.utils import get_relative_url

from checker.yaml_data import DataFileError, parse_yaml
from hooks.fences import replace_fences

from .banks import Bank
from .schema import (DEFAULT_TAG_LABELS, DIFFICULTIES, SCHEMA_VERSION, SMART_CRITERIA, SMART_NAMES,
                     STAR_NAMES, TAGS)

BLOCK_KEYS = {"bank", "ids", "tags", "draw", "title", "shuffle"}
TYPE_NAMES = {"single": "单选题", "multiple": "多选题", "true-false": "判断题", "diagnose": "诊断题",
              "rewrite": "改写题", "order": "排序题", "tag": "标注题"}
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class QuizBlockError(ValueError):
    """A ```quiz block names a bank, id or tag that does not exist, or is malformed."""


def paper_order(q: dict) -> list[str]:
    """Item keys of an order question as shown on paper: shuffled, stable, never already solved."""
    keys = [str(k) for k in q["items"]]
    random.Random(str(q["id"])).shuffle(keys)
    if keys == [str(a) for a in q["answer"]]:
        keys = keys[1:] + keys[:1]
    return keys


class SiteQuizzes:
    """The validated banks and everything the site derives from them."""

    schema = SCHEMA_VERSION

    def __init__(self, banks: list[Bank]):
        self.banks = banks
        self.bank_by_id = {b.id: b for b in banks}
        self.questions = {str(q["id"]): (b, q) for b in banks for q in b.questions}
        self.urls: dict[str, str] = {}
        self.bank_urls: dict[str, str] = {}       # filled by the hook: online page per bank
        self.worksheet_urls: dict[str, str] = {}  # filled by the hook: worksheet per bank

    # ---- links ---------------------------------------------------------
    def resolve_links(self, files) -> None:
        """Map each docs link (smart/specific.md#x) to its site URL (smart/specific/#x)."""
        links = {q["link"] for _, q in self.questions.values()} | {b.page for b in self.banks if b.page}
        for link in links:
            page, _, anchor = link.partition("#")
            file = files.get_file_from_path(page)
            url = file.url if file else page
            self.urls[link] = url + (f"#{anchor}" if anchor else "")

    def url_of(self, link: str) -> str:
        return self.urls.get(link, link)

    # ---- data for the browser -----------------------------------------
    def client_question(self, bank: Bank, q: dict) -> dict:
        out = {"id": str(q["id"]), "type": q["type"], "bank": bank.id, "prompt": q["prompt"].strip(),
               "explanation": q["explanation"].strip(), "url": self.url_of(q["link"]), "cite": q.get("cite", ""),
               "tags": list(q["tags"]), "difficulty": q["difficulty"]}
        for key in ("prompt_en", "explanation_en"):
            if q.get(key):
                out[key] = q[key].strip()
        qtype = q["type"]
        if qtype in ("single", "multiple"):
            out["choices"] = [[str(k), str(v)] for k, v in q["choices"].items()]
            out["answer"] = [str(a) for a in q["answer"]] if qtype == "multiple" else str(q["answer"])
        elif qtype == "true-false":
            out["answer"] = bool(q["answer"])
        elif qtype == "diagnose":
            out.update(goal=q["goal"].strip(), answer=[str(a) for a in q["answer"]],
                       criteria=[[c, SMART_NAMES[c]] for c in SMART_CRITERIA])
        elif qtype == "rewrite":
            out.update(goal=q["goal"].strip(), kind=q.get("kind", "goal"), criteria=[str(c) for c in q["criteria"]],
                       sample=q["sample"].strip())
            for key in ("role", "today"):
                if q.get(key):
                    out[key] = str(q[key])
        elif qtype == "order":
            out["items"] = [[str(k), str(v)] for k, v in q["items"].items()]
            out["answer"] = [str(a) for a in q["answer"]]
        elif qtype == "tag":
            labels = [str(x) for x in q.get("labels") or DEFAULT_TAG_LABELS]
            out["labels"] = [[label, STAR_NAMES.get(label, label)] for label in labels]
            out["parts"] = [p["text"].strip() for p in q["parts"]]
            out["answer"] = [str(p["answer"]) for p in q["parts"]]
        return out

    def site_data(self) -> dict:
        return {
            "schema": self.schema,
            "tags": list(TAGS),
            "banks": [{"id": b.id, "title": b.title, "description": b.description,
                       "url": self.url_of(b.page) if b.page else None,
                       "questions": [str(q["id"]) for q in b.questions]} for b in self.banks],
            "questions": {qid: self.client_question(b, q) for qid, (b, q) in self.questions.items()},
        }

    def has_rewrite(self, ids) -> bool:
        return any(self.questions[i][1]["type"] == "rewrite" for i in ids)

    # ---- ```quiz blocks -----------------------------------------------
    def placement(self, body: str) -> dict:
        """Parse a ```quiz block body into the placement the page script reads."""
        try:
            spec = parse_yaml(body) if body.strip() else None
        except DataFileError as exc:   # same reader and limits as the banks
            raise QuizBlockError("quiz block is not " + str(exc).replace("invalid YAML", "valid YAML", 1)) from None
        if not isinstance(spec, dict):
            raise QuizBlockError("quiz block needs `bank: ID`, `ids: [..]` or `tags: [..]`")
        unknown = sorted(set(map(str, spec)) - BLOCK_KEYS)
        if unknown:
            raise QuizBlockError(f"quiz block: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(BLOCK_KEYS))})")
        if not ({"bank", "ids", "tags"} & set(spec)):
            raise QuizBlockError("quiz block needs `bank: ID`, `ids: [..]` or `tags: [..]`")
        pool = list(self.questions)
        key_parts, title = [], None
        if "bank" in spec:
            bank = self.bank_by_id.get(str(spec["bank"]))
            if bank is None:
                raise QuizBlockError(f'quiz block: unknown bank "{spec["bank"]}" (known: {", ".join(self.bank_by_id)})')
            pool = [str(q["id"]) for q in bank.questions]
            key_parts.append(f"bank:{bank.id}")
            title = bank.title
        if "ids" in spec:
            ids = spec["ids"] if isinstance(spec["ids"], list) else [spec["ids"]]
            ids = [str(i) for i in ids]
            missing = [i for i in ids if i not in self.questions]
            if missing:
                raise QuizBlockError(f"quiz block: unknown question id(s) {', '.join(missing)}")
            pool = [i for i in ids if i in pool]
            key_parts.append("ids:" + ",".join(ids))
        if "tags" in spec:
            tags = spec["tags"] if isinstance(spec["tags"], list) else [spec["tags"]]
            tags = [str(t) for t in tags]
            bad = [t for t in tags if t not in TAGS]
            if bad:
                raise QuizBlockError(f"quiz block: unknown tag(s) {', '.join(bad)} (known: {', '.join(TAGS)})")
            pool = [i for i in pool if set(tags) & set(self.questions[i][1]["tags"])]
            key_parts.append("tags:" + "+".join(tags))
            title = title or f"随机小测验（{'、'.join(tags)}）"
        if not pool:
            raise QuizBlockError("quiz block selects no question")
        draw = spec.get("draw")
        if draw is not None:
            if not isinstance(draw, int) or isinstance(draw, bool) or draw < 1:
                raise QuizBlockError(f"quiz block: draw must be a positive whole number (got {draw!r})")
            if draw > len(pool):
                raise QuizBlockError(f"quiz block: draw {draw} but only {len(pool)} question(s) match")
            key_parts.append(f"draw:{draw}")
        placement = {"key": "|".join(key_parts), "title": str(spec.get("title") or title or "小测验"),
                     "pool": pool, "draw": draw, "shuffle": bool(spec.get("shuffle", False))}
        return placement

    def container(self, placement: dict) -> str:
        trainer = ' data-trainer="quiz"' if self.has_rewrite(placement["pool"]) else ""
        data = html.escape(json.dumps(placement, ensure_ascii=False), quote=True)
        return (f'<div class="quiz" data-quiz="{data}"{trainer} markdown="0">'
                f'<p class="quiz__fallback">测验“{html.escape(placement["title"])}”需要启用 JavaScript。</p></div>')


def replace_quiz_fences(markdown: str, quizzes: SiteQuizzes, page) -> tuple[str, list[dict]]:
    """Swap top-level ```quiz blocks for quiz containers; other fences are copied verbatim."""
    placed: list[dict] = []

    def quiz(body: str, options: str, line: int) -> str:
        try:
            placement = quizzes.placement(body)
        except QuizBlockError as exc:
            raise QuizBlockError(f"line {line}: {exc}") from None
        placed.append(placement)
        return quizzes.container(placement)

    def banks(body: str, options: str, line: int) -> str:
        return bank_table(quizzes, page.file.src_uri)

    return replace_fences(markdown, {"quiz": quiz, "quiz-banks": banks}), placed


def bank_table(quizzes: SiteQuizzes, src_uri: str) -> str:
    """A Markdown table of every bank: its online page, size, types, course page and worksheet."""
    here = posixpath.dirname(src_uri)

    def rel(target: str) -> str:
        return posixpath.relpath(target, here or ".")

    rows = ["| 题库 | 题数 | 题型 | 出处 | 纸质版 |", "|---|---|---|---|---|"]
    for b in quizzes.banks:
        types = sorted({q["type"] for q in b.questions}, key=list(TYPE_NAMES).index)
        page = f"[课程页]({rel(b.page)})" if b.page else ""
        rows.append(f"| [{b.title}]({rel(f'quiz/banks/{b.id}.md')}) | {len(b.questions)} | "
                    f"{'、'.join(TYPE_NAMES[t] for t in types)} | {page} | [练习卷]({rel(f'quiz/worksheets/{b.id}.md')}) |")
    return "\n".join(rows)


# ---- printable worksheets ---------------------------------------------------

def _e(text) -> str:
    return html.escape(str(text).strip())


def _paper_question(n: int, q: dict) -> str:
    qtype = q["type"]
    head = (f'<li class="ws-q" id="ws-{_e(q["id"])}" data-type="{qtype}">'
            f'<p class="ws-prompt"><span class="ws-type">［{TYPE_NAMES[qtype]}］</span>{_e(q["prompt"])}</p>')
    if q.get("prompt_en"):
        head += f'<p class="ws-prompt-en" lang="en">{_e(q["prompt_en"])}</p>'
    body = ""
    if qtype in ("single", "multiple"):
        body = '<ol class="ws-choices" type="A">' + "".join(
            f'<li><span class="ws-box">☐</span> {_e(text)}</li>' for text in q["choices"].values()) + "</ol>"
    elif qtype == "true-false":
        body = '<p class="ws-tf"><span class="ws-box">☐</span> 对　　<span class="ws-box">☐</span> 错</p>'
    elif qtype == "diagnose":
        body = (f'<p class="ws-goal">目标：“{_e(q["goal"])}”</p><p class="ws-criteria">'
                + "　".join(f'<span class="ws-box">☐</span> {c}' for c in SMART_CRITERIA) + "</p>")
    elif qtype == "rewrite":
        body = (f'<p class="ws-goal">原目标：“{_e(q["goal"])}”</p>'
                '<div class="ws-lines" aria-label="书写区"></div>')
    elif qtype == "order":
        items = q["items"]
        body = ('<ol class="ws-items" type="A">' + "".join(f"<li>{_e(items[k])}</li>" for k in paper_order(q))
                + '</ol><p class="ws-fill">正确顺序：＿＿＿＿＿＿＿＿＿＿</p>')
    elif qtype == "tag":
        labels = "、".join(str(x) for x in q.get("labels") or DEFAULT_TAG_LABELS)
        body = (f'<p class="ws-hint">在括号里填 {labels}。</p><ol class="ws-parts">'
                + "".join(f'<li><span class="ws-blank">（　　）</span>{_e(p["text"])}</li>' for p in q["parts"])
                + "</ol>")
    return head + body + f'<p class="ws-answer-inline">答案：{_e(answer_text(q))}</p></li>'


def answer_text(q: dict) -> str:
    """The answer as printed in the key (letters follow the order on paper)."""
    qtype = q["type"]
    if qtype in ("single", "multiple"):
        keys = [str(k) for k in q["choices"]]
        answer = q["answer"] if isinstance(q["answer"], list) else [q["answer"]]
        return "、".join(LETTERS[keys.index(str(a))] for a in answer)
    if qtype == "true-false":
        return "对" if q["answer"] else "错"
    if qtype == "diagnose":
        return ("不满足：" + "、".join(map(str, q["answer"]))) if q["answer"] else "五条都满足"
    if qtype == "rewrite":
        return f"参考改写：{q['sample'].strip()}（要求通过：{'、'.join(map(str, q['criteria']))}）"
    if qtype == "order":
        shown = paper_order(q)
        return " → ".join(LETTERS[shown.index(str(a))] for a in q["answer"])
    if qtype == "tag":
        return "　".join(f"{n}. {p['answer']}" for n, p in enumerate(q["parts"], 1))
    return ""


def render_worksheet(quizzes: SiteQuizzes, bank: Bank, page_url: str) -> str:
    """A worksheet page: questions first, then the answer key on its own printed pages."""
    questions = "".join(_paper_question(n, q) for n, q in enumerate(bank.questions, 1))
    key_items = []
    for q in bank.questions:
        url = get_relative_url(quizzes.url_of(q["link"]), page_url)
        cite = q.get("cite") or "课程页"
        key_items.append(f'<li><p class="ws-key-answer"><strong>{_e(answer_text(q))}</strong>'
                         f'<span class="ws-key-meta">（{DIFFICULTIES[q["difficulty"]]}）</span></p>'
                         f'<p class="ws-key-why">{_e(q["explanation"])} 出处：<a href="{html.escape(url)}">{_e(cite)}</a></p></li>')
    title = f"纸质练习卷：{bank.title}"
    return f"""---
title: {json.dumps(title, ensure_ascii=False)}
hide: [toc]
search:
  exclude: true
---

# {title}

<div class="quiz-worksheet" data-bank="{_e(bank.id)}" markdown="0">
<div class="ws-toolbar">
<button type="button" class="md-button ws-print">打印</button>
<label><input type="checkbox" class="ws-show-answers"> 在屏幕上显示答案</label>
<label><input type="checkbox" class="ws-include-key" checked> 打印时附答案页</label>
</div>
<p class="ws-intro">{_e(bank.description)} 共 {len(bank.questions)} 题。</p>
<div class="ws-student">姓名：＿＿＿＿＿＿　班级：＿＿＿＿＿＿　日期：＿＿＿＿＿＿　得分：＿＿＿＿</div>
<ol class="ws-questions">{questions}</ol>
<section class="ws-key" aria-label="答案与解析">
<h2 class="ws-key-title">答案与解析：{_e(bank.title)}</h2>
<ol class="ws-key-list">{"".join(key_items)}</ol>
</section>
</div>
"""


def render_bank_page(quizzes: SiteQuizzes, bank: Bank) -> str:
    """An online page with the whole bank as one quiz (quiz/banks/<id>.md)."""
    source = f"讲解见[课程页](../../{bank.page})。" if bank.page else ""
    return f"""# 题库：{bank.title}

{bank.description} {source}想在纸上做？打印[练习卷](../worksheets/{bank.id}.md)。

```quiz
bank: {bank.id}
```
"""


def render_worksheet_index(quizzes: SiteQuizzes) -> str:
    rows = "\n".join(f"| [{b.title}]({b.id}.md) | {len(b.questions)} | {b.description} |" for b in quizzes.banks)
    return f"""# 纸质练习卷

每个题库都有一份可以打印的练习卷，适合课堂使用：题目在前，**答案与解析另起一页**，
打印时可以选择是否附上答案页（发给学生的卷子不附，老师自己留一份带答案的）。
浏览器里按“打印”按钮（或 Ctrl+P）即可，页面的导航栏和按钮不会被打印。

| 练习卷 | 题数 | 内容 |
|---|---|---|
{rows}
"""
