// authtriage page: "Send a request from this page". One fetch() when the
// user presses Send, then what the browser let the page see, what it hid and
// why, and a paste made of what was seen for the analyzer.
//
// The CORS tables and the rules read from them are pure functions
// (webtest/capture.test.js); capture({onPaste}) makes the form's handler,
// which calls onPaste(text) with the paste it made.

import { $, el, fill } from "./dom.js";
import { errText, size, visible } from "./text.js";

export const CAPTURE_TIMEOUT_MS = 30000;
export const CAPTURE_BODY_LIMIT = 64 * 1024;

// Response headers any script may read cross-origin without the server
// listing them in Access-Control-Expose-Headers (the CORS-safelisted ones).
export const SAFELISTED = new Set(["cache-control", "content-language", "content-length", "content-type", "expires", "last-modified", "pragma"]);
// Request headers that keep a request "simple" (no preflight), by name.
export const SIMPLE_REQUEST_HEADERS = new Set(["accept", "accept-language", "content-language", "content-type", "range"]);
export const SIMPLE_CONTENT_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];
// Headers a page cannot set; the browser drops them or refuses the request.
export const FORBIDDEN_REQUEST = /^(accept-charset|accept-encoding|access-control-request-.*|connection|content-length|cookie|cookie2|date|dnt|expect|host|keep-alive|origin|referer|set-cookie|te|trailer|transfer-encoding|upgrade|via|proxy-.*|sec-.*)$/i;

export function parseHeaderLines(text) {
  const headers = [];
  const problems = [];
  String(text).split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s?(.*)$/.exec(line);
    if (!m) problems.push("line " + (i + 1) + " is not “Name: value”");
    else headers.push([m[1], m[2].trim()]);
  });
  return { headers, problems };
}

// preflightCauses says why a request is not "simple", so a browser sends an
// OPTIONS preflight before it.
export function preflightCauses(method, headers) {
  const causes = [];
  if (!["GET", "HEAD", "POST"].includes(method)) causes.push("the method " + method);
  for (const [name, value] of headers) {
    const n = name.toLowerCase();
    if (!SIMPLE_REQUEST_HEADERS.has(n)) causes.push("the header " + name);
    else if (n === "content-type" && !SIMPLE_CONTENT_TYPES.includes(value.split(";")[0].trim().toLowerCase())) causes.push("Content-Type " + value);
  }
  return causes;
}

// capturePaste writes what a capture saw as a paste for the analyzer: the
// request as sent (with the Origin the browser adds cross-origin; bodyText
// null when no body went), then the response as the page could read it.
// url is a URL; sent and seen are [name, value] pairs; cors tells a
// cross-origin response the page could read.
export function capturePaste({ method, url, origin, sent, bodyText, status, statusText, seen, cors, credentials, body }) {
  const crossOrigin = url.origin !== origin;
  const has = (name) => seen.some(([n]) => n === name);
  const lines = [method + " " + url.href + " HTTP/1.1", "Host: " + url.host];
  if (crossOrigin) lines.push("Origin: " + origin);
  for (const [n, v] of sent) lines.push(n + ": " + v);
  lines.push("");
  if (bodyText !== null && bodyText !== undefined) lines.push(bodyText, "");
  lines.push("HTTP/1.1 " + status + " " + (statusText || ""));
  for (const [n, v] of seen) lines.push(n + ": " + v);
  // A cross-origin response the page could read passed the browser's CORS
  // check, so the server sent Access-Control-Allow-Origin (and, for a
  // credentialed request, Access-Control-Allow-Credentials) even though the
  // page may not read them. Restore them, or the classifier would report the
  // CORS failure that did not happen.
  if (cors && !has("access-control-allow-origin")) lines.push("Access-Control-Allow-Origin: " + origin);
  if (cors && credentials === "include" && !has("access-control-allow-credentials")) lines.push("Access-Control-Allow-Credentials: true");
  lines.push("");
  if (body) lines.push(body);
  return lines.join("\n");
}

