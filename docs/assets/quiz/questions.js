/* One quiz question in the page: its inputs, reading the learner's response, grading it.
 *
 * create(q, {number, siteRoot, uid}) returns a widget with
 *   el                    the question's DOM (a <section>)
 *   answered()            true when the learner gave a complete response
 *   grade() -> Promise<{ok, correct, note}>   (rewrite questions ask the in-page checker)
 *   lock(), showFeedback(result)
 * Bank text is always inserted with textContent, never as HTML.
 */
import * as client from "../trainer/client.js";
import { criterionLabels, loadKinds } from "../trainer/kinds.js";
import { renderReport } from "../trainer/render.js";

var TYPE_NAMES = { "single": "单选题", "multiple": "多选题", "true-false": "判断题", "diagnose": "诊断题",
  "rewrite": "改写题", "order": "排序题", "tag": "标注题" };
var DIFFICULTY = { 1: "易", 2: "中", 3: "难" };
var LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function shuffled(list) {
  var a = list.slice();
  for (var i = a.length - 1; i > 0; i--) {
    var j = Math.floor(Math.random() * (i + 1));
    var t = a[i]; a[i] = a[j]; a[j] = t;
  }
  return a;
}

function sameList(a, b) {
  if (a.length !== b.length) return false;
  for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function choiceInputs(q, box, type, name, pairs) {
  var list = el("div", "quiz-choices");
  list.setAttribute("role", type === "radio" ? "radiogroup" : "group");
  list.setAttribute("aria-labelledby", name + "-prompt");   // the group is named by its question
  var inputs = [];
  pairs.forEach(function (pair, n) {
    var label = el("label", "quiz-choice");
    var input = el("input");
    input.type = type;
    input.name = name;
    input.value = pair[0];
    label.appendChild(input);
    label.appendChild(el("span", "quiz-choice__letter", LETTERS[n] + "."));
    label.appendChild(el("span", "quiz-choice__text", pair[1]));
    list.appendChild(label);
    inputs.push(input);
  });
  box.appendChild(list);
  return inputs;
}

function checked(inputs) {
  return inputs.filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
}

function labelOf(pairs, key) {
  for (var i = 0; i < pairs.length; i++) if (pairs[i][0] === key) return pairs[i][1];
  return key;
}

function create(q, options) {
  options = options || {};
  var uid = (options.uid || "q") + "-" + q.id;
  var section = el("section", "quiz-q");
  section.setAttribute("data-qid", q.id);
  section.setAttribute("data-type", q.type);
  var head = el("p", "quiz-q__head");
  head.appendChild(el("span", "quiz-q__num", (options.number || "") + ""));
  head.appendChild(el("span", "quiz-q__type", TYPE_NAMES[q.type] || q.type));
  head.appendChild(el("span", "quiz-q__level", "难度：" + (DIFFICULTY[q.difficulty] || q.difficulty)));
  section.appendChild(head);
  var prompt = el("p", "quiz-q__prompt", q.prompt);
  prompt.id = uid + "-prompt";
  section.appendChild(prompt);
  if (q.prompt_en) {
    var en = el("p", "quiz-q__prompt-en", q.prompt_en);
    en.lang = "en";
    section.appendChild(en);
  }
  var body = el("div", "quiz-q__body");
  section.appendChild(body);
  // In the page from the start, empty: a live region that appears and fills in
  // the same step may not be announced. showFeedback() fills it; quiz.js then
  // moves the focus to it (tabindex -1), so keyboard users continue from there.
  var feedback = el("div", "quiz-q__feedback");
  feedback.setAttribute("aria-live", "polite");
  feedback.tabIndex = -1;

  var w = { el: section, q: q, feedbackEl: feedback, locked: false };
  var inputs = [];

  if (q.type === "single" || q.type === "multiple") {
    var pairs = options.shuffle ? shuffled(q.choices) : q.choices;
    inputs = choiceInputs(q, body, q.type === "single" ? "radio" : "checkbox", uid, pairs);
    w.answered = function () { return checked(inputs).length > 0; };
    w.response = function () { return checked(inputs); };
    w.check = function () {
      var want = q.type === "single" ? [q.answer] : q.answer;
      var got = checked(inputs);
      var ok = got.length === want.length && want.every(function (k) { return got.indexOf(k) >= 0; });
      var letters = want.map(function (k) {
        for (var i = 0; i < pairs.length; i++) if (pairs[i][0] === k) return LETTERS[i] + ". " + pairs[i][1];
        return k;
      });
      return { ok: ok, correct: "正确答案：" + letters.join("；") };
    };
  } else if (q.type === "true-false") {
    inputs = choiceInputs(q, body, "radio", uid, [["true", "对"], ["false", "错"]]);
    w.answered = function () { return checked(inputs).length === 1; };
    w.response = function () { return checked(inputs); };
    w.check = function () {
      return { ok: checked(inputs)[0] === String(q.answer), correct: "正确答案：" + (q.answer ? "对" : "错") };
    };
  } else if (q.type === "diagnose") {
    body.appendChild(el("blockquote", "quiz-goal", q.goal));
    body.appendChild(el("p", "quiz-hint", "勾选这个目标不满足的原则（都满足就不勾）："));
    inputs = choiceInputs(q, body, "checkbox", uid, q.criteria.map(function (c) { return [c[0], c[0] + " " + c[1]]; }));
    w.answered = function () { return true; };
    w.response = function () { return checked(inputs); };
    w.check = function () {
      var got = checked(inputs);
      var ok = got.length === q.answer.length && q.answer.every(function (k) { return got.indexOf(k) >= 0; });
      return { ok: ok, correct: q.answer.length ? "不满足的是：" + q.answer.join("、") : "五条都满足" };
    };
  } else if (q.type === "order") {
    var keys = shuffled(q.items.map(function (p) { return p[0]; }));
    if (sameList(keys, q.answer)) keys.push(keys.shift());
    body.appendChild(el("p", "quiz-hint", "用“上移 / 下移”按钮排出正确的顺序："));
    var list = el("ol", "quiz-order");
    body.appendChild(list);
    var move = function (li, delta) {
      if (w.locked) return;
      var items = Array.prototype.slice.call(list.children);
      var i = items.indexOf(li), j = i + delta;
      if (j < 0 || j >= items.length) return;
      if (delta < 0) list.insertBefore(li, items[j]); else list.insertBefore(items[j], li);
      li.querySelector(delta < 0 ? ".quiz-order__up" : ".quiz-order__down").focus();
    };
    keys.forEach(function (k) {
      var li = el("li", "quiz-order__item");
      li.setAttribute("data-key", k);
      li.appendChild(el("span", "quiz-order__text", labelOf(q.items, k)));
      var up = el("button", "quiz-order__up", "↑");
      up.type = "button";
      up.setAttribute("aria-label", "上移：" + labelOf(q.items, k));
      var down = el("button", "quiz-order__down", "↓");
      down.type = "button";
      down.setAttribute("aria-label", "下移：" + labelOf(q.items, k));
      up.addEventListener("click", function () { move(li, -1); });
      down.addEventListener("click", function () { move(li, 1); });
      li.appendChild(up);
      li.appendChild(down);
      list.appendChild(li);
      inputs.push(up, down);
    });
    w.answered = function () { return true; };
    w.response = function () {
      return Array.prototype.map.call(list.children, function (li) { return li.getAttribute("data-key"); });
    };
    w.check = function () {
      return { ok: sameList(w.response(), q.answer),
               correct: "正确顺序：" + q.answer.map(function (k) { return labelOf(q.items, k); }).join(" → ") };
    };
  } else if (q.type === "tag") {
    body.appendChild(el("p", "quiz-hint", "给每一句选一个标签："));
    var rows = el("ol", "quiz-tag");
    body.appendChild(rows);
    q.parts.forEach(function (text, n) {
      var li = el("li", "quiz-tag__row");
      var select = el("select", "quiz-tag__select");
      select.id = uid + "-part-" + n;
      select.appendChild(new Option("请选择", ""));
      q.labels.forEach(function (pair) { select.appendChild(new Option(pair[0] + " " + pair[1], pair[0])); });
      // The label holds the sentence itself, so the dropdown is named by what it tags.
      var label = el("label", "quiz-tag__text");
      label.appendChild(el("span", "gt-sr", "第 " + (n + 1) + " 句："));
      label.appendChild(document.createTextNode(text));
      label.htmlFor = select.id;
      li.appendChild(select);
      li.appendChild(label);
      rows.appendChild(li);
      inputs.push(select);
    });
    w.answered = function () { return inputs.every(function (s) { return s.value !== ""; }); };
    w.response = function () { return inputs.map(function (s) { return s.value; }); };
    w.check = function () {
      var got = w.response();
      var wrong = [];
      q.answer.forEach(function (a, n) {
        var row = inputs[n].parentNode;
        row.classList.toggle("is-wrong", got[n] !== a);
        row.classList.toggle("is-right", got[n] === a);
        if (got[n] !== a) wrong.push(n + 1);
      });
      return { ok: wrong.length === 0,
               correct: "正确标注：" + q.answer.map(function (a, n) { return (n + 1) + "." + a; }).join("  ") +
                 (wrong.length ? "（第 " + wrong.join("、") + " 句标错了）" : "") };
    };
  } else if (q.type === "rewrite") {
    body.appendChild(el("blockquote", "quiz-goal", q.goal));
    var area = el("textarea", "quiz-rewrite__input");
    area.rows = 3;
    area.id = uid + "-rewrite";
    area.setAttribute("spellcheck", "false");
    var lab = el("label", "quiz-hint", "你的改写（检查器会判定 " + q.criteria.join("、") + " 是否都通过）：");
    lab.htmlFor = area.id;
    body.appendChild(lab);
    body.appendChild(area);
    var report = el("div", "quiz-rewrite__report");
    inputs.push(area);
    w.reportEl = report;
    w.answered = function () { return area.value.trim() !== ""; };
    w.response = function () { return area.value; };
    w.gradeAsync = function () {
      var text = area.value.trim();
      var payload = { text: text };
      if (q.role) payload.role = q.role;
      if (q.today) payload.today = q.today;
      var kind = q.kind || "goal";
      return Promise.all([client.run(kind, payload), loadKinds().catch(function () { return null; })]).then(function (all) {
        var rep = all[0];
        if (!rep || rep.error) {
          var msg = rep && rep.error ? rep.error.message : "检查器没有返回结果";
          return { ok: false, unavailable: true, correct: "检查器出错：" + msg + "。参考改写：" + q.sample };
        }
        try { renderReport(rep, report, { text: text, names: criterionLabels(all[1], kind) }); }
        catch (e) { report.textContent = "（无法显示检查器的详细反馈）"; }
        var crit = rep.criteria || {};
        var status = q.criteria.map(function (c) { return c + (crit[c] && crit[c].status === "pass" ? " ✓" : " ✗"); });
        var ok = q.criteria.every(function (c) { return crit[c] && crit[c].status === "pass"; });
        return { ok: ok, report: rep,
                 correct: "检查器判定：" + status.join("　") + "。参考改写：" + q.sample };
      }, function (err) {
        return { ok: false, unavailable: true,
                 correct: "检查器没能完成评分（" + ((err && err.message) || err) + "）。参考改写：" + q.sample };
      });
    };
  }

  section.appendChild(feedback);
  if (w.reportEl) section.appendChild(w.reportEl);

  w.grade = function () {
    if (w.gradeAsync) return w.gradeAsync();
    return Promise.resolve(w.check());
  };
  w.lock = function () {
    w.locked = true;
    inputs.forEach(function (i) { i.disabled = true; });
    section.classList.add("is-locked");
  };
  w.unlock = function () {
    w.locked = false;
    inputs.forEach(function (i) { i.disabled = false; });
    section.classList.remove("is-locked");
  };
  w.showFeedback = function (result, unanswered) {
    while (feedback.firstChild) feedback.removeChild(feedback.firstChild);
    section.classList.toggle("is-right", !!result.ok);
    section.classList.toggle("is-wrong", !result.ok);
    var verdict = result.unavailable && !unanswered
      ? el("p", "quiz-verdict quiz-verdict--pending", "⚠ 未能评分")
      : el("p", "quiz-verdict " + (result.ok ? "quiz-verdict--right" : "quiz-verdict--wrong"),
        unanswered ? "✗ 未作答" : result.ok ? "✓ 回答正确" : "✗ 回答错误");
    feedback.appendChild(verdict);
    if (!result.ok || q.type === "rewrite") feedback.appendChild(el("p", "quiz-correct", result.correct));
    feedback.appendChild(el("p", "quiz-explanation", q.explanation));
    if (q.explanation_en) {
      var en = el("p", "quiz-explanation-en", q.explanation_en);
      en.lang = "en";
      feedback.appendChild(en);
    }
    var source = el("p", "quiz-source", "出处：");
    var link = el("a", null, q.cite || "课程页");
    link.href = new URL(q.url, options.siteRoot || location.href).href;
    source.appendChild(link);
    feedback.appendChild(source);
  };
  return w;
}

export { create, shuffled, TYPE_NAMES, el };
