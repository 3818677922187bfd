/* The "my progress" page (docs/quiz/progress.md): every quiz on the site with its best
 * and last score, the questions to review (last answer wrong), export as JSON or CSV
 * (a file a learner can hand to a teacher), and reset.
 */
import * as Q from "./questions.js";
import * as P from "./quiz.js";
import { store as S } from "./store.js";

var el = Q.el;

function fetchJson(url) {
  return fetch(url, { credentials: "same-origin" }).then(function (r) {
    if (!r.ok) throw new Error("HTTP " + r.status);
    return r.json();
  });
}

function csvCell(v) {
  var s = v === undefined || v === null ? "" : String(v);
  if (/^[=+\-@]/.test(s)) s = "'" + s;   // keep spreadsheets from running a cell as a formula
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function download(name, type, text) {
  var blob = new Blob([text], { type: type });
  var a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

function rows(placements, record) {
  var list = [], seen = Object.create(null);
  placements.quizzes.forEach(function (p) {
    if (seen[p.key]) return;
    seen[p.key] = true;
    list.push({ key: p.key, title: p.title, page: p.page, url: S.root + p.url, rec: record.quizzes[p.key] || null });
  });
  Object.keys(record.quizzes).forEach(function (k) {
    if (seen[k]) return;
    var r = record.quizzes[k];
    list.push({ key: k, title: r.title || k, page: "", url: r.url || "", rec: r });
  });
  return list;
}

// The final test's record: last and best attempt, score per part, and the way to the summary.
function finalSection(box) {
  var f = S.final();
  var section = el("section", "quiz-progress__final");
  section.appendChild(el("h2", null, "结业测验"));
  if (!f) {
    section.appendChild(el("p", "quiz-progress__final-none", "还没有参加结业测验。"));
    box.appendChild(section);
    return;
  }
  function line(label, a) {
    return el("p", "quiz-progress__final-" + label, (label === "last" ? "最近一次：" : "最好成绩：") + a.percent + " 分（" +
      a.right + " / " + a.total + " 题），" + (a.passed ? "通过" : "未通过") + "，" + a.date);
  }
  section.appendChild(line("last", f.last));
  section.appendChild(line("best", f.best));
  section.appendChild(el("p", null, "共考了 " + f.attempts + " 次。最近一次各部分的得分："));
  var table = el("table", "quiz-progress__final-areas");
  var tr = el("tr");
  ["部分", "答对"].forEach(function (h) { tr.appendChild(el("th", null, h)); });
  var thead = el("thead");
  thead.appendChild(tr);
  table.appendChild(thead);
  var tbody = el("tbody");
  f.last.areas.forEach(function (a) {
    var row = el("tr");
    row.setAttribute("data-area", a.id);
    row.appendChild(el("td", null, a.title || a.id));
    row.appendChild(el("td", null, a.right + " / " + a.total));
    tbody.appendChild(row);
  });
  table.appendChild(tbody);
  section.appendChild(table);
  var quiz = S.get("final");
  var link = el("a", null, f.best.passed ? "打印结业证明" : "再考一次");
  link.href = (quiz && quiz.url || "") + (f.best.passed ? "#summary" : "");
  var p2 = el("p");
  p2.appendChild(link);
  section.appendChild(p2);
  box.appendChild(section);
}

function render(box, data, placements) {
  while (box.firstChild) box.removeChild(box.firstChild);
  P.noticeArea(box);
  var record = S.load();
  var list = rows(placements, record);

  finalSection(box);
  box.appendChild(el("h2", null, "每个测验的成绩"));
  var table = el("table", "quiz-progress__table");
  var thead = el("thead"), tr = el("tr");
  ["测验", "所在页面", "最好成绩", "最近一次", "次数", "最近时间"].forEach(function (h) { tr.appendChild(el("th", null, h)); });
  thead.appendChild(tr);
  table.appendChild(thead);
  var tbody = el("tbody");
  list.forEach(function (row) {
    var r = row.rec;
    var tr = el("tr");
    tr.setAttribute("data-key", row.key);
    var name = el("td"), a = el("a", null, row.title);
    a.href = row.url;
    name.appendChild(a);
    tr.appendChild(name);
    tr.appendChild(el("td", null, row.page || ""));
    tr.appendChild(el("td", "quiz-progress__best", r ? r.best + " / " + r.total : "未做"));
    tr.appendChild(el("td", null, r ? r.last + " / " + (r.lastTotal || r.total) : ""));
    tr.appendChild(el("td", null, r ? String(r.attempts) : "0"));
    tr.appendChild(el("td", null, r && r.updated ? new Date(r.updated).toLocaleString("zh-CN") : ""));
    tbody.appendChild(tr);
  });
  table.appendChild(tbody);
  box.appendChild(table);

  box.appendChild(el("h2", null, "需要复习的题"));
  var wrong = Object.keys(record.questions).filter(function (id) { return !record.questions[id].ok && data.questions[id]; });
  if (!wrong.length) {
    box.appendChild(el("p", "quiz-progress__none", Object.keys(record.questions).length ?
      "最近一次都答对了，没有需要复习的题。" : "还没有做过测验。"));
  } else {
    var ul = el("ul", "quiz-progress__review");
    wrong.forEach(function (id) {
      var q = data.questions[id];
      var li = el("li");
      li.setAttribute("data-qid", id);
      li.appendChild(el("span", "quiz-progress__prompt", q.prompt + " "));
      var a = el("a", null, "复习：" + (q.cite || "课程页"));
      a.href = new URL(q.url, S.root).href;
      li.appendChild(a);
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  box.appendChild(el("h2", null, "导出与重置"));
  var actions = el("div", "quiz-progress__actions");
  var stamp = new Date().toISOString().slice(0, 10);
  var json = el("button", "md-button quiz-export-json", "导出 JSON");
  json.type = "button";
  json.addEventListener("click", function () {
    var out = { exported: new Date().toISOString(), site: S.root, schema: S.SCHEMA, quizzes: record.quizzes, questions: record.questions,
                final: S.final() };
    download("quiz-progress-" + stamp + ".json", "application/json", JSON.stringify(out, null, 2));
  });
  var csv = el("button", "md-button quiz-export-csv", "导出 CSV");
  csv.type = "button";
  csv.addEventListener("click", function () {
    var lines = [["kind", "id", "title", "best", "total", "last", "attempts", "updated"].join(",")];
    Object.keys(record.quizzes).forEach(function (k) {
      var r = record.quizzes[k];
      lines.push(["quiz", k, r.title, r.best, r.total, r.last, r.attempts, r.updated].map(csvCell).join(","));
    });
    Object.keys(record.questions).forEach(function (id) {
      var r = record.questions[id], q = data.questions[id];
      lines.push(["question", id, q ? q.prompt : "", r.ok ? 1 : 0, 1, r.ok ? "right" : "wrong",
        (r.right || 0) + (r.wrong || 0), r.at].map(csvCell).join(","));
    });
    // BOM so spreadsheet programs read the Chinese text as UTF-8
    download("quiz-progress-" + stamp + ".csv", "text/csv;charset=utf-8", "\ufeff" + lines.join("\r\n") + "\r\n");
  });
  var reset = el("button", "md-button quiz-reset", "重置进度");
  reset.type = "button";
  var confirmBox = el("span", "quiz-reset__confirm");
  confirmBox.hidden = true;
  confirmBox.appendChild(el("span", null, "确定清除本站保存的全部测验成绩吗？此操作不能撤销。"));
  var yes = el("button", "md-button md-button--primary quiz-reset__yes", "确定清除");
  yes.type = "button";
  var no = el("button", "md-button quiz-reset__no", "取消");
  no.type = "button";
  confirmBox.appendChild(yes);
  confirmBox.appendChild(no);
  reset.addEventListener("click", function () { confirmBox.hidden = false; yes.focus(); });
  no.addEventListener("click", function () { confirmBox.hidden = true; });
  yes.addEventListener("click", function () { S.reset(); render(box, data, placements); });
  [json, csv, reset, confirmBox].forEach(function (n) { actions.appendChild(n); });
  box.appendChild(actions);
  box.setAttribute("data-ready", "true");
}

// Mount the progress page (.quiz-progress); main.js calls this.
export function mount(box) {
  // Without the list of placed quizzes the page still shows what was saved.
  var placements = fetchJson(S.placementsUrl).catch(function () { return { quizzes: [] }; });
  Promise.all([S.questions(), placements]).then(function (all) {
    render(box, all[0], all[1]);
  }, function (err) {
    box.textContent = "进度页的数据加载失败（" + (err && err.message || err) + "），请刷新页面重试。";
  });
}
