// authtriage page: hands what the user pastes, drops or opens to the analyzer
// (engine.js, which runs the Go analyzer in a Web Worker), and renders the
// report it answers: a summary bar, filterable exchange cards with their raw
// message, exports and a share link that leave credentials out by default,
// and a form that sends one request from the page to show what a script sees.
//
// Everything that comes from the input, and everything in the report, is put
// into the page as text (textContent, createTextNode), never as markup, and
// links are only made from the rule catalogue's https references, the page's
// own anchors, and blob: URLs the page creates for downloads.

import * as engine from "./engine.js";
import { flowSection } from "./flow.js";
import { EXAMPLES as GALLERY } from "./gallery.js";

const DEBOUNCE_MS = 200;
const CARD_BATCH = 50; // exchange cards per "show more"
const CARD_CHUNK = 10; // exchange cards rendered per frame
const PROGRESS_DELAY_MS = 150; // show the progress bar only for longer work
const SHARE_LIMIT = 100 * 1024; // longest share link fragment
const RAW_HEAD_LINES = 300; // lines of a raw message shown before "…"
const RAW_CONTEXT = 12; // lines around evidence beyond that
const CAPTURE_TIMEOUT_MS = 30000;
const CAPTURE_BODY_LIMIT = 64 * 1024;
const MAX_INPUT = 64 * 1024 * 1024; // the analyzer's limit (parse.MaxInput), checked before any work

// The gallery lives in gallery.js; each example's text is its lines.
const EXAMPLES = GALLERY.map((e) => ({ ...e, text: e.lines.join("\n") }));

const CLASS_LABEL = {
  authentication: "Authentication",
  authorization: "Authorization",
  blocked: "Blocked",
  none: "Not refused",
  unknown: "Unknown",
};

const SEVERITIES = ["high", "medium", "low", "info"];

const $ = (id) => document.getElementById(id);

// ---- small DOM helpers: text only -------------------------------------------

// el("p", {class: "x"}, "text", node, ...) builds an element. Attributes are
// set with setAttribute, children strings become text nodes.
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null && v !== false) e.setAttribute(k, String(v));
  }
  for (const c of children) append(e, c);
  return e;
}

// fill replaces node's children; like el, it skips null and false (the DOM's
// own replaceChildren would print them as text).
function fill(node, ...children) {
  node.replaceChildren();
  for (const c of children) append(node, c);
  return node;
}

function append(parent, c) {
  if (c === undefined || c === null || c === false) return;
  if (Array.isArray(c)) {
    for (const x of c) append(parent, x);
  } else if (c instanceof Node) {
    parent.appendChild(c);
  } else {
    parent.appendChild(document.createTextNode(String(c)));
  }
}

// prose renders the classifier's sentences, which mark header names and values
// with `backticks`, as text with <code> spans. Nothing else is interpreted.
function prose(tag, attrs, text) {
  const e = el(tag, attrs);
  const parts = String(text || "").split("`");
  parts.forEach((part, i) => {
    if (part === "") return;
    // Odd parts sit between backticks; a trailing unmatched one stays text.
    if (i % 2 === 1 && i < parts.length - 1) e.appendChild(el("code", null, part));
    else e.appendChild(document.createTextNode(i % 2 === 1 ? "`" + part : part));
  });
  return e;
}

