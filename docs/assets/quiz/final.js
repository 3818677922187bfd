/* The final test (docs/quiz/final.md): a set drawn afresh for every attempt, the same
 * number from every bank (data-per-bank), graded as the site grades (the same question
 * widgets; rewrites by the in-page checker), passed at data-pass percent. The attempt is
 * saved with the store (best and last, score per bank, date) for the progress page, and
 * announced to the page as a "smart-trainer:final-test" event (the SCORM runtime,
 * assets/lms/, reports it to an LMS). A passed attempt gives a completion summary the
 * learner prints: the name is typed into the page and kept nowhere.
 */
import * as Q from "./questions.js";
import * as P from "./quiz.js";
import { store as S } from "./store.js";

var el = Q.el;
var EVENT = "smart-trainer:final-test";

/* [{bank: {id, title}, ids: [...]}]: perBank random questions of every bank (all of a smaller bank). */
export function draw(data, perBank) {
  return data.banks.map(function (bank) {
    var ids = bank.questions.filter(function (id) { return !!data.questions[id]; });
    return { bank: { id: bank.id, title: bank.title }, ids: Q.shuffled(ids).slice(0, perBank) };
  }).filter(function (part) { return part.ids.length > 0; });
}

/* The attempt from the drawn parts and the graded results (in the same order). */
export function score(parts, results, passMark, date) {
  var n = 0, right = 0;
  var areas = parts.map(function (part) {
    var r = 0;
    part.ids.forEach(function () { if (results[n++].ok) r++; });
    right += r;
    return { id: part.bank.id, title: part.bank.title, right: r, total: part.ids.length };
  });
  var total = n;
  return { date: date, right: right, total: total, percent: total ? Math.round(100 * right / total) : 0,
           passed: total > 0 && right * 100 >= passMark * total, passMark: passMark, areas: areas };
}

function localDate(d) {
  function two(x) { return (x < 10 ? "0" : "") + x; }
  return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
}

function dateText(iso) {
  var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? (+m[1]) + " 年 " + (+m[2]) + " 月 " + (+m[3]) + " 日" : iso;
}

function verdictText(a) {
  return a.percent + " 分（" + a.right + " / " + a.total + " 题），" + (a.passed ? "通过" : "未通过");
}

function areaTable(attempt, className) {
  var table = el("table", className);
  var head = el("tr");
  ["部分", "答对", "得分率"].forEach(function (h) { head.appendChild(el("th", null, h)); });
  var thead = el("thead");
  thead.appendChild(head);
  table.appendChild(thead);
  var body = el("tbody");
  attempt.areas.forEach(function (a) {
    var tr = el("tr");
    tr.setAttribute("data-area", a.id);
    tr.appendChild(el("td", null, a.title || a.id));
    tr.appendChild(el("td", null, a.right + " / " + a.total));
    tr.appendChild(el("td", null, (a.total ? Math.round(100 * a.right / a.total) : 0) + "%"));
    body.appendChild(tr);
  });
  table.appendChild(body);
  return table;
}

function Final(box, data) {
  this.box = box;
  this.data = data;
  this.perBank = Math.max(1, parseInt(box.getAttribute("data-per-bank"), 10) || 2);
  this.passMark = Math.min(100, Math.max(1, parseInt(box.getAttribute("data-pass"), 10) || 80));
  this.course = box.getAttribute("data-course") || document.title;
  this.showIntro();
}

Final.prototype.clear = function () {
  while (this.box.firstChild) this.box.removeChild(this.box.firstChild);
  this.box.removeAttribute("data-finished");
  P.noticeArea(this.box);
};

