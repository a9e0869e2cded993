// Tariffs and services in the browser (PRODUCT.md §4, §7): an option is priced before it is
// connected, listed in "My services" with what it has cost, cancelled in one tap, and the
// log says so; the internet and TV pages; a voluntary block shows when its fee starts; a
// tariff change previewed then made; Personal TV built with its price live; Multiroom up to
// its limit.
// The legal entity "uralsvyaz" (a mobile and a home account) is the customer; one flow
// after another, since they change the same accounts.
import { expect, test, type Page } from '@playwright/test';
import { appReady } from './routes';
import { expectNoAxeViolations } from './axe';
import { signInByApi } from './auth';

test.describe.configure({ mode: 'serial' });

type Account = { id: number; service: string };

async function accounts(page: Page): Promise<Account[]> {
  const response = await page.request.get('/api/dashboard');
  expect(response.ok()).toBeTruthy();
  return (await response.json()).accounts;
}

async function open(page: Page, path: string, service: string) {
  await signInByApi(page, 'uralsvyaz');
  const account = (await accounts(page)).find((a) => a.service === service)!;
  await page.goto(`${path}?account=${account.id}`);
  await appReady(page);
  return account.id;
}

test('an option is priced first, connected once, listed with its cost and cancelled in one tap', async ({ page }) => {
  const account = await open(page, '/services', 'mobile');
  // A monthly option not connected yet (the demo has some connected by SMS or an operator;
  // one-off options such as extra gigabytes are used up, not listed as connected).
  const catalogue = await (await page.request.get(`/api/options?account=${account}`)).json();
  const pick = catalogue.find((o: { connected: boolean; option: { price: { kind: string } } }) => !o.connected && o.option.price.kind === 'monthly');
  expect(pick).toBeTruthy();
  const name: string = pick.option.name;
  const option = page.getByTestId('option').filter({ hasText: name });
  await option.getByRole('button', { name: /^Подключить/ }).click();
  const panel = page.getByTestId('change-panel');
  await expect(panel.getByRole('heading', { name: /Подключить/ })).toBeFocused();
  await expect(panel.getByTestId('quote')).toBeVisible();
  await expect(panel.getByTestId('quote-now')).toContainText('₽');
  await expectNoAxeViolations(page);
  await panel.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(panel).toHaveCount(0);

  const connected = page.getByTestId('connected').filter({ hasText: name });
  await expect(connected).toHaveCount(1);
  await expect(connected).toContainText('списано всего');
  await expect(page.getByTestId('activation-log')).toContainText(`Подключено: ${name}`);
  await connected.getByRole('button', { name: `Отключить ${name}` }).click();
  await expect(connected).toHaveCount(0);
  await expect(page.getByTestId('activation-log')).toContainText(`Отключено: ${name}`);
  await expect(page.getByTestId('option').filter({ hasText: name }).getByRole('button', { name: /^Подключить/ })).toBeVisible();
});

test('the home connection shows its address, speed, IP and traffic', async ({ page }) => {
  await open(page, '/internet', 'home');
  const facts = page.getByTestId('internet');
  await expect(facts).toContainText('Мбит/с');
  await expect(facts).toContainText('ГБ');
  await expectNoAxeViolations(page);
});

test('a Multiroom set is added after its price is shown', async ({ page }) => {
  await open(page, '/tv', 'home');
  const sets = page.getByTestId('multiroom-sets');
  const before = Number((await sets.innerText()).match(/: (\d+)/)![1]);
  await page.getByRole('button', { name: 'Добавить телевизор' }).click();
  const panel = page.getByTestId('change-panel');
  await expect(panel.getByTestId('quote')).toBeVisible();
  await panel.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(sets).toContainText(`: ${before + 1} из 3`);
  await expectNoAxeViolations(page);
});

test('a temporary block says when its fee starts, blocks, and unblocks', async ({ page }) => {
  await open(page, '/mobile', 'mobile');
  await page.getByRole('button', { name: 'Заблокировать на время' }).click();
  const panel = page.getByTestId('change-panel');
  await expect(panel.getByTestId('quote-fee-starts')).toContainText('Плата за блокировку начнётся');
  await panel.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(page.getByTestId('block-done')).toContainText('Номер заблокирован.');
  await expect(page.getByTestId('block-state')).toContainText('заблокирован с');
  await page.getByRole('button', { name: 'Разблокировать' }).click();
  await expect(page.getByTestId('block-done')).toContainText('разблокирован');
  await expect(page.getByTestId('block-actions')).toBeVisible();
});

