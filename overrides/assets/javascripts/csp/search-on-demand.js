/* The theme's search index (search/search_index.json, the largest file most
 * pages would download) is fetched when the learner first opens search, not
 * with every page.
 *
 * Material requests the index with XMLHttpRequest as soon as its bundle starts.
 * This script, loaded in <head> before the bundle, holds that one request's
 * send() until the learner opens search: focuses the search field, clicks the
 * search button (the #__search toggle) or presses one of the theme's search
 * keys, which focus the field. Search then works as before; the theme shows
 * its "initialising" line for the moment the index takes to arrive.
 */
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json$/;
  var wanted = false;
  var held = [];

  function want() {
    if (wanted) return;
    wanted = true;
    held.splice(0).forEach(function (send) { send(); });
  }

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    try { this.__searchIndex = INDEX.test(new URL(String(url), location.href).pathname); }
    catch (e) { this.__searchIndex = false; }
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var xhr = this, args = arguments;
    if (!xhr.__searchIndex || wanted) return send.apply(xhr, args);
    held.push(function () { send.apply(xhr, args); });
  };

  document.addEventListener("focusin", function (event) {
    var target = event.target;
    if (target && target.matches && target.matches("[data-md-component=search-query]")) want();
  });
  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "__search" && event.target.checked) want();
  });
})();
