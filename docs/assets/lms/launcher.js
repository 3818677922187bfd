/* The SCO's entry page (scorm.html, SCORM package only): one LMS session for the whole course.
 *
 * The course is many HTML pages, and every page load starts a new script. A SCORM 1.2
 * SCO may call LMSInitialize once and LMSFinish once per launch (after LMSFinish the LMS
 * takes the attempt as over), so the pages cannot each open and close a session. This
 * page is the SCO: it stays loaded while the course's pages load in its frame, it opens
 * the session (LMSInitialize), hears from each page (assets/lms/page.js, postMessage):
 * which page is shown and the final test's result, saves them (LMSSetValue + LMSCommit
 * after every change) and closes the session when the learner really leaves (pagehide of
 * this page: the LMS closes the course window or unloads its frame). This is the
 * frameset design of multi-page SCOs (Ostyn, "Cooking up a SCORM", for SCORM 1.2).
 *
 * What the LMS gets (lms/README.md): cmi.core.lesson_location (the page shown),
 * cmi.suspend_data (pages visited and the best final test, assets/lms/suspend.js),
 * cmi.core.lesson_status (incomplete, completed once every required page was seen,
 * then passed or failed by the final test's best attempt), cmi.core.score.raw/min/max
 * (the best attempt, 0-100), cmi.core.session_time and cmi.core.exit=suspend.
 * With no LMS the page just shows the course.
 */
import { findApi, Session, timespan } from "./scorm12.js";
import { decode, encode } from "./suspend.js";

var root = new URL("../../", import.meta.url);
var frame = document.getElementById("course");
var bar = document.querySelector(".lms-bar");
var startedAt = Date.now();
var PAGE = "smart-trainer:page", FINAL = "smart-trainer:final";
var PROBLEMS = {
  unknown: "学习平台保存的进度不是本课程能读的格式，已从头记录（测验成绩以平台记录为准）。",
  pages: "课程内容更新过，之前浏览过哪些页面已无法对应，已从头记录；结业测验成绩保留。",
  visited: "学习平台保存的浏览记录无法读取，已从头记录；结业测验成绩保留。",
  final: "学习平台保存的结业测验成绩无法读取；请重新参加结业测验。"
};

function text(selector, value) { bar.querySelector(selector).textContent = value; }

function notice(message) {
  text(".lms-bar__notice", message);
  bar.hidden = false;
}

function loadList() {
  return fetch(new URL("assets/lms/pages.json", root), { credentials: "same-origin" })
    .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
    .catch(function (err) {
      console.warn("lms: the page list did not load:", err && err.message);
      return { entry: "course.html", pages: [], required: [], problem: true };
    });
}

function errorsText(errors) {
  return errors.map(function (e) {
    return e.call + (e.element ? "(" + e.element + ")" : "") + " 错误 " + e.code + (e.text ? "：" + e.text : "");
  }).join("；");
}

function isAttempt(a) {
  function count(x) { return typeof x === "number" && x >= 0 && x <= 9999 && Math.floor(x) === x; }
  return !!a && count(a.right) && count(a.total) && a.total > 0 && a.right <= a.total &&
    typeof a.passed === "boolean" && /^\d{4}-\d{2}-\d{2}$/.test(a.date) && Array.isArray(a.areas) &&
    a.areas.every(function (x) { return x && typeof x.id === "string" && count(x.right) && count(x.total); });
}

function Course(lms, list, state, status, review) {
  this.lms = lms;
  this.list = list;
  this.visited = state.visited;
  this.final = state.final;
  this.status = status;        // as the LMS has it
  this.review = review;        // lesson_mode review: look, change nothing
  this.location = "";
}

/* lesson_status from what the learner did; never below what the LMS already holds. */
Course.prototype.wantedStatus = function () {
  if (this.final) return this.final.passed ? "passed" : (this.status === "passed" ? "passed" : "failed");
  if (this.status === "passed" || this.status === "failed") return this.status;
  var all = this.list.required.length > 0 && this.list.required.every(function (p) { return this.visited.has(p); }, this);
  return all || this.status === "completed" ? "completed" : "incomplete";
};

