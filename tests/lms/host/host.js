/* A test LMS (tests/lms/test_scorm_runtime.py): scorm-again's SCORM 1.2 API as window.API,
 * the package's entry page in a frame, as an LMS launches a SCO.
 *
 * ?cmi=<JSON>  data the LMS holds from an earlier session (loadFromJSON, before launch)
 * ?sco=<path>  the page to launch (default: the package's scorm.html)
 * window.lms   what the SCO did: every LMSSetValue, the calls in order
 */
(function () {
  var params = new URLSearchParams(location.search);
  var api = new window.Scorm12API({ logLevel: 5, autocommit: false });
  if (params.get("cmi")) api.loadFromJSON(JSON.parse(params.get("cmi")));
  var lms = { calls: [], sets: [] };
  ["LMSInitialize", "LMSCommit", "LMSFinish"].forEach(function (name) {
    api.on(name, function () { lms.calls.push(name); });
  });
  api.on("LMSSetValue.cmi.*", function (element, value) { lms.sets.push([element, value]); });
  lms.cmi = function () { return JSON.parse(JSON.stringify(api.cmi)); };
  window.lms = lms;
  window.API = api;
  document.addEventListener("DOMContentLoaded", function () {
    var frame = document.createElement("iframe");
    frame.id = "sco";
    frame.title = "course";
    frame.src = params.get("sco") || "../pkg/scorm.html";
    document.body.appendChild(frame);
  });
})();
