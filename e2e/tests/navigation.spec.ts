import { expect, test } from '@playwright/test';
import { appReady } from './routes';
import { signInByApi } from './auth';

// The skip link of every route: keyboard.spec.ts.

test('navigation works by keyboard alone and focuses the new heading', async ({ page }) => {
  await signInByApi(page, 'ivanov');
  await page.goto('/');
  await appReady(page);
  const link = page.getByTestId('main-nav').locator('a[href="/payments"]');
  // Tab until the payments link has focus (bounded, so a trap fails the test).
  for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/payments$/);
  await expect(page.locator('h1')).toBeFocused();
  await expect(link).toHaveAttribute('aria-current', 'page');
});

test('focus is visible on interactive elements', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  expect(outline.style !== 'none' && outline.width >= 2 || outline.shadow !== 'none').toBeTruthy();
});

test('back and forward keep working with client routing', async ({ page }) => {
  await signInByApi(page, 'ivanov');
  await page.goto('/dashboard');
  await appReady(page);
  await page.getByTestId('main-nav').locator('a[href="/tv"]').click();
  await expect(page).toHaveURL(/\/tv$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/tv$/);
});
