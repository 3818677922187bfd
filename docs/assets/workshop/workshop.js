// The workshop (docs/workshop.md; widget HTML: hooks/widget_html.py): one
// guided page where a learner writes their own goals, saved in the browser as
// they go (assets/storage.js, the quizzes' storage rules):
//   1 who they are (a role profile, or their own duties), 2 the goal above
//   theirs, 3 up to three goals checked live by the SMART checker, 4 a plan
//   per goal checked by the plan checker and its check dates, 5 the sheet:
//   printable, exported and imported as JSON, started again on confirmation.
// Every check runs in the page's one checker worker (trainer/client.js).
import * as client from "../trainer/client.js";
import { el, empty } from "../trainer/dom.js";
import { criterionLabels, loadKinds } from "../trainer/kinds.js";
import { LiveCheck } from "../trainer/live-check.js";
import { PlanRows } from "../trainer/plan-rows.js";
import { renderError, renderReport, renderStatus } from "../trainer/render.js";
import { openRecord } from "../storage.js";
import { renderSheet } from "./sheet.js";
import * as S from "./state.js";

const SAVE_DELAY_MS = 250;
const PLAN_DELAY_MS = 400;
const PLAN_VERDICT = { pass: "这份计划四项齐全，并走完了 PDCA", revise: "这份计划还需要修改" };
const GOAL_HINT = "写下这个目标，这里会逐条显示 SMART 检查的结果。";
const PLAN_HINT = "先在第 3 步写下目标：计划要从目标开始。";

const record = openRecord({
  name: "workshop", schema: S.SCHEMA, fresh: S.fresh, isValid: S.isValid,
  messages: {
    disabled: "浏览器禁用了本地存储（例如隐私模式或公司策略），你写的内容不会自动保存；页面照常可用。离开前请点“导出”保存一份文件。",
    full: "浏览器的本地存储已满，你写的内容暂时无法自动保存；页面照常可用。请点“导出”保存一份文件。",
    corrupt: "这个浏览器里保存的工作坊内容已损坏，无法读取，已从空白重新开始；页面照常可用。",
    old: "发现旧版本工作坊留下的数据，格式已不兼容，已清除；从现在起重新保存。",
  },
});

function today() { return S.isoDay(new Date()); }

function exampleData(root) {
  try { return JSON.parse(root.getAttribute("data-workshop-example") || "null"); } catch (e) { return null; }
}

function download(name, text) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

