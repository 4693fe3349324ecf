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
  // Destructive bulk actions ask first, on the page (a single key on one card does
  // not: u undoes it). Emptying the spam folder asks too, and cannot be undone.
  var box = document.getElementById("confirm");
  var pending = null;
  function ask(message, target, submitter) {
    if (!box) return true;
    if (pending && pending.target === target && pending.submitter === submitter && pending.ok) { pending = null; return true; }
    pending = { target: target, submitter: submitter, ok: false };
    document.getElementById("confirm-text").textContent = message;
    box.hidden = false;
    document.getElementById("confirm-yes").focus();
    return false;
  }
  if (box) {
    document.getElementById("confirm-yes").addEventListener("click", function () {
      if (!pending) return;
      pending.ok = true;
      box.hidden = true;
      pending.target.requestSubmit(pending.submitter || undefined);
    });
    document.getElementById("confirm-no").addEventListener("click", function () { pending = null; box.hidden = true; });
  }
  if (form) {
    form.addEventListener("submit", function (e) {
      var by = e.submitter;
      if (!by || by.name !== "bulk") return;
      var action = form.querySelector("#bulk-action").value;
      var n = form.querySelectorAll("input[name=ids]:checked").length;
      if (CONFIRM[action] && n && !ask("Mark " + n + " comment" + (n === 1 ? "" : "s") + " as " + CONFIRM[action] + "? (Undo with u.)", form, by)) e.preventDefault();
    });
  }
  var empty = document.querySelector('form[action="/admin/spam/empty"]');
  if (empty) {
    empty.addEventListener("submit", function (e) {
      var days = empty.querySelector("input[name=days]").value;
      if (!ask("Delete every spam comment older than " + days + " days? This cannot be undone.", empty, e.submitter)) e.preventDefault();
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
