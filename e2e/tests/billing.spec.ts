// Auto-payment and the promised payment in the browser (PRODUCT.md §3, §6): a rule is set up
// from a saved card, listed, paused, resumed and deleted after a question; a promised payment
// shows its eligibility, the fee and the expiry before it is confirmed, is taken once, and
// the dashboard counts it down. Ivanov's home account is the one changed here: no other spec
// asserts its balance (the money spec checks only that the switcher reaches it).
import { expect, test, type Page } from '@playwright/test';
import { appReady } from './routes';
import { expectNoAxeViolations } from './axe';
import { signInByApi } from './auth';

test.describe.configure({ mode: 'serial' });

async function homeAccount(page: Page): Promise<number> {
  await signInByApi(page, 'ivanov');
  const response = await page.request.get('/api/dashboard');
  expect(response.ok()).toBeTruthy();
  const accounts: { id: number; service: string }[] = (await response.json()).accounts;
  return accounts.find((a) => a.service === 'home')!.id;
}

/** A day of the month that is not today, so the job runner does not charge during the test. */
function notToday(): string {
  return String((new Date().getUTCDate() % 28) + 1);
}

test('an auto-payment is set up from a saved card, paused, resumed and deleted', async ({ page }) => {
  const account = await homeAccount(page);
  await page.goto(`/autopay?account=${account}`);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Автоплатёж' })).toBeVisible();

  // No saved card yet: the page says where one is saved, and the link goes there.
  const noCard = page.getByTestId('autopay-no-card');
  await expect(noCard).toContainText('Нет сохранённой карты');
  await expectNoAxeViolations(page);
  await noCard.getByRole('link', { name: 'Пополнить и сохранить карту' }).click();
  await expect(page).toHaveURL(new RegExp(`/payments\\?account=${account}$`));
  await appReady(page);
  const topUp = page.getByTestId('top-up');
  await topUp.locator('input[name=amount]').fill('100');
  await topUp.locator('input[name=card-number]').fill('4111 1111 1111 1111');
  await topUp.locator('input[name=expiry]').fill('12/30');
  await topUp.locator('input[name=cvc]').fill('123');
  await topUp.locator('input[name=save-card]').check();
  await topUp.getByRole('button', { name: 'Оплатить' }).click();
  await expect(page.getByTestId('payment-result')).toContainText('зачислен');

  await page.goto(`/autopay?account=${account}`);
  await appReady(page);
  const rules = page.getByTestId('autopay-rules');
  await expect(rules).toContainText('автоплатежей ещё нет');
  const form = page.getByTestId('autopay-form');
  await expect(form.locator('select[name=card]')).toContainText('1111');

  // Checked as typed: a daily cap below the amount is refused at its field.
  await form.locator('input[name=threshold]').fill('100');
  await form.locator('input[name=amount]').fill('500');
  await form.locator('input[name=monthly-cap]').fill('3000');
  const daily = form.locator('input[name=daily-cap]');
  await daily.fill('300');
  await expect(daily).toHaveAttribute('aria-invalid', 'true');
  await daily.fill('1000');
  await expect(daily).not.toHaveAttribute('aria-invalid', 'true');

  // Monthly instead, on a day that is not today.
  await form.getByLabel('Раз в месяц, в выбранный день').check();
  const day = form.locator('input[name=day]');
  await day.fill('32');
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await day.fill(notToday());
  await expect(day).not.toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Включить автоплатёж' }).click();

  const rule = page.getByTestId('autopay-rule');
  await expect(rule).toHaveCount(1);
  await expect(rule).toContainText(`Пополнить на 500,00\u00a0₽ ${notToday()}-го числа каждого месяца`);
  await expect(rule).toContainText('1\u00a0000,00\u00a0₽ в день');
  await expect(rule).toContainText('•••• 1111');
  await expect(rule.getByTestId('autopay-state')).toHaveText('Включён');
  await expect(page.getByTestId('autopay-notice')).toContainText('Автоплатёж включён.');

  await rule.getByRole('button', { name: 'Приостановить' }).click();
  await expect(rule.getByTestId('autopay-state')).toHaveText('Приостановлен');
  await rule.getByRole('button', { name: 'Возобновить' }).click();
  await expect(rule.getByTestId('autopay-state')).toHaveText('Включён');

  const log = rule.getByRole('button', { name: 'Попытки списания' });
  await log.click();
  await expect(log).toHaveAttribute('aria-expanded', 'true');
  await expect(rule.getByTestId('autopay-attempts-empty')).toBeVisible();
  await expectNoAxeViolations(page);

  // Delete asks first; cancelling keeps the rule.
  await rule.getByRole('button', { name: 'Удалить' }).click();
  const ask = rule.getByTestId('autopay-delete');
  await expect(ask).toContainText('Удалить этот автоплатёж?');
  await ask.getByRole('button', { name: 'Отмена' }).click();
  await expect(rule).toHaveCount(1);
  await rule.getByRole('button', { name: 'Удалить' }).click();
  await rule.getByRole('button', { name: 'Да, удалить' }).click();
  await expect(page.getByTestId('autopay-rule')).toHaveCount(0);
  await expect(page.getByTestId('autopay-notice')).toContainText('Автоплатёж удалён.');
  await expect(rules).toContainText('автоплатежей ещё нет');
  const left = await (await page.request.get('/api/autopay')).json();
  expect(left.filter((r: { account_id: number }) => r.account_id === account)).toEqual([]);
});

