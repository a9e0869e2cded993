// Money in the browser (PRODUCT.md §2, §3): the overview, a top-up by card with its receipt,
// 3-D Secure on the bank's page, a decline that charges nothing, the history with reasons.
import { expect, test, type Page } from '@playwright/test';
import { appReady } from './routes';
import { expectNoAxeViolations } from './axe';
import { signInByApi } from './auth';

test.describe.configure({ mode: 'serial' });


const form = (page: Page) => page.getByTestId('top-up');

async function fillCard(page: Page, amount: string, card: string) {
  await form(page).locator('input[name=amount]').fill(amount);
  const newCard = form(page).getByLabel('Новой картой');
  if (await newCard.count()) await newCard.check();
  await form(page).locator('input[name=card-number]').fill(card);
  await form(page).locator('input[name=expiry]').fill('12/30');
  await form(page).locator('input[name=cvc]').fill('123');
}

test('the overview shows balance, tariff and package in one place', async ({ page }) => {
  await signInByApi(page, 'ivanov');
  await page.goto('/dashboard');
  await appReady(page);
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.getByTestId('balance')).toContainText('₽');
  await expect(page.getByTestId('tariff')).not.toBeEmpty();
  await expect(page.getByTestId('account-switcher')).toBeVisible();
  await expectNoAxeViolations(page);
  // Another account of the same customer.
  const options = page.getByTestId('account-switcher').locator('option');
  const second = await options.nth(1).getAttribute('value');
  await page.getByTestId('account-switcher').selectOption(second!);
  await expect(page).toHaveURL(new RegExp(`account=${second}`));
  await expect(page.getByTestId('dashboard')).toBeVisible();
});

test('a card top-up is paid once, raises the balance and has a PDF receipt', async ({ page }) => {
  await signInByApi(page, 'ivanov');
  await page.goto('/payments');
  await appReady(page);
  await expect(page.getByTestId('history-item').first()).toBeVisible();
  const before = await page.getByTestId('history-item').count();
  await fillCard(page, '150', '4111 1111 1111 1111');
  await form(page).getByRole('button', { name: 'Оплатить' }).click();
  await expect(page.getByTestId('payment-result')).toContainText('зачислен');
  const receipt = page.getByTestId('receipt-link').first();
  const href = await receipt.getAttribute('href');
  const pdf = await page.request.get(href!);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
  // The history gained exactly one entry, and it says why.
  await expect(page.getByTestId('history-item')).toHaveCount(Math.min(before + 1, 20));
  await page.getByTestId('history-item').first().locator('summary').click();
  await expect(page.getByTestId('history-why').first()).toContainText('1111');
  await expectNoAxeViolations(page);
});

test('a declined card says so and charges nothing; typed fields stay', async ({ page }) => {
  await signInByApi(page, 'ivanov');
  await page.goto('/payments');
  await appReady(page);
  await fillCard(page, '99', '4000 0000 0000 0002');
  await form(page).getByRole('button', { name: 'Оплатить' }).click();
  await expect(page.getByTestId('form-error')).toBeVisible();
  await expect(form(page).locator('input[name=amount]')).toHaveValue('99');
});

test('3-D Secure: the bank page confirms, and the app shows the payment', async ({ page }) => {
  await signInByApi(page, 'ivanov');
  await page.goto('/payments');
  await appReady(page);
  await fillCard(page, '200', '4000 0000 0000 3220');
  await form(page).getByRole('button', { name: 'Оплатить' }).click();
  await expect(page).toHaveURL(/\/api\/payments\/3ds\//);
  await page.getByLabel('Код подтверждения').fill('123456');
  await page.getByRole('button', { name: 'Подтвердить' }).click();
  await page.getByRole('link', { name: 'Вернуться в личный кабинет' }).click();
  await expect(page).toHaveURL(/\/payments\?paid=/);
  await expect(page.getByTestId('payment-result')).toContainText('зачислен');
});
