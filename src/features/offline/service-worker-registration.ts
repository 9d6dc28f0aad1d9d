/**
 * Registers the offline service worker (dist/sw.js, generated at build time by
 * vite-plugins/service-worker.ts) in production builds, and reports a new
 * deploy: `onUpdate(apply)` is called when a new worker has installed while an
 * older one controls the page; `apply()` lets the new worker take over and
 * reloads the page once it does.
 */
export function registerServiceWorker(onUpdate: (apply: () => void) => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  let reloading = false;
  const offer = (worker: ServiceWorker) =>
    onUpdate(() => {
      container.addEventListener('controllerchange', () => {
        if (reloading) return;
        reloading = true;
        window.location.reload();
      });
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  const register = () => {
    container
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .then((registration) => {
        if (registration.waiting && container.controller) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed' && container.controller) offer(worker);
          });
        });
        // A tab left open for days still learns about a deploy when the user comes back to it.
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
        });
      })
      .catch(() => undefined); // offline support is an extra: the app works without it
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
