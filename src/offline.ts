// Offline (README "Offline"): the built site registers its service worker (src/sw.ts → sw.js next to
// index.html), which precaches the whole build so that later visits work without a network. Only once
// the first view is complete (main.ts calls this when the map is ready, or knows it cannot draw one)
// and the page is idle: registered at `load`, on a slow network it downloaded the build alongside
// deck.gl and maplibre's worker, which the page asks for after `load` (Slow 3G: the map ~7 s later).
// Not in dev.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    // (In a promise: with cookies blocked, Firefox throws on reading navigator.serviceWorker itself.)
    void Promise.resolve(navigator)
      .then((n) => n.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`))
      .catch(() => {
        // No service worker here (e.g. a private window or a file:// page, or Data Saver: src/sw.ts):
        // the site works online as before.
      });
  // Safari has no requestIdleCallback.
  if ('requestIdleCallback' in window) requestIdleCallback(register, {timeout: 5000});
  else setTimeout(register, 1000);
}
