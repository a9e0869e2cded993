// Money in the browser (PRODUCT.md §2, §3): the overview, a top-up by card with its receipt,
// 3-D Secure on the bank's page, a decline that charges nothing, the history with reasons.
import { expect, test, type Page } from '@playwright/test';
import { appReady } from './routes';
import { expectNoAxeViolations } from './axe';
import { signInByApi } from './auth';

test.describe.configure({ mode: 'serial' });


const form = (page: Page) => page.getByTestId('top-up');

type Entry = { id: number; kind: string; amount: number; payment_id?: string };

/** Every entry of an account's history (all pages, newest first), through the API with the
 * page's session: not capped at the one page the history list shows. */
async function history(page: Page, account: number): Promise<Entry[]> {
  const entries: Entry[] = [];
  let cursor: string | undefined;
  do {
    const after = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const response = await page.request.get(`/api/history?account=${account}&limit=100${after}`);
    expect(response.status(), 'GET /api/history').toBe(200);
    const body: { entries: Entry[]; next_cursor?: string } = await response.json();
    entries.push(...body.entries);
    cursor = body.next_cursor;
  } while (cursor);
  return entries;
}

/** An account with its balance in kopecks, through the API: `account`, or without it the one
 * `/payments` pays into when no `?account` is given (the dashboard's selected one). */
async function accountWithBalance(page: Page, account?: number): Promise<{ id: number; balance: number }> {
  const response = await page.request.get(account === undefined ? '/api/dashboard' : `/api/dashboard?account=${account}`);
  expect(response.status(), 'GET /api/dashboard').toBe(200);
  const { id, balance } = (await response.json()).selected.account;
  return { id, balance };
}

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
  await fillCard(page, '150', '4111 1111 1111 1111');
  await form(page).getByRole('button', { name: 'Оплатить' }).click();
  await expect(page.getByTestId('payment-result')).toContainText('зачислен');
  const receipt = page.getByTestId('receipt-link').first();
  const href = await receipt.getAttribute('href');
  const id = /^\/api\/payments\/([^/]+)\/receipt\.pdf$/.exec(href ?? '')?.[1];
  expect(id, `the receipt link ${href} names the payment`).toBeTruthy();
  const pdf = await page.request.get(href!);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
  // The payment is on the balance once: exactly one ledger entry records it (the whole
  // history, every page), for 150 ₽.
  const paid = await page.request.get(`/api/payments/${id}`);
  expect(paid.status()).toBe(200);
  const account: number = (await paid.json()).account_id;
  const entries = (await history(page, account)).filter((e) => e.payment_id === id);
  expect(entries.map((e) => [e.kind, e.amount])).toEqual([['payment', 15_000]]);
  // The history list gained exactly that one entry (its receipt link is the payment's), and
  // it says why.
  const entry = page.getByTestId('history-item').filter({ has: page.locator(`a[href="${href}"]`) });
  await expect(entry).toHaveCount(1);
  await entry.locator('summary').click();
  await expect(entry.getByTestId('history-why')).toContainText('1111');
  await expectNoAxeViolations(page);
});

test('a declined card says so and charges nothing; typed fields stay', async ({ page }) => {
  await signInByApi(page, 'ivanov');
  await page.goto('/payments');
  await appReady(page);
  const before = await accountWithBalance(page);
  const brief = (entries: Entry[]) => entries.map((e) => `${e.id} ${e.kind} ${e.amount}`);
  const entriesBefore = brief(await history(page, before.id));
  expect(entriesBefore.length).toBeGreaterThan(0);
  await fillCard(page, '99', '4000 0000 0000 0002');
  await form(page).getByRole('button', { name: 'Оплатить' }).click();
  await expect(page.getByTestId('form-error')).toBeVisible();
  await expect(page.getByTestId('payment-result')).toHaveCount(0);
  await expect(form(page).locator('input[name=amount]')).toHaveValue('99');
  // Nothing was charged or credited: the same balance, and the same history, entry by entry.
  const after = await accountWithBalance(page, before.id);
  expect(after.balance, 'the balance').toBe(before.balance);
  expect(brief(await history(page, before.id)), 'the history').toEqual(entriesBefore);
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

test('the history filters by kind and period, and its CSV holds the same entries', async ({ page }) => {
  await signInByApi(page, 'ivanov');
  await page.goto('/payments');
  await appReady(page);
  const items = page.getByTestId('history-item');
  await expect(items.first()).toBeVisible();
  // One kind: every entry shown is a payment, and the CSV link asks for the same.
  await page.getByTestId('history-kind').selectOption('payment');
  await expect(page.getByTestId('history-csv')).toHaveAttribute('href', /kind=payment/);
  await expect(page.getByTestId('history-list')).toHaveAttribute('aria-busy', 'false');
  await expect(items.first()).toBeVisible();
  const kinds = await items.locator('.history__kind').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(['Платёж']));
  const csv = await page.request.get((await page.getByTestId('history-csv').getAttribute('href'))!);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const rows = (await csv.text()).trim().split('\r\n').slice(1);
  expect(rows.length).toBeGreaterThanOrEqual(kinds.length);
  for (const row of rows) expect(row.split(',')[1]).toBe('Платёж');
  // A period: a period in the future has no entries; today keeps just today's payments (the
  // top-ups of the tests above).
  const today = new Date().toISOString().slice(0, 10);
  await page.getByTestId('history-from').fill('2099-01-01');
  await expect(page.getByText('Операций пока нет')).toBeVisible();
  await expect(page.getByTestId('history-csv')).toHaveAttribute('href', /from=2099-01-01/);
  const empty = await page.request.get((await page.getByTestId('history-csv').getAttribute('href'))!);
  expect((await empty.text()).trim().split('\r\n')).toHaveLength(1);
  await page.getByTestId('history-from').fill(today);
  await page.getByTestId('history-to').fill(today);
  await expect(items.first()).toBeVisible();
  await expect(page.getByTestId('history-list')).toHaveAttribute('aria-busy', 'false');
  const [y, m, d] = today.split('-');
  const times = await items.locator('time').allTextContents();
  expect(times.length).toBeGreaterThan(0);
  for (const when of times) expect(when.startsWith(`${d}.${m}.${y}`)).toBe(true);
  await expectNoAxeViolations(page);
});
