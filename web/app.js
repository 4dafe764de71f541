// authtriage page: hands what the user pastes, drops or opens to the analyzer
// (engine.js, which runs the Go analyzer in a Web Worker), and wires the
// page's parts together:
//
//   state.js    the page's state, one object made here and handed to the rest
//   view.js     the results pane (cards.js: one exchange; flow.js: sign-in flows)
//   share.js    exports and the share link, and opening one
//   capture.js  the form that sends one request from the page
//   gallery.js  the examples, as data; text.js, report.js, dom.js: helpers
//
// Everything that comes from the input, and everything in the report, is put
// into the page as text (dom.js), never as markup.

import { capture } from "./capture.js";
import { $, el } from "./dom.js";
import * as engine from "./engine.js";
import { EXAMPLES as GALLERY } from "./gallery.js";
import { MAX_INPUT, progressLabel, tooLarge } from "./report.js";
import { share } from "./share.js";
import { exchangeQuery, newState } from "./state.js";
import { errText, lineRange } from "./text.js";
import { CARD_BATCH, view } from "./view.js";

const DEBOUNCE_MS = 200;
const PROGRESS_DELAY_MS = 150; // show the progress bar only for longer work
const OFFLINE_IDLE_MS = 3000;

// The gallery lives in gallery.js; each example's text is its lines.
const EXAMPLES = GALLERY.map((e) => ({ ...e, text: e.lines.join("\n") }));

performance.mark("app:init");
buildGallery();

const st = newState();
const paste = $("paste");
const status = $("status");
const progressRow = $("progress-row");
const progressBar = $("progress");
const progressEl = $("progress-label");
const ui = view({ st, engine, paste, status });
const sh = share({ engine, st, status, paste });
const cap = capture({ onPaste: loadCapture });
let timer = 0; // the debounce of typing
let typing = false; // an input waits for its debounce to end
let filterTimer = 0; // the debounce of the filter box
let offlineAsked = false;

function buildGallery() {
  const g = $("gallery");
  g.replaceChildren(...EXAMPLES.map((ex) => el("li", { class: "gallery-item" },
    el("button", { type: "button", class: "gallery-btn", "data-example": ex.id, "aria-describedby": "ex-" + ex.id + "-cap" }, ex.title),
    el("span", { class: "gallery-cap", id: "ex-" + ex.id + "-cap" }, ex.caption))));
}

// ---- running the analyzer ---------------------------------------------------

function showProgress(p, what) {
  if (p.total > 0) {
    progressBar.max = p.total;
    progressBar.value = Math.min(p.done, p.total);
  } else {
    progressBar.removeAttribute("value"); // indeterminate
  }
  progressEl.textContent = progressLabel(p, what);
}

// analyze runs one analysis and answers {sum}, {error} or {cancelled}, or
// null when a newer request superseded it. The progress bar appears only if
// the work takes longer than PROGRESS_DELAY_MS. While it is hidden the bar
// and its label are left alone: the latest progress is kept and drawn when
// the bar shows (a typical paste is answered before that, and its progress
// messages then cost no style or frame of their own).
async function analyze(input, myJob, what) {
  if (st.running) st.running.cancel();
  let latest = { phase: "", total: 0 }; // "Working big.har…" until the worker reports
  const h = engine.analyze(input, {}, {
    onProgress: (p) => {
      if (myJob !== st.job) return;
      latest = p;
      if (!progressRow.hidden) showProgress(p, what);
    },
    firstPage: exchangeQuery(st.filters, 0, CARD_BATCH),
  });
  st.running = h;
  if (!progressRow.hidden) showProgress(latest, what); // a superseded analysis's bar: this one's from now on
  const reveal = setTimeout(() => {
    if (st.running !== h) return;
    showProgress(latest, what);
    progressRow.hidden = false;
  }, PROGRESS_DELAY_MS);
  try {
    const sum = await h.promise;
    return myJob === st.job ? { sum } : null;
  } catch (e) {
    if (myJob !== st.job) return null;
    if (e && e.cancelled) return { cancelled: true };
    return { error: (e && e.error) || { message: errText(e), internal: true } };
  } finally {
    clearTimeout(reveal);
    if (st.running === h) {
      st.running = null;
      if (!progressRow.hidden) progressRow.hidden = true;
    }
  }
}

// busy marks the results pane aria-busy from an edit of the input until the
// answer to it is drawn: assistive technology then reads the new results
// once, not the old ones first (and a test can wait for the answer to the
// text it typed rather than for whatever was shown before).
const outEl = $("out");
function busy(on) {
  if (on) outEl.setAttribute("aria-busy", "true");
  else if (!typing) outEl.removeAttribute("aria-busy");
}

function show(res) {
  if (!res) return; // superseded: the newer job shows its own
  if (res.cancelled) {
    ui.renderCancelled();
  } else if (res.error) {
    ui.renderError(res.error);
  } else {
    ui.renderReport(res.sum).finally(() => {
      busy(false);
      setTimeout(offlineNow, 0);
    });
    return;
  }
  busy(false);
  setTimeout(offlineNow, 0);
}

