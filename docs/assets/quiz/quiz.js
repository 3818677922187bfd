/* Quizzes placed with ```quiz blocks: each .quiz[data-quiz] container gets its
 * questions, immediate feedback with the explanation, a running score, retry and
 * optional shuffling; a finished quiz is saved to QuizStore (best score kept).
 */
import * as Q from "./questions.js";
import { store as S } from "./store.js";

var el = Q.el;
var counter = 0;

function noticeArea(box) {
  var area = el("div", "quiz-notices");
  area.setAttribute("role", "status");
  box.appendChild(area);
  S.onNotice(function (n) {
    if (area.querySelector('[data-code="' + n.code + '"]')) return;
    var p = el("p", "quiz-notice", n.message);
    p.setAttribute("data-code", n.code);
    area.appendChild(p);
  }, function () { return area.isConnected; });
  return area;
}

function Quiz(box, placement, data) {
  this.box = box;
  this.placement = placement;
  this.data = data;
  this.uid = "quiz" + (++counter);
  this.shuffle = !!placement.shuffle;
  this.build();
}

Quiz.prototype.pick = function () {
  var ids = this.placement.pool.filter(function (id) { return !!this.data.questions[id]; }, this);
  if (this.placement.draw) ids = Q.shuffled(ids).slice(0, this.placement.draw);
  else if (this.shuffle) ids = Q.shuffled(ids);
  return ids.map(function (id) { return this.data.questions[id]; }, this);
};

Quiz.prototype.build = function () {
  var self = this, box = this.box;
  while (box.firstChild) box.removeChild(box.firstChild);
  var header = el("div", "quiz-header");
  header.appendChild(el("p", "quiz-title", this.placement.title));
  this.scoreEl = el("p", "quiz-score");
  this.scoreEl.setAttribute("aria-live", "polite");
  header.appendChild(this.scoreEl);
  var controls = el("div", "quiz-controls");
  var shuffleLabel = el("label", "quiz-shuffle");
  var shuffleBox = el("input");
  shuffleBox.type = "checkbox";
  shuffleBox.checked = this.shuffle;
  shuffleLabel.appendChild(shuffleBox);
  shuffleLabel.appendChild(document.createTextNode(" 打乱题目和选项顺序"));
  shuffleBox.addEventListener("change", function () { self.shuffle = shuffleBox.checked; self.build(); });
  var retry = el("button", "md-button quiz-retry", "重做");
  retry.type = "button";
  retry.addEventListener("click", function () { self.build(); });
  controls.appendChild(shuffleLabel);
  controls.appendChild(retry);
  header.appendChild(controls);
  box.appendChild(header);
  noticeArea(box);
  this.best = el("p", "quiz-best");
  box.appendChild(this.best);

  this.widgets = [];
  this.results = {};
  this.pick().forEach(function (q, n) {
    var w = Q.create(q, { number: n + 1, shuffle: self.shuffle, siteRoot: S.root, uid: self.uid });
    var submit = el("button", "md-button md-button--primary quiz-submit", q.type === "rewrite" ? "用检查器评分" : "提交");
    submit.type = "button";
    var hint = el("span", "quiz-submit__hint");
    hint.setAttribute("role", "status");
    var row = el("div", "quiz-actions");
    row.appendChild(submit);
    row.appendChild(hint);
    w.el.insertBefore(row, w.feedbackEl);
    submit.addEventListener("click", function () {
      if (submit.getAttribute("aria-disabled") !== "true") self.submit(w, submit, hint);
    });
    self.widgets.push(w);
    box.appendChild(w.el);
  });
  this.updateScore();
};

Quiz.prototype.submit = function (w, button, hint) {
  var self = this;
  if (w.locked || this.results[w.q.id] !== undefined) return;
  if (!w.answered()) { hint.textContent = "请先作答。"; return; }
  hint.textContent = w.q.type === "rewrite" ? "正在用检查器评分……（第一次需要加载几秒钟）" : "";
  // aria-disabled, not disabled: a disabled button loses the focus to the page body.
  button.setAttribute("aria-disabled", "true");
  w.lock();
  w.grade().then(function (result) {
    hint.textContent = "";
    w.showFeedback(result);
    if (result.unavailable) {   // the checker could not grade: let the learner try again, count nothing
      w.unlock();
      button.removeAttribute("aria-disabled");
    } else {
      button.hidden = true;     // answered: the feedback takes its place
      self.results[w.q.id] = result.ok;
      S.recordQuestion(w.q.id, result.ok, w.q.bank);
      self.updateScore();
    }
    // Keyboard and screen reader users go on from the feedback, which is read out.
    if (!document.activeElement || document.activeElement === button || document.activeElement === document.body) {
      w.feedbackEl.focus();
    }
  });
};

Quiz.prototype.updateScore = function () {
  var total = this.widgets.length, done = 0, right = 0;
  for (var id in this.results) { done++; if (this.results[id]) right++; }
  this.scoreEl.textContent = "得分：" + right + " / " + total + "（已答 " + done + " 题）";
  this.box.setAttribute("data-score", right);
  this.box.setAttribute("data-answered", done);
  if (total && done === total) {
    var rec = S.recordQuiz(this.placement.key, { title: this.placement.title, url: location.pathname }, right, total);
    this.box.setAttribute("data-finished", "true");
    this.scoreEl.textContent = "完成！本次得分：" + right + " / " + total;
    this.best.textContent = "最好成绩：" + rec.best + " / " + rec.total + "（共做了 " + rec.attempts + " 次）";
  } else {
    var prev = S.get(this.placement.key);
    this.best.textContent = prev ? "最好成绩：" + prev.best + " / " + prev.total + "（共做了 " + prev.attempts + " 次）" : "";
  }
};

// Mount one ```quiz block (.quiz[data-quiz]); main.js calls this for each.
export function mount(box) {
  if (box.getAttribute("data-ready")) return;
  var placement;
  try { placement = JSON.parse(box.getAttribute("data-quiz")); } catch (e) { return; }
  S.questions().then(function (data) {
    if (box.getAttribute("data-ready")) return;
    box.setAttribute("data-ready", "true");
    new Quiz(box, placement, data);
    // For measurements (bench, tests): when the page's quizzes became usable.
    if (window.performance && performance.mark) performance.mark("quiz-ready");
  }, function (err) {
    while (box.firstChild) box.removeChild(box.firstChild);
    box.appendChild(el("p", "quiz-notice", "题目数据加载失败（" + (err && err.message || err) + "），请刷新页面重试。"));
  });
}

export { Quiz, noticeArea };
