// Bonus transfers and the public balance check (PRODUCT.md §3, §5; issue 7 items 9 and 10),
// registered by bonus.spec.ts (desktop) and bonus.phone.spec.ts (360 px). Other specs make
// payments that accrue points, and both projects run at once: every figure is compared
// with what it was just before, never with a fixed number.
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { appReady } from './routes';
import { expectNoAxeViolations } from './axe';
import { DEMO_PASSWORD, signInByApi } from './auth';

type BonusView = {
  balance: number;
  sent_today: number;
  transfer_daily_limit: number;
  history: { kind: string; points: number; detail: string }[];
};

async function bonus(request: APIRequestContext): Promise<BonusView> {
  const response = await request.get('/api/bonus');
  expect(response.status()).toBe(200);
  return response.json();
}

/** A second browser signed in as the receiver, so both sides are seen at once. */
async function receiverContext(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  const response = await context.request.post('/api/auth/sign-in', {
    data: { login: 'uralsvyaz', password: DEMO_PASSWORD },
  });
  expect(response.status()).toBe(200);
  return context;
}

export function bonusTests() {
  test('points go to another number after a confirmation, and the receiver sees them', async ({
    page,
    browser,
    baseURL,
  }) => {
    await signInByApi(page, 'ivanov');
    const receiver = await receiverContext(browser, baseURL);
    const theirsBefore = await bonus(receiver.request);
    const mineBefore = await bonus(page.request);

    await page.goto('/bonuses');
    await appReady(page);
    const shown = Number(await page.getByTestId('bonus-balance').locator('.money__value').textContent());
    expect(shown).toBeGreaterThanOrEqual(10);
    const form = page.getByTestId('transfer-form');
    const to = form.locator('input[name=to]');
    const points = form.locator('input[name=points]');
    // Refusals in words, as typed, by the same rules the server applies.
    await to.fill('12345');
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await to.fill('+7 950 123-45-67');
    await expect(to).not.toHaveAttribute('aria-invalid', 'true');
    await points.fill('501');
    await expect(points).toHaveAttribute('aria-invalid', 'true');
    await expect(form).toContainText('Превышен дневной лимит перевода баллов.');
    await points.fill('5');
    await expect(form).toContainText('Перевести можно не меньше 10 баллов.');
    await to.fill('8 916 123-45-67');
    await points.fill('10');
    await expect(form).toContainText('Нельзя перевести баллы на свой же номер.');
    await to.fill('8 950 123-45-67');
    await expect(to).not.toHaveAttribute('aria-invalid', 'true');
    await expect(points).not.toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await form.getByRole('button', { name: 'Продолжить' }).click();
    const confirm = page.getByTestId('transfer-confirm');
    await expect(confirm.getByTestId('transfer-to')).toHaveText('+7 950 123-45-67');
    await expect(confirm.getByTestId('transfer-points')).toHaveText('10');
    await expect(confirm.getByTestId('transfer-after')).toHaveText(String(shown - 10));
    await expect(confirm.getByTestId('transfer-limit-left')).toHaveText(/^\d+$/);
    await expectNoAxeViolations(page);
    await confirm.getByRole('button', { name: 'Перевести' }).click();
    await expect(page.getByTestId('bonus-notice')).toContainText('Переведено 10 баллов на номер +7 950 123-45-67.');
    await expect(page.getByTestId('bonus-history')).toContainText('Перевод на номер +7 950 123-45-67');

    const mineAfter = await bonus(page.request);
    expect(mineAfter.sent_today).toBeGreaterThanOrEqual(mineBefore.sent_today + 10);
    const theirsAfter = await bonus(receiver.request);
    expect(theirsAfter.balance).toBeGreaterThanOrEqual(theirsBefore.balance + 10);
    expect(theirsAfter.history.some((e) => e.kind === 'transfer_in' && e.points === 10 && e.detail === '+79161234567')).toBe(true);

    // The receiver's page says where the points came from.
    const theirPage = await receiver.newPage();
    await theirPage.goto('/bonuses');
    await appReady(theirPage);
    await expect(theirPage.getByTestId('bonus-history')).toContainText('Перевод с номера +7 916 123-45-67');
    await receiver.close();
  });

  test('the balance of a contract is checked without signing in, by the form and by a link', async ({
    page,
  }) => {
    await page.goto('/balance-check');
    await appReady(page);
    const form = page.getByTestId('balance-form');
    const field = form.locator('input[name=contract]');
    await field.fill('12');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await field.fill('99-9999999');
    await form.getByRole('button', { name: 'Узнать баланс' }).click();
    await expect(page.getByTestId('balance-error')).toContainText('Договор не найден.');
    await field.fill('77-1000001');
    await form.getByRole('button', { name: 'Узнать баланс' }).click();
    const result = page.getByTestId('balance-result');
    await expect(result).toContainText('Баланс по договору 77-1000001');
    await expect(result).toContainText('₽');
    await expect(result).not.toContainText('Иван');
    await expectNoAxeViolations(page);

    await page.goto('/balance?contract=66-4000001');
    await appReady(page);
    await expect(page.locator('input[name=contract]')).toHaveValue('66-4000001');
    await expect(page.getByTestId('balance-result')).toContainText('Баланс по договору 66-4000001');
    await expectNoAxeViolations(page);
  });
}
