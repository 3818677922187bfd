// Plan builder (docs/tools/plan.md; widget HTML: hooks/widget_html.py): the
// learner writes a goal and rows of how / who / what / when; the checker
// (run("plan", …)) judges each row, the whole plan and the goal, and the page shows
//   - under each row, the four parts with status icon + word + what was read (plan-rows.js);
//   - the PDCA cycle with the steps the plan covers;
//   - the whole-plan report (render.js).
// Learner text is only ever set with textContent / value.
import * as client from "./client.js";
import { el, empty, statusBadge } from "./dom.js";
import { criterionLabels, loadKinds } from "./kinds.js";
import { LiveCheck } from "./live-check.js";
import { PlanRows } from "./plan-rows.js";
import { renderError, renderReport, renderStatus } from "./render.js";

const DEBOUNCE_MS = 400;
const VERDICT = { pass: "这份计划四项齐全，并走完了 PDCA", revise: "这份计划还需要修改" };
const EMPTY_PLAN = { goal: "", today: "", rows: [{}, {}, {}] };

// The example plan is the one the page shows: a ```plan-example table carries it
// as data (hooks/course_examples.py), so the page and 载入示例 never differ.
function examplePlan() {
  const source = document.querySelector("[data-plan-example]");
  try { return source ? JSON.parse(source.getAttribute("data-plan-example")) : null; } catch (e) { return null; }
}

export function mount(root) {
  const goalInput = root.querySelector('[data-field="goal"]');
  const todayInput = root.querySelector('[data-field="today"]');
  const statusBox = root.querySelector('[data-role="status"]');
  const pdcaBox = root.querySelector('[data-role="pdca"]');
  const resultBox = root.querySelector('[data-role="result"]');
  const addButton = root.querySelector('[data-action="add"]');
  const example = examplePlan();
  const rows = new PlanRows({
    list: root.querySelector('[data-role="rows"]'),
    template: root.querySelector('template[data-role="row"]'),
    idPrefix: "gt-plan",
    onEdit: () => live.request(),
    watch: (input) => live.watch(input),
    onCountChange: (n, full) => { addButton.disabled = full; },
    focusAfterRemove: () => addButton,
  });

  function load(plan) {
    goalInput.value = plan.goal || "";
    if (plan.today !== undefined) todayInput.value = plan.today;
    rows.set(plan.rows);
    live.request(0);
  }

  // ---- feedback -----------------------------------------------------------
  function clearFeedback() {
    rows.clearFeedback();
    pdcaBox.hidden = true;
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
      const p = { goal: goalInput.value, actions: rows.values() };
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
        rows.showFeedback(report, kinds);
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
    const li = rows.add();
    if (li) li.querySelector("input").focus();
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
