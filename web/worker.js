// authtriage worker: runs the Go analyzer (authtriage.wasm) off the page's
// main thread. engine.js is its only client; see engine.js for the API.
//
// It keeps the last input and its parsed report, so the page asks for pages
// of exchanges, lines of the input and exports without the big strings ever
// crossing to the main thread. Files are read here, not in the page.
//
// Messages in:  {id, cmd, ...args}
// Messages out: {id, progress: {phase, done, total}} while working,
//               then {id, result} or {id, error}. The results of analyze
//               and exchanges carry the analyzer's JSON text unparsed
//               ({json}), which engine.js parses.
"use strict";

// MARKS: the boot's and the first analyses' milestones, as [name, epoch ms]
// (timeOrigin + now, comparable with the page's clock); LAST: those of the
// latest analysis, from its "analyze:start" on. engine.js marks() reads
// both, MARKS first. A few array pushes, nothing more.
const MARKS = [];
let LAST = [];
function mark(name) {
  const m = [name, performance.timeOrigin + performance.now()];
  if (MARKS.length < 64) MARKS.push(m);
  if (name === "analyze:start") LAST = [];
  if (LAST.length < 16) LAST.push(m);
}
mark("worker:start");

// The page compiles the module and sends it ({cmd: "module", module}) as
// soon as it can; module null means the page could not, and the worker
// fetches and compiles it itself.
const WASM_URL = new URL("authtriage.wasm", self.location.href);
let gotModule;
let compiling = new Promise((resolve) => {
  gotModule = (m) => {
    mark(m ? "wasm:received" : "wasm:fetch");
    resolve(m || compile());
  };
});

function compile() {
  const p = WebAssembly.compileStreaming(fetch(WASM_URL))
    .catch(async () => {
      // A host sending .wasm with another MIME type: compile from the bytes.
      const resp = await fetch(WASM_URL);
      if (!resp.ok) throw new Error("fetching authtriage.wasm: HTTP " + resp.status);
      return WebAssembly.compile(await resp.arrayBuffer());
    })
    .then((m) => {
      mark("wasm:compiled");
      return m;
    });
  p.catch(() => {}); // boot() reports the failure
  return p;
}

importScripts("wasm_exec.js");
mark("worker:wasm_exec");

const PROGRESS_MS = 50; // at most one progress message per this many ms per phase
const READ_CHUNK_REPORT = 1 << 20; // report reading at least every MiB

let bridge = null; // globalThis.authtriage once the Go program runs
let booting = null;
let wasmMemory = null; // the Go program's linear memory, for stats()

let lastText = null;
let lastLines = null; // lastText split into lines, made on first use
let lastReport = null; // true once lastText's report is kept in the Go program
let lastOptions = {};

function boot() {
  if (booting) return booting;
  booting = (async () => {
    const go = new Go();
    const ready = new Promise((resolve) => {
      self.onAuthtriageReady = resolve;
    });
    let module;
    try {
      module = await (compiling || compile());
    } catch (e) {
      compiling = null; // the next boot fetches again
      throw e;
    }
    const instance = await WebAssembly.instantiate(module, go.importObject);
    mark("wasm:instantiated");
    wasmMemory = instance.exports.mem || null;
    go.run(instance).then(() => {
      bridge = null;
      booting = null;
    });
    const api = await ready;
    mark("go:ready");
    bridge = api;
    return api;
  })();
  booting.catch(() => {
    booting = null;
  });
  return booting;
}

// The first analysis pays for one-time set-up: the engine compiles each
// function of the module on its first call (100 ms and more). That code
// lives in the module, which every worker given it shares: engine.js starts
// a second worker for a warm-up ({cmd: "warm"}) once this one is ready and
// no analysis has been asked, and ends it after; this worker never runs a
// warm-up itself, so a paste never waits for one.
// The warm-up takes the page's own path (open, then a page of cards) on a
// paste of the common shape: a request with a bearer token, refused with a
// challenge and a JSON error body, and a 403.
const WARM_UP = [
  "GET /v1/items HTTP/1.1",
  "Host: api.example.com",
  "Authorization: Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ3YXJtLXVwIn0.",
  "",
  "HTTP/1.1 401 Unauthorized",
  'WWW-Authenticate: Bearer realm="api", error="invalid_token"',
  "Content-Type: application/json",
  "",
  '{"error":"invalid_token"}',
  "",
  "GET /v1/admin HTTP/1.1",
  "Host: api.example.com",
  "",
  "HTTP/1.1 403 Forbidden",
  "",
].join("\n");
async function warm() {
  const api = await boot();
  api.open(WARM_UP, {});
  api.page({ offset: 0, limit: 50 });
  mark("go:warm");
  return true;
}

