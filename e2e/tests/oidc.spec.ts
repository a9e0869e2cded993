// Sign-in with an OpenID Connect provider (PRODUCT.md §1.3): the local provider of
// tools/oidc-provider (started by playwright.config.ts) approves at once, as the subject
// set through its /mock/subject control endpoint.
import { expect, test } from '@playwright/test';
import { appReady } from './routes';
import { DEMO_PASSWORD } from './auth';

const issuer = process.env.E2E_OIDC_ISSUER!;

test('link a provider account in the profile, sign out, sign in with it, unlink', async ({ page, request }) => {
  const sub = `e2e-ivanov-${Date.now()}`;
  expect((await request.post(`${issuer}/mock/subject`, { data: { sub } })).ok()).toBeTruthy();

  // Not linked yet: back on /signin with the reason, in Russian.
  await page.goto('/signin');
  await appReady(page);
  await page.getByTestId('oidc-sign-in').click();
  await expect(page).toHaveURL(/\/signin\?oidc=oidc_not_linked$/);
  await appReady(page);
  await expect(page.getByTestId('oidc-error')).toContainText('не привязан');

  // Password sign-in, then link from the profile.
  await page.getByLabel('Логин, телефон, номер договора или лицевого счёта').fill('ivanov');
  await page.getByTestId('signin-password').locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.getByTestId('signin-password').getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/profile');
  await appReady(page);
  await expect(page.getByTestId('oidc-empty')).toBeVisible();
  await page.getByTestId('oidc-link-start').getByRole('button').click();
  await expect(page).toHaveURL(/\/profile\?oidc=linked$/);
  await expect(page.getByTestId('oidc-notice')).toBeVisible();
  await expect(page.getByTestId('oidc-link')).toHaveCount(1);

  // Sign out; "sign in with" now opens the dashboard.
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/signin$/);
  await page.getByTestId('oidc-sign-in').click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('account-name')).toHaveText('Иванов Иван Иванович');

  // Unlink.
  await page.goto('/profile');
  await appReady(page);
  await page.getByTestId('oidc-unlink').click();
  await expect(page.getByTestId('oidc-empty')).toBeVisible();
});
