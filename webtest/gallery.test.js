import assert from "node:assert/strict";
import test from "node:test";

import { EXAMPLES } from "../web/gallery.js";

// classifier/gallery_test.go checks what the analyzer makes of each
// example; this checks what the page needs of them.
test("each example has an id, a title, a caption and lines", () => {
  const ids = new Set();
  for (const ex of EXAMPLES) {
    assert.match(ex.id, /^[a-z0-9-]+$/);
    assert.ok(!ids.has(ex.id), "duplicate id " + ex.id);
    ids.add(ex.id);
    assert.ok(ex.title && ex.caption, ex.id);
    assert.ok(Array.isArray(ex.lines) && ex.lines.length > 1 && ex.lines.every((l) => typeof l === "string"), ex.id);
  }
  assert.ok(ids.has("explainer"), "the Load example button opens the explainer");
});
