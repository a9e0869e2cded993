// Draws the PWA icons (public/icons/*.png) from the app's mark, with the system Chromium
// through Playwright (e2e's dependency). Run again after changing the mark:
//   node tools/make-icons.mjs
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { chromium } = createRequire(resolve(root, 'e2e/package.json'))('@playwright/test');

// The favicon's mark: a white frame on MTS red. "any" icons are the rounded tile; the
// maskable one fills the square and keeps the mark inside the central 80 % safe zone.
const mark = (size, rounded, scale) => `<!doctype html><html><body style="margin:0">
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="${rounded ? 7 : 0}" fill="#e30611"/>
  <g transform="translate(16 16) scale(${scale}) translate(-16 -16)">
    <path d="M9 10h14v12H9z" fill="none" stroke="#fff" stroke-width="2.5"/>
  </g>
</svg></body></html>`;

const icons = [
  ['icon-192.png', 192, true, 1],
  ['icon-512.png', 512, true, 1],
  ['icon-maskable-512.png', 512, false, 0.8],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
for (const [name, size, rounded, scale] of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(mark(size, rounded, scale));
  await page.locator('svg').screenshot({ path: resolve(root, 'public/icons', name), omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`drew ${icons.length} icons in public/icons`);
