/* Salon reader support bar ("880 $ of 5,000 $"). embed.js loads this file only when the
   page asks: data-salon-support on the embed script (a bar above #salon-thread; a value
   picks a campaign id), or <div data-salon-support-goal="[id]"> where the bar goes.
   data-salon-support-prompt="off" on the script drops the one-line prompt after posting.
   Amounts arrive as decimal strings and are only formatted here (Intl.NumberFormat in
   the reader's locale); reader-facing text goes through textContent only. */
(() => {
  "use strict";
  const d = document;
  const me = d.currentScript;
  // h() is embed.js's element builder: reader text only ever through textContent.
  const W = window.salonWidget;
  if (!me || !W || window.salonSupport) return;
  const { h, _, ngettext } = W; // strings through the widget's catalogue
  window.salonSupport = 1;
  const BASE = me.src.replace(/\/support\.js([?#].*)?$/, "");
  const site = me.getAttribute("data-salon-site") || "default";
  const wanted = me.getAttribute("data-salon-support") || "";
  const locale = me.getAttribute("data-salon-locale") || navigator.languages || undefined;
  const T = {
    support: _("Support"),
    left: (n) => ngettext("{n} day left", "{n} days left", n), last: _("Last day"),
    ended: _("Ended"), closed: _("Closed"), milestones: _("Milestones"),
    value: (r, g) => _("{raised} raised of {goal}", { raised: r, goal: g }),
    prompt: _("Enjoying the discussion?") + " ", promptLink: (t) => _("Support {title}", { title: t }),
  };
  for (const css of ["embed.css", "support.css"]) {
    const re = new RegExp("/" + css.replace(".", "\\.") + "([?#]|$)");
    if (![...d.querySelectorAll('link[rel~="stylesheet"]')].some((l) => re.test(l.href))) {
      d.head.append(h("link", { rel: "stylesheet", href: `${BASE}/${css}` }));
    }
  }
  function money(amount, currency) {
    const n = Number(amount);
    const whole = Number.isInteger(n);
    try {
      return new Intl.NumberFormat(locale, {
        style: "currency", currency, currencyDisplay: "narrowSymbol",
        minimumFractionDigits: whole ? 0 : undefined, maximumFractionDigits: whole ? 0 : undefined,
      }).format(n);
    } catch (e) {
      return `${amount} ${currency}`;
    }
  }
  const count = (n) => new Intl.NumberFormat(locale).format(n);
  function timeLeft(c) {
    if (!c.active) return c.ends && Date.parse(c.ends) <= Date.now() ? T.ended : T.closed;
    if (!c.ends) return "";
    const ms = Date.parse(c.ends) - Date.now();
    return ms < 864e5 ? T.last : T.left(Math.ceil(ms / 864e5));
  }
  const pct = (a, c) => Math.min(100, Math.round((1e4 * Number(a)) / Number(c.goal)) / 100);

  function bar(c) {
    const raised = money(c.raised, c.currency);
    const goal = money(c.goal, c.currency);
    const track = h("div", {
      class: "salon-support-track", role: "progressbar", "aria-label": c.title,
      "aria-valuemin": 0, "aria-valuemax": c.goal,
      "aria-valuenow": Number(c.raised) > Number(c.goal) ? c.goal : c.raised,
      "aria-valuetext": T.value(raised, goal),
    }, [h("div", { class: "salon-support-fill" })]);
    track.firstChild.style.width = pct(c.raised, c) + "%";
    const ticks = h("ol", { class: "salon-support-ticks", "aria-label": T.milestones });
    for (const m of c.milestones) {
      const p = pct(m, c);
      const edge = p < 8 ? "salon-at-start" : p > 92 ? "salon-at-end" : null;
      const tick = h("span", { class: "salon-support-tick", "aria-hidden": "true" });
      const label = h("li", { class: edge, text: money(m, c.currency) });
      tick.style.left = label.style.left = p + "%";
      track.append(tick);
      ticks.append(label);
    }
    const left = timeLeft(c);
    return h("section", {
      class: "salon salon-support" + (c.active ? "" : " salon-support-closed"),
      "data-salon-campaign": c.id, "aria-label": c.title,
    }, [
      h("div", { class: "salon-support-head" }, [
        h("h2", { class: "salon-support-title", text: c.title }),
        c.active ? h("a", { class: "salon-btn salon-support-btn", href: c.url, rel: "noopener", text: T.support }) : null,
      ]),
      h("p", { class: "salon-support-amount" }, [h("strong", { text: raised }), " ", h("span", { text: _("of {goal}", { goal }) })]),
      track, ticks,
      h("p", { class: "salon-support-meta" }, [
        h("span", { text: ngettext("{n} supporter", "{n} supporters", c.supporters) }),
        left ? " · " : null, left ? h("span", { text: left }) : null,
      ]),
    ]);
  }

  const slots = [...d.querySelectorAll("[data-salon-support-goal]")];
  if (!slots.length && me.hasAttribute("data-salon-support")) {
    const slot = h("div", { "data-salon-support-goal": wanted });
    const thread = d.getElementById("salon-thread");
    if (thread) thread.before(slot); else d.body.prepend(slot);
    slots.push(slot);
  }
  const shown = new Map(); // slot -> campaign shown in it
  function pick(list, id) {
    return id ? list.find((c) => String(c.id) === id) : list.find((c) => c.active);
  }
  function paint(slot, c) {
    shown.set(slot, c);
    slot.replaceChildren(bar(c));
  }
  fetch(`${BASE}/api/support?${new URLSearchParams({ site })}`, { credentials: "include" })
    .then((r) => (r.ok ? r.json() : null))
    .then((data) => {
      if (!data) return;
      for (const slot of slots) {
        const c = pick(data.campaigns, slot.getAttribute("data-salon-support-goal") || wanted);
        if (c) paint(slot, c);
      }
      if (!shown.size || !window.EventSource) return;
      const live = data.live || { uri: "salon:support", event: "support" };
      const src = new EventSource(`${BASE}/api/live?${new URLSearchParams({ site, uri: live.uri })}`, { withCredentials: true });
      src.addEventListener(live.event, (e) => {
        let c;
        try { c = JSON.parse(e.data); } catch (x) { return; }
        shown.forEach((old, slot) => { if (old.id === c.id) paint(slot, c); });
      });
    })
    .catch(() => { /* the bar is an extra: a server-rendered one stays as it was */ });

  // One line inside the comment section after the reader posts, once per page.
  if (me.getAttribute("data-salon-support-prompt") !== "off") {
    d.addEventListener("salon:posted", () => {
      const c = [...shown.values()].find((x) => x.active);
      const thread = d.getElementById("salon-thread");
      if (!c || !thread || thread.querySelector(".salon-support-prompt")) return;
      const line = h("p", { class: "salon-support-prompt" }, [
        T.prompt, h("a", { href: c.url, rel: "noopener", text: T.promptLink(c.title) }),
      ]);
      const form = thread.querySelector(".salon-form");
      if (form) form.after(line); else thread.prepend(line);
    });
  }
})();
