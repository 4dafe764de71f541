// authtriage page: pure text helpers. Nothing here touches the DOM, so the
// functions run under Node's test runner as they do in the page
// (webtest/text.test.js).

// plural(2, "line") → "2 lines"; plural(1, "entry", "entries") → "1 entry".
export function plural(n, one, many) {
  return n + " " + (n === 1 ? one : many || one + "s");
}

// size(2048) → "2.0 KB": a byte count as the page shows it.
export function size(n) {
  if (n < 1024) return plural(n, "byte");
  if (n < 1024 * 1024) return (n / 1024).toFixed(1) + " KB";
  return (n / 1024 / 1024).toFixed(1) + " MB";
}

// visible makes invisible characters in quoted paste text visible: C0 controls
// (terminal escapes, NUL) become their Unicode control pictures, and bidi
// controls, which could reorder what the reader sees, become <U+202E> marks.
// visible("a\u0000b\u202e") → "a␀b<U+202E>".
export function visible(text) {
  return String(text).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => String.fromCharCode(c === "\u007f" ? 0x2421 : 0x2400 + c.charCodeAt(0)))
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => "<U+" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0") + ">");
}

// errText is the message of an error as the engine or the DOM reports it:
// {error: {message}}, an Error, or anything else as a string.
export function errText(e) {
  if (e && e.error && e.error.message) return e.error.message;
  if (e && e.message) return e.message;
  return String(e);
}

// proseParts splits the classifier's sentences, which mark header names and
// values with `backticks`, into [{code, text}] runs; nothing else is
// interpreted, and a trailing unmatched backtick stays text.
// proseParts("send `WWW-Authenticate`") → [{code: false, text: "send "}, {code: true, text: "WWW-Authenticate"}].
export function proseParts(text) {
  const parts = String(text || "").split("`");
  const out = [];
  parts.forEach((part, i) => {
    if (part === "") return;
    // Odd parts sit between backticks; a trailing unmatched one stays text.
    if (i % 2 === 1 && i < parts.length - 1) out.push({ code: true, text: part });
    else out.push({ code: false, text: i % 2 === 1 ? "`" + part : part });
  });
  return out;
}

// quoteParts cuts an evidence quote around the part it rests on:
// [before, mark, after], or null when there is nothing to mark (no mark, a
// mark not in the text, or a mark that is the whole text).
export function quoteParts(text, mark) {
  const i = mark ? text.indexOf(mark) : -1;
  if (i < 0 || mark === text) return null;
  return [text.slice(0, i), mark, text.slice(i + mark.length)];
}

// safeRefURL accepts only absolute https links: references come from the rule
// catalogue, and this keeps a mistake there from becoming a javascript: link.
export function safeRefURL(u) {
  try {
    const url = new URL(String(u));
    return url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

// isRuleID tells a rule's ID ([A-Z]+digits, "AT1001"), the only thing the
// page turns into a link to the catalogue.
export function isRuleID(id) {
  return /^[A-Z]{1,4}[0-9]{1,6}$/.test(String(id));
}

// lineRange is where line n (1-based) of text lies, as [start, end) offsets
// for setSelectionRange, or null when text has no line n. Lines end at "\n".
export function lineRange(text, n) {
  const lines = text.split("\n");
  if (n < 1 || n > lines.length) return null;
  let start = 0;
  for (let i = 0; i < n - 1; i++) start += lines[i].length + 1;
  return [start, start + lines[n - 1].length];
}

// lineAt is line n (1-based) of text with CR LF and bare CR read as line
// ends, as the analyzer counts them, or null past the end.
export function lineAt(text, n) {
  const lines = splitLines(text);
  return n >= 1 && n <= lines.length ? lines[n - 1] : null;
}

// splitLines splits text at CR LF, bare CR and LF.
export function splitLines(text) {
  return text.replace(/\r\n?/g, "\n").split("\n");
}
