/* Quiz progress kept in the browser (localStorage), one record per site and schema version.
 *
 * Key: "smart-trainer:quiz:v<SCHEMA>:<site path>", so two copies of the site on one
 * host, or an older schema, never read each other's data. Storage that is disabled,
 * full, corrupt or from an older schema produces a notice (store.onNotice) and
 * the quizzes keep working without saving.
 */
var SCHEMA = 1;
var PREFIX = "smart-trainer:quiz:v";
var root = new URL("../../", import.meta.url);   // assets/quiz/store.js -> site root
var sitePath = root.pathname;
var KEY = PREFIX + SCHEMA + ":" + sitePath;

var notices = [];
var listeners = [];
var storage = null;
var data = null;

function notice(code, message) {
  for (var i = 0; i < notices.length; i++) if (notices[i].code === code) return;
  var n = { code: code, message: message };
  notices.push(n);
  pruneListeners();
  listeners.forEach(function (l) { try { l.cb(n); } catch (e) { /* a listener must not break others */ } });
}

function pruneListeners() {
  listeners = listeners.filter(function (l) { return l.alive(); });
}

export function listenerCount() { return listeners.length; }   // for the tests

function fresh() { return { schema: SCHEMA, site: sitePath, quizzes: dict(), questions: dict() }; }

// Maps keyed by ids that come from a stored record or a file: without a
// prototype, "__proto__", "constructor" or "toString" are plain keys, not
// Object's own members showing up as entries.
function dict(from) {
  var out = Object.create(null);
  if (from) Object.keys(from).forEach(function (k) { out[k] = from[k]; });
  return out;
}

function isRecord(x) { return x !== null && typeof x === "object" && !Array.isArray(x); }

function looksValid(d) {
  if (!isRecord(d) || d.schema !== SCHEMA || !isRecord(d.quizzes) || !isRecord(d.questions)) return false;
  for (var k of Object.keys(d.quizzes)) {
    var q = d.quizzes[k];
    if (!isRecord(q) || typeof q.best !== "number" || typeof q.total !== "number") return false;
  }
  for (var id of Object.keys(d.questions)) if (!isRecord(d.questions[id]) || typeof d.questions[id].ok !== "boolean") return false;
  return true;
}

function isAttempt(a) {
  return isRecord(a) && typeof a.date === "string" && typeof a.right === "number" && typeof a.total === "number" &&
    typeof a.percent === "number" && typeof a.passed === "boolean" && Array.isArray(a.areas) &&
    a.areas.every(function (x) { return isRecord(x) && typeof x.id === "string" && typeof x.right === "number" && typeof x.total === "number"; });
}

/* An unreadable final-test record is ignored, not a reason to drop the rest of the progress. */
function finalRecord(d) {
  var f = d.final;
  return isRecord(f) && isAttempt(f.best) && isAttempt(f.last) && typeof f.attempts === "number" ? f : null;
}

function openStorage() {
  try {
    var s = window.localStorage;
    var probe = PREFIX + "probe";
    s.setItem(probe, "1");
    s.removeItem(probe);
    return s;
  } catch (e) {
    if (e && (e.name === "QuotaExceededError" || e.code === 22)) {
      notice("full", "浏览器的本地存储已满，新的成绩暂时无法保存；测验照常可用。可以在“我的进度”页导出成绩后重置。");
      try { return window.localStorage; } catch (e2) { return null; }
    }
    notice("disabled", "浏览器禁用了本地存储（例如隐私模式或公司策略），这次的成绩不会被保存；测验照常可用。");
    return null;
  }
}

function dropOldVersions() {
  var old = [];
  try {
    for (var i = 0; i < storage.length; i++) {
      var k = storage.key(i);
      if (k && k.indexOf(PREFIX) === 0 && k !== KEY && k.slice(-(sitePath.length + 1)) === ":" + sitePath) old.push(k);
    }
    old.forEach(function (k) { storage.removeItem(k); });
  } catch (e) { return; }
  if (old.length) notice("old", "发现旧版本测验留下的进度数据，格式已不兼容，已清除；从现在起重新记录。");
}