async function analyzePaste() {
  clearTimeout(timer);
  typing = false;
  // Before the analyzer is ready too: the worker takes the paste as soon as
  // it can, without a warm-up of its own (the start below calls this again).
  const text = paste.value;
  if (st.source.kind === "paste" && text === st.lastPasted) {
    if (!st.running) busy(false);
    return;
  }
  st.lastPasted = text;
  const myJob = ++st.job;
  if (text.trim() === "") {
    if (st.running) st.running.cancel();
    st.source = { kind: "empty" };
    ui.renderEmpty();
    busy(false);
    return;
  }
  if (st.source.kind !== "capture" || text !== st.captureText) st.source = { kind: "paste" };
  // A string's length in UTF-16 units is at most its UTF-8 size, so this
  // refuses only what the analyzer would refuse, without copying the text.
  if (text.length > MAX_INPUT) {
    if (st.running) st.running.cancel();
    show(tooLarge("paste", text.length));
    return;
  }
  show(await analyze(text, myJob, ""));
}

function schedule() {
  clearTimeout(timer);
  typing = true;
  busy(true);
  timer = setTimeout(analyzePaste, DEBOUNCE_MS);
}

// setInput puts text in the paste box as a new input from source and
// analyses it.
function setInput(text, source) {
  paste.value = text;
  st.source = source;
  ui.renderFileList();
  ui.clearFilters();
  st.lastPasted = null;
  analyzePaste();
}

function loadText(text) {
  st.job++;
  setInput(text, { kind: "empty" });
}

// loadCapture analyses the paste a capture made of what the page saw.
function loadCapture(text) {
  st.captureText = text;
  setInput(text, { kind: "capture" });
}

function loadExample(id) {
  const ex = EXAMPLES.find((e) => e.id === id) || EXAMPLES[0];
  st.scrollAfterAnalysis = true;
  loadText(ex.text);
  paste.focus();
  paste.setSelectionRange(0, 0);
  paste.scrollTop = 0;
}

// ---- files ------------------------------------------------------------------

// openFiles analyses each file on its own (a HAR and a text log cannot be
// read as one input), lists them with their counts, and shows the first.
// The worker keeps one analysis, so they run last to first: the first file's
// analysis is the one left for the cards, paging and exports.
async function openFiles(list) {
  const files = [...list].filter((f) => f instanceof File);
  if (files.length === 0) return;
  st.scrollAfterAnalysis = true;
  clearTimeout(timer);
  const myJob = ++st.job;
  ui.clearFilters();
  const entries = files.map((file) => ({ file, result: null }));
  st.source = { kind: "file", files: entries, active: 0 };
  ui.renderFileList();
  for (let i = entries.length - 1; i >= 0; i--) {
    const what = entries.length > 1 ? entries[i].file.name + " (" + (i + 1) + " of " + entries.length + ")" : entries[i].file.name;
    // Too big for the analyzer: say so before reading a byte of it.
    const res = entries[i].file.size > MAX_INPUT ? tooLarge("file", entries[i].file.size) : await analyze(entries[i].file, myJob, what);
    if (!res) return;
    entries[i].result = res;
    ui.renderFileList();
    if (res.cancelled) {
      show(res);
      return;
    }
  }
  show(entries[0].result);
}

async function showFile(i) {
  const source = st.source;
  if (source.kind !== "file" || i === source.active) return;
  const myJob = ++st.job;
  source.active = i;
  ui.clearFilters();
  ui.renderFileList();
  const f = source.files[i].file;
  const res = f.size > MAX_INPUT ? tooLarge("file", f.size) : await analyze(f, myJob, f.name);
  if (!res) return;
  source.files[i].result = res;
  ui.renderFileList();
  show(res);
}

function backToPaste() {
  st.job++;
  if (st.running) st.running.cancel();
  st.source = { kind: "empty" };
  ui.renderFileList();
  st.lastPasted = null;
  analyzePaste();
  paste.focus();
}

// ---- wiring -----------------------------------------------------------------

function selectLine(n) {
  const r = lineRange(paste.value, n);
  if (!r) return;
  paste.focus();
  paste.setSelectionRange(r[0], r[1]);
  // Scroll the textarea so the line is visible.
  const lh = parseFloat(getComputedStyle(paste).lineHeight) || 20;
  paste.scrollTop = Math.max(0, (n - 3) * lh);
}

function isTyping(t) {
  return t instanceof Element && (t.closest("input, textarea, select, [contenteditable]:not([contenteditable=false])") !== null);
}

