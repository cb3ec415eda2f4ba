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
      // A copy that could not be made (the network dropped) is not left empty: activate keeps the
      // latest copy but one, which must be a whole one.
      .catch((error: unknown) => caches.delete(CACHE).then(() => Promise.reject(error)))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  // The copy of the version just replaced is kept, and older ones deleted: a page of that version may
  // still be open (this worker takes it over at once), and asks for its code-split files later, by
  // names the new version no longer has (the server neither). Deleted, its next feature did not load.
  // (keys() lists the caches in the order they were made.)
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('kg-atlas-') && key !== CACHE).slice(0, -1).map((key) => caches.delete(key))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(PAGE)) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
    return;
  }
  // ignoreVary: hosts answer `Vary: Origin`, and module scripts are requested with an Origin header
  // that the precache requests did not have; the files are the same. A hashed file not in this
  // version's copy may be the previous version's, asked for by a page of it still open (see activate).
  event.respondWith(
    caches
      .match(request, {cacheName: CACHE, ignoreVary: true})
      .then((cached) => cached ?? (request.url.startsWith(ASSETS) ? caches.match(request, {ignoreVary: true}) : undefined))
      .then((cached) => cached ?? fetch(request)),
  );
});

/**
 * The page: the network's when it answers, else the cached page (the view is in the query string). A
 * network that has not answered within NAVIGATION_WAIT ms gets the cached page too: on a link that
 * drops without failing (a stalled connection), the page stayed white for minutes with the whole site
 * in the cache. A release made meanwhile is then seen on the next visit.
 */
const NAVIGATION_WAIT = 4000;
function networkFirst(request: Request): Promise<Response> {
  const cached = () => caches.match(PAGE, {cacheName: CACHE, ignoreVary: true});
  const network = fetch(request);
  const late = new Promise<Response>((resolve) => setTimeout(() => void cached().then((page) => page && resolve(page)), NAVIGATION_WAIT));
  return Promise.race([network.catch(async () => (await cached()) ?? Response.error()), late]);
}
