/* Renders any checker report (goal, plan, STAR) into a container, with DOM
 * calls only: learner text and checker output are set with textContent, never
 * parsed as HTML, so a goal like <img src=x onerror=...> shows as typed.
 * Used through GoalTrainer.render(report, container, {text}).
 *
 * Loaded in the head of every page, before the other trainer scripts, so it
 * also gives them the small DOM helpers they share (window.GoalTrainerDom).
 */
(function () {
  "use strict";

  // Criterion names by report kind; a criterion's own `name` wins.
  var CRITERION_NAMES = {
    smart: { S: "具体 Specific", M: "可衡量 Measurable", A: "可实现 Attainable", R: "相关 Relevant", T: "有时限 Time-bound" },
    star: { S: "情境 Situation", T: "任务 Task", A: "行动 Action", R: "结果 Result" },
  };
  var FACT_LABELS = {
    sentences: "句子", measures: "衡量", questions: "可以追问", parts: "各部分", actions: "行动",
    today: "参考日期", role: "岗位", lang: "语言",
  };
  // Icon + word: a status never relies on colour alone.
  var STATUS = {
    pass: { icon: "✓", word: "通过" },
    warn: { icon: "!", word: "注意" },
    fail: { icon: "✗", word: "未通过" },
    unknown: { icon: "?", word: "待确认" },
  };
  var LEVELS = { error: "错误", warning: "警告", info: "提示" };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function empty(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function statusOf(value) {
    return STATUS[value] ? value : "unknown";
  }

  // A status as icon + word (the icon is hidden from screen readers).
  function statusBadge(value) {
    var st = statusOf(value);
    var badge = el("span", "gt-status gt-status--" + st);
    var icon = el("span", "gt-status__icon", STATUS[st].icon);
    icon.setAttribute("aria-hidden", "true");
    badge.appendChild(icon);
    badge.appendChild(el("span", "gt-status__word", STATUS[st].word));
    return badge;
  }

  function renderError(error, container) {
    var box = el("div", "gt-message gt-message--error");
    box.setAttribute("role", "alert");
    box.appendChild(el("strong", null, "无法检查："));
    // Checker errors carry a Chinese message too; the site is Chinese first.
    box.appendChild(document.createTextNode(String(error.message_zh || error.message || error.code || "未知错误")));
    container.appendChild(box);
  }

  function renderVerdict(report, container) {
    if (!report.verdict && report.score === undefined) return;
    var pass = report.verdict === "pass";
    var line = el("p", "gt-verdict gt-verdict--" + (pass ? "pass" : "revise"));
    line.appendChild(el("span", "gt-verdict__icon", pass ? "✓" : "✎"));
    line.appendChild(document.createTextNode(pass ? " 这个目标符合 SMART 的要求" : " 这个目标还需要修改"));
    if (typeof report.score === "number") line.appendChild(el("span", "gt-verdict__score", "得分 " + report.score));
    container.appendChild(line);
  }

  function renderCriteria(criteria, container, kind) {
    var names = CRITERION_NAMES[kind] || CRITERION_NAMES.smart;
    var keys = Object.keys(criteria || {});
    if (!keys.length) return;
    var list = el("ul", "gt-cards");
    list.setAttribute("aria-label", "各项标准的结果");
    keys.forEach(function (key) {
      var item = criteria[key] || {};
      var st = statusOf(item.status);
      var card = el("li", "gt-card gt-card--" + st);
      card.setAttribute("data-criterion", key);
      card.setAttribute("data-status", st);
      var head = el("div", "gt-card__head");
      head.appendChild(el("span", "gt-card__letter", key.length <= 2 ? key : ""));
      head.appendChild(el("span", "gt-card__name", item.name || names[key] || key));
      head.appendChild(statusBadge(st));
      card.appendChild(head);
      if (item.summary) card.appendChild(el("p", "gt-card__summary", item.summary));
      list.appendChild(card);
    });
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
    var chars = Array.from(text);
    var marked = findings.map(function (f, i) { return { f: f, n: i + 1 }; })
      .filter(function (x) { return validSpan(x.f.span, chars.length); });
    var mirror = el("p", "gt-mirror");
    mirror.setAttribute("aria-label", "你的目标（标出的是各条反馈所指的词）");
    var cuts = [0, chars.length];
    marked.forEach(function (x) { cuts.push(x.f.span[0], x.f.span[1]); });
    cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var piece = chars.slice(a, b).join("");
      var covering = marked.filter(function (x) { return x.f.span[0] <= a && b <= x.f.span[1]; });
      if (!covering.length) { mirror.appendChild(document.createTextNode(piece)); continue; }
      var worst = covering.some(function (x) { return x.f.level === "error"; }) ? "error"
        : covering.some(function (x) { return x.f.level === "warning"; }) ? "warning" : "info";
      var mark = el("mark", "gt-mark gt-mark--" + worst, piece);
      mark.setAttribute("data-findings", covering.map(function (x) { return x.n; }).join(" "));
      mark.setAttribute("data-rules", covering.map(function (x) { return x.f.rule; }).join(" "));
      mark.title = covering.map(function (x) { return x.n + ". " + (x.f.message || x.f.rule); }).join("\n");
      mirror.appendChild(mark);
      var last = covering[covering.length - 1];
      if (b === last.f.span[1]) {
        covering.filter(function (x) { return x.f.span[1] === b; }).forEach(function (x) {
          var ref = el("sup", "gt-mark__ref", x.n);
          ref.setAttribute("aria-label", "反馈 " + x.n);
          mirror.appendChild(ref);
        });
      }
    }
    container.appendChild(mirror);
  }

  function renderFindings(findings, container, siteRoot) {
    if (!findings.length) return;
    var list = el("ol", "gt-findings");
    list.setAttribute("aria-label", "逐条反馈");
    findings.forEach(function (f) {
      var level = LEVELS[f.level] ? f.level : "info";
      var item = el("li", "gt-finding gt-finding--" + level);
      item.setAttribute("data-rule", f.rule || "");
      var head = el("div", "gt-finding__head");
      head.appendChild(el("span", "gt-level gt-level--" + level, LEVELS[level]));
      if (f.criterion) head.appendChild(el("span", "gt-finding__criterion", f.criterion));
      if (f.rule) {
        var rule = f.doc ? el("a", "gt-finding__rule", f.rule) : el("code", "gt-finding__rule", f.rule);
        if (f.doc && /^[a-z0-9\-\/]+$/i.test(f.doc)) rule.href = new URL(f.doc, siteRoot).href;
        if (f.doc) rule.title = "查看规则说明：" + f.rule;
        head.appendChild(rule);
      }
      item.appendChild(head);
      if (f.message) item.appendChild(el("p", "gt-finding__message", f.message));
      if (f.suggestion) {
        var tip = el("p", "gt-finding__suggestion");
        tip.appendChild(el("strong", null, "建议："));
        tip.appendChild(document.createTextNode(String(f.suggestion)));
        item.appendChild(tip);
      }
      list.appendChild(item);
    });
    container.appendChild(list);
  }

  function factLine(label, value) {
    var row = el("li", "gt-fact");
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
    return Object.keys(item).map(function (k) { return k + " " + describe(item[k]); }).join(" · ");
  }

  function renderFacts(facts, container) {
    if (!facts || typeof facts !== "object") return;
    var list = el("ul", "gt-facts");
    var d = facts.deadline;
    if (d) list.appendChild(factLine("截止时间", d.date ? d.text + " → " + d.date : describe(d)));
    (facts.metrics || []).forEach(function (m) { list.appendChild(factLine("衡量标准", describe(m))); });
    (facts.changes || []).forEach(function (c) {
      var arrow = (c.from !== undefined && c.to !== undefined)
        ? c.from + (c.unit || "") + " → " + c.to + (c.unit || "") : describe(c);
      list.appendChild(factLine("变化", c.text && c.text !== arrow ? c.text + "（" + arrow + "）" : arrow));
    });
    Object.keys(facts).forEach(function (key) {
      if (key === "deadline" || key === "metrics" || key === "changes" || key === "role_name") return;
      var value = key === "role" && facts.role_name ? facts.role_name : facts[key];
      (Array.isArray(value) ? value : [value]).forEach(function (v) {
        if (v !== null && v !== undefined && v !== "") list.appendChild(factLine(FACT_LABELS[key] || key, describe(v)));
      });
    });
    if (!list.children.length) return;
    var box = el("div", "gt-facts-box");
    box.appendChild(el("h4", "gt-facts__title", "检查器读懂了什么"));
    box.appendChild(list);
    container.appendChild(box);
  }

  window.GoalTrainerRender = function (report, container, options, siteRoot) {
    empty(container);
    if (!report || typeof report !== "object") {
      renderError({ message: "检查器没有返回结果" }, container);
      return container;
    }
    if (report.error) { renderError(report.error, container); return container; }
    var findings = Array.isArray(report.findings) ? report.findings : [];
    // Spans index report.text; options.text is for report shapes without one.
    var text = typeof report.text === "string" ? report.text : (typeof options.text === "string" ? options.text : "");
    renderVerdict(report, container);
    renderCriteria(report.criteria, container, report.kind);
    renderMirror(text, findings, container);
    renderFindings(findings, container, siteRoot);
    renderFacts(report.facts, container);
    return container;
  };
  // The loading / error line every checker widget shows above its results:
  // a progress bar while Pyodide loads, the reason and a retry button on error.
  window.GoalTrainerStatus = function (box, s, retry) {
    empty(box);
    box.setAttribute("data-state", s.state);
    if (s.state === "ready") { box.hidden = true; return; }
    box.hidden = false;
    if (s.state === "loading") {
      var bar = el("progress", "gt-progress");
      bar.max = 1;
      bar.value = s.progress || 0;
      bar.setAttribute("aria-label", "检查器加载进度");
      box.appendChild(bar);
      box.appendChild(el("span", "gt-status__text", (s.message || "正在加载检查器…") +
        "（首次加载约需数秒，可以先写，准备好后会自动检查）"));
    } else {
      box.appendChild(el("span", "gt-status__text gt-status__text--error", s.message || "检查器出错了。"));
      if (s.code !== "unsupported" && retry) {
        var button = el("button", "md-button gt-retry", "重试");
        button.type = "button";
        button.addEventListener("click", retry);
        box.appendChild(button);
      }
    }
  };
  // For plan.js, star.js and widgets.js: one copy of the helpers they all use.
  window.GoalTrainerDom = { el: el, empty: empty, statusBadge: statusBadge };
})();
