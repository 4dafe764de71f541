// authtriage page: the results pane. view({st, engine, paste, status}) draws
// what st holds: the source banner, the credential notice, the summary bar
// with its filters, the flow timelines, the exchange cards (50 at a time,
// fetched from the engine), errors and the empty state with the gallery.
// It reads and sets st, and asks the engine only for pages of cards and
// lines of the input.

import { cards, pasteLineButton } from "./cards.js";
import { $, append, el, fill, nextFrame, prose, ruleLink, scrollBehavior } from "./dom.js";
import { flowSection } from "./flow.js";
import { CLASS_LABEL, SEVERITIES, exchangeTotal, fileStatus, findingCount, findingLines, verdictStatus } from "./report.js";
import { exchangeQuery, filtersActive, pasteEditable, resetFilters, toggleFilter } from "./state.js";
import { errText, lineAt, plural, size, splitLines, visible } from "./text.js";

export const CARD_BATCH = 50; // exchange cards per "show more"
const CARD_CHUNK = 10; // exchange cards rendered per frame
const FOLDED_CHUNK = 40; // folded findings' bodies built per frame (cards.fillFolded)

export function view({ st, engine, paste, status }) {
  const out = $("out");
  const summaryEl = $("summary");
  const toolsEl = $("tools");
  const secretsEl = $("secrets");
  const sourceEl = $("source");
  const fileList = $("file-list");
  const pastePlaceholder = paste.getAttribute("placeholder") || "";
  const emptyState = out.firstElementChild.cloneNode(true); // the intro and gallery shown when there is no input
  const kit = cards({ inputLines: engine.inputLines, pasteEditable: () => pasteEditable(st) });
  let cardsEl = null; // the container of exchange cards in #out
  let cardsQuery = 0; // the latest loadCards; older ones stop
  const backgroundShown = new Set(); // see cards.exchangeCard

  // filterButton toggles one filter; aria-pressed tells its state.
  function filterButton(kind, value, count, label) {
    const on = st.filters[kind].has(value);
    const attrs = { type: "button", class: "chip", "data-filter": kind, "data-value": value, "aria-pressed": on ? "true" : "false", title: (on ? "Stop showing only " : "Show only ") + label };
    if (kind === "classes") attrs["data-class"] = value;
    else attrs["data-severity"] = value;
    return el("button", attrs, el("span", { class: "chip-count" }, String(count)), " " + label);
  }

  function renderSummaryBar(sum) {
    const classes = (sum.summary && sum.summary.classes) || {};
    const sev = (sum.summary && sum.summary.severities) || {};
    const nFind = findingCount(sum);
    const active = filtersActive(st.filters);
    const omitted = sum.omitted || 0;
    fill(summaryEl,
      el("span", { class: "sum-total" }, plural(exchangeTotal(sum), "exchange")),
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
    const fromLink = st.link.note && paste.value === st.link.text ? el("p", { id: "link-note", class: "link-note" }, st.link.note) : null;
    if (list.length === 0) {
      secretsEl.hidden = !fromLink;
      if (fromLink) fill(secretsEl, fromLink);
      else secretsEl.replaceChildren();
      return;
    }
    // One entry per value: a token sent with every request is one
    // credential written in several places (secretSame ties each place to
    // the first of its value).
    const same = sum.secretSame || [];
    const values = typeof sum.secretValues === "number" ? sum.secretValues : count;
    const groups = [];
    const byFirst = new Map();
    list.forEach((s, i) => {
      const first = typeof same[i] === "number" ? same[i] : i;
      let g = byFirst.get(first);
      if (!g) {
        g = { s, lines: [] };
        byFirst.set(first, g);
        groups.push(g);
      }
      if (s.line && !g.lines.includes(s.line)) g.lines.push(s.line);
    });
    const shown = groups.slice(0, 8);
    const where = (g) => g.lines.length === 0 ? "" : g.lines.length === 1 ? " (line " + g.lines[0] + ")"
      : " (lines " + g.lines.slice(0, 4).join(", ") + (g.lines.length > 4 ? ", …" : "") + ")";
    fill(secretsEl,
      fromLink,
      el("p", { class: "secrets-lead" },
        el("strong", null, "This input holds " + plural(values, "credential") + (count > values ? ", written in " + count.toLocaleString("en") + " places" : "") + ": "),
        shown.map((g, i) => [i ? ", " : "", (g.s.label || g.s.kind) + where(g)]),
        values > shown.length ? ", and " + (values - shown.length).toLocaleString("en") + " more" : "", "."),
      el("p", null, "They stay in this page: nothing you paste or open is sent anywhere. Exports and share links mask them unless you tick “keep secrets in the export”."));
    secretsEl.hidden = false;
  }

  function renderSource() {
    const source = st.source;
    // While a file is shown the paste box is empty: no placeholder request
    // that could be taken for the file's content. Set only on a change: the
    // attribute, even unchanged, rebuilds the textarea's placeholder.
    const placeholder = source.kind === "file" ? "" : pastePlaceholder;
    if (paste.getAttribute("placeholder") !== placeholder) paste.setAttribute("placeholder", placeholder);
    if (source.kind === "file") {
      const f = source.files[source.active];
      sourceEl.replaceChildren(el("p", null, "Showing ", el("strong", null, f.file.name), " (" + size(f.file.size) + "), opened from your disk. ",
        el("button", { type: "button", class: "btn btn-small btn-quiet", id: "back-to-paste" }, "Back to the paste")));
      sourceEl.hidden = false;
    } else if (source.kind === "capture") {
      sourceEl.replaceChildren(el("p", { class: "capture-banner", id: "capture-banner" }, el("strong", null, "From “Send a request”: "),
        "these results are what the browser exposed to this page, not the full response. Headers CORS hid and cookies the browser kept are not in it."));
      sourceEl.hidden = false;
    } else if (!sourceEl.hidden || sourceEl.firstChild) {
      sourceEl.hidden = true;
      sourceEl.replaceChildren();
    }
  }

  function renderReport(sum) {
    performance.mark("view:report");
    kit.forgetFolded();
    st.current = sum;
    renderSource();
    renderSecrets(sum);
    renderSummaryBar(sum);
    toolsEl.hidden = false;
    const frag = document.createDocumentFragment();
    if (sum.warnings && sum.warnings.length) {
      const shown = sum.warnings.slice(0, 20);
      frag.appendChild(el("section", { class: "warnings", "aria-label": "Warnings about the input" },
        el("h3", null, "About the input"), kit.notesList(shown),
        sum.warnings.length > shown.length ? el("p", { class: "help" }, "and " + plural(sum.warnings.length - shown.length, "more warning") + " (in the exports)") : null));
    }
    append(frag, flowSection(sum.flows, { onStep: revealCard, ruleLink, prose, visible }));
    cardsEl = el("div", { class: "cards" });
    frag.appendChild(cardsEl);
    const open = findingCount(sum) <= 4;
    if (sum.findings && sum.findings.length) {
      const lines = findingLines(sum.findings);
      frag.appendChild(el("section", { class: "card cross" },
        el("h3", { class: "headline" }, "Across exchanges"),
        kit.findingsSection(sum.findings, "Findings", open, "cross"),
        lines.size ? kit.rawPanel("cross", null, lines) : null));
    }
    out.replaceChildren(frag);
    status.textContent = verdictStatus(sum);
    return loadCards(0).then(() => {
      bringVerdictIntoView();
      return fillFolded();
    });
  }

  // fillFolded builds the folded findings' bodies after the results are
  // drawn, a batch a frame; it resolves when none is left. A second call
  // while it runs shares the first one's loop.
  let filling = null;
  function fillFolded() {
    if (!filling) {
      filling = (async () => {
        try {
          while (kit.fillFolded(0) > 0) {
            await nextFrame();
            kit.fillFolded(FOLDED_CHUNK);
          }
        } finally {
          filling = null;
        }
      })();
    }
    return filling;
  }

  // firstVerdict is the first card or error of the results.
  function firstVerdict() {
    return document.querySelector("#out article.card, #out .error");
  }

  // bringVerdictIntoView: on a narrow screen the results sit below the paste
  // box, so after an analysis the first verdict is scrolled into view when it
  // came from a click (gallery, file, link), and otherwise a "Jump to the
  // verdict" button appears while the verdict is out of view (scrolling away
  // from the text someone is typing would be rude).
  function bringVerdictIntoView() {
    const first = firstVerdict();
    const jump = $("jump-verdict");
    const narrow = matchMedia("(max-width: 760px)").matches;
    if (!first || !narrow) {
      hideJump(jump, true);
      st.scrollAfterAnalysis = false;
      return;
    }
    if (st.scrollAfterAnalysis) {
      st.scrollAfterAnalysis = false;
      first.scrollIntoView({ block: "start", behavior: "auto" });
      hideJump(jump, true);
      return;
    }
    const r = first.getBoundingClientRect();
    hideJump(jump, r.top < innerHeight - 80);
  }

  // hideJump sets the jump button's hidden state only when it changes: even
  // an unchanged hidden attribute, set again, costs the next frame a style
  // pass, after every analysis.
  function hideJump(jump, hidden) {
    if (jump && jump.hidden !== hidden) jump.hidden = hidden;
  }

  // jumpToVerdict follows the "Jump to the verdict" button.
  function jumpToVerdict() {
    const first = firstVerdict();
    if (first) {
      first.setAttribute("tabindex", "-1");
      first.scrollIntoView({ block: "start" });
      first.focus({ preventScroll: true });
    }
    $("jump-verdict").hidden = true;
  }

  // onScroll hides the jump button once the verdict is in view.
  function onScroll() {
    const jump = $("jump-verdict");
    if (jump.hidden) return;
    const first = firstVerdict();
    if (!first || first.getBoundingClientRect().top < innerHeight - 80) jump.hidden = true;
  }

  // loadCards fetches one page of exchanges that pass the filters and renders
  // them, with a "show more" button when there are more.
  async function loadCards(offset) {
    const q = ++cardsQuery;
    const sum = st.current;
    if (offset === 0) {
      cardsEl.replaceChildren();
      backgroundShown.clear();
    }
    const query = exchangeQuery(st.filters, offset, CARD_BATCH);
    // The analysis brought its first page along (engine.analyze firstPage):
    // used once, when the filters are still those it was made for.
    const pre = offset === 0 && sum.firstPage && JSON.stringify(sum.firstPage.query) === JSON.stringify(query) ? sum.firstPage.page : null;
    if (offset === 0) sum.firstPage = null;
    let page;
    try {
      page = pre || (await engine.exchanges(query));
    } catch (e) {
      if (q === cardsQuery) cardsEl.replaceChildren(el("p", { class: "help" }, "Could not list the exchanges: " + errText(e)));
      return;
    }
    if (q !== cardsQuery || sum !== st.current) return;
    if (offset === 0) performance.mark("view:page");
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
        if (q !== cardsQuery || sum !== st.current) return;
      }
      for (const x of page.items.slice(i, i + CARD_CHUNK)) cardsEl.appendChild(kit.exchangeCard(x, sum.exchangeCount, open, backgroundShown));
      if (offset === 0 && i === 0) performance.mark("view:cards");
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
    fillFolded();
  }

  // revealCard shows exchange i's card (a flow step links to it): it clears
  // the filters and loads pages of cards until that one is there, then moves
  // the focus to it.
  async function revealCard(i) {
    const sel = 'article.card[data-index="' + (i | 0) + '"]';
    let card = cardsEl && cardsEl.querySelector(sel);
    const current = st.current;
    if (!card && current) {
      if (filtersActive(st.filters)) {
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
    card.scrollIntoView({ block: "start", behavior: scrollBehavior() });
    card.focus({ preventScroll: true });
  }

  // setFilter toggles one filter and shows the list it leaves.
  function setFilter(kind, value) {
    toggleFilter(st.filters, kind, value);
    refilter();
    const again = summaryEl.querySelector('[data-filter="' + kind + '"][data-value="' + CSS.escape(value) + '"]');
    if (again) again.focus();
  }

  function refilter() {
    if (!st.current) return;
    renderSummaryBar(st.current);
    loadCards(0);
  }

  function clearFilters() {
    resetFilters(st.filters);
    $("filter-text").value = "";
  }

  function hideReportTools() {
    st.current = null;
    summaryEl.hidden = true;
    toolsEl.hidden = true;
    secretsEl.hidden = true;
    $("share-panel").hidden = true;
  }

  function renderError(err, title) {
    const source = st.source;
    hideReportTools();
    renderSource();
    // Not role=alert: while someone types, half-typed pastes are errors, and the
    // polite status line ("Error on line 3") is enough to announce them.
    const box = el("div", { class: "error" },
      el("h3", null, title || (err.internal ? "The analyzer failed" : source.kind === "file" ? "Could not read this file" : "Could not read this paste")),
      prose("p", { class: "error-message" }, err.message || "unknown error"));
    // The line of the paste an error points at, quoted back to the user.
    const text = err.line && source.kind !== "file" ? lineAt(paste.value, err.line) : null;
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
    const lines = splitLines(paste.value);
    const pre = el("pre", { class: "raw-text error-context", tabindex: "0" });
    for (let i = Math.max(1, n - 2); i <= Math.min(lines.length, n + 2); i++) {
      pre.appendChild(el("span", { class: i === n ? "raw-line hit current" : "raw-line", "data-line": i },
        el("span", { class: "ln", "aria-hidden": "true" }, String(i)),
        i === n ? el("span", { class: "visually-hidden" }, "error here: ") : null,
        visible(lines[i - 1].length > 500 ? lines[i - 1].slice(0, 500) + "…" : lines[i - 1]), "\n"));
    }
    return pre;
  }

  function renderEmpty() {
    hideReportTools();
    renderSource();
    out.replaceChildren(emptyState.cloneNode(true));
    status.textContent = st.engineReady ? "Ready. Paste something, drop a file or pick an example." : status.textContent;
  }

  function renderCancelled() {
    hideReportTools();
    out.replaceChildren(el("div", { class: "error cancelled" }, el("h3", null, "Analysis cancelled"), el("p", null, "Nothing is shown for this input. Edit the paste or open the files again to start over.")));
    status.textContent = "Cancelled.";
  }

  function renderFileList() {
    const box = $("files");
    const source = st.source;
    if (source.kind !== "file") {
      box.hidden = true;
      fileList.replaceChildren();
      return;
    }
    fileList.replaceChildren(...source.files.map((f, i) => el("li", null, el("button", { type: "button", class: "file-btn", "data-file": i, "aria-current": i === source.active ? "true" : false },
      el("span", { class: "file-name" }, f.file.name), el("span", { class: "file-what" }, size(f.file.size) + " · " + fileStatus(f.result))))));
    box.hidden = false;
  }

  return {
    renderReport, renderError, renderEmpty, renderCancelled, renderFileList, bringVerdictIntoView, jumpToVerdict, onScroll,
    setFilter, refilter, clearFilters, gotoLine: kit.gotoLine,
  };
}
