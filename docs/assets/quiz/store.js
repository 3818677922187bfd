/* Quiz progress kept in the browser: one record (assets/storage.js, key
 * "smart-trainer:quiz:v<SCHEMA>:<site path>") holding the quizzes' best scores
 * and each question's last answer. Storage that is disabled, full, corrupt or
 * from an older schema produces a notice (store.onNotice) and the quizzes keep
 * working without saving.
 */
import { openRecord, sitePath } from "../storage.js";

var SCHEMA = 1;
var root = new URL("../../", import.meta.url);   // assets/quiz/store.js -> site root

function fresh() { return { schema: SCHEMA, site: sitePath, quizzes: dict(), questions: dict() }; }

// Maps keyed by ids that come from a stored record or a file: without a
// prototype, "__proto__", "constructor" or "toString" are plain keys, not
// Object's own members showing up as entries.
function dict(from) {
  var out = Object.create(null);
  if (from) Object.keys(from).forEach(function (k) { out[k] = from[k]; });
  return out;
}

function revive(d) {
  d.quizzes = dict(d.quizzes);
  d.questions = dict(d.questions);
  return d;
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

var record = openRecord({
  name: "quiz", schema: SCHEMA, fresh: fresh, isValid: looksValid, revive: revive,
  messages: {
    disabled: "浏览器禁用了本地存储（例如隐私模式或公司策略），这次的成绩不会被保存；测验照常可用。",
    full: "浏览器的本地存储已满，新的成绩暂时无法保存；测验照常可用。可以在“我的进度”页导出成绩后重置。",
    corrupt: "保存的测验进度已损坏，无法读取，已重新开始记录；测验照常可用。",
    old: "发现旧版本测验留下的进度数据，格式已不兼容，已清除；从现在起重新记录。",
  },
});

function now() { return new Date().toISOString(); }

export const store = {
  SCHEMA: SCHEMA,
  key: record.key,
  root: root.href,
  dataUrl: new URL("assets/quiz/questions.json", root).href,
  placementsUrl: new URL("assets/quiz/quizzes.json", root).href,
  load: record.load,
  notices: record.notices,
  onNotice: record.onNotice,
  /* A question answered (ok true/false), from any quiz. */
  recordQuestion: function (id, ok, bank) {
    var d = record.load();
    var q = d.questions[id] || { ok: false, right: 0, wrong: 0 };
    q.ok = !!ok;
    q.bank = bank || q.bank;
    q[ok ? "right" : "wrong"] = (q[ok ? "right" : "wrong"] || 0) + 1;
    q.at = now();
    d.questions[id] = q;
    return record.save();
  },
  /* A whole quiz finished with `score` of `total`. */
  recordQuiz: function (key, info, score, total) {
    var d = record.load();
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
    record.save();
    return q;
  },
  get: function (key) { return record.load().quizzes[key] || null; },
  /* The final test (docs/quiz/final.md): an attempt is {date, right, total, percent, passed,
   * areas: [{id, title, right, total}]}; the record keeps the best and the last attempt. */
  recordFinal: function (attempt) {
    var d = record.load();
    var prev = finalRecord(d);
    var best = prev && prev.best;
    if (!best || attempt.percent > best.percent || (attempt.percent === best.percent && attempt.passed && !best.passed)) best = attempt;
    d.final = { best: best, last: attempt, attempts: (prev ? prev.attempts : 0) + 1 };
    record.save();
    return d.final;
  },
  /* The saved final-test record, or null (none, or one this version cannot read). */
  final: function () { return finalRecord(record.load()); },
  reset: record.reset,
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

export function listenerCount() { return record.listenerCount(); }   // for the tests
