// authtriage page: what leaves the page on the user's request: exports
// (Markdown, JSON, SARIF, made by the engine from the report shown) and the
// share link, which carries the masked input in the URL's fragment; and the
// way back in, a link's #paste= opened by the page.
//
// The codec and the link's rules are pure functions (webtest/share.test.js);
// share({engine, st, status, paste}) makes the DOM half.

import { $, el, fill } from "./dom.js";
import { errText, plural, size } from "./text.js";

export const SHARE_LIMIT = 100 * 1024; // longest share link fragment

// maskedNote says what the link's text had masked: places masked, and the
// credentials they hold when the analysis shown counted the same places
// (a token sent with every request is one credential in several places).
function maskedNote(places, shown) {
  if (places === 0) return "No credentials found to mask. ";
  const values = shown && shown.secretCount === places && typeof shown.secretValues === "number" ? shown.secretValues : places;
  return plural(values, "credential") + (places > values ? " masked in " + places.toLocaleString("en") + " places. " : " masked. ");
}

// toBase64URL is the base64url form (no padding) of the UTF-8 bytes of s.
export function toBase64URL(s) {
  const bytes = new TextEncoder().encode(s);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// fromBase64URL reverses toBase64URL; it throws on bytes that are not UTF-8.
export function fromBase64URL(s) {
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

// fragmentPayload is the base64url text of a "#paste=" fragment, or null
// when hash is not one.
export function fragmentPayload(hash) {
  const m = /^#paste=([A-Za-z0-9_-]*)$/.exec(hash);
  return m ? m[1] : null;
}

// shareLink is the link that carries text after "#paste=" on the page at
// href (its own fragment dropped): {url}, or {tooLong: n} when the fragment
// would be longer than SHARE_LIMIT.
export function shareLink(href, text) {
  const frag = toBase64URL(text);
  if (frag.length > SHARE_LIMIT) return { tooLong: frag.length };
  return { url: href.split("#")[0] + "#paste=" + frag };
}

export function share({ engine, st, status, paste }) {
  async function download(format) {
    const keep = $("keep-secrets").checked;
    let rep;
    try {
      rep = await engine.exportReport(format, { keepSecrets: keep });
    } catch (e) {
      status.textContent = "Export failed: " + errText(e);
      return;
    }
    const url = URL.createObjectURL(new Blob([rep.text], { type: rep.mime || "text/plain" }));
    const a = el("a", { href: url, download: rep.filename, hidden: "" });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    status.textContent = "Saved " + rep.filename + (keep ? ", with the credentials kept." : ", credentials masked.");
  }

  // shareStart shows the warning; nothing is made before the user confirms.
  function shareStart() {
    const panel = $("share-panel");
    fill(panel,
      el("p", null, el("strong", null, "A share link carries the input itself, "), "with credentials masked, in the part of the URL after #. Browsers do not send that part to servers, but anyone who gets the link can read the input."),
      el("p", { class: "share-actions" },
        el("button", { type: "button", class: "btn btn-small btn-primary", id: "share-confirm" }, "Make the link and copy it"),
        " ",
        el("button", { type: "button", class: "btn btn-small btn-quiet", id: "share-cancel" }, "Cancel")));
    panel.hidden = false;
    $("share-confirm").focus();
  }

  async function shareConfirm() {
    const panel = $("share-panel");
    let red;
    try {
      red = await engine.redacted();
    } catch (e) {
      panel.replaceChildren(el("p", null, "No link: " + errText(e)));
      return;
    }
    // The link goes to the clipboard and into a field, never into the address
    // bar or the history: the page's own URL stays as it is.
    const link = shareLink(location.href, red.text);
    if (link.tooLong) {
      panel.replaceChildren(el("p", { class: "share-refused" }, "No link: the masked input would make a URL of " + size(link.tooLong) + ", more than the " + size(SHARE_LIMIT) + " a link can reliably carry. Export a report instead."));
      return;
    }
    const url = link.url;
    const field = el("input", { type: "text", id: "share-url", readonly: "", value: url, "aria-label": "Share link" });
    fill(panel,
      el("p", null, maskedNote(red.secrets ? red.secrets.length : 0, st.current), el("span", { id: "share-copied" }, "Copying…")),
      field);
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    $("share-copied").textContent = copied ? "The link is copied to the clipboard." : "Copy the link below (the clipboard was not available).";
    field.focus();
    field.select();
  }

  function shareCancel() {
    $("share-panel").hidden = true;
    $("share").focus();
  }

  // loadFromFragment reads a shared paste from the URL. The fragment never
  // leaves the browser; this is the only thing the page reads from the URL.
  // It returns the text (not yet in the paste box: maskLinkText masks it
  // first), or null. The fragment is then dropped from the address bar, so
  // the current history entry no longer carries the input.
  function loadFromFragment() {
    const payload = fragmentPayload(location.hash);
    if (payload === null) return null;
    history.replaceState(history.state, "", location.href.split("#")[0]);
    try {
      return fromBase64URL(payload);
    } catch {
      status.textContent = "The link's #paste= part is damaged; nothing was loaded from it.";
      return null;
    }
  }

  // maskLinkText masks a text opened from a link before it reaches the paste
  // box: a link can be made by anyone, so what it says it masked proves
  // nothing. The status says only what the page knows.
  async function maskLinkText(text) {
    let red;
    try {
      red = await engine.redactText(text);
    } catch (e) {
      paste.value = "";
      status.textContent = "Could not check the link's input for credentials, so it was not loaded: " + errText(e);
      return;
    }
    paste.value = red.text;
    st.link.text = red.text;
    const n = red.secrets ? red.secrets.length : 0;
    st.link.note = n
      ? "Loaded the input from a link. It held " + plural(n, "credential") + " in clear, now masked here."
      : "Loaded the input from a link. No credentials were found in it; whether its maker removed any is not known.";
  }

  // syncKeepSecrets makes the keep-secrets warning match the box.
  function syncKeepSecrets() {
    $("keep-secrets-note").hidden = !$("keep-secrets").checked;
  }

  // resetKeepSecrets unticks the box: keeping secrets is asked for each time,
  // never restored by the browser (form restore, the back-forward cache).
  function resetKeepSecrets() {
    $("keep-secrets").checked = false;
    syncKeepSecrets();
  }

  return { download, shareStart, shareConfirm, shareCancel, loadFromFragment, maskLinkText, syncKeepSecrets, resetKeepSecrets };
}
