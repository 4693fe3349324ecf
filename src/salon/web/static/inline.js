/* Salon inline feedback: select a passage of the article and comment on it; markers show
   where the discussion is. Loaded by embed.js (after anchor.js) only on pages with an
   article element; embed.js calls window.SalonInline(ctx) with its helpers.
   Nothing here changes the publisher's layout: markers, the button and the panel sit in
   one absolutely positioned layer after the article, and <mark> highlights (no padding,
   inherited font and colour) exist only while their comments are open.
   Reader text reaches the page only through ctx.h (textContent) or the server's
   sanitised `html`. */
(() => {
  "use strict";
  // Strings through embed.js's catalogue (loaded before this file is).
  const { _, ngettext } = window.salonWidget;
  const T = {
    pick: _("Comment on this"),
    tooLong: _("Select at most {n} characters", { n: (1000).toLocaleString(window.salonWidget.lang) }),
    pickHint: _("Press Tab, then Enter, to comment on the selected passage."),
    compose: _("Comment on this passage"),
    addOne: _("Add your comment on this passage"),
    onPassage: (n) => ngettext("{n} comment on this passage", "{n} comments on this passage", n),
    marker: (n) => ngettext("{n} comment on this paragraph. Show it", "{n} comments on this paragraph. Show them", n),
    mark: (n) => ngettext("Passage with {n} comment", "Passage with {n} comments", n),
    close: _("Close"),
    all: _("View all comments"),
    inThread: _("Reply in the thread"),
    replies: (n) => ngettext("{n} reply", "{n} replies", n),
    show: _("Show the passage"),
    changed: _("The passage has changed since this comment was written; it is no longer in the article."),
    quoted: _("Quoted passage"),
    anonymous: _("Anonymous"),
    posted: _("Your comment on the passage is published."),
  };
  // What is never part of "the article's text": Salon's own section and UI, the
  // publisher's opt-outs, and text no reader sees.
  const SKIP = ".salon, .salon-ui, [data-salon-ignore], script, style, noscript, template, textarea, select";
  const BLOCK = "p, li, blockquote, h1, h2, h3, h4, h5, h6, figcaption, pre, td, th, dd, dt, caption, div, section";

  /* The article's text as one string, with the text nodes it came from. */
  function textIndex(article) {
    const nodes = [];
    const starts = [];
    const parts = [];
    let at = 0;
    const walk = document.createTreeWalker(article, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.nodeType === 1 ? (n.matches(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) : NodeFilter.FILTER_ACCEPT),
    });
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      nodes.push(n);
      starts.push(at);
      parts.push(n.data);
      at += n.data.length;
    }
    return { nodes, starts, text: parts.join("") };
  }

  // The text offset of a DOM boundary point (a selection's start or end).
  function offsetOf(idx, container, offset) {
    const i = idx.nodes.indexOf(container);
    if (i >= 0) return idx.starts[i] + offset;
    const point = document.createRange();
    point.setStart(container, offset);
    let lo = 0;
    let hi = idx.nodes.length;
    while (lo < hi) { // first text node at or after the point
      const mid = (lo + hi) >> 1;
      if (point.comparePoint(idx.nodes[mid], 0) > 0) hi = mid; else lo = mid + 1;
    }
    return lo < idx.nodes.length ? idx.starts[lo] : idx.text.length;
  }

  // The text node holding offset `at` (the last node starting at or before it).
  function nodeAt(idx, at) {
    let lo = 0;
    let hi = idx.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (idx.starts[mid] <= at) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /* Where each anchor is in the article now: [{start, end, how} or null]. */
  function locate(article, anchors) {
    const idx = textIndex(article);
    const find = window.SalonAnchor.finder(idx.text);
    return { idx, found: anchors.map((a) => { try { return find(a); } catch (e) { return null; } }) };
  }

  function SalonInline(ctx) {
    const { h, api, say, article, root } = ctx;
    const A = window.SalonAnchor;
    const doc = document;
    const phone = matchMedia("(max-width: 640px)");
    let idx = null; // rebuilt lazily after the article changes
    let findIn = null;
    new MutationObserver(() => { idx = findIn = null; }).observe(article, { childList: true, subtree: true, characterData: true });
    const index = () => idx || (idx = textIndex(article));
    const finder = () => findIn || (findIn = A.finder(index().text));

    const layer = h("div", { class: "salon-ui salon-layer" });
    article.after(layer);
    const place = (el, left, top) => {
      const base = layer.getBoundingClientRect();
      const maxLeft = doc.documentElement.clientWidth - el.offsetWidth - 4;
      el.style.left = Math.max(4, Math.min(left, maxLeft)) - base.left + "px";
      el.style.top = top - base.top + "px";
    };

    // ----- anchored comments: where they are, grouped by the block that holds them -----
    const known = new Map(); // comment id -> {c, at: {start, end} | null, block}
    let groups = new Map(); // block element -> [entries]
    const markers = new Map(); // block -> marker button

    function resolveAll(list) {
      const t0 = performance.now();
      const located = locate(article, list.map((c) => c.anchor));
      const found = located.found;
      idx = located.idx;
      list.forEach((c, i) => known.set(c.id, entry(c, found[i], idx)));
      window.SalonInlineStats = {
        ms: performance.now() - t0,
        anchors: list.length,
        attached: found.filter(Boolean).length,
        byPosition: found.filter((f) => f && f.how === "position").length,
      };
    }
    function entry(c, at, i2) {
      let block = null;
      if (at) {
        const el = i2.nodes[nodeAt(i2, at.start)].parentElement;
        block = el.closest(BLOCK);
        if (!block || !article.contains(block)) block = article;
      }
      return { c, at, block };
    }
    function resolveOne(c) {
      if (!known.has(c.id)) known.set(c.id, entry(c, finder()(c.anchor), index()));
      return known.get(c.id);
    }

    function regroup() {
      groups = new Map();
      for (const e of known.values()) {
        if (!e.at || e.c.parent || e.c.state !== "published") continue;
        if (!groups.has(e.block)) groups.set(e.block, []);
        groups.get(e.block).push(e);
      }
      for (const [block, m] of markers) if (!groups.has(block)) { m.remove(); markers.delete(block); }
      // Markers in the order of the article, so Tab meets them as a reader does.
      const blocks = [...groups.keys()].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
      for (const block of blocks) {
        const n = groups.get(block).length;
        let m = markers.get(block);
        if (!m) {
          m = h("button", { type: "button", class: "salon-ui salon-marker", "aria-expanded": "false", onclick: () => toggle(block) });
          markers.set(block, m);
        }
        m.setAttribute("aria-label", T.marker(n));
        m.replaceChildren(h("span", { class: "salon-bubble", "aria-hidden": "true" }), h("span", { text: String(n) }));
        layer.append(m); // re-appending keeps them in article order
      }
      repositionAll();
    }
    function repositionAll() {
      for (const [block, m] of markers) {
        const r = block.getBoundingClientRect();
        place(m, r.right + (phone.matches ? 2 : 8), r.top + 2);
      }
      if (open) positionPanel();
    }
    addEventListener("resize", () => { if (pick) hidePick(); repositionAll(); });
    if (window.ResizeObserver) new ResizeObserver(() => repositionAll()).observe(article);
    addEventListener("load", () => repositionAll());

    // ----- highlights: <mark> around the passage's text, removed when closed -----
    function wrap(at, label, flash) {
      const i2 = index();
      const marks = [];
      const first = nodeAt(i2, at.start);
      const pieces = [];
      for (let i = first; i < i2.nodes.length && i2.starts[i] < at.end; i++) {
        const s = Math.max(at.start, i2.starts[i]) - i2.starts[i];
        const e = Math.min(at.end, i2.starts[i] + i2.nodes[i].length) - i2.starts[i];
        if (e > s && i2.nodes[i].data.slice(s, e).trim()) pieces.push([i2.nodes[i], s, e]);
      }
      for (const [node, s, e] of pieces) {
        let n = node;
        if (s > 0) n = n.splitText(s);
        if (e - s < n.length) n.splitText(e - s);
        const mark = h("mark", { class: "salon-mark" + (flash ? " salon-flash" : "") });
        n.replaceWith(mark);
        mark.append(n);
        marks.push(mark);
      }
      if (marks.length) {
        marks[0].tabIndex = 0;
        marks[0].setAttribute("aria-label", label);
        // From the highlighted passage, Enter goes to its comments.
        marks[0].addEventListener("keydown", (e) => {
          if (e.key === "Enter" && open) open.panel.querySelector(".salon-panel-title").focus();
        });
      }
      return marks;
    }
    function unwrap(marks) {
      for (const m of marks) {
        const parent = m.parentNode;
        if (!parent) continue;
        m.replaceWith(...m.childNodes);
        parent.normalize();
      }
    }

    // ----- the panel (desktop) / sheet (phone) -----
    let open = null; // {block, panel, marks, from}
    function closePanel(refocus) {
      if (!open) return;
      const was = open;
      open = null;
      unwrap(was.marks);
      was.panel.remove();
      const m = markers.get(was.block);
      if (m) m.setAttribute("aria-expanded", "false");
      if (refocus && was.from && was.from.isConnected) was.from.focus();
    }
    function positionPanel() {
      const p = open.panel;
      p.classList.toggle("salon-sheet", phone.matches);
      if (phone.matches) { p.style.left = p.style.top = ""; return; }
      const r = open.block.getBoundingClientRect();
      p.style.width = Math.min(440, Math.max(280, r.width)) + "px";
      place(p, r.left, r.bottom + 8);
    }
    function showPanel(block, title, kids, from) {
      closePanel(false);
      const heading = h("h2", { class: "salon-panel-title", text: title, tabindex: "-1" });
      const all = h("a", {
        class: "salon-all", href: "#salon-thread", text: T.all,
        onclick: (e) => { e.preventDefault(); closePanel(false); root.scrollIntoView({ block: "start" }); root.querySelector(".salon-title")?.focus?.(); },
      });
      const panel = h("section", { class: "salon salon-ui salon-panel", role: "dialog", "aria-label": title }, [
        h("div", { class: "salon-panel-head" }, [
          heading,
          h("button", { type: "button", class: "salon-x", "aria-label": T.close, text: "×", onclick: () => closePanel(true) }),
        ]),
        ...kids,
        h("p", { class: "salon-panel-foot" }, [all]),
      ]);
      panel.addEventListener("keydown", (e) => { if (e.key === "Escape") { e.stopPropagation(); closePanel(true); } });
      layer.append(panel);
      open = { block, panel, marks: [], from };
      positionPanel();
      // The sheet covers the lower part of a phone's screen: bring the passage above it.
      if (phone.matches) block.scrollIntoView({ block: "start" });
      heading.focus({ preventScroll: phone.matches });
      return open;
    }

    function toggle(block) {
      if (open && open.block === block && !open.compose) return closePanel(true);
      const list = groups.get(block) || [];
      const m = markers.get(block);
      const items = list.map((e) => {
        const c = e.c;
        const body = h("div", { class: "salon-body" });
        body.innerHTML = c.html; // sanitised on the server (services/rendering.py)
        const n = (c.replies || []).length;
        return h("li", { class: "salon-panel-item" }, [
          h("blockquote", { class: "salon-quote" }, [h("p", { text: c.anchor.quote.exact })]),
          h("p", { class: "salon-meta" }, [h("span", { class: "salon-author", text: (c.author && c.author.name) || T.anonymous })]),
          body,
          h("p", { class: "salon-panel-links" }, [
            n ? h("span", { text: T.replies(n) + " · " }) : null,
            h("a", { href: "#comment-" + c.id, text: T.inThread, onclick: () => closePanel(false) }),
          ]),
        ]);
      });
      const again = list[0] && A.describe(index().text, list[0].at.start, list[0].at.end);
      // The form waits behind a button: the panel is for reading first.
      const more = again && h("button", {
        type: "button", class: "salon-btn2 salon-add", text: T.addOne,
        onclick: () => { const f = composer(again, block); more.replaceWith(f); f.querySelector("textarea").focus(); },
      });
      const o = showPanel(block, T.onPassage(list.length), [h("ol", { class: "salon-panel-list" }, items), more], m);
      if (m) m.setAttribute("aria-expanded", "true");
      for (const e of list) o.marks.push(...wrap(e.at, T.mark(list.length)));
    }

    function composer(anchor, block) {
      return ctx.form(null, (c) => {
        if (!c || !c.id) return closePanel(true);
        say(T.posted);
        known.set(c.id, { c, at: { start: anchor.position.start, end: anchor.position.end }, block });
        closePanel(false);
        regroup();
        toggle(block);
      }, anchor);
    }

    function compose(anchor, from) {
      const i2 = index();
      let block = i2.nodes[nodeAt(i2, anchor.position.start)].parentElement.closest(BLOCK);
      if (!block || !article.contains(block)) block = article;
      const f = composer(anchor, block);
      const o = showPanel(block, T.compose, [
        h("blockquote", { class: "salon-quote" }, [h("p", { class: "salon-sr", text: T.quoted }), h("p", { text: anchor.quote.exact })]),
        f,
      ], from);
      o.compose = true;
      o.marks = wrap(anchor.position, T.quoted);
      f.querySelector("textarea").focus();
    }

    // ----- selecting: the "Comment on this" button -----
    let pick = null; // {button, anchor}
    let keyboard = false;
    let touch = false;
    let hinted = false;
    function hidePick() { if (pick) { pick.button.remove(); pick = null; } }
    function ignored(range) {
      if (!article.contains(range.commonAncestorContainer)) return true;
      for (const el of article.querySelectorAll("[data-salon-ignore], .salon, .salon-ui")) if (range.intersectsNode(el)) return true;
      const inSkip = (n) => (n.nodeType === 1 ? n : n.parentElement)?.closest(SKIP);
      return !!(inSkip(range.startContainer) || inSkip(range.endContainer));
    }
    function check() {
      const sel = doc.getSelection();
      if (!sel || !sel.rangeCount || sel.isCollapsed) {
        if (!(pick && doc.activeElement === pick.button)) hidePick();
        return;
      }
      const range = sel.getRangeAt(0);
      if (ignored(range)) return hidePick();
      const i2 = index();
      const [start, end] = A.snap(i2.text, offsetOf(i2, range.startContainer, range.startOffset), offsetOf(i2, range.endContainer, range.endOffset));
      const anchor = A.describe(i2.text, start, end);
      if (!anchor) return hidePick();
      const tooLong = anchor.quote.exact.length > A.MAX_EXACT;
      if (!pick) {
        const button = h("button", {
          type: "button", class: "salon-ui salon-pick",
          onclick: () => { const a = pick && pick.anchor; hidePick(); if (a) { doc.getSelection().removeAllRanges(); compose(a, null); } },
        });
        // Pressing the button must not collapse the selection it is about.
        button.addEventListener("pointerdown", (e) => e.preventDefault());
        button.addEventListener("keydown", (e) => { if (e.key === "Escape") { hidePick(); } });
        layer.append(button);
        pick = { button };
      }
      pick.anchor = tooLong ? null : anchor;
      pick.button.disabled = tooLong;
      pick.button.textContent = tooLong ? T.tooLong : T.pick;
      const rects = range.getClientRects();
      const last = rects[rects.length - 1] || range.getBoundingClientRect();
      // On a touch screen the phone's own menu sits above the selection: go below it,
      // clear of the selection handles.
      if (touch) place(pick.button, last.right - pick.button.offsetWidth / 2, last.bottom + 30);
      else place(pick.button, last.right - pick.button.offsetWidth / 2, last.top - pick.button.offsetHeight - 8);
      if (keyboard && !hinted) { hinted = true; say(T.pickHint); }
    }
    let timer;
    doc.addEventListener("selectionchange", () => { clearTimeout(timer); timer = setTimeout(check, 120); });
    doc.addEventListener("pointerdown", (e) => { keyboard = false; touch = e.pointerType === "touch"; }, true);
    doc.addEventListener("pointerup", () => setTimeout(check, 0));
    doc.addEventListener("keydown", (e) => {
      if (e.shiftKey && e.key.startsWith("Arrow")) keyboard = true;
      if (e.key === "Tab" && !e.shiftKey && pick && !pick.button.disabled && keyboard && doc.activeElement !== pick.button) {
        e.preventDefault();
        pick.button.focus();
      }
      if (e.key === "Escape" && open && !open.panel.contains(e.target)) closePanel(true);
    });
    doc.addEventListener("click", (e) => {
      if (open && !open.panel.contains(e.target) && !e.target.closest(".salon-marker, .salon-mark, .salon-pick")) closePanel(false);
    });

    // ----- the main thread: the quote with a link to the passage, or the orphan note -----
    function quote(el, c) {
      const e = resolveOne(c);
      el.querySelector(".salon-quote-note")?.remove();
      if (e.at) {
        el.append(h("p", { class: "salon-quote-note" }, [h("a", {
          href: "#", text: T.show,
          onclick: (ev) => { ev.preventDefault(); flash(e); },
        })]));
      } else {
        el.classList.add("salon-orphan");
        el.append(h("p", { class: "salon-quote-note", text: T.changed }));
      }
    }
    function flash(e) {
      closePanel(false);
      e.block.scrollIntoView({ block: "center", behavior: "smooth" });
      const marks = wrap(e.at, T.mark(1), true);
      if (marks[0]) marks[0].focus({ preventScroll: true });
      setTimeout(() => { if (!open || !open.marks.some((m) => marks.includes(m))) unwrap(marks); }, 2500);
    }

    ctx.hooks.quote = quote;
    ctx.hooks.live = (c) => {
      if (c.parent) {
        const parent = known.get(c.parent);
        if (parent && !(parent.c.replies || []).some((r) => r.id === c.id)) (parent.c.replies = parent.c.replies || []).push(c);
        return;
      }
      if (c.anchor && !known.has(c.id)) { resolveOne(c); regroup(); }
    };
    ctx.hooks.gone = (x) => { if (known.delete(x.id)) regroup(); };
    ctx.hooks.edit = (c) => { const e = known.get(c.id); if (e) e.c.html = c.html; };

    return api("GET", "/api/anchors?" + new URLSearchParams({ site: ctx.site, uri: ctx.uri })).then(({ data }) => {
      resolveAll(data.comments || []);
      regroup();
      for (const [el, c] of ctx.pending.splice(0)) quote(el, known.get(c.id) ? known.get(c.id).c : c);
    }, (e) => say(e.message, true));
  }

  SalonInline.locate = locate;
  SalonInline.textIndex = textIndex;
  window.SalonInline = SalonInline;
})();