Course.prototype.save = function () {
  var lms = this.lms;
  if (this.location) lms.set("cmi.core.lesson_location", this.location);
  if (!this.review) {
    var status = this.wantedStatus();
    if (status !== this.status && lms.set("cmi.core.lesson_status", status)) this.status = status;
    if (this.final) {
      lms.set("cmi.core.score.min", "0");
      lms.set("cmi.core.score.max", "100");
      lms.set("cmi.core.score.raw", String(this.final.percent));
    }
    lms.set("cmi.suspend_data", encode({ visited: this.visited, final: this.final }, this.list.required));
  }
  lms.commit();
  this.show();
  if (lms.errors.length) notice("学习平台没有收下部分数据（" + errorsText(lms.errors.slice(-3)) + "）；学习照常进行。");
};

Course.prototype.show = function () {
  var required = this.list.required;
  var seen = required.filter(function (p) { return this.visited.has(p); }, this).length;
  var progress = bar.querySelector("progress");
  progress.max = Math.max(1, required.length);
  progress.value = seen;
  text(".lms-bar__pages", "已学 " + seen + " / " + required.length + " 个必修页面");
  text(".lms-bar__final", this.final
    ? "结业测验：最好 " + this.final.percent + " 分，" + (this.final.passed ? "已通过" : "未通过")
    : "结业测验：未参加");
  bar.setAttribute("data-status", this.status);
  bar.hidden = false;
};

Course.prototype.page = function (path, title) {
  if (typeof path !== "string" || this.list.pages.indexOf(path) < 0) return;   // not a page of this course
  this.location = path.length <= 255 ? path : "";   // CMIString255
  if (this.list.required.indexOf(path) >= 0) this.visited.add(path);
  if (typeof title === "string" && title) frame.title = title.slice(0, 200);
  this.save();
};

Course.prototype.finalTest = function (best) {
  if (!isAttempt(best)) { console.warn("lms: an unreadable final-test result was ignored"); return; }
  best = { right: best.right, total: best.total, percent: Math.round(100 * best.right / best.total),
           passed: best.passed, date: best.date, areas: best.areas.map(function (a) { return { id: a.id, right: a.right, total: a.total }; }) };
  // The best attempt counts, whichever machine it was taken on: the LMS may hold a better one.
  if (!this.final || best.percent > this.final.percent || (best.percent === this.final.percent && best.passed)) this.final = best;
  this.save();
};

Course.prototype.finish = function () {
  var lms = this.lms;
  lms.set("cmi.core.session_time", timespan(Date.now() - startedAt));
  lms.set("cmi.core.exit", "suspend");   // come back to the same place, with the same record
  lms.commit();
  lms.finish();
};

function start(list) {
  var entry = list.entry || "course.html";
  var api = findApi(window);
  if (!api) { frame.src = entry; return; }   // not in an LMS: only the course
  var lms = new Session(api);
  if (!lms.start()) {
    frame.src = entry;
    notice("没有连上学习平台（" + errorsText(lms.errors) + "）。可以照常学习，但进度和成绩不会记录到平台。");
    return;
  }
  var status = lms.get("cmi.core.lesson_status");
  var review = lms.get("cmi.core.lesson_mode") === "review";
  var state = decode(lms.get("cmi.suspend_data"), list.required);
  if (state.problem) {
    console.warn("lms: suspend_data:", state.problem);
    notice(PROBLEMS[state.problem]);
  }
  var place = lms.get("cmi.core.lesson_location");
  var course = new Course(lms, list, state, status, review);
  if (list.problem) notice("课程的页面清单没有加载成功，这次的浏览进度无法记录；成绩照常记录。");
  window.addEventListener("message", function (event) {
    if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
    var msg = event.data || {};
    if (msg.type === PAGE) course.page(msg.path, msg.title);
    else if (msg.type === FINAL) course.finalTest(msg.best);
  });
  var done = false;
  window.addEventListener("pagehide", function () {
    if (done) return;
    done = true;
    course.finish();
  });
  if (!status || status === "not attempted") course.status = "";
  course.save();
  frame.src = list.pages.indexOf(place) >= 0 ? place : entry;
}

loadList().then(start);
