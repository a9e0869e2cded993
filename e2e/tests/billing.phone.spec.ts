// The billing pages at 360 px: the promised payment's fee and expiry show before anything
// is confirmed, the auto-payment page fits, and axe finds nothing. Read-only: the legal
// entity's home account is only looked at.
import { expect, test, type Page } from '@playwright/test';
import { appReady } from './routes';
import { expectNoAxeViolations } from './axe';
import { signInByApi } from './auth';

async function homeAccount(page: Page): Promise<number> {
  await signInByApi(page, 'uralsvyaz');
  const accounts: { id: number; service: string }[] = (await (await page.request.get('/api/dashboard')).json()).accounts;
  return accounts.find((a) => a.service === 'home')!.id;
}

async function fits(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('the promised payment at 360 px shows the fee and expiry before confirmation', async ({ page }) => {
  const account = await homeAccount(page);
  await page.goto(`/promised?account=${account}`);
  await appReady(page);
  const offer = page.getByTestId('promised-offer');
  await offer.locator('input[name=amount]').fill('250');
  await expect(offer.getByTestId('promised-preview')).toContainText('Комиссия 20,00\u00a0₽. Вернуть 270,00\u00a0₽ до');
  await offer.getByRole('button', { name: 'Продолжить' }).click();
  await expect(page.getByTestId('promised-confirm')).toBeVisible();
  await fits(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Изменить сумму' }).click();
  await expect(offer.locator('input[name=amount]')).toHaveValue('250');
});

test('the auto-payment page fits 360 px', async ({ page }) => {
  const account = await homeAccount(page);
  await page.goto(`/autopay?account=${account}`);
  await appReady(page);
  await expect(page.getByTestId('autopay-rules')).toBeVisible();
  await fits(page);
  await expectNoAxeViolations(page);
});
