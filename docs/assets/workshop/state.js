// The workshop's data: its shape, what a saved record or an imported file must
// look like to be used, and how a goal and a role are put to the checker.
//
//   {schema, role: {id, ownName, ownDuties}, above, goals: [{text, baseline,
//    plan: [{how, who, what, when}], checks: [{date, look, ifoff}]}], updated}
//
// role.id is a role profile's id, "own" (the learner's own duties) or "".
export const SCHEMA = 1;
export const FORMAT = "smart-trainer-workshop";   // the export file's "format"
export const MAX_GOALS = 3;
export const MAX_ROWS = 40;          // the plan checker's own limit (checker/plan/actions.py MAX_ACTIONS)
export const MAX_CHECKS = 12;
export const MAX_TEXT = 20000;       // one field of an imported file; the checker takes 2,000 per goal
export const MAX_FILE_BYTES = 1024 * 1024;
export const OWN_ROLE = "own";
const OWN_ROLE_ID = "my-duties";     // the custom role's id in the checker payload

export function freshGoal() {
  return { text: "", baseline: "", plan: [{}, {}, {}], checks: [{}] };
}

export function fresh() {
  return { schema: SCHEMA, role: { id: "", ownName: "", ownDuties: "" }, above: "", goals: [freshGoal()], updated: "" };
}

function isRecord(x) { return x !== null && typeof x === "object" && !Array.isArray(x); }

// Why `d` is not workshop data ("" when it is): a saved record and an imported file pass the same test.
export function problem(d) {
  const text = (v, what) => (typeof v === "string" && v.length <= MAX_TEXT ? "" : what + "不是一段文字，或超过 " + MAX_TEXT + " 个字符");
  if (!isRecord(d)) return "内容不是一个对象";
  if (d.schema !== SCHEMA) return "版本号不对（应为 " + SCHEMA + "）";
  if (!isRecord(d.role)) return "缺少“岗位”";
  for (const k of ["id", "ownName", "ownDuties"]) { const p = text(d.role[k], "岗位的 " + k); if (p) return p; }
  const above = text(d.above, "上一级的目标");
  if (above) return above;
  if (!Array.isArray(d.goals) || d.goals.length < 1 || d.goals.length > MAX_GOALS) return "目标应有 1 到 " + MAX_GOALS + " 个";
  for (let i = 0; i < d.goals.length; i++) {
    const g = d.goals[i], at = "第 " + (i + 1) + " 个目标";
    if (!isRecord(g)) return at + "不是一个对象";
    for (const k of ["text", "baseline"]) { const p = text(g[k], at + "的 " + k); if (p) return p; }
    if (!Array.isArray(g.plan) || g.plan.length > MAX_ROWS) return at + "的行动不是列表，或超过 " + MAX_ROWS + " 条";
    for (const row of g.plan) {
      if (!isRecord(row)) return at + "的一条行动不是对象";
      for (const k of ["how", "who", "what", "when"]) {
        if (row[k] !== undefined) { const p = text(row[k], at + "的行动 " + k); if (p) return p; }
      }
    }
    if (!Array.isArray(g.checks) || g.checks.length > MAX_CHECKS) return at + "的检查日期不是列表，或超过 " + MAX_CHECKS + " 个";
    for (const c of g.checks) {
      if (!isRecord(c)) return at + "的一个检查日期不是对象";
      for (const k of ["look", "ifoff"]) if (c[k] !== undefined) { const p = text(c[k], at + "的检查 " + k); if (p) return p; }
      if (c.date !== undefined && c.date !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(c.date)) return at + "的检查日期不是 YYYY-MM-DD";
    }
  }
  return "";
}

export function isValid(d) { return problem(d) === ""; }

export function isEmpty(d) {
  const blank = (s) => !String(s || "").trim();
  return blank(d.above) && blank(d.role.id) && blank(d.role.ownName) && blank(d.role.ownDuties) && d.goals.every((g) =>
    blank(g.text) && blank(g.baseline) && g.plan.every((r) => ["how", "who", "what", "when"].every((k) => blank(r[k]))) &&
    g.checks.every((c) => blank(c.date) && blank(c.look) && blank(c.ifoff)));
}

// ---- export / import ------------------------------------------------------------

export function toExport(d) {
  return JSON.stringify({ format: FORMAT, version: SCHEMA, exported: new Date().toISOString(), workshop: d }, null, 2);
}

// {data} or {error: a sentence for the learner}; nothing is changed either way.
export function fromExport(text) {
  if (typeof text !== "string" || !text.trim()) return { error: "文件是空的。" };
  let parsed;
  try { parsed = JSON.parse(text); } catch (e) { return { error: "这不是一个 JSON 文件（无法解析：" + e.message + "）。" }; }
  if (!isRecord(parsed) || parsed.format !== FORMAT) {
    return { error: "这不是从目标工作坊导出的文件（缺少 \"format\": \"" + FORMAT + "\"）。" };
  }
  if (parsed.version !== SCHEMA) return { error: "文件的版本是 " + String(parsed.version).slice(0, 20) + "，这个页面只能读取版本 " + SCHEMA + "。" };
  const why = problem(parsed.workshop);
  if (why) return { error: "文件内容不完整或已损坏：" + why + "。" };
  return { data: parsed.workshop };
}

// ---- what the checker is sent ---------------------------------------------------

const NOW_WORDS = /^(?:目前|现在|当前)(?:是|为)?[：:，,]?\s*/;
const HAN = /[\u4e00-\u9fff]/;

// The baseline as a "today's level" clause before the goal, the way the checker
// reads a starting point. hooks/widget_html.py checked_goal_text does the same
// (the build checks the workshop's example with it).
export function checkedGoalText(goal, baseline) {
  const g = String(goal || "").trim();
  const b = String(baseline || "").trim().replace(NOW_WORDS, "");
  if (!b || !g) return g;
  return HAN.test(g + b) ? "目前" + b + "，" + g : "Currently " + b + ", " + g;
}

// The learner's own duties as a role the checker can match: its words are the
// duties, split at commas, 、 and spaces.
export function ownDutyWords(duties) {
  return String(duties || "").split(/[，,、；;。\s/|]+/)
    .map((w) => w.replace(/^负责/, "").trim()).filter((w) => w && w.length <= 80).slice(0, 100);
}

// The role part of a goal payload: {role, roles?}, or {} without a role.
export function rolePayload(role) {
  if (!role || !role.id) return {};
  if (role.id !== OWN_ROLE) return { role: role.id };
  const words = ownDutyWords(role.ownDuties);
  if (!words.length) return {};
  const name = String(role.ownName || "").trim().slice(0, 80) || "我的岗位";
  return { role: OWN_ROLE_ID, roles: [{ id: OWN_ROLE_ID, name: { zh: name }, duties: { zh: words }, signals: words }] };
}

// ---- dates ------------------------------------------------------------------------

export function isoDay(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
}

export function daysFromToday(n) {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return isoDay(d);
}
