// authtriage page: the sign-in flows of a report (report.flows), drawn as
// timelines. Each flow is a sequence diagram in SVG: the client and the hosts
// the steps went to are the lanes, each step is an arrow from the client to
// its host, labelled with its number, request and status, and the step where
// the flow broke is marked. Each step is a link to its exchange's card;
// Tab reaches the steps, the arrow keys move between them.
//
// Everything is built with DOM calls and text nodes, never markup, and styled
// by classes in style.css (the page's CSP allows no inline style). The work
// is bounded by the flows' steps (the analyzer keeps at most 8 flows of 40
// steps), never by the size of the paste.

const SVG = "http://www.w3.org/2000/svg";
const LANE_W = 150; // width of one lane
const PAD = 10; // left and right margin
const HEAD_H = 40; // lane titles
const ROW_H = 46; // one step
const CHAR_W = 6.7; // width of a label character at the labels' 11px monospace
const MAX_W = 980; // widest timeline; longer labels are cut (the full text is in the step's name)

const KIND_WORDS = {
  broken: "broken",
  completed: "completed",
  incomplete: "incomplete in this paste",
};

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null && v !== false) e.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function html(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null && v !== false) e.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

// prefix shortens s to at most n characters at a word boundary, with no
// mark of its own: the step's accessible name holds the whole label, and
// must hold the visible text as it is.
function prefix(s, n) {
  s = String(s == null ? "" : s);
  if (s.length <= n) return s;
  const k = s.lastIndexOf(" ", n);
  return s.slice(0, k > n / 2 ? k : n);
}

// cut shortens s to n characters with an ellipsis.
function cut(s, n) {
  s = String(s == null ? "" : s);
  return s.length <= n ? s : s.slice(0, Math.max(1, n - 1)) + "…";
}

function int(v) {
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

// stepText says what a step did, for its label and for screen readers.
function stepText(s) {
  const req = [s.method, (s.host || "") + (s.path || "")].filter(Boolean).join(" ") || "response";
  return req + (s.status ? " → " + int(s.status) : "");
}

function stepLabel(s) {
  return int(s.n) + ". " + stepText(s) + " · " + (s.label || s.kind || "");
}

function stepWords(s, f) {
  let t = stepLabel(s) + " (step " + int(s.n) + " of " + f.steps.length + ")";
  if (s.issues && s.issues.length) t += "; issues " + s.issues.join(", ");
  if (s.carries && s.carries.length) t += "; carries " + s.carries.join(", ");
  if (s.broken) t += ". The flow broke here";
  return t + ". Opens exchange #" + (int(s.exchange) + 1) + ".";
}

// timeline draws one flow as an SVG sequence diagram.
function timeline(f, onStep) {
  const lanes = ["client"].concat((f.hosts || []).map(String));
  const laneOf = new Map(lanes.map((h, i) => [h, i]));
  const longest = Math.max(0, ...f.steps.map((s) => stepLabel(s).length));
  const width = Math.max(PAD * 2 + lanes.length * LANE_W, Math.min(MAX_W, Math.ceil(longest * CHAR_W) + 2 * PAD + 8));
  const laneW = LANE_W;
  const height = HEAD_H + f.steps.length * ROW_H + 8;
  const x = (i) => PAD + i * laneW + laneW / 2;
  const root = svg("svg", {
    class: "flow-svg", width, height, viewBox: "0 0 " + width + " " + height,
    role: "group", "aria-label": "Timeline of " + (f.title || f.kind) + ": " + f.steps.length + " steps" + (f.break ? ", broken at step " + int(f.break.step) : ""),
  });
  // Lanes: a title and a line per host.
  lanes.forEach((h, i) => {
    const name = i === 0 ? "you (client)" : h;
    root.appendChild(svg("g", { class: "flow-lane" + (i === 0 ? " flow-lane-client" : ""), "aria-hidden": "true" },
      svg("title", null, name),
      svg("rect", { class: "flow-lane-head", x: PAD + i * laneW + 4, y: 4, width: laneW - 8, height: 24, rx: 4 }),
      svg("text", { class: "flow-lane-name", x: x(i), y: 20, "text-anchor": "middle" }, cut(name, Math.floor((laneW - 14) / CHAR_W))),
      svg("line", { class: "flow-lane-line", x1: x(i), y1: 30, x2: x(i), y2: height - 4 })));
  });
  const maxChars = Math.floor((width - 2 * PAD - 8) / CHAR_W);
  f.steps.forEach((s, n) => {
    const top = HEAD_H + n * ROW_H;
    const to = laneOf.has(s.host) ? laneOf.get(s.host) : lanes.length - 1;
    const x1 = x(0);
    const x2 = x(Math.max(to, 1));
    const y = top + 32;
    const cls = "flow-step" + (s.broken ? " broken" : "") + (s.status >= 400 || s.status === 0 ? " refused" : "");
    const label = stepLabel(s);
    const a = svg("a", { class: cls, href: "#x" + int(s.exchange) + "-h", "aria-label": stepWords(s, f), "data-exchange": int(s.exchange), "data-step": int(s.n) },
      svg("rect", { class: "flow-hit", x: 2, y: top + 2, width: width - 4, height: ROW_H - 4, rx: 5 }),
      svg("text", { class: "flow-label", x: PAD + 4, y: top + 16 }, prefix(label, maxChars)),
      svg("line", { class: "flow-arrow", x1, y1: y, x2: x2 - 7, y2: y }),
      svg("polygon", { class: "flow-head", points: (x2 - 8) + "," + (y - 5) + " " + x2 + "," + y + " " + (x2 - 8) + "," + (y + 5) }),
      s.broken ? svg("g", { class: "flow-mark" },
        svg("circle", { cx: x2, cy: y, r: 9 }),
        svg("text", { x: x2, y: y + 4, "text-anchor": "middle" }, "!")) : null);
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      onStep(int(s.exchange));
    });
    root.appendChild(a);
  });
  // Arrow keys move between the steps (Tab reaches them too).
  root.addEventListener("keydown", (ev) => {
    const steps = [...root.querySelectorAll("a.flow-step")];
    const i = steps.indexOf(document.activeElement);
    if (i < 0) return;
    let j = i;
    if (ev.key === "ArrowDown" || ev.key === "ArrowRight") j = Math.min(steps.length - 1, i + 1);
    else if (ev.key === "ArrowUp" || ev.key === "ArrowLeft") j = Math.max(0, i - 1);
    else if (ev.key === "Home") j = 0;
    else if (ev.key === "End") j = steps.length - 1;
    else if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      onStep(int(steps[i].getAttribute("data-exchange")));
      return;
    } else return;
    ev.preventDefault();
    steps[j].focus();
  });
  return root;
}

