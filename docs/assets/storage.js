// One record kept in the browser (localStorage), namespaced and versioned: the
// storage rules every feature that saves the learner's work shares (the
// quizzes' progress, quiz/store.js; the workshop, workshop/workshop.js).
//
//   const record = openRecord({name, schema, fresh, isValid, revive?, messages});
//   record.load()        the data (fresh() when nothing is saved or it cannot be read)
//   record.save()        write the data back; false (and a notice) when it could not
//   record.replace(d)    make `d` the data and save it
//   record.reset()       forget the saved data
//   record.onNotice(cb, alive?)  cb({code, message}) for every notice, past ones included, while
//                        alive() is true (a notice area that left with its page is dropped);
//                        returns an unsubscribe
//   record.listenerCount()  for the tests
//
// Key: "smart-trainer:<name>:v<schema>:<site path>", so two copies of the site on
// one host, or an older schema, never read each other's data. Storage that is
// disabled, full, corrupt or from an older schema produces a notice and the
// feature keeps working without saving. `messages` words the notices for the
// feature: {disabled, full, corrupt, old} (a failed write says "full" or "disabled").
// revive(parsed) turns a valid stored record into the data (e.g. its maps into
// null-prototype objects).

const root = new URL("../", import.meta.url);   // assets/storage.js -> site root
export const sitePath = root.pathname;

export function openRecord({ name, schema, fresh, isValid, revive = (d) => d, messages }) {
  const prefix = "smart-trainer:" + name + ":v";
  const key = prefix + schema + ":" + sitePath;
  const notices = [];
  let listeners = [];   // {cb, alive}
  let storage = null;
  let data = null;

  function notice(code) {
    if (notices.some((n) => n.code === code)) return;
    const n = { code, message: messages[code] };
    notices.push(n);
    prune();
    for (const l of listeners) {
      try { l.cb(n); } catch (e) { /* a listener must not break others */ }
    }
  }

  function prune() {
    listeners = listeners.filter((l) => l.alive());
  }

  function isQuota(e) {
    return e && (e.name === "QuotaExceededError" || e.code === 22 || e.code === 1014);
  }

  function openStorage() {
    try {
      const s = window.localStorage;
      const probe = prefix + "probe";
      s.setItem(probe, "1");
      s.removeItem(probe);
      return s;
    } catch (e) {
      if (isQuota(e)) {
        notice("full");
        try { return window.localStorage; } catch (e2) { return null; }
      }
      notice("disabled");
      return null;
    }
  }

  function dropOldVersions() {
    const old = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k && k.indexOf(prefix) === 0 && k !== key && k.endsWith(":" + sitePath)) old.push(k);
      }
      old.forEach((k) => storage.removeItem(k));
    } catch (e) { return; }
    if (old.length) notice("old");
  }

  function load() {
    if (data) return data;
    data = fresh();
    storage = openStorage();
    if (!storage) return data;
    dropOldVersions();
    let raw = null;
    try { raw = storage.getItem(key); } catch (e) { return data; }
    if (raw === null) return data;
    let parsed;
    try { parsed = JSON.parse(raw); } catch (e) { parsed = undefined; }
    if (!isValid(parsed)) {
      notice("corrupt");
      save();   // replace the unreadable record so the notice does not come back
      return data;
    }
    data = revive(parsed);
    return data;
  }

  function save() {
    load();
    if (!storage) return false;
    try {
      storage.setItem(key, JSON.stringify(data));
      return true;
    } catch (e) {
      notice(isQuota(e) ? "full" : "disabled");
      return false;
    }
  }

  return {
    key,
    load,
    save,
    replace(next) { load(); data = next; return save(); },
    reset() {
      data = fresh();
      if (storage) { try { storage.removeItem(key); } catch (e) { /* nothing saved anyway */ } }
      return true;
    },
    notices() { load(); return notices.slice(); },
    onNotice(cb, alive = () => true) {   // returns a function that stops the notices
      prune();
      const entry = { cb, alive };
      listeners.push(entry);
      load();
      notices.forEach((n) => cb(n));
      return () => { listeners = listeners.filter((l) => l !== entry); };
    },
    listenerCount() { return listeners.length; },
  };
}