export function mount(root) {
  const q = (sel) => root.querySelector(sel);
  const roleSelect = q('[data-field="role"]');
  const ownBox = q('[data-role="own"]');
  const ownName = q('[data-field="own-name"]');
  const ownDuties = q('[data-field="own-duties"]');
  const above = q('[data-field="above"]');
  const goalList = q('[data-role="goals"]');
  const planList = q('[data-role="plans"]');
  const addGoalButton = q('[data-action="add-goal"]');
  const statusBox = q('[data-role="status"]');
  const sheetBox = q('[data-role="sheet"]');
  const message = q('[data-role="message"]');
  const savedNote = q('[data-role="saved"]');
  const confirmBox = q('[data-role="confirm"]');
  const example = exampleData(root);
  const entries = [];      // one per goal: {card, plan, rows, goalLive, planLive, report, planReport}
  let roleId = "";         // kept even while the role list is loading
  let roleNames = {};      // id -> name, from the checker
  let kinds = null;
  let saveTimer = null;
  let alive = true;

  loadKinds().then((k) => { kinds = k; refreshSheet(); }, () => {});

  // ---- notices and messages -------------------------------------------------------
  const noticeBox = q('[data-role="notices"]');
  const stopNotices = record.onNotice((n) => {
    if (noticeBox.querySelector(`[data-code="${n.code}"]`)) return;
    const p = el("p", "gt-message wk-notice", n.message);
    p.setAttribute("data-code", n.code);
    p.setAttribute("role", "alert");
    noticeBox.appendChild(p);
  });

  function say(text, isError) {
    message.textContent = text;
    message.setAttribute("data-kind", isError ? "error" : "ok");
    message.setAttribute("role", isError ? "alert" : "status");
  }

  // ---- the data, from the page and back -----------------------------------------
  function collect() {
    return {
      schema: S.SCHEMA,
      role: { id: roleId, ownName: ownName.value, ownDuties: ownDuties.value },
      above: above.value,
      goals: entries.map((e) => ({
        text: e.text.value,
        baseline: e.baseline.value,
        plan: e.rows.values(),
        checks: Array.from(e.checks.children).map((li) => ({
          date: li.querySelector('[data-field="date"]').value,
          look: li.querySelector('[data-field="look"]').value,
          ifoff: li.querySelector('[data-field="ifoff"]').value,
        })),
      })),
      updated: new Date().toISOString(),
    };
  }

  function saveNow() {
    clearTimeout(saveTimer);
    saveTimer = null;
    const ok = record.replace(collect());
    const time = new Date().toTimeString().slice(0, 5);
    savedNote.textContent = ok ? "已自动保存在这个浏览器里（" + time + "）" : "没有自动保存：见页面上方的提示";
    refreshSheet();
  }

  function changed() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
  }

  function roleName() {
    if (roleId === S.OWN_ROLE) return ownName.value.trim() || (S.ownDutyWords(ownDuties.value).length ? "我的岗位" : "");
    return roleId ? roleNames[roleId] || roleId : "";
  }

  function refreshSheet() {
    if (!alive) return;
    renderSheet(sheetBox, {
      state: collect(), kinds, roleName: roleName(), today: today(),
      goals: entries.map((e) => ({ report: e.report, planReport: e.planReport })),
    });
  }

  // ---- step 1: the role ------------------------------------------------------------
  function showRole() {
    const known = Array.from(roleSelect.options).some((o) => o.value === roleId);
    roleSelect.value = known ? roleId : "";
    ownBox.hidden = roleId !== S.OWN_ROLE;
  }

  roleSelect.addEventListener("change", () => {
    roleId = roleSelect.value;
    ownBox.hidden = roleId !== S.OWN_ROLE;
    recheckGoals();
    changed();
  });
  for (const input of [ownName, ownDuties]) input.addEventListener("input", () => { recheckGoals(); changed(); });
  above.addEventListener("input", changed);

  let rolesLoaded = false;
  const unsubscribeRoles = client.onStatus((s) => {
    if (s.state !== "ready" || rolesLoaded) return;
    rolesLoaded = true;
    client.run("roles", {}).then((roles) => {
      if (!Array.isArray(roles) || !alive) return;
      const own = roleSelect.querySelector(`option[value="${S.OWN_ROLE}"]`);
      for (const r of roles) {
        const name = (r.name && (r.name.zh || r.name.en)) || r.id;
        roleNames[r.id] = name;
        const opt = el("option", null, name);
        opt.value = r.id;
        roleSelect.insertBefore(opt, own);
      }
      showRole();
      refreshSheet();
    }, () => { rolesLoaded = false; });
  });

  function recheckGoals() {
    for (const e of entries) { e.goalLive.request(PLAN_DELAY_MS); }
  }

  // ---- steps 3 and 4: goals, plans, check dates ----------------------------------
  function goalPayload(e) {
    return { text: S.checkedGoalText(e.text.value, e.baseline.value), ...S.rolePayload(collectRole()) };
  }

  function collectRole() { return { id: roleId, ownName: ownName.value, ownDuties: ownDuties.value }; }

  function baselineNote(e, report) {
    const note = e.card.querySelector('[data-role="baseline-help"]');
    const unread = report && !report.error && e.baseline.value.trim() &&
      (report.findings || []).some((f) => f.rule === "A-no-baseline");
    note.textContent = unread
      ? "检查器没能把现在的水平和目标里的数字对上。试着直接写进目标，例如“从70%提高到95%”。"
      : "写了现在的水平，检查器读的就是“目前……，”加上你的目标。";
    note.setAttribute("data-unread", unread ? "true" : "false");
  }

  function checkNote(li, e) {
    const note = li.querySelector('[data-role="check-note"]');
    const date = li.querySelector('[data-field="date"]').value;
    const look = li.querySelector('[data-field="look"]').value.trim();
    const ifoff = li.querySelector('[data-field="ifoff"]').value.trim();
    const deadline = e.report && !e.report.error && e.report.facts && e.report.facts.deadline && e.report.facts.deadline.date;
    let text = "";
    if (!date && !look && !ifoff) text = "";
    else if (!date) text = "写上回头看的日期。";
    else if (date < today()) text = "这个日期已经过去了：检查日期要在今天之后。";
    else if (deadline && date > deadline) text = "晚于目标的截止日期（" + deadline + "）：要在截止之前回头看，才来得及纠正。";
    else if (!look) text = "写上那天看什么、和什么比，例如“达标率和95%比”。";
    else if (!ifoff) text = "写上没达到怎么办：这是 PDCA 的“处理”。";
    note.textContent = text;
    note.hidden = !text;
  }

  function addCheck(e, values = {}) {
    if (e.checks.children.length >= S.MAX_CHECKS) return null;
    const li = e.checkTemplate.content.firstElementChild.cloneNode(true);
    for (const key of ["date", "look", "ifoff"]) {
      const input = li.querySelector(`[data-field="${key}"]`);
      input.value = typeof values[key] === "string" ? values[key] : "";
      input.addEventListener("input", () => { checkNote(li, e); changed(); });
    }
    li.querySelector('[data-action="remove-check"]').addEventListener("click", () => {
      const next = li.nextElementSibling || li.previousElementSibling;
      li.remove();
      renumberChecks(e);
      changed();
      (next ? next.querySelector("input") : e.plan.querySelector('[data-action="add-check"]')).focus();
    });
    e.checks.appendChild(li);
    renumberChecks(e);
    checkNote(li, e);
    return li;
  }

  function renumberChecks(e) {
    Array.from(e.checks.children).forEach((li, i) => {
      const n = "第 " + (i + 1) + " 次检查";
      li.querySelector(".wk-check__num").textContent = n;
      li.querySelector('[data-action="remove-check"]').textContent = "删除" + n;
      for (const key of ["date", "look", "ifoff"]) {
        const input = li.querySelector(`[data-field="${key}"]`);
        const label = li.querySelector(`label[data-for="${key}"]`);
        input.id = e.id + "-check-" + (i + 1) + "-" + key;
        label.htmlFor = input.id;
        // Every goal has check dates: the name says whose, as the plan rows' do.
        input.setAttribute("aria-label", "目标 " + (entries.indexOf(e) + 1) + "，" + n + "：" + label.textContent);
      }
    });
    e.plan.querySelector('[data-action="add-check"]').disabled = e.checks.children.length >= S.MAX_CHECKS;
  }

  function goalCheck(e) {
    const result = e.card.querySelector('[data-role="goal-result"]');
    return new LiveCheck({
      kind: "goal",
      payload: () => goalPayload(e),
      onEmpty: () => {
        e.report = null;
        empty(result).appendChild(el("p", "gt-hint", GOAL_HINT));
        result.setAttribute("data-checked-text", "");
        refreshSheet();
      },
      onReport: (report, sent) => loadKinds().catch(() => null).then((k) => {
        e.report = report;
        renderReport(report, result, { names: criterionLabels(k, "goal"), text: sent.text });
        result.setAttribute("data-checked-text", sent.text);
        baselineNote(e, report);
        for (const li of e.checks.children) checkNote(li, e);
        refreshSheet();
      }),
      onError: (err) => {
        e.report = { error: { code: err.code, message: err.message } };
        if (err && err.code && err.code !== "unsupported" && err.code !== "boot-timeout") {
          renderReport({ error: { code: err.code, message: err.message } }, result);
        }
        result.setAttribute("data-checked-text", "");
        refreshSheet();
      },
    });
  }

  function planCheck(e) {
    const result = e.plan.querySelector('[data-role="plan-result"]');
    let checks = 0;
    const done = () => result.setAttribute("data-checked", String(++checks));
    const fail = (error) => {
      e.planReport = { error };
      e.rows.clearFeedback();
      empty(result);
      renderError(error, result);
      refreshSheet();
      done();
    };
    return new LiveCheck({
      kind: "plan",
      delay: PLAN_DELAY_MS,
      payload: () => ({ goal: S.checkedGoalText(e.text.value, e.baseline.value), actions: e.rows.values() }),
      isEmpty: (p) => !p.goal.trim(),
      onEmpty: () => {
        e.planReport = null;
        e.rows.clearFeedback();
        empty(result).appendChild(el("p", "gt-hint", PLAN_HINT));
        refreshSheet();
        done();
      },
      onReport: (report) => loadKinds().catch(() => null).then((k) => {
        if (report && report.error) { fail(report.error); return; }
        e.planReport = report;
        e.rows.clearFeedback();
        e.rows.showFeedback(report, k);
        renderReport(report, result, {
          names: criterionLabels(k, "plan"), verdict: PLAN_VERDICT, text: report.text,
          facts: { deadline: report.facts.goal && report.facts.goal.deadline },
        });
        refreshSheet();
        done();
      }),
      onError: (err) => fail({ code: err.code, message: err.message }),
    });
  }

  function addGoal(goal = S.freshGoal()) {
    if (entries.length >= S.MAX_GOALS) return null;
    const card = q('template[data-role="goal"]').content.firstElementChild.cloneNode(true);
    const plan = q('template[data-role="goal-plan"]').content.firstElementChild.cloneNode(true);
    const e = {
      card, plan, report: null, planReport: null, id: "",
      text: card.querySelector('[data-field="text"]'),
      baseline: card.querySelector('[data-field="baseline"]'),
      checks: plan.querySelector('[data-role="checks"]'),
      checkTemplate: q('template[data-role="check"]'),
    };
    e.text.value = goal.text || "";
    e.baseline.value = goal.baseline || "";
    e.goalLive = goalCheck(e);
    e.planLive = planCheck(e);
    const addRowButton = plan.querySelector('[data-action="add-row"]');
    e.rows = new PlanRows({
      list: plan.querySelector('[data-role="rows"]'),
      template: q('template[data-role="row"]'),
      idPrefix: "wk-plan",   // renumberGoals() gives each goal its own prefix
      max: S.MAX_ROWS,
      onEdit: () => { e.planLive.request(); changed(); },
      watch: (input) => { e.planLive.watch(input); input.addEventListener("input", changed); },
      onCountChange: (n, full) => { addRowButton.disabled = full; },
      focusAfterRemove: () => addRowButton,
    });
    for (const input of [e.text, e.baseline]) {
      e.goalLive.watch(input);
      e.planLive.watch(input);
      input.addEventListener("input", () => { updateGoalText(e); changed(); });
    }
    addRowButton.addEventListener("click", () => {
      const li = e.rows.add();
      if (li) li.querySelector("input").focus();
      changed();
    });
    plan.querySelector('[data-action="add-check"]').addEventListener("click", () => {
      const li = addCheck(e);
      if (li) li.querySelector("input").focus();
      changed();
    });
    card.querySelector('[data-action="remove-goal"]').addEventListener("click", () => removeGoal(e));
    goalList.appendChild(card);
    planList.appendChild(plan);
    entries.push(e);
    renumberGoals();
    e.rows.set(goal.plan);
    (goal.checks && goal.checks.length ? goal.checks : [{}]).forEach((c) => addCheck(e, c));
    updateGoalText(e);
    e.goalLive.request(0);
    e.planLive.request(0);
    return e;
  }

  function updateGoalText(e) {
    const text = e.text.value.trim();
    e.plan.querySelector('[data-role="goal-text"]').textContent = text ? "目标：" + text : "（第 3 步里还没有写这个目标）";
    const counter = e.card.querySelector('[data-role="counter"]');
    const n = Array.from(S.checkedGoalText(e.text.value, e.baseline.value)).length;
    counter.textContent = n + " / " + client.limits.maxGoalChars;
    counter.setAttribute("data-over", n > client.limits.maxGoalChars ? "true" : "false");
  }

  function renumberGoals() {
    entries.forEach((e, i) => {
      const n = i + 1;
      e.id = "wk-g" + n;
      e.card.querySelector(".wk-goal__title").textContent = "目标 " + n;
      for (const sr of e.card.querySelectorAll('[data-role="goal-n"]')) sr.textContent = "目标 " + n + " ";
      e.card.querySelector('[data-action="remove-goal"]').textContent = "删除目标 " + n;
      e.card.querySelector('[data-action="remove-goal"]').hidden = entries.length === 1;
      for (const key of ["text", "baseline"]) {
        const input = e.card.querySelector(`[data-field="${key}"]`);
        input.id = e.id + "-" + key;
        e.card.querySelector(`label[data-for="${key}"]`).htmlFor = input.id;
      }
      const help = e.card.querySelector('[data-role="baseline-help"]');
      help.id = e.id + "-baseline-help";
      e.baseline.setAttribute("aria-describedby", help.id);
      e.plan.querySelector(".wk-plan__title").textContent = "目标 " + n + " 的计划";
      e.rows.idPrefix = e.id + "-plan";
      e.rows.labelPrefix = "目标 " + n + "，";
      e.rows.renumber();
      renumberChecks(e);
    });
    addGoalButton.disabled = entries.length >= S.MAX_GOALS;
    addGoalButton.textContent = entries.length >= S.MAX_GOALS ? "已经有三个目标了" : "＋ 再写一个目标";
  }

  function dropGoal(e) {
    e.goalLive.stop();
    e.planLive.stop();
    e.card.remove();
    e.plan.remove();
    entries.splice(entries.indexOf(e), 1);
  }

  function removeGoal(e) {
    const n = entries.indexOf(e) + 1;
    const go = () => {
      dropGoal(e);
      renumberGoals();
      saveNow();
      const next = entries[Math.min(n - 1, entries.length - 1)];
      next.text.focus();
      say("已删除目标 " + n + "。");
    };
    if (!e.text.value.trim() && e.rows.values().every((r) => !Object.values(r).some((v) => v.trim()))) { go(); return; }
    ask("删除目标 " + n + " 和它的计划、检查日期？", "删除目标 " + n, go, e.card.querySelector('[data-action="remove-goal"]'));
  }

  addGoalButton.addEventListener("click", () => {
    const e = addGoal();
    if (e) { e.text.focus(); changed(); }
  });

  // ---- load a whole workshop ---------------------------------------------------------
  function load(state) {
    while (entries.length) dropGoal(entries[0]);
    roleId = state.role.id || "";
    ownName.value = state.role.ownName || "";
    ownDuties.value = state.role.ownDuties || "";
    showRole();
    above.value = state.above || "";
    state.goals.slice(0, S.MAX_GOALS).forEach((g) => addGoal(g));
    if (!entries.length) addGoal();
    refreshSheet();
  }

  // ---- confirmation, in the page ---------------------------------------------------------
  let confirmAction = null;
  let confirmReturn = null;
  const yes = confirmBox.querySelector('[data-action="confirm-yes"]');
  const no = confirmBox.querySelector('[data-action="confirm-no"]');

  function ask(text, yesLabel, action, returnFocus) {
    confirmBox.querySelector('[data-role="confirm-text"]').textContent = text;
    yes.textContent = yesLabel;
    confirmAction = action;
    confirmReturn = returnFocus || null;
    // The question appears next to the button that asked it (a goal's remove button, the sheet's tools).
    const spot = returnFocus && returnFocus.closest(".wk-goal__head, .wk-tools");
    if (spot) spot.after(confirmBox);
    confirmBox.hidden = false;
    yes.focus();
  }

  function closeConfirm(run) {
    const action = confirmAction;
    confirmBox.hidden = true;
    confirmAction = null;
    if (run && action) action();
    else if (confirmReturn && confirmReturn.isConnected) confirmReturn.focus();
  }

  yes.addEventListener("click", () => closeConfirm(true));
  no.addEventListener("click", () => closeConfirm(false));
  confirmBox.addEventListener("keydown", (ev) => { if (ev.key === "Escape") closeConfirm(false); });

  // ---- step 5: print, export, import, start again ----------------------------------------
  q('[data-action="print"]').addEventListener("click", () => { saveNow(); window.print(); });

  q('[data-action="export"]').addEventListener("click", () => {
    saveNow();
    download("我的目标-" + today() + ".json", S.toExport(collect()));
    say("已导出目标单：文件名是“我的目标-" + today() + ".json”。以后可以用“导入”把它读回来。");
  });

  const importInput = q('[data-field="import"]');
  importInput.addEventListener("change", () => {
    const file = importInput.files && importInput.files[0];
    importInput.value = "";
    if (!file) return;
    if (file.size > S.MAX_FILE_BYTES) {
      say("无法导入“" + file.name + "”：文件有 " + Math.round(file.size / 1024) + " KB，超过 1 MB，不像是导出的目标单。你现在的内容没有变。", true);
      return;
    }
    file.text().then((text) => {
      const got = S.fromExport(text);
      if (got.error) {
        say("无法导入“" + file.name + "”：" + got.error + "你现在的内容没有变。", true);
        return;
      }
      const apply = () => {
        load(got.data);
        saveNow();
        say("已导入“" + file.name + "”。");
        roleSelect.focus();
      };
      if (S.isEmpty(collect())) apply();
      else ask("导入“" + file.name + "”会替换你现在写的内容。要先导出一份吗？确定替换请点下面的按钮。", "替换为导入的内容", apply,
               q('label[for="wk-import"]'));
    }, (err) => say("无法读取“" + file.name + "”：" + (err && err.message || err) + "。你现在的内容没有变。", true));
  });

  q('[data-action="restart"]').addEventListener("click", (ev) => {
    ask("清空全部内容，从头开始？清空后无法恢复；需要的话先导出一份。", "清空，重新开始", () => {
      record.reset();
      load(S.fresh());
      saveNow();
      say("已清空，可以重新开始了。");
      roleSelect.focus();
    }, ev.currentTarget);
  });

  const exampleButton = q('[data-action="example"]');
  if (exampleButton && example) {
    exampleButton.addEventListener("click", () => {
      const apply = () => {
        load({
          schema: S.SCHEMA, role: { id: example.role || "", ownName: "", ownDuties: "" }, above: example.above || "",
          goals: example.goals.map((g) => ({
            text: g.text, baseline: g.baseline || "", plan: g.plan,
            checks: (g.checks || []).map((c) => ({ date: S.daysFromToday(c.after_days), look: c.look, ifoff: c.ifoff })),
          })),
        });
        saveNow();
        say("已载入示例。改一改，看看反馈怎么变。");
      };
      if (S.isEmpty(collect())) apply();
      else ask("载入示例会替换你现在写的内容。确定吗？", "替换为示例", apply, exampleButton);
    });
  }

  // ---- start ------------------------------------------------------------------------------
  const unsubscribeStatus = client.onStatus((s) => renderStatus(statusBox, s, () => entries.forEach((e) => {
    e.goalLive.retry();
    e.planLive.retry();
  })));
  client.warm("plan");
  load(record.load());
  const flush = () => { if (saveTimer) saveNow(); };
  addEventListener("pagehide", flush);
  root.setAttribute("data-ready", "true");
  return () => {
    flush();
    alive = false;
    removeEventListener("pagehide", flush);
    while (entries.length) dropGoal(entries[0]);
    unsubscribeStatus();
    unsubscribeRoles();
    stopNotices();
  };
}
