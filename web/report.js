// authtriage page: what the page reads off a report (the Summary and the
// exchanges engine.js answers) before anything is drawn: labels, counts,
// the status line, which raw lines a card needs. Pure functions, tested
// under Node (webtest/report.test.js).

import { plural, size } from "./text.js";

export const CLASS_LABEL = {
  authentication: "Authentication",
  authorization: "Authorization",
  blocked: "Blocked",
  none: "Not refused",
  unknown: "Unknown",
};

export const SEVERITIES = ["high", "medium", "low", "info"];

export const MAX_INPUT = 64 * 1024 * 1024; // the analyzer's limit (parse.MaxInput), checked before any work
export const RAW_HEAD_LINES = 300; // lines of a raw message shown before "…"
export const RAW_CONTEXT = 12; // lines around evidence beyond that

// verdictClass is a verdict's class when the page knows it, else "unknown".
export function verdictClass(c) {
  return Object.hasOwn(CLASS_LABEL, c) ? c : "unknown";
}

// severity is a finding's severity when the page knows it, else "info".
export function severity(s) {
  return SEVERITIES.includes(s) ? s : "info";
}

// findingCount is the number of findings a Summary counts, all severities.
export function findingCount(sum) {
  return Object.values((sum.summary && sum.summary.severities) || {}).reduce((a, b) => a + b, 0);
}

// exchangeTotal counts every exchange analysed, those without a card too.
export function exchangeTotal(sum) {
  return sum.exchangeCount + (sum.omitted || 0);
}

// verdictStatus is the status line after an analysis: the verdicts by
// class, then the findings ("2 exchanges: 1 authentication, 1 authorization · 3 findings").
export function verdictStatus(sum) {
  const classes = (sum.summary && sum.summary.classes) || {};
  const named = Object.keys(CLASS_LABEL).filter((c) => classes[c]).map((c) => classes[c] + " " + CLASS_LABEL[c].toLowerCase());
  return plural(exchangeTotal(sum), "exchange") + (named.length ? ": " + named.join(", ") : "") + " · " + plural(findingCount(sum), "finding");
}

// spanLabel names a span of lines: "line 4", "lines 4–9", or "" without one.
export function spanLabel(span) {
  if (!span || !span.start) return "";
  return span.start === span.end ? "line " + span.start : "lines " + span.start + "–" + span.end;
}

// evidenceLines collects every line number a card points at.
export function evidenceLines(x) {
  const lines = new Set();
  const add = (ev) => ev && ev.pos && ev.pos.line && lines.add(ev.pos.line);
  const v = x.verdict || {};
  for (const s of (v.reasons || []).concat(v.overruled || [])) add(s.evidence);
  for (const f of x.findings || []) (f.evidence || []).forEach(add);
  for (const n of x.notes || []) add(n);
  return lines;
}

// findingLines collects the evidence lines of a list of findings.
export function findingLines(findings) {
  const lines = new Set();
  for (const f of findings || []) for (const ev of f.evidence || []) if (ev.pos && ev.pos.line) lines.add(ev.pos.line);
  return lines;
}

// rawRanges is which lines to fetch: the head of the span, plus a few lines
// around each evidence line beyond it, merged.
export function rawRanges(span, hits) {
  const ranges = [];
  if (span && span.start) ranges.push([span.start, Math.min(span.end || span.start, span.start + RAW_HEAD_LINES - 1)]);
  for (const n of hits) {
    const lo = span && span.start ? Math.max(span.start, n - RAW_CONTEXT) : Math.max(1, n - 2);
    const hi = span && span.end ? Math.min(span.end, n + RAW_CONTEXT) : n + 2;
    ranges.push([Math.min(lo, n), Math.max(hi, n)]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push(r.slice());
  }
  return merged;
}

// progressLabel is the progress bar's label for one of the engine's
// progress events: "Reading big.har… 1.0 MB of 4.0 MB".
export function progressLabel(p, what) {
  const phase = { reading: "Reading", parsing: "Parsing", analyzing: "Analysing", encoding: "Preparing the report" }[p.phase] || "Working";
  let detail = "";
  if (p.total > 0) detail = p.phase === "reading" ? " " + size(p.done) + " of " + size(p.total) : " " + p.done + " of " + plural(p.total, "exchange");
  return phase + (what ? " " + what : "") + "…" + detail;
}

// tooLarge is the error shown for an input over MAX_INPUT, before any work.
// what is "paste" (n counts UTF-16 units, at most its UTF-8 size) or "file".
export function tooLarge(what, n) {
  return { error: { message: "input too large", expected: "at most 64 MiB (" + MAX_INPUT + " bytes); this " + what + " has " + (what === "paste" ? "at least " : "") + n + " bytes" } };
}

// fileStatus says how an opened file's analysis went, for the file list:
// its result is {sum}, {error}, {cancelled} or null while it waits.
export function fileStatus(r) {
  if (r && r.sum) return plural(exchangeTotal(r.sum), "exchange") + ", " + plural(findingCount(r.sum), "finding");
  if (r && r.error) return "could not be read";
  if (r && r.cancelled) return "cancelled";
  return "waiting";
}
