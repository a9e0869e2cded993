import { expect, test } from '@playwright/test';
import { appReady } from './routes';

test('Russian is the default language; English persists across reloads', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByTestId('lang-ru')).toHaveAttribute('aria-pressed', 'true');
  const ruHeading = await page.locator('h1').innerText();

  await page.getByTestId('lang-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('lang-en')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('h1')).not.toHaveText(ruHeading);

  await page.reload();
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('lang-en')).toHaveAttribute('aria-pressed', 'true');

  await page.getByTestId('lang-ru').click();
  await expect(page.locator('h1')).toHaveText(ruHeading);
});

test('the theme switch applies at once and persists across reloads', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const select = page.getByTestId('theme-select');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await select.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const light = await background();

  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(background).not.toBe(light);
  const dark = await background();

  await page.reload();
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('theme-select')).toHaveValue('dark');
  expect(await background()).toBe(dark);
});

test('system theme follows the operating system preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await appReady(page);
  await page.getByTestId('theme-select').selectOption('system');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    .not.toBe(dark);
});