// flowSection renders every flow of a report, or returns null when there is
// none. onStep(exchangeIndex) shows that exchange's card.
export function flowSection(flows, { onStep, ruleLink, prose, visible }) {
  if (!Array.isArray(flows) || flows.length === 0) return null;
  const sec = html("section", { class: "card flows", "aria-labelledby": "flows-h" },
    html("h3", { class: "headline", id: "flows-h" }, flows.length === 1 ? "Sign-in flow" : "Sign-in flows"),
    html("p", { class: "help" }, "Each step is one exchange, drawn as an arrow from you to the host it went to. Select a step to open its exchange; the arrow keys move between steps."));
  flows.forEach((f, k) => {
    if (!f || !Array.isArray(f.steps) || f.steps.length === 0) return;
    const outcome = Object.hasOwn(KIND_WORDS, f.outcome) ? f.outcome : "incomplete";
    const id = "flow-" + k + "-h";
    const fig = html("figure", { class: "flow", "data-outcome": outcome, "aria-labelledby": id });
    const extra = [];
    if (int(f.folded) > 0) extra.push(int(f.folded) + (int(f.folded) === 1 ? " exchange" : " exchanges") + " folded away");
    if (int(f.more) > 0) extra.push(int(f.more) + " more steps not shown");
    fig.appendChild(html("figcaption", { id },
      html("strong", null, f.title || f.kind || "Flow"), " — ",
      html("span", { class: "flow-outcome", "data-outcome": outcome }, outcome === "broken" && f.break ? "broken at step " + int(f.break.step) : KIND_WORDS[outcome]),
      extra.length ? " (" + extra.join(", ") + ")" : null));
    fig.appendChild(html("div", { class: "flow-scroll" }, timeline(f, onStep)));
    if (f.break) {
      const b = f.break;
      fig.appendChild(html("div", { class: "flow-break" },
        html("p", null, html("strong", null, "Step " + int(b.step) + ": "), ruleLink(b.rule), " ", html("code", null, b.name || ""), " ", prose("span", null, b.message)),
        Array.isArray(b.evidence) && b.evidence.length ? html("ul", { class: "evidence-list" }, b.evidence.map((ev) =>
          html("li", { class: "evidence" },
            html("button", { type: "button", class: "line flow-goto", "data-exchange": int(ev.exchange), title: "Open exchange #" + (int(ev.exchange) + 1) }, "#" + (int(ev.exchange) + 1)),
            ev.where ? html("span", { class: "where" }, ev.where) : null,
            html("code", { class: "quote" }, visible(ev.text || ""))))) : null));
    }
    sec.appendChild(fig);
  });
  sec.addEventListener("click", (ev) => {
    const b = ev.target.closest("button.flow-goto");
    if (b) onStep(int(b.getAttribute("data-exchange")));
  });
  return sec;
}
