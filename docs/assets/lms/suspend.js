/* cmi.suspend_data for the course: what the LMS keeps for the learner between
 * sessions, within the 4,096 characters SCORM 1.2 allows (CMIString4096).
 *
 * Version 1, four fields separated by "|":
 *
 *   1|<pages>|<visited>|<final>
 *
 *   pages    a hash (FNV-1a, base 36) of the list of required pages the bits refer to:
 *            a new version of the course with other pages drops the bits instead of
 *            misreading them
 *   visited  one bit per required page, in list order, 6 bits per character
 *            (the base64url alphabet): 17 pages take 3 characters
 *   final    the best final-test attempt, empty before the first:
 *            <right>/<total>,<P|F>,<yyyymmdd>,<bank>:<right>/<total>;<bank>:<right>/<total>...
 *
 *   e.g.  1|1x0k2d|_-B|18/20,P,20261202,mbo:2/2;smart-s:1/2
 *
 * The learner's place is not in here: it is cmi.core.lesson_location.
 * encode() never returns more than LIMIT characters: what does not fit is left out,
 * the per-bank scores first, then the visited pages (the score itself always fits).
 */
export const LIMIT = 4096;
export const VERSION = "1";
var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
var BANK_ID = /^[A-Za-z0-9_-]{1,40}$/;

export function listHash(pages) {
  var h = 0x811c9dc5;
  var text = pages.join("\n");
  for (var i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

function bits(pages, visited) {
  var out = "";
  for (var i = 0; i < pages.length; i += 6) {
    var v = 0;
    for (var b = 0; b < 6; b++) if (visited.has(pages[i + b])) v |= 1 << b;
    out += ALPHABET[v];
  }
  return out.replace(/A+$/, "");   // trailing unvisited pages need no characters
}

function unbits(pages, text) {
  var visited = new Set();
  for (var c = 0; c < text.length; c++) {
    var v = ALPHABET.indexOf(text[c]);
    if (v < 0) return null;
    for (var b = 0; b < 6; b++) if (v & (1 << b) && pages[c * 6 + b] !== undefined) visited.add(pages[c * 6 + b]);
  }
  return visited;
}

function finalText(a, withAreas) {
  if (!a) return "";
  var out = a.right + "/" + a.total + "," + (a.passed ? "P" : "F") + "," + String(a.date).replace(/-/g, "");
  if (withAreas) {
    out += "," + a.areas.filter(function (x) { return BANK_ID.test(x.id); })
      .map(function (x) { return x.id + ":" + x.right + "/" + x.total; }).join(";");
  }
  return out;
}

var FINAL = /^(\d{1,4})\/(\d{1,4}),([PF]),(\d{4})(\d{2})(\d{2})(?:,(.*))?$/;
var AREA = /^([A-Za-z0-9_-]{1,40}):(\d{1,4})\/(\d{1,4})$/;

function parseFinal(text) {
  var m = FINAL.exec(text);
  if (!m || +m[2] === 0 || +m[1] > +m[2]) return null;
  var areas = [];
  if (m[7]) {
    var parts = m[7].split(";");
    for (var i = 0; i < parts.length; i++) {
      var a = AREA.exec(parts[i]);
      if (!a || +a[2] > +a[3]) return null;
      areas.push({ id: a[1], right: +a[2], total: +a[3] });
    }
  }
  var right = +m[1], total = +m[2];
  return { right: right, total: total, percent: Math.round(100 * right / total), passed: m[3] === "P",
           date: m[4] + "-" + m[5] + "-" + m[6], areas: areas };
}

/* state: {visited: Set of page paths, final: attempt or null}; pages: the required pages, in order. */
export function encode(state, pages) {
  var head = VERSION + "|" + listHash(pages) + "|";
  var visited = bits(pages, state.visited || new Set());
  var tries = [[visited, true], [visited, false], ["", false]];
  for (var i = 0; i < tries.length; i++) {
    var text = head + tries[i][0] + "|" + finalText(state.final, tries[i][1]);
    if (text.length <= LIMIT) return text;
  }
  return (head + "|" + finalText(state.final, false)).slice(0, LIMIT);
}

/* The state in `text` (what the LMS gave back), and what could not be read, if anything. */
export function decode(text, pages) {
  var state = { visited: new Set(), final: null, problem: null };
  if (!text) return state;
  var fields = String(text).split("|");
  if (fields.length !== 4 || fields[0] !== VERSION) {
    state.problem = "unknown";
    return state;
  }
  if (fields[3]) {
    state.final = parseFinal(fields[3]);
    if (!state.final) state.problem = "final";
  }
  if (fields[1] !== listHash(pages)) {
    state.problem = state.problem || "pages";   // another version of the course: its bits mean other pages
  } else {
    var visited = unbits(pages, fields[2]);
    if (visited) state.visited = visited;
    else state.problem = state.problem || "visited";
  }
  return state;
}
