// The moderators' keyboard: j/k move, x select, one key per action (data-key on the
// current card's buttons), u undo, / search, ? the key help. No inline scripts (CSP).
(function () {
  "use strict";
  var CONFIRM = { spam: "spam", abuse: "abusive", remove: "removed", "delete": "deleted" };
  var items = Array.prototype.slice.call(document.querySelectorAll(".item"));
  var form = document.getElementById("queue-form");
  var at = 0;
  function select(n, focus) {
    if (!items.length) return;
    at = Math.max(0, Math.min(items.length - 1, n));
    items.forEach(function (el, i) {
      el.classList.toggle("current", i === at);
      if (i === at) el.setAttribute("aria-current", "true"); else el.removeAttribute("aria-current");
    });
    if (focus) {
      items[at].focus({ preventScroll: true });
      items[at].scrollIntoView({ block: "nearest" });
    }
  }
  select(0, false);
  var all = document.getElementById("select-all");
  if (all) {
    all.addEventListener("change", function () {
      items.forEach(function (el) { el.querySelector("input[name=ids]").checked = all.checked; });
    });
  }
  if (form) {
    // Destructive bulk actions ask first; a single key on one card does not (u undoes it).
    form.addEventListener("submit", function (e) {
      var by = e.submitter;
      if (!by || by.name !== "bulk") return;
      var action = form.querySelector("#bulk-action").value;
      var n = form.querySelectorAll("input[name=ids]:checked").length;
      if (CONFIRM[action] && n && !window.confirm("Mark " + n + " comment" + (n === 1 ? "" : "s") + " as " + CONFIRM[action] + "?")) {
        e.preventDefault();
      }
    });
  }
  function open(key) {
    var box = items[at].querySelector('details[data-key="' + key + '"]');
    if (!box) return false;
    box.open = true;
    var area = box.querySelector("textarea");
    if (area) area.focus();
    return true;
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || /INPUT|SELECT|TEXTAREA/.test(e.target.tagName)) return;
    if (e.key === "?") { var help = document.getElementById("keys"); if (help) help.hidden = !help.hidden; e.preventDefault(); return; }
    if (e.key === "/") { var search = document.getElementById("search"); if (search) { search.focus(); e.preventDefault(); } return; }
    if (e.key === "u") { var undo = document.getElementById("undo"); if (undo) { e.preventDefault(); undo.click(); } return; }
    if (!items.length) return;
    if (e.key === "j") { select(at + 1, true); e.preventDefault(); return; }
    if (e.key === "k") { select(at - 1, true); e.preventDefault(); return; }
    if (e.key === "x") { var box = items[at].querySelector("input[name=ids]"); box.checked = !box.checked; return; }
    if ((e.key === "e" || e.key === "n") && open(e.key)) { e.preventDefault(); return; }
    var button = items[at].querySelector('button[data-key="' + e.key + '"]');
    if (button) { e.preventDefault(); button.click(); }
  });
})();
// Emptying the spam folder cannot be undone: ask first.
(function () {
  "use strict";
  var empty = document.querySelector('form[action="/admin/spam/empty"]');
  if (!empty) return;
  empty.addEventListener("submit", function (e) {
    var days = empty.querySelector("input[name=days]").value;
    if (!window.confirm("Delete every spam comment older than " + days + " days? This cannot be undone.")) e.preventDefault();
  });
})();
