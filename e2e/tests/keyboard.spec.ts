// Keyboard operation of every route and every gallery component page (issue 9): the first Tab
// stop is the skip link and Enter on it moves focus to main; from there every Tab stop is on
// screen and shows a focus indicator, and Tab always moves on (no keyboard trap).
import { expect, test, type Page } from '@playwright/test';
import { ACCOUNT_ROUTES, ALL_ROUTES, appReady } from './routes';
import { signInByApi } from './auth';

type Stop = { what: string; visible: boolean; indicator: boolean; seenAt: number | null };

/** The focused element after a Tab: what it is, whether it is on screen with a visible focus
 * indicator (an outline of 2 px or more, or a box shadow), and the stop it was last seen at. */
async function stop(page: Page, n: number): Promise<Stop | null> {
  return page.evaluate((n) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
    const what = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${label.trim().slice(0, 30)}"`;
    const seenAt = el.dataset.kbStop ? Number(el.dataset.kbStop) : null;
    el.dataset.kbStop = String(n);
    return {
      what,
      visible: r.width > 0 && r.height > 0 && s.visibility !== 'hidden',
      indicator: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
      seenAt,
    };
  }, n);
}

/** Tabs through up to `max` stops from where focus is, until the tab order ends (focus leaves
 * for the browser's chrome) or wraps round to a stop seen before; returns the faults found.
 * Reaching `max` first is a fault too: the rest of the page went unchecked. */
async function tabThrough(page: Page, max: number): Promise<string[]> {
  const faults: string[] = [];
  let same = 0;
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab');
    const s = await stop(page, n);
    // Focus left the document's last stop for the browser's chrome: the page is done.
    if (!s) return faults;
    if (!s.visible) faults.push(`stop ${n}: ${s.what} is not on screen`);
    if (!s.indicator) faults.push(`stop ${n}: ${s.what} shows no focus indicator`);
    if (s.seenAt === n - 1) {
      // A date field takes a Tab per part (day, month, year); more than that is a trap.
      if (++same > 3) {
        faults.push(`stop ${n}: Tab does not leave ${s.what}`);
        return faults;
      }
      continue;
    }
    same = 0;
    // Back at a stop seen before: the tab order wrapped round.
    if (s.seenAt !== null) return faults;
  }
  faults.push(`Tab reached its cap of ${max} stops before the tab order ended or wrapped round: the stops after it went unchecked`);
  return faults;
}

for (const route of ALL_ROUTES) {
  test(`keyboard: ${route} skips to main, shows focus at every stop, traps nothing`, async ({ page }) => {
    // Every stop to the end: about 200 on /tv/channels, at up to ~150 ms a stop on a busy host.
    test.setTimeout(120_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    if (ACCOUNT_ROUTES.includes(route)) await signInByApi(page, 'ivanov');
    await page.goto(route);
    await appReady(page);
    // A route that sends elsewhere (e.g. /password without a pending change) is checked where
    // it lands, as a fresh load: a client-side move puts focus on the new heading instead.
    if (new URL(page.url()).pathname !== new URL(route, page.url()).pathname) {
      await page.goto(page.url());
      await appReady(page);
    }
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip).toHaveAttribute('href', '#main');
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    // The longest route, /tv/channels, has about 200 stops.
    expect(await tabThrough(page, 300)).toEqual([]);
  });
}

test('keyboard: every gallery component page shows focus at every stop and traps nothing', async ({ page }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/gallery');
  await appReady(page);
  const hrefs = await page.getByTestId('gallery-link').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  const found: Record<string, string[]> = {};
  for (const href of hrefs) {
    await page.goto(href);
    await appReady(page);
    await page.locator('main#main').focus();
    // The longest component page has about 50 stops.
    const faults = await tabThrough(page, 100);
    if (faults.length) found[href] = faults;
  }
  expect(found).toEqual({});
});