// capture({onPaste}) makes the capture form's submit handler.
export function capture({ onPaste }) {
  function captureLine(label, ...rest) {
    return el("li", null, el("strong", null, label + " "), rest);
  }

  async function sendCapture(ev) {
    ev.preventDefault();
    const result = $("capture-result");
    const rawURL = $("capture-url").value.trim();
    const method = $("capture-method").value;
    const credentials = $("capture-credentials").value;
    const bodyText = $("capture-body").value;
    let url;
    try {
      url = new URL(rawURL, location.href);
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("only http: and https: URLs");
    } catch (e) {
      result.replaceChildren(el("p", { class: "capture-problem" }, "Enter an http: or https: URL (" + errText(e) + ")."));
      $("capture-url").focus();
      return;
    }
    const { headers, problems } = parseHeaderLines($("capture-headers").value);
    if (problems.length) {
      result.replaceChildren(el("p", { class: "capture-problem" }, "Headers: " + problems.join("; ") + "."));
      $("capture-headers").focus();
      return;
    }
    const dropped = headers.filter(([n]) => FORBIDDEN_REQUEST.test(n)).map(([n]) => n);
    const sent = headers.filter(([n]) => !FORBIDDEN_REQUEST.test(n));
    const crossOrigin = url.origin !== location.origin;
    const withBody = method !== "GET" && method !== "HEAD" && bodyText !== "";
    const init = { method, headers: sent, credentials, cache: "no-store", redirect: "follow", referrerPolicy: "no-referrer" };
    if (withBody) init.body = bodyText;
    const causes = crossOrigin ? preflightCauses(method, sent) : [];

    $("capture-send").disabled = true;
    result.replaceChildren(el("p", null, "Sending " + method + " " + url.href + "…"));
    const notes = [];
    if (dropped.length) notes.push(el("li", null, "The browser does not let a page set " + dropped.join(", ") + "; they were not sent. curl would send them."));
    // A request that never settles (a server that stalls, or a Basic challenge
    // that makes the browser wait on its own login dialog) must not leave the
    // form stuck: give up after CAPTURE_TIMEOUT_MS, body included.
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), CAPTURE_TIMEOUT_MS);
    init.signal = ctl.signal;
    let resp;
    try {
      resp = await fetch(url.href, init);
    } catch (e) {
      clearTimeout(timer);
      $("capture-send").disabled = false;
      const why = ctl.signal.aborted
        ? el("div", { class: "capture-failed" },
          el("h3", null, "No answer within " + CAPTURE_TIMEOUT_MS / 1000 + " s"),
          el("p", null, "The request was abandoned. The server may be slow or unreachable; a 401 with a Basic or Digest challenge can also make the browser wait on its own login dialog, which a page cannot answer. Try the same request with curl -v and paste its output."))
        : captureFailed(e, url, crossOrigin, causes, credentials);
      fill(result, why, notes.length ? el("ul", { class: "capture-notes" }, notes) : null);
      return;
    }
    // What the page may read: status, the headers the browser exposes, the body.
    const seen = [...resp.headers.entries()];
    let body = "";
    let truncated = false;
    try {
      const reader = resp.body ? resp.body.getReader() : null;
      const dec = new TextDecoder();
      let n = 0;
      while (reader) {
        const { value, done } = await reader.read();
        if (done) break;
        n += value.byteLength;
        body += dec.decode(value, { stream: true });
        if (n >= CAPTURE_BODY_LIMIT) {
          truncated = true;
          reader.cancel();
          body = body.slice(0, CAPTURE_BODY_LIMIT);
          break;
        }
      }
      if (!truncated) body += dec.decode();
    } catch (e) {
      notes.push(el("li", null, ctl.signal.aborted ? "The body did not arrive within " + CAPTURE_TIMEOUT_MS / 1000 + " s; what came is shown." : "Reading the body failed: " + errText(e)));
    }
    clearTimeout(timer);
    $("capture-send").disabled = false;

    const exposed = seen.filter(([n]) => !SAFELISTED.has(n));
    const cors = resp.type === "cors";
    const has = (name) => seen.some(([n]) => n === name);
    const list = el("ul", { class: "capture-seen" },
      captureLine("Status:", String(resp.status) + (resp.statusText ? " " + resp.statusText : "") + (resp.redirected ? " (after a redirect, from " + resp.url + ")" : "")),
      captureLine("Response type:", resp.type + (cors ? ": cross-origin, readable because the server sent Access-Control-Allow-Origin" : resp.type === "basic" ? ": same origin, every header but Set-Cookie is readable" : "")),
      captureLine("Headers the page could read:", seen.length ? "" : "none"),
      seen.length ? el("ul", { class: "capture-headers" }, seen.map(([n, v]) => el("li", null,
        el("code", null, n + ": " + v), " ",
        el("span", { class: "hdr-kind" }, !cors ? "" : SAFELISTED.has(n) ? "(CORS-safelisted)" : "(exposed by Access-Control-Expose-Headers)")))) : null,
      captureLine("Body:", body === "" ? "empty" : size(new TextEncoder().encode(body).length) + (truncated ? ", cut at " + size(CAPTURE_BODY_LIMIT) : "")),
      body ? el("pre", { class: "capture-body", tabindex: "0" }, visible(body.length > 4000 ? body.slice(0, 4000) + "\n…" : body)) : null);

    const hidden = el("ul", { class: "capture-hidden" });
    if (cors) {
      hidden.appendChild(el("li", null, "Headers the server sent but did not list in ", el("code", null, "Access-Control-Expose-Headers"),
        " are not exposed to the page, so they are missing above" + (exposed.length ? "" : " (only the CORS-safelisted headers came through)") + "."));
      if ((resp.status === 401 || resp.status === 407) && !has("www-authenticate") && !has("proxy-authenticate")) {
        hidden.appendChild(el("li", null, el("strong", null, "WWW-Authenticate is not exposed: "), "this " + resp.status + " looks challenge-less to scripts, so a browser app cannot tell which scheme or error the server means. Fix on the server: ",
          el("code", null, "Access-Control-Expose-Headers: WWW-Authenticate"), " on the response."));
      }
    }
    hidden.appendChild(el("li", null, "Set-Cookie is never readable by a page; cookies were " + (credentials === "omit" ? "not sent (credentials: omit)" : credentials === "include" ? "sent if the browser had any for that site and its SameSite rules allowed it" : crossOrigin ? "not sent, since the request is cross-origin (credentials: same-origin)" : "sent if the browser had any for this site") + "."));
    hidden.appendChild(el("li", null, "The browser added headers the page cannot see or set (Origin, cookies, Accept-Encoding); the request in the paste is what you typed" + (crossOrigin ? ", plus the Origin the browser sends" : "") + "."));
    fill(result,
      el("h3", null, "What the browser let the page see"), list,
      el("h3", null, "What it could not see"), hidden,
      notes.length ? el("ul", { class: "capture-notes" }, notes) : null,
      el("p", { class: "help" }, "The results pane now analyses this as a paste."));

    // Feed what was seen to the classifier like a paste.
    onPaste(capturePaste({ method, url, origin: location.origin, sent, bodyText: withBody ? bodyText : null, status: resp.status, statusText: resp.statusText, seen, cors, credentials, body }));
  }

  // captureFailed explains a fetch that threw: the browser hides the reason
  // from the page, so list the usual causes with their fix.
  function captureFailed(e, url, crossOrigin, causes, credentials) {
    const box = el("div", { class: "capture-failed" },
      el("h3", null, "The page could not see the response"),
      el("p", null, "fetch() failed with ", el("code", null, (e && e.name ? e.name + ": " : "") + errText(e)),
        ". The browser gives a script no status and no headers in this case, whatever the server answered."));
    const why = el("ul", { class: "capture-hidden" });
    if (crossOrigin) {
      why.appendChild(el("li", null, el("strong", null, "Hidden by CORS: "), "if the server answered without ", el("code", null, "Access-Control-Allow-Origin"),
        " matching " + location.origin + ", the browser hid the real response, which may well be a 401 or 403. Fix on the server: send ",
        el("code", null, "Access-Control-Allow-Origin: " + location.origin), " on every response, errors included (many servers add it only to 2xx)."));
      if (causes.length) {
        why.appendChild(el("li", null, el("strong", null, "Preflight: "), causes.join(", ") + " made the browser send an OPTIONS preflight first. It must be answered with a 2xx and ",
          el("code", null, "Access-Control-Allow-Origin"), ", ", el("code", null, "Access-Control-Allow-Methods"), " and ",
          el("code", null, "Access-Control-Allow-Headers"), " listing " + causes.filter((c) => c.startsWith("the header ")).map((c) => c.slice(11)).join(", ") + ". A server that demands credentials on the OPTIONS request too, and answers it 401, refuses the preflight."));
      }
      if (credentials === "include") {
        why.appendChild(el("li", null, el("strong", null, "Credentials: "), "with credentials: include, the server must also send ", el("code", null, "Access-Control-Allow-Credentials: true"),
          " and an exact origin; ", el("code", null, "Access-Control-Allow-Origin: *"), " is refused."));
      }
    }
    why.appendChild(el("li", null, "Or the request never got an answer: the host is unreachable, the name does not resolve, the certificate is not trusted, or an http: URL was called from an https: page (mixed content)."));
    box.appendChild(el("h3", null, "What it could not see, and why"));
    box.appendChild(why);
    box.appendChild(el("p", { class: "help" }, "The browser's developer tools (Network tab) show the real status; curl -i shows what the server sends to a non-browser client."));
    return box;
  }

  return { sendCapture };
}
