import assert from "node:assert/strict";
import test from "node:test";

import { errText, isRuleID, lineAt, lineRange, plural, proseParts, quoteParts, safeRefURL, size, splitLines, visible } from "../web/text.js";

test("plural", () => {
  assert.equal(plural(0, "line"), "0 lines");
  assert.equal(plural(1, "line"), "1 line");
  assert.equal(plural(2, "entry", "entries"), "2 entries");
});

test("size", () => {
  assert.equal(size(1), "1 byte");
  assert.equal(size(1023), "1023 bytes");
  assert.equal(size(2048), "2.0 KB");
  assert.equal(size(3 * 1024 * 1024 + 512 * 1024), "3.5 MB");
});

test("visible shows controls and bidi marks, and leaves the rest", () => {
  assert.equal(visible("a\u0000b\u001bc\u007f"), "a\u2400b\u241bc\u2421");
  assert.equal(visible("x\u202ey\u2066"), "x<U+202E>y<U+2066>");
  assert.equal(visible("tab\tnew\nline é €"), "tab\tnew\nline é €");
  assert.equal(visible(42), "42");
});

test("errText reads the engine's errors, Errors and anything else", () => {
  assert.equal(errText({ error: { message: "line 3: no message" } }), "line 3: no message");
  assert.equal(errText(new TypeError("Failed to fetch")), "Failed to fetch");
  assert.equal(errText("plain"), "plain");
  assert.equal(errText(undefined), "undefined");
});

test("proseParts marks backtick spans as code and nothing else", () => {
  assert.deepEqual(proseParts("send `WWW-Authenticate` with `Bearer`."), [
    { code: false, text: "send " },
    { code: true, text: "WWW-Authenticate" },
    { code: false, text: " with " },
    { code: true, text: "Bearer" },
    { code: false, text: "." },
  ]);
  // A trailing unmatched backtick stays text, with its backtick.
  assert.deepEqual(proseParts("a `b"), [{ code: false, text: "a " }, { code: false, text: "`b" }]);
  // Markup is text.
  assert.deepEqual(proseParts("<b>x</b>"), [{ code: false, text: "<b>x</b>" }]);
  assert.deepEqual(proseParts(""), []);
  assert.deepEqual(proseParts(null), []);
});

test("quoteParts cuts around the first occurrence of the mark", () => {
  assert.deepEqual(quoteParts("WWW-Authenticate: Bearer error=invalid_token", "error=invalid_token"), ["WWW-Authenticate: Bearer ", "error=invalid_token", ""]);
  assert.deepEqual(quoteParts("a b a", "a"), ["", "a", " b a"]);
  assert.equal(quoteParts("abc", ""), null);
  assert.equal(quoteParts("abc", undefined), null);
  assert.equal(quoteParts("abc", "x"), null);
  assert.equal(quoteParts("abc", "abc"), null);
});

test("safeRefURL keeps https links only", () => {
  assert.equal(safeRefURL("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2"), "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2");
  for (const bad of ["javascript:alert(1)", "http://example.com/", "data:text/html,x", "rules.html#AT1001", "", null, "JaVaScRiPt:x"]) {
    assert.equal(safeRefURL(bad), null, String(bad));
  }
});

test("isRuleID", () => {
  for (const id of ["AT1001", "AT9001", "X1"]) assert.ok(isRuleID(id), id);
  for (const id of ["at1001", "AT", "1001", "AT1001 ", "AT1001\"", "ABCDE1", "AT1234567", "", undefined]) assert.ok(!isRuleID(id), String(id));
});

test("lineRange finds a line's offsets for a selection", () => {
  const text = "GET / HTTP/1.1\nHost: a\n\nHTTP/1.1 401";
  assert.deepEqual(lineRange(text, 1), [0, 14]);
  assert.deepEqual(lineRange(text, 2), [15, 22]);
  assert.deepEqual(lineRange(text, 3), [23, 23]);
  assert.equal(text.slice(...lineRange(text, 4)), "HTTP/1.1 401");
  assert.equal(lineRange(text, 0), null);
  assert.equal(lineRange(text, 5), null);
});

test("lineAt counts CR LF and bare CR as line ends", () => {
  const text = "one\r\ntwo\rthree\nfour";
  assert.deepEqual(splitLines(text), ["one", "two", "three", "four"]);
  assert.equal(lineAt(text, 3), "three");
  assert.equal(lineAt(text, 5), null);
  assert.equal(lineAt(text, 0), null);
});
