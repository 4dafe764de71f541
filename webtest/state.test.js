import assert from "node:assert/strict";
import test from "node:test";

import { exchangeQuery, filtersActive, newState, pasteEditable, resetFilters, toggleFilter } from "../web/state.js";

test("a new state shows nothing and filters nothing", () => {
  const st = newState();
  assert.equal(st.source.kind, "empty");
  assert.equal(st.current, null);
  assert.ok(!filtersActive(st.filters));
  // Each page gets its own state.
  assert.notEqual(newState().filters.classes, st.filters.classes);
});

test("filters toggle, combine and reset", () => {
  const { filters } = newState();
  toggleFilter(filters, "classes", "authentication");
  toggleFilter(filters, "severities", "high");
  assert.ok(filtersActive(filters));
  assert.deepEqual(exchangeQuery(filters, 50, 50), { offset: 50, limit: 50, classes: ["authentication"], severities: ["high"], text: "" });
  toggleFilter(filters, "classes", "authentication");
  assert.deepEqual([...filters.classes], []);
  assert.ok(filtersActive(filters));
  resetFilters(filters);
  assert.ok(!filtersActive(filters));
  filters.text = "403";
  assert.ok(filtersActive(filters));
  resetFilters(filters);
  assert.equal(filters.text, "");
});

test("only a paste or a capture can be edited in the paste box", () => {
  const st = newState();
  const kinds = { empty: false, paste: true, capture: true, file: false };
  for (const [kind, want] of Object.entries(kinds)) {
    st.source = { kind };
    assert.equal(pasteEditable(st), want, kind);
  }
});
