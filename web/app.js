// authtriage page: loads the Go analyzer (authtriage.wasm), sends it the paste
// as the user types, and renders its JSON report.
//
// Everything that comes from the paste, and everything in the report, is put
// into the page as text (textContent, createTextNode), never as markup, and
// links are only made from the rule catalogue's https references.

const DEBOUNCE_MS = 200;
const CARD_BATCH = 50; // exchange cards rendered at once

const EXAMPLE = [
  "GET /protected-resource HTTP/1.1",
  "Host: example.com",
  "",
  "HTTP/1.1 401 Unauthorized",
  'WWW-Authenticate: Basic realm="Access to the protected resource", charset="UTF-8"',
  "GET /protected-resource HTTP/1.1",
  "Host: example.com",
  "",
  "HTTP/1.1 403 Forbidden",
  "",
].join("\n");

const CLASS_LABEL = {
  authentication: "Authentication",
  authorization: "Authorization",
  blocked: "Blocked",
  none: "Not refused",
  unknown: "Unknown",
};

const SEVERITIES = ["high", "medium", "low", "info"];

const $ = (id) => document.getElementById(id);
const paste = $("paste");
const out = $("out");
const status = $("status");

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

// ---- evidence: the line a statement rests on --------------------------------

// visible makes invisible characters in quoted paste text visible: C0 controls
// (terminal escapes, NUL) become their Unicode control pictures, and bidi
// controls, which could reorder what the reader sees, become <U+202E> marks.
function visible(text) {
  return String(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => String.fromCharCode(c === "\u007f" ? 0x2421 : 0x2400 + c.charCodeAt(0)))
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => "<U+" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") + ">");
}

// lineButton selects that line in the textarea, so the user sees it in context.
function lineButton(line) {
  return el("button", { type: "button", class: "line", "data-line": line, title: "Show line " + line + " in the paste" }, "line " + line);
}

function evidenceItem(ev) {
  const pos = ev.pos || {};
  const where = [pos.line ? lineButton(pos.line) : null, ev.where ? el("span", { class: "where" }, ev.where) : null, pos.path ? el("span", { class: "where" }, pos.path) : null];
  return el("li", { class: "evidence" }, el("span", { class: "evidence-at" }, where), el("code", { class: "quote" }, visible(ev.text || "")));
}

function evidenceList(list) {
  if (!list || list.length === 0) return null;
  return el("ul", { class: "evidence-list" }, list.map(evidenceItem));
}

// ---- findings ---------------------------------------------------------------

function finding(f, open) {
  const sev = SEVERITIES.includes(f.severity) ? f.severity : "info";
  const summary = el("summary", null,
    el("span", { class: "sev", "data-severity": sev }, sev),
    el("span", { class: "finding-title" }, f.title || f.name || f.rule),
    el("span", { class: "rule-chip" }, f.rule),
    // The case-specific message stays visible when the finding is folded,
    // so two findings of one rule can be told apart.
    f.message ? prose("span", { class: "finding-message" }, f.message) : null);
  const body = el("div", { class: "finding-body" },
    evidenceList(f.evidence),
    f.why ? el("div", { class: "block" }, el("h5", null, "Why it matters"), prose("p", null, f.why)) : null,
    f.fix ? el("div", { class: "block" }, el("h5", null, "Fix"), prose("p", null, f.fix)) : null,
    f.example ? el("div", { class: "block" }, el("h5", null, "Corrected example"), el("pre", { class: "example" }, f.example)) : null,
    el("p", { class: "finding-links" },
      (f.refs || []).map((r) => [refLink(r), " "]),
      ruleLink(f.rule),
      f.name ? el("span", { class: "rule-name" }, " " + f.name) : null));
  return el("details", { class: "finding", "data-rule": f.rule, "data-severity": sev, open: open ? "" : false }, summary, body);
}