test('a promised payment shows the fee and expiry first, is taken once and counted down', async ({ page }) => {
  const account = await homeAccount(page);
  const before = (await (await page.request.get(`/api/dashboard?account=${account}`)).json()).selected.account.balance;
  await page.goto(`/promised?account=${account}`);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Обещанный платёж' })).toBeVisible();

  const offer = page.getByTestId('promised-offer');
  await expect(offer.getByTestId('promised-range')).toContainText('Можно взять от 50,00\u00a0₽ до');
  await expect(offer.getByTestId('promised-cap-how')).toContainText('средние расходы за три последних полных месяца');
  await expect(offer.getByTestId('promised-term')).toContainText('7\u00a0дней');
  await expectNoAxeViolations(page);

  // The amount is checked as typed by the shared rule.
  const amount = offer.locator('input[name=amount]');
  await amount.fill('10');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await amount.fill('100');
  await expect(amount).not.toHaveAttribute('aria-invalid', 'true');
  // The fee and the expiry before anything is confirmed.
  const preview = offer.getByTestId('promised-preview');
  await expect(preview).toContainText('Комиссия 10,00\u00a0₽. Вернуть 110,00\u00a0₽ до');
  await expect(preview).toContainText(/\d\d\.\d\d\.\d{4} \d\d:\d\d/);
  await offer.getByRole('button', { name: 'Продолжить' }).click();
  const confirm = page.getByTestId('promised-confirm');
  await expect(confirm.getByRole('heading', { name: 'Проверьте и подтвердите' })).toBeFocused();
  await expect(confirm.getByTestId('promised-terms')).toContainText('Комиссия 10,00\u00a0₽. Вернуть 110,00\u00a0₽ до');
  await expect((await (await page.request.get(`/api/promised?account=${account}`)).json()).open).toBeNull();
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Взять обещанный платёж' }).click();

  await expect(page.getByTestId('promised-taken')).toContainText('Обещанный платёж на 100,00\u00a0₽ зачислен.');
  const open = page.getByTestId('promised-open');
  await expect(open.getByTestId('promised-amount')).toHaveText('100,00\u00a0₽');
  await expect(open.getByTestId('promised-outstanding')).toHaveText('110,00\u00a0₽');
  await expect(open.getByTestId('promised-status')).toHaveText('Действует');
  await expect(open.getByTestId('promised-countdown')).toContainText('вернуть 110,00\u00a0₽, осталось 7\u00a0дней');
  await expect(page.getByTestId('promised-ineligible')).toContainText('сначала нужно вернуть');
  const after = (await (await page.request.get(`/api/dashboard?account=${account}`)).json()).selected.account.balance;
  expect(after - before).toBe(10_000);
  await expectNoAxeViolations(page);

  // The dashboard counts it down and links here.
  await page.goto(`/dashboard?account=${account}`);
  await appReady(page);
  const due = page.getByTestId('promised-countdown');
  await expect(due).toContainText('Обещанный платёж: вернуть 110,00\u00a0₽, осталось 7\u00a0дней, до');
  await expect(due.getByTestId('promised-link')).toHaveAttribute('href', `/promised?account=${account}`);
  await expectNoAxeViolations(page);
  await due.getByTestId('promised-link').click();
  await expect(page).toHaveURL(new RegExp(`/promised\\?account=${account}$`));
  await appReady(page);
  await expect(page.getByTestId('promised-open')).toBeVisible();
});

test('the billing pages speak English too', async ({ page }) => {
  await homeAccount(page);
  await page.goto('/autopay');
  await appReady(page);
  await page.getByTestId('lang-en').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auto-payment' })).toBeVisible();
  await page.goto('/promised');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Promised payment' })).toBeVisible();
  await expect(page.getByTestId('promised-range')).toContainText('You can take from ₽50.00 to');
});
