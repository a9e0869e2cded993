// Registration (PRODUCT.md §1.2): identity data checked as typed, a proof of work solved in
// the page with a progress bar, the login and password e-mailed (dev outbox). These tests
// register demo customers, so they run in order in one worker.
import { expect, test, type Page } from '@playwright/test';
import { appReady } from './routes';
import { expectNoAxeViolations } from './axe';
import { waitForSecret } from './auth';

test.describe.configure({ mode: 'serial' });


const form = (page: Page) => page.getByTestId('register-form');
const field = (page: Page, name: string) => form(page).locator(`input[name=${name}]`);

async function fillIndividual(page: Page, passportNumber: string) {
  await form(page).getByLabel('Спутниковое ТВ').check();
  await field(page, 'full_name').fill('Петрова Анна Сергеевна');
  await field(page, 'birth_date').fill('01.07.1992');
  await field(page, 'passport_series').fill('4012');
  await field(page, 'passport_number').fill(passportNumber);
  await field(page, 'passport_issued_on').fill('15.07.2012');
  await field(page, 'passport_issued_by').fill('ГУ МВД России по г. Санкт-Петербургу');
  await field(page, 'division_code').fill('780-001');
  await field(page, 'contract_number').fill('78-2000002');
  await field(page, 'email').fill('petrova@example.ru');
}

test('fields are checked as typed, and an empty form names every missing field', async ({ page }) => {
  await page.goto('/register');
  await appReady(page);
  await field(page, 'birth_date').fill('31.02.1990');
  await expect(field(page, 'birth_date')).toHaveAttribute('aria-invalid', 'true');
  await field(page, 'birth_date').fill('01.07.1992');
  await expect(field(page, 'birth_date')).not.toHaveAttribute('aria-invalid', 'true');
  await form(page).getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(form(page).locator('[aria-invalid=true]').first()).toBeFocused();
  // The legal status decides the fields.
  await form(page).getByLabel('Юридическое лицо').check();
  await expect(field(page, 'kpp')).toBeVisible();
  await expect(field(page, 'passport_series')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('data that do not match say only that, and keep what was typed', async ({ page }) => {
  await page.goto('/register');
  await appReady(page);
  await fillIndividual(page, '000001');
  await form(page).getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(page.getByTestId('form-error')).toContainText('не совпадают', { timeout: 30_000 });
  await expect(field(page, 'passport_number')).toHaveValue('000001');
  await expect(field(page, 'email')).toHaveValue('petrova@example.ru');
});

test('a match registers after the proof of work and e-mails the login and password', async ({ page, request }) => {
  await page.goto('/register');
  await appReady(page);
  await fillIndividual(page, '654321');
  await form(page).getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(page.getByTestId('register-done')).toContainText('Готово', { timeout: 30_000 });
  await expectNoAxeViolations(page);
  const password = await waitForSecret(request, 'petrova@example.ru', /Пароль: (\S+)/);
  const login = await waitForSecret(request, 'petrova@example.ru', /Логин: (\S+)/);

  await page.getByRole('link', { name: 'Войти' }).last().click();
  await expect(page).toHaveURL(/\/signin$/);
  await appReady(page);
  await page.getByTestId('signin-password').locator('input[name=login]').fill(login);
  await page.getByTestId('signin-password').locator('input[name=password]').fill(password);
  await page.getByTestId('signin-password').getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('account-name')).toHaveText('Петрова Анна Сергеевна');
});

test('a contract already linked says so and points to recovery', async ({ page }) => {
  await page.goto('/register');
  await appReady(page);
  await form(page).getByLabel('Индивидуальный предприниматель').check();
  await field(page, 'full_name').fill('Кузнецов Алексей Петрович');
  await field(page, 'inn').fill('165500012389');
  await field(page, 'ogrnip').fill('319169000123450');
  await field(page, 'contract_number').fill('16-5000001');
  await field(page, 'email').fill('kuznetsov@example.ru');
  await form(page).getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(page.getByTestId('register-done')).toBeVisible({ timeout: 30_000 });

  await page.goto('/register');
  await appReady(page);
  await form(page).getByLabel('Индивидуальный предприниматель').check();
  await field(page, 'full_name').fill('Кузнецов Алексей Петрович');
  await field(page, 'inn').fill('165500012389');
  await field(page, 'ogrnip').fill('319169000123450');
  await field(page, 'contract_number').fill('16-5000001');
  await field(page, 'email').fill('kuznetsov@example.ru');
  await form(page).getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(page.getByTestId('register-recover')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('register-recover').click();
  await expect(page).toHaveURL(/\/recovery$/);
});
