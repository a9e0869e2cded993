// "Nothing works" (PRODUCT.md §1.4): what to bring, the region's offices, and the office
// application as a PDF prefilled with what was typed.
import { expect, test } from '@playwright/test';
import { appReady } from './routes';
import { expectNoAxeViolations } from './axe';

test('the help page lists what to bring and offices, and prints the application', async ({ page }) => {
  await page.goto('/recovery');
  await appReady(page);
  await page.getByRole('link', { name: 'Ничего не помогает?' }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByTestId('help-bring')).toContainText('доверенность');
  await expect(page.getByTestId('help-offices').locator('li').first()).toBeVisible();

  const form = page.getByTestId('help-form');
  await form.getByRole('button', { name: 'Скачать заявление (PDF)' }).click();
  await expect(form.locator('[aria-invalid=true]')).toHaveCount(3);
  await form.locator('input[name=full_name]').fill('Иванов Иван Иванович');
  await form.locator('input[name=identifier]').fill('77-1000001');
  await form.locator('textarea[name=reason]').fill('Не приходит SMS с кодом, почта недоступна.');
  await form.locator('input[name=on_behalf]').check();
  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Скачать заявление (PDF)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('mymts-application.pdf');

  await expectNoAxeViolations(page);
});

test('the application PDF endpoint refuses a bad form with a field code', async ({ request }) => {
  const response = await request.post('/api/help/application.pdf', {
    form: { full_name: 'Иванов Иван Иванович', identifier: '77-1000001', reason: '' },
  });
  expect(response.status()).toBe(422);
  expect((await response.json()).code).toBe('required');
});
