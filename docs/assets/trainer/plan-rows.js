// The rows of an action plan (how / who / what / when), shared by the plan
// builder (plan.js) and the workshop (workshop/workshop.js): rows are copies
// of the row <template> hooks/widget_html.py makes; under each row, the four
// parts the plan checker read, with status icon + word, and its notes.
//
//   const rows = new PlanRows({list, template, idPrefix, max, onEdit, watch, focusAfterRemove});
//   rows.add(values)        a row, filled with {how, who, what, when}
//   rows.set(list)          replace every row (at least one stays)
//   rows.values()           [{how, who, what, when}, …], in order
//   rows.clearFeedback()
//   rows.showFeedback(report, kinds)   a plan report: facts.actions[].index is the
//                                      position of the row in values() (blank rows are skipped)
import { el, empty, statusBadge } from "./dom.js";
import { criterionLabels } from "./kinds.js";

export const FIELDS = ["how", "who", "what", "when"];

function worst(statuses) {
  if (statuses.includes("fail")) return "fail";
  if (statuses.includes("warn")) return "warn";
  return "pass";
}

export class PlanRows {
  constructor({ list, template, idPrefix, max = 40, onEdit, watch, onCountChange, focusAfterRemove }) {
    this.list = list;
    this.template = template;
    this.idPrefix = idPrefix;
    this.labelPrefix = "";                            // e.g. "目标 2，" when a page has several plans
    this.max = max;                                   // the checker's own limit (checker/plan/actions.py MAX_ACTIONS)
    this.onEdit = onEdit || (() => {});               // a row was removed
    this.watch = watch || (() => {});                 // (input): a new input to follow
    this.onCountChange = onCountChange || (() => {}); // (count, full)
    this.focusAfterRemove = focusAfterRemove || (() => null);
  }

  rows() { return Array.from(this.list.children); }

  renumber() {
    this.rows().forEach((li, i) => {
      li.querySelector(".gt-plan__num").textContent = "第 " + (i + 1) + " 条";
      li.querySelector('[data-action="remove"]').textContent = "删除第 " + (i + 1) + " 条";
      for (const key of FIELDS) {
        const input = li.querySelector(`[data-field="${key}"]`);
        const label = li.querySelector(`label[data-for="${key}"]`);
        input.id = this.idPrefix + "-" + (i + 1) + "-" + key;
        label.htmlFor = input.id;
        input.setAttribute("aria-label", this.labelPrefix + "第 " + (i + 1) + " 条行动：" + label.textContent);
      }
    });
    this.onCountChange(this.rows().length, this.rows().length >= this.max);
  }

  add(values = {}) {
    if (this.rows().length >= this.max) return null;
    const li = this.template.content.firstElementChild.cloneNode(true);
    for (const key of FIELDS) {
      const input = li.querySelector(`[data-field="${key}"]`);
      input.value = typeof values[key] === "string" ? values[key] : "";
      this.watch(input);
    }
    li.querySelector('[data-action="remove"]').addEventListener("click", () => {
      const next = li.nextElementSibling || li.previousElementSibling;
      li.remove();
      this.renumber();
      this.onEdit();
      // Keep focus in the list, not on a button that is gone.
      const target = next ? next.querySelector("input") : this.focusAfterRemove();
      if (target) target.focus();
    });
    this.list.appendChild(li);
    this.renumber();
    return li;
  }

  set(list) {
    empty(this.list);
    (list || []).slice(0, this.max).forEach((r) => this.add(r));
    if (!this.rows().length) this.add();
  }

  values() {
    return this.rows().map((li) => Object.fromEntries(FIELDS.map((k) => [k, li.querySelector(`[data-field="${k}"]`).value])));
  }

  clearFeedback() {
    for (const li of this.rows()) {
      for (const read of li.querySelectorAll("[data-read]")) { read.removeAttribute("data-status"); empty(read); }
      empty(li.querySelector(".gt-plan__notes"));
      li.querySelector(".gt-plan__step").hidden = true;
      li.removeAttribute("data-status");
    }
  }

  showFeedback(report, kinds) {
    const byIndex = {};
    for (const a of (report.facts && report.facts.actions) || []) byIndex[a.index] = a;
    const notesByIndex = {};
    for (const f of report.findings || []) {
      if (typeof f.action === "number") (notesByIndex[f.action] = notesByIndex[f.action] || []).push(f);
    }
    const steps = criterionLabels(kinds, "plan");
    this.rows().forEach((li, i) => {
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
}
