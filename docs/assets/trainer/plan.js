/* Plan builder (docs/tools/plan.md): the learner writes a goal and rows of
 * how / who / what / when; the checker (GoalTrainer.run("plan", …)) judges
 * each row, the whole plan and the goal, and the page shows:
 *   - under each row, the four parts with status icon + word + what was read;
 *   - the PDCA cycle with the steps the plan covers;
 *   - the whole-plan report through GoalTrainer.render.
 * Learner text is only ever set with textContent / value. Does nothing on
 * pages without [data-trainer="plan-builder"].
 */
(function () {
  "use strict";

  var root = document.querySelector('[data-trainer="plan-builder"]');
  if (!root) return;
  // DOM helpers shared by the trainer scripts; render.js, in the page head, defines them.
  var D = window.GoalTrainerDom;
  if (!D) {
    root.querySelector('[data-role="status"]').textContent = "检查器脚本没有加载，请刷新页面。";
    return;
  }
  var el = D.el, empty = D.empty, badge = D.statusBadge;

  var DEBOUNCE_MS = 400;
  var MAX_ROWS = 40;   // the checker's own limit (checker/plan/actions.py MAX_ACTIONS)
  var FIELDS = [
    { key: "how", label: "怎样做 How", hint: "方法或手段，例如：现场示范" },
    { key: "who", label: "谁负责 Who", hint: "一个人或岗位，例如：店长王丽" },
    { key: "what", label: "做什么 What", hint: "看得见的产出，例如：新的排班表" },
    { key: "when", label: "何时完成 When", hint: "日期或频率，例如：11月15日前" },
  ];
  var PDCA = [
    { key: "plan", letter: "P", name: "计划 Plan", what: "目标符合 SMART，并有行动" },
    { key: "do", letter: "D", name: "执行 Do", what: "每条行动写全怎样、谁、什么、何时" },
    { key: "check", letter: "C", name: "检查 Check", what: "定期对照目标检查，写明频率和对比什么" },
    { key: "act", letter: "A", name: "处理 Action", what: "检查发现差距时怎样纠正" },
  ];
  var CARD_NAMES = {
    who: "谁负责 Who", what: "做什么 What", when: "何时完成 When", how: "怎样做 How",
    check: "检查 Check", act: "处理 Action", goal: "目标 SMART",
  };
  // The example plan is the one the page shows: a ```plan-example table carries it as data
  // (hooks/course_examples.py), so the page and the 载入示例 button never differ.
  var EXAMPLE = null;
  var source = document.querySelector("[data-plan-example]");
  try { EXAMPLE = source && JSON.parse(source.getAttribute("data-plan-example")); } catch (e) { EXAMPLE = null; }

  var goalInput = root.querySelector("#gt-plan-goal");
  var todayInput = root.querySelector("#gt-plan-today");
  var rowList = root.querySelector('[data-role="rows"]');
  var statusBox = root.querySelector('[data-role="status"]');
  var pdcaBox = root.querySelector('[data-role="pdca"]');
  var resultBox = root.querySelector('[data-role="result"]');
  var addButton = root.querySelector('[data-action="add"]');

  // ---- rows -------------------------------------------------------------
  function rowCount() { return rowList.children.length; }

  function renumber() {
    Array.prototype.forEach.call(rowList.children, function (li, i) {
      li.querySelector(".gt-plan__num").textContent = "第 " + (i + 1) + " 条";
      FIELDS.forEach(function (f) {
        var input = li.querySelector('[data-field="' + f.key + '"]');
        input.id = "gt-plan-" + (i + 1) + "-" + f.key;
        input.previousSibling.setAttribute("for", input.id);
        input.setAttribute("aria-label", "第 " + (i + 1) + " 条行动：" + f.label);
      });
    });
    addButton.disabled = rowCount() >= MAX_ROWS;
  }

  function addRow(values) {
    if (rowCount() >= MAX_ROWS) return;
    values = values || {};
    var li = el("li", "gt-plan__row");
    var head = el("div", "gt-plan__rowhead");
    head.appendChild(el("span", "gt-plan__num"));
    var step = el("span", "gt-plan__step");
    step.hidden = true;
    head.appendChild(step);
    var remove = el("button", "gt-plan__remove", "删除这一条");
    remove.type = "button";
    remove.addEventListener("click", function () {
      li.parentNode.removeChild(li);
      renumber();
      schedule();
    });
    head.appendChild(remove);
    li.appendChild(head);
    var grid = el("div", "gt-plan__fields");
    FIELDS.forEach(function (f) {
      var cell = el("div", "gt-plan__cell");
      cell.appendChild(el("label", null, f.label));
      var input = el("input", "gt-input");
      input.type = "text";
      input.setAttribute("data-field", f.key);
      input.placeholder = f.hint;
      input.spellcheck = false;
      input.value = values[f.key] || "";
      input.addEventListener("input", schedule);
      cell.appendChild(input);
      var read = el("div", "gt-plan__read");
      read.setAttribute("data-read", f.key);
      read.setAttribute("aria-live", "polite");
      cell.appendChild(read);
      grid.appendChild(cell);
    });
    li.appendChild(grid);
    li.appendChild(el("ul", "gt-plan__notes"));
    rowList.appendChild(li);
    renumber();
  }

  function rowsValues() {
    return Array.prototype.map.call(rowList.children, function (li) {
      var row = {};
      FIELDS.forEach(function (f) { row[f.key] = li.querySelector('[data-field="' + f.key + '"]').value; });
      return row;
    });
  }

  function load(plan) {
    goalInput.value = plan.goal || "";
    if (plan.today !== undefined) todayInput.value = plan.today;
    empty(rowList);
    (plan.rows || []).forEach(addRow);
    if (!rowCount()) addRow();
    schedule(0);
  }

  // ---- status -----------------------------------------------------------
  function showStatus(st) {
    // render.js's status view (its helpers are already required above); no retry without the client.
    window.GoalTrainerStatus(statusBox, st, window.GoalTrainer && function () { window.GoalTrainer.start(); schedule(0); });
  }

  // ---- feedback -----------------------------------------------------------
  function clearFeedback() {
    Array.prototype.forEach.call(rowList.children, function (li) {
      li.querySelectorAll("[data-read]").forEach(function (r) {
        r.removeAttribute("data-status");
        empty(r);
      });
      empty(li.querySelector(".gt-plan__notes"));
      var step = li.querySelector(".gt-plan__step");
      step.hidden = true;
      li.removeAttribute("data-status");
    });
    empty(pdcaBox);
  }

  function worst(statuses) {
    if (statuses.indexOf("fail") >= 0) return "fail";
    if (statuses.indexOf("warn") >= 0) return "warn";
    return "pass";
  }

  function showRows(report, sentRows) {
    // facts.actions[].index is the position in the list we sent (blank rows are skipped).
    var byIndex = {};
    (report.facts.actions || []).forEach(function (a) { byIndex[a.index] = a; });
    var notesByIndex = {};
    (report.findings || []).forEach(function (f) {
      if (typeof f.action === "number") (notesByIndex[f.action] = notesByIndex[f.action] || []).push(f);
    });
    Array.prototype.forEach.call(rowList.children, function (li, i) {
      var fact = byIndex[i];
      if (!fact) return;
      var statuses = [];
      FIELDS.forEach(function (f) {
        var part = fact[f.key] || {};
        var read = li.querySelector('[data-read="' + f.key + '"]');
        read.setAttribute("data-status", part.status || "unknown");
        read.appendChild(badge(part.status));
        var seen = part.date ? part.date : (part.kind === "conditional" ? "发现差距时" : "");
        if (seen) read.appendChild(el("span", "gt-plan__seen", "读作 " + seen));
        statuses.push(part.status);
      });
      li.setAttribute("data-status", worst(statuses));
      if (fact.step) {
        var step = li.querySelector(".gt-plan__step");
        step.textContent = fact.step === "check" ? "C 检查" : "A 处理";
        step.hidden = false;
      }
      var notes = li.querySelector(".gt-plan__notes");
      (notesByIndex[i] || []).forEach(function (f) {
        var item = el("li", "gt-plan__note");
        item.setAttribute("data-rule", f.rule);
        item.appendChild(el("strong", null, (f.level === "error" ? "✗ " : f.level === "warning" ? "! " : "i ")));
        item.appendChild(document.createTextNode(f.message + (f.suggestion ? " " + f.suggestion : "")));
        notes.appendChild(item);
      });
    });
  }

  function showPdca(pdca) {
    pdcaBox.appendChild(el("p", "gt-plan__title", "PDCA 循环：这份计划覆盖了哪几步"));
    var list = el("ol", "gt-pdca");
    PDCA.forEach(function (step) {
      var status = pdca[step.key] || "unknown";
      var li = el("li", "gt-pdca__step");
      li.setAttribute("data-step", step.key);
      li.setAttribute("data-status", status);
      li.appendChild(el("span", "gt-pdca__letter", step.letter));
      li.appendChild(el("span", "gt-pdca__name", step.name));
      li.appendChild(el("span", "gt-pdca__what", step.what));
      li.appendChild(badge(status));
      list.appendChild(li);
    });
    pdcaBox.appendChild(list);
    pdcaBox.appendChild(el("p", "gt-pdca__caption", "四步依次相接：处理之后，按新的情况进入下一轮计划。"));
  }

  function showWhole(report) {
    // The rows above show the per-action facts; the generic renderer gets the rest.
    var facts = { deadline: report.facts.goal && report.facts.goal.deadline };
    var shown = {};
    Object.keys(report).forEach(function (k) { shown[k] = report[k]; });
    shown.facts = facts;
    window.GoalTrainer.render(shown, resultBox, { text: report.text });
    // render.js titles cards with the report's names, which are Chinese only
    // ("谁负责", "检查（Check）"); this page also gives the English term.
    resultBox.querySelectorAll(".gt-card").forEach(function (card) {
      var key = card.getAttribute("data-criterion");
      var name = card.querySelector(".gt-card__name");
      if (name && CARD_NAMES[key]) name.textContent = CARD_NAMES[key];
    });
    var verdict = resultBox.querySelector(".gt-verdict");
    if (verdict && verdict.childNodes[1]) {
      verdict.childNodes[1].textContent = report.verdict === "pass"
        ? " 这份计划四项齐全，并走完了 PDCA" : " 这份计划还需要修改";
    }
  }

  function showError(err) {
    window.GoalTrainerRender({ error: err || {} }, resultBox, {});   // from render.js, like D
  }

  // ---- checking -----------------------------------------------------------
  var timer = null;
  var seq = 0;

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(check, typeof delay === "number" ? delay : DEBOUNCE_MS);
  }

  function check() {
    var goal = goalInput.value;
    var rows = rowsValues();
    var mine = ++seq;
    if (!goal.trim()) {
      clearFeedback();
      empty(resultBox);
      resultBox.appendChild(el("p", "gt-hint", "先写下目标：行动计划要从一个目标开始。"));
      resultBox.setAttribute("data-checked", String(mine));
      return;
    }
    if (!window.GoalTrainer) { showError({ message: "检查器脚本没有加载，请刷新页面。" }); return; }
    var payload = { goal: goal, actions: rows };
    if (todayInput.value) payload.today = todayInput.value;
    root.setAttribute("aria-busy", "true");
    window.GoalTrainer.run("plan", payload).then(function (report) {
      if (mine !== seq) return;   // a newer edit is already being checked
      clearFeedback();
      if (report && report.error) { showError(report.error); }
      else {
        showRows(report, rows);
        showPdca(report.facts.pdca || {});
        showWhole(report);
      }
      resultBox.setAttribute("data-checked", String(mine));
      root.removeAttribute("aria-busy");
    }, function (err) {
      if (mine !== seq) return;
      clearFeedback();
      showError(err);
      resultBox.setAttribute("data-checked", String(mine));
      root.removeAttribute("aria-busy");
    });
  }

  // ---- wiring -------------------------------------------------------------
  goalInput.addEventListener("input", schedule);
  todayInput.addEventListener("change", function () { schedule(0); });
  addButton.addEventListener("click", function () {
    addRow();
    var inputs = rowList.lastChild.querySelectorAll("input");
    if (inputs.length) inputs[0].focus();
  });
  var exampleButton = root.querySelector('[data-action="example"]');
  if (EXAMPLE) exampleButton.addEventListener("click", function () { load(EXAMPLE); });
  else exampleButton.hidden = true;
  root.querySelector('[data-action="clear"]').addEventListener("click", function () {
    load({ goal: "", today: "", rows: [{}, {}, {}] });
    goalInput.focus();
  });
  if (window.GoalTrainer) window.GoalTrainer.onStatus(showStatus);
  else showStatus({ state: "error", message: "检查器脚本没有加载，请刷新页面。" });
  load(EXAMPLE || { goal: "", today: "", rows: [{}, {}, {}] });
})();
