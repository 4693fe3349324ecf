/* Salon anchoring: find a quoted passage again in an article's text after edits.
   Pure functions on strings (no DOM), shared by the widget (window.SalonAnchor) and the
   Node tests (module.exports). An anchor is W3C Web Annotation selectors:
   {quote: {exact, prefix, suffix}, position: {start, end}}, offsets in UTF-16 code units.
   Finding it again, cheapest first: the old position if the text there still matches;
   the quote verbatim (several hits are told apart by their prefix, suffix and distance
   from the old position); a bounded approximate search (Myers' bit-parallel edit
   distance, first near the old place, then everywhere), each candidate scored on quote,
   prefix, suffix and distance. A weak match is refused: better an orphan in the thread
   than a comment attached to the wrong words. */
(function (root) {
  "use strict";
  const CONTEXT = 32;
  const MAX_EXACT = 1000;
  const MAX_HITS = 1000; // verbatim hits considered for a common quote ("the")
  const MAX_CANDIDATES = 20; // approximate hits scored in full
  const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 10 };
  // Typographic variants an editor swaps freely; same length, so offsets survive.
  const FOLD = { "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-" };
  const FOLDS = /[\u2018\u2019\u201c\u201d\u2013\u2014]/g;
  const SPACE = /\s/;

  const isLow = (s, i) => { const c = s.charCodeAt(i); return c >= 0xdc00 && c <= 0xdfff; };

  /* The anchor of text[start, end): whitespace trimmed, never splitting a surrogate pair,
     up to 32 characters of context each side. null for an empty passage. */
  function describe(text, start, end) {
    while (start < end && SPACE.test(text[start])) start++;
    while (end > start && SPACE.test(text[end - 1])) end--;
    if (start >= end) return null;
    let from = Math.max(0, start - CONTEXT);
    if (from > 0 && isLow(text, from)) from++;
    let to = Math.min(text.length, end + CONTEXT);
    if (to < text.length && isLow(text, to)) to--;
    return {
      quote: { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) },
      position: { start, end },
    };
  }

  /* A selection that cuts a word ("spring to t") grows to whole words, within a word's
     reach; not in scripts written without spaces, where a "word" is a whole sentence. */
  const WORD = /[\p{L}\p{N}\p{M}'\u2019-]/u;
  const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
  function snap(text, start, end) {
    const inWord = (i) => i >= 0 && i < text.length && WORD.test(text[i]) && !DENSE.test(text[i]);
    for (let n = 0; n < 40 && inWord(start - 1) && inWord(start); n++) start--;
    for (let n = 0; n < 40 && inWord(end - 1) && inWord(end); n++) end++;
    return [start, end];
  }

  /* Whitespace runs become one space and typographic variants their plain form; `raw[i]`
     is the offset in the original of character i (raw[length] = the original's length). */
  // JavaScript's \s, by character code (a regular expression per character is slow).
  const isSpace = (c) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
  function squash(s) {
    const L = s.length;
    const raw = new Int32Array(L + 1);
    const toN = new Int32Array(L + 1); // the squashed offset of each original one
    const parts = [];
    let n = 0;
    let from = 0;
    let i = 0;
    while (i < L) {
      toN[i] = n;
      raw[n++] = i;
      if (!isSpace(s.charCodeAt(i++))) continue;
      parts.push(s.slice(from, i - 1), " ");
      while (i < L && isSpace(s.charCodeAt(i))) toN[i++] = n - 1;
      from = i;
    }
    parts.push(s.slice(from));
    toN[L] = n;
    raw[n] = L;
    const t = parts.join("").replace(FOLDS, (ch) => FOLD[ch]);
    return { t, raw: raw.subarray(0, n + 1), toN };
  }
  const plain = (s) => squash(s || "").t;

  /* Myers (1999) bit-vector edit distance of `pat` against every end position of
     text[from, to), in 32-row blocks so a quote may be long. Calls hit(end, errors) for
     every end where `pat` matches with at most k errors. */
  function prepare(pat) {
    const m = pat.length;
    const B = (m + 31) >> 5;
    // Match masks per character: a flat table for Latin-1, a map for the rest.
    const low = new Int32Array(256 * B);
    const high = new Map();
    for (let i = 0; i < m; i++) {
      const c = pat.charCodeAt(i);
      const bit = 1 << (i & 31);
      if (c < 256) low[c * B + (i >> 5)] |= bit;
      else {
        let v = high.get(c);
        if (!v) high.set(c, (v = new Int32Array(B)));
        v[i >> 5] |= bit;
      }
    }
    return { m, B, low, high, none: new Int32Array(B) };
  }

  function scan(pattern, text, from, to, k, hit) {
    const { m, B, low, high, none } = typeof pattern === "string" ? prepare(pattern) : pattern;
    const P = new Int32Array(B).fill(-1);
    const M = new Int32Array(B);
    const lastHigh = 1 << ((m - 1) & 31);
    let score = m;
    for (let j = from; j < to; j++) {
      const c = text.charCodeAt(j);
      let eqs = low;
      let at = c * B;
      if (c >= 256) { eqs = high.get(c) || none; at = 0; }
      let hin = 0;
      for (let b = 0; b < B; b++) {
        const pv = P[b];
        const mv = M[b];
        let eq = eqs[at + b];
        const xv = eq | mv;
        if (hin < 0) eq |= 1;
        const xh = (((eq & pv) + pv) ^ pv) | eq;
        let ph = mv | ~(xh | pv);
        let mh = pv & xh;
        const top = b === B - 1 ? lastHigh : 0x80000000 | 0;
        const hout = ph & top ? 1 : mh & top ? -1 : 0;
        ph <<= 1;
        mh <<= 1;
        if (hin < 0) mh |= 1;
        else if (hin > 0) ph |= 1;
        P[b] = mh | ~(xv | ph);
        M[b] = ph & xv;
        hin = hout;
      }
      score += hin;
      if (score <= k) hit(j + 1, score);
    }
  }

  function levenshtein(a, b) {
    if (a === b) return 0;
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      for (let j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      prev = cur;
    }
    return prev[b.length];
  }
  const similarity = (a, b) => (a.length || b.length ? 1 - levenshtein(a, b) / Math.max(a.length, b.length) : 1);

  /* A finder for one article text: find(anchor) -> {start, end, how, score} or null. */
  function finder(text) {
    const N = squash(text);
    const T = N.t;
    const toN = N.toN;

    function scored(q, start, end, errors, hint) {
      const parts = { quote: 1 - errors / Math.max(1, q.exact.length) };
      if (q.prefix) parts.prefix = similarity(q.prefix, T.slice(Math.max(0, start - q.prefix.length), start));
      if (q.suffix) parts.suffix = similarity(q.suffix, T.slice(end, end + q.suffix.length));
      if (hint != null) parts.position = 1 - Math.min(1, Math.abs(start - hint) / Math.max(T.length, 1));
      let sum = 0;
      let weight = 0;
      for (const k in parts) { sum += WEIGHTS[k] * parts[k]; weight += WEIGHTS[k]; }
      const ctx = [parts.prefix, parts.suffix].filter((x) => x != null);
      return {
        start, end, errors, quote: parts.quote,
        context: ctx.length ? ctx.reduce((a, b) => a + b) / ctx.length : null,
        score: sum / weight,
      };
    }

    // Where an approximate match of the quote ending at `end` starts: the same search
    // run backwards from `end`, the start closest to the quote's length winning ties.
    function startOf(exact, end, errors, k) {
      const from = Math.max(0, end - exact.length - k);
      const back = T.slice(from, end).split("").reverse().join("");
      let best = -1;
      let bestErr = k + 1;
      scan(exact.split("").reverse().join(""), back, 0, back.length, k, (r, e) => {
        if (e < bestErr || (e === bestErr && Math.abs(r - exact.length) < Math.abs(best - exact.length))) {
          best = r;
          bestErr = e;
        }
      });
      return best < 0 ? -1 : end - best;
    }

    function approximate(q, from, to, k, hint) {
      const runs = [];
      let run = null;
      // Neighbouring ends form one run; its ends with the fewest errors are candidates
      // (dropping or adding the last word can cost the same; the context decides).
      q.prepared = q.prepared || prepare(q.exact);
      scan(q.prepared, T, from, to, k, (end, e) => {
        if (!run || end !== run.last + 1) runs.push((run = { ends: [], errors: k + 1 }));
        run.last = end;
        if (e < run.errors) { run.errors = e; run.ends = []; }
        if (e === run.errors && run.ends.length < 8) run.ends.push(end);
      });
      runs.sort((a, b) => a.errors - b.errors);
      let best = null;
      for (const r of runs.slice(0, MAX_CANDIDATES)) {
        for (const end of r.ends) {
          const start = startOf(q.exact, end, r.errors, k);
          if (start < 0) continue;
          const c = scored(q, start, end, r.errors, hint);
          if (!best || c.score > best.score) best = c;
        }
      }
      return best;
    }

    function nearby(q, k, hint) {
      const reach = 2000 + 2 * q.exact.length;
      return approximate(q, Math.max(0, hint - reach), Math.min(T.length, hint + q.exact.length + reach), k, hint);
    }

    // Anywhere in the article, with fewer errors allowed (k), filtered by pigeonhole: cut
    // into k + 1 pieces, a match with at most k errors holds one piece verbatim, so only
    // the stretches around verbatim pieces are searched.
    function anywhere(q, k, hint) {
      const m = q.exact.length;
      const size = Math.floor(m / (k + 1));
      if (size < 4) return approximate(q, 0, T.length, k, hint);
      const spans = [];
      for (let p = 0; p <= k; p++) {
        const off = p * size;
        const piece = q.exact.slice(off, p === k ? m : off + size);
        let n = 0;
        for (let i = T.indexOf(piece); i >= 0; i = T.indexOf(piece, i + 1)) {
          // A piece this common filters nothing: allow fewer errors, in longer pieces.
          if (++n > 50) return k > 1 ? anywhere(q, k >> 1, hint) : null;
          spans.push([Math.max(0, i - off - k), Math.min(T.length, i - off + m + k)]);
        }
      }
      spans.sort((a, b) => a[0] - b[0]);
      let best = null;
      for (let i = 0; i < spans.length;) {
        let [from, to] = spans[i++];
        while (i < spans.length && spans[i][0] <= to) to = Math.max(to, spans[i++][1]);
        const c = approximate(q, from, to, k, hint);
        if (c && (!best || c.score > best.score)) best = c;
      }
      return best;
    }

    // A short quote found in wholly different surroundings is a coincidence ("the
    // council"), not the passage. A fuzzy match must be close to the quote, and the less
    // close, the more its surroundings must agree; with no recorded context it needs 90%.
    // (A phrase the article repeats elsewhere keeps its words but not its surroundings.)
    const plausible = (c, m) => m >= 24 || c.context == null || c.context >= 0.3;
    const strong = (c, m) => c && plausible(c, m) && (c.context == null
      ? c.quote >= 0.9
      : (c.quote >= 0.9 && c.context >= 0.3) || (c.quote >= 0.75 && c.context >= 0.5));
    const back = (c, how) => ({ start: N.raw[c.start], end: N.raw[c.end - 1] + 1, how, score: c.score });

    return function find(anchor) {
      const quote = anchor && anchor.quote;
      if (!quote || !quote.exact || quote.exact.length > MAX_EXACT) return null;
      const pos = anchor.position;
      if (pos && pos.end <= text.length && text.slice(pos.start, pos.end) === quote.exact) {
        return { start: pos.start, end: pos.end, how: "position", score: 1 };
      }
      const q = { exact: plain(quote.exact).trim(), prefix: plain(quote.prefix), suffix: plain(quote.suffix) };
      const m = q.exact.length;
      if (!m) return null;
      const hint = pos && pos.start <= text.length ? toN[pos.start] : null;

      const hits = [];
      for (let i = T.indexOf(q.exact); i >= 0 && hits.length < MAX_HITS; i = T.indexOf(q.exact, i + 1)) {
        hits.push(scored(q, i, i + m, 0, hint));
      }
      const k = m < 8 ? 0 : Math.floor(m / 4);
      if (hits.length) {
        const best = hits.reduce((a, b) => (b.score > a.score ? b : a));
        if (best.context == null || best.context >= 0.5) return back(best, "exact");
        // Weak surroundings: a lightly edited copy near the old place may be the passage
        // and this verbatim one a repetition elsewhere.
        const near = k && hint != null ? nearby(q, k, hint) : null;
        if (strong(near, m) && near.score > best.score) return back(near, "fuzzy");
        if (plausible(best, m)) return back(best, "exact");
      }
      if (!k) return null;
      let best = hint == null ? null : nearby(q, k, hint);
      if (!strong(best, m)) best = anywhere(q, Math.floor(m / 8), hint);
      return strong(best, m) ? back(best, "fuzzy") : null;
    };
  }

  const api = { describe, finder, snap, scan, squash, similarity, CONTEXT, MAX_EXACT };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.SalonAnchor = api;
})(typeof window === "undefined" ? globalThis : window);
