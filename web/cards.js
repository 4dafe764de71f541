// authtriage page: one exchange as a card (verdict, reasons, findings, the
// raw message with the cited lines marked), and the pieces other views
// share with it: findings, notes, evidence and line links.
//
// cards({inputLines, pasteEditable}) makes the views; inputLines(start, end)
// answers lines of the analysed input (engine.inputLines), pasteEditable()
// whether the results come from the paste box (so that a cited line can be
// selected there).

import { append, el, prose, refLink, ruleLink, scrollBehavior } from "./dom.js";
import { CLASS_LABEL, evidenceLines, rawRanges, severity, spanLabel, verdictClass } from "./report.js";
import { errText, plural, quoteParts, visible } from "./text.js";

// rawLineID is the id of line n in the raw message of card `scope`.
export function rawLineID(scope, n) {
  return "raw-" + scope + "-L" + n;
}

// pasteLineButton is for lines outside any card (warnings, errors): it selects
// the line in the paste.
export function pasteLineButton(n) {
  return el("button", { type: "button", class: "line", "data-paste-line": n, title: "Show line " + n + " in the paste" }, "line " + n);
}

// markedQuote shows an evidence quote with the part it rests on marked.
function markedQuote(text, mark) {
  const parts = quoteParts(text, mark);
  if (!parts) return visible(text);
  return [visible(parts[0]), el("mark", { class: "ev-mark" }, visible(parts[1])), visible(parts[2])];
}

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

