// Feedback that follows typing, for any kind of check and any number of inputs.
//
//   const live = new LiveCheck({kind, payload, isEmpty, delay, onStart, onReport, onError, onEmpty});
//   live.watch(input)   check when the learner types in `input` (pinyin input is
//                       left alone until the character is chosen: compositionend)
//   live.request(ms)    check the current payload after `ms` (default: delay)
//   live.retry()        forget the last check, restart a failed checker, check again
//   live.stop()         unsubscribe (the theme's instant navigation removed the widget)
//
// At most one check is in flight; when it returns, the latest payload is
// checked next, so nothing queues up while the learner types, and what was
// typed while Pyodide loaded is checked the moment it is ready. A payload
// equal to the last one checked is not checked again.
import * as client from "./client.js";

export class LiveCheck {
  constructor({ kind = "goal", payload, isEmpty, delay = 0, onStart, onReport, onError, onEmpty }) {
    this.kind = kind;
    this.payload = payload;                       // () -> payload object for the current inputs
    this.isEmpty = isEmpty || ((p) => !String(p.text || "").trim());
    this.delay = delay;                           // debounce, ms (0: check on every change)
    this.onStart = onStart || (() => {});         // (payload): a check was sent
    this.onReport = onReport || (() => {});       // (report, payload): a report, or {error} from the checker
    this.onError = onError || (() => {});         // (error, payload): the check could not run
    this.onEmpty = onEmpty || (() => {});         // (payload): nothing to check
    this.inFlight = false;
    this.dirty = false;
    this.lastKey = null;
    this.ready = false;
    this.timer = null;
    this.unsubscribe = client.onStatus((s) => {
      this.ready = s.state === "ready";
      if (this.ready && !this.inFlight) this.next();
    });
  }

  watch(input) {
    let composing = false;
    input.addEventListener("compositionstart", () => { composing = true; });
    input.addEventListener("compositionend", () => { composing = false; this.request(); });
    input.addEventListener("input", (e) => { if (!e.isComposing && !composing) this.request(); });
    input.addEventListener("change", () => this.request());
    return this;
  }

  request(delay = this.delay) {
    clearTimeout(this.timer);
    if (delay > 0) { this.timer = setTimeout(() => this.request(0), delay); return; }
    this.dirty = true;
    const payload = this.payload();
    // An empty form needs no checker: say so at once, even while it loads.
    if (this.isEmpty(payload)) { this.next(); return; }
    if (this.ready && !this.inFlight) this.next();
  }

  retry() {
    this.lastKey = null;
    client.start();
    this.request(0);
  }

  stop() {
    clearTimeout(this.timer);
    this.unsubscribe();
  }

  next() {
    if (!this.dirty || this.inFlight) return;
    const payload = this.payload();
    const key = JSON.stringify(payload);
    if (key === this.lastKey) { this.dirty = false; return; }
    if (this.isEmpty(payload)) {
      this.dirty = false;
      this.lastKey = key;
      this.onEmpty(payload);
      return;
    }
    if (!this.ready) return;   // checked once the worker is up
    this.dirty = false;
    this.inFlight = true;
    const startedAt = performance.now();
    this.onStart(payload);
    client.run(this.kind, payload).then((report) => {
      this.lastKey = key;
      this.onReport(report, payload, performance.now() - startedAt);
    }, (err) => {
      this.lastKey = null;   // try this payload again next time
      this.onError(err, payload);
    }).catch((err) => console.error(err)).then(() => {
      this.inFlight = false;
      this.next();
    });
  }
}
