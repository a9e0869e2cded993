// One app: a whole session — sign in through the form, every section of the navigation, sign
// out — is one document load, and the WebAssembly it downloads (as transferred) stays within
// the first-load budget of `make budget` (tools/bundle-budget.sh): nothing more is fetched.
import { expect, test } from '@playwright/test';
import { signInThroughForm } from './auth';
import { appReady } from './routes';

/** The walk's WebAssembly, transferred (brotli), at most: the first-load budget. */
const WALK_WASM_BUDGET = 540 * 1024;

const SECTIONS = [
  ['Обзор', /\/dashboard$/],
  ['Баланс и платежи', /\/payments$/],
  ['Интернет', /\/internet$/],
  ['Цифровое ТВ', /\/tv$/],
  ['Мобильная связь', /\/mobile$/],
  ['Бонусы', /\/bonuses$/],
  ['Услуги', /\/services$/],
  ['Расходы', /\/expenses$/],
  ['Поддержка', /\/support$/],
  ['Профиль', /\/profile$/],
] as const;

test('a whole session is one document load within the wasm budget', async ({ page }) => {
  test.setTimeout(90_000);
  const documents: string[] = [];
  const wasm: { url: string; bytes: Promise<number> }[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document' && request.frame() === page.mainFrame()) documents.push(request.url());
  });
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.endsWith('.wasm')) {
      wasm.push({ url: request.url(), bytes: request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize) });
    }
  });

  await page.goto('/signin');
  await appReady(page);
  await signInThroughForm(page, 'ivanov');
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('account-name')).toHaveText('Иванов Иван Иванович');

  const nav = page.getByRole('navigation', { name: 'Разделы личного кабинета' });
  for (const [name, url] of SECTIONS) {
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByTestId('header-signin')).toBeVisible();

  const files = await Promise.all(wasm.map(async (w) => ({ file: new URL(w.url).pathname, bytes: await w.bytes })));
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`walk: ${documents.length} document load(s), ${files.length} wasm file(s), ` +
    `${(total / 1024).toFixed(1)} KiB transferred\n` + files.map((f) => `  ${f.file} ${(f.bytes / 1024).toFixed(1)} KiB`).join('\n'));
  expect(documents, 'document loads over the whole session').toHaveLength(1);
  expect(total, 'wasm transferred over the whole session').toBeLessThanOrEqual(WALK_WASM_BUDGET);
});
