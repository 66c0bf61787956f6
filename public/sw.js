/* Service worker: once the app has loaded, it keeps working offline.
 * The build (scripts/precacheManifest.ts) replaces the PRECACHE line below with every
 * built file and a content hash, so a new deployment installs a fresh cache and drops the old one.
 * URLs are relative to the worker's own location: the site works from any sub-path. */
const PRECACHE = { version: 'dev', files: [] };

const CACHE_PREFIX = 'hpb-';
const CACHE_NAME = `${CACHE_PREFIX}${PRECACHE.version}`;
const SCOPE = self.registration.scope;
const INDEX_URL = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.addAll(PRECACHE.files.map((file) => new URL(file, SCOPE).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/* Pages: network first, so a deployment shows up on the next visit; the cached shell offline.
 * Hashed assets: cache first, they never change under the same name. */
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches
          .match(request, { ignoreSearch: true })
          .then((cached) => cached || caches.match(INDEX_URL))
          .then((cached) => cached || Response.error()),
      ),
    );
    return;
  }
  event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
});
