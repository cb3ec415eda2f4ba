// Offline (README "Offline"): the built site registers its service worker (src/sw.ts → sw.js next to
// index.html), which precaches the whole build so that later visits work without a network. After the
// page has loaded, so that it never competes with the first view. Not in dev.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
      // No service worker here (e.g. a private window or a file:// page): the site works online as before.
    });
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), {once: true});
}
