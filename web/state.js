// authtriage page: the page's state, in one object that app.js makes and
// hands to the views, instead of variables scattered over modules. The
// helpers below change or read it without touching the DOM
// (webtest/state.test.js).

// newState is the state of a page that shows nothing yet.
export function newState() {
  return {
    engineReady: false, // the analyzer answered start()
    // Where the shown results come from: {kind: "empty"}, {kind: "paste"},
    // {kind: "capture"} or {kind: "file", files: [{file, result}], active}.
    source: { kind: "empty" },
    job: 0, // increases with every new request for results
    running: null, // the analysis in flight: {cancel}
    lastPasted: null, // the paste text last analysed
    current: null, // the Summary shown, from engine.analyze
    filters: { classes: new Set(), severities: new Set(), text: "" },
    scrollAfterAnalysis: false, // bring the first verdict into view (a click, not typing)
    captureText: null, // the paste made from the last capture
    link: { text: null, note: "" }, // the input opened from a share link, and what is known of it
  };
}

// toggleFilter adds value to the filter of kind ("classes" or
// "severities"), or removes it when it is there.
export function toggleFilter(filters, kind, value) {
  if (filters[kind].has(value)) filters[kind].delete(value);
  else filters[kind].add(value);
}

// resetFilters empties every filter.
export function resetFilters(filters) {
  filters.classes.clear();
  filters.severities.clear();
  filters.text = "";
}

// filtersActive tells whether any filter narrows the list.
export function filtersActive(filters) {
  return filters.classes.size + filters.severities.size > 0 || filters.text !== "";
}

// exchangeQuery is engine.exchanges' query for one page of cards.
export function exchangeQuery(filters, offset, limit) {
  return { offset, limit, classes: [...filters.classes], severities: [...filters.severities], text: filters.text };
}

// pasteEditable tells whether the results come from the paste box, so that
// a cited line can be selected there.
export function pasteEditable(st) {
  return st.source.kind === "paste" || st.source.kind === "capture";
}
