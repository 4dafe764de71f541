// authtriage service worker: keeps the site's own files so that the page
// works without a network after one visit.
//
// `make build` stamps BUILD with a hash of the built files, FILES with
// their names and HASHES with the SHA-256 of each, so every release gets a
// cache of its own; activating a new release deletes the caches of older
// ones. Only GET requests for the site's own files are answered from the
// cache; everything else (a capture the user sends to another origin, a
// request with credentials or marked no-store) goes to the network untouched.
//
// The cache is shared by every page of the origin (on github.io, other
// projects of the same owner), so a cached copy is checked against this
// build's hash before it is served: a copy that does not match is dropped
// and fetched again, and only a copy that matches is stored. With no hash
// (an unstamped dev build), copies are served unchecked.
"use strict";

const BUILD = "dev"; // stamped by make build
const FILES = ["./"]; // stamped by make build: every file of the site
const HASHES = {}; // stamped by make build: file name → SHA-256, lower-case hex
const CACHE = "authtriage-" + BUILD;
const PREFIX = "authtriage-";

const scope = new URL(self.registration.scope);
const own = new Set(FILES.map((f) => new URL(f, scope).href));
own.add(new URL("index.html", scope).href);

// want is the expected SHA-256 of the file at url, or "" when unknown.
function want(url) {
  let rel = url.slice(scope.href.length);
  if (rel === "") rel = "index.html";
  return Object.prototype.hasOwnProperty.call(HASHES, rel) ? HASHES[rel] : "";
}

async function sha256(resp) {
  const digest = await crypto.subtle.digest("SHA-256", await resp.clone().arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

// matches tells whether a response holds this build's bytes for url.
async function matches(url, resp) {
  const h = want(url);
  if (!h) return Object.keys(HASHES).length === 0; // dev build: nothing to check against
  return (await sha256(resp)) === h;
}

// fetchChecked fetches url past the HTTP cache and stores the copy only when
// it matches the build's hash.
async function fetchChecked(cache, url, req) {
  const resp = await fetch(req || new Request(url, { cache: "reload" }));
  if (resp.ok && resp.type === "basic" && (await matches(url, resp))) await cache.put(url, resp.clone());
  return resp;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // "reload" skips the HTTP cache: the copies must be this build's.
      await Promise.all([...own].map((u) => fetchChecked(cache, u)));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// key is the cached URL answering req, or "" when the request is not for
// one of the site's own files.
function key(req) {
  if (req.method !== "GET" || req.cache === "no-store" || req.cache === "reload" || req.headers.has("authorization")) return "";
  const url = new URL(req.url);
  url.hash = "";
  if (url.origin !== scope.origin) return "";
  if (req.mode === "navigate" && url.search !== "") url.search = "";
  if (own.has(url.href)) return url.href;
  return "";
}

self.addEventListener("fetch", (event) => {
  const k = key(event.request);
  if (!k) return; // the browser does what it would without a service worker
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(k);
      if (hit && (await matches(k, hit))) return hit;
      if (hit) await cache.delete(k); // not this build's bytes: never served
      return fetchChecked(cache, k, new Request(k, { cache: "reload", credentials: "same-origin" }));
    })(),
  );
});
