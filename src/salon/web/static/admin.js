// The moderation queue's keys: j/k move, x selects, a/s/b/d decide (see queue.html).
(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll(".item"));
  var at = 0;
  function select(n) {
    if (!items.length) return;
    at = Math.max(0, Math.min(items.length - 1, n));
    items.forEach(function (el, i) { el.setAttribute("aria-selected", i === at ? "true" : "false"); });
    items[at].focus({preventScroll: true});
    items[at].scrollIntoView({block: "nearest"});
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || /INPUT|SELECT|TEXTAREA/.test(e.target.tagName)) return;
    if (e.key === "j") { select(at + 1); e.preventDefault(); return; }
    if (e.key === "k") { select(at - 1); e.preventDefault(); return; }
    if (!items.length) return;
    if (e.key === "x") { var box = items[at].querySelector("input[type=checkbox]"); box.checked = !box.checked; return; }
    var button = items[at].querySelector('button[data-key="' + e.key + '"]');
    if (button) { e.preventDefault(); button.click(); }
  });
})();
