import assert from "node:assert/strict";
import test from "node:test";

import { SHARE_LIMIT, fragmentPayload, fromBase64URL, shareLink, toBase64URL } from "../web/share.js";

test("base64url round-trips any text, without padding or + and /", () => {
  for (const s of ["", "a", "ab", "abc", "GET / HTTP/1.1\r\nHost: a\r\n\r\n", "é€😀\u0000\u202e", "?>>?>>"]) {
    const enc = toBase64URL(s);
    assert.match(enc, /^[A-Za-z0-9_-]*$/, s);
    assert.equal(fromBase64URL(enc), s);
  }
  assert.equal(toBase64URL("?>>"), "Pz4-"); // "Pz4+" in plain base64
  // Longer than one chunk of the encoder.
  const big = "x€".repeat(0x8000);
  assert.equal(fromBase64URL(toBase64URL(big)), big);
});

test("fromBase64URL refuses bytes that are not UTF-8", () => {
  assert.throws(() => fromBase64URL("_w")); // 0xff
  assert.throws(() => fromBase64URL("!!!"));
});

test("fragmentPayload reads #paste= and nothing else", () => {
  assert.equal(fragmentPayload("#paste=R0VU"), "R0VU");
  assert.equal(fragmentPayload("#paste="), "");
  for (const h of ["", "#", "#paste", "#paste=a+b", "#x=1&paste=R0VU", "#paste=R0VU&x", "?paste=R0VU"]) assert.equal(fragmentPayload(h), null, h);
});

test("shareLink drops the page's fragment and refuses long links", () => {
  const link = shareLink("https://example.github.io/authtriage/?q=1#old", "GET / HTTP/1.1");
  assert.equal(link.url, "https://example.github.io/authtriage/?q=1#paste=" + toBase64URL("GET / HTTP/1.1"));
  assert.equal(fromBase64URL(fragmentPayload(new URL(link.url).hash)), "GET / HTTP/1.1");
  const long = shareLink("https://a/", "x".repeat((SHARE_LIMIT / 4) * 3 + 3));
  assert.equal(long.url, undefined);
  assert.ok(long.tooLong > SHARE_LIMIT);
  assert.ok(shareLink("https://a/", "x".repeat((SHARE_LIMIT / 4) * 3)).url);
});
