/* Practice-test mode (docs/quiz/practice.md): the learner picks tags and a number of
 * questions, answers them all without feedback, then hands in and sees the score with
 * every explanation at the end. The result is saved like any quiz ("practice:<tags>").
 */
import * as Q from "./questions.js";
import * as P from "./quiz.js";
import { store as S } from "./store.js";

var el = Q.el;

function Practice(box, data) {
  this.box = box;
  this.data = data;
  this.showForm();
}

Practice.prototype.showForm = function () {
  var self = this, box = this.box, data = this.data;
  while (box.firstChild) box.removeChild(box.firstChild);
  P.noticeArea(box);
  var form = el("form", "quiz-practice__form");
  form.noValidate = true;   // our own message in Chinese instead of the browser bubble
  var fs = el("fieldset");
  fs.appendChild(el("legend", null, "1. 选择要练的内容（可多选，不选就是全部）"));
  var counts = {};
  Object.keys(data.questions).forEach(function (id) {
    data.questions[id].tags.forEach(function (t) { counts[t] = (counts[t] || 0) + 1; });
  });
  var tagBoxes = data.tags.filter(function (t) { return counts[t]; }).map(function (t) {
    var label = el("label", "quiz-practice__tag");
    var input = el("input");
    input.type = "checkbox";
    input.value = t;
    input.name = "tag";
    label.appendChild(input);
    label.appendChild(document.createTextNode(" " + t + "（" + counts[t] + "）"));
    fs.appendChild(label);
    return input;
  });
  form.appendChild(fs);
  var nLabel = el("label", "quiz-practice__n", "2. 题目数量：");
  var n = el("input");
  n.type = "number";
  n.min = "1";
  n.value = "10";
  n.name = "count";
  nLabel.appendChild(n);
  form.appendChild(nLabel);
  var rwLabel = el("label", "quiz-practice__rewrite");
  var rw = el("input");
  rw.type = "checkbox";
  rw.checked = true;
  rw.name = "rewrite";
  rwLabel.appendChild(rw);
  rwLabel.appendChild(document.createTextNode(" 包括改写题（由页面里的检查器评分）"));
  form.appendChild(rwLabel);
  var msg = el("p", "quiz-practice__msg");
  msg.setAttribute("role", "alert");
  var start = el("button", "md-button md-button--primary quiz-practice__start", "开始测试");
  start.type = "submit";
  form.appendChild(start);
  form.appendChild(msg);
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var tags = tagBoxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    var pool = Object.keys(data.questions).filter(function (id) {
      var q = data.questions[id];
      if (!rw.checked && q.type === "rewrite") return false;
      return !tags.length || q.tags.some(function (t) { return tags.indexOf(t) >= 0; });
    });
    var count = parseInt(n.value, 10);
    if (!(count >= 1)) { msg.textContent = "题目数量要是一个正整数。"; return; }
    if (!pool.length) { msg.textContent = "没有符合条件的题目，换几个标签试试。"; return; }
    if (count > pool.length) count = pool.length;
    self.run(tags, Q.shuffled(pool).slice(0, count));
  });
  box.appendChild(form);
};

Practice.prototype.run = function (tags, ids) {
  var self = this, box = this.box;
  while (box.firstChild) box.removeChild(box.firstChild);
  P.noticeArea(box);
  var key = "practice:" + (tags.length ? tags.slice().sort().join("+") : "all");
  var title = "练习测试（" + (tags.length ? tags.join("、") : "全部内容") + "）";
  box.appendChild(el("p", "quiz-title", title + "：共 " + ids.length + " 题，全部答完后交卷"));
  var widgets = ids.map(function (id, i) {
    var w = Q.create(self.data.questions[id], { number: i + 1, siteRoot: S.root, uid: "practice" });
    box.appendChild(w.el);
    return w;
  });
  var result = el("div", "quiz-practice__result");
  result.setAttribute("aria-live", "polite");
  result.tabIndex = -1;   // the focus goes here once the test is graded
  var submit = el("button", "md-button md-button--primary quiz-practice__submit", "交卷");
  submit.type = "button";
  box.appendChild(submit);
  box.appendChild(result);
  submit.addEventListener("click", function () {
    submit.disabled = true;
    result.textContent = "正在评分……";
    widgets.forEach(function (w) { w.lock(); });
    Promise.all(widgets.map(function (w) {
      if (!w.answered()) return Promise.resolve({ ok: false, unanswered: true, correct: w.check ? w.check().correct : "参考改写：" + w.q.sample });
      return w.grade();
    })).then(function (results) {
      var right = 0;
      results.forEach(function (r, i) {
        widgets[i].showFeedback(r, r.unanswered);
        if (r.ok) right++;
        if (!r.unavailable) S.recordQuestion(widgets[i].q.id, r.ok, widgets[i].q.bank);
      });
      var rec = S.recordQuiz(key, { title: title, url: location.pathname }, right, widgets.length);
      box.setAttribute("data-finished", "true");
      box.setAttribute("data-score", right);
      result.textContent = "";
      result.appendChild(el("p", "quiz-score", "成绩：" + right + " / " + widgets.length +
        "（" + Math.round(100 * right / widgets.length) + " 分）"));
      result.appendChild(el("p", "quiz-best", "这组练习的最好成绩：" + rec.best + " / " + rec.total));
      var again = el("button", "md-button quiz-practice__again", "再来一次");
      again.type = "button";
      again.addEventListener("click", function () { self.showForm(); window.scrollTo(0, box.offsetTop); });
      result.appendChild(again);
      submit.hidden = true;
      result.focus();
    });
  });
};

// Mount the practice test (.quiz-practice); main.js calls this.
export function mount(box) {
  S.questions().then(function (data) { new Practice(box, data); }, function (err) {
    box.textContent = "题目数据加载失败（" + (err && err.message || err) + "），请刷新页面重试。";
  });
}
