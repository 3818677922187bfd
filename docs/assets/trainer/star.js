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
  var EXAMPLES = {
    "front-desk": "去年我在公司前台工作时，来访者常常在前台站了好几分钟没人招呼。行政主管让我负责改进接待流程。" +
      "我先请来访者在沙发坐下稍等，再继续处理手中的电话，并把接听用语统一为“早上好，某某公司”。" +
      "三个月后，来访者投诉从每月6起降到了1起。",
    sales: "去年我们区域的销售额连续两个季度下滑。公司要求我们在年底前扭转局面。" +
      "我们团队重新梳理了客户名单，加大了拜访力度，还推出了老客户回馈活动。最终全年销售额增长了15%。",
    audit: "当时审计项目的底稿质量参差不齐，经常被复核退回。处长让我负责底稿的质量把关。" +
      "我编制了一份底稿核对清单，并在每周例会上讲解常见错误。",
    bank: "去年我在支行做对公客户经理，很多老客户把结算业务转到了别的银行。我负责挽回这些客户。" +
      "我逐一上门拜访，了解他们转走的原因，针对手续费问题设计了优惠方案。最后客户们都很满意，关系也更好了。",
    english: "Our support team was missing its response targets: only 60% of tickets were answered within a day. " +
      "My manager asked me to lead the fix. We reviewed a month of tickets together, and then I wrote templates " +
      "for the ten most common questions. The share answered within a day rose to 92% within two months.",
  };

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
      var text = EXAMPLES[button.getAttribute("data-example")];
      if (!text) return;
      input.value = text;
      schedule(0);
    });
  });
  if (window.GoalTrainer) window.GoalTrainer.onStatus(showStatus);
  else showStatus({ state: "error", message: "检查器脚本没有加载，请刷新页面。" });
})();
