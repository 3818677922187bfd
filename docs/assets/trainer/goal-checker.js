// The goal checkers (widget HTML: hooks/widget_html.py):
//   [data-trainer="mini"]          the mini-checker a lesson embeds (```smart-checker)
//   [data-trainer="checker-page"]  the full checker page (docs/tools/checker.md)
// mount(root) wires one up and returns a function that unwires it.
import * as client from "./client.js";
import { el, empty, STATUS } from "./dom.js";
import { criterionLabels, loadKinds } from "./kinds.js";
import { LiveCheck } from "./live-check.js";
import { renderReport, renderStatus } from "./render.js";
import { siteRoot } from "./site.js";

const HINT = "在上面写下一个目标，这里会逐条显示检查结果。";

// One goal text box with live feedback into `result`; returns the LiveCheck.
function goalCheck(root, input, payload, onReport) {
  const result = root.querySelector('[data-role="result"]');
  const statusBox = root.querySelector('[data-role="status"]');
  const show = (node) => { empty(result); result.appendChild(node); };
  const live = new LiveCheck({
    kind: "goal",
    payload,
    onEmpty: () => { show(el("p", "gt-hint", HINT)); onReport(null); },
    onReport: (report, sent, ms) => loadKinds().catch(() => null).then((kinds) => {
      renderReport(report, result, { names: criterionLabels(kinds, "goal"), text: sent.text });
      result.setAttribute("data-checked-text", sent.text);
      result.setAttribute("data-check-ms", String(Math.round(ms)));
      onReport(report, sent, kinds);
    }),
    onError: (err) => {
      // Boot failures are shown by the status line above, with a retry.
      if (err && err.code && err.code !== "unsupported" && err.code !== "boot-timeout") {
        renderReport({ error: { code: err.code, message: err.message } }, result);
      }
      onReport(null);
    },
  }).watch(input);
  const unsubscribe = client.onStatus((s) => renderStatus(statusBox, s, () => live.retry()));
  return { live, stop: () => { live.stop(); unsubscribe(); } };
}

export function mountMini(root) {
  const input = root.querySelector("textarea");
  const { live, stop } = goalCheck(root, input, () => {
    const p = { text: input.value };
    if (root.getAttribute("data-role")) p.role = root.getAttribute("data-role");
    if (root.getAttribute("data-today")) p.today = root.getAttribute("data-today");
    return p;
  }, () => {});
  live.request(0);   // the prefilled example
  return stop;
}

function reportAsText(report, payload, kinds) {
  const names = criterionLabels(kinds, "goal");
  const lines = ["目标：" + payload.text];
  if (payload.role) lines.push("岗位：" + (report.facts && report.facts.role_name || payload.role));
  if (payload.today) lines.push("参考日期：" + payload.today);
  lines.push("结论：" + (report.verdict === "pass" ? "符合 SMART" : "需要修改") +
    (typeof report.score === "number" ? "（得分 " + report.score + "）" : ""));
  lines.push("");
  for (const [k, c] of Object.entries(report.criteria || {})) {
    const st = STATUS[c.status];
    lines.push(k + " " + (names[k] || c.name || "") + "  " + (st ? st.icon + " " + st.word : c.status) + "  " + (c.summary || ""));
  }
  const findings = report.findings || [];
  if (findings.length) {
    lines.push("");
    findings.forEach((f, i) => {
      lines.push((i + 1) + ". [" + f.rule + "] " + (f.message || ""));
      if (f.suggestion) lines.push("   建议：" + f.suggestion);
      if (f.doc) lines.push("   说明：" + new URL(f.doc, siteRoot).href);
    });
  }
  const facts = report.facts || {};
  if (facts.deadline) lines.push("", "截止时间：" + facts.deadline.text + (facts.deadline.date ? " → " + facts.deadline.date : ""));
  for (const m of facts.metrics || []) lines.push("衡量标准：" + m.text);
  for (const c of facts.changes || []) lines.push("变化：" + (c.text || (c.from + " → " + c.to)));
  return lines.join("\n");
}

function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  // Plain-http intranets are not a secure context: fall back to a selection.
  return new Promise((resolve, reject) => {
    const area = el("textarea", "gt-copy-buffer");
    area.value = text;
    area.setAttribute("readonly", "");
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    if (ok) resolve(); else reject(new Error("copy failed"));
  });
}

export function mountCheckerPage(root) {
  const input = root.querySelector('[data-field="goal"]');
  const role = root.querySelector('[data-field="role"]');
  const today = root.querySelector('[data-field="today"]');
  const copy = root.querySelector('[data-action="copy"]');
  const copyNote = root.querySelector('[data-role="copy-note"]');
  const counter = root.querySelector('[data-role="counter"]');
  let last = null;
  const { live, stop } = goalCheck(root, input, () => {
    const p = { text: input.value };
    if (role && role.value) p.role = role.value;
    if (today && today.value) p.today = today.value;
    return p;
  }, (report, payload, kinds) => {
    last = report && !report.error ? { report, payload, kinds } : null;
    if (copy) copy.disabled = !last;
  });
  if (role) live.watch(role);
  if (today) live.watch(today);
  if (counter) {
    const updateCounter = () => {
      const n = Array.from(input.value).length, max = client.limits.maxGoalChars;
      counter.textContent = n + " / " + max;
      counter.setAttribute("data-over", n > max ? "true" : "false");
    };
    input.addEventListener("input", updateCounter);
    updateCounter();
  }
  for (const button of root.querySelectorAll("[data-example]")) {
    button.addEventListener("click", () => {
      input.value = button.getAttribute("data-example");
      if (role) role.value = button.getAttribute("data-example-role") || "";
      input.dispatchEvent(new Event("input"));
      input.focus();
    });
  }
  if (copy) {
    copy.disabled = true;
    copy.addEventListener("click", () => {
      if (!last) return;
      copyText(reportAsText(last.report, last.payload, last.kinds)).then(
        () => { copyNote.textContent = "已复制检查结果。"; },
        () => { copyNote.textContent = "无法自动复制，请手动选择结果文字复制。"; });
    });
  }
  let rolesLoaded = false;
  const unsubscribeRoles = role ? client.onStatus((s) => {
    if (s.state !== "ready" || rolesLoaded) return;
    rolesLoaded = true;
    client.run("roles", {}).then((roles) => {
      if (!Array.isArray(roles) || !root.isConnected) return;
      for (const r of roles) {
        const opt = el("option", null, (r.name && (r.name.zh || r.name.en)) || r.id);
        opt.value = r.id;
        role.appendChild(opt);
      }
      role.disabled = false;
    }, () => { rolesLoaded = false; });
  }) : () => {};
  if (input.value.trim()) live.request(0);
  return () => { stop(); unsubscribeRoles(); };
}
