import { chromium, devices } from '@playwright/test';
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const ctx = await browser.newContext({ viewport: { width: Number(process.argv[3] || 412), height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.argv[4] || 1) });
const r = await page.request.post(`${base}/api/auth/sign-in`, { data: { login: 'uralsvyaz', password: 'Demo-Passw0rd' } });
console.log('signin', r.status());
await page.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({ t: Math.round(e.startTime), v: e.value.toFixed(4), recent: e.hadRecentInput,
        src: (e.sources || []).map((s) => {
          const n = s.node; const d = n && n.nodeType === 1 ? `${n.tagName.toLowerCase()}.${[...n.classList].join('.')}#${n.id}` : String(n && n.nodeName);
          return `${d} ${JSON.stringify(s.previousRect)}->${JSON.stringify(s.currentRect)}`; }) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  window.__hdr = [];
  let last = -1;
  const tick = () => {
    const h = document.querySelector('header');
    if (h) {
      const height = Math.round(h.getBoundingClientRect().height);
      if (height !== last) {
        last = height;
        const parts = [...h.querySelectorAll('*')].filter((e) => e.children.length === 0 || e.tagName === 'NAV')
          .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}:${Math.round(e.getBoundingClientRect().height)}`).slice(0, 40);
        window.__hdr.push({ t: Math.round(performance.now()), height, parts: parts.join(' ') });
      }
    }
    if (performance.now() < 3000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});
await page.goto(`${base}/dashboard`);
await page.waitForLoadState('networkidle');
await page.waitForTimeout(1500);
console.log(JSON.stringify(await page.evaluate(() => window.__shifts), null, 1));
console.log(JSON.stringify(await page.evaluate(() => window.__hdr), null, 1));
await browser.close();
