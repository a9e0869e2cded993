// Expense control in the browser (PRODUCT.md §7): a monthly limit with the share spent, the
// month-end forecast, and spending by category as a chart whose figures are also a table.
import { expect, test } from '@playwright/test';
import { appReady } from './routes';
import { expectNoAxeViolations } from './axe';
import { signInByApi } from './auth';

test('a spending limit is set, shown against this month and removed', async ({ page }) => {
  await signInByApi(page, 'uralsvyaz');
  await page.goto('/expenses');
  await appReady(page);
  await expect(page.getByTestId('expenses-spent')).toContainText('₽');
  await expect(page.getByTestId('expenses-forecast')).toContainText('₽');
  const form = page.getByTestId('expenses-limit-form');
  const field = form.locator('input[name=limit]');
  await field.fill('-5');
  await form.getByRole('button', { name: 'Сохранить лимит' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('1 500');
  await form.getByRole('button', { name: 'Сохранить лимит' }).click();
  await expect(page.getByTestId('expenses-notice')).toContainText('Лимит сохранён.');
  await expect(page.getByTestId('expenses-limit')).toContainText('лимита');
  await expect(page.getByTestId('expenses-limit').getByRole('meter')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Убрать лимит' }).click();
  await expect(page.getByTestId('expenses-no-limit')).toBeVisible();
});

test('spending by month is a chart with the same figures as a table', async ({ page }) => {
  await signInByApi(page, 'uralsvyaz');
  await page.goto('/expenses');
  await appReady(page);
  const chart = page.getByTestId('bar-chart');
  await expect(chart.locator('svg[role=img]')).toHaveAttribute('aria-label', /Расходы по месяцам\. .*₽/);
  await chart.getByText('Показать таблицей').click();
  await expect(chart.locator('table tbody tr')).toHaveCount(6);
  await expect(chart.locator('table')).toContainText('Абонентская плата');
});
