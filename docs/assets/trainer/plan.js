// Plan builder (docs/tools/plan.md; widget HTML: hooks/widget_html.py): the
// learner writes a goal and rows of how / who / what / when; the checker
// (run("plan", …)) judges each row, the whole plan and the goal, and the page shows
//   - under each row, the four parts with status icon + word + what was read;
//   - the PDCA cycle with the steps the plan covers;
//   - the whole-plan report (render.js).
// Learner text is only ever set with textContent / value.
import * as client from "./client.js";
import { el, empty, statusBadge } from "./dom.js";
import { criterionLabels, loadKinds } from "./kinds.js";
import { LiveCheck } from "./live-check.js";
import { renderError, renderReport, renderStatus } from "./render.js";

const DEBOUNCE_MS = 400;
const MAX_ROWS = 40;   // the checker's own limit (checker/plan/actions.py MAX_ACTIONS)
const FIELDS = ["how", "who", "what", "when"];
const VERDICT = { pass: "这份计划四项齐全，并走完了 PDCA", revise: "这份计划还需要修改" };
const EMPTY_PLAN = { goal: "", today: "", rows: [{}, {}, {}] };

function worst(statuses) {
  if (statuses.includes("fail")) return "fail";
  if (statuses.includes("warn")) return "warn";
  return "pass";
}

// The example plan is the one the page shows: a ```plan-example table carries it
// as data (hooks/course_examples.py), so the page and 载入示例 never differ.
function examplePlan() {
  const source = document.querySelector("[data-plan-example]");
  try { return source ? JSON.parse(source.getAttribute("data-plan-example")) : null; } catch (e) { return null; }
}

