/* Salon comment widget. Vanilla JS, no build step.
   <div id="salon-thread"></div>
   <script src="https://comments.example.org/embed.js" data-salon-site="news" defer></script>
   Optional, on the script or the div: data-salon-uri (default: the page's path),
   data-salon-title (default: document.title), data-salon-limit (top-level comments per
   page, 10), data-salon-edit-minutes (the site's edit window, 15), data-salon-lang (the
   language; else the page's <html lang>, the site's setting, the browser's). Elements with
   data-salon-count="/path" get that thread's "N comments".
   Strings go through _() and ngettext() (pybabel extracts them into the "widget" domain);
   English is inline, another language's strings are one cached JSON request.
   Safety rule: reader-provided strings only ever reach the page through textContent or
   attributes; the one innerHTML is the `html` field, which the server has sanitised. */
(() => {
  "use strict";
  const d = document;
  const me = d.currentScript || d.querySelector('script[src*="/embed.js"]');
  if (!me) return;
  // The API lives where this script came from (keeps a path prefix, drops the file name).
  const BASE = me.src.replace(/\/embed\.js([?#].*)?$/, "");
  // The server fills this in when it serves the file: {langs: {lang: hash}, sites: {site: lang}}.
  const I18N = /*salon:i18n*/{ langs: {}, sites: {} };
  const RTL = ["ar", "he", "fa"];
  const UNITS = [
    ["year", 31536e3], ["month", 2592e3], ["week", 604800],
    ["day", 86400], ["hour", 3600], ["minute", 60],
  ];
  let LANG = "en";
  let M = {}; // msgid -> string, or {CLDR plural category: string}
  let PR, NF, RTF, DTF;
  const fill = (s, a) => (a ? s.replace(/\{(\w+)\}/g, (m, k) => (k in a ? a[k] : m)) : s);
  const _ = (s, a) => fill(typeof M[s] === "string" && M[s] ? M[s] : s, a);
  function ngettext(s, p, n, a) {
    const f = M[s];
    const k = PR.select(n);
    return fill(f && typeof f === "object" ? f[k] || f.other : k === "one" ? s : p, { n: NF.format(n), ...a });
  }
  const known = (l) => {
    const b = String(l).toLowerCase().split(/[-_]/)[0];
    return b === "en" || I18N.langs[b] ? b : null;
  };
  // data-salon-lang, else the page's <html lang>, else the site's language, else the browser's.
  function pickLang(site) {
    const root = d.getElementById("salon-thread");
    const first = me.getAttribute("data-salon-lang") || (root && root.getAttribute("data-salon-lang"))
      || d.documentElement.lang || I18N.sites[site];
    if (first) return known(first) || "en";
    for (const l of navigator.languages || []) if (known(l)) return known(l);
    return "en";
  }

  const store = {
    get(k, dflt) {
      try { return JSON.parse(localStorage.getItem("salon:" + k)) ?? dflt; } catch (e) { return dflt; }
    },
    set(k, v) {
      try { localStorage.setItem("salon:" + k, JSON.stringify(v)); } catch (e) { /* private mode */ }
    },
  };

  // h("a", {href, text}, [children]): every string child becomes a text node, never markup.
  function h(tag, props, kids) {
    const el = d.createElement(tag);
    for (const k in props || {}) {
      const v = props[k];
      if (v == null || v === false) continue;
      if (k === "text") el.textContent = v;
      else if (k === "class") el.className = v;
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : v);
    }
    for (const c of kids || []) if (c != null) el.append(c);
    return el;
  }

  // Python's isoformat has microseconds; trim to milliseconds for every Date parser.
  const when = (iso) => Date.parse(String(iso).replace(/(\.\d{3})\d+/, "$1"));
  function ago(iso) {
    const s = Math.max(0, (Date.now() - when(iso)) / 1000);
    for (const [unit, size] of UNITS) if (s >= size) return RTF.format(-Math.floor(s / size), unit);
    return RTF.format(0, "second");
  }
  const full = (t) => (isNaN(t) ? null : DTF.format(t)); // one formatter, not one a call
  const timeEl = (iso) => h("time", { datetime: iso, title: full(when(iso)), text: ago(iso) });

  // Article lists: <span data-salon-count="/path"></span> becomes "12 comments", one request.
  function counts() {
    const els = [...d.querySelectorAll("[data-salon-count]")];
    if (!els.length) return;
    const uriOf = (e) => e.getAttribute("data-salon-count") || location.pathname;
    const q = new URLSearchParams({ site: me.getAttribute("data-salon-site") || "default" });
    [...new Set(els.map(uriOf))].slice(0, 200).forEach((u) => q.append("uri", u));
    fetch(`${BASE}/api/counts?${q}`, { credentials: "include" })
      .then((r) => (r.ok ? r.json() : null))
      .then((n) => n && els.forEach((e) => {
        const k = n[uriOf(e)];
        if (k != null) e.textContent = ngettext("{n} comment", "{n} comments", k);
      }))
      .catch(() => { /* counts are decoration; leave the publisher's text */ });
  }

  function start() {
    // The one safe element builder and the strings, shared with inline.js and support.js.
    window.salonWidget = { h, _, ngettext, lang: LANG };
    counts();
    // The reader support bar lives in its own file, fetched only by pages that ask for it.
    if (me.hasAttribute("data-salon-support") || d.querySelector("[data-salon-support-goal]")) {
      const sup = h("script", { src: BASE + "/support.js", "data-salon-site": me.getAttribute("data-salon-site") || "default" });
      if (!me.hasAttribute("data-salon-locale")) sup.setAttribute("data-salon-locale", LANG);
      for (const k of ["support", "support-prompt", "locale"]) if (me.hasAttribute("data-salon-" + k)) sup.setAttribute("data-salon-" + k, me.getAttribute("data-salon-" + k));
      d.head.append(sup);
    }
    const root = d.getElementById("salon-thread");
    if (!root || root.dataset.salonReady) return;
    root.dataset.salonReady = "1";
    const cfg = (k, dflt) => me.getAttribute("data-salon-" + k) || root.getAttribute("data-salon-" + k) || dflt;
    const site = cfg("site", "default");
    const uri = cfg("uri", location.pathname);
    const ssr = root.hasAttribute("data-salon-ssr");
    // On Salon's own page the document title is "Comments on ...", not the article's.
    const title = cfg("title", ssr ? "" : d.title);
    const limit = +cfg("limit", 10) || 10;
    const editMs = (+cfg("edit-minutes", 15) || 15) * 60e3;

    const hasCss = [...d.querySelectorAll('link[rel~="stylesheet"]')].some((l) => /\/embed\.css([?#]|$)/.test(l.href));
    if (!hasCss) d.head.append(h("link", { rel: "stylesheet", href: BASE + "/embed.css" }));

    const S = { sort: "newest", next: null, count: 0, seq: 0, stamp: null };
    const votesKey = "votes:" + BASE;
    const tokensKey = "tokens:" + BASE;
    const votes = store.get(votesKey, {});
    const tokens = store.get(tokensKey, {});
    // Tokens of held comments are kept for a month: their author sees them after a reload.
    for (const id in tokens) if (Date.now() - when(tokens[id].c) > (tokens[id].p ? 2592e6 : editMs)) delete tokens[id];
    store.set(tokensKey, tokens);
    // Ids of the comments this browser posted: no vote buttons on them (the server agrees).
    const mineKey = "mine:" + BASE;
    const mine = new Set(store.get(mineKey, []));
    const remember = (id) => { mine.add(id); store.set(mineKey, [...mine].slice(-500)); };
    const owners = new Set(); // repaint functions of the reader's own comments
    const livePaint = new Map(); // comment id -> repaint its votes from a live event
    let uid = 0;

    async function api(method, path, body, token) {
      const headers = {};
      if (body !== undefined) headers["Content-Type"] = "application/json";
      if (token) headers.Authorization = "Bearer " + token;
      let res;
      try {
        res = await fetch(BASE + path, {
          method, headers, credentials: "include",
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch (e) {
        throw new Error(_("Could not reach the comment server. Check your connection and try again."));
      }
      let data = null;
      if (res.status !== 204) try { data = await res.json(); } catch (e) { /* not JSON */ }
      if (!res.ok) {
        const err = new Error(refusal(res.status, data && data.detail));
        err.status = res.status;
        throw err;
      }
      return { status: res.status, data };
    }

    // The server's details are English: other readers get our own words for each status.
    function refusal(status, detail) {
      if (detail && LANG === "en") return detail;
      if (status === 429) return _("You are going too fast. Wait a moment and try again.");
      if (status === 403) return _("This is not allowed here.");
      if (status === 404 || status === 410) return _("This comment is no longer here.");
      if (status === 409) return _("Someone changed this in the meantime. Reload the page and try again.");
      if (status === 413 || status === 422 || status === 400) return _("The server could not accept this. Check your comment and try again.");
      return _("The comment server is not answering. Try again later.");
    }

    // ----- the frame -----
    const live = h("p", { class: "salon-live", role: "status", "aria-live": "polite" });
    let liveTimer;
    function say(msg, bad) {
      clearTimeout(liveTimer);
      live.textContent = msg;
      live.classList.toggle("salon-bad", !!bad);
      if (!bad) liveTimer = setTimeout(() => { live.textContent = ""; }, 6000);
    }
    const heading = h("h2", { class: "salon-title", id: "salon-title" });
    function setCount(n) {
      S.count = Math.max(0, n);
      heading.textContent = S.count ? ngettext("{n} comment", "{n} comments", S.count) : _("No comments yet");
    }
    const sorts = [["newest", _("Newest")], ["oldest", _("Oldest")], ["votes", _("Most voted")]];
    const sortBtns = sorts.map(([k, label]) => h("button", {
      type: "button", class: "salon-tab", "data-sort": k, text: label,
      onclick: () => {
        if (S.sort === k) return;
        S.sort = k;
        paintSort();
        load(true).then((ok) => ok && say(_("Sorted: {sort}", { sort: label })));
      },
    }));
    const paintSort = () => sortBtns.forEach((b) => b.setAttribute("aria-pressed", b.dataset.sort === S.sort));
    paintSort();
    const sortNav = h("nav", { class: "salon-sort", "aria-label": _("Sort comments") });
    sortBtns.forEach((b, i) => sortNav.append(...(i ? [h("span", { "aria-hidden": "true", text: " · " }), b] : [b])));

    const list = h("ol", { class: "salon-list", "aria-labelledby": "salon-title" });
    const fresh = []; // comments that arrived live, shown when the reader asks
    const news = h("button", {
      type: "button", class: "salon-btn2 salon-news", hidden: true,
      onclick: () => {
        fresh.splice(0).forEach((c) => { if (!root.querySelector("#comment-" + c.id)) { add(c); setCount(S.count + 1); } });
        news.hidden = true;
      },
    });
    // One way to see more: the next page, in place (the full-thread page is for no-JS readers).
    const more = h("button", {
      type: "button", class: "salon-btn2 salon-more", hidden: true, text: _("Show more comments"),
      onclick: () => load(false),
    });
    let invite = null;
    if (!store.get("invite-closed", false)) {
      invite = h("div", { class: "salon-invite", role: "note" }, [
        h("span", { text: _("Would love your thoughts, please comment.") }),
        h("button", {
          type: "button", class: "salon-x", "aria-label": _("Close the invitation"), text: "×",
          onclick: () => { store.set("invite-closed", true); invite.remove(); mainForm.querySelector("textarea").focus(); },
        }),
      ]);
    }
    const mainForm = form(null);
    // The bubble goes once the reader starts typing (and for good once they close it).
    mainForm.addEventListener("input", () => { if (invite) invite.remove(); }, { once: true });
    const foot = h("div", { class: "salon-foot", id: "salon-foot", tabindex: "-1" }, [
      more,
      h("a", { class: "salon-mydata", href: `${BASE}/privacy/request?site=${encodeURIComponent(site)}`, text: _("My data") }),
    ]);
    const skip = h("a", {
      class: "salon-skip", href: "#salon-foot", text: _("Skip the comments"),
      onclick: (e) => { e.preventDefault(); foot.focus(); },
    });
    root.classList.add("salon");
    root.lang = LANG;
    root.dir = RTL.includes(LANG) ? "rtl" : "ltr";
    // Salon's own thread page keeps its heading (one h1, above the section).
    const pageHead = ssr ? root.querySelector("h1") : null;
    if (pageHead) pageHead.className = "salon-h1";
    root.replaceChildren(...[
      pageHead, skip, invite, mainForm,
      h("div", { class: "salon-head" }, [heading, sortNav]),
      news,
      list,
      foot,
      live, // last, so that it sticks to the bottom of the screen while the thread is in view
    ].filter(Boolean));
    setCount(0);

    // ----- inline feedback: a second file, only where the page has an article -----
    const hooks = {};
    const pending = []; // quotes rendered before inline.js arrived
    function quoteOf(c) {
      const q = h("blockquote", { class: "salon-quote" }, [h("p", { dir: "auto", text: c.anchor.quote.exact })]);
      if (hooks.quote) hooks.quote(q, c); else pending.push([q, c]);
      return q;
    }
    const named = me.getAttribute("data-salon-article");
    let article = null;
    try { article = named && d.querySelector(named); } catch (e) { article = d.getElementById(named); }
    const main = d.querySelector("main");
    article = article || [...d.querySelectorAll("article")].find((a) => !a.closest(".salon"))
      || (main && !root.contains(main) ? main : null); // a <main> holding the thread is fine: its text skips .salon
    if (article) {
      let left = 2;
      const ready = () => --left || window.SalonInline({ h, api, say, form, site, uri, root, article, hooks, pending });
      d.head.append(h("link", { rel: "stylesheet", href: BASE + "/inline.css" }));
      for (const f of ["anchor.js", "inline.js"]) d.head.append(h("script", { src: `${BASE}/${f}`, onload: ready }));
    }

    // ----- comments -----
    // Initials on a colour derived from the name: no image, no outside service.
    function avatar(name) {
      const i = name.trim().split(/\s+/).slice(0, 2).map((w) => [...w][0] || "").join("").toUpperCase();
      let x = 2166136261; // FNV-1a: names that differ by one letter get far-apart hues
      for (const ch of name) x = Math.imul(x ^ ch.codePointAt(0), 16777619);
      const hue = (x >>> 0) % 360;
      const el = h("span", { class: "salon-avatar", "aria-hidden": "true", text: i || "?" });
      el.style.backgroundColor = `hsl(${hue} 50% 32%)`; // white initials stay above 4.5:1
      return el;
    }

    // Who wrote what, for "in reply to NAME" on replies flattened at the deepest level.
    const names = new Map();
    function paintTo() {
      root.querySelectorAll(".salon-to:empty").forEach((el) => {
        const n = names.get(+el.dataset.to);
        if (n) el.textContent = _("in reply to {name}", { name: n });
      });
    }

    function comment(c) {
      const dead = c.state === "deleted";
      const pendingOwn = !!c.pending;
      const a = c.author || {};
      const name = dead ? _("[deleted]") : a.name || _("Anonymous");
      names.set(c.id, name);
      const web = !dead && a.website && /^https?:\/\//i.test(a.website) ? a.website : null;
      const body = h("div", { class: "salon-body", dir: "auto" });
      if (dead) body.append(h("p", { class: "salon-gone", text: _("This comment was deleted.") }));
      else body.innerHTML = c.html; // sanitised on the server (services/rendering.py)
      const slot = h("div", { class: "salon-slot" });
      const quote = !dead && c.anchor && !c.parent ? quoteOf(c) : null;
      const replies = h("ol", { class: "salon-replies" }, (c.replies || []).map(comment));
      const li = h("li", { class: "salon-comment" + (dead ? " salon-deleted" : "") + (pendingOwn ? " salon-pending" : ""), id: "comment-" + c.id });
      const edited = h("p", { class: "salon-edited" });
      const paintEdited = () => {
        edited.hidden = !c.edited || dead;
        if (!edited.hidden) {
          const at = timeEl(c.edited.at);
          const [x, y] = (c.edited.by ? _("Last edited {when} by {name}") : _("Last edited {when}")).split("{when}");
          edited.replaceChildren(fill(x, { name: c.edited.by }), at, fill(y, { name: c.edited.by }));
        }
      };
      paintEdited();
      li.append(
        h("article", { "aria-label": _("Comment by {name}", { name }) }, [
          h("header", { class: "salon-meta" }, [
            avatar(dead ? "" : name),
            web ? h("a", { class: "salon-author", href: web, rel: "nofollow ugc noopener", dir: "auto", text: name })
              : h("span", { class: "salon-author", dir: "auto", text: name }),
            c.by_site ? h("span", { class: "salon-badge", text: _("Moderator") }) : null,
            c.pinned ? h("span", { class: "salon-badge salon-pinned", text: _("Pinned") }) : null,
            pendingOwn ? h("span", { class: "salon-badge salon-wait", text: _("Awaiting moderation") }) : null,
            h("a", { class: "salon-time", href: "#comment-" + c.id }, [timeEl(c.created)]),
            c.reply_to ? h("span", { class: "salon-to", "data-to": c.reply_to }) : null,
          ]),
          quote, body, edited,
          dead || pendingOwn ? null : actions(c, { li, body, slot, paintEdited }),
          slot,
        ]),
        replies,
      );
      return li;
    }

    function actions(c, parts) {
      // The reader's own comment shows its tally, with nothing to press (the server refuses too).
      const self = mine.has(c.id);
      const vb = [1, -1].map((v) => h(self ? "span" : "button", {
        type: self ? null : "button", class: (v > 0 ? "salon-vote salon-up" : "salon-vote salon-down") + (self ? " salon-tally" : ""),
        onclick: self ? null : () => vote(v),
      }));
      // The visible text is part of the name (no aria-label that says something else).
      const paint = () => vb.forEach((b, i) => {
        const n = i ? c.votes.down : c.votes.up;
        if (!self) b.setAttribute("aria-pressed", (votes[c.id] || 0) === (i ? -1 : 1));
        b.replaceChildren(
          h("span", { "aria-hidden": "true", text: i ? "▼" : "▲" }),
          h("span", { class: "salon-sr", text: self ? (i ? _("Down-votes") : _("Up-votes")) : i ? _("Down-vote") : _("Up-vote") }),
          " " + NF.format(n),
        );
      });
      async function vote(v) {
        const value = (votes[c.id] || 0) === v ? 0 : v;
        vb.forEach((b) => { b.disabled = true; });
        try {
          const r = await api("POST", `/api/comments/${c.id}/vote`, { value });
          c.votes = r.data;
          if (value) votes[c.id] = value; else delete votes[c.id];
          store.set(votesKey, votes);
          say(value ? _("Your vote is counted.") : _("Your vote is withdrawn."));
        } catch (e) {
          say(e.message, true);
        } finally {
          vb.forEach((b) => { b.disabled = false; });
          paint();
          if (!self) vb[v > 0 ? 0 : 1].focus();
        }
      }
      paint();
      livePaint.set(c.id, (tally) => { if (tally) c.votes = tally; paint(); });
      const reply = h("button", {
        type: "button", class: "salon-link", "aria-expanded": "false", text: _("Reply"),
        onclick: () => {
          if (reply.getAttribute("aria-expanded") === "true") return close();
          const f = form(c.id, close);
          parts.slot.replaceChildren(f);
          reply.setAttribute("aria-expanded", "true");
          f.querySelector("textarea").focus();
        },
      });
      function close() {
        parts.slot.replaceChildren();
        reply.setAttribute("aria-expanded", "false");
        reply.focus();
      }
      const own = h("span", { class: "salon-own" });
      owners.add(paintOwn);
      function paintOwn() {
        const t = tokens[c.id];
        const open = t && Date.now() - when(t.c) < editMs;
        if (!open) {
          if (t) { delete tokens[c.id]; store.set(tokensKey, tokens); }
          owners.delete(paintOwn);
          own.replaceChildren();
          return;
        }
        if (own.firstChild) return;
        own.append(
          h("button", { type: "button", class: "salon-link salon-edit", text: _("Edit"), onclick: () => editor(c, parts, own) }),
          h("button", { type: "button", class: "salon-link salon-delete", text: _("Delete"), onclick: () => confirmDelete(c, parts, own) }),
        );
      }
      paintOwn();
      const t = tokens[c.id];
      if (t) setTimeout(tick, Math.max(0, editMs - (Date.now() - when(t.c))) + 500);
      const flag = h("button", {
        type: "button", class: "salon-link salon-report", "aria-expanded": "false", text: _("Report"),
        onclick: () => {
          if (flag.getAttribute("aria-expanded") === "true") { parts.slot.replaceChildren(); flag.setAttribute("aria-expanded", "false"); return; }
          flag.setAttribute("aria-expanded", "true");
          reportForm(c, parts, flag);
        },
      });
      return h("footer", { class: "salon-actions" }, [...vb, reply, own, flag]);
    }

    function reportForm(c, parts, flag) {
      const id = "salon-r" + (++uid);
      const status = h("p", { class: "salon-status" });
      const note = h("textarea", { id: id + "-note", name: "note", rows: "2", maxlength: "500" });
      const close = () => { parts.slot.replaceChildren(); flag.setAttribute("aria-expanded", "false"); flag.focus(); };
      const send = h("button", { type: "submit", class: "salon-btn", text: _("Send the report") });
      const f = h("form", {
        class: "salon-reportform",
        onsubmit: async (e) => {
          e.preventDefault();
          const picked = f.querySelector("input[name=reason]:checked");
          send.disabled = true;
          try {
            const r = await api("POST", `/api/comments/${c.id}/report`, { reason: picked.value, note: note.value });
            const msg = r.data && r.data.held ? _("Thank you: this comment is hidden until a moderator has looked at it.")
              : r.data && !r.data.counted ? _("You have already reported this comment.")
                : _("Thank you: the moderators will look at this comment.");
            say(msg);
            if (r.data && r.data.held) {
              if (!parts.li.querySelector(".salon-replies > li")) { parts.li.remove(); setCount(S.count - 1); }
              return;
            }
            close();
            flag.disabled = true;
            flag.textContent = _("Reported");
          } catch (err) {
            send.disabled = false;
            status.textContent = err.message;
            status.classList.add("salon-bad");
            say(err.message, true);
          }
        },
      }, [
        h("fieldset", {}, [
          h("legend", { text: _("Why should the moderators look at this comment?") }),
          ...[["spam", _("Spam")], ["abuse", _("Abusive or hateful")], ["off-topic", _("Off-topic")], ["other", _("Something else")]].map(([value, label], i) => h("label", { class: "salon-choice" }, [
            h("input", { type: "radio", name: "reason", value, checked: i === 0 }), " " + label,
          ])),
        ]),
        h("label", { for: id + "-note", text: _("A note for the moderators (optional)") }), note,
        h("div", { class: "salon-row" }, [send, h("button", { type: "button", class: "salon-btn2", text: _("Cancel"), onclick: close })]),
        status,
      ]);
      parts.slot.replaceChildren(f);
      f.querySelector("input[name=reason]").focus();
    }

    function refused(e, status, own, id) {
      status.textContent = e.message;
      status.classList.add("salon-bad");
      say(e.message, true);
      if (e.status === 403) {
        delete tokens[id];
        store.set(tokensKey, tokens);
        own.replaceChildren();
      }
    }

    function editor(c, parts, own) {
      const n = ++uid;
      const t = tokens[c.id];
      const area = h("textarea", { id: `salon-${n}-edit`, rows: 4, required: true });
      area.value = (t && t.x) || parts.body.textContent.trim();
      const status = h("p", { class: "salon-status" });
      const save = h("button", { type: "submit", class: "salon-btn", text: _("Save") });
      const close = () => {
        parts.slot.replaceChildren();
        parts.body.hidden = false;
        const b = own.querySelector(".salon-edit");
        if (b) b.focus();
      };
      const f = h("form", {
        class: "salon-form salon-editor",
        onsubmit: async (e) => {
          e.preventDefault();
          save.disabled = true;
          status.textContent = _("Saving…");
          status.classList.remove("salon-bad");
          try {
            const r = await api("PATCH", `/api/comments/${c.id}`, { text: area.value }, tokens[c.id] && tokens[c.id].t);
            const u = r.data;
            if (tokens[c.id]) { tokens[c.id].x = area.value; store.set(tokensKey, tokens); }
            c.edited = u.edited;
            if (u.state === "held") {
              parts.body.replaceChildren(h("p", { class: "salon-gone", text: _("Your edit is awaiting moderation.") }));
              if (c.state === "published") setCount(S.count - 1);
              c.state = "held";
              say(_("Thank you! Your edit is awaiting moderation."));
            } else {
              parts.body.innerHTML = u.html; // sanitised on the server
              say(_("Your comment is updated."));
            }
            parts.paintEdited();
            close();
          } catch (err) {
            refused(err, status, own, c.id);
          } finally {
            save.disabled = false;
          }
        },
      }, [
        h("label", { for: area.id, text: _("Edit your comment") }), area,
        h("div", { class: "salon-row" }, [
          save, h("button", { type: "button", class: "salon-btn2", text: _("Cancel"), onclick: close }),
        ]),
        status,
      ]);
      parts.body.hidden = true;
      parts.slot.replaceChildren(f);
      area.focus();
    }

    function confirmDelete(c, parts, own) {
      const status = h("p", { class: "salon-status" });
      const keep = () => { parts.slot.replaceChildren(); own.querySelector(".salon-delete")?.focus(); };
      const yes = h("button", {
        type: "button", class: "salon-btn salon-danger", text: _("Delete"),
        onclick: async () => {
          yes.disabled = true;
          try {
            await api("DELETE", `/api/comments/${c.id}`, undefined, tokens[c.id] && tokens[c.id].t);
            delete tokens[c.id];
            store.set(tokensKey, tokens);
            setCount(S.count - 1);
            say(_("Your comment is deleted."));
            const kids = parts.li.querySelector(":scope > .salon-replies");
            if (kids.children.length) {
              const gone = comment({ ...c, state: "deleted", replies: [] });
              gone.querySelector(":scope > .salon-replies").replaceWith(kids);
              parts.li.replaceWith(gone);
            } else {
              parts.li.remove();
            }
          } catch (err) {
            yes.disabled = false;
            refused(err, status, own, c.id);
          }
        },
      });
      parts.slot.replaceChildren(h("div", { class: "salon-confirm", role: "group", "aria-label": _("Confirm deletion") }, [
        h("span", { text: _("Delete this comment? This cannot be undone.") }),
        h("div", { class: "salon-row" }, [yes, h("button", { type: "button", class: "salon-btn2", text: _("Keep it"), onclick: keep })]),
        status,
      ]));
      yes.focus();
    }

    // ----- forms -----
    function form(parent, done, anchor) {
      const n = ++uid;
      const id = (k) => `salon-${n}-${k}`;
      const who = store.get("me", {});
      const text = h("textarea", {
        id: id("text"), name: "text", rows: parent ? 3 : 4, required: true,
        placeholder: parent ? _("Write a reply…") : anchor ? _("Your thoughts on this passage…") : _("Join the discussion…"),
      });
      const input = (k, label, type, auto, max) => {
        const el = h("input", { id: id(k), name: k, type, autocomplete: auto, maxlength: max, value: who[k] || "" });
        if (k === "website") el.setAttribute("inputmode", "url");
        return [h("p", { class: "salon-field" }, [h("label", { for: id(k), text: label }), el]), el];
      };
      const [pName, name] = input("name", _("Name"), "text", "name", 128);
      const [pEmail, email] = input("email", _("Email"), "email", "email", 254);
      const [pWeb, website] = input("website", _("Website"), "text", "url", 512);
      // People never see the honeypot; bots that fill every field do.
      const hp = h("input", { id: id("hp"), name: "hp", tabindex: "-1", autocomplete: "off" });
      const notify = h("select", { id: id("notify"), name: "notify" }, [
        ["none", _("nothing")], ["replies", _("new replies to my comments")], ["all", _("all new follow-up comments")],
      ].map(([v, t]) => h("option", { value: v, text: t })));
      const preview = h("div", { class: "salon-preview", hidden: true });
      const status = h("p", { class: "salon-status" });
      const pv = h("button", { type: "button", class: "salon-btn2 salon-pv", "aria-pressed": "false", text: _("Preview") });
      const submit = h("button", { type: "submit", class: "salon-btn", text: parent ? _("Post reply") : _("Post comment") });
      pv.addEventListener("click", async () => {
        if (pv.getAttribute("aria-pressed") === "true") {
          pv.setAttribute("aria-pressed", "false");
          preview.hidden = true;
          return text.focus();
        }
        const body = h("div", { class: "salon-body" });
        try {
          const r = await api("POST", "/api/preview", { site, text: text.value });
          body.innerHTML = r.data.html; // rendered and sanitised by the server's one renderer
        } catch (e) {
          // No preview endpoint: show the text exactly as typed, never as markup.
          body.append(h("p", { class: "salon-plain", text: text.value }));
        }
        preview.replaceChildren(h("p", { class: "salon-label", text: _("Preview") }), body);
        preview.hidden = false;
        pv.setAttribute("aria-pressed", "true");
      });
      const [n1, n2] = _("Notify me of {choice}").split("{choice}");
      const f = h("form", { class: "salon-form", "aria-label": parent ? _("Reply") : _("Leave a comment") }, [
        h("label", { for: text.id, class: "salon-sr", text: parent ? _("Your reply") : _("Your comment") }),
        text, preview,
        h("div", { class: "salon-fields" }, [pName, pEmail, pWeb]),
        h("p", { class: "salon-hp", "aria-hidden": "true" }, [h("label", { for: hp.id, text: _("Leave this empty") }), hp]),
        h("div", { class: "salon-row" }, [
          h("label", { for: notify.id, class: "salon-notify" }, [n1, notify, n2]),
          h("span", { class: "salon-grow" }),
          pv,
          done ? h("button", { type: "button", class: "salon-btn2", text: _("Cancel"), onclick: done }) : null,
          submit,
        ]),
        status,
      ]);
      if (done) f.addEventListener("keydown", (e) => { if (e.key === "Escape") done(); });
      // On a phone the form is its text box until the reader goes into it (embed.css).
      f.addEventListener("focusin", () => f.classList.add("salon-open"));
      f.addEventListener("submit", async (e) => {
        e.preventDefault();
        status.classList.remove("salon-bad");
        if (notify.value !== "none" && !email.value.trim()) {
          status.textContent = _("Add your email address to be notified, or choose “nothing”.");
          status.classList.add("salon-bad");
          say(status.textContent, true);
          return email.focus();
        }
        const author = { name: name.value.trim(), email: email.value.trim(), website: website.value.trim() };
        const body = { site, uri, title, text: text.value, author, notify: notify.value };
        if (parent) body.parent = parent;
        if (anchor) body.anchor = anchor;
        if (hp.value) body.hp = hp.value;
        if (S.stamp) body.rendered = S.stamp;
        submit.disabled = true;
        status.textContent = _("Posting…");
        try {
          const r = await api("POST", "/api/comments", body);
          store.set("me", author);
          root.dispatchEvent(new CustomEvent("salon:posted", { bubbles: true })); // support.js
          const c = r.data.comment;
          text.value = "";
          preview.hidden = true;
          pv.setAttribute("aria-pressed", "false");
          remember(c.id);
          if (r.status === 202 || r.data.state !== "published") {
            // Shown to its author in place (and after a reload, from the token); to nobody else.
            tokens[c.id] = { t: r.data.edit_token, c: c.created, p: 1 };
            store.set(tokensKey, tokens);
            status.textContent = _("Thank you! Your comment is awaiting moderation.");
            say(status.textContent);
            if (!anchor) add({ ...c, pending: true });
            if (done) done(c);
            return;
          }
          tokens[c.id] = { t: r.data.edit_token, c: c.created, x: body.text };
          store.set(tokensKey, tokens);
          setCount(S.count + 1);
          // Double opt-in: the server never says whether the address is known (no oracle).
          status.textContent = body.notify !== "none" ? _("Published. A new address gets a mail first: confirm it to be notified.") : "";
          say(_("Your comment is published."));
          add(c, !!anchor);
          if (done) done(c);
        } catch (err) {
          status.textContent = err.message;
          say(err.message, true);
          status.classList.add("salon-bad");
        } finally {
          submit.disabled = false;
        }
      });
      return f;
    }

    function add(c, quiet) {
      const i = fresh.findIndex((f) => f.id === c.id);
      if (i >= 0) fresh.splice(i, 1);
      if (!fresh.length) news.hidden = true;
      else news.textContent = ngettext("Show {n} new comment", "Show {n} new comments", fresh.length);
      const old = root.querySelector("#comment-" + c.id);
      const host = c.parent && root.querySelector("#comment-" + c.parent);
      const li = comment(c);
      const parent = host && host.querySelector(":scope > .salon-replies");
      if (old) old.replaceWith(li); else if (parent) parent.append(li); else list.prepend(li);
      paintTo();
      if (!quiet) mark(li);
    }

    function mark(li) {
      root.querySelectorAll(".salon-hl").forEach((x) => x.classList.remove("salon-hl"));
      li.classList.add("salon-hl");
      li.scrollIntoView({ block: "center" });
      const art = li.firstChild;
      art.tabIndex = -1;
      art.focus({ preventScroll: true });
    }

    // ----- loading -----
    // A large page (hundreds of comments) is built off the document and put in at once per
    // slice: the first screenful straight away, then slices of about 30 ms of work with the
    // browser free in between, so the page stays responsive (hidden, it goes in one go);
    // false when a newer load took over.
    async function appendInChunks(comments, seq) {
      let frag = d.createDocumentFragment();
      let shown = 0;
      let since = performance.now();
      for (const c of comments) {
        if (!root.querySelector("#comment-" + c.id)) frag.append(comment(c));
        const first = ++shown === 8 && comments.length > 16; // a screenful, more to come
        if ((first || performance.now() - since > 30) && !d.hidden) {
          list.append(frag);
          await new Promise((r) => setTimeout(r, 0));
          if (seq !== S.seq) return false;
          frag = d.createDocumentFragment();
          since = performance.now();
        }
      }
      list.append(frag);
      return true;
    }

    async function load(reset) {
      const seq = reset ? ++S.seq : S.seq;
      const q = new URLSearchParams({ site, uri, sort: S.sort, limit });
      if (!reset && S.next) q.set("cursor", S.next);
      more.disabled = true;
      root.setAttribute("aria-busy", "true");
      try {
        const { data } = await api("GET", "/api/threads?" + q);
        if (seq !== S.seq) return false; // a newer sort won
        if (reset) list.replaceChildren();
        S.stamp = data.rendered || data.thread.rendered || S.stamp;
        setCount(data.thread.count);
        list.classList.toggle("salon-long", data.thread.count > 100);
        if (reset) paintThread(data);
        if (!(await appendInChunks(data.comments, seq))) return false;
        paintTo();
        S.next = data.next;
        more.hidden = !S.next;
        return true;
      } catch (e) {
        if (reset) heading.textContent = _("Comments are unavailable");
        // The server's own page of the thread is the way left (it needs no script).
        if (reset && !ssr && !foot.querySelector(".salon-all")) {
          foot.prepend(h("a", { class: "salon-all", href: `${BASE}/threads/${encodeURIComponent(site)}?uri=${encodeURIComponent(uri)}`, text: _("View all comments") }));
        }
        say(e.message, true);
        return false;
      } finally {
        more.disabled = false;
        root.removeAttribute("aria-busy");
      }
    }

    // A closed thread keeps its comments but takes no new ones; picks come first.
    const closedNote = h("p", { class: "salon-closed", role: "note", hidden: true, text: _("Comments are closed.") });
    const picks = h("section", { class: "salon-picks", hidden: true, "aria-label": _("Editor's picks") });
    mainForm.before(closedNote);
    list.before(picks);
    function paintThread(data) {
      const closed = !!(data.thread && data.thread.closed);
      closedNote.hidden = !closed;
      mainForm.hidden = closed;
      if (invite) invite.hidden = closed;
      root.classList.toggle("salon-is-closed", closed);
      const featured = data.featured || [];
      picks.hidden = !featured.length;
      picks.replaceChildren(
        h("h3", { class: "salon-picks-title", text: _("Editor's picks") }),
        ...featured.map((c) => {
          const body = h("div", { class: "salon-body" });
          body.innerHTML = c.html; // sanitised on the server (services/rendering.py)
          return h("article", { class: "salon-picked" }, [
            h("header", { class: "salon-meta" }, [
              h("span", { class: "salon-author", dir: "auto", text: (c.author && c.author.name) || _("Anonymous") }),
              h("a", { class: "salon-time", href: "#comment-" + c.id }, [timeEl(c.created)]),
            ]),
            body,
          ]);
        }),
      );
    }

    async function seek() {
      const m = /^#comment-(\d+)$/.exec(location.hash);
      if (!m) return;
      let el;
      for (let pages = 0; !(el = root.querySelector("#comment-" + m[1])) && S.next && pages < 100; pages++) {
        if (!(await load(false))) break;
      }
      if (el) mark(el);
      else say(_("That comment is not in this thread any more, or it is awaiting moderation."), true);
    }

    function tick() {
      root.querySelectorAll("time[datetime]").forEach((t) => { t.textContent = ago(t.getAttribute("datetime")); });
      owners.forEach((paint) => paint());
    }
    setInterval(tick, 30e3);
    addEventListener("hashchange", seek);

    // ----- live: new comments wait behind a button, votes and edits apply in place -----
    if (window.EventSource) {
      const src = new EventSource(`${BASE}/api/live?${new URLSearchParams({ site, uri })}`, { withCredentials: true });
      const on = (name, fn) => src.addEventListener(name, (e) => { try { fn(JSON.parse(e.data)); } catch (x) { /* a bad event must not break the page */ } });
      on("comment", (c) => {
        if (hooks.live) hooks.live(c);
        if (root.querySelector("#comment-" + c.id) || fresh.some((f) => f.id === c.id)) return;
        fresh.push(c);
        news.textContent = ngettext("Show {n} new comment", "Show {n} new comments", fresh.length);
        // Announced once per batch; the button keeps the running count.
        if (news.hidden) say(ngettext("{n} new comment", "{n} new comments", fresh.length));
        news.hidden = false;
      });
      on("vote", (v) => { const paint = livePaint.get(v.id); if (paint) paint({ up: v.up, down: v.down, score: v.score }); });
      on("edit", (c) => {
        if (hooks.edit) hooks.edit(c);
        const body = root.querySelector(`#comment-${c.id} > article > .salon-body`);
        if (body && !body.querySelector("textarea")) body.innerHTML = c.html; // sanitised on the server
      });
      const gone = (x) => {
        if (hooks.gone) hooks.gone(x);
        const li = root.querySelector("#comment-" + x.id);
        if (li && !li.querySelector(".salon-replies > li")) { li.remove(); setCount(S.count - 1); }
      };
      on("delete", gone);
      on("remove", gone);
    }
    // The reader's own held comments, in place, from the tokens this browser keeps.
    async function ownHeld() {
      // Held ones, and any kept comment the thread did not show (a shadow-ban answers as published).
      const held = Object.keys(tokens).filter((id) => tokens[id].p || !root.querySelector("#comment-" + id)).slice(-50);
      if (!held.length) return;
      try {
        const { data } = await api("POST", "/api/comments/own", { site, uri, tokens: held.map((id) => tokens[id].t) });
        const back = new Set(data.map((c) => c.id));
        for (const id of held) {
          // Published since (it is in the thread) or gone: the token is an ordinary one now.
          if (!back.has(+id)) { delete tokens[id].p; if (Date.now() - when(tokens[id].c) > editMs) delete tokens[id]; }
        }
        store.set(tokensKey, tokens);
        data.forEach((c) => { if (tokens[c.id]) tokens[c.id].p = 1; if (!root.querySelector("#comment-" + c.id)) add(c, true); });
      } catch (e) { /* the thread works without them */ }
    }

    load(true).then((ok) => {
      if (!ok) return;
      ownHeld().then(seek);
      // The reader's own votes from the server (another device, cleared storage).
      api("GET", "/api/votes?" + new URLSearchParams({ site, uri })).then(({ data }) => {
        for (const id in data) votes[id] = data[id];
        store.set(votesKey, votes);
        livePaint.forEach((paint) => paint(null));
      }, () => {});
    });
  }

  // The language first: English is inline, another is one small cached request.
  function boot() {
    const root = d.getElementById("salon-thread");
    LANG = pickLang(me.getAttribute("data-salon-site") || (root && root.getAttribute("data-salon-site")) || "default");
    const ready = () => {
      PR = new Intl.PluralRules(LANG);
      NF = new Intl.NumberFormat(LANG);
      RTF = new Intl.RelativeTimeFormat(LANG, { numeric: "auto" });
      DTF = new Intl.DateTimeFormat(LANG, { dateStyle: "full", timeStyle: "short" });
      start();
    };
    if (LANG === "en") return ready();
    fetch(`${BASE}/i18n/widget/${LANG}.json?v=${I18N.langs[LANG]}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(r)))
      .then((m) => { M = m; }, () => { LANG = "en"; })
      .then(ready);
  }

  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
