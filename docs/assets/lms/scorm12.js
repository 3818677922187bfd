/* SCORM 1.2 run-time: find the LMS's API object and talk to it.
 *
 * findApi() is the search the SCORM 1.2 Run-Time Environment describes: the API is an
 * object named "API" on a window of the LMS, found by walking up window.parent (at most
 * MAX_PARENTS steps), then from window.opener (a course opened in a new window).
 * A window of another origin cannot be read; the search stops there.
 *
 * Session wraps the eight calls: every value is a string, every failure is kept with
 * its error code and text (LMSGetLastError / LMSGetErrorString), nothing throws.
 */
export const MAX_PARENTS = 7;

function apiOf(win) {
  try {
    var api = win.API;
    return api && typeof api.LMSInitialize === "function" ? api : null;
  } catch (e) {
    return null;   // a window of another origin
  }
}

function climb(win) {
  for (var n = 0; win && n <= MAX_PARENTS; n++) {
    var api = apiOf(win);
    if (api) return api;
    var parent = null;
    try { parent = win.parent; } catch (e) { return null; }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

export function findApi(win) {
  var api = climb(win);
  if (api) return api;
  try {
    if (win.opener) api = climb(win.opener);
    if (!api && win.top && win.top.opener) api = climb(win.top.opener);
  } catch (e) { /* an opener of another origin */ }
  return api || null;
}

function isTrue(result) { return result === true || result === "true"; }

export class Session {
  constructor(api) {
    this.api = api;
    this.errors = [];     // [{call, element, code, text}]
    this.open = false;
  }

  failed(call, element) {
    var code = "", text = "";
    try { code = String(this.api.LMSGetLastError()); } catch (e) { code = "?"; }
    try { text = String(this.api.LMSGetErrorString(code)); } catch (e) { text = ""; }
    var error = { call: call, element: element || "", code: code, text: text };
    this.errors.push(error);
    return error;
  }

  call(name, args, element) {
    try {
      return this.api[name].apply(this.api, args);
    } catch (e) {
      this.errors.push({ call: name, element: element || "", code: "exception", text: String(e && e.message || e) });
      return undefined;
    }
  }

  start() {
    this.open = isTrue(this.call("LMSInitialize", [""]));
    if (!this.open) this.failed("LMSInitialize");
    return this.open;
  }

  get(element) {
    if (!this.open) return "";
    var value = this.call("LMSGetValue", [element], element);
    var code = "0";
    try { code = String(this.api.LMSGetLastError()); } catch (e) { /* keep the value */ }
    if (code !== "0") { this.failed("LMSGetValue", element); return ""; }
    return value === undefined || value === null ? "" : String(value);
  }

  set(element, value) {
    if (!this.open) return false;
    var ok = isTrue(this.call("LMSSetValue", [element, String(value)], element));
    if (!ok) this.failed("LMSSetValue", element);
    return ok;
  }

  commit() {
    if (!this.open) return false;
    var ok = isTrue(this.call("LMSCommit", [""]));
    if (!ok) this.failed("LMSCommit");
    return ok;
  }

  finish() {
    if (!this.open) return false;
    this.open = false;
    var ok = isTrue(this.call("LMSFinish", [""]));
    if (!ok) this.failed("LMSFinish");
    return ok;
  }
}

/* CMITimespan: HHHH:MM:SS.SS (hours at least two digits). */
export function timespan(ms) {
  var cs = Math.max(0, Math.round(ms / 10));
  var h = Math.floor(cs / 360000), m = Math.floor(cs / 6000) % 60, s = Math.floor(cs / 100) % 60, c = cs % 100;
  function two(x) { return (x < 10 ? "0" : "") + x; }
  return two(Math.min(h, 9999)) + ":" + two(m) + ":" + two(s) + "." + two(c);
}
