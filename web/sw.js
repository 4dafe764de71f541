// authtriage service worker: keeps the site's own files so that the page
// works without a network after one visit.
//
// `make build` stamps BUILD with a hash of the built files and FILES with
// their names, so every release gets a cache of its own; activating a new
// release deletes the caches of older ones. Only GET requests for the
// site's own files are answered from the cache; everything else (a capture
// the user sends to another origin, a request with credentials or marked
// no-store) goes to the network untouched.
"use strict";

const BUILD = "dev"; // stamped by make build
const FILES = ["./"]; // stamped by make build: every file of the site
const CACHE = "authtriage-" + BUILD;
const PREFIX = "authtriage-";

const scope = new URL(self.registration.scope);
const own = new Set(FILES.map((f) => new URL(f, scope).href));
own.add(new URL("index.html", scope).href);

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // "reload" skips the HTTP cache: the copies must be this build's.
      await cache.addAll([...own].map((u) => new Request(u, { cache: "reload" })));
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
      if (hit) return hit;
      const resp = await fetch(event.request);
      if (resp.ok && resp.type === "basic") await cache.put(k, resp.clone());
      return resp;
    })(),
  );
});
