// Tariffs and services in the browser (PRODUCT.md §4, §7): an option is priced before it is
// connected, listed in "My services" with what it has cost, cancelled in one tap, and the
// log says so; the internet and TV pages; a voluntary block shows when its fee starts.
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
