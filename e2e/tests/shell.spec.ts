import { expect, test } from '@playwright/test';
import { ALL_ROUTES, appReady } from './routes';

test('the shell loads with header, navigation, main and server status', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/');
  await appReady(page);
  // The boot shell (index.html's first paint) is gone once the app has mounted.
  await expect(page.locator('#boot-shell')).toHaveCount(0);
  await expect(page.locator('header')).toBeVisible();
  await expect(page.getByTestId('main-nav')).toBeAttached();
  await expect(page.locator('main#main')).toBeVisible();
  await expect(page.getByTestId('server-status')).toContainText('0.1.0');
  await expect(page).toHaveTitle(/МТС/);
  expect(errors).toEqual([]);
});

for (const route of ALL_ROUTES) {
  test(`route ${route} renders one heading and a title`, async ({ page }) => {
    const response = await page.goto(route);
    expect(response?.status()).toBe(200);
    await appReady(page);
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).length).toBeGreaterThan(3);
  });
}

test('an unknown route shows the not-found page, not the home page', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const home = await page.locator('h1').innerText();
  await page.goto('/no-such-page');
  await appReady(page);
  await expect(page.locator('h1')).not.toHaveText(home);
  // It offers a way back rather than a dead end.
  await expect(page.locator('main a[href="/"]')).toBeVisible();
});

test('assets are precompressed and cached; the API never falls back to the page', async ({ request, page }) => {
  await page.goto('/');
  await appReady(page);
  const wasm = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('.wasm')),
  );
  expect(wasm).toBeTruthy();
  const res = await request.get(wasm!, { headers: { 'accept-encoding': 'br' } });
  expect(res.headers()['content-encoding']).toBe('br');
  expect(res.headers()['cache-control']).toContain('immutable');
  const api = await request.get('/api/nope');
  expect(api.status()).toBe(404);
  expect(await api.json()).toMatchObject({ code: 'not_found' });
});
