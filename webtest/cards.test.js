import assert from "node:assert/strict";
import test from "node:test";

import { readingText } from "../web/cards.js";

test("readingText says how a paste was read, once", () => {
  assert.equal(readingText("read as a curl -v transcript"), "Read as a curl -v transcript");
  assert.equal(readingText("read by the general reader: status 403 from prose"), "Read by the general reader: status 403 from prose");
  assert.equal(readingText(""), "Read as text");
});
