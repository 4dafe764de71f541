// authtriage engine: the page's way to the analyzer, which runs in a Web
// Worker (worker.js) so that a big input never freezes the page.
//
//   start()                                  → Promise<{version}>
//   analyze(input, options, {onProgress, firstPage})
//                                            → {promise: Promise<Summary>, cancel()}
//   exchanges({offset, limit, classes, severities, text}) → Promise<{total, items}>
//   inputLines(start, end)                   → Promise<string[]>  (1-based, inclusive)
//   exportReport(format, {keepSecrets})      → Promise<{text, mime, filename, redacted}>
//   redacted()                               → Promise<{text, secrets}>: the analysed input, masked
//   redactText(text)                         → Promise<{text, secrets}>: another text (a link's), masked
//   registerOffline()                        → Promise<boolean>: the service worker for offline use
//   stats()                                  → Promise<{wasmBytes, inputChars}>: the worker's memory (tests, diagnostics)
//   marks()                                  → Promise<[name, ms][]>: the worker's boot and analysis milestones,
//                                              in ms since this page's navigation (make bench)
//
// input is a string, a File or Blob, or an array of them (read in the worker,
// joined by a blank line). A rejected promise carries {cancelled: true} after
// cancel(), or {error: {message, line, expected, internal}} otherwise.
//
// Progress phases, in order: "reading" (done/total in bytes), "parsing"
// (total 0: no measure), "analyzing" (done/total in exchanges), "secrets"
// (once, 1/1: the credentials the analysis found, behind Summary.secrets).
// The report stays in the worker's Go program: analyze resolves to its
// summary (exchangeCount kept in full, omitted past the cap), and
// exchanges() brings pages of it. With firstPage (an exchanges() query), the
// summary also carries that page, made in the same turn of the worker:
// Summary.firstPage = {query, page} (the page as exchanges() answers it),
// one round trip less before the first cards.
// cancel() ends the worker, with every request in flight; the next call
// starts a fresh one, which knows no previous analysis.

let worker = null;
let started = null; // Promise<{version}> of the current worker
let nextId = 1;
const pending = new Map(); // id → {resolve, reject, onProgress}

// The module is fetched and compiled here, on the page, as soon as this
// module runs: a streaming compilation runs off the main thread, and it
// starts before the worker's own script has even loaded. The compiled
// module is handed to each worker (a cancel's new worker compiles nothing).
// null when the page cannot compile it (e.g. a host serving .wasm with
// another MIME type): the worker then fetches it itself.
let compiled = null;

function compileModule() {
  if (!compiled) {
    compiled = typeof WebAssembly === "object" && typeof WebAssembly.compileStreaming === "function"
      ? WebAssembly.compileStreaming(fetch(new URL("authtriage.wasm", import.meta.url))).catch(() => {
          compiled = null; // fetched again by the next worker
          return null;
        })
      : Promise.resolve(null);
  }
  return compiled;
}

function spawn() {
  performance.mark("engine:spawn");
  // The worker first: its script and wasm_exec.js load while the module
  // compiles, and on a fast connection they take longer.
  worker = new Worker(new URL("worker.js", import.meta.url));
  const module = compileModule();
  const w0 = worker;
  module.then((m) => {
    performance.mark("engine:compiled");
    if (worker === w0) w0.postMessage({ cmd: "module", module: m });
  });
  worker.onmessage = (ev) => {
    const { id, progress, result, error } = ev.data || {};
    const p = pending.get(id);
    if (!p) return;
    if (progress) {
      if (p.onProgress) {
        try {
          p.onProgress(progress);
        } catch (e) {
          console.error(e);
        }
      }
      return;
    }
    pending.delete(id);
    if (result && result.json !== undefined && p.mark) performance.mark(p.mark);
    if (error) p.reject({ error });
    else p.resolve(result);
    // The Go program in the worker died (out of memory): end the worker so
    // that its memory goes back, and let the next request start a new one.
    if (error && error.restart) stop(null);
  };
  worker.onerror = (ev) => {
    // The worker script itself failed (load error, uncaught exception).
    const error = { message: "the analyzer failed: " + (ev.message || "worker error"), internal: true };
    ev.preventDefault();
    stop({ error });
  };
  const w = worker;
  started = request("start", {});
  started.then(
    () => warmAside(w),
    () => {
      if (worker === w) stop(null);
    },
  );
  return started;
}

