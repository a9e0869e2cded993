// Every client route the app serves today. Specs loop over this list, so a new route
// gets the shell, keyboard and axe checks by being added here.
export const PUBLIC_ROUTES = [
  '/', '/signin', '/register', '/recovery', '/help', '/balance-check', '/tariffs', '/offices', '/tv/channels',
  '/tariffs/mobile-smart-moscow', '/tariffs/compare?ids=mobile-mini-moscow,mobile-smart-moscow',
];
export const ACCOUNT_ROUTES = [
  '/dashboard', '/payments', '/autopay', '/promised', '/internet', '/tv', '/tv/personal', '/mobile', '/bonuses',
  '/services', '/services/tariff', '/expenses',
  '/support', '/profile', '/password',
];
export const OTHER_ROUTES = ['/gallery', '/no-such-page'];
export const ALL_ROUTES = [...PUBLIC_ROUTES, ...ACCOUNT_ROUTES, ...OTHER_ROUTES];

/** Waits until the wasm app has mounted and rendered the page's heading, after any redirect
 * has settled. */
export async function appReady(page: import('@playwright/test').Page) {
  await page.waitForLoadState('networkidle');
  await page.locator('main h1').first().waitFor({ state: 'visible' });
}
