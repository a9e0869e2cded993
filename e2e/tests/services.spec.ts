// The service pages in the browser (PRODUCT.md §7, §8): SMS from the site, the call
// blacklist, other numbers with the owner's code, support threads with the operator's
// answer and an attachment, the notification centre, contacts and notification settings.
// Ivanov is the customer here (nobody ends his other sessions); the legal entity's mobile
// number receives.
import { expect, test, type Page } from '@playwright/test';
import { appReady } from './routes';
import { expectNoAxeViolations } from './axe';
import { DEMO_PASSWORD, lastOutboxId, signInByApi, waitForSecret } from './auth';

const URAL_MOBILE = '+79501234567';

async function open(page: Page, path: string) {
  await signInByApi(page, 'ivanov');
  await page.goto(path);
  await appReady(page);
}

test('an SMS from the site: the counter follows the text, the message lands in Sent', async ({ page }) => {
  await open(page, '/mobile');
  const form = page.getByTestId('sms-form');
  const text = form.locator('textarea[name=text]');
  await form.locator('input[name=to]').fill('8 950 123-45-67');
  await text.fill('Hello');
  await expect(form).toContainText('1 из 6 SMS, в последней осталось 155 знаков (латиница');
  await text.fill('Привет из кабинета');
  await expect(form).toContainText('1 из 6 SMS, в последней осталось 52 знаков (кириллица');
  await form.getByRole('button', { name: 'Отправить' }).click();
  await expect(page.getByTestId('sms-sent')).toContainText('Сегодня можно отправить ещё');
  await expect(text).toHaveValue('');
  await page.getByTestId('sms-tab-sent').click();
  await expect(page.getByTestId('sms-list').getByTestId('sms').first()).toContainText('Привет из кабинета');
  await expectNoAxeViolations(page);
});

test('a bad recipient is marked at the field and nothing is sent', async ({ page }) => {
  await open(page, '/mobile');
  const form = page.getByTestId('sms-form');
  const to = form.locator('input[name=to]');
  await to.fill('12345');
  await form.locator('textarea[name=text]').fill('Test');
  await form.getByRole('button', { name: 'Отправить' }).click();
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('sms-sent')).toHaveCount(0);
  await expect(to).toHaveValue('12345');
});

test('the blacklist takes a number, counts it and gives it back', async ({ page }) => {
  await open(page, '/mobile');
  const form = page.getByTestId('blacklist-form');
  await form.locator('input[name=number]').fill('+7 999 000-11-22');
  await form.getByRole('button', { name: 'Добавить в чёрный список' }).click();
  const row = page.getByTestId('blacklisted').filter({ hasText: '+7 999 000-11-22' });
  await expect(row).toHaveCount(1);
  await expect(page.getByTestId('blacklist-count')).toContainText('из 100');
  await form.locator('input[name=number]').fill('+7 999 000-11-22');
  await form.getByRole('button', { name: 'Добавить в чёрный список' }).click();
  await expect(page.getByTestId('form-error')).toBeVisible();
  await row.getByRole('button', { name: 'Удалить из чёрного списка +7 999 000-11-22' }).click();
  await expect(row).toHaveCount(0);
});

test("another number joins with its owner's code and leaves again", async ({ page }) => {
  await open(page, '/mobile');
  const after = await lastOutboxId(page.request, URAL_MOBILE);
  const form = page.getByTestId('add-number');
  await form.locator('input[name=phone]').fill('+7 950 123-45-67');
  await form.getByRole('button', { name: 'Отправить код' }).click();
  await expect(page.getByTestId('number-code-sent')).toBeVisible();
  const code = await waitForSecret(page.request, URAL_MOBILE, /Код (\d{6})/, after);
  await form.locator('input[name=code]').fill(code);
  await form.getByRole('button', { name: 'Добавить', exact: true }).click();
  const row = page.getByTestId('managed-number').filter({ hasText: '+7 950 123-45-67' });
  await expect(row).toHaveCount(1);
  await expect(form).toContainText('Номер добавлен.');
  await row.getByRole('button', { name: 'Удалить +7 950 123-45-67' }).click();
  await expect(row).toHaveCount(0);
});