function load() {
  if (data) return data;
  data = fresh();
  storage = openStorage();
  if (!storage) return data;
  dropOldVersions();
  var raw = null;
  try { raw = storage.getItem(KEY); } catch (e) { return data; }
  if (raw === null) return data;
  var parsed = null;
  try { parsed = JSON.parse(raw); } catch (e) { parsed = undefined; }
  if (!looksValid(parsed)) {
    notice("corrupt", "保存的测验进度已损坏，无法读取，已重新开始记录；测验照常可用。");
    save();   // replace the unreadable record so the notice does not come back
    return data;
  }
  parsed.quizzes = dict(parsed.quizzes);
  parsed.questions = dict(parsed.questions);
  data = parsed;
  return data;
}

function save() {
  if (!storage) return false;
  try {
    storage.setItem(KEY, JSON.stringify(data));
    return true;
  } catch (e) {
    if (e && (e.name === "QuotaExceededError" || e.code === 22 || e.code === 1014)) {
      notice("full", "浏览器的本地存储已满，这次的成绩没有保存；测验照常可用。可以在“我的进度”页导出成绩后重置。");
    } else {
      notice("disabled", "无法写入浏览器的本地存储，这次的成绩没有保存；测验照常可用。");
    }
    return false;
  }
}

function now() { return new Date().toISOString(); }

export const store = {
  SCHEMA: SCHEMA,
  key: KEY,
  root: root.href,
  dataUrl: new URL("assets/quiz/questions.json", root).href,
  placementsUrl: new URL("assets/quiz/quizzes.json", root).href,
  load: load,
  notices: function () { load(); return notices.slice(); },
  /* cb(notice) for every notice, past and future, while alive() is true: with
   * instant navigation a page's notice area leaves with its content, and its
   * listener must not outlive it. */
  onNotice: function (cb, alive) {
    pruneListeners();
    listeners.push({ cb: cb, alive: alive || function () { return true; } });
    load();
    notices.forEach(function (n) { cb(n); });
  },
  /* A question answered (ok true/false), from any quiz. */
  recordQuestion: function (id, ok, bank) {
    var d = load();
    var q = d.questions[id] || { ok: false, right: 0, wrong: 0 };
    q.ok = !!ok;
    q.bank = bank || q.bank;
    q[ok ? "right" : "wrong"] = (q[ok ? "right" : "wrong"] || 0) + 1;
    q.at = now();
    d.questions[id] = q;
    return save();
  },
  /* A whole quiz finished with `score` of `total`. */
  recordQuiz: function (key, info, score, total) {
    var d = load();
    var q = d.quizzes[key] || { best: 0, total: total, attempts: 0 };
    var better = q.attempts === 0 || score / total > q.best / (q.total || 1);
    if (better) { q.best = score; q.total = total; }
    q.last = score;
    q.lastTotal = total;
    q.attempts = (q.attempts || 0) + 1;
    q.title = info.title || q.title || key;
    q.url = info.url || q.url || "";
    q.updated = now();
    d.quizzes[key] = q;
    save();
    return q;
  },
  get: function (key) { return load().quizzes[key] || null; },
  /* The final test (docs/quiz/final.md): an attempt is {date, right, total, percent, passed,
   * areas: [{id, title, right, total}]}; the record keeps the best and the last attempt. */
  recordFinal: function (attempt) {
    var d = load();
    var prev = finalRecord(d);
    var best = prev && prev.best;
    if (!best || attempt.percent > best.percent || (attempt.percent === best.percent && attempt.passed && !best.passed)) best = attempt;
    d.final = { best: best, last: attempt, attempts: (prev ? prev.attempts : 0) + 1 };
    save();
    return d.final;
  },
  /* The saved final-test record, or null (none, or one this version cannot read). */
  final: function () { return finalRecord(load()); },
  reset: function () {
    data = fresh();
    if (storage) { try { storage.removeItem(KEY); } catch (e) { /* nothing saved anyway */ } }
    return true;
  }
};

/* Shared helper: the question data file, fetched once per page. */
var dataPromise = null;
store.questions = function () {
  if (!dataPromise) {
    dataPromise = fetch(store.dataUrl, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    }).then(function (d) {
      d.questions = dict(d.questions);
      return d;
    });
    dataPromise.catch(function () { dataPromise = null; });   // allow a retry
  }
  return dataPromise;
};
