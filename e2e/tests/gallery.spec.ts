import { expect, test } from '@playwright/test';
import { appReady } from './routes';

/** The components the foundation promises; the gallery may hold more. */
const REQUIRED = [
  'button', 'text-field', 'money-amount', 'progress-meter', 'card', 'alert', 'toast', 'skeleton',
  'empty-state', 'error-state',
];

test('the gallery index links every component', async ({ page }) => {
  await page.goto('/gallery');
  await appReady(page);
  const links = page.getByTestId('gallery-link');
  const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  for (const name of REQUIRED) {
    expect(hrefs, `gallery entry for ${name}`).toContain(`/gallery/${name}`);
  }
});

test('every component page shows its states in light and dark, without the server', async ({ page }) => {
  // One test opens every component page in turn (23 today): on a slow 2-core host that took
  // 31.5 s of the default 30 s, so this walk gets a timeout of its own.
  test.setTimeout(120_000);
  const apiCalls: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/') && !r.url().endsWith('/api/health')) apiCalls.push(r.url());
  });
  await page.goto('/gallery');
  await appReady(page);
  const hrefs = await page.getByTestId('gallery-link').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThanOrEqual(REQUIRED.length);
  for (const href of hrefs) {
    await page.goto(href);
    await appReady(page);
    const states = page.locator('section.gallery-state');
    expect(await states.count(), `${href} states`).toBeGreaterThanOrEqual(2);
    for (const state of await states.all()) {
      await expect(state.locator('[data-theme="light"]').first(), `${href} light`).toBeAttached();
      await expect(state.locator('[data-theme="dark"]').first(), `${href} dark`).toBeAttached();
    }
  }
  expect(apiCalls).toEqual([]);
});

test('a component deep link opens directly, an unknown one says so', async ({ page }) => {
  await page.goto('/gallery/button');
  await appReady(page);
  await expect(page.locator('section.gallery-state[data-state="loading"]')).toBeAttached();
  await expect(page.locator('section.gallery-state[data-state="disabled"]')).toBeAttached();
  await page.goto('/gallery/no-such-component');
  await appReady(page);
  await expect(page.locator('section.gallery-state')).toHaveCount(0);
});

test('the gallery view switches: one state, one theme, the phone width, each a link', async ({ page }) => {
  await page.goto('/gallery/button');
  await appReady(page);
  const all = await page.locator('section.gallery-state').count();
  expect(all).toBeGreaterThanOrEqual(2);

  // A state's caption links to it alone; "show every state" brings the rest back.
  const first = page.locator('section.gallery-state').first();
  const state = await first.getAttribute('data-state');
  await first.locator('.gallery-state__link').click();
  await expect(page).toHaveURL(new RegExp(`/gallery/button\\?state=${state}$`));
  await expect(page.locator('section.gallery-state')).toHaveCount(1);
  await page.getByTestId('gallery-all-states').click();
  await expect(page.locator('section.gallery-state')).toHaveCount(all);

  // One theme at a time; the current choice is marked for screen readers.
  await page.getByTestId('gallery-theme-dark').click();
  await expect(page).toHaveURL(/theme=dark/);
  await expect(page.getByTestId('gallery-theme-dark')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('section.gallery-state [data-theme="light"]')).toHaveCount(0);
  expect(await page.locator('section.gallery-state [data-theme="dark"]').count()).toBe(all);

  // The phone width draws each pane 360 px wide, and keeps the theme.
  await page.getByTestId('gallery-width-360').click();
  await expect(page).toHaveURL(/theme=dark&width=360/);
  const width = await page.locator('.theme-pane').first().evaluate((e) => e.getBoundingClientRect().width);
  expect(width).toBe(360);

  // A deep link opens straight into that view.
  await page.goto(`/gallery/button?state=${state}&theme=light`);
  await appReady(page);
  await expect(page.locator('section.gallery-state')).toHaveCount(1);
  await expect(page.locator('section.gallery-state [data-theme="dark"]')).toHaveCount(0);
  await expect(page.getByTestId('gallery-theme-light')).toHaveAttribute('aria-current', 'true');
});

test('a choice is ticked by its whole row or the keyboard; each copy of a radio group is its own', async ({ page }) => {
  await page.goto('/gallery/choice?state=radio-group');
  await appReady(page);
  const light = page.locator('[data-theme="light"]').getByRole('group', { name: 'Оплатить' });
  const dark = page.locator('[data-theme="dark"]').getByRole('group', { name: 'Оплатить' });
  await expect(light.getByRole('radio', { name: '•••• 4242 (12/27)' })).toBeChecked();
  // The label's text is part of the tap target.
  await light.getByText('Новой картой').click();
  await expect(light.getByRole('radio', { name: 'Новой картой' })).toBeChecked();
  await expect(light.getByRole('radio', { name: '•••• 4242 (12/27)' })).not.toBeChecked();
  await expect(dark.getByRole('radio', { name: '•••• 4242 (12/27)' })).toBeChecked();
  // Arrow keys move the pick within the group, as a native radio group does.
  await light.getByRole('radio', { name: 'Новой картой' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(light.getByRole('radio', { name: '•••• 5555 (03/28)' })).toBeChecked();

  await page.goto('/gallery/choice?state=default&theme=light');
  await appReady(page);
  const box = page.getByRole('checkbox').first();
  await expect(box).not.toBeChecked();
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await page.goto('/gallery/choice?state=disabled&theme=light');
  await appReady(page);
  await expect(page.getByRole('checkbox').first()).toBeDisabled();
});

test('a filter keeps what is typed and a date filter shows its day', async ({ page }) => {
  await page.goto('/gallery/filter-field?state=typed&theme=light');
  await appReady(page);
  const search = page.getByRole('searchbox', { name: 'Поиск по названию' });
  await expect(search).toHaveValue('Матч');
  await search.fill('Кино');
  await expect(search).toHaveValue('Кино');
  await page.goto('/gallery/filter-field?state=dates&theme=light');
  await appReady(page);
  await expect(page.getByLabel('С', { exact: true })).toHaveValue('2026-11-01');
  await expect(page.getByLabel('По', { exact: true })).toHaveValue('');
});

test("a row's action button is named for its row, not only by its visible text", async ({ page }) => {
  await page.goto('/gallery/row-action?state=default&theme=light');
  await appReady(page);
  const action = page.getByTestId('row-action');
  await expect(action).toHaveText('Удалить');
  await expect(action).toHaveAccessibleName('Удалить +7 916 123-45-67');
  await page.getByTestId('lang-en').click();
  await expect(action).toHaveAccessibleName('Remove +7 916 123-45-67');
});

test('a disclosure shows and hides its block, and says which it is', async ({ page }) => {
  await page.goto('/gallery/disclosure?state=default&theme=light');
  await appReady(page);
  const toggle = page.getByRole('button', { name: 'Попытки списания' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const body = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
  await expect(body).toBeEmpty();
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(body).toContainText('Недостаточно средств');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(body).toBeEmpty();
});
