// Identity flows in the browser (PRODUCT.md §1.3, §1.5). Demo data is shared by the whole
// run, so each test uses its own customer or one no other test ends sessions of.
import { expect, test } from '@playwright/test';
import { appReady } from './routes';
import { expectNoAxeViolations } from './axe';
import { lastOutboxId, signInThroughForm, waitForSecret } from './auth';


test('password sign-in returns to the page asked for, shows the name, and signs out', async ({ page }) => {
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/signin\?next=\/dashboard$/);
  await appReady(page);
  await signInThroughForm(page, 'ivanov');
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('account-name')).toHaveText('Иванов Иван Иванович');
  await expectNoAxeViolations(page);

  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByTestId('header-signin')).toBeVisible();
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/signin\?next=\/profile$/);
});

test('a wrong password says so and keeps the typed login', async ({ page }) => {
  await page.goto('/signin');
  await appReady(page);
  const login = page.getByLabel('Логин, телефон, номер договора или лицевого счёта');
  await login.fill('uralsvyaz');
  await page.getByTestId('signin-password').locator('input[name=password]').fill('Wrong-Passw0rd');
  await page.getByTestId('signin-password').getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByTestId('form-error')).toContainText('Неверный логин или пароль.');
  await expect(login).toHaveValue('uralsvyaz');
  await expect(page).toHaveURL(/\/signin$/);
  await expectNoAxeViolations(page);
});

test('fields are checked as you type, next to the field, in the chosen language', async ({ page }) => {
  await page.goto('/signin');
  await appReady(page);
  await page.getByTestId('lang-en').click();
  const login = page.getByLabel('Login, phone, contract or account number');
  await login.fill('12');
  await expect(login).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await login.getAttribute('aria-describedby'))!.split(' ');
  const errorText = await page.locator(`[id="${describedBy[describedBy.length - 1]}"]`).innerText();
  expect(errorText.length).toBeGreaterThan(5);
  await login.fill('ivanov');
  await expect(login).not.toHaveAttribute('aria-invalid', 'true');
  // Submitting empty fields marks them as required instead of asking the server.
  await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
  await expect(page.getByTestId('signin-password').locator('input[name=password]')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});

test('the sign-in methods are keyboard-operable tabs', async ({ page }) => {
  await page.goto('/signin');
  await appReady(page);
  const first = page.getByTestId('tab-password');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-sms')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('tab-sms')).toBeFocused();
  await expect(page.getByTestId('signin-sms')).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByTestId('tab-sim')).toBeFocused();
  await expect(page.getByTestId('signin-sim')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-password')).toBeFocused();
  await expect(page.getByRole('tabpanel')).toHaveCount(1);
});

test('SMS code sign-in: request, cooldown, code from the outbox', async ({ page }) => {
  const phone = '+79161234567';
  const before = await lastOutboxId(page.request, phone);
  await page.goto('/signin');
  await appReady(page);
  await page.getByTestId('tab-sms').click();
  await page.getByLabel('Номер мобильного телефона').fill('8 916 123-45-67');
  await page.getByRole('button', { name: 'Получить код' }).click();
  await expect(page.getByTestId('resend-countdown')).toContainText('Новый код можно запросить через');
  await expect(page.getByRole('button', { name: 'Отправить код ещё раз' })).toBeDisabled();
  await expectNoAxeViolations(page);
  const code = await waitForSecret(page.request, phone, /Код для входа в Мой МТС: (\d{6})/, before);
  await page.getByRole('textbox', { name: 'Код из SMS' }).fill(code);
  await page.getByTestId('signin-sms').getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('account-name')).toHaveText('Иванов Иван Иванович');
});

// Sidorov's account: the SIM test creates it (temporary password, forced change), then
// recovery sets another password and ends his other sessions, so the two run in order.
test.describe('Sidorov (interactive satellite TV)', () => {
  test.describe.configure({ mode: 'serial' });

  test('SIM + SMS password forces a password change first', async ({ page }) => {
    const simPhone = '+79131112233';
    const before = await lastOutboxId(page.request, simPhone);
    await page.goto('/signin');
    await appReady(page);
    await page.getByTestId('tab-sim').click();
    await page.getByLabel('Номер SIM-карты приёмника').fill('8970 1000 0000 0000 039');
    await page.getByRole('button', { name: 'Получить пароль по SMS' }).click();
    const password = await waitForSecret(page.request, simPhone, /Временный пароль для входа в Мой МТС: (\S+?)\. /, before);
    await page.getByLabel('Пароль из SMS').fill(password);
    await page.getByTestId('signin-sim').getByRole('button', { name: 'Войти' }).click();
    await expect(page).toHaveURL(/\/password$/);
    await appReady(page);
    await expectNoAxeViolations(page);
    // Nothing else opens until the password is changed.
    await page.goto('/profile');
    await expect(page).toHaveURL(/\/password$/);
    await appReady(page);
    await page.getByLabel('Текущий пароль').fill(password);
    const fresh = page.getByLabel('Новый пароль');
    await fresh.fill('short');
    await expect(fresh).toHaveAttribute('aria-invalid', 'true');
    await fresh.fill('Sidorov-Passw0rd-2026');
    await page.getByRole('button', { name: 'Сменить пароль' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId('account-name')).toHaveText('Сидоров Пётр Алексеевич');
  });

  test('recovery by SMS: code from the outbox, new password, signed in', async ({ page }) => {
    const phone = '+79131112233';
    const before = await lastOutboxId(page.request, phone);
    await page.goto('/recovery');
    await appReady(page);
    await page.getByTestId('recovery-request').getByLabel('Логин, телефон, номер договора или лицевого счёта').fill('54-3000001');
    await expect(page.getByRole('radio', { name: 'SMS на телефон из договора' })).toBeChecked();
    await page.getByTestId('recovery-request').getByRole('button', { name: 'Получить код' }).click();
    await expect(page.getByTestId('recovery-finish')).toBeVisible();
    await expectNoAxeViolations(page);
    const code = await waitForSecret(page.request, phone, /Код для восстановления доступа к Мой МТС: (\d{6})/, before);
    await page.getByRole('textbox', { name: 'Код из SMS' }).fill(code);
    const fresh = page.getByLabel('Новый пароль');
    await fresh.fill('aaaaaaaaaaaa');
    await expect(fresh).toHaveAttribute('aria-invalid', 'true');
    await fresh.fill('Recovered-Passw0rd-7');
    await page.getByRole('button', { name: 'Сохранить пароль и войти' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId('account-name')).toHaveText('Сидоров Пётр Алексеевич');
  });
});

test('satellite "forgot login": chip ID + smart card give the account number; a mismatch says so', async ({ page }) => {
  await page.goto('/recovery');
  await appReady(page);
  const form = page.getByTestId('satellite-login');
  await form.getByLabel('ID чипа приёмника').fill('1234567890');
  await form.getByLabel('Номер смарт-карты').fill('500600700800');
  await form.getByRole('button', { name: 'Узнать номер лицевого счёта' }).click();
  await expect(form.getByTestId('form-error')).toContainText('Данные не совпадают с нашими записями.');
  await expect(form.getByLabel('ID чипа приёмника')).toHaveValue('1234567890');
  await form.getByLabel('Номер смарт-карты').fill('100200300400');
  await form.getByRole('button', { name: 'Узнать номер лицевого счёта' }).click();
  await expect(form.getByRole('status')).toContainText('100000000040');
  await expectNoAxeViolations(page);
});
