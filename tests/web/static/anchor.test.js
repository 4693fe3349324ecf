// Node's test runner (run by tests/web/test_anchor_js.py): anchoring on edited text.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const A = require(path.join(__dirname, "../../../src/salon/web/static/anchor.js"));

const ARTICLE =
  "When the council agreed in the spring to try overnight opening, the plan drew more " +
  "letters than any decision in years. Some readers worried about cost, others about " +
  "safety, and a few simply asked who would want to read at four in the morning. " +
  "The answer, according to the library's own counts, is about forty people on an " +
  "ordinary weeknight, and more than a hundred during exam weeks. Not everyone is " +
  "convinced. Two councillors argue that the money would do more good spent on daytime " +
  "hours in the smaller branches. The council will vote on the pilot's future in January.";

function anchorOf(text, passage, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(passage, at + 1);
  assert.ok(at >= 0, `${passage} is in the text`);
  return A.describe(text, at, at + passage.length);
}
const found = (text, anchor) => A.finder(text)(anchor);
const slice = (text, r) => text.slice(r.start, r.end);

test("describe trims whitespace and keeps 32 characters of context", () => {
  const at = ARTICLE.indexOf("about forty");
  const a = A.describe(ARTICLE, at - 1, at + 12);
  assert.equal(a.quote.exact, "about forty");
  assert.equal(a.quote.prefix.length, 32);
  assert.equal(a.quote.suffix, ARTICLE.slice(at + 11, at + 43));
  assert.deepEqual(a.position, { start: at, end: at + 11 });
  assert.equal(A.describe(ARTICLE, 5, 5), null);
  assert.equal(A.describe("a   b", 1, 4), null);
});

test("describe never splits a surrogate pair in the context", () => {
  const text = "😀".repeat(20) + "quote" + "😀".repeat(20);
  const a = A.describe(text, 40, 45);
  for (const s of [a.quote.prefix, a.quote.suffix]) {
    assert.doesNotThrow(() => encodeURIComponent(s)); // throws on a lone surrogate
  }
});

test("a selection cutting words grows to whole words, not in Chinese", () => {
  const text = "When the council agreed in the spring to try it.";
  const [s, e] = A.snap(text, text.indexOf("ouncil"), text.indexOf("spring to t") + 11);
  assert.equal(text.slice(s, e), "council agreed in the spring to try");
  assert.deepEqual(A.snap(text, 5, 8), [5, 8]); // whole words stay as they are
  const zh = "普通工作日晚上大约有四十人";
  assert.deepEqual(A.snap(zh, 2, 5), [2, 5]);
  const ar = "المكتبة كانت المكان";
  const [a, b] = A.snap(ar, 2, 10);
  assert.equal(ar.slice(a, b), "المكتبة كانت");
});

test("unchanged text: found at its position", () => {
  const a = anchorOf(ARTICLE, "about forty people");
  const r = found(ARTICLE, a);
  assert.equal(r.how, "position");
  assert.equal(slice(ARTICLE, r), "about forty people");
});

test("words inserted before the quote: found verbatim at its new place", () => {
  const a = anchorOf(ARTICLE, "more than a hundred during exam weeks");
  const edited = "Updated on Monday with new figures. " + ARTICLE;
  const r = found(edited, a);
  assert.equal(r.how, "exact");
  assert.equal(slice(edited, r), "more than a hundred during exam weeks");
});

test("words inserted after the quote: still found", () => {
  const a = anchorOf(ARTICLE, "others about safety");
  const edited = ARTICLE.replace("safety,", "safety and noise,");
  assert.equal(slice(edited, found(edited, a)), "others about safety");
  const b = anchorOf(ARTICLE, "more letters than any decision in years");
  const later = ARTICLE.replace("in years.", "in years, the clerk said.");
  assert.equal(slice(later, found(later, b)), "more letters than any decision in years");
});

test("words inserted inside the quote: the edited passage is found", () => {
  const a = anchorOf(ARTICLE, "would do more good spent on daytime hours");
  const edited = ARTICLE.replace("more good spent", "much more good if spent");
  const r = found(edited, a);
  assert.equal(r.how, "fuzzy");
  assert.equal(slice(edited, r), "would do much more good if spent on daytime hours");
});

test("a word removed inside the quote: found", () => {
  const a = anchorOf(ARTICLE, "Two councillors argue that the money would do more good");
  const edited = ARTICLE.replace("argue that the money", "argue the money");
  assert.equal(slice(edited, found(edited, a)), "Two councillors argue the money would do more good");
});

test("the quote deleted: refused, never attached elsewhere", () => {
  const a = anchorOf(ARTICLE, "Two councillors argue that the money would do more good spent on daytime hours");
  const edited = ARTICLE.replace(/Two councillors[^.]*\. /, "");
  assert.equal(found(edited, a), null);
  const b = anchorOf(ARTICLE, "four in the morning");
  assert.equal(found(ARTICLE.replace("at four in the morning", "so late"), b), null);
});

