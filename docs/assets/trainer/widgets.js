/* Wires the checker widgets on a page to window.GoalTrainer:
 *   [data-trainer="mini"]          the embeddable mini-checker (```smart-checker)
 *   [data-trainer="checker-page"]  the full checker page (docs/tools/checker.md)
 * Feedback follows typing: at most one check is in flight and, when it
 * returns, the latest text is checked next (so nothing queues up and what was
 * typed while Pyodide loaded is checked the moment it is ready). Pinyin input
 * is left alone until the character is chosen (compositionend).
 */
(function () {
  "use strict";
  var T = window.GoalTrainer;
  var D = window.GoalTrainerDom;   // DOM helpers from render.js, loaded before this file
  if (!T || !D) return;
  var el = D.el;

  // ---- loading / error state, shared by every widget on the page --------
  function showStatus(box, retry) {
    return T.onStatus(function (s) { T.renderStatus(box, s, retry); });
  }

  // ---- live checking of one text box ---------------------------------------
  function LiveCheck(options) {
    this.input = options.input;
    this.result = options.result;
    this.payload = options.payload;   // () -> payload object for the current text
    this.onReport = options.onReport || function () {};
    this.inFlight = false;
    this.dirty = false;
    this.composing = false;
    this.lastKey = null;
    this.ready = false;
    var self = this;
    // Checks wait for the worker, which starts when the page is idle.
    T.onStatus(function (s) {
      self.ready = s.state === "ready";
      if (self.ready && !self.inFlight) self.next();
    });
    this.input.addEventListener("compositionstart", function () { self.composing = true; });
    this.input.addEventListener("compositionend", function () { self.composing = false; self.request(); });
    this.input.addEventListener("input", function (e) { if (!e.isComposing && !self.composing) self.request(); });
  }

  LiveCheck.prototype.request = function () {
    this.dirty = true;
    if (this.ready && !this.inFlight) this.next();
  };

  LiveCheck.prototype.next = function () {
    var self = this;
    if (!this.dirty) return;
    this.dirty = false;
    var payload = this.payload();
    var key = JSON.stringify(payload);
    if (key === this.lastKey) return;
    if (!payload.text.trim()) {
      this.lastKey = key;
      D.empty(this.result);
      this.result.appendChild(el("p", "gt-hint", "在上面写下一个目标，这里会逐条显示检查结果。"));
      this.onReport(null);
      return;
    }
    this.inFlight = true;
    var startedAt = performance.now();
    T.run("goal", payload).then(function (report) {
      self.lastKey = key;
      T.render(report, self.result, { text: payload.text });
      self.result.setAttribute("data-checked-text", payload.text);
      self.result.setAttribute("data-check-ms", String(Math.round(performance.now() - startedAt)));
      self.onReport(report, payload);
    }, function (err) {
      self.lastKey = null;   // try this text again next time
      if (err && err.code && err.code !== "unsupported" && T && err.code !== "boot-timeout") {
        T.render({ error: { code: err.code, message: err.message } }, self.result, {});
      }
      self.onReport(null);
    }).then(function () {
      self.inFlight = false;
      self.next();
    });
  };

  function retryWith(check) {
    return function () {
      check.lastKey = null;
      T.start();
      check.request();
    };
  }

  // ---- the mini-checker ----------------------------------------------------
  function setupMini(root) {
    var input = root.querySelector("textarea");
    var result = root.querySelector('[data-role="result"]');
    var status = root.querySelector('[data-role="status"]');
    var check = new LiveCheck({
      input: input, result: result,
      payload: function () {
        var p = { text: input.value };
        if (root.getAttribute("data-role")) p.role = root.getAttribute("data-role");
        if (root.getAttribute("data-today")) p.today = root.getAttribute("data-today");
        return p;
      },
    });
    showStatus(status, retryWith(check));
    check.request();   // the prefilled example
  }

  // ---- the full checker page ------------------------------------------------
  function reportAsText(report, payload) {
    var STATUS = { pass: "✓ 通过", warn: "! 注意", fail: "✗ 未通过", unknown: "? 待确认" };
    var lines = ["目标：" + payload.text];
    if (payload.role) lines.push("岗位：" + payload.role);
    if (payload.today) lines.push("参考日期：" + payload.today);
    lines.push("结论：" + (report.verdict === "pass" ? "符合 SMART" : "需要修改") +
      (typeof report.score === "number" ? "（得分 " + report.score + "）" : ""));
    lines.push("");
    Object.keys(report.criteria || {}).forEach(function (k) {
      var c = report.criteria[k] || {};
      lines.push(k + "  " + (STATUS[c.status] || c.status) + "  " + (c.summary || ""));
    });
    var findings = report.findings || [];
    if (findings.length) {
      lines.push("");
      findings.forEach(function (f, i) {
        lines.push((i + 1) + ". [" + f.rule + "] " + (f.message || ""));
        if (f.suggestion) lines.push("   建议：" + f.suggestion);
        if (f.doc) lines.push("   说明：" + new URL(f.doc, T.siteRoot).href);
      });
    }
    var facts = report.facts || {};
    if (facts.deadline) lines.push("", "截止时间：" + facts.deadline.text + (facts.deadline.date ? " → " + facts.deadline.date : ""));
    (facts.metrics || []).forEach(function (m) { lines.push("衡量标准：" + m.text); });
    (facts.changes || []).forEach(function (c) { lines.push("变化：" + (c.text || (c.from + " → " + c.to))); });
    return lines.join("\n");
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    // Plain-http intranets are not a secure context: fall back to a selection.
    return new Promise(function (resolve, reject) {
      var area = el("textarea", "gt-copy-buffer");
      area.value = text;
      area.setAttribute("readonly", "");
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error("copy failed"));
    });
  }

  function setupCheckerPage(root) {
    var input = root.querySelector("#gt-goal");
    var role = root.querySelector("#gt-role");
    var today = root.querySelector("#gt-today");
    var result = root.querySelector('[data-role="result"]');
    var status = root.querySelector('[data-role="status"]');
    var copy = root.querySelector("#gt-copy");
    var copyNote = root.querySelector('[data-role="copy-note"]');
    var counter = root.querySelector('[data-role="counter"]');
    var last = null;
    var check = new LiveCheck({
      input: input, result: result,
      payload: function () {
        var p = { text: input.value };
        if (role && role.value) p.role = role.value;
        if (today && today.value) p.today = today.value;
        return p;
      },
      onReport: function (report, payload) {
        last = report && !report.error ? { report: report, payload: payload } : null;
        if (copy) copy.disabled = !last;
      },
    });
    showStatus(status, retryWith(check));
    if (counter) {
      var updateCounter = function () {
        var n = Array.from(input.value).length, max = T.limits.maxGoalChars;
        counter.textContent = n + " / " + max;
        counter.setAttribute("data-over", n > max ? "true" : "false");
      };
      input.addEventListener("input", updateCounter);
      updateCounter();
    }
    if (role) role.addEventListener("change", function () { check.request(); });
    if (today) today.addEventListener("change", function () { check.request(); });
    root.querySelectorAll("[data-example]").forEach(function (button) {
      button.addEventListener("click", function () {
        input.value = button.getAttribute("data-example");
        if (button.getAttribute("data-example-role") && role) role.value = button.getAttribute("data-example-role");
        input.dispatchEvent(new Event("input"));
        input.focus();
      });
    });
    if (copy) {
      copy.disabled = true;
      copy.addEventListener("click", function () {
        if (!last) return;
        copyText(reportAsText(last.report, last.payload)).then(function () {
          copyNote.textContent = "已复制检查结果。";
        }, function () {
          copyNote.textContent = "无法自动复制，请手动选择结果文字复制。";
        });
      });
    }
    var rolesLoaded = false;
    if (role) T.onStatus(function (s) {
      if (s.state !== "ready" || rolesLoaded) return;
      rolesLoaded = true;
      T.run("roles", {}).then(function (roles) {
        if (!Array.isArray(roles)) return;
        roles.forEach(function (r) {
          var name = (r.name && (r.name.zh || r.name.en)) || r.id;
          var opt = el("option", null, name);
          opt.value = r.id;
          role.appendChild(opt);
        });
        role.disabled = false;
      }, function () { rolesLoaded = false; });
    });
    if (input.value.trim()) check.request();
  }

  function setupAll() {
    document.querySelectorAll('[data-trainer="mini"]').forEach(setupMini);
    document.querySelectorAll('[data-trainer="checker-page"]').forEach(setupCheckerPage);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setupAll);
  else setupAll();
})();
