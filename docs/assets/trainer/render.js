// Renders any checker report (goal, plan, STAR) into a container, with DOM
// calls only: learner text and checker output are set with textContent,
// never parsed as HTML, so a goal like <img src=x onerror=...> shows as typed.
//
//   renderReport(report, container, options)
//     options.names      {criterion key: label}, e.g. criterionLabels(kinds, "goal") (kinds.js);
//                        a key missing here falls back to the report's own name
//     options.verdict    {pass, revise}: the verdict line's words for this kind of check
//     options.facts      the facts to list (default report.facts); a page that
//                        shows some facts its own way passes the rest
//     options.factsTitle the heading of the facts box
//     options.text       the text spans point into, for report shapes without one
//   renderStatus(box, status, retry)  the loading / error line above the results
//   renderError(error, container)
import { el, empty, srText, statusBadge, statusOf } from "./dom.js";
import { siteRoot } from "./site.js";

const FACT_LABELS = {
  sentences: "句子", measures: "衡量", questions: "可以追问", parts: "各部分", actions: "行动",
  today: "参考日期", role: "岗位", lang: "语言",
};
const LEVELS = { error: "错误", warning: "警告", info: "提示" };
const VERDICT = { pass: "这个目标符合 SMART 的要求", revise: "这个目标还需要修改" };

export function renderError(error, container) {
  const box = el("div", "gt-message gt-message--error");
  box.setAttribute("role", "alert");
  box.appendChild(el("strong", null, "无法检查："));
  // Checker errors carry a Chinese message too; the site is Chinese first.
  box.appendChild(document.createTextNode(String(error.message_zh || error.message || error.code || "未知错误")));
  container.appendChild(box);
}

function renderVerdict(report, container, words) {
  if (!report.verdict && report.score === undefined) return;
  const pass = report.verdict === "pass";
  const line = el("p", "gt-verdict gt-verdict--" + (pass ? "pass" : "revise"));
  const icon = el("span", "gt-verdict__icon", pass ? "✓" : "✎");
  icon.setAttribute("aria-hidden", "true");
  line.appendChild(icon);
  line.appendChild(el("span", "gt-verdict__text", pass ? words.pass : words.revise));
  if (typeof report.score === "number") line.appendChild(el("span", "gt-verdict__score", "得分 " + report.score));
  container.appendChild(line);
}

function renderCriteria(criteria, container, names) {
  const keys = Object.keys(criteria || {});
  if (!keys.length) return;
  const list = el("ul", "gt-cards");
  list.setAttribute("aria-label", "各项标准的结果");
  for (const key of keys) {
    const item = criteria[key] || {};
    const st = statusOf(item.status);
    const card = el("li", "gt-card gt-card--" + st);
    card.setAttribute("data-criterion", key);
    card.setAttribute("data-status", st);
    const head = el("div", "gt-card__head");
    const letter = el("span", "gt-card__letter", key.length <= 2 ? key : "");
    letter.setAttribute("aria-hidden", "true");
    head.appendChild(letter);
    head.appendChild(el("span", "gt-card__name", names[key] || item.name || key));
    head.appendChild(statusBadge(st));
    card.appendChild(head);
    if (item.summary) card.appendChild(el("p", "gt-card__summary", item.summary));
    list.appendChild(card);
  }
  container.appendChild(list);
}

function validSpan(span, length) {
  return Array.isArray(span) && span.length === 2 &&
    Number.isInteger(span[0]) && Number.isInteger(span[1]) &&
    span[0] >= 0 && span[0] < span[1] && span[1] <= length;
}

// Spans are Python string indices (code points); JS strings index UTF-16
// units, so work on an array of code points.
function renderMirror(text, findings, container) {
  if (!text) return;
  const chars = Array.from(text);
  const marked = findings.map((f, i) => ({ f, n: i + 1 })).filter((x) => validSpan(x.f.span, chars.length));
  const mirror = el("div", "gt-mirror");
  mirror.setAttribute("role", "group");
  mirror.setAttribute("aria-label", "你的目标（标出的是各条反馈所指的词）");
  let cuts = [0, chars.length];
  for (const x of marked) cuts.push(x.f.span[0], x.f.span[1]);
  cuts = [...new Set(cuts)].sort((a, b) => a - b);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i], b = cuts[i + 1];
    const piece = chars.slice(a, b).join("");
    const covering = marked.filter((x) => x.f.span[0] <= a && b <= x.f.span[1]);
    if (!covering.length) { mirror.appendChild(document.createTextNode(piece)); continue; }
    const worst = covering.some((x) => x.f.level === "error") ? "error"
      : covering.some((x) => x.f.level === "warning") ? "warning" : "info";
    const mark = el("mark", "gt-mark gt-mark--" + worst, piece);
    mark.setAttribute("data-findings", covering.map((x) => x.n).join(" "));
    mark.setAttribute("data-rules", covering.map((x) => x.f.rule).join(" "));
    mark.title = covering.map((x) => x.n + ". " + (x.f.message || x.f.rule)).join("\n");
    mirror.appendChild(mark);
    const last = covering[covering.length - 1];
    if (b === last.f.span[1]) {
      for (const x of covering.filter((y) => y.f.span[1] === b)) {
        const ref = el("sup", "gt-mark__ref");
        ref.appendChild(srText("反馈 "));
        ref.appendChild(document.createTextNode(String(x.n)));
        mirror.appendChild(ref);
      }
    }
  }
  container.appendChild(mirror);
}

