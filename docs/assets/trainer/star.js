/* STAR practice (docs/tools/star.md): the learner pastes an answer; the
 * checker (GoalTrainer.run("star", …)) labels each sentence S/T/A/R with a
 * reason and reports gaps and follow-up questions. The page shows:
 *   - each sentence with a letter + name badge (colour only reinforces it)
 *     and its reason, under a legend;
 *   - the report (cards, findings) through GoalTrainer.render;
 *   - the interviewer's follow-up questions.
 * Learner text is only ever set with textContent. Does nothing on pages
 * without [data-trainer="star-practice"].
 */
(function () {
  "use strict";

  var root = document.querySelector('[data-trainer="star-practice"]');
  if (!root) return;
  // DOM helpers shared by the trainer scripts; render.js, in the page head, defines them.
  var D = window.GoalTrainerDom;
  if (!D) {
    root.querySelector('[data-role="status"]').textContent = "检查器脚本没有加载，请刷新页面。";
    return;
  }
  var el = D.el, empty = D.empty;

  var DEBOUNCE_MS = 400;
  var PARTS = [
    { key: "S", name: "情境", en: "Situation", help: "当时的背景和问题" },
    { key: "T", name: "任务", en: "Task", help: "你要负责、要达到什么" },
    { key: "A", name: "行动", en: "Action", help: "你具体做了什么" },
    { key: "R", name: "结果", en: "Result", help: "变化有多大" },
  ];
  var NAMES = {};
  PARTS.forEach(function (p) { NAMES[p.key] = p; });

  var input = root.querySelector("#gt-star-text");
  var statusBox = root.querySelector('[data-role="status"]');
  var sentencesBox = root.querySelector('[data-role="sentences"]');
  var resultBox = root.querySelector('[data-role="result"]');
  var questionsBox = root.querySelector('[data-role="questions"]');

  function tag(part) {
    var p = NAMES[part] || { key: part, name: part };
    var t = el("span", "gt-star__tag", p.key + " " + p.name);
    t.setAttribute("data-part", p.key);
    return t;
  }

  function showStatus(st) {
    // render.js's status view (its helpers are already required above); no retry without the client.
    window.GoalTrainerStatus(statusBox, st, window.GoalTrainer && function () { window.GoalTrainer.start(); schedule(0); });
  }

  function showSentences(report) {
    empty(sentencesBox);
    var sentences = (report.facts && report.facts.sentences) || [];
    if (!sentences.length) return;
    sentencesBox.appendChild(el("p", "gt-star__title", "逐句标注"));
    var legend = el("ul", "gt-star__legend");
    legend.setAttribute("aria-label", "图例");
    PARTS.forEach(function (p) {
      var item = el("li");
      item.appendChild(tag(p.key));
      item.appendChild(document.createTextNode(p.en + "：" + p.help));
      legend.appendChild(item);
    });
    sentencesBox.appendChild(legend);
    var list = el("ol", "gt-star__sentences");
    sentences.forEach(function (s) {
      var item = el("li", "gt-star__sentence");
      item.setAttribute("data-part", s.label);
      item.title = s.reason || "";
      item.appendChild(tag(s.label));
      item.appendChild(el("span", "gt-star__text", s.text));
      var reason = s.reason || "";
      if (s.also && s.also.length) {
        reason += "；也讲到了" + s.also.map(function (k) { return (NAMES[k] || {}).name || k; }).join("、");
      }
      item.appendChild(el("span", "gt-star__reason", reason));
      list.appendChild(item);
    });
    sentencesBox.appendChild(list);
  }

  function showQuestions(report) {
    empty(questionsBox);
    var qs = (report.facts && report.facts.questions) || [];
    if (!qs.length) return;
    questionsBox.appendChild(el("p", "gt-star__title", "面试官可能追问"));
    var list = el("ol", "gt-star__qs");
    qs.forEach(function (q) {
      var item = el("li", "gt-star__q");
      item.setAttribute("data-part", q.part);
      item.appendChild(el("span", "gt-star__qpart", "（" + q.part + "）"));
      item.appendChild(document.createTextNode(q.question));
      list.appendChild(item);
    });
    questionsBox.appendChild(list);
  }

  function showReport(report) {
    // Sentences and questions have their own views above and below.
    var shown = {};
    Object.keys(report).forEach(function (k) { shown[k] = report[k]; });
    shown.facts = { "数字": (report.facts && report.facts.measures) || [] };
    window.GoalTrainer.render(shown, resultBox, { text: report.text });
    // render.js titles cards with the report's names, which are Chinese only
    // ("情境"); this page also gives the English term, as in its legend.
    resultBox.querySelectorAll(".gt-card").forEach(function (card) {
      var p = NAMES[card.getAttribute("data-criterion")];
      var name = card.querySelector(".gt-card__name");
      if (p && name) name.textContent = p.name + " " + p.en;
    });
    var verdict = resultBox.querySelector(".gt-verdict");
    if (verdict && verdict.childNodes[1]) {
      verdict.childNodes[1].textContent = report.verdict === "pass"
        ? " 四部分齐全，讲清楚了你是怎么做到的" : " 这个回答还可以讲得更完整";
    }
    var title = resultBox.querySelector(".gt-facts__title");
    if (title) title.textContent = "结果里的衡量标准";
  }

  function showError(err) {
    empty(sentencesBox);
    empty(questionsBox);
    window.GoalTrainerRender({ error: err || {} }, resultBox, {});   // from render.js, like D
  }

  var timer = null;
  var seq = 0;

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(check, typeof delay === "number" ? delay : DEBOUNCE_MS);
  }

  function done(mine, text) {
    resultBox.setAttribute("data-checked", String(mine));
    resultBox.setAttribute("data-checked-text", text);
    root.removeAttribute("aria-busy");
  }

  function check() {
    var text = input.value;
    var mine = ++seq;
    if (!text.trim()) {
      empty(sentencesBox);
      empty(questionsBox);
      empty(resultBox);
      resultBox.appendChild(el("p", "gt-hint", "在上面写下或粘贴一段回答，这里会逐句标出 S、T、A、R。"));
      done(mine, text);
      return;
    }
    if (!window.GoalTrainer) { showError({ message: "检查器脚本没有加载，请刷新页面。" }); return; }
    root.setAttribute("aria-busy", "true");
    window.GoalTrainer.run("star", { text: text }).then(function (report) {
      if (mine !== seq) return;
      if (report && report.error) showError(report.error);
      else {
        showSentences(report);
        showReport(report);
        showQuestions(report);
      }
      done(mine, text);
    }, function (err) {
      if (mine !== seq) return;
      showError(err);
      done(mine, text);
    });
  }

  input.addEventListener("input", function () { schedule(); });
  root.querySelectorAll("[data-example]").forEach(function (button) {
    button.addEventListener("click", function () {
      var text = button.getAttribute("data-example");   // the answer itself (hooks/course_examples.py checks it)
      if (!text) return;
      input.value = text;
      schedule(0);
    });
  });
  if (window.GoalTrainer) window.GoalTrainer.onStatus(showStatus);
  else showStatus({ state: "error", message: "检查器脚本没有加载，请刷新页面。" });
})();
