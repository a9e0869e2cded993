import { expect, test } from '@playwright/test';
import { ACCOUNT_ROUTES, ALL_ROUTES, appReady } from './routes';
import { signInByApi } from './auth';
import { axeViolations as axe } from './axe';


for (const theme of ['light', 'dark'] as const) {
  for (const route of ALL_ROUTES) {
    test(`axe: ${route} (${theme}) has no WCAG 2.1 AA violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      // Account pages are checked as a signed-in customer sees them (not the sign-in page).
      if (ACCOUNT_ROUTES.includes(route)) await signInByApi(page, 'ivanov');
      await page.goto(route);
      await appReady(page);
      expect(await axe(page)).toEqual([]);
    });
  }
}

test('axe: every gallery component page has no WCAG 2.1 AA violations', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/gallery');
  await appReady(page);
  const hrefs = await page.getByTestId('gallery-link').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  const found: Record<string, unknown> = {};
  for (const href of hrefs) {
    await page.goto(href);
    await appReady(page);
    const violations = await axe(page);
    if (violations.length) found[href] = violations;
  }
  expect(found).toEqual({});
});