function findingsSection(list, heading, openAll) {
  if (!list || list.length === 0) return null;
  return el("section", { class: "findings" },
    el("h4", null, heading, el("span", { class: "count" }, " " + list.length)),
    list.map((f) => finding(f, openAll)));
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

function reasonItem(s) {
  return el("li", { class: "reason" }, prose("span", { class: "reason-text" }, s.reason), s.evidence ? evidenceList([s.evidence]) : null);
}

function notesList(notes) {
  if (!notes || notes.length === 0) return null;
  return el("ul", { class: "notes" }, notes.map((n) =>
    el("li", null, n.pos && n.pos.line ? [lineButton(n.pos.line), " "] : null, prose("span", null, n.message))));
}

function exchangeCard(x, total, openFindings) {
  const v = x.verdict || {};
  const cls = Object.hasOwn(CLASS_LABEL, v.class) ? v.class : "unknown";
  const span = x.span && x.span.start ? (x.span.start === x.span.end ? "line " + x.span.start : "lines " + x.span.start + "–" + x.span.end) : "";
  const headingID = "x" + x.index + "-h";
  const card = el("article", { class: "card", "data-verdict": cls, "aria-labelledby": headingID },
    el("header", { class: "card-head" },
      el("span", { class: "badge", "data-class": cls }, CLASS_LABEL[cls]),
      el("span", { class: "card-what" }, total > 1 ? el("span", { class: "idx" }, "#" + (x.index + 1) + " ") : null, exchangeTitle(x)),
      span ? el("span", { class: "span" }, span) : null),
    prose("h3", { class: "headline", id: headingID }, v.headline || CLASS_LABEL[cls]),
    prose("p", { class: "explanation" }, v.explanation));
  if (x.response && x.response.error) card.appendChild(prose("p", { class: "resp-error" }, x.response.error));
  if (v.reasons && v.reasons.length) {
    card.appendChild(el("section", { class: "reasons" }, el("h4", null, "Why this verdict"), el("ul", null, v.reasons.map(reasonItem))));
  }
  if (v.overruled && v.overruled.length) {
    card.appendChild(el("details", { class: "overruled" },
      el("summary", null, "Weaker signals for other verdicts ", el("span", { class: "count" }, v.overruled.length)),
      el("ul", null, v.overruled.map((s) => {
        const li = reasonItem(s);
        const oc = Object.hasOwn(CLASS_LABEL, s.class) ? s.class : "unknown";
        li.prepend(el("span", { class: "badge badge-small", "data-class": oc }, oc), " ");
        return li;
      }))));
  }
  if (v.refs && v.refs.length) card.appendChild(el("p", { class: "verdict-refs" }, "See ", v.refs.map((r, i) => [i ? ", " : "", refLink(r)])));
  append(card, findingsSection(x.findings, "Findings", openFindings));
  if (x.notes && x.notes.length) card.appendChild(el("section", { class: "card-notes" }, el("h4", null, "Reading notes"), notesList(x.notes)));
  return card;
}

// ---- whole report -----------------------------------------------------------

function summaryBar(rep) {
  const classes = (rep.summary && rep.summary.classes) || {};
  const sev = (rep.summary && rep.summary.severities) || {};
  const nFind = Object.values(sev).reduce((a, b) => a + b, 0);
  return el("div", { class: "summary" },
    el("span", null, plural(rep.exchanges.length, "exchange")),
    Object.keys(CLASS_LABEL).filter((c) => classes[c]).map((c) => el("span", { class: "badge badge-small", "data-class": c }, classes[c] + " " + c)),
    el("span", { class: "summary-findings" }, plural(nFind, "finding"),
      nFind ? " (" + SEVERITIES.filter((s) => sev[s]).map((s) => sev[s] + " " + s).join(", ") + ")" : ""),
    rep.format && rep.format !== "raw" ? el("span", { class: "fmt" }, "read as " + rep.format) : null);
}

function renderReport(rep) {
  const nFindings = rep.exchanges.reduce((a, x) => a + (x.findings || []).length, 0) + (rep.findings || []).length;
  const openFindings = nFindings <= 4;
  const frag = document.createDocumentFragment();
  frag.appendChild(summaryBar(rep));
  if (rep.warnings && rep.warnings.length) {
    frag.appendChild(el("section", { class: "warnings", "aria-label": "Warnings about the paste" },
      el("h3", null, "About the paste"), notesList(rep.warnings)));
  }
  const cards = el("div", { class: "cards" });
  frag.appendChild(cards);
  appendCards(cards, rep, 0, openFindings);
  if (rep.findings && rep.findings.length) {
    frag.appendChild(el("section", { class: "card cross" },
      el("h3", { class: "headline" }, "Across exchanges"),
      findingsSection(rep.findings, "Findings", openFindings)));
  }
  out.replaceChildren(frag);
  status.textContent = plural(rep.exchanges.length, "exchange") + " · " + plural(nFindings, "finding");
}

// appendCards renders exchanges from index `from` on, CARD_BATCH at a time:
// a HAR file with hundreds of entries would otherwise take seconds to lay out
// on every keystroke. The rest wait behind a button.
function appendCards(cards, rep, from, openFindings) {
  const xs = rep.exchanges;
  const to = Math.min(xs.length, from + CARD_BATCH);
  for (let i = from; i < to; i++) cards.appendChild(exchangeCard(xs[i], xs.length, openFindings));
  if (to >= xs.length) return;
  const rest = xs.length - to;
  const more = el("button", { type: "button", class: "btn more" },
    rest > CARD_BATCH ? "Show the next " + CARD_BATCH + " of " + rest + " more exchanges" : "Show " + plural(rest, "more exchange"));
  more.addEventListener("click", () => {
    more.remove();
    appendCards(cards, rep, to, openFindings);
    const first = cards.children[to];
    if (first) {
      first.setAttribute("tabindex", "-1");
      first.focus();
    }
  });
  cards.appendChild(more);
}

// The line of the paste an error points at, quoted back to the user.
function pasteLine(n) {
  const lines = paste.value.replace(/\r\n?/g, "\n").split("\n");
  return n >= 1 && n <= lines.length ? lines[n - 1] : null;
}

function renderError(err, title) {
  // Not role=alert: while someone types, half-typed pastes are errors, and the
  // polite status line ("Error on line 3") is enough to announce them.
  const box = el("div", { class: "error" },
    el("h3", null, title || (err.internal ? "The analyzer failed" : "Could not read this paste")),
    prose("p", { class: "error-message" }, err.message || "unknown error"));
  const text = err.line ? pasteLine(err.line) : null;
  if (err.line) {
    box.appendChild(el("ul", { class: "evidence-list" }, el("li", { class: "evidence" },
      el("span", { class: "evidence-at" }, lineButton(err.line)), el("code", { class: "quote" }, text === null ? "" : visible(text)))));
  }
  if (err.expected && !String(err.message || "").includes(err.expected)) box.appendChild(prose("p", null, "Expected " + err.expected + "."));
  if (err.internal) box.appendChild(el("p", null, "This is a bug in authtriage, not in your paste. The page still works; try editing the paste."));
  out.replaceChildren(box);
  status.textContent = err.line ? "Error on line " + err.line : "Error";
}

let emptyState = null; // the intro shown when the paste is empty

function renderEmpty() {
  out.replaceChildren(emptyState.cloneNode(true));
  status.textContent = analyzer ? "Ready. Paste something." : status.textContent;
}

// ---- wiring -----------------------------------------------------------------

let analyzer = null; // globalThis.authtriage once the wasm is running
let lastText = null;
let timer = 0;

function analyzeNow() {
  clearTimeout(timer);
  const text = paste.value;
  if (!analyzer) return; // init calls analyzeNow again once the analyzer is ready
  if (text === lastText) return;
  lastText = text;
  if (text.trim() === "") {
    renderEmpty();
    return;
  }
  let rep;
  try {
    rep = JSON.parse(analyzer.analyze(text, {}));
  } catch (e) {
    // analyze itself never throws; this means the Go program has stopped.
    renderError({ message: String(e && e.message ? e.message : e), internal: true }, "The analyzer stopped");
    return;
  }
  if (rep.error) renderError(rep.error);
  else renderReport(rep);
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(analyzeNow, DEBOUNCE_MS);
}

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

function loadExample() {
  paste.value = EXAMPLE;
  analyzeNow();
  paste.focus();
}

async function loadAnalyzer() {
  const go = new Go();
  const ready = new Promise((resolve) => {
    globalThis.onAuthtriageReady = resolve;
  });
  const url = new URL("authtriage.wasm", import.meta.url);
  let result;
  try {
    result = await WebAssembly.instantiateStreaming(fetch(url), go.importObject);
  } catch (e) {
    // Some static hosts send .wasm with the wrong MIME type; compile from bytes.
    const resp = await fetch(url);
    if (!resp.ok) throw new Error("fetching authtriage.wasm: HTTP " + resp.status);
    result = await WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject);
  }
  go.run(result.instance).then(() => {
    analyzer = null;
    renderError({ message: "The Go program ended; reload the page." }, "The analyzer stopped");
  });
  return ready;
}

function init() {
  emptyState = out.firstElementChild.cloneNode(true);
  paste.addEventListener("input", schedule);
  $("example").addEventListener("click", loadExample);
  $("clear").addEventListener("click", () => {
    paste.value = "";
    analyzeNow();
    paste.focus();
  });
  document.addEventListener("click", (ev) => {
    const t = ev.target instanceof Element ? ev.target.closest("button[data-line], button[data-load-example]") : null;
    if (!t) return;
    if (t.hasAttribute("data-load-example")) loadExample();
    else selectLine(Number(t.getAttribute("data-line")));
  });
  loadAnalyzer().then((api) => {
    analyzer = api;
    $("version").textContent = "v" + api.version;
    document.documentElement.dataset.ready = "true";
    status.textContent = "Ready.";
    lastText = null;
    if (paste.value.trim() === "") {
      // The first analysis pays for one-time set-up in the Go program; do it
      // now, while nobody is typing.
      api.analyze(EXAMPLE, {});
    }
    analyzeNow();
  }, (e) => {
    renderError({ message: "Could not load the analyzer: " + (e && e.message ? e.message : e) }, "The analyzer did not start");
    status.textContent = "Failed to load";
  });
}

init();