// The page's buttons, by what marks them: one listener on the document.
function onClick(ev) {
  const t = ev.target instanceof Element ? ev.target.closest("button, a[data-goto]") : null;
  if (!t) return;
  if (t.matches("a[data-goto]")) {
    ev.preventDefault();
    ui.gotoLine(t.getAttribute("data-goto"), Number(t.getAttribute("data-line")));
  } else if (t.hasAttribute("data-paste-line")) {
    selectLine(Number(t.getAttribute("data-paste-line")));
  } else if (t.hasAttribute("data-example")) {
    loadExample(t.getAttribute("data-example"));
  } else if (t.hasAttribute("data-filter")) {
    ui.setFilter(t.getAttribute("data-filter"), t.getAttribute("data-value"));
  } else if (t.hasAttribute("data-file")) {
    showFile(Number(t.getAttribute("data-file")));
  } else if (t.hasAttribute("data-export")) {
    sh.download(t.getAttribute("data-export"));
  } else if (t.id === "clear-filters") {
    ui.clearFilters();
    ui.refilter();
    $("filter-text").focus();
  } else if (t.id === "back-to-paste") {
    backToPaste();
  } else if (t.id === "share") {
    sh.shareStart();
  } else if (t.id === "share-confirm") {
    sh.shareConfirm();
  } else if (t.id === "share-cancel") {
    sh.shareCancel();
  }
}

// Dropping files anywhere on the input pane opens them; dropped text goes
// into the textarea as the browser does by default.
function wireDrop() {
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
}

function init() {
  paste.addEventListener("input", (ev) => {
    if (st.source.kind === "file") {
      st.source = { kind: "empty" };
      ui.renderFileList();
    }
    busy(true);
    // A paste or a drop is the whole input at once: no keystrokes to wait for.
    if (ev.inputType === "insertFromPaste" || ev.inputType === "insertFromDrop") analyzePaste();
    else schedule();
  });
  $("example").addEventListener("click", () => loadExample("explainer"));
  $("clear").addEventListener("click", () => {
    loadText("");
    paste.focus();
  });
  $("open-files").addEventListener("click", () => $("file-input").click());
  $("file-input").addEventListener("change", (ev) => {
    const files = ev.target.files;
    if (files && files.length) openFiles(files);
    ev.target.value = "";
  });
  $("cancel").addEventListener("click", () => {
    if (st.running) st.running.cancel();
  });
  wireDrop();

  $("filter-text").addEventListener("input", (ev) => {
    st.filters.text = ev.target.value;
    clearTimeout(filterTimer);
    filterTimer = setTimeout(ui.refilter, DEBOUNCE_MS);
  });
  $("keep-secrets").addEventListener("change", sh.syncKeepSecrets);
  sh.resetKeepSecrets();
  window.addEventListener("pageshow", sh.resetKeepSecrets);
  $("capture-form").addEventListener("submit", cap.sendCapture);
  document.addEventListener("click", onClick);

  // "/" jumps to the paste from anywhere but a text field.
  document.addEventListener("keydown", (ev) => {
    if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey || isTyping(ev.target)) return;
    ev.preventDefault();
    paste.focus();
  });

  const fromLink = sh.loadFromFragment();
  if (fromLink) st.scrollAfterAnalysis = true;
  $("jump-verdict").addEventListener("click", ui.jumpToVerdict);
  addEventListener("scroll", ui.onScroll, { passive: true });
  // The service worker fetches every file of the site again to keep them
  // for offline use: on a first visit that waits until the first verdict
  // is shown, or until the page has been ready and idle for a while.
  offlineLater();
  if (typeof requestIdleCallback === "function") requestIdleCallback(warmFonts, { timeout: 300 });
  else setTimeout(warmFonts, 0);
  engine.start().then(async (info) => {
    performance.mark("app:ready");
    if (fromLink !== null) await sh.maskLinkText(fromLink);
    st.engineReady = true;
    $("version").textContent = "v" + info.version;
    document.documentElement.dataset.ready = "true";
    status.textContent = "Ready.";
    if (paste.value.trim() === "") ui.renderEmpty();
    else analyzePaste(); // unless this text is already being analysed
  }, (e) => {
    ui.renderError({ message: "Could not load the analyzer: " + errText(e) }, "The analyzer did not start");
    status.textContent = "Failed to load";
  });
}

// warmFonts draws a few symbols in each font, size and weight of the
// results once, off screen, and removes them: on Linux each new one costs
// the first layout that uses it a synchronous round trip to the browser
// process (8 to 90 ms each in a cold load on a busy machine; style.css, the
// type scale), and the first verdict's layout then pays none. It runs when
// the page is idle after its start, while the analyzer still compiles.
// The fonts are style.css's ".font-warm > span:nth-child(n)" rules, one per
// [weight, size, family] the results use (a symbol missing from a font is
// looked up in another: the cards' symbols are in), so that the page sets
// no style attribute of its own.
const RESULT_FONT_COUNT = 16;
function warmFonts() {
  const spans = [];
  for (let i = 0; i < RESULT_FONT_COUNT; i++) spans.push(el("span", null, "Aa “→✎⋯…·” "));
  const box = el("div", { class: "font-warm", "aria-hidden": "true" }, spans);
  document.body.appendChild(box);
  void box.getBoundingClientRect().width;
  box.remove();
}

// offlineLater registers the service worker once the first verdict is on
// the screen (show calls offlineNow), or OFFLINE_IDLE_MS after the analyzer
// is ready when nothing is analysed by then; at once when one already
// controls the page (a later visit: nothing is fetched again).
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