function renderFindings(findings, container) {
  if (!findings.length) return;
  const list = el("ol", "gt-findings");
  list.setAttribute("aria-label", "逐条反馈");
  for (const f of findings) {
    const level = LEVELS[f.level] ? f.level : "info";
    const item = el("li", "gt-finding gt-finding--" + level);
    item.setAttribute("data-rule", f.rule || "");
    const head = el("div", "gt-finding__head");
    head.appendChild(el("span", "gt-level gt-level--" + level, LEVELS[level]));
    if (f.criterion) head.appendChild(el("span", "gt-finding__criterion", f.criterion));
    if (f.rule) {
      const rule = f.doc ? el("a", "gt-finding__rule", f.rule) : el("code", "gt-finding__rule", f.rule);
      if (f.doc && /^[a-z0-9\-\/]+$/i.test(f.doc)) rule.href = new URL(f.doc, siteRoot).href;
      if (f.doc) rule.title = "查看规则说明：" + f.rule;
      head.appendChild(rule);
    }
    item.appendChild(head);
    if (f.message) item.appendChild(el("p", "gt-finding__message", f.message));
    if (f.suggestion) {
      const tip = el("p", "gt-finding__suggestion");
      tip.appendChild(el("strong", null, "建议："));
      tip.appendChild(document.createTextNode(String(f.suggestion)));
      item.appendChild(tip);
    }
    list.appendChild(item);
  }
  container.appendChild(list);
}

function factLine(label, value) {
  const row = el("li", "gt-fact");
  row.appendChild(el("span", "gt-fact__label", label));
  row.appendChild(el("span", "gt-fact__value", value));
  return row;
}

function describe(item) {
  if (item === null || item === undefined) return "";
  if (typeof item !== "object") return String(item);
  if (Array.isArray(item)) return item.map(describe).join("、");
  if (item.question) return String(item.question);
  if (item.text) return (item.label ? "[" + item.label + "] " : "") + String(item.text);
  return Object.keys(item).map((k) => k + " " + describe(item[k])).join(" · ");
}

function renderFacts(facts, container, title) {
  if (!facts || typeof facts !== "object") return;
  const list = el("ul", "gt-facts");
  const d = facts.deadline;
  if (d) list.appendChild(factLine("截止时间", d.date ? d.text + " → " + d.date : describe(d)));
  for (const m of facts.metrics || []) list.appendChild(factLine("衡量标准", describe(m)));
  for (const c of facts.changes || []) {
    const arrow = (c.from !== undefined && c.to !== undefined)
      ? c.from + (c.unit || "") + " → " + c.to + (c.unit || "") : describe(c);
    list.appendChild(factLine("变化", c.text && c.text !== arrow ? c.text + "（" + arrow + "）" : arrow));
  }
  for (const key of Object.keys(facts)) {
    if (key === "deadline" || key === "metrics" || key === "changes" || key === "role_name") continue;
    const value = key === "role" && facts.role_name ? facts.role_name : facts[key];
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== null && v !== undefined && v !== "") list.appendChild(factLine(FACT_LABELS[key] || key, describe(v)));
    }
  }
  if (!list.children.length) return;
  const box = el("div", "gt-facts-box");
  // Not a heading: the results sit inside pages whose heading levels vary.
  const caption = el("p", "gt-facts__title", title);
  caption.id = "gt-facts-" + Math.random().toString(36).slice(2, 10);
  list.setAttribute("aria-labelledby", caption.id);
  box.appendChild(caption);
  box.appendChild(list);
  container.appendChild(box);
}

export function renderReport(report, container, options = {}) {
  empty(container);
  if (!report || typeof report !== "object") {
    renderError({ message: "检查器没有返回结果" }, container);
    return container;
  }
  if (report.error) { renderError(report.error, container); return container; }
  const findings = Array.isArray(report.findings) ? report.findings : [];
  // Spans index report.text; options.text is for report shapes without one.
  const text = typeof report.text === "string" ? report.text : (typeof options.text === "string" ? options.text : "");
  renderVerdict(report, container, options.verdict || VERDICT);
  renderCriteria(report.criteria, container, options.names || {});
  renderMirror(text, findings, container);
  renderFindings(findings, container);
  renderFacts(options.facts !== undefined ? options.facts : report.facts, container,
              options.factsTitle || "检查器读懂了什么");
  return container;
}

// The loading / error line every checker widget shows above its results:
// a progress bar while Pyodide loads, the reason and a retry button on error.
export function renderStatus(box, s, retry) {
  empty(box);
  box.setAttribute("data-state", s.state);
  if (s.state === "ready") { box.hidden = true; return; }
  box.hidden = false;
  if (s.state === "loading") {
    const bar = el("progress", "gt-progress");
    bar.max = 1;
    bar.value = s.progress || 0;
    bar.setAttribute("aria-label", "检查器加载进度");
    box.appendChild(bar);
    box.appendChild(el("span", "gt-status__text", (s.message || "正在加载检查器…") +
      "（首次加载约需数秒，可以先写，准备好后会自动检查）"));
  } else {
    box.appendChild(el("span", "gt-status__text gt-status__text--error", s.message || "检查器出错了。"));
    if (s.code !== "unsupported" && retry) {
      const button = el("button", "md-button gt-retry", "重试");
      button.type = "button";
      button.addEventListener("click", retry);
      box.appendChild(button);
    }
  }
}
