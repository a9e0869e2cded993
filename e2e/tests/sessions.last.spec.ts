// Ending every other session of a customer: it would sign out whatever else runs as that
// customer at the same time, so this spec runs alone, after all the others (the `last`
// project of playwright.config.ts).
import { expect, test } from '@playwright/test';
import { appReady } from './routes';
import { expectNoAxeViolations } from './axe';
import { signInByApi } from './auth';

test('sessions: a second browser ends the first one from the profile', async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  try {
    const a = await first.newPage();
    await a.goto('/');
    await signInByApi(a, 'uralsvyaz');
    await a.goto('/profile');
    await appReady(a);
    await expect(a.getByTestId('session').first()).toBeVisible();

    const b = await second.newPage();
    await b.goto('/');
    await signInByApi(b, 'uralsvyaz');
    await b.goto('/profile');
    await appReady(b);
    await expect(b.getByTestId('session-current')).toHaveCount(1);
    expect(await b.getByTestId('session').count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(b);
    await b.getByRole('button', { name: 'Завершить все другие сеансы' }).click();
    await expect(b.getByRole('status').filter({ hasText: 'Завершено сеансов' })).toBeVisible();
    await expect(b.getByTestId('session')).toHaveCount(1);

    // The first browser is signed out: its next visit asks it to sign in.
    await a.reload();
    await expect(a).toHaveURL(/\/signin\?next=\/profile$/);
  } finally {
    await first.close();
    await second.close();
  }
});