Final.prototype.showIntro = function () {
  var self = this, box = this.box;
  this.clear();
  var banks = this.data.banks.filter(function (b) { return b.questions.some(function (id) { return self.data.questions[id]; }); });
  var count = banks.reduce(function (n, b) { return n + Math.min(self.perBank, b.questions.length); }, 0);
  box.appendChild(el("p", "quiz-final__intro", "本次测验共 " + count + " 题：从 " + banks.length + " 个题库中各随机抽 " +
    this.perBank + " 题（" + banks.map(function (b) { return b.title; }).join("、") + "）。满分 100 分，" +
    this.passMark + " 分及格。每次开始都重新抽题。"));
  var rec = S.final();
  if (rec) {
    box.appendChild(el("p", "quiz-final__last", "上一次：" + verdictText(rec.last) + "，" + dateText(rec.last.date) +
      "。最好成绩：" + verdictText(rec.best) + "。共考了 " + rec.attempts + " 次。"));
  }
  var start = el("button", "md-button md-button--primary quiz-final__start", rec ? "再考一次" : "开始结业测验");
  start.type = "button";
  start.addEventListener("click", function () { self.run(); });
  box.appendChild(start);
  if (rec && rec.best.passed) this.summary(rec.best);
  box.setAttribute("data-ready", "true");
};

Final.prototype.run = function () {
  var self = this, box = this.box;
  this.clear();
  var parts = draw(this.data, this.perBank);
  var widgets = [];
  var total = parts.reduce(function (n, p) { return n + p.ids.length; }, 0);
  box.appendChild(el("p", "quiz-title", "结业测验：共 " + total + " 题，全部答完后交卷，" + this.passMark + " 分及格"));
  parts.forEach(function (part) {
    var group = el("section", "quiz-final__part");
    group.setAttribute("data-bank", part.bank.id);
    group.appendChild(el("h2", "quiz-final__area", part.bank.title));
    part.ids.forEach(function (id) {
      var w = Q.create(self.data.questions[id], { number: widgets.length + 1, siteRoot: S.root, uid: "final" });
      group.appendChild(w.el);
      widgets.push(w);
    });
    box.appendChild(group);
  });
  var msg = el("p", "quiz-final__msg");
  msg.setAttribute("role", "alert");
  var submit = el("button", "md-button md-button--primary quiz-final__submit", "交卷");
  submit.type = "button";
  var result = el("div", "quiz-final__result");
  result.tabIndex = -1;   // the focus goes here once the test is graded
  box.appendChild(submit);
  box.appendChild(msg);
  box.appendChild(result);
  box.setAttribute("data-running", "true");
  var confirmed = false;
  submit.addEventListener("click", function () {
    if (submit.getAttribute("aria-disabled") === "true") return;
    var open = [];
    widgets.forEach(function (w, i) { if (!w.answered()) open.push(i + 1); });
    if (open.length && !confirmed) {
      confirmed = true;
      msg.textContent = "还有 " + open.length + " 题没有作答（第 " + open.join("、") + " 题），未作答的题按答错计分。" +
        "确定要交卷，请再点一次“交卷”。";
      return;
    }
    self.grade(parts, widgets, submit, msg, result);
  });
};

Final.prototype.grade = function (parts, widgets, submit, msg, result) {
  var self = this;
  submit.setAttribute("aria-disabled", "true");   // not disabled: the focus stays on it
  msg.textContent = "正在评分……";
  widgets.forEach(function (w) { w.lock(); });
  Promise.all(widgets.map(function (w) {
    if (!w.answered()) return Promise.resolve({ ok: false, unanswered: true, correct: w.check ? w.check().correct : "参考改写：" + w.q.sample });
    return w.grade();
  })).then(function (results) {
    var failed = [];
    results.forEach(function (r, i) { if (r.unavailable && !r.unanswered) failed.push(i + 1); });
    if (failed.length) {   // a test is graded whole or not at all: keep every answer and let the learner retry
      widgets.forEach(function (w) { w.unlock(); });
      submit.removeAttribute("aria-disabled");
      msg.textContent = "检查器暂时没能给第 " + failed.join("、") + " 题（改写题）评分，所以这次没有计分。你的答案都还在，" +
        "请稍等片刻再点“交卷”。";
      return;
    }
    msg.textContent = "";
    results.forEach(function (r, i) {
      widgets[i].showFeedback(r, r.unanswered);
      S.recordQuestion(widgets[i].q.id, r.ok, widgets[i].q.bank);
    });
    var attempt = score(parts, results, self.passMark, localDate(new Date()));
    var rec = S.recordFinal(attempt);
    S.recordQuiz("final", { title: "结业测验", url: location.pathname }, attempt.right, attempt.total);
    submit.hidden = true;
    self.box.removeAttribute("data-running");
    self.showResult(result, attempt, rec);
    document.dispatchEvent(new CustomEvent(EVENT, { detail: { attempt: attempt, best: rec.best } }));
  });
};