export function mount(root) {
  const goalInput = root.querySelector('[data-field="goal"]');
  const todayInput = root.querySelector('[data-field="today"]');
  const rowList = root.querySelector('[data-role="rows"]');
  const rowTemplate = root.querySelector('template[data-role="row"]');
  const statusBox = root.querySelector('[data-role="status"]');
  const pdcaBox = root.querySelector('[data-role="pdca"]');
  const resultBox = root.querySelector('[data-role="result"]');
  const addButton = root.querySelector('[data-action="add"]');
  const example = examplePlan();
  let sentRows = [];

  // ---- rows -------------------------------------------------------------
  const rows = () => Array.from(rowList.children);

  function renumber() {
    rows().forEach((li, i) => {
      li.querySelector(".gt-plan__num").textContent = "第 " + (i + 1) + " 条";
      li.querySelector('[data-action="remove"]').textContent = "删除第 " + (i + 1) + " 条";
      for (const key of FIELDS) {
        const input = li.querySelector(`[data-field="${key}"]`);
        const label = li.querySelector(`label[data-for="${key}"]`);
        input.id = "gt-plan-" + (i + 1) + "-" + key;
        label.htmlFor = input.id;
        input.setAttribute("aria-label", "第 " + (i + 1) + " 条行动：" + label.textContent);
      }
    });
    addButton.disabled = rows().length >= MAX_ROWS;
  }

  function addRow(values = {}) {
    if (rows().length >= MAX_ROWS) return;
    const li = rowTemplate.content.firstElementChild.cloneNode(true);
    for (const key of FIELDS) {
      const input = li.querySelector(`[data-field="${key}"]`);
      input.value = values[key] || "";
      live.watch(input);
    }
    li.querySelector('[data-action="remove"]').addEventListener("click", () => {
      const next = li.nextElementSibling || li.previousElementSibling;
      li.remove();
      renumber();
      live.request();
      // Keep focus in the list, not on a button that is gone.
      (next ? next.querySelector("input") : addButton).focus();
    });
    rowList.appendChild(li);
    renumber();
  }

  function rowValues() {
    return rows().map((li) => Object.fromEntries(FIELDS.map((k) => [k, li.querySelector(`[data-field="${k}"]`).value])));
  }

  function load(plan) {
    goalInput.value = plan.goal || "";
    if (plan.today !== undefined) todayInput.value = plan.today;
    empty(rowList);
    (plan.rows || []).forEach((r) => addRow(r));
    if (!rows().length) addRow();
    live.request(0);
  }

  // ---- feedback -----------------------------------------------------------
  function clearFeedback() {
    for (const li of rows()) {
      for (const read of li.querySelectorAll("[data-read]")) { read.removeAttribute("data-status"); empty(read); }
      empty(li.querySelector(".gt-plan__notes"));
      li.querySelector(".gt-plan__step").hidden = true;
      li.removeAttribute("data-status");
    }
    pdcaBox.hidden = true;
  }

  function showRows(report, kinds) {
    // facts.actions[].index is the position in the list we sent (blank rows are skipped).
    const byIndex = {};
    for (const a of report.facts.actions || []) byIndex[a.index] = a;
    const notesByIndex = {};
    for (const f of report.findings || []) {
      if (typeof f.action === "number") (notesByIndex[f.action] = notesByIndex[f.action] || []).push(f);
    }
    const steps = criterionLabels(kinds, "plan");
    rows().forEach((li, i) => {
      const fact = byIndex[i];
      if (!fact) return;
      const statuses = FIELDS.map((key) => {
        const part = fact[key] || {};
        const read = li.querySelector(`[data-read="${key}"]`);
        read.setAttribute("data-status", part.status || "unknown");
        read.appendChild(statusBadge(part.status));
        const seen = part.date ? part.date : (part.kind === "conditional" ? "发现差距时" : "");
        if (seen) read.appendChild(el("span", "gt-plan__seen", "读作 " + seen));
        return part.status;
      });
      li.setAttribute("data-status", worst(statuses));
      if (fact.step) {
        const step = li.querySelector(".gt-plan__step");
        step.textContent = (fact.step === "check" ? "C " : "A ") + (steps[fact.step] || fact.step);
        step.hidden = false;
      }
      const notes = li.querySelector(".gt-plan__notes");
      for (const f of notesByIndex[i] || []) {
        const item = el("li", "gt-plan__note");
        item.setAttribute("data-rule", f.rule);
        item.appendChild(el("strong", null, f.level === "error" ? "✗ " : f.level === "warning" ? "! " : "i "));
        item.appendChild(document.createTextNode(f.message + (f.suggestion ? " " + f.suggestion : "")));
        notes.appendChild(item);
      }
    });
  }

  function showPdca(pdca) {
    for (const step of pdcaBox.querySelectorAll("[data-step]")) {
      const status = pdca[step.getAttribute("data-step")] || "unknown";
      step.setAttribute("data-status", status);
      const badge = step.querySelector("[data-role='badge']");
      empty(badge).appendChild(statusBadge(status));
    }
    pdcaBox.hidden = false;
  }

  function showError(err) {
    clearFeedback();
    empty(resultBox);
    renderError(err || {}, resultBox);
  }

  function done() {
    resultBox.setAttribute("data-checked", String(++checks));
    root.removeAttribute("aria-busy");
  }

  // ---- checking -----------------------------------------------------------
  let checks = 0;
  const live = new LiveCheck({
    kind: "plan",
    delay: DEBOUNCE_MS,
    payload: () => {
      const p = { goal: goalInput.value, actions: rowValues() };
      if (todayInput.value) p.today = todayInput.value;
      return p;
    },
    isEmpty: (p) => !p.goal.trim(),
    onStart: () => root.setAttribute("aria-busy", "true"),
    onEmpty: () => {
      clearFeedback();
      empty(resultBox).appendChild(el("p", "gt-hint", "先写下目标：行动计划要从一个目标开始。"));
      done();
    },
    onReport: (report) => loadKinds().catch(() => null).then((kinds) => {
      clearFeedback();
      if (report && report.error) showError(report.error);
      else {
        showRows(report, kinds);
        showPdca(report.facts.pdca || {});
        // The rows above show the per-action facts; the report view gets the goal's deadline.
        renderReport(report, resultBox, {
          names: criterionLabels(kinds, "plan"), verdict: VERDICT, text: report.text,
          facts: { deadline: report.facts.goal && report.facts.goal.deadline },
        });
      }
      done();
    }),
    onError: (err) => { showError(err); done(); },
  });
  live.watch(goalInput).watch(todayInput);

  addButton.addEventListener("click", () => {
    addRow();
    rowList.lastElementChild.querySelector("input").focus();
  });
  const exampleButton = root.querySelector('[data-action="example"]');
  if (example) exampleButton.addEventListener("click", () => load(example));
  else exampleButton.hidden = true;
  root.querySelector('[data-action="clear"]').addEventListener("click", () => {
    load(EMPTY_PLAN);
    goalInput.focus();
  });
  client.warm("plan");
  const unsubscribe = client.onStatus((s) => renderStatus(statusBox, s, () => live.retry()));
  load(example || EMPTY_PLAN);
  return () => { live.stop(); unsubscribe(); };
}
