// The app without a connection (issue 9, PWA): the service worker keeps the app shell and the
// last overview; with the server gone, the overview opens from them and says since when its
// data is. Playwright's offline switch does not reach service workers, so this spec starts a
// server of its own and stops it, as a lost connection does.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expectNoAxeViolations } from './axe';
import { DEMO_PASSWORD } from './auth';
import { appReady } from './routes';

const root = resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

async function startServer(): Promise<{ base: string; server: ChildProcess }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const db = join(mkdtempSync(join(tmpdir(), 'mymts-offline-')), 'offline.db');
  const server = spawn(`${root}/target/release/server`, [], {
    cwd: root,
    stdio: 'ignore',
    env: {
      ...process.env,
      MYMTS_BIND: `127.0.0.1:${port}`,
      MYMTS_DATABASE_URL: `sqlite://${db}`,
      MYMTS_DIST_DIR: `${root}/dist`,
      MYMTS_DEV: 'true',
      MYMTS_LOG_FILTER: 'warn',
      MYMTS_PUBLIC_URL: base,
    },
  });
  await expect
    .poll(async () => (await fetch(`${base}/api/health`).catch(() => undefined))?.status, { timeout: 30_000 })
    .toBe(200);
  return { base, server };
}

test('the overview opens without a connection and says since when its data is', async ({ browser }) => {
  test.setTimeout(90_000);
  const { base, server } = await startServer();
  const context = await browser.newContext({ baseURL: base });
  try {
    const page = await context.newPage();
    const signIn = await page.request.post('/api/auth/sign-in', { data: { login: 'ivanov', password: DEMO_PASSWORD } });
    expect(signIn.status()).toBe(200);

    // Installable: the page links its manifest, which names the app and its icons.
    await page.goto('/dashboard');
    await appReady(page);
    const manifest = await (await page.request.get('/manifest.webmanifest')).json();
    expect(manifest.start_url).toBe('/dashboard');
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect((await page.request.get(icon.src)).status(), icon.src).toBe(200);

    // Once the worker controls the page, a load through it keeps the shell and the data.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await appReady(page);
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    const balance = await page.getByTestId('balance').innerText();
    await expect(page.getByTestId('offline-banner')).toHaveCount(0);

    // The server goes away: the overview still opens, with the same figure and the banner.
    server.kill('SIGKILL');
    await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => undefined))?.status).toBeUndefined();
    await page.reload();
    await page.locator('main h1').first().waitFor({ state: 'visible' });
    await expect(page.getByTestId('dashboard')).toBeVisible();
    await expect(page.getByTestId('balance')).toHaveText(balance);
    const banner = page.getByTestId('offline-banner');
    await expect(banner).toHaveAttribute('role', 'status');
    await expect(banner).toContainText(/Нет связи: данные от \d\d:\d\d/);
    await expectNoAxeViolations(page);

    // Every route is the same installed app: a page never opened on this device opens too,
    // and says that its data cannot be fetched without a connection.
    await page.goto('/support');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Поддержка');
    await expect(page.getByRole('alert').first()).toContainText('Нет связи с сервером. Проверьте подключение.');
    await expectNoAxeViolations(page);
  } finally {
    server.kill('SIGKILL');
    await context.close();
  }
});

test('signing out forgets the kept overview', async ({ browser }) => {
  test.setTimeout(90_000);
  const { base, server } = await startServer();
  const context = await browser.newContext({ baseURL: base });
  try {
    const page = await context.newPage();
    await page.request.post('/api/auth/sign-in', { data: { login: 'ivanov', password: DEMO_PASSWORD } });
    await page.goto('/dashboard');
    await appReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await appReady(page);
    const kept = () =>
      page.evaluate(async () => {
        const cache = await caches.open('mymts-data-v1');
        return (await cache.keys()).map((r) => new URL(r.url).pathname);
      });
    await expect.poll(kept).toContain('/api/dashboard');
    // Through the page (the worker sees it), as the app signs out.
    await page.evaluate(async () => {
      const csrf = document.cookie.split('; ').find((c) => c.startsWith('mymts_csrf='))?.split('=')[1] ?? '';
      await fetch('/api/auth/logout', { method: 'POST', headers: { 'X-CSRF-Token': csrf } });
    });
    await expect.poll(kept).toEqual([]);
  } finally {
    server.kill('SIGKILL');
    await context.close();
  }
});
