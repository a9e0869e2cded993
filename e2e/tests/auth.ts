// Helpers for the identity flows: demo identities (README) and the dev outbox.
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo-Passw0rd';

type OutboxMessage = { id: number; channel: 'sms' | 'email'; recipient: string; subject: string; body: string };

/** Messages to `to` (newest first), from the dev outbox. */
export async function outbox(request: APIRequestContext, to: string): Promise<OutboxMessage[]> {
  const response = await request.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`);
  expect(response.ok()).toBeTruthy();
  return response.json();
}

/** Waits for a message to `to` newer than `afterId` whose body matches `pattern`; returns group 1. */
export async function waitForSecret(
  request: APIRequestContext,
  to: string,
  pattern: RegExp,
  afterId = 0,
): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(async () => {
      const messages = await outbox(request, to);
      const match = messages.filter((m) => m.id > afterId).map((m) => pattern.exec(m.body)).find(Boolean);
      found = match?.[1];
      return found;
    })
    .toBeTruthy();
  return found!;
}

/** The id of the newest message to `to` (0 when none), to tell new messages from old. */
export async function lastOutboxId(request: APIRequestContext, to: string): Promise<number> {
  const messages = await outbox(request, to);
  return messages.reduce((max, m) => Math.max(max, m.id), 0);
}

/** Signs in through the sign-in page's password form, as a person does (the page must show it). */
export async function signInThroughForm(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.getByLabel('Логин, телефон, номер договора или лицевого счёта').fill(login);
  await page.getByTestId('signin-password').getByLabel('Пароль').fill(password);
  await page.getByTestId('signin-password').getByRole('button', { name: 'Войти' }).click();
}

/** Signs the page's browser context in through the API (the cookies are shared). */
export async function signInByApi(page: Page, login: string, password = DEMO_PASSWORD) {
  const response = await page.request.post('/api/auth/sign-in', { data: { login, password } });
  expect(response.status()).toBe(200);
}
