// The Content Security Policy in a real browser: the app starts and every kind of page runs
// under it (WebAssembly compiles, the inline loader is allowed by its hash) and the browser
// reports no violation.
import { expect, test } from '@playwright/test';
import { appReady } from './routes';
import { signInByApi } from './auth';

const PAGES = ['/', '/signin', '/dashboard', '/autopay', '/expenses', '/services', '/mobile', '/support', '/gallery/button'];
const SIGNED_IN = ['/dashboard', '/autopay', '/expenses', '/services', '/mobile', '/support'];

for (const path of PAGES) {
  test(`${path} runs under the Content Security Policy without violations`, async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    if (SIGNED_IN.includes(path)) await signInByApi(page, 'ivanov');
    const response = await page.goto(path);
    const csp = response!.headers()['content-security-policy'];
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
    await appReady(page);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
}
