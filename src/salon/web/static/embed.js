/* Salon comment widget. Vanilla JS, no build step.
   <div id="salon-thread"></div>
   <script src="https://comments.example.org/embed.js" data-salon-site="news" defer></script>
   Optional, on the script or the div: data-salon-uri (default: the page's path),
   data-salon-title (default: document.title), data-salon-limit (top-level comments per
   page, 10), data-salon-edit-minutes (the site's edit window, 15). Elements with
   data-salon-count="/path" get that thread's "N comments".
   Safety rule: reader-provided strings only ever reach the page through textContent or
   attributes; the one innerHTML is the `html` field, which the server has sanitised. */
(() => {
  "use strict";
  const d = document;
  const me = d.currentScript || d.querySelector('script[src*="/embed.js"]');
  if (!me) return;
  // The API lives where this script came from (keeps a path prefix, drops the file name).
  const BASE = me.src.replace(/\/embed\.js([?#].*)?$/, "");
  const SORTS = [["newest", "Newest"], ["oldest", "Oldest"], ["votes", "Most Voted"]];
  const CONFIRM_NOTICE = "Published. A new address gets a mail first: confirm it to be notified.";
  const NOTIFY = [
    ["none", "nothing"],
    ["replies", "new replies to my comments"],
    ["all", "all new follow-up comments"],
  ];
  // Reporting a comment to the moderators: the reasons the API accepts, and what we say.
  const REPORT = {
    reasons: [["spam", "Spam"], ["abuse", "Abusive or hateful"], ["off-topic", "Off-topic"], ["other", "Something else"]],
    button: "Report", legend: "Why should the moderators look at this comment?",
    note: "A note for the moderators (optional)", send: "Send the report", cancel: "Cancel",
    thanks: "Thank you: the moderators will look at this comment.",
    again: "You have already reported this comment.",
    held: "Thank you: this comment is hidden until a moderator has looked at it.",
    badge: "Moderator",
  };
  const THREAD = { closed: "Comments are closed.", picks: "Editor's picks", pinned: "Pinned" };
  const UNITS = [
    ["year", 31536e3], ["month", 2592e3], ["week", 604800],
    ["day", 86400], ["hour", 3600], ["minute", 60],
  ];

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
  window.salonWidget = { h }; // the one safe element builder, shared with support.js

  // Python's isoformat has microseconds; trim to milliseconds for every Date parser.
  const when = (iso) => Date.parse(String(iso).replace(/(\.\d{3})\d+/, "$1"));
  function ago(iso) {
    const s = Math.max(0, (Date.now() - when(iso)) / 1000);
    for (const [unit, size] of UNITS) {
      if (s >= size) {
        const n = Math.floor(s / size);
        return `${n} ${unit}${n > 1 ? "s" : ""} ago`;
      }
    }
    return "just now";
  }
  const timeEl = (iso) => h("time", {
    datetime: iso,
    title: new Date(when(iso)).toLocaleString(undefined, { dateStyle: "full", timeStyle: "short" }),
    text: ago(iso),
  });

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
        if (k != null) e.textContent = `${k} comment${k === 1 ? "" : "s"}`;
      }))
      .catch(() => { /* counts are decoration; leave the publisher's text */ });
  }

  function start() {
    counts();
    // The reader support bar lives in its own file, fetched only by pages that ask for it.
    if (me.hasAttribute("data-salon-support") || d.querySelector("[data-salon-support-goal]")) {
      const sup = h("script", { src: BASE + "/support.js", "data-salon-site": me.getAttribute("data-salon-site") || "default" });
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
    for (const id in tokens) if (Date.now() - when(tokens[id].c) > editMs) delete tokens[id];
    store.set(tokensKey, tokens);
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
        throw new Error("Could not reach the comment server. Check your connection and try again.");
      }
      let data = null;
      if (res.status !== 204) try { data = await res.json(); } catch (e) { /* not JSON */ }
      if (!res.ok) {
        const err = new Error((data && data.detail) || `The comment server answered ${res.status}. Try again later.`);
        err.status = res.status;
        throw err;
      }
      return { status: res.status, data };
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
      heading.textContent = S.count ? `${S.count} comment${S.count === 1 ? "" : "s"}` : "No comments yet";
    }
    const sortBtns = SORTS.map(([k, label]) => h("button", {
      type: "button", class: "salon-tab", "data-sort": k, text: label,
      onclick: () => {
        if (S.sort === k) return;
        S.sort = k;
        paintSort();
        load(true).then((ok) => ok && say(`Sorted by ${label.toLowerCase()}.`));
      },
    }));
    const paintSort = () => sortBtns.forEach((b) => b.setAttribute("aria-pressed", b.dataset.sort === S.sort));
    paintSort();
    const sortNav = h("nav", { class: "salon-sort", "aria-label": "Sort comments" });
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
    const more = h("button", {
      type: "button", class: "salon-btn2 salon-more", hidden: true, text: "Load more comments",
      onclick: () => load(false),
    });
    const all = ssr ? null : h("a", {
      class: "salon-all",
      href: `${BASE}/threads/${encodeURIComponent(site)}?uri=${encodeURIComponent(uri)}`,
      text: "View all comments",
    });
    let invite = null;
    if (!store.get("invite-closed", false)) {
      invite = h("div", { class: "salon-invite", role: "note" }, [
        h("span", { text: "Would love your thoughts, please comment." }),
        h("button", {
          type: "button", class: "salon-x", "aria-label": "Close the invitation", text: "×",
          onclick: () => { store.set("invite-closed", true); invite.remove(); },
        }),
      ]);
    }
    const mainForm = form(null);
    root.classList.add("salon");
    root.replaceChildren(
      invite, mainForm,
      h("div", { class: "salon-head" }, [heading, sortNav]),
      news,
      list,
      h("div", { class: "salon-foot" }, [more, all]),
      live, // last, so that it sticks to the bottom of the screen while the thread is in view
    );
    setCount(0);

    // ----- inline feedback: a second file, only where the page has an article -----
    const hooks = {};
    const pending = []; // quotes rendered before inline.js arrived
    function quoteOf(c) {
      const q = h("blockquote", { class: "salon-quote" }, [h("p", { text: c.anchor.quote.exact })]);
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
      for (const f of ["anchor.js", "inline.js"]) d.head.append(h("script", { src: `${BASE}/${f}`, onload: ready }));
    }

    // ----- comments -----
    function comment(c) {
      const dead = c.state === "deleted";
      const a = c.author || {};
      const name = dead ? "[deleted]" : a.name || "Anonymous";
      const web = !dead && a.website && /^https?:\/\//i.test(a.website) ? a.website : null;
      const body = h("div", { class: "salon-body" });
      if (dead) body.append(h("p", { class: "salon-gone", text: "This comment was deleted." }));
      else body.innerHTML = c.html; // sanitised on the server (services/rendering.py)
      const slot = h("div", { class: "salon-slot" });
      const quote = !dead && c.anchor && !c.parent ? quoteOf(c) : null;
      const replies = h("ol", { class: "salon-replies" }, (c.replies || []).map(comment));
      const li = h("li", { class: "salon-comment" + (dead ? " salon-deleted" : ""), id: "comment-" + c.id });
      const edited = h("p", { class: "salon-edited" });
      const paintEdited = () => {
        edited.hidden = !c.edited || dead;
        if (!edited.hidden) {
          edited.replaceChildren("Last edited ", timeEl(c.edited.at), c.edited.by ? " by " + c.edited.by : "");
        }
      };
      paintEdited();
      li.append(
        h("article", { "aria-label": "Comment by " + name }, [
          h("header", { class: "salon-meta" }, [
            web ? h("a", { class: "salon-author", href: web, rel: "nofollow ugc noopener", text: name })
              : h("span", { class: "salon-author", text: name }),
            c.by_site ? h("span", { class: "salon-badge", text: REPORT.badge }) : null,
            c.pinned ? h("span", { class: "salon-badge salon-pinned", text: THREAD.pinned }) : null,
            h("a", { class: "salon-time", href: "#comment-" + c.id }, [timeEl(c.created)]),
          ]),
          quote, body, edited,
          dead ? null : actions(c, { li, body, slot, paintEdited }),
          slot,
        ]),
        replies,
      );
      return li;
    }

    function actions(c, parts) {
      const vb = [1, -1].map((v) => h("button", {
        type: "button", class: v > 0 ? "salon-vote salon-up" : "salon-vote salon-down",
        onclick: () => vote(v),
      }));
      const paint = () => vb.forEach((b, i) => {
        const n = i ? c.votes.down : c.votes.up;
        b.setAttribute("aria-pressed", (votes[c.id] || 0) === (i ? -1 : 1));
        b.setAttribute("aria-label", `${i ? "Downvote" : "Upvote"} (${n})`);
        b.replaceChildren(h("span", { "aria-hidden": "true", text: i ? "▼" : "▲" }), " " + n);
      });
      async function vote(v) {
        const value = (votes[c.id] || 0) === v ? 0 : v;
        vb.forEach((b) => { b.disabled = true; });
        try {
          const r = await api("POST", `/api/comments/${c.id}/vote`, { value });
          c.votes = r.data;
          if (value) votes[c.id] = value; else delete votes[c.id];
          store.set(votesKey, votes);
          say(value ? "Your vote is counted." : "Your vote is withdrawn.");
        } catch (e) {
          say(e.message, true);
        } finally {
          vb.forEach((b) => { b.disabled = false; });
          paint();
          vb[v > 0 ? 0 : 1].focus();
        }
      }
      paint();
      livePaint.set(c.id, (tally) => { if (tally) c.votes = tally; paint(); });
      const reply = h("button", {
        type: "button", class: "salon-link", "aria-expanded": "false", text: "Reply",
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
          h("button", { type: "button", class: "salon-link salon-edit", text: "Edit", onclick: () => editor(c, parts, own) }),
          h("button", { type: "button", class: "salon-link salon-delete", text: "Delete", onclick: () => confirmDelete(c, parts, own) }),
        );
      }
      paintOwn();
      const t = tokens[c.id];
      if (t) setTimeout(tick, Math.max(0, editMs - (Date.now() - when(t.c))) + 500);
      const flag = h("button", {
        type: "button", class: "salon-link salon-report", "aria-expanded": "false", text: REPORT.button,
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
      const status = h("p", { class: "salon-status", role: "status" });
      const note = h("textarea", { id: id + "-note", name: "note", rows: "2", maxlength: "500" });
      const close = () => { parts.slot.replaceChildren(); flag.setAttribute("aria-expanded", "false"); flag.focus(); };
      const send = h("button", { type: "submit", class: "salon-btn", text: REPORT.send });
      const f = h("form", {
        class: "salon-reportform",
        onsubmit: async (e) => {
          e.preventDefault();
          const picked = f.querySelector("input[name=reason]:checked");
          send.disabled = true;
          try {
            const r = await api("POST", `/api/comments/${c.id}/report`, { reason: picked.value, note: note.value });
            const msg = r.data && r.data.held ? REPORT.held : r.data && !r.data.counted ? REPORT.again : REPORT.thanks;
            say(msg);
            if (r.data && r.data.held) {
              if (!parts.li.querySelector(".salon-replies > li")) { parts.li.remove(); setCount(S.count - 1); }
              return;
            }
            close();
            flag.disabled = true;
            flag.textContent = REPORT.button + " ✓";
          } catch (err) {
            send.disabled = false;
            status.textContent = err.message;
            status.classList.add("salon-bad");
          }
        },
      }, [
        h("fieldset", {}, [
          h("legend", { text: REPORT.legend }),
          ...REPORT.reasons.map(([value, label], i) => h("label", { class: "salon-choice" }, [
            h("input", { type: "radio", name: "reason", value, checked: i === 0 }), " " + label,
          ])),
        ]),
        h("label", { for: id + "-note", text: REPORT.note }), note,
        h("div", { class: "salon-row" }, [send, h("button", { type: "button", class: "salon-btn2", text: REPORT.cancel, onclick: close })]),
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
      const status = h("p", { class: "salon-status", role: "status" });
      const save = h("button", { type: "submit", class: "salon-btn", text: "Save" });
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
          status.textContent = "Saving…";
          status.classList.remove("salon-bad");
          try {
            const r = await api("PATCH", `/api/comments/${c.id}`, { text: area.value }, tokens[c.id] && tokens[c.id].t);
            const u = r.data;
            if (tokens[c.id]) { tokens[c.id].x = area.value; store.set(tokensKey, tokens); }
            c.edited = u.edited;
            if (u.state === "held") {
              parts.body.replaceChildren(h("p", { class: "salon-gone", text: "Your edit is awaiting moderation." }));
              if (c.state === "published") setCount(S.count - 1);
              c.state = "held";
              say("Thank you! Your edit is awaiting moderation.");
            } else {
              parts.body.innerHTML = u.html; // sanitised on the server
              say("Your comment is updated.");
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
        h("label", { for: area.id, text: "Edit your comment" }), area,
        h("div", { class: "salon-row" }, [
          save, h("button", { type: "button", class: "salon-btn2", text: "Cancel", onclick: close }),
        ]),
        status,
      ]);
      parts.body.hidden = true;
      parts.slot.replaceChildren(f);
      area.focus();
    }

    function confirmDelete(c, parts, own) {
      const status = h("p", { class: "salon-status", role: "status" });
      const keep = () => { parts.slot.replaceChildren(); own.querySelector(".salon-delete")?.focus(); };
      const yes = h("button", {
        type: "button", class: "salon-btn salon-danger", text: "Delete",
        onclick: async () => {
          yes.disabled = true;
          try {
            await api("DELETE", `/api/comments/${c.id}`, undefined, tokens[c.id] && tokens[c.id].t);
            delete tokens[c.id];
            store.set(tokensKey, tokens);
            setCount(S.count - 1);
            say("Your comment is deleted.");
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
      parts.slot.replaceChildren(h("div", { class: "salon-confirm", role: "group", "aria-label": "Confirm deletion" }, [
        h("span", { text: "Delete this comment? This cannot be undone." }),
        h("div", { class: "salon-row" }, [yes, h("button", { type: "button", class: "salon-btn2", text: "Keep it", onclick: keep })]),
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
        placeholder: parent ? "Write a reply…" : anchor ? "Your thoughts on this passage…" : "Join the discussion…",
      });
      const input = (k, label, type, auto, max) => {
        const el = h("input", { id: id(k), name: k, type, autocomplete: auto, maxlength: max, value: who[k] || "" });
        if (k === "website") el.setAttribute("inputmode", "url");
        return [h("p", { class: "salon-field" }, [h("label", { for: id(k), text: label }), el]), el];
      };
      const [pName, name] = input("name", "Name", "text", "name", 128);
      const [pEmail, email] = input("email", "Email", "email", "email", 254);
      const [pWeb, website] = input("website", "Website", "text", "url", 512);
      // People never see the honeypot; bots that fill every field do.
      const hp = h("input", { id: id("hp"), name: "hp", tabindex: "-1", autocomplete: "off" });
      const notify = h("select", { id: id("notify"), name: "notify" }, NOTIFY.map(([v, t]) => h("option", { value: v, text: t })));
      const preview = h("div", { class: "salon-preview", hidden: true });
      const status = h("p", { class: "salon-status", role: "status" });
      const pv = h("button", { type: "button", class: "salon-btn2 salon-pv", "aria-pressed": "false", text: "Preview" });
      const submit = h("button", { type: "submit", class: "salon-btn", text: parent ? "Post reply" : "Post comment" });
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
        preview.replaceChildren(h("p", { class: "salon-label", text: "Preview" }), body);
        preview.hidden = false;
        pv.setAttribute("aria-pressed", "true");
      });
      const f = h("form", { class: "salon-form", "aria-label": parent ? "Reply" : "Leave a comment" }, [
        h("label", { for: text.id, class: "salon-sr", text: parent ? "Your reply" : "Your comment" }),
        text, preview,
        h("div", { class: "salon-fields" }, [pName, pEmail, pWeb]),
        h("p", { class: "salon-hp", "aria-hidden": "true" }, [h("label", { for: hp.id, text: "Leave this empty" }), hp]),
        h("div", { class: "salon-row" }, [
          h("label", { for: notify.id, class: "salon-notify" }, ["Notify of ", notify]),
          h("span", { class: "salon-grow" }),
          pv,
          done ? h("button", { type: "button", class: "salon-btn2", text: "Cancel", onclick: done }) : null,
          submit,
        ]),
        status,
      ]);
      if (done) f.addEventListener("keydown", (e) => { if (e.key === "Escape") done(); });
      f.addEventListener("submit", async (e) => {
        e.preventDefault();
        status.classList.remove("salon-bad");
        if (notify.value !== "none" && !email.value.trim()) {
          status.textContent = "Add your email address to be notified, or choose “nothing”.";
          status.classList.add("salon-bad");
          return email.focus();
        }
        const author = { name: name.value.trim(), email: email.value.trim(), website: website.value.trim() };
        const body = { site, uri, title, text: text.value, author, notify: notify.value };
        if (parent) body.parent = parent;
        if (anchor) body.anchor = anchor;
        if (hp.value) body.hp = hp.value;
        if (S.stamp) body.rendered = S.stamp;
        submit.disabled = true;
        status.textContent = "Posting…";
        try {
          const r = await api("POST", "/api/comments", body);
          store.set("me", author);
          root.dispatchEvent(new CustomEvent("salon:posted", { bubbles: true })); // support.js
          const c = r.data.comment;
          text.value = "";
          preview.hidden = true;
          pv.setAttribute("aria-pressed", "false");
          if (r.status === 202 || r.data.state !== "published") {
            status.textContent = "Thank you! Your comment is awaiting moderation.";
            say(status.textContent);
            return;
          }
          tokens[c.id] = { t: r.data.edit_token, c: c.created, x: body.text };
          store.set(tokensKey, tokens);
          setCount(S.count + 1);
          // Double opt-in: the server never says whether the address is known (no oracle).
          status.textContent = body.notify !== "none" ? CONFIRM_NOTICE : "";
          say("Your comment is published.");
          add(c, !!anchor);
          if (done) done(c);
        } catch (err) {
          status.textContent = err.message;
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
      else news.textContent = `${fresh.length} new comment${fresh.length === 1 ? "" : "s"}`;
      const li = comment(c);
      const parent = c.parent && root.querySelector("#comment-" + c.parent + " > .salon-replies");
      if (parent) parent.append(li); else list.prepend(li);
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
    // A large page (hundreds of comments) is drawn a chunk at a time, so the first ones
    // show at once and the page stays responsive; false when a newer load took over.
    async function appendInChunks(comments, seq) {
      let done = 0;
      for (const c of comments) {
        if (!root.querySelector("#comment-" + c.id)) list.append(comment(c));
        done += 1 + c.replies.length;
        if (done >= 100 && !d.hidden) {
          done = 0;
          await new Promise((r) => setTimeout(r, 0));
          if (seq !== S.seq) return false;
        }
      }
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
        if (reset) paintThread(data);
        if (!(await appendInChunks(data.comments, seq))) return false;
        S.next = data.next;
        more.hidden = !S.next;
        return true;
      } catch (e) {
        if (reset) heading.textContent = "Comments are unavailable";
        say(e.message, true);
        return false;
      } finally {
        more.disabled = false;
        root.removeAttribute("aria-busy");
      }
    }

    // A closed thread keeps its comments but takes no new ones; picks come first.
    const closedNote = h("p", { class: "salon-closed", role: "note", hidden: true, text: THREAD.closed });
    const picks = h("section", { class: "salon-picks", hidden: true, "aria-label": THREAD.picks });
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
        h("h3", { class: "salon-picks-title", text: THREAD.picks }),
        ...featured.map((c) => {
          const body = h("div", { class: "salon-body" });
          body.innerHTML = c.html; // sanitised on the server (services/rendering.py)
          return h("article", { class: "salon-picked" }, [
            h("header", { class: "salon-meta" }, [
              h("span", { class: "salon-author", text: (c.author && c.author.name) || "Anonymous" }),
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
      else say("That comment is not in this thread any more, or it is awaiting moderation.", true);
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
        news.textContent = `${fresh.length} new comment${fresh.length === 1 ? "" : "s"}`;
        if (news.hidden) say("New comments arrived.");
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
    load(true).then((ok) => {
      if (!ok) return;
      seek();
      // The reader's own votes from the server (another device, cleared storage).
      api("GET", "/api/votes?" + new URLSearchParams({ site, uri })).then(({ data }) => {
        for (const id in data) votes[id] = data[id];
        store.set(votesKey, votes);
        livePaint.forEach((paint) => paint(null));
      }, () => {});
    });
  }

  if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", start);
  else start();
})();