test('a support question gets an official answer, a reply with a file, and is closed', async ({ page }) => {
  await open(page, '/support');
  const form = page.getByTestId('support-new');
  await form.locator('input[name=subject]').fill('Не работает роуминг');
  await form.locator('textarea[name=text]').fill('В Казахстане нет сети с утра.');
  // A file of a refused type is caught before anything is sent; the text stays.
  await form.locator('input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hi') });
  await form.getByRole('button', { name: 'Отправить вопрос' }).click();
  await expect(form).toContainText('PNG, JPEG, GIF');
  await expect(form.locator('input[type=file]')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('textarea[name=text]')).toHaveValue('В Казахстане нет сети с утра.');
  await form.locator('input[type=file]').setInputFiles([]);
  await form.getByRole('button', { name: 'Отправить вопрос' }).click();

  await expect(page).toHaveURL(/\/support\?thread=\d+$/);
  const id = Number(new URL(page.url()).searchParams.get('thread'));
  await expect(page.getByTestId('thread-status')).toContainText('Ждёт ответа');
  const answered = await page.request.post(`/api/dev/support/${id}/answer`, {
    data: { text: 'Проверьте, что роуминг включён в разделе «Услуги».' },
  });
  expect(answered.status()).toBe(201);
  await page.reload();
  await appReady(page);
  await expect(page.getByTestId('thread-status')).toContainText('Есть ответ');
  await expect(page.getByTestId('message').last()).toContainText('Официальный ответ МТС');

  const reply = page.getByTestId('support-reply');
  await reply.locator('textarea[name=text]').fill('Спасибо, включил. Прикладываю снимок экрана.');
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  );
  await reply.locator('input[type=file]').setInputFiles({ name: 'screen.png', mimeType: 'image/png', buffer: png });
  await reply.getByRole('button', { name: 'Отправить' }).click();
  await expect(page.getByTestId('message').last()).toContainText('Спасибо, включил.');
  await expect(page.getByTestId('attachments')).toContainText('screen.png');
  await expectNoAxeViolations(page);

  await reply.getByRole('button', { name: 'Закрыть обращение' }).click();
  await expect(page.getByTestId('thread-status')).toContainText('Закрыто');
  await page.getByTestId('back-to-threads').click();
  await expect(page.getByTestId('thread').filter({ hasText: 'Не работает роуминг' }).first()).toContainText('Закрыто');
});

test('the notification centre marks everything read', async ({ page }) => {
  // Two sign-ins from devices this customer has not used (no other spec signs in with these
  // browsers): the second is news (the first device of all never is), so the centre has at
  // least one unread notification, whatever else ran before.
  for (const userAgent of [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
    'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36 OPR/82.0',
  ]) {
    const response = await page.request.post('/api/auth/sign-in', {
      data: { login: 'ivanov', password: DEMO_PASSWORD },
      headers: { 'user-agent': userAgent },
    });
    expect(response.status()).toBe(200);
  }
  const list = await page.request.get('/api/notifications');
  expect(list.status(), 'GET /api/notifications').toBe(200);
  const { unread } = (await list.json()) as { unread: number };
  expect(unread, 'the arrangement left unread notifications').toBeGreaterThan(0);
  await page.goto('/support');
  await appReady(page);
  const centre = page.getByTestId('notification-centre');
  await expect(centre.getByTestId('notification').first()).toBeVisible();
  const news = centre.locator('.row--unread').filter({ hasText: 'с нового устройства: Opera on Android' });
  await expect(news, 'the sign-in from the new device is unread').toHaveCount(1);
  await expect(page.getByTestId('notifications-unread')).toHaveText(/^Непрочитанных: [1-9]\d*$/);
  const readAll = centre.getByRole('button', { name: 'Прочитать все' });
  await expect(readAll, 'unread notifications offer "read all"').toBeVisible();
  await readAll.click();
  await expect(page.getByTestId('notifications-unread')).toHaveText('Непрочитанных: 0');
  await expect(centre.locator('.row--unread')).toHaveCount(0);
  await expect(readAll, 'nothing left to read').toHaveCount(0);
  await expect(centre).toContainText('нового устройства');
});

test('the contact e-mail changes only with the code sent to the new address', async ({ page }) => {
  await open(page, '/profile');
  const email = `ivanov-${Date.now()}@example.ru`;
  await page.getByTestId('contacts').getByRole('button', { name: 'Изменить адрес почты' }).click();
  const form = page.getByTestId('contact-change');
  await form.locator('input[name=value]').fill(email);
  await form.getByRole('button', { name: 'Отправить код' }).click();
  await expect(page.getByTestId('contact-code-sent')).toBeVisible();
  const code = await waitForSecret(page.request, email, /(\d{6})/);
  await form.locator('input[name=code]').fill('000000');
  await form.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(page.getByTestId('form-error')).toBeVisible();
  await form.locator('input[name=code]').fill(code);
  await form.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(page.getByTestId('contact-email')).toHaveText(email);
  await expect(page.getByTestId('contacts')).toContainText('Контакт изменён.');
});

test('a notification switch saves at once and survives a reload', async ({ page }) => {
  await open(page, '/profile');
  const box = page.getByTestId('pref-tariff_changed-email');
  const before = await box.isChecked();
  await box.click();
  await expect(page.getByTestId('prefs-status')).toHaveText('Сохранено.');
  await page.reload();
  await appReady(page);
  await expect(page.getByTestId('pref-tariff_changed-email')).toBeChecked({ checked: !before });
  await page.getByTestId('pref-tariff_changed-email').click();
  await expect(page.getByTestId('prefs-status')).toHaveText('Сохранено.');
  await expectNoAxeViolations(page);
});