test("a short quote whose surroundings are gone is not matched by coincidence", () => {
  const text = "The council met. Later the council voted on it.";
  const a = anchorOf(text, "the council", 0);
  assert.equal(found("Nobody came. Everyone left. The vote was the council's last.", a), null);
});

test("the quote appearing twice: prefix and suffix pick the right one", () => {
  const text = "Alice said the night was quiet. Bob said the night was loud and long.";
  const second = anchorOf(text, "the night was", 1);
  const edited = "Preface. " + text;
  const r = found(edited, second);
  assert.equal(r.start, edited.lastIndexOf("the night was"));
  const first = anchorOf(text, "the night was", 0);
  assert.equal(found(edited, first).start, edited.indexOf("the night was"));
  // Without a position, context alone decides.
  assert.equal(found(edited, { quote: second.quote }).start, edited.lastIndexOf("the night was"));
});

test("whitespace changes: newlines, indentation and double spaces", () => {
  const a = anchorOf(ARTICLE, "about forty people on an ordinary weeknight");
  const edited = ARTICLE.replace("forty people on an", "forty\n      people  on\tan");
  const r = found(edited, a);
  assert.equal(slice(edited, r), "about forty\n      people  on\tan ordinary weeknight");
});

test("punctuation changes: typographic quotes, dashes, a comma", () => {
  const text = "He said \"it was the only quiet place I had\" - and left.";
  const a = anchorOf(text, "\"it was the only quiet place I had\" - and left");
  const curly = text.replace(/"([^"]*)"/, "\u201c$1\u201d").replace(" - ", " \u2014 ");
  assert.equal(found(curly, a).how, "exact");
  const b = anchorOf(ARTICLE, "The answer, according to the library's own counts");
  const edited = ARTICLE.replace("The answer, according", "The answer according");
  assert.equal(slice(edited, found(edited, b)), "The answer according to the library's own counts");
});

test("Arabic: edits before and inside the quote", () => {
  const text = "قالت الطالبة إن المكتبة كانت المكان الهادئ الوحيد لديها. وقالت ممرضة إنها تأتي للقراءة قبل العودة إلى المنزل.";
  const a = anchorOf(text, "المكتبة كانت المكان الهادئ الوحيد");
  const before = "تحديث: " + text;
  assert.equal(slice(before, found(before, a)), "المكتبة كانت المكان الهادئ الوحيد");
  const inside = text.replace("المكان الهادئ", "المكان الهادئ جدا");
  assert.equal(slice(inside, found(inside, a)), "المكتبة كانت المكان الهادئ جدا الوحيد");
});

test("Chinese: edits inside the quote, and the quote deleted", () => {
  const text = "市议会春季同意试行夜间开放。据图书馆统计，普通工作日晚上大约有四十人，考试周则超过一百人。两位议员认为这笔钱应该用于分馆。";
  const a = anchorOf(text, "普通工作日晚上大约有四十人");
  const inside = text.replace("大约有四十人", "大约有四十五人");
  assert.equal(slice(inside, found(inside, a)), "普通工作日晚上大约有四十五人");
  const gone = text.replace("据图书馆统计，普通工作日晚上大约有四十人，", "");
  assert.equal(found(gone, a), null);
});

test("long quotes (several 32-row blocks) survive an edit", () => {
  const passage = ARTICLE.slice(0, 400);
  const a = anchorOf(ARTICLE, passage);
  const edited = ARTICLE.replace("drew more letters", "drew far more angry letters");
  const r = found(edited, a);
  assert.equal(r.how, "fuzzy");
  assert.equal(r.start, 0);
  assert.ok(Math.abs(r.end - (400 + 11)) <= 2, `ends near 411, got ${r.end}`);
});

test("the position alone is not trusted when its text changed", () => {
  const a = anchorOf(ARTICLE, "forty people");
  const edited = ARTICLE.replace("forty people", "sixty people");
  const r = found(edited, a);
  assert.ok(r === null || slice(edited, r) === "sixty people");
});

test("malformed anchors are refused, never thrown at", () => {
  const find = A.finder(ARTICLE);
  assert.equal(find(null), null);
  assert.equal(find({}), null);
  assert.equal(find({ quote: { exact: "" } }), null);
  assert.equal(find({ quote: { exact: "x".repeat(1001) } }), null);
  assert.equal(find({ quote: { exact: "forty" }, position: { start: 1e9, end: 1e9 + 5 } }).how, "exact");
});

test("scan reports edit distances like a plain dynamic programme", () => {
  const text = "abcdefghij".repeat(8);
  const pat = "cdxfgh" + "k".repeat(40); // two blocks
  const best = new Map();
  A.scan(pat, text, 0, text.length, pat.length, (end, e) => best.set(end, e));
  for (const end of [10, 37, 80]) {
    // Semi-global distance: min over starts of levenshtein(pat, text[s, end)).
    let want = Infinity;
    for (let s = 0; s <= end; s++) want = Math.min(want, lev(pat, text.slice(s, end)));
    assert.equal(best.get(end), want, `end ${end}`);
  }
});

function lev(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
