/// <reference lib="webworker" />
// The service worker (README "Offline"): after the first visit the atlas works without a network.
// It precaches every file of the build (the list and a version are written in at build time by
// build/service-worker.ts) and then answers from that cache: the page (any query string) network
// first, so that a new version is seen at once when online, and the hashed assets cache first. Paths
// are relative to this file, so the site works under any base path. No imports: it runs as a classic
// script in every browser.

declare const __KG_PRECACHE__: {version: string; files: string[]};

const sw = self as unknown as ServiceWorkerGlobalScope;
const precache = __KG_PRECACHE__;
const CACHE = `kg-atlas-${precache.version}`;
/** The page's own URL: the directory this worker serves. */
const PAGE = new URL('./', sw.location.href).href;
const urls = precache.files.map((file) => new URL(file, sw.location.href).href);

/** Hashed files (`assets/`): their content never changes under a name. */
const ASSETS = new URL('assets/', sw.location.href).href;

sw.addEventListener('install', (event) => {
  // Data Saver on: no offline copy (about 1 MB gzip). The install fails on purpose, so that a later
  // visit without Data Saver installs it.
  if ((navigator as Navigator & {connection?: {saveData?: boolean}}).connection?.saveData) {
    event.waitUntil(Promise.reject(new Error('Data Saver: no offline copy')));
    return;
  }
  // The hashed files the page has just loaded come from the HTTP cache ('force-cache'), not again over
  // the network; only the files whose content may change under their name (the page, the boundaries)
  // are fetched afresh ('reload').
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(urls.map((url) => new Request(url, {cache: url.startsWith(ASSETS) ? 'force-cache' : 'reload'}))))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('kg-atlas-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(PAGE)) return;
  if (request.mode === 'navigate') {
    // The page: the network when it answers, else the cached page (the view is in the query string).
    event.respondWith(
      fetch(request).catch(async () => (await caches.match(PAGE, {cacheName: CACHE, ignoreVary: true})) ?? Response.error()),
    );
    return;
  }
  // ignoreVary: hosts answer `Vary: Origin`, and module scripts are requested with an Origin header
  // that the precache requests did not have; the files are the same.
  event.respondWith(caches.match(request, {cacheName: CACHE, ignoreVary: true}).then((cached) => cached ?? fetch(request)));
});