// reporter returns a function that posts progress for request id, at most
// every PROGRESS_MS per phase, always on a change of phase or at the end.
function reporter(id) {
  let lastPhase = "";
  let lastAt = 0;
  return (phase, done, total) => {
    const now = performance.now();
    const final = total > 0 && done >= total;
    if (phase === lastPhase && !final && now - lastAt < PROGRESS_MS) return;
    lastPhase = phase;
    lastAt = now;
    self.postMessage({ id, progress: { phase, done, total } });
  };
}

// readInput turns a string, a File/Blob or an array of them into text,
// reporting bytes read. Several inputs are joined by a blank line.
async function readInput(input, progress) {
  if (typeof input === "string") return input;
  const parts = Array.isArray(input) ? input : [input];
  let total = 0;
  for (const p of parts) total += typeof p === "string" ? p.length : p.size;
  let done = 0;
  const texts = [];
  for (const p of parts) {
    if (typeof p === "string") {
      texts.push(p);
      done += p.length;
      continue;
    }
    if (!(p instanceof Blob)) throw new TypeError("input must be a string, a File or a Blob");
    progress("reading", done, total);
    const reader = p.stream().getReader();
    const decoder = new TextDecoder("utf-8");
    const chunks = [];
    let sinceReport = 0;
    for (;;) {
      const { value, done: end } = await reader.read();
      if (end) break;
      chunks.push(decoder.decode(value, { stream: true }));
      done += value.byteLength;
      sinceReport += value.byteLength;
      if (sinceReport >= READ_CHUNK_REPORT) {
        sinceReport = 0;
        progress("reading", done, total);
      }
    }
    chunks.push(decoder.decode());
    texts.push(chunks.join(""));
  }
  progress("reading", total, total);
  return texts.length === 1 ? texts[0] : texts.join("\n\n");
}

// outOfMemory is the error for a bridge call that returned no answer: the Go
// program stopped in the middle of it, which for a big input means it ran
// out of memory. The worker is then useless; engine.js ends it, and the next
// request starts a fresh one.
function outOfMemory() {
  bridge = null;
  booting = null;
  lastText = lastLines = lastReport = null;
  const message =
    "the analyzer ran out of memory on this input and stopped. Split it into smaller parts (a few MiB each), " +
    "or run the command line on it (it streams its report): `authtriage -format text FILE`.";
  const err = new Error(message);
  err.detail = { message, internal: false, restart: true };
  return err;
}

// The bridge's answers are JSON text, and its error answers, and only they,
// begin with ERROR_START (classifier.ErrorJSON).
const ERROR_START = '{"error":';

// checkAnswer returns json, a bridge call's answer, unparsed, or throws its
// error. An analysis and its page cross to the page as this text: one
// string is cheaper to copy between threads than the object graph a parse
// here would make, and the page parses it once (engine.js).
function checkAnswer(json) {
  if (typeof json !== "string") throw outOfMemory();
  if (json.startsWith(ERROR_START)) parseAnswer(json);
  return json;
}

function parseAnswer(json) {
  if (typeof json !== "string") throw outOfMemory();
  const v = JSON.parse(json);
  if (v && v.error) {
    const err = new Error(v.error.message);
    err.detail = v.error;
    throw err;
  }
  return v;
}

