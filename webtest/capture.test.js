import assert from "node:assert/strict";
import test from "node:test";

import { FORBIDDEN_REQUEST, SAFELISTED, capturePaste, parseHeaderLines, preflightCauses } from "../web/capture.js";

test("parseHeaderLines reads Name: value lines and names the others", () => {
  assert.deepEqual(parseHeaderLines("Authorization: Bearer abc \n\nX-Api-Key:k\r\nAccept :  */*"), {
    headers: [["Authorization", "Bearer abc"], ["X-Api-Key", "k"], ["Accept", "*/*"]],
    problems: [],
  });
  assert.deepEqual(parseHeaderLines("no colon\nBad Name: x\n: empty").problems, [
    "line 1 is not “Name: value”", "line 2 is not “Name: value”", "line 3 is not “Name: value”",
  ]);
});

test("preflightCauses: what makes a request not simple", () => {
  assert.deepEqual(preflightCauses("GET", [["Accept", "*/*"], ["Content-Type", "text/plain; charset=utf-8"]]), []);
  assert.deepEqual(preflightCauses("PUT", [["Authorization", "Bearer x"], ["Content-Type", "application/json"]]),
    ["the method PUT", "the header Authorization", "Content-Type application/json"]);
});

test("the header tables", () => {
  for (const n of ["Cookie", "host", "Origin", "Sec-Fetch-Mode", "Proxy-Authorization", "Access-Control-Request-Method"]) assert.ok(FORBIDDEN_REQUEST.test(n), n);
  for (const n of ["Authorization", "X-Api-Key", "Accept", "Content-Type"]) assert.ok(!FORBIDDEN_REQUEST.test(n), n);
  assert.ok(SAFELISTED.has("content-type") && !SAFELISTED.has("www-authenticate"));
});

const base = { method: "GET", sent: [["Authorization", "Bearer x"]], bodyText: null, status: 401, statusText: "Unauthorized", seen: [["content-type", "application/json"]], credentials: "same-origin", body: "{}" };

test("capturePaste: a same-origin exchange as seen", () => {
  const text = capturePaste({ ...base, url: new URL("https://app.example/api/me"), origin: "https://app.example", cors: false });
  assert.equal(text, "GET https://app.example/api/me HTTP/1.1\nHost: app.example\nAuthorization: Bearer x\n\nHTTP/1.1 401 Unauthorized\ncontent-type: application/json\n\n{}");
});

test("capturePaste: cross-origin adds Origin and restores the CORS headers the page cannot read", () => {
  const text = capturePaste({ ...base, method: "POST", bodyText: "a=1", credentials: "include", url: new URL("https://api.example/v1"), origin: "https://app.example", cors: true });
  assert.deepEqual(text.split("\n"), [
    "POST https://api.example/v1 HTTP/1.1", "Host: api.example", "Origin: https://app.example", "Authorization: Bearer x", "", "a=1", "",
    "HTTP/1.1 401 Unauthorized", "content-type: application/json",
    "Access-Control-Allow-Origin: https://app.example", "Access-Control-Allow-Credentials: true", "", "{}",
  ]);
  // Headers the page could read are not added twice.
  const seen = [["access-control-allow-origin", "*"]];
  const again = capturePaste({ ...base, seen, url: new URL("https://api.example/v1"), origin: "https://app.example", cors: true });
  assert.ok(!again.includes("Access-Control-Allow-Origin:"));
  assert.ok(!again.includes("Access-Control-Allow-Credentials"));
});
