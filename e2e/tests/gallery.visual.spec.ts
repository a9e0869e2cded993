// Visual snapshots of every gallery state (issue 9): each state alone, through its own deep
// link, compared with the committed baseline, so a style change shows as a pixel diff.
// Baselines live next to this file; after an intended change, refresh them with
//   cd e2e && npx playwright test gallery.visual --update-snapshots
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { settleTransitions } from './axe';
import { appReady } from './routes';

// The gallery's one list of components (app/src/gallery/mod.rs), read as the app declares
// it, so a new entry gets its snapshots without editing this spec.
const SLUGS = [
  ...readFileSync(resolve(__dirname, '../../app/src/gallery/mod.rs'), 'utf8').matchAll(/slug: "([a-z-]+)"/g),
].map((m) => m[1]);

test.describe.configure({ mode: 'parallel' });

test('the gallery lists components to snapshot', () => {
  expect(SLUGS.length).toBeGreaterThanOrEqual(14);
});

for (const slug of SLUGS) {
  test(`gallery ${slug}: every state matches its snapshot`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/gallery/${slug}`);
    await appReady(page);
    const states = await page
      .locator('section.gallery-state')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.state!));
    expect(states.length, `${slug} has states`).toBeGreaterThanOrEqual(2);
    for (const state of states) {
      await page.goto(`/gallery/${slug}?state=${state}`);
      await appReady(page);
      const section = page.locator('section.gallery-state');
      await expect(section, `${slug}?state=${state} shows that state alone`).toHaveCount(1);
      await settleTransitions(page);
      await expect(section).toHaveScreenshot(`${slug}--${state}.png`, {
        animations: 'disabled',
        caret: 'hide',
        maxDiffPixelRatio: 0.002,
      });
    }
  });
}
