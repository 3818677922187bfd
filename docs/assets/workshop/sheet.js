// The workshop's sheet (第 5 步): a summary of the learner's goals to take to a
// manager, printed on A4 (workshop.css hides everything else in print). Drawn
// from the workshop's data and the latest reports, with DOM calls only: the
// learner's text is set with textContent, never parsed as HTML.
import { el, empty, statusBadge } from "../trainer/dom.js";
import { criterionLabels } from "../trainer/kinds.js";

const PLAN_PARTS = ["how", "who", "what", "when"];
const blank = (s) => !String(s || "").trim();

function field(list, label, value) {
  list.appendChild(el("dt", null, label));
  list.appendChild(el("dd", null, value));
}

function statusList(criteria, names, className, label) {
  const list = el("ul", className);
  list.setAttribute("aria-label", label);
  for (const key of Object.keys(criteria || {})) {
    const item = el("li", null);
    item.setAttribute("data-criterion", key);
    item.setAttribute("data-status", criteria[key].status);
    item.appendChild(el("span", "wk-sheet__key", names[key] || key));
    item.appendChild(statusBadge(criteria[key].status));
    list.appendChild(item);
  }
  return list;
}

function table(className, heads, rows) {
  const t = el("table", className);
  const head = el("tr");
  for (const h of heads) head.appendChild(el("th", null, h));
  const thead = el("thead");
  thead.appendChild(head);
  t.appendChild(thead);
  const body = el("tbody");
  for (const cells of rows) {
    const tr = el("tr");
    for (const c of cells) tr.appendChild(el("td", null, c));
    body.appendChild(tr);
  }
  t.appendChild(body);
  return t;
}

// report: the goal's latest report (null: not checked yet; {error}: refused)
function goalStatus(report, names) {
  if (!report) return el("p", "wk-sheet__pending", "检查中…（检查器准备好后会显示每个字母的结果）");
  if (report.error) return el("p", "wk-sheet__pending", "无法检查：" + (report.error.message || report.error.code));
  return statusList(report.criteria, names, "wk-sheet__letters", "SMART 各项的结果");
}

// {state, goals: [{report, planReport}], kinds, roleName, today}
export function renderSheet(box, { state, goals, kinds, roleName, today }) {
  empty(box);
  const goalNames = criterionLabels(kinds, "goal");
  const planNames = criterionLabels(kinds, "plan");
  box.appendChild(el("p", "wk-sheet__title", "我的目标单"));
  const about = el("dl", "wk-sheet__about");
  field(about, "日期", today);
  field(about, "岗位", roleName || "（未填写）");
  if (state.role.id === "own" && !blank(state.role.ownDuties)) field(about, "职责", state.role.ownDuties);
  field(about, "上一级的目标", blank(state.above) ? "（未填写）" : state.above);
  box.appendChild(about);

  const written = state.goals.map((g, i) => ({ g, i })).filter(({ g }) => !blank(g.text));
  if (!written.length) {
    box.appendChild(el("p", "gt-hint", "写下至少一个目标后，这里会生成目标单。"));
    return box;
  }
  for (const { g, i } of written) {
    const part = el("section", "wk-sheet__goal");
    part.setAttribute("data-goal", String(i + 1));
    part.appendChild(el("h3", null, "目标 " + (i + 1)));
    part.appendChild(el("p", "wk-sheet__text", g.text));
    if (!blank(state.above)) part.appendChild(el("p", "wk-sheet__serves", "服务于上一级的目标：" + state.above));
    if (!blank(g.baseline)) part.appendChild(el("p", "wk-sheet__baseline", "现在的水平：" + g.baseline));
    const { report, planReport } = goals[i] || {};
    part.appendChild(goalStatus(report, goalNames));

    const rows = g.plan.filter((r) => PLAN_PARTS.some((k) => !blank(r[k])));
    if (rows.length) {
      part.appendChild(el("p", "wk-sheet__sub", "行动计划"));
      part.appendChild(table("wk-sheet__plan", ["#", ...PLAN_PARTS.map((k) => planNames[k] || k)],
        rows.map((r, n) => [String(n + 1), ...PLAN_PARTS.map((k) => r[k] || "")])));
      if (planReport && !planReport.error) {
        part.appendChild(statusList(planReport.criteria, planNames, "wk-sheet__letters wk-sheet__letters--plan", "计划各项的结果"));
      }
    }
    const checks = g.checks.filter((c) => !blank(c.date) || !blank(c.look) || !blank(c.ifoff));
    if (checks.length) {
      part.appendChild(el("p", "wk-sheet__sub", "检查日期（PDCA）"));
      part.appendChild(table("wk-sheet__checks", ["日期", "看什么、和什么比", "没达到怎么办"],
        checks.map((c) => [c.date || "（未定）", c.look || "", c.ifoff || ""])));
    }
    box.appendChild(part);
  }
  box.appendChild(el("p", "wk-sheet__foot", "这张目标单在你的浏览器里生成，内容没有发送到任何地方。和上级商定后，各自留一份。"));
  return box;
}
