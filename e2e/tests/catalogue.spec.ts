import { expect, test } from '@playwright/test';
import { appReady } from './routes';

test('browse the tariffs of a region, filter by service type, open one', async ({ page }) => {
  await page.goto('/tariffs');
  await appReady(page);
  const cards = page.getByTestId('tariff-card');
  await expect(cards).toHaveCount(9);
  await page.getByTestId('region-picker').selectOption('kazan');
  await expect(cards.first()).toBeVisible();
  await page.getByTestId('service-filter').selectOption('home');
  await expect(cards).toHaveCount(3);
  await expect(page).toHaveURL(/service=home/);
  // The region is remembered.
  await page.reload();
  await appReady(page);
  await expect(page.getByTestId('region-picker')).toHaveValue('kazan');
  await cards.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/tariffs\/home-100-kazan$/);
  await expect(page.getByTestId('tariff-detail')).toContainText('100');
});

test('compare two tariffs side by side; the selection is in the URL', async ({ page }) => {
  await page.goto('/tariffs?service=mobile');
  await appReady(page);
  await page.getByTestId('region-picker').selectOption('moscow');
  const toggles = page.getByTestId('compare-toggle');
  await expect(toggles).toHaveCount(4);
  await toggles.nth(0).check();
  await toggles.nth(1).check();
  await expect(page).toHaveURL(/compare=mobile-mini-moscow,mobile-smart-moscow/);
  await page.getByTestId('compare-go').click();
  await expect(page).toHaveURL(/\/tariffs\/compare\?ids=mobile-mini-moscow,mobile-smart-moscow/);
  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead th')).toHaveText(['Смарт Мини', 'Смарт']);
  await expect(table).toContainText('550');
});

test('comparison of one tariff is refused in words', async ({ page }) => {
  await page.goto('/tariffs/compare?ids=mobile-mini-moscow');
  await appReady(page);
  await expect(page.getByText('Для сравнения выберите два или три тарифа.')).toBeVisible();
});

test('Personal TV: the total changes live as channels are picked', async ({ page }) => {
  await page.goto('/tv/channels');
  await appReady(page);
  const total = page.getByTestId('personal-total');
  await expect(total).toContainText('199');
  const before = await total.textContent();
  await page.getByTestId('genre-filter').selectOption('sport');
  await page.getByTestId('channel-search').fill('экстрим');
  const picks = page.getByTestId('channel-pick');
  await expect(picks.first()).toBeVisible();
  // Premium sport channels are outside every base package: each adds its price.
  const row = page.locator('.channel-row', { hasNot: page.locator('.badge') }).first();
  await row.getByTestId('channel-pick').check();
  await expect(total).not.toHaveText(before!);
  const after = await total.textContent();
  await row.getByTestId('channel-pick').uncheck();
  await expect(total).toHaveText(before!);
  await row.getByTestId('channel-pick').check();
  await expect(total).toHaveText(after!);
  await page.getByTestId('channel-search').fill('zzzz');
  await expect(page.getByText('Ничего не найдено')).toBeVisible();
});

test('office search by street and by service', async ({ page }) => {
  await page.goto('/offices');
  await appReady(page);
  await page.getByTestId('region-picker').selectOption('spb');
  const offices = page.getByTestId('office');
  await expect(offices).toHaveCount(4);
  await page.getByTestId('office-search').fill('Мира');
  await expect(offices).toHaveCount(1);
  await expect(offices.first()).toContainText('Санкт-Петербург, пр. Мира, 48');
  await page.getByTestId('office-search').fill('бизнес');
  await expect(offices).toHaveCount(1);
  await page.getByTestId('office-search').fill('qwerty');
  await expect(page.getByText('Ничего не найдено')).toBeVisible();
});