// safeRefURL accepts only absolute https links: references come from the rule
// catalogue, and this keeps a mistake there from becoming a javascript: link.
function safeRefURL(u) {
  try {
    const url = new URL(String(u));
    return url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function refLink(ref) {
  const href = safeRefURL(ref.url);
  if (!href) return el("span", { class: "ref" }, ref.title || ref.url);
  return el("a", { class: "ref", href, target: "_blank", rel: "noopener noreferrer" }, ref.title || href);
}

// A rule's ID is [A-Z]+digits; anything else is not turned into a link.
function ruleLink(id) {
  if (!/^[A-Z]{1,4}[0-9]{1,6}$/.test(String(id))) return el("span", { class: "rule-id" }, id);
  return el("a", { class: "rule-id", href: "rules.html#" + id, title: "Rule " + id + " in the catalogue" }, id);
}

function plural(n, one, many) {
  return n + " " + (n === 1 ? one : many || one + "s");
}

// ---- invisible characters ---------------------------------------------------

// visible makes invisible characters in quoted paste text visible: C0 controls
// (terminal escapes, NUL) become their Unicode control pictures, and bidi
// controls, which could reorder what the reader sees, become <U+202E> marks.
function visible(text) {
  return String(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => String.fromCharCode(c === "\u007f" ? 0x2421 : 0x2400 + c.charCodeAt(0)))
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => "<U+" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") + ">");
}

// ---- evidence: the line a statement rests on --------------------------------

// lineLink points at line n of the raw message shown in the card `scope`
// (an exchange's index, or "cross" for findings about several exchanges).
// Following it opens the raw message there and highlights the line.
function lineLink(scope, n) {
  return el("a", { class: "line", href: "#" + rawLineID(scope, n), "data-goto": scope, "data-line": n, title: "Show line " + n + " in the raw message" }, "line " + n);
}

// pasteButton selects line n in the paste itself, so it can be edited there;
// offered only when the results come from the paste box.
function pasteButton(n) {
  if (source.kind !== "paste" && source.kind !== "capture") return null;
  return el("button", { type: "button", class: "line to-paste", "data-paste-line": n, "aria-label": "Select line " + n + " in the paste", title: "Select line " + n + " in the paste" }, "✎");
}

function rawLineID(scope, n) {
  return "raw-" + scope + "-L" + n;
}

function evidenceItem(ev, scope) {
  const pos = ev.pos || {};
  const where = [pos.line ? [lineLink(scope, pos.line), pasteButton(pos.line)] : null, ev.where ? el("span", { class: "where" }, ev.where) : null, pos.path ? el("span", { class: "where" }, pos.path) : null];
  return el("li", { class: "evidence" }, el("span", { class: "evidence-at" }, where), el("code", { class: "quote" }, markedQuote(ev.text || "", ev.mark)));
}

// markedQuote shows an evidence quote with the part it rests on marked.
function markedQuote(text, mark) {
  const i = mark ? text.indexOf(mark) : -1;
  if (i < 0 || mark === text) return visible(text);
  return [visible(text.slice(0, i)), el("mark", { class: "ev-mark" }, visible(mark)), visible(text.slice(i + mark.length))];
}

function evidenceList(list, scope) {
  if (!list || list.length === 0) return null;
  return el("ul", { class: "evidence-list" }, list.map((ev) => evidenceItem(ev, scope)));
}

// ---- findings ---------------------------------------------------------------

function finding(f, open, scope) {
  const sev = SEVERITIES.includes(f.severity) ? f.severity : "info";
  const summary = el("summary", null,
    el("span", { class: "sev", "data-severity": sev }, sev),
    el("span", { class: "finding-title" }, f.title || f.name || f.rule),
    el("span", { class: "rule-chip" }, f.rule),
    // The case-specific message stays visible when the finding is folded,
    // so two findings of one rule can be told apart.
    f.message ? prose("span", { class: "finding-message" }, f.message) : null);
  const body = el("div", { class: "finding-body" },
    evidenceList(f.evidence, scope),
    f.why ? el("div", { class: "block" }, el("h5", null, "Why it matters"), prose("p", null, f.why)) : null,
    f.fix ? el("div", { class: "block" }, el("h5", null, "Fix"), prose("p", null, f.fix)) : null,
    f.example ? el("div", { class: "block" }, el("h5", null, "Corrected example"), el("pre", { class: "example", tabindex: "0" }, f.example)) : null,
    el("p", { class: "finding-links" },
      (f.refs || []).map((r) => [refLink(r), " "]),
      ruleLink(f.rule),
      f.name ? el("span", { class: "rule-name" }, " " + f.name) : null));
  return el("details", { class: "finding", "data-rule": f.rule, "data-severity": sev, open: open ? "" : false }, summary, body);
}

function findingsSection(list, heading, openAll, scope) {
  if (!list || list.length === 0) return null;
  return el("section", { class: "findings" },
    el("h4", null, heading, el("span", { class: "count" }, " " + list.length)),
    list.map((f) => finding(f, openAll, scope)));
}

// ---- the raw message of an exchange -----------------------------------------

// evidenceLines collects every line number a card points at.
function evidenceLines(x) {
  const lines = new Set();
  const add = (ev) => ev && ev.pos && ev.pos.line && lines.add(ev.pos.line);
  const v = x.verdict || {};
  for (const s of (v.reasons || []).concat(v.overruled || [])) add(s.evidence);
  for (const f of x.findings || []) (f.evidence || []).forEach(add);
  for (const n of x.notes || []) add(n);
  return lines;
}

// rawRanges is which lines to fetch: the head of the span, plus a few lines
// around each evidence line beyond it, merged.
function rawRanges(span, hits) {
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

// rawPanel is a folded "Raw message" section; its lines are fetched from the
// worker when it is first opened (a big HAR stays there).
function rawPanel(scope, span, hits) {
  const label = span && span.start ? (span.start === span.end ? "line " + span.start : "lines " + span.start + "–" + span.end) : "the lines cited";
  const body = el("div", { class: "raw-body" });
  const panel = el("details", { class: "raw", "data-scope": scope }, el("summary", null, "Raw message ", el("span", { class: "count" }, label)), body);
  let loaded = null;
  panel.load = () => {
    if (!loaded) loaded = fillRaw(body, scope, span, hits);
    return loaded;
  };
  panel.addEventListener("toggle", () => {
    if (panel.open) panel.load();
  });
  return panel;
}

async function fillRaw(body, scope, span, hits) {
  const ranges = rawRanges(span, hits);
  // Focusable, so that a long message scrolls by keyboard too.
  const pre = el("pre", { class: "raw-text", tabindex: "0" });
  let prevEnd = span && span.start ? span.start - 1 : 0;
  try {
    for (const [a, b] of ranges) {
      const lines = await engine.inputLines(a, b);
      if (a > prevEnd + 1 && prevEnd > 0) pre.appendChild(el("span", { class: "raw-gap" }, "⋯ " + plural(a - prevEnd - 1, "line") + " not shown\n"));
      lines.forEach((text, i) => {
        const n = a + i;
        const hit = hits.has(n);
        pre.appendChild(el("span", { class: hit ? "raw-line hit" : "raw-line", id: rawLineID(scope, n), "data-line": n, tabindex: "-1" },
          el("span", { class: "ln", "aria-hidden": "true" }, String(n)),
          hit ? el("span", { class: "visually-hidden" }, "cited: ") : null,
          visible(text), "\n"));
      });
      prevEnd = a + lines.length - 1;
    }
    if (span && span.end && prevEnd < span.end) pre.appendChild(el("span", { class: "raw-gap" }, "⋯ " + plural(span.end - prevEnd, "more line") + "\n"));
    body.replaceChildren(pre);
  } catch (e) {
    body.replaceChildren(el("p", { class: "help" }, "The raw message is no longer available: " + errText(e)));
  }
}

// gotoLine opens the raw message of `scope` and highlights line n.
async function gotoLine(scope, n) {
  const panel = document.querySelector('#out details.raw[data-scope="' + CSS.escape(String(scope)) + '"]');
  if (!panel) return;
  panel.open = true;
  await panel.load();
  const line = document.getElementById(rawLineID(scope, n));
  if (!line) return;
  for (const old of document.querySelectorAll("#out .raw-line.current")) old.classList.remove("current");
  line.classList.add("current");
  line.scrollIntoView({ block: "center", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
  line.focus({ preventScroll: true });
}

// ---- one exchange -----------------------------------------------------------

function exchangeTitle(x) {
  const q = x.request;
  const r = x.response;
  const parts = [];
  if (q) parts.push(el("span", { class: "req" }, [q.method, q.target].filter(Boolean).join(" ")));
  if (q && r) parts.push(el("span", { class: "arrow", "aria-hidden": "true" }, " → "));
  if (r) parts.push(el("span", { class: "resp" }, [r.status || "", r.reason || ""].join(" ").trim() || "response"));
  if (!q && !r) parts.push("exchange");
  return parts;
}

function reasonItem(s, scope) {
  return el("li", { class: "reason" }, prose("span", { class: "reason-text" }, s.reason), s.evidence ? evidenceList([s.evidence], scope) : null);
}

function notesList(notes, scope) {
  if (!notes || notes.length === 0) return null;
  return el("ul", { class: "notes" }, notes.map((n) =>
    el("li", null, n.pos && n.pos.line ? [scope === undefined ? pasteLineButton(n.pos.line) : lineLink(scope, n.pos.line), " "] : null, prose("span", null, n.message))));
}

// pasteLineButton is for lines outside any card (warnings, errors): it selects
// the line in the paste.
function pasteLineButton(n) {
  return el("button", { type: "button", class: "line", "data-paste-line": n, title: "Show line " + n + " in the paste" }, "line " + n);
}

// backgroundShown holds the classes whose general background a card of the
// current list already shows (folded), so it is said once per class.
const backgroundShown = new Set();

function exchangeCard(x, total, openFindings) {
  const v = x.verdict || {};
  const cls = Object.hasOwn(CLASS_LABEL, v.class) ? v.class : "unknown";
  const scope = String(x.index);
  const span = x.span && x.span.start ? (x.span.start === x.span.end ? "line " + x.span.start : "lines " + x.span.start + "–" + x.span.end) : "";
  const headingID = "x" + x.index + "-h";
  const card = el("article", { class: "card", "data-verdict": cls, "data-index": x.index, "aria-labelledby": headingID },
    el("header", { class: "card-head" },
      el("span", { class: "badge", "data-class": cls }, CLASS_LABEL[cls]),
      el("span", { class: "card-what" }, total > 1 ? el("span", { class: "idx" }, "#" + (x.index + 1) + " ") : null, exchangeTitle(x)),
      span ? el("span", { class: "span" }, span) : null),
    prose("h3", { class: "headline", id: headingID }, v.headline || CLASS_LABEL[cls]),
    prose("p", { class: "explanation" }, v.explanation));
  if (v.background && !backgroundShown.has(cls)) {
    backgroundShown.add(cls);
    card.appendChild(el("details", { class: "background" },
      el("summary", null, "About " + CLASS_LABEL[cls].toLowerCase() + " verdicts"), prose("p", null, v.background)));
  }
  const rd = x.reading;
  if (rd && (rd.summary || rd.advice)) {
    card.appendChild(prose("p", { class: "reading" }, "Read as " + (rd.summary || "text").replace(/^read as /i, "") + (rd.partial && rd.advice ? ". Read in part: " + rd.advice + "." : ".")));
  }
  if (x.response && x.response.error) card.appendChild(prose("p", { class: "resp-error" }, x.response.error));
  if (v.reasons && v.reasons.length) {
    card.appendChild(el("section", { class: "reasons" }, el("h4", null, "Why this verdict"), el("ul", null, v.reasons.map((s) => reasonItem(s, scope)))));
  }
  if (v.overruled && v.overruled.length) {
    card.appendChild(el("details", { class: "overruled" },
      el("summary", null, "Weaker signals for other verdicts ", el("span", { class: "count" }, v.overruled.length)),
      el("ul", null, v.overruled.map((s) => {
        const li = reasonItem(s, scope);
        const oc = Object.hasOwn(CLASS_LABEL, s.class) ? s.class : "unknown";
        li.prepend(el("span", { class: "badge badge-small", "data-class": oc }, oc), " ");
        return li;
      }))));
  }
  if (v.refs && v.refs.length) card.appendChild(el("p", { class: "verdict-refs" }, "See ", v.refs.map((r, i) => [i ? ", " : "", refLink(r)])));
  append(card, findingsSection(x.findings, "Findings", openFindings, scope));
  if (x.notes && x.notes.length) card.appendChild(el("section", { class: "card-notes" }, el("h4", null, "Reading notes"), notesList(x.notes, scope)));
  if (x.span && x.span.start) card.appendChild(rawPanel(scope, x.span, evidenceLines(x)));
  return card;
}

// ---- the whole report -------------------------------------------------------

const out = $("out");
const status = $("status");
const summaryEl = $("summary");
const toolsEl = $("tools");
const secretsEl = $("secrets");
const sourceEl = $("source");

let current = null; // the Summary shown, from engine.analyze
let cardsEl = null; // the container of exchange cards in #out
const filters = { classes: new Set(), severities: new Set(), text: "" };

function errText(e) {
  if (e && e.error && e.error.message) return e.error.message;
  if (e && e.message) return e.message;
  return String(e);
}

function findingCount(sum) {
  return Object.values((sum.summary && sum.summary.severities) || {}).reduce((a, b) => a + b, 0);
}

// filterButton toggles one filter; aria-pressed tells its state.
function filterButton(kind, value, count, label) {
  const on = filters[kind].has(value);
  const attrs = { type: "button", class: "chip", "data-filter": kind, "data-value": value, "aria-pressed": on ? "true" : "false", title: (on ? "Stop showing only " : "Show only ") + label };
  if (kind === "classes") attrs["data-class"] = value;
  else attrs["data-severity"] = value;
  return el("button", attrs, el("span", { class: "chip-count" }, String(count)), " " + label);
}

function renderSummaryBar(sum) {
  const classes = (sum.summary && sum.summary.classes) || {};
  const sev = (sum.summary && sum.summary.severities) || {};
  const nFind = findingCount(sum);
  const active = filters.classes.size + filters.severities.size > 0 || filters.text !== "";
  const omitted = sum.omitted || 0;
  fill(summaryEl,
    el("span", { class: "sum-total" }, plural(sum.exchangeCount + omitted, "exchange")),
    el("span", { class: "sum-group", role: "group", "aria-label": "Filter by verdict" },
      Object.keys(CLASS_LABEL).filter((c) => classes[c]).map((c) => filterButton("classes", c, classes[c], c))),
    el("span", { class: "sum-total" }, plural(nFind, "finding")),
    el("span", { class: "sum-group", role: "group", "aria-label": "Filter by finding severity" },
      SEVERITIES.filter((s) => sev[s]).map((s) => filterButton("severities", s, sev[s], s))),
    sum.format && sum.format !== "raw" ? el("span", { class: "fmt" }, "read as " + sum.format) : null,
    active ? el("button", { type: "button", class: "btn btn-small btn-quiet", id: "clear-filters" }, "Clear filters") : null,
    omitted > 0
      ? el("p", { class: "help cap-note", role: "note" },
          "Cards are kept for the first " + sum.exchangeCount.toLocaleString("en") + " exchanges; the " + omitted.toLocaleString("en") +
            " after them were analysed too and are counted in these totals, without cards. Split the input to see them.")
      : null);
  summaryEl.hidden = false;
}

function renderSecrets(sum) {
  const list = sum.secrets || [];
  const count = typeof sum.secretCount === "number" ? sum.secretCount : list.length;
  // The input came from a link and is unchanged since: say what is known of it.
  const fromLink = linkNote && paste.value === linkText ? el("p", { id: "link-note", class: "link-note" }, linkNote) : null;
  if (list.length === 0) {
    secretsEl.hidden = !fromLink;
    if (fromLink) fill(secretsEl, fromLink);
    else secretsEl.replaceChildren();
    return;
  }
  const shown = list.slice(0, 8);
  fill(secretsEl,
    fromLink,
    el("p", { class: "secrets-lead" }, el("strong", null, "This input holds " + plural(count, "credential") + ": "),
      shown.map((s, i) => [i ? ", " : "", (s.label || s.kind) + " (line " + s.line + ")"]),
      count > shown.length ? ", and " + (count - shown.length) + " more" : "", "."),
    el("p", null, "They stay in this page: nothing you paste or open is sent anywhere. Exports and share links mask them unless you tick “keep secrets in the export”."));
  secretsEl.hidden = false;
}

const pastePlaceholder = $("paste").getAttribute("placeholder") || "";

function renderSource() {
  // While a file is shown the paste box is empty: no placeholder request
  // that could be taken for the file's content.
  $("paste").setAttribute("placeholder", source.kind === "file" ? "" : pastePlaceholder);
  if (source.kind === "file") {
    const f = source.files[source.active];
    sourceEl.replaceChildren(el("p", null, "Showing ", el("strong", null, f.file.name), " (" + size(f.file.size) + "), opened from your disk. ",
      el("button", { type: "button", class: "btn btn-small btn-quiet", id: "back-to-paste" }, "Back to the paste")));
    sourceEl.hidden = false;
  } else if (source.kind === "capture") {
    sourceEl.replaceChildren(el("p", { class: "capture-banner", id: "capture-banner" }, el("strong", null, "From “Send a request”: "),
      "these results are what the browser exposed to this page, not the full response. Headers CORS hid and cookies the browser kept are not in it."));
    sourceEl.hidden = false;
  } else {
    sourceEl.hidden = true;
    sourceEl.replaceChildren();
  }
}

function renderReport(sum) {
  current = sum;
  renderSource();
  renderSecrets(sum);
  renderSummaryBar(sum);
  toolsEl.hidden = false;
  const frag = document.createDocumentFragment();
  if (sum.warnings && sum.warnings.length) {
    const shown = sum.warnings.slice(0, 20);
    frag.appendChild(el("section", { class: "warnings", "aria-label": "Warnings about the input" },
      el("h3", null, "About the input"), notesList(shown),
      sum.warnings.length > shown.length ? el("p", { class: "help" }, "and " + plural(sum.warnings.length - shown.length, "more warning") + " (in the exports)") : null));
  }
  append(frag, flowSection(sum.flows, { onStep: revealCard, ruleLink, prose, visible }));
  cardsEl = el("div", { class: "cards" });
  frag.appendChild(cardsEl);
  const open = findingCount(sum) <= 4;
  if (sum.findings && sum.findings.length) {
    const lines = new Set();
    for (const f of sum.findings) for (const ev of f.evidence || []) if (ev.pos && ev.pos.line) lines.add(ev.pos.line);
    frag.appendChild(el("section", { class: "card cross" },
      el("h3", { class: "headline" }, "Across exchanges"),
      findingsSection(sum.findings, "Findings", open, "cross"),
      lines.size ? rawPanel("cross", null, lines) : null));
  }
  out.replaceChildren(frag);
  status.textContent = verdictStatus(sum);
  return loadCards(0).then(() => bringVerdictIntoView());
}

// verdictStatus is the status line after an analysis: the verdicts by
// class, then the findings ("2 exchanges: 1 authentication, 1 authorization · 3 findings").
function verdictStatus(sum) {
  const classes = (sum.summary && sum.summary.classes) || {};
  const named = Object.keys(CLASS_LABEL).filter((c) => classes[c]).map((c) => classes[c] + " " + CLASS_LABEL[c].toLowerCase());
  return plural(sum.exchangeCount + (sum.omitted || 0), "exchange") + (named.length ? ": " + named.join(", ") : "") + " · " + plural(findingCount(sum), "finding");
}

// bringVerdictIntoView: on a narrow screen the results sit below the paste
// box, so after an analysis the first verdict is scrolled into view when it
// came from a click (gallery, file, link), and otherwise a "Jump to the
// verdict" button appears while the verdict is out of view (scrolling away
// from the text someone is typing would be rude).
let scrollAfterAnalysis = false;
function bringVerdictIntoView() {
  const first = document.querySelector("#out article.card, #out .error");
  const jump = $("jump-verdict");
  const narrow = matchMedia("(max-width: 760px)").matches;
  if (!first || !narrow) {
    if (jump) jump.hidden = true;
    scrollAfterAnalysis = false;
    return;
  }
  if (scrollAfterAnalysis) {
    scrollAfterAnalysis = false;
    first.scrollIntoView({ block: "start", behavior: "auto" });
    if (jump) jump.hidden = true;
    return;
  }
  const r = first.getBoundingClientRect();
  if (jump) jump.hidden = r.top < innerHeight - 80;
}

// loadCards fetches one page of exchanges that pass the filters and renders
// them, with a "show more" button when there are more.
let cardsQuery = 0;
async function loadCards(offset) {
  const q = ++cardsQuery;
  const sum = current;
  if (offset === 0) {
    cardsEl.replaceChildren();
    backgroundShown.clear();
  }
  let page;
  try {
    page = await engine.exchanges({ offset, limit: CARD_BATCH, classes: [...filters.classes], severities: [...filters.severities], text: filters.text });
  } catch (e) {
    if (q === cardsQuery) cardsEl.replaceChildren(el("p", { class: "help" }, "Could not list the exchanges: " + errText(e)));
    return;
  }
  if (q !== cardsQuery || sum !== current) return;
  const open = findingCount(sum) <= 4;
  const filtered = page.total !== sum.exchangeCount;
  if (offset === 0 && filtered) {
    cardsEl.appendChild(el("p", { class: "filter-note", role: "status" }, page.total === 0 ? "No exchange matches the filters." : "Showing " + plural(page.total, "exchange") + " of " + sum.exchangeCount + " that match the filters."));
  }
  const first = cardsEl.querySelectorAll("article.card").length;
  // A few cards per frame: laying out 50 big HAR cards at once can hold the
  // main thread for longer than a frame should take.
  for (let i = 0; i < page.items.length; i += CARD_CHUNK) {
    if (i > 0) {
      await nextFrame();
      if (q !== cardsQuery || sum !== current) return;
    }
    for (const x of page.items.slice(i, i + CARD_CHUNK)) cardsEl.appendChild(exchangeCard(x, sum.exchangeCount, open));
  }
  const to = offset + page.items.length;
  if (to < page.total) {
    const rest = page.total - to;
    const more = el("button", { type: "button", class: "btn more" },
      rest > CARD_BATCH ? "Show the next " + CARD_BATCH + " of " + rest + " more exchanges" : "Show " + plural(rest, "more exchange"));
    more.addEventListener("click", async () => {
      more.disabled = true;
      await loadCards(to);
      more.remove();
      const next = cardsEl.querySelectorAll("article.card")[first + page.items.length];
      if (next) {
        next.setAttribute("tabindex", "-1");
        next.focus();
      }
    });
    cardsEl.appendChild(more);
  }
}

// revealCard shows exchange i's card (a flow step links to it): it clears
// the filters and loads pages of cards until that one is there, then moves
// the focus to it.
async function revealCard(i) {
  const sel = 'article.card[data-index="' + (i | 0) + '"]';
  let card = cardsEl && cardsEl.querySelector(sel);
  if (!card && current) {
    if (filters.classes.size || filters.severities.size || filters.text) {
      clearFilters();
      renderSummaryBar(current);
      await loadCards(0);
    }
    // The first page may still be rendering, a few cards per frame.
    const first = Math.min(CARD_BATCH, current.exchangeCount || 0);
    for (let f = 0; f < 600 && !cardsEl.querySelector("button.more") && cardsEl.querySelectorAll("article.card").length < first; f++) await nextFrame();
    for (let tries = 0; !(card = cardsEl.querySelector(sel)) && tries < Math.ceil((current.exchangeCount || 0) / CARD_BATCH); tries++) {
      const more = cardsEl.querySelector("button.more");
      if (!more) break;
      more.disabled = true;
      await loadCards(cardsEl.querySelectorAll("article.card").length);
      more.remove();
    }
  }
  if (!card) return;
  card.setAttribute("tabindex", "-1");
  card.scrollIntoView({ block: "start", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
  card.focus({ preventScroll: true });
}

// nextFrame resolves after the browser has had a chance to render (or after
// 100 ms in a hidden tab, where frames stop).
function nextFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

function setFilter(kind, value) {
  if (filters[kind].has(value)) filters[kind].delete(value);
  else filters[kind].add(value);
  refilter();
}

function refilter() {
  if (!current) return;
  renderSummaryBar(current);
  loadCards(0);
}

function clearFilters() {
  filters.classes.clear();
  filters.severities.clear();
  filters.text = "";
  $("filter-text").value = "";
}

// The line of the paste an error points at, quoted back to the user.
function pasteLine(n) {
  const lines = paste.value.replace(/\r\n?/g, "\n").split("\n");
  return n >= 1 && n <= lines.length ? lines[n - 1] : null;
}

function hideReportTools() {
  current = null;
  summaryEl.hidden = true;
  toolsEl.hidden = true;
  secretsEl.hidden = true;
  $("share-panel").hidden = true;
}

function renderError(err, title) {
  hideReportTools();
  renderSource();
  // Not role=alert: while someone types, half-typed pastes are errors, and the
  // polite status line ("Error on line 3") is enough to announce them.
  const box = el("div", { class: "error" },
    el("h3", null, title || (err.internal ? "The analyzer failed" : source.kind === "file" ? "Could not read this file" : "Could not read this paste")),
    prose("p", { class: "error-message" }, err.message || "unknown error"));
  const text = err.line && source.kind !== "file" ? pasteLine(err.line) : null;
  if (err.line) {
    box.appendChild(el("ul", { class: "evidence-list" }, el("li", { class: "evidence" },
      el("span", { class: "evidence-at" }, source.kind === "file" ? el("span", { class: "line" }, "line " + err.line) : pasteLineButton(err.line)),
      el("code", { class: "quote" }, text === null ? "" : visible(text)))));
  }
  if (err.line && text !== null) box.appendChild(pasteContext(err.line));
  if (err.expected && !String(err.message || "").includes(err.expected)) box.appendChild(prose("p", null, "Expected " + err.expected + "."));
  if (err.internal) box.appendChild(el("p", null, "This is a bug in authtriage, not in your input. The page still works; try editing the paste."));
  out.replaceChildren(box);
  status.textContent = err.line ? "Error on line " + err.line : "Error";
  bringVerdictIntoView();
}

// pasteContext shows the lines around line n of the paste, n highlighted.
function pasteContext(n) {
  const lines = paste.value.replace(/\r\n?/g, "\n").split("\n");
  const pre = el("pre", { class: "raw-text error-context", tabindex: "0" });
  for (let i = Math.max(1, n - 2); i <= Math.min(lines.length, n + 2); i++) {
    pre.appendChild(el("span", { class: i === n ? "raw-line hit current" : "raw-line", "data-line": i },
      el("span", { class: "ln", "aria-hidden": "true" }, String(i)),
      i === n ? el("span", { class: "visually-hidden" }, "error here: ") : null,
      visible(lines[i - 1].length > 500 ? lines[i - 1].slice(0, 500) + "…" : lines[i - 1]), "\n"));
  }
  return pre;
}

let emptyState = null; // the intro and gallery shown when there is no input

function renderEmpty() {
  hideReportTools();
  renderSource();
  out.replaceChildren(emptyState.cloneNode(true));
  status.textContent = engineReady ? "Ready. Paste something, drop a file or pick an example." : status.textContent;
}

function size(n) {
  if (n < 1024) return plural(n, "byte");
  if (n < 1024 * 1024) return (n / 1024).toFixed(1) + " KB";
  return (n / 1024 / 1024).toFixed(1) + " MB";
}

// ---- running the analyzer ---------------------------------------------------

const paste = $("paste");
let engineReady = false;
let source = { kind: "empty" }; // "empty" | "paste" | "file" (files, active) | "capture"
let job = 0; // increases with every new request for results
let running = null; // the analysis in flight: {cancel}
let lastPasted = null;
let timer = 0;

const progressRow = $("progress-row");
const progressBar = $("progress");
const progressLabel = $("progress-label");

function showProgress(p, what) {
  const phase = { reading: "Reading", parsing: "Parsing", analyzing: "Analysing", encoding: "Preparing the report" }[p.phase] || "Working";
  let detail = "";
  if (p.total > 0) {
    progressBar.max = p.total;
    progressBar.value = Math.min(p.done, p.total);
    detail = p.phase === "reading" ? " " + size(p.done) + " of " + size(p.total) : " " + p.done + " of " + plural(p.total, "exchange");
  } else {
    progressBar.removeAttribute("value"); // indeterminate
  }
  progressLabel.textContent = phase + (what ? " " + what : "") + "…" + detail;
}

// analyze runs one analysis and answers {sum}, {error} or {cancelled}, or
// null when a newer request superseded it. The progress bar appears only if
// the work takes longer than PROGRESS_DELAY_MS.
async function analyze(input, myJob, what) {
  if (running) running.cancel();
  const h = engine.analyze(input, {}, { onProgress: (p) => myJob === job && showProgress(p, what) });
  running = h;
  progressLabel.textContent = "Working…";
  progressBar.removeAttribute("value");
  const reveal = setTimeout(() => {
    if (running === h) progressRow.hidden = false;
  }, PROGRESS_DELAY_MS);
  try {
    const sum = await h.promise;
    return myJob === job ? { sum } : null;
  } catch (e) {
    if (myJob !== job) return null;
    if (e && e.cancelled) return { cancelled: true };
    return { error: (e && e.error) || { message: errText(e), internal: true } };
  } finally {
    clearTimeout(reveal);
    if (running === h) {
      running = null;
      progressRow.hidden = true;
    }
  }
}

function show(res) {
  if (!res) return;
  if (res.cancelled) {
    hideReportTools();
    out.replaceChildren(el("div", { class: "error cancelled" }, el("h3", null, "Analysis cancelled"), el("p", null, "Nothing is shown for this input. Edit the paste or open the files again to start over.")));
    status.textContent = "Cancelled.";
  } else if (res.error) {
    renderError(res.error);
  } else {
    renderReport(res.sum).finally(() => setTimeout(offlineNow, 0));
    return;
  }
  setTimeout(offlineNow, 0);
}

async function analyzePaste() {
  clearTimeout(timer);
  // Before the analyzer is ready too: the worker takes the paste as soon as
  // it can, without a warm-up of its own (init calls this again when ready).
  const text = paste.value;
  if (source.kind === "paste" && text === lastPasted) return;
  lastPasted = text;
  const myJob = ++job;
  if (text.trim() === "") {
    if (running) running.cancel();
    source = { kind: "empty" };
    renderEmpty();
    return;
  }
  if (source.kind !== "capture" || text !== captureText) source = { kind: "paste" };
  // A string's length in UTF-16 units is at most its UTF-8 size, so this
  // refuses only what the analyzer would refuse, without copying the text.
  if (text.length > MAX_INPUT) {
    if (running) running.cancel();
    show(tooLarge("paste", text.length));
    return;
  }
  show(await analyze(text, myJob, ""));
}

function tooLarge(what, n) {
  return { error: { message: "input too large", expected: "at most 64 MiB (" + MAX_INPUT + " bytes); this " + what + " has " + (what === "paste" ? "at least " : "") + n + " bytes" } };
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(analyzePaste, DEBOUNCE_MS);
}

// ---- files ------------------------------------------------------------------

const fileList = $("file-list");

// openFiles analyses each file on its own (a HAR and a text log cannot be
// read as one input), lists them with their counts, and shows the first.
// The worker keeps one analysis, so they run last to first: the first file's
// analysis is the one left for the cards, paging and exports.
async function openFiles(list) {
  const files = [...list].filter((f) => f instanceof File);
  if (files.length === 0) return;
  scrollAfterAnalysis = true;
  clearTimeout(timer);
  const myJob = ++job;
  clearFilters();
  const entries = files.map((file) => ({ file, result: null }));
  source = { kind: "file", files: entries, active: 0 };
  renderFileList();
  for (let i = entries.length - 1; i >= 0; i--) {
    const what = entries.length > 1 ? entries[i].file.name + " (" + (i + 1) + " of " + entries.length + ")" : entries[i].file.name;
    // Too big for the analyzer: say so before reading a byte of it.
    const res = entries[i].file.size > MAX_INPUT ? tooLarge("file", entries[i].file.size) : await analyze(entries[i].file, myJob, what);
    if (!res) return;
    entries[i].result = res;
    renderFileList();
    if (res.cancelled) {
      show(res);
      return;
    }
  }
  show(entries[0].result);
}

async function showFile(i) {
  if (source.kind !== "file" || i === source.active) return;
  const myJob = ++job;
  source.active = i;
  clearFilters();
  renderFileList();
  const f = source.files[i].file;
  const res = f.size > MAX_INPUT ? tooLarge("file", f.size) : await analyze(f, myJob, f.name);
  if (!res) return;
  source.files[i].result = res;
  renderFileList();
  show(res);
}

function renderFileList() {
  const box = $("files");
  if (source.kind !== "file") {
    box.hidden = true;
    fileList.replaceChildren();
    return;
  }
  fileList.replaceChildren(...source.files.map((f, i) => {
    const r = f.result;
    let what = "waiting";
    if (r && r.sum) what = plural(r.sum.exchangeCount + (r.sum.omitted || 0), "exchange") + ", " + plural(findingCount(r.sum), "finding");
    else if (r && r.error) what = "could not be read";
    else if (r && r.cancelled) what = "cancelled";
    return el("li", null, el("button", { type: "button", class: "file-btn", "data-file": i, "aria-current": i === source.active ? "true" : false },
      el("span", { class: "file-name" }, f.file.name), el("span", { class: "file-what" }, size(f.file.size) + " · " + what)));
  }));
  box.hidden = false;
}

function backToPaste() {
  job++;
  if (running) running.cancel();
  source = { kind: "empty" };
  renderFileList();
  lastPasted = null;
  analyzePaste();
  paste.focus();
}

// ---- exports and the share link ---------------------------------------------

async function download(format) {
  const keep = $("keep-secrets").checked;
  let rep;
  try {
    rep = await engine.exportReport(format, { keepSecrets: keep });
  } catch (e) {
    status.textContent = "Export failed: " + errText(e);
    return;
  }
  const url = URL.createObjectURL(new Blob([rep.text], { type: rep.mime || "text/plain" }));
  const a = el("a", { href: url, download: rep.filename, hidden: "" });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  status.textContent = "Saved " + rep.filename + (keep ? ", with the credentials kept." : ", credentials masked.");
}

// base64url of the UTF-8 bytes of s, and back.
function toBase64URL(s) {
  const bytes = new TextEncoder().encode(s);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64URL(s) {
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

// shareStart shows the warning; nothing is made before the user confirms.
function shareStart() {
  const panel = $("share-panel");
  fill(panel,
    el("p", null, el("strong", null, "A share link carries the input itself, "), "with credentials masked, in the part of the URL after #. Browsers do not send that part to servers, but anyone who gets the link can read the input."),
    el("p", { class: "share-actions" },
      el("button", { type: "button", class: "btn btn-small btn-primary", id: "share-confirm" }, "Make the link and copy it"),
      " ",
      el("button", { type: "button", class: "btn btn-small btn-quiet", id: "share-cancel" }, "Cancel")));
  panel.hidden = false;
  $("share-confirm").focus();
}

async function shareConfirm() {
  const panel = $("share-panel");
  let red;
  try {
    red = await engine.redacted();
  } catch (e) {
    panel.replaceChildren(el("p", null, "No link: " + errText(e)));
    return;
  }
  const frag = toBase64URL(red.text);
  if (frag.length > SHARE_LIMIT) {
    panel.replaceChildren(el("p", { class: "share-refused" }, "No link: the masked input would make a URL of " + size(frag.length) + ", more than the " + size(SHARE_LIMIT) + " a link can reliably carry. Export a report instead."));
    return;
  }
  // The link goes to the clipboard and into a field, never into the address
  // bar or the history: the page's own URL stays as it is.
  const url = location.href.split("#")[0] + "#paste=" + frag;
  const field = el("input", { type: "text", id: "share-url", readonly: "", value: url, "aria-label": "Share link" });
  fill(panel,
    el("p", null, red.secrets && red.secrets.length ? plural(red.secrets.length, "credential") + " masked. " : "No credentials found to mask. ", el("span", { id: "share-copied" }, "Copying…")),
    field);
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    copied = false;
  }
  $("share-copied").textContent = copied ? "The link is copied to the clipboard." : "Copy the link below (the clipboard was not available).";
  field.focus();
  field.select();
}

// loadFromFragment reads a shared paste from the URL. The fragment never
// leaves the browser; this is the only thing the page reads from the URL.
// It returns the text (not yet in the paste box: maskLinkText masks it
// first), or null. The fragment is then dropped from the address bar, so
// the current history entry no longer carries the input.
function loadFromFragment() {
  const m = /^#paste=([A-Za-z0-9_-]*)$/.exec(location.hash);
  if (!m) return null;
  history.replaceState(history.state, "", location.href.split("#")[0]);
  try {
    return fromBase64URL(m[1]);
  } catch {
    status.textContent = "The link's #paste= part is damaged; nothing was loaded from it.";
    return null;
  }
}

// maskLinkText masks a text opened from a link before it reaches the paste
// box: a link can be made by anyone, so what it says it masked proves
// nothing. The status says only what the page knows.
async function maskLinkText(text) {
  let red;
  try {
    red = await engine.redactText(text);
  } catch (e) {
    paste.value = "";
    status.textContent = "Could not check the link's input for credentials, so it was not loaded: " + errText(e);
    return;
  }
  paste.value = red.text;
  linkText = red.text;
  const n = red.secrets ? red.secrets.length : 0;
  linkNote = n
    ? "Loaded the input from a link. It held " + plural(n, "credential") + " in clear, now masked here."
    : "Loaded the input from a link. No credentials were found in it; whether its maker removed any is not known.";
}
let linkNote = "";
let linkText = null;

// syncKeepSecrets makes the keep-secrets warning match the box.
function syncKeepSecrets() {
  $("keep-secrets-note").hidden = !$("keep-secrets").checked;
}

// resetKeepSecrets unticks the box: keeping secrets is asked for each time,
// never restored by the browser (form restore, the back-forward cache).
function resetKeepSecrets() {
  $("keep-secrets").checked = false;
  syncKeepSecrets();
}

// ---- capture: send one request from the page --------------------------------

// Response headers any script may read cross-origin without the server
// listing them in Access-Control-Expose-Headers (the CORS-safelisted ones).
const SAFELISTED = new Set(["cache-control", "content-language", "content-length", "content-type", "expires", "last-modified", "pragma"]);
// Request headers that keep a request "simple" (no preflight), by name.
const SIMPLE_REQUEST_HEADERS = new Set(["accept", "accept-language", "content-language", "content-type", "range"]);
const SIMPLE_CONTENT_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];
// Headers a page cannot set; the browser drops them or refuses the request.
const FORBIDDEN_REQUEST = /^(accept-charset|accept-encoding|access-control-request-.*|connection|content-length|cookie|cookie2|date|dnt|expect|host|keep-alive|origin|referer|set-cookie|te|trailer|transfer-encoding|upgrade|via|proxy-.*|sec-.*)$/i;

let captureText = null; // the paste made from the last capture

function parseHeaderLines(text) {
  const headers = [];
  const problems = [];
  String(text).split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s?(.*)$/.exec(line);
    if (!m) problems.push("line " + (i + 1) + " is not “Name: value”");
    else headers.push([m[1], m[2].trim()]);
  });
  return { headers, problems };
}

// preflightCauses says why a request is not "simple", so a browser sends an
// OPTIONS preflight before it.
function preflightCauses(method, headers) {
  const causes = [];
  if (!["GET", "HEAD", "POST"].includes(method)) causes.push("the method " + method);
  for (const [name, value] of headers) {
    const n = name.toLowerCase();
    if (!SIMPLE_REQUEST_HEADERS.has(n)) causes.push("the header " + name);
    else if (n === "content-type" && !SIMPLE_CONTENT_TYPES.includes(value.split(";")[0].trim().toLowerCase())) causes.push("Content-Type " + value);
  }
  return causes;
}

function captureLine(label, ...rest) {
  return el("li", null, el("strong", null, label + " "), rest);
}

async function sendCapture(ev) {
  ev.preventDefault();
  const result = $("capture-result");
  const rawURL = $("capture-url").value.trim();
  const method = $("capture-method").value;
  const credentials = $("capture-credentials").value;
  const bodyText = $("capture-body").value;
  let url;
  try {
    url = new URL(rawURL, location.href);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("only http: and https: URLs");
  } catch (e) {
    result.replaceChildren(el("p", { class: "capture-problem" }, "Enter an http: or https: URL (" + errText(e) + ")."));
    $("capture-url").focus();
    return;
  }
  const { headers, problems } = parseHeaderLines($("capture-headers").value);
  if (problems.length) {
    result.replaceChildren(el("p", { class: "capture-problem" }, "Headers: " + problems.join("; ") + "."));
    $("capture-headers").focus();
    return;
  }
  const dropped = headers.filter(([n]) => FORBIDDEN_REQUEST.test(n)).map(([n]) => n);
  const sent = headers.filter(([n]) => !FORBIDDEN_REQUEST.test(n));
  const crossOrigin = url.origin !== location.origin;
  const withBody = method !== "GET" && method !== "HEAD" && bodyText !== "";
  const init = { method, headers: sent, credentials, cache: "no-store", redirect: "follow", referrerPolicy: "no-referrer" };
  if (withBody) init.body = bodyText;
  const causes = crossOrigin ? preflightCauses(method, sent) : [];

  $("capture-send").disabled = true;
  result.replaceChildren(el("p", null, "Sending " + method + " " + url.href + "…"));
  const notes = [];
  if (dropped.length) notes.push(el("li", null, "The browser does not let a page set " + dropped.join(", ") + "; they were not sent. curl would send them."));
  // A request that never settles (a server that stalls, or a Basic challenge
  // that makes the browser wait on its own login dialog) must not leave the
  // form stuck: give up after CAPTURE_TIMEOUT_MS, body included.
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), CAPTURE_TIMEOUT_MS);
  init.signal = ctl.signal;
  let resp;
  try {
    resp = await fetch(url.href, init);
  } catch (e) {
    clearTimeout(timer);
    $("capture-send").disabled = false;
    const why = ctl.signal.aborted
      ? el("div", { class: "capture-failed" },
        el("h3", null, "No answer within " + CAPTURE_TIMEOUT_MS / 1000 + " s"),
        el("p", null, "The request was abandoned. The server may be slow or unreachable; a 401 with a Basic or Digest challenge can also make the browser wait on its own login dialog, which a page cannot answer. Try the same request with curl -v and paste its output."))
      : captureFailed(e, url, crossOrigin, causes, credentials);
    fill(result, why, notes.length ? el("ul", { class: "capture-notes" }, notes) : null);
    return;
  }
  // What the page may read: status, the headers the browser exposes, the body.
  const seen = [...resp.headers.entries()];
  let body = "";
  let truncated = false;
  try {
    const reader = resp.body ? resp.body.getReader() : null;
    const dec = new TextDecoder();
    let n = 0;
    while (reader) {
      const { value, done } = await reader.read();
      if (done) break;
      n += value.byteLength;
      body += dec.decode(value, { stream: true });
      if (n >= CAPTURE_BODY_LIMIT) {
        truncated = true;
        reader.cancel();
        body = body.slice(0, CAPTURE_BODY_LIMIT);
        break;
      }
    }
    if (!truncated) body += dec.decode();
  } catch (e) {
    notes.push(el("li", null, ctl.signal.aborted ? "The body did not arrive within " + CAPTURE_TIMEOUT_MS / 1000 + " s; what came is shown." : "Reading the body failed: " + errText(e)));
  }
  clearTimeout(timer);
  $("capture-send").disabled = false;

  const exposed = seen.filter(([n]) => !SAFELISTED.has(n));
  const cors = resp.type === "cors";
  const has = (name) => seen.some(([n]) => n === name);
  const list = el("ul", { class: "capture-seen" },
    captureLine("Status:", String(resp.status) + (resp.statusText ? " " + resp.statusText : "") + (resp.redirected ? " (after a redirect, from " + resp.url + ")" : "")),
    captureLine("Response type:", resp.type + (cors ? ": cross-origin, readable because the server sent Access-Control-Allow-Origin" : resp.type === "basic" ? ": same origin, every header but Set-Cookie is readable" : "")),
    captureLine("Headers the page could read:", seen.length ? "" : "none"),
    seen.length ? el("ul", { class: "capture-headers" }, seen.map(([n, v]) => el("li", null,
      el("code", null, n + ": " + v), " ",
      el("span", { class: "hdr-kind" }, !cors ? "" : SAFELISTED.has(n) ? "(CORS-safelisted)" : "(exposed by Access-Control-Expose-Headers)")))) : null,
    captureLine("Body:", body === "" ? "empty" : size(new TextEncoder().encode(body).length) + (truncated ? ", cut at " + size(CAPTURE_BODY_LIMIT) : "")),
    body ? el("pre", { class: "capture-body", tabindex: "0" }, visible(body.length > 4000 ? body.slice(0, 4000) + "\n…" : body)) : null);

  const hidden = el("ul", { class: "capture-hidden" });
  if (cors) {
    hidden.appendChild(el("li", null, "Headers the server sent but did not list in ", el("code", null, "Access-Control-Expose-Headers"),
      " are not exposed to the page, so they are missing above" + (exposed.length ? "" : " (only the CORS-safelisted headers came through)") + "."));
    if ((resp.status === 401 || resp.status === 407) && !has("www-authenticate") && !has("proxy-authenticate")) {
      hidden.appendChild(el("li", null, el("strong", null, "WWW-Authenticate is not exposed: "), "this " + resp.status + " looks challenge-less to scripts, so a browser app cannot tell which scheme or error the server means. Fix on the server: ",
        el("code", null, "Access-Control-Expose-Headers: WWW-Authenticate"), " on the response."));
    }
  }
  hidden.appendChild(el("li", null, "Set-Cookie is never readable by a page; cookies were " + (credentials === "omit" ? "not sent (credentials: omit)" : credentials === "include" ? "sent if the browser had any for that site and its SameSite rules allowed it" : crossOrigin ? "not sent, since the request is cross-origin (credentials: same-origin)" : "sent if the browser had any for this site") + "."));
  hidden.appendChild(el("li", null, "The browser added headers the page cannot see or set (Origin, cookies, Accept-Encoding); the request in the paste is what you typed" + (crossOrigin ? ", plus the Origin the browser sends" : "") + "."));
  fill(result,
    el("h3", null, "What the browser let the page see"), list,
    el("h3", null, "What it could not see"), hidden,
    notes.length ? el("ul", { class: "capture-notes" }, notes) : null,
    el("p", { class: "help" }, "The results pane now analyses this as a paste."));

  // Feed what was seen to the classifier like a paste.
  const lines = [method + " " + url.href + " HTTP/1.1", "Host: " + url.host];
  if (crossOrigin) lines.push("Origin: " + location.origin);
  for (const [n, v] of sent) lines.push(n + ": " + v);
  lines.push("");
  if (withBody) lines.push(bodyText, "");
  lines.push("HTTP/1.1 " + resp.status + " " + (resp.statusText || ""));
  for (const [n, v] of seen) lines.push(n + ": " + v);
  // A cross-origin response the page could read passed the browser's CORS
  // check, so the server sent Access-Control-Allow-Origin (and, for a
  // credentialed request, Access-Control-Allow-Credentials) even though the
  // page may not read them. Restore them, or the classifier would report the
  // CORS failure that did not happen.
  if (cors && !has("access-control-allow-origin")) lines.push("Access-Control-Allow-Origin: " + location.origin);
  if (cors && credentials === "include" && !has("access-control-allow-credentials")) lines.push("Access-Control-Allow-Credentials: true");
  lines.push("");
  if (body) lines.push(body);
  captureText = lines.join("\n");
  paste.value = captureText;
  source = { kind: "capture" };
  renderFileList();
  lastPasted = null;
  clearFilters();
  analyzePaste();
}

// captureFailed explains a fetch that threw: the browser hides the reason
// from the page, so list the usual causes with their fix.
function captureFailed(e, url, crossOrigin, causes, credentials) {
  const box = el("div", { class: "capture-failed" },
    el("h3", null, "The page could not see the response"),
    el("p", null, "fetch() failed with ", el("code", null, (e && e.name ? e.name + ": " : "") + errText(e)),
      ". The browser gives a script no status and no headers in this case, whatever the server answered."));
  const why = el("ul", { class: "capture-hidden" });
  if (crossOrigin) {
    why.appendChild(el("li", null, el("strong", null, "Hidden by CORS: "), "if the server answered without ", el("code", null, "Access-Control-Allow-Origin"),
      " matching " + location.origin + ", the browser hid the real response, which may well be a 401 or 403. Fix on the server: send ",
      el("code", null, "Access-Control-Allow-Origin: " + location.origin), " on every response, errors included (many servers add it only to 2xx)."));
    if (causes.length) {
      why.appendChild(el("li", null, el("strong", null, "Preflight: "), causes.join(", ") + " made the browser send an OPTIONS preflight first. It must be answered with a 2xx and ",
        el("code", null, "Access-Control-Allow-Origin"), ", ", el("code", null, "Access-Control-Allow-Methods"), " and ",
        el("code", null, "Access-Control-Allow-Headers"), " listing " + causes.filter((c) => c.startsWith("the header ")).map((c) => c.slice(11)).join(", ") + ". A server that demands credentials on the OPTIONS request too, and answers it 401, refuses the preflight."));
    }
    if (credentials === "include") {
      why.appendChild(el("li", null, el("strong", null, "Credentials: "), "with credentials: include, the server must also send ", el("code", null, "Access-Control-Allow-Credentials: true"),
        " and an exact origin; ", el("code", null, "Access-Control-Allow-Origin: *"), " is refused."));
    }
  }
  why.appendChild(el("li", null, "Or the request never got an answer: the host is unreachable, the name does not resolve, the certificate is not trusted, or an http: URL was called from an https: page (mixed content)."));
  box.appendChild(el("h3", null, "What it could not see, and why"));
  box.appendChild(why);
  box.appendChild(el("p", { class: "help" }, "The browser's developer tools (Network tab) show the real status; curl -i shows what the server sends to a non-browser client."));
  return box;
}

// ---- wiring -----------------------------------------------------------------

function selectLine(n) {
  const lines = paste.value.split("\n");
  if (n < 1 || n > lines.length) return;
  let start = 0;
  for (let i = 0; i < n - 1; i++) start += lines[i].length + 1;
  paste.focus();
  paste.setSelectionRange(start, start + lines[n - 1].length);
  // Scroll the textarea so the line is visible.
  const lh = parseFloat(getComputedStyle(paste).lineHeight) || 20;
  paste.scrollTop = Math.max(0, (n - 3) * lh);
}

function loadText(text) {
  job++;
  paste.value = text;
  source = { kind: "empty" };
  renderFileList();
  clearFilters();
  lastPasted = null;
  analyzePaste();
}

function loadExample(id) {
  const ex = EXAMPLES.find((e) => e.id === id) || EXAMPLES[0];
  scrollAfterAnalysis = true;
  loadText(ex.text);
  paste.focus();
  paste.setSelectionRange(0, 0);
  paste.scrollTop = 0;
}

function buildGallery() {
  const g = $("gallery");
  g.replaceChildren(...EXAMPLES.map((ex) => el("li", { class: "gallery-item" },
    el("button", { type: "button", class: "gallery-btn", "data-example": ex.id, "aria-describedby": "ex-" + ex.id + "-cap" }, ex.title),
    el("span", { class: "gallery-cap", id: "ex-" + ex.id + "-cap" }, ex.caption))));
}

function isTyping(t) {
  return t instanceof Element && (t.closest("input, textarea, select, [contenteditable]:not([contenteditable=false])") !== null);
}

function init() {
  performance.mark("app:init");
  buildGallery();
  emptyState = out.firstElementChild.cloneNode(true);
  paste.addEventListener("input", (ev) => {
    if (source.kind === "file") {
      source = { kind: "empty" };
      renderFileList();
    }
    // A paste or a drop is the whole input at once: no keystrokes to wait for.
    if (ev.inputType === "insertFromPaste" || ev.inputType === "insertFromDrop") analyzePaste();
    else schedule();
  });
  $("example").addEventListener("click", () => loadExample("explainer"));
  $("clear").addEventListener("click", () => {
    job++;
    paste.value = "";
    source = { kind: "empty" };
    renderFileList();
    clearFilters();
    lastPasted = null;
    analyzePaste();
    paste.focus();
  });
  $("open-files").addEventListener("click", () => $("file-input").click());
  $("file-input").addEventListener("change", (ev) => {
    const files = ev.target.files;
    if (files && files.length) openFiles(files);
    ev.target.value = "";
  });
  $("cancel").addEventListener("click", () => {
    if (running) running.cancel();
  });

  // Dropping files anywhere on the input pane opens them; dropped text goes
  // into the textarea as the browser does by default.
  const pane = $("input-pane");
  const hint = $("drop-hint");
  const hasFiles = (ev) => ev.dataTransfer && [...ev.dataTransfer.types].includes("Files");
  pane.addEventListener("dragover", (ev) => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = "copy";
    pane.classList.add("dragging");
    hint.hidden = false;
  });
  pane.addEventListener("dragleave", (ev) => {
    if (ev.relatedTarget && pane.contains(ev.relatedTarget)) return;
    pane.classList.remove("dragging");
    hint.hidden = true;
  });
  pane.addEventListener("drop", (ev) => {
    pane.classList.remove("dragging");
    hint.hidden = true;
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    openFiles(ev.dataTransfer.files);
  });
  // A file dropped outside the pane must not make the browser navigate to it.
  window.addEventListener("dragover", (ev) => hasFiles(ev) && ev.preventDefault());
  window.addEventListener("drop", (ev) => hasFiles(ev) && ev.preventDefault());

  $("filter-text").addEventListener("input", (ev) => {
    filters.text = ev.target.value;
    clearTimeout(filterTimer);
    filterTimer = setTimeout(refilter, DEBOUNCE_MS);
  });
  $("keep-secrets").addEventListener("change", syncKeepSecrets);
  resetKeepSecrets();
  window.addEventListener("pageshow", resetKeepSecrets);
  $("capture-form").addEventListener("submit", sendCapture);

  document.addEventListener("click", (ev) => {
    const t = ev.target instanceof Element ? ev.target.closest("button, a[data-goto]") : null;
    if (!t) return;
    if (t.matches("a[data-goto]")) {
      ev.preventDefault();
      gotoLine(t.getAttribute("data-goto"), Number(t.getAttribute("data-line")));
    } else if (t.hasAttribute("data-paste-line")) {
      selectLine(Number(t.getAttribute("data-paste-line")));
    } else if (t.hasAttribute("data-example")) {
      loadExample(t.getAttribute("data-example"));
    } else if (t.hasAttribute("data-filter")) {
      setFilter(t.getAttribute("data-filter"), t.getAttribute("data-value"));
      const again = summaryEl.querySelector('[data-filter="' + t.getAttribute("data-filter") + '"][data-value="' + CSS.escape(t.getAttribute("data-value")) + '"]');
      if (again) again.focus();
    } else if (t.hasAttribute("data-file")) {
      showFile(Number(t.getAttribute("data-file")));
    } else if (t.hasAttribute("data-export")) {
      download(t.getAttribute("data-export"));
    } else if (t.id === "clear-filters") {
      clearFilters();
      refilter();
      $("filter-text").focus();
    } else if (t.id === "back-to-paste") {
      backToPaste();
    } else if (t.id === "share") {
      shareStart();
    } else if (t.id === "share-confirm") {
      shareConfirm();
    } else if (t.id === "share-cancel") {
      $("share-panel").hidden = true;
      $("share").focus();
    }
  });

  // "/" jumps to the paste from anywhere but a text field.
  document.addEventListener("keydown", (ev) => {
    if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey || isTyping(ev.target)) return;
    ev.preventDefault();
    paste.focus();
  });

  const fromLink = loadFromFragment();
  if (fromLink) scrollAfterAnalysis = true;
  $("jump-verdict").addEventListener("click", () => {
    const first = document.querySelector("#out article.card, #out .error");
    if (first) {
      first.setAttribute("tabindex", "-1");
      first.scrollIntoView({ block: "start" });
      first.focus({ preventScroll: true });
    }
    $("jump-verdict").hidden = true;
  });
  addEventListener("scroll", () => {
    const jump = $("jump-verdict");
    if (jump.hidden) return;
    const first = document.querySelector("#out article.card, #out .error");
    if (!first || first.getBoundingClientRect().top < innerHeight - 80) jump.hidden = true;
  }, { passive: true });
  // The service worker fetches every file of the site again to keep them
  // for offline use: on a first visit that waits until the first verdict
  // is shown, or until the page has been ready and idle for a while.
  offlineLater();
  engine.start().then(async (info) => {
    performance.mark("app:ready");
    if (fromLink !== null) await maskLinkText(fromLink);
    engineReady = true;
    $("version").textContent = "v" + info.version;
    document.documentElement.dataset.ready = "true";
    status.textContent = "Ready.";
    if (paste.value.trim() === "") renderEmpty();
    else analyzePaste(); // unless this text is already being analysed
  }, (e) => {
    renderError({ message: "Could not load the analyzer: " + errText(e) }, "The analyzer did not start");
    status.textContent = "Failed to load";
  });
}

let filterTimer = 0;

// offlineLater registers the service worker once the first verdict is on
// the screen (show calls offlineNow), or OFFLINE_IDLE_MS after the analyzer
// is ready when nothing is analysed by then; at once when one already
// controls the page (a later visit: nothing is fetched again).
const OFFLINE_IDLE_MS = 3000;
let offlineAsked = false;
function offlineNow() {
  if (offlineAsked) return;
  offlineAsked = true;
  engine.registerOffline();
}
function offlineLater() {
  if (navigator.serviceWorker && navigator.serviceWorker.controller) return offlineNow();
  engine.start().then(() => setTimeout(offlineNow, OFFLINE_IDLE_MS), () => {});
}

init();
