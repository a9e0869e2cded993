// The tariff change and the Personal TV builder on a 360 px phone: the breakdown and the live
// price fit the screen, and a preview changes nothing until it is confirmed (these flows only
// preview, so they leave the demo data as they found it).
import { expect, test } from '@playwright/test';
import { appReady } from './routes';
import { expectNoAxeViolations } from './axe';
import { signInByApi } from './auth';

async function noSideScroll(page: import('@playwright/test').Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('at 360 px a tariff switch is previewed with its breakdown and can be cancelled', async ({ page }) => {
  await signInByApi(page, 'ivanov');
  await page.goto('/services/tariff');
  await appReady(page);
  const current = await page.getByTestId('current-tariff').locator('.row__title').innerText();
  await page.getByTestId('tariff-choice').first().getByRole('button').click();
  const panel = page.getByTestId('change-panel');
  await expect(panel.getByTestId('quote')).toContainText(current);
  await expect(panel.getByTestId('quote-balance-after')).toContainText('₽');
  await noSideScroll(page);
  await expectNoAxeViolations(page);
  await panel.getByRole('button', { name: 'Отмена' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId('current-tariff')).toContainText(current);
});

test('at 360 px Personal TV prices a pick live and the preview shows the same total', async ({ page }) => {
  await signInByApi(page, 'ivanov');
  await page.goto('/tv/personal');
  await appReady(page);
  const total = page.getByTestId('price-total').locator('.money__value');
  const before = await total.innerText();
  const row = page.locator('li.channel-row:not(.channel-row--locked)').first();
  await row.getByRole('checkbox').check();
  await expect(total).not.toHaveText(before);
  const built = await total.innerText();
  await page.getByRole('button', { name: 'Рассчитать подключение' }).click();
  const panel = page.getByTestId('change-panel');
  await expect(panel.getByTestId('quote-tv-total')).toHaveText(built);
  await noSideScroll(page);
  await expectNoAxeViolations(page);
  await panel.getByRole('button', { name: 'Отмена' }).click();
  // Unticking brings the price back.
  await row.getByRole('checkbox').uncheck();
  await expect(total).toHaveText(before);
  await expect(page.getByTestId('personal-empty')).toBeVisible();
});