test('a permanent block needs the second, explicit confirmation', async ({ page }) => {
  await open(page, '/mobile', 'mobile');
  await page.getByRole('button', { name: 'Заблокировать навсегда' }).click();
  const panel = page.getByTestId('change-panel');
  const confirm = panel.getByRole('button', { name: 'Подтвердить' });
  await expect(panel.getByTestId('quote')).toBeVisible();
  await expect(confirm).toBeDisabled();
  await panel.getByTestId('confirm-permanent').locator('input').check();
  await expect(confirm).toBeEnabled();
  // Not this time: cancelling changes nothing.
  await panel.getByRole('button', { name: 'Отмена' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId('block-actions')).toBeVisible();
});

/** "1 234,56 ₽" → 1234.56 */
function rubles(text: string): number {
  return Number(text.replace(/[^\d,-]/g, '').replace(',', '.'));
}

/** Adds a Multiroom set through the API, as another tab of the same customer would. */
async function addSetByApi(page: Page, account: number) {
  const csrf = (await (await page.request.get('/api/session')).json()).csrf_token as string;
  const action = { type: 'add_multiroom_set' };
  const preview = await page.request.post('/api/services/preview', {
    data: { account_id: account, action },
    headers: { 'X-CSRF-Token': csrf },
  });
  expect(preview.ok()).toBeTruthy();
  const confirm = await page.request.post('/api/services/confirm', {
    data: { account_id: account, action, quote_token: (await preview.json()).quote_token },
    headers: { 'X-CSRF-Token': csrf, 'Idempotency-Key': `e2e-multiroom-${Date.now()}` },
  });
  expect(confirm.status()).toBe(201);
}

/** The choices whose title is exactly `name` ("Смарт" must not match "Смарт+"). */
function choiceNamed(page: Page, name: string) {
  const escaped = name.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  const exact = new RegExp('^' + escaped + '$');
  return page.getByTestId('tariff-choice').filter({ has: page.locator('.row__title', { hasText: exact }) });
}

test('a tariff change shows its pro-rated breakdown first and the new tariff after', async ({ page }) => {
  await open(page, '/services/tariff', 'mobile');
  const current = page.getByTestId('current-tariff');
  const before = await current.locator('.row__title').innerText();
  const choices = page.getByTestId('tariff-choice');
  await expect(choices.first()).toBeVisible();
  await expect(choiceNamed(page, before)).toHaveCount(0);
  await expectNoAxeViolations(page);
  // The cheapest tariff to switch to, so the balance covers it whatever other flows spent.
  const fees = await choices.locator('.row__meta .money__value').allInnerTexts();
  const cheapest = fees.map(rubles).reduce((best, fee, i, all) => (fee < all[best] ? i : best), 0);
  const choice = choices.nth(cheapest);
  const name = await choice.locator('.row__title').innerText();
  await choice.getByRole('button', { name: `Рассчитать переход: ${name}` }).click();

  const panel = page.getByTestId('change-panel');
  await expect(panel.getByRole('heading', { name: `Переход на тариф «${name}»` })).toBeFocused();
  // The breakdown before anything changes: the old fee returned for the days left, the new
  // one charged, what is taken now, the balance after and the day it applies.
  const quote = panel.getByTestId('quote');
  await expect(quote.locator('tbody tr')).toHaveCount(5);
  await expect(quote).toContainText(before);
  await expect(quote).toContainText(name);
  await expect(panel.getByTestId('quote-now')).toContainText('₽');
  await expect(panel.getByTestId('quote-balance-after')).toContainText('₽');
  await expect(panel).toContainText('Действует с');
  await expect(current).toContainText(before);
  await expectNoAxeViolations(page);

  await panel.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(page.getByTestId('tariff-changed')).toContainText(`Тариф изменён на «${name}»`);
  await expect(current.locator('.row__title')).toHaveText(name);
  await expect(choiceNamed(page, before)).toHaveCount(1);
  await expect(choiceNamed(page, name)).toHaveCount(0);
});

test('a public tariff page sends a signed-in subscriber to the preview of that tariff', async ({ page }) => {
  await signInByApi(page, 'uralsvyaz');
  const mobile = (await accounts(page)).find((a) => a.service === 'mobile')!;
  const mine = (await (await page.request.get(`/api/dashboard?account=${mobile.id}`)).json()).selected.tariff.id;
  const mineCard = await (await page.request.get(`/api/tariffs/${mine}`)).json();
  const offer = (await (await page.request.get(`/api/regions/${mineCard.tariff.region}/tariffs`)).json()).find(
    (c: { service: string; tariff: { id: string } }) => c.service === 'mobile' && c.tariff.id !== mine,
  );
  await page.goto(`/tariffs/${offer.tariff.id}`);
  await appReady(page);
  await page.getByTestId('switch-to-tariff').click();
  await expect(page).toHaveURL(new RegExp(`/services/tariff\\?to=${offer.tariff.id}$`));
  const panel = page.getByTestId('change-panel');
  await expect(panel.getByRole('heading', { name: `Переход на тариф «${offer.tariff.name}»` })).toBeVisible();
  await expect(panel.getByTestId('quote')).toBeVisible();
  // Not this time: cancelling changes nothing.
  await panel.getByRole('button', { name: 'Отмена' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId('current-tariff')).toContainText(mineCard.tariff.name);
});

test('Personal TV: the price is recomputed live as channels are picked, and the preview agrees', async ({ page }) => {
  const account = await open(page, '/tv/personal', 'home');
  const total = page.getByTestId('price-total').locator('.money__value');
  const delta = page.getByTestId('personal-delta').locator('.money__value');
  await expect(page.getByTestId('personal-empty')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Рассчитать подключение' })).toHaveCount(0);
  const start = rubles(await total.innerText());
  expect(rubles(await delta.innerText())).toBe(0);
  await expectNoAxeViolations(page);

  // Nothing matches: said so, with a way back.
  await page.getByLabel('Поиск канала').fill('нет такого канала');
  await expect(page.getByTestId('channels-none')).toContainText('Ничего не найдено');
  await page.getByRole('button', { name: 'Сбросить поиск и жанр' }).click();

  // Channels of one genre that can still be picked (not in a package, not connected).
  await page.getByLabel('Жанр').selectOption('sport');
  const rows = page.locator('li.channel-row:not(.channel-row--locked)');
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  const [first, second] = [rows.nth(0), rows.nth(1)];
  const firstName = await first.locator('.channel-row__name').innerText();
  const secondName = await second.locator('.channel-row__name').innerText();
  const firstPrice = rubles(await first.locator('.money__value').innerText());
  const secondPrice = rubles(await second.locator('.money__value').innerText());

  // By keyboard: focus the checkbox, Space ticks it.
  await first.getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await expect(first.getByRole('checkbox')).toBeChecked();
  await expect.poll(async () => rubles(await total.innerText())).toBeCloseTo(start + firstPrice, 2);
  await second.getByRole('checkbox').check();
  await expect.poll(async () => rubles(await total.innerText())).toBeCloseTo(start + firstPrice + secondPrice, 2);
  await expect(page.getByTestId('personal-picked')).toHaveText('Выбрано новых каналов: 2');
  expect(rubles(await delta.innerText())).toBeCloseTo(firstPrice + secondPrice, 2);
  await expect(page.getByTestId('price-total')).toHaveAttribute('aria-live', 'polite');

  const built = await total.innerText();
  await page.getByRole('button', { name: 'Рассчитать подключение' }).click();
  const panel = page.getByTestId('change-panel');
  await expect(panel.getByTestId('quote')).toContainText(firstName);
  await expect(panel.getByTestId('quote')).toContainText(secondName);
  await expect(panel.getByTestId('quote-tv-total')).toHaveText(built);
  await expect(panel.getByTestId('quote-monthly')).toHaveText(await delta.innerText());
  await expectNoAxeViolations(page);
  await panel.getByRole('button', { name: 'Подтвердить' }).click();

  await expect(page.getByTestId('personal-done')).toContainText('Каналы подключены');
  await expect(page.getByTestId('personal-empty')).toBeVisible();
  await expect.poll(async () => rubles(await total.innerText())).toBeCloseTo(start + firstPrice + secondPrice, 2);
  await page.goto(`/services?account=${account}`);
  await appReady(page);
  await expect(page.getByTestId('connected').filter({ hasText: firstName })).toHaveCount(1);
  await expect(page.getByTestId('connected').filter({ hasText: secondName })).toHaveCount(1);
  await page.goto(`/tv?account=${account}`);
  await appReady(page);
  await expect(page.getByTestId('tv-total')).toHaveText(built);
});

test('Multiroom stops at three extra sets and says why, in the server\'s words too', async ({ page }) => {
  const account = await open(page, '/tv', 'home');
  const sets = page.getByTestId('multiroom-sets');
  const add = page.getByRole('button', { name: 'Добавить телевизор' });
  const panel = page.getByTestId('change-panel');
  const count = async () => Number((await sets.innerText()).match(/: (\d+)/)![1]);
  // Up to two sets through the page.
  for (let n = await count(); n < 2; n++) {
    await add.click();
    await expect(panel.getByTestId('quote')).toBeVisible();
    await panel.getByRole('button', { name: 'Подтвердить' }).click();
    await expect(sets).toContainText(`: ${n + 1} из 3`);
  }
  // The third set's price is on screen when another tab adds it: confirming is refused
  // with the server's own code, and the page says so in words.
  await add.click();
  await expect(panel.getByTestId('quote')).toBeVisible();
  await addSetByApi(page, account);
  await panel.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(panel.getByTestId('form-error')).toContainText('Мультирум — не больше 3 дополнительных телевизоров.');
  await page.reload();
  await appReady(page);
  await expect(sets).toContainText(': 3 из 3');
  const limit = page.getByTestId('multiroom-limit');
  await expect(limit).toContainText('Мультирум — не больше 3 дополнительных телевизоров.');
  await expect(limit).toContainText('сначала отключите');
  await expect(add).toHaveCount(0);
  await expectNoAxeViolations(page);
});