Final.prototype.showResult = function (result, attempt, rec) {
  var self = this;
  result.appendChild(el("h2", "quiz-final__heading", "成绩"));
  var verdict = el("p", "quiz-score quiz-final__verdict " + (attempt.passed ? "is-passed" : "is-failed"),
    "本次成绩：" + verdictText(attempt) + "（及格线 " + attempt.passMark + " 分）");
  result.appendChild(verdict);
  result.appendChild(areaTable(attempt, "quiz-final__areas"));
  result.appendChild(el("p", "quiz-best", attempt.passed
    ? "恭喜通过！下面可以打印结业证明；每道题的解析在上面。"
    : "还差一点。看看上面每道题的解析，回到得分低的部分复习后再考一次。"));
  var again = el("button", "md-button quiz-final__again", "再考一次（重新抽题）");
  again.type = "button";
  again.addEventListener("click", function () { self.showIntro(); window.scrollTo(0, self.box.offsetTop); });
  result.appendChild(again);
  this.box.setAttribute("data-finished", "true");
  this.box.setAttribute("data-percent", attempt.percent);
  this.box.setAttribute("data-passed", attempt.passed ? "true" : "false");
  if (rec.best.passed) this.summary(rec.best);
  result.focus();
};

/* The completion summary: what the learner prints (print CSS in quiz.css shows only the sheet). */
Final.prototype.summary = function (attempt) {
  var self = this;
  var section = el("section", "quiz-final__summary");
  section.id = "summary";
  section.setAttribute("aria-labelledby", "final-summary-title");
  var h = el("h2", null, "结业证明");
  h.id = "final-summary-title";
  section.appendChild(h);
  var form = el("p", "quiz-final__name-row");
  var label = el("label", null, "你的姓名：");
  var input = el("input", "quiz-final__name");
  input.type = "text";
  input.id = "final-name";
  input.maxLength = 40;
  input.autocomplete = "name";
  label.htmlFor = input.id;
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(el("span", "quiz-final__privacy", "姓名只显示在这一页上，不保存、不上传；打印完关掉页面就没有了。"));
  section.appendChild(form);

  var sheet = el("div", "quiz-final__sheet");
  sheet.appendChild(el("p", "quiz-final__course", self.course));
  sheet.appendChild(el("p", "quiz-final__sheet-title", "结业证明"));
  var who = el("p", "quiz-final__who");
  who.appendChild(document.createTextNode("学员："));
  var name = el("span", "quiz-final__name-out", "＿＿＿＿＿＿＿＿");
  who.appendChild(name);
  sheet.appendChild(who);
  sheet.appendChild(el("p", "quiz-final__line", "已学完本课程，并通过结业测验。"));
  sheet.appendChild(el("p", "quiz-final__line quiz-final__score-line",
    "结业测验成绩：" + attempt.percent + " 分（答对 " + attempt.right + " / " + attempt.total + " 题，及格线 " +
    (attempt.passMark || self.passMark) + " 分）"));
  sheet.appendChild(el("p", "quiz-final__line quiz-final__date", "测验日期：" + dateText(attempt.date)));
  sheet.appendChild(areaTable(attempt, "quiz-final__sheet-areas"));
  sheet.appendChild(el("p", "quiz-final__note", "本证明由学员在自己的浏览器中生成，成绩记录只保存在学员的浏览器里。"));
  section.appendChild(sheet);
  input.addEventListener("input", function () {
    var v = input.value.trim();
    name.textContent = v || "＿＿＿＿＿＿＿＿";
  });
  var print = el("button", "md-button md-button--primary quiz-final__print", "打印结业证明");
  print.type = "button";
  print.addEventListener("click", function () { window.print(); });
  section.appendChild(print);
  var old = this.box.querySelector(".quiz-final__summary");
  if (old) old.remove();
  this.box.appendChild(section);
};

// Mount the final test (.quiz-final); main.js calls this.
export function mount(box) {
  S.questions().then(function (data) { new Final(box, data); }, function (err) {
    box.textContent = "题目数据加载失败（" + (err && err.message || err) + "），请刷新页面重试。";
  });
}
