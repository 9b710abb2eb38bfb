/**
 * Registers the service worker that keeps the guide usable with no network, and tells the reader when a newer
 * build is ready. The new version never takes over by itself: an open page keeps the files it started with
 * until the reader chooses "Reload", so no page ever mixes two builds.
 */
export function initOfflineWorker(): void {
  const root = document.documentElement;
  // Workers need http(s); the portable copy is opened from file: and searches its own index instead.
  if (!/^https?:$/.test(location.protocol) || 'portable' in root.dataset || !('serviceWorker' in navigator)) return;
  const notice = document.querySelector<HTMLElement>('.update-notice');
  const base = root.dataset['base'] ?? '/';
  let reloading = false;

  // Only a reload the reader asked for, or a takeover by another tab's choice, should follow a controller change;
  // the very first install also changes the controller (clientsClaim) and must not reload anything.
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
    else if (hadController) showNotice(notice, 'This page is from an older version of the guide.', () => location.reload());
  });

  const offer = (worker: ServiceWorker) =>
    showNotice(notice, 'A new version of this guide is available.', () => {
      reloading = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });

  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      .then((registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const incoming = registration.installing;
          incoming?.addEventListener('statechange', () => {
            if (incoming.state === 'installed' && navigator.serviceWorker.controller) offer(incoming);
          });
        });
      })
      .catch(() => {
        // No worker (private mode, storage full): the site still works online exactly as before.
      });
  });
}

function showNotice(notice: HTMLElement | null, text: string, onReload: () => void): void {
  if (!notice) return;
  notice.querySelector('.update-notice-text')!.textContent = text;
  const button = notice.querySelector<HTMLButtonElement>('.update-notice-reload')!;
  button.onclick = onReload;
  notice.querySelector<HTMLButtonElement>('.update-notice-dismiss')!.onclick = () => (notice.hidden = true);
  notice.hidden = false;
}