async function analyze(id, { input, options, firstPage }) {
  const api = await boot();
  const progress = reporter(id);
  const text = await readInput(input, progress);
  const opts = Object.assign({}, options || {}, { onProgress: progress });
  // Forget the previous input first: a failed analysis must not leave an
  // old report answering for a new text.
  lastText = lastLines = lastReport = null;
  // The report stays in the Go program: only its summary crosses here, and
  // pages of exchanges follow on request.
  mark("analyze:start");
  const sum = checkAnswer(api.open(text, opts));
  mark("analyze:open");
  // The summary holds the credentials the analysis found (kind, label, line,
  // preview; never a value): the same ones every export and the share text
  // mask.
  progress("secrets", 1, 1);
  mark("analyze:end");
  lastText = text;
  lastReport = true;
  lastOptions = options || {};
  // The first page of cards goes with the summary: the page would ask for
  // it at once. engine.js parses both: {json, firstPage: {query, json}}.
  const out = { json: sum };
  if (firstPage) out.firstPage = { query: firstPage, json: exchangesJSON(firstPage) };
  return out;
}

function needReport() {
  if (!lastReport) throw new Error("no analysis yet");
}

// exchangesJSON is a page of the kept report's exchanges, as the bridge's
// JSON text ({total, items}).
function exchangesJSON({ offset = 0, limit = 50, classes = [], severities = [], text = "" } = {}) {
  needReport();
  mark("page:start");
  const page = checkAnswer(bridge.page({ offset, limit, classes, severities, text }));
  mark("page:end");
  return page;
}

function inputLines(start, end) {
  if (lastText === null) throw new Error("no analysis yet");
  if (!lastLines) lastLines = lastText.split("\n");
  const s = Math.max(1, start | 0);
  const e = Math.min(lastLines.length, end | 0);
  return e < s ? [] : lastLines.slice(s - 1, e).map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
}

async function redacted() {
  const api = await boot();
  if (lastText === null) throw new Error("no analysis yet");
  return parseAnswer(api.redact(lastText));
}

// redactText masks the credentials of a text that is not the current
// analysis: a paste opened from a link, before it is analysed.
async function redactText(text) {
  const api = await boot();
  if (typeof text !== "string") throw new TypeError("text must be a string");
  return parseAnswer(api.redact(text));
}

// exportReport writes the report the page shows (the analysis the Go program
// keeps), masked unless keepSecrets: the bridge renders that analysis, it
// never re-analyses.
async function exportReport({ format, keepSecrets = false, name }) {
  const api = await boot();
  if (lastText === null) throw new Error("no analysis yet");
  const opts = { format, name: name || "paste", options: lastOptions, keepSecrets: keepSecrets === true };
  const out = parseAnswer(api.render(lastText, opts));
  const stem = keepSecrets ? "authtriage-report-UNREDACTED" : "authtriage-report";
  return { text: out.text, mime: out.mime, filename: stem + "." + out.ext, redacted: !keepSecrets };
}

const commands = {
  start: async () => ({ version: (await boot()).version }),
  warm: () => warm(),
  analyze: (id, msg) => analyze(id, msg),
  exchanges: (id, msg) => ({ json: exchangesJSON(msg.query) }),
  inputLines: (id, msg) => inputLines(msg.start, msg.end),
  redacted: () => redacted(),
  redactText: (id, msg) => redactText(msg.text),
  exportReport: (id, msg) => exportReport(msg),
  // The wasm memory only grows, so its size is the peak the Go program used.
  marks: () => MARKS.concat(LAST),
  stats: () => ({ wasmBytes: wasmMemory ? wasmMemory.buffer.byteLength : 0, inputChars: lastText === null ? 0 : lastText.length }),
};

self.onmessage = async (ev) => {
  const { id, cmd } = ev.data || {};
  if (cmd === "module") {
    if (gotModule) gotModule(ev.data.module instanceof WebAssembly.Module ? ev.data.module : null);
    gotModule = null;
    return;
  }
  const fn = commands[cmd];
  try {
    if (!fn) throw new Error("unknown command " + cmd);
    const result = await fn(id, ev.data);
    self.postMessage({ id, result });
  } catch (e) {
    const detail = e && e.detail ? e.detail : { message: String(e && e.message ? e.message : e) };
    self.postMessage({ id, error: detail });
  }
};
