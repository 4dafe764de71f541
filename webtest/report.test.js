import assert from "node:assert/strict";
import test from "node:test";

import {
  CLASS_LABEL, MAX_INPUT, RAW_CONTEXT, RAW_HEAD_LINES, evidenceLines, exchangeTotal, fileStatus, findingCount, findingLines,
  progressLabel, rawRanges, severity, spanLabel, tooLarge, verdictClass, verdictStatus,
} from "../web/report.js";

const sum = {
  exchangeCount: 2,
  summary: { classes: { authorization: 1, authentication: 1 }, severities: { high: 1, low: 2 } },
};

test("verdictStatus names the verdicts in the page's order, then the findings", () => {
  assert.equal(verdictStatus(sum), "2 exchanges: 1 authentication, 1 authorization · 3 findings");
  assert.equal(verdictStatus({ exchangeCount: 1, summary: { classes: {}, severities: {} } }), "1 exchange · 0 findings");
  // Exchanges past the card cap are counted.
  assert.equal(verdictStatus({ exchangeCount: 5, omitted: 3, summary: { classes: { none: 8 } } }), "8 exchanges: 8 not refused · 0 findings");
});

test("counts", () => {
  assert.equal(findingCount(sum), 3);
  assert.equal(findingCount({}), 0);
  assert.equal(exchangeTotal({ exchangeCount: 4 }), 4);
  assert.equal(exchangeTotal({ exchangeCount: 4, omitted: 6 }), 10);
});

test("unknown classes and severities fall back", () => {
  for (const c of Object.keys(CLASS_LABEL)) assert.equal(verdictClass(c), c);
  assert.equal(verdictClass("toString"), "unknown"); // own keys only
  assert.equal(verdictClass("<img>"), "unknown");
  assert.equal(severity("medium"), "medium");
  assert.equal(severity("critical"), "info");
});

test("spanLabel", () => {
  assert.equal(spanLabel({ start: 4, end: 4 }), "line 4");
  assert.equal(spanLabel({ start: 4, end: 9 }), "lines 4–9");
  assert.equal(spanLabel({ start: 0, end: 0 }), "");
  assert.equal(spanLabel(null), "");
});

test("evidenceLines gathers reasons, overruled signals, findings and notes", () => {
  const x = {
    verdict: { reasons: [{ evidence: { pos: { line: 4 } } }, { reason: "no evidence" }], overruled: [{ evidence: { pos: { line: 7 } } }] },
    findings: [{ evidence: [{ pos: { line: 5 } }, { pos: {} }, { pos: { line: 4 } }] }, {}],
    notes: [{ pos: { line: 2 } }, { message: "no line" }],
  };
  assert.deepEqual([...evidenceLines(x)].sort((a, b) => a - b), [2, 4, 5, 7]);
  assert.deepEqual([...evidenceLines({})], []);
  assert.deepEqual([...findingLines([{ evidence: [{ pos: { line: 9 } }] }, { evidence: [{ pos: { line: 9 } }, { pos: { line: 1 } }] }])], [9, 1]);
});

test("rawRanges: the head of the span, evidence beyond it with context, merged", () => {
  assert.deepEqual(rawRanges({ start: 10, end: 20 }, new Set([12])), [[10, 20]]);
  const far = 10 + RAW_HEAD_LINES + 100;
  assert.deepEqual(rawRanges({ start: 10, end: 5000 }, new Set([far])), [[10, 10 + RAW_HEAD_LINES - 1], [far - RAW_CONTEXT, far + RAW_CONTEXT]]);
  // Evidence near the end of the span is cut at the span.
  assert.deepEqual(rawRanges({ start: 1, end: 1000 }, new Set([995])), [[1, RAW_HEAD_LINES], [995 - RAW_CONTEXT, 1000]]);
  // Ranges that touch merge.
  assert.deepEqual(rawRanges({ start: 1, end: 2000 }, new Set([1000, 1000 + 2 * RAW_CONTEXT + 1])), [[1, RAW_HEAD_LINES], [1000 - RAW_CONTEXT, 1000 + 3 * RAW_CONTEXT + 1]]);
  // Without a span (findings across exchanges): two lines either side.
  assert.deepEqual(rawRanges(null, new Set([1, 30, 32])), [[1, 3], [28, 34]]);
});

test("progressLabel", () => {
  assert.equal(progressLabel({ phase: "reading", done: 1024, total: 4096 }, "big.har"), "Reading big.har… 1.0 KB of 4.0 KB");
  assert.equal(progressLabel({ phase: "analyzing", done: 3, total: 10 }, ""), "Analysing… 3 of 10 exchanges");
  assert.equal(progressLabel({ phase: "parsing", done: 0, total: 0 }, "a.txt"), "Parsing a.txt…");
  assert.equal(progressLabel({ phase: "something new", total: 0 }), "Working…");
});

test("tooLarge says the limit and the size", () => {
  assert.deepEqual(tooLarge("file", MAX_INPUT + 1), { error: { message: "input too large", expected: "at most 64 MiB (67108864 bytes); this file has 67108865 bytes" } });
  assert.match(tooLarge("paste", 70000000).error.expected, /this paste has at least 70000000 bytes$/);
});

test("fileStatus", () => {
  assert.equal(fileStatus(null), "waiting");
  assert.equal(fileStatus({ sum }), "2 exchanges, 3 findings");
  assert.equal(fileStatus({ error: { message: "x" } }), "could not be read");
  assert.equal(fileStatus({ cancelled: true }), "cancelled");
});
