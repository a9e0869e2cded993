import { expect, test } from '@playwright/test';
import { ACCOUNT_ROUTES, ALL_ROUTES, appReady } from './routes';
import { signInByApi } from './auth';

test('at 360 px the navigation collapses behind a keyboard-operable menu button', async ({ page }) => {
  await signInByApi(page, 'ivanov');
  await page.goto('/');
  await appReady(page);
  const toggle = page.getByTestId('nav-toggle');
  const nav = page.getByTestId('main-nav');
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.locator('a[href="/payments"]')).toBeHidden();

  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.locator('a[href="/payments"]')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();

  await toggle.click();
  await nav.locator('a[href="/payments"]').click();
  await expect(page).toHaveURL(/\/payments$/);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

for (const route of ALL_ROUTES) {
  test(`no horizontal scrolling at 360 px on ${route}`, async ({ page }) => {
    // Account pages as a signed-in customer sees them (the header then holds the name).
    if (ACCOUNT_ROUTES.includes(route)) await signInByApi(page, 'ivanov');
    await page.goto(route);
    await appReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