// warmAside warms the analyzer up in a worker of its own, ended after: the
// engine compiles each function of the module on its first call, the code is
// the module's, shared by every worker it was given to, so the analyses of
// worker w then run warm, and a paste sent meanwhile never waits behind the
// warm-up (w takes it at once). Only when the page compiled the module, and
// only if no analysis has been asked by then (its own analysis warms the same
// code).
let analysisAsked = false;
function warmAside(w) {
  setTimeout(async () => {
    const m = await compileModule();
    if (!m || analysisAsked || worker !== w) return;
    const helper = new Worker(new URL("worker.js", import.meta.url));
    const end = () => helper.terminate();
    helper.onmessage = (ev) => {
      if (ev.data && ev.data.id === 0 && !ev.data.progress) end();
    };
    helper.onerror = (ev) => {
      ev.preventDefault();
      end();
    };
    helper.postMessage({ cmd: "module", module: m });
    helper.postMessage({ id: 0, cmd: "warm" });
  }, 0);
}

// stop ends the worker and rejects everything it was doing with reason.
function stop(reason) {
  if (worker) worker.terminate();
  worker = null;
  started = null;
  const waiting = [...pending.values()];
  pending.clear();
  if (reason) for (const p of waiting) p.reject(reason);
}

function request(cmd, args, onProgress) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    // An analysis's answer is marked as it arrives (make bench's phases).
    pending.set(id, { resolve, reject, onProgress, mark: cmd === "analyze" ? "engine:answer" : "" });
    worker.postMessage(Object.assign({ id, cmd }, args));
  });
}

function ensure() {
  if (!worker) spawn();
  return worker;
}

export function start() {
  ensure();
  return started;
}

export function analyze(input, options = {}, { onProgress, firstPage } = {}) {
  analysisAsked = true;
  ensure();
  const w = worker;
  let done = false;
  const promise = request("analyze", { input, options: plain(options), firstPage: firstPage ? plain(firstPage) : null }, onProgress).then(summary);
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  return {
    promise,
    cancel() {
      if (done || worker !== w) return;
      stop({ cancelled: true });
    },
  };
}

export function exchanges(query = {}) {
  ensure();
  return request("exchanges", { query: plain(query) }).then((r) => JSON.parse(r.json));
}

// summary makes the worker's answer to analyze, the analyzer's JSON text
// (worker.js: it crosses as one string), the Summary analyze promises.
function summary({ json, firstPage }) {
  const sum = JSON.parse(json);
  if (!sum.secrets) sum.secrets = [];
  if (firstPage) sum.firstPage = { query: firstPage.query, page: JSON.parse(firstPage.json) };
  return sum;
}

export function inputLines(start, end) {
  ensure();
  return request("inputLines", { start, end });
}

export function exportReport(format, { keepSecrets = false, name } = {}) {
  ensure();
  return request("exportReport", { format, keepSecrets: keepSecrets === true, name });
}

export function redacted() {
  ensure();
  return request("redacted", {});
}

export async function marks() {
  ensure();
  const m = await request("marks", {});
  return m.map(([name, at]) => [name, at - performance.timeOrigin]);
}

export function redactText(text) {
  ensure();
  return request("redactText", { text: String(text) });
}

export function stats() {
  ensure();
  return request("stats", {});
}

// plain drops functions and other things a message cannot carry.
function plain(v) {
  return v == null ? {} : JSON.parse(JSON.stringify(v));
}

// registerOffline registers sw.js, which keeps the site's own files so that
// the page works offline after one visit. It does nothing on file: pages or
// where service workers are unavailable. The URL is relative to this module,
// so the scope is the directory the site is served from.
export async function registerOffline() {
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return false;
  try {
    await navigator.serviceWorker.register(new URL("sw.js", import.meta.url));
    return true;
  } catch (e) {
    console.warn("authtriage: offline support unavailable:", e);
    return false;
  }
}

// The analyzer starts as the page loads: index.html loads this module on its
// own (async), ahead of the page's script, so the worker and the streaming
// compilation of the module begin while the rest of the page is still
// being read.
if (typeof Worker === "function") start();
