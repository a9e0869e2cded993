// My MTS service worker: the app opens without a network (issue 9, PWA).
//
// - Pages (navigations): network first. Every route is the same app (one index.html), so the
//   last page that loaded is kept as the app's shell and served for any route when the server
//   cannot be reached; before the app ever loaded, the offline page.
// - Trunk's hashed files (name-<hash>.js/.wasm/.css): cache first; such a file never changes.
// - The session and the overview (GET /api/session, /api/dashboard): network first; the last
//   answer is kept and served when the server cannot be reached, marked with the time it was
//   fetched, and the page is told so it can say "offline, data from HH:MM" (boot.js).
// - Signing out, signing in, or a session the server no longer knows clears the kept data:
//   one subscriber's figures are never shown to the next.
const SHELL = 'mymts-shell-v2';
const SHELL_KEY = '/index.html';
const ASSETS = 'mymts-assets-v1';
const DATA = 'mymts-data-v1';
const KEEP = [SHELL, ASSETS, DATA];
const OFFLINE_PAGE = '/offline.html';
const DATA_PATHS = ['/api/session', '/api/dashboard'];
const FETCHED_AT = 'x-mymts-fetched-at';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(SHELL).then((cache) => cache.add(new Request(OFFLINE_PAGE, { cache: 'reload' }))),
  );
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => !KEEP.includes(n)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

function isHashed(pathname) {
  const file = pathname.split('/').pop() || '';
  const stem = file.split('.')[0].replace(/_bg$/, '');
  const hash = stem.slice(stem.lastIndexOf('-') + 1);
  return stem.includes('-') && /^[0-9a-f]{12,16}$/.test(hash);
}

async function page(request) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    const isApp = (response.headers.get('content-type') || '').startsWith('text/html');
    if (response.ok && response.type === 'basic' && isApp) await cache.put(SHELL_KEY, response.clone());
    return response;
  } catch (offline) {
    return (await cache.match(SHELL_KEY)) || (await cache.match(OFFLINE_PAGE)) || Response.error();
  }
}

async function asset(request) {
  const cache = await caches.open(ASSETS);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function tell(clientId, message) {
  const client = clientId && (await self.clients.get(clientId));
  const targets = client ? [client] : await self.clients.matchAll({ type: 'window' });
  for (const target of targets) target.postMessage(message);
}

async function data(event) {
  const cache = await caches.open(DATA);
  try {
    const response = await fetch(event.request);
    if (response.ok) {
      const headers = new Headers(response.headers);
      headers.set(FETCHED_AT, String(Date.now()));
      const body = await response.clone().arrayBuffer();
      await cache.put(event.request, new Response(body, { status: response.status, headers }));
      await tell(event.clientId, { type: 'mymts-online' });
    } else if (response.status === 401) {
      await caches.delete(DATA);
    }
    return response;
  } catch (offline) {
    const kept = await cache.match(event.request);
    if (!kept) throw offline;
    const at = Number(kept.headers.get(FETCHED_AT)) || Date.now();
    await tell(event.clientId, { type: 'mymts-offline', fetchedAt: at });
    return kept;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method !== 'GET') {
    if (url.pathname === '/api/auth/logout' || url.pathname.startsWith('/api/auth/sign-in')) {
      event.waitUntil(caches.delete(DATA));
    }
    return;
  }
  if (request.mode === 'navigate' && !url.pathname.startsWith('/api/')) {
    event.respondWith(page(request));
  } else if (DATA_PATHS.includes(url.pathname)) {
    event.respondWith(data(event));
  } else if (isHashed(url.pathname)) {
    event.respondWith(asset(request));
  }
});
