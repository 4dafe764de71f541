// authtriage page: small DOM helpers that put text into the page as text.
//
// Everything that comes from the input, and everything in the report, goes
// into the page through these (textContent, createTextNode), never as
// markup, and links are only made from the rule catalogue's https
// references and the page's own anchors. None of them runs when the module
// is imported, so modules built on them load under Node too.

import { isRuleID, proseParts, safeRefURL } from "./text.js";

export const $ = (id) => document.getElementById(id);

// el("p", {class: "x"}, "text", node, ...) builds an element. Attributes are
// set with setAttribute, children strings become text nodes.
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null && v !== false) e.setAttribute(k, String(v));
  }
  for (const c of children) append(e, c);
  return e;
}

// fill replaces node's children; like el, it skips null and false (the DOM's
// own replaceChildren would print them as text).
export function fill(node, ...children) {
  node.replaceChildren();
  for (const c of children) append(node, c);
  return node;
}

export function append(parent, c) {
  if (c === undefined || c === null || c === false) return;
  if (Array.isArray(c)) {
    for (const x of c) append(parent, x);
  } else if (c instanceof Node) {
    parent.appendChild(c);
  } else {
    parent.appendChild(document.createTextNode(String(c)));
  }
}

// prose renders the classifier's sentences, which mark header names and values
// with `backticks`, as text with <code> spans (proseParts).
export function prose(tag, attrs, text) {
  const e = el(tag, attrs);
  for (const p of proseParts(text)) e.appendChild(p.code ? el("code", null, p.text) : document.createTextNode(p.text));
  return e;
}

export function refLink(ref) {
  const href = safeRefURL(ref.url);
  if (!href) return el("span", { class: "ref" }, ref.title || ref.url);
  return el("a", { class: "ref", href, target: "_blank", rel: "noopener noreferrer" }, ref.title || href);
}

// ruleLink links a rule's ID to its entry in the catalogue; anything else
// stays text.
export function ruleLink(id) {
  if (!isRuleID(id)) return el("span", { class: "rule-id" }, id);
  return el("a", { class: "rule-id", href: "rules.html#" + id, title: "Rule " + id + " in the catalogue" }, id);
}

// nextFrame resolves after the browser has had a chance to render (or after
// 100 ms in a hidden tab, where frames stop).
export function nextFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

// scrollBehavior is the scroll behaviour the reader asked for: none of the
// smooth kind under prefers-reduced-motion.
export function scrollBehavior() {
  return matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}