export function cards({ inputLines, pasteEditable }) {
  // lineLink points at line n of the raw message shown in the card `scope`
  // (an exchange's index, or "cross" for findings about several exchanges).
  // Following it opens the raw message there and highlights the line.
  function lineLink(scope, n) {
    return el("a", { class: "line", href: "#" + rawLineID(scope, n), "data-goto": scope, "data-line": n, title: "Show line " + n + " in the raw message" }, "line " + n);
  }

  // pasteButton selects line n in the paste itself, so it can be edited there;
  // offered only when the results come from the paste box.
  function pasteButton(n) {
    if (!pasteEditable()) return null;
    return el("button", { type: "button", class: "line to-paste", "data-paste-line": n, "aria-label": "Select line " + n + " in the paste", title: "Select line " + n + " in the paste" }, "✎");
  }

  function evidenceItem(ev, scope) {
    const pos = ev.pos || {};
    const where = [pos.line ? [lineLink(scope, pos.line), pasteButton(pos.line)] : null, ev.where ? el("span", { class: "where" }, ev.where) : null, pos.path ? el("span", { class: "where" }, pos.path) : null];
    return el("li", { class: "evidence" }, el("span", { class: "evidence-at" }, where), el("code", { class: "quote" }, markedQuote(ev.text || "", ev.mark)));
  }

  function evidenceList(list, scope) {
    if (!list || list.length === 0) return null;
    return el("ul", { class: "evidence-list" }, list.map((ev) => evidenceItem(ev, scope)));
  }

  // A folded finding's body (its evidence, why, fix, example and links) is
  // most of a card's nodes (about 500 of the 800 a typical paste draws) and
  // none of it shows until the finding opens: it is built after the results
  // are first drawn (fillFolded, a frame later: find in page and the
  // exports' readers see it then), or at once when the finding is opened
  // before that.
  let folded = [];

  function finding(f, open, scope) {
    const sev = severity(f.severity);
    const summary = el("summary", null,
      el("span", { class: "sev", "data-severity": sev }, sev),
      el("span", { class: "finding-title" }, f.title || f.name || f.rule),
      el("span", { class: "rule-chip" }, f.rule),
      // The case-specific message stays visible when the finding is folded,
      // so two findings of one rule can be told apart.
      f.message ? prose("span", { class: "finding-message" }, f.message) : null);
    const details = el("details", { class: "finding", "data-rule": f.rule, "data-severity": sev, open: open ? "" : false }, summary);
    if (open) {
      details.appendChild(findingBody(f, scope));
      return details;
    }
    let filled = false;
    const fillNow = () => {
      if (filled) return;
      filled = true;
      details.appendChild(findingBody(f, scope));
    };
    // A click on the summary comes before the details opens; the toggle
    // event after any other opening (script, find in page).
    summary.addEventListener("click", fillNow);
    details.addEventListener("toggle", fillNow);
    folded.push({ details, fillNow });
    return details;
  }

  function findingBody(f, scope) {
    return el("div", { class: "finding-body" },
      evidenceList(f.evidence, scope),
      f.why ? el("div", { class: "block" }, el("h5", null, "Why it matters"), prose("p", null, f.why)) : null,
      f.fix ? el("div", { class: "block" }, el("h5", null, "Fix"), prose("p", null, f.fix)) : null,
      f.example ? el("div", { class: "block" }, el("h5", null, "Corrected example"), el("pre", { class: "example", tabindex: "0" }, f.example)) : null,
      el("p", { class: "finding-links" },
        (f.refs || []).map((r) => [refLink(r), " "]),
        ruleLink(f.rule),
        f.name ? el("span", { class: "rule-name" }, " " + f.name) : null));
  }

  // fillFolded builds the bodies of up to n folded findings drawn since the
  // last call to forgetFolded, oldest first, skipping those no longer on the
  // page (other filters, a new analysis); it returns how many are left.
  function fillFolded(n) {
    for (const { details, fillNow } of folded.splice(0, n)) {
      if (details.isConnected) fillNow();
    }
    return folded.length;
  }

  // forgetFolded drops the folded findings waiting for their bodies: the
  // results they belong to are gone.
  function forgetFolded() {
    folded = [];
  }

  function findingsSection(list, heading, openAll, scope) {
    if (!list || list.length === 0) return null;
    return el("section", { class: "findings" },
      el("h4", null, heading, el("span", { class: "count" }, " " + list.length)),
      list.map((f) => finding(f, openAll, scope)));
  }

  // rawPanel is a folded "Raw message" section; its lines are fetched from the
  // worker when it is first opened (a big HAR stays there).
  function rawPanel(scope, span, hits) {
    const label = spanLabel(span) || "the lines cited";
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
        const lines = await inputLines(a, b);
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
    line.scrollIntoView({ block: "center", behavior: scrollBehavior() });
    line.focus({ preventScroll: true });
  }

  function reasonItem(s, scope) {
    return el("li", { class: "reason" }, prose("span", { class: "reason-text" }, s.reason), s.evidence ? evidenceList([s.evidence], scope) : null);
  }

  // notesList lists reading notes; with no scope (warnings about the whole
  // input) their lines point into the paste.
  function notesList(notes, scope) {
    if (!notes || notes.length === 0) return null;
    return el("ul", { class: "notes" }, notes.map((n) =>
      el("li", null, n.pos && n.pos.line ? [scope === undefined ? pasteLineButton(n.pos.line) : lineLink(scope, n.pos.line), " "] : null, prose("span", null, n.message))));
  }

  // exchangeCard draws exchange x of total. backgroundShown holds the classes
  // whose general background a card of the current list already shows
  // (folded), so it is said once per class; the card adds its own.
  function exchangeCard(x, total, openFindings, backgroundShown) {
    const v = x.verdict || {};
    const cls = verdictClass(v.class);
    const scope = String(x.index);
    const span = spanLabel(x.span);
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
      card.appendChild(prose("p", { class: "reading" }, readingText(rd.summary) + (rd.partial && rd.advice ? ". Read in part: " + rd.advice + "." : ".")));
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
          const oc = verdictClass(s.class);
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

  return { exchangeCard, findingsSection, notesList, rawPanel, gotoLine, fillFolded, forgetFolded };
}

// readingText says how a paste was read: the summary begins "read as …" for
// an exact format and "read by the general reader …" for the general one.
export function readingText(summary) {
  const s = summary || "read as text";
  return s.charAt(0).toUpperCase() + s.slice(1);
}
