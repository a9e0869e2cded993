// One axe check for every spec: WCAG 2.1 AA, run on a settled page (settleDom).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { appReady } from './routes';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Waits for every CSS transition to end, and for none to start over two frames. A button
 * the pointer happens to rest on after a full page load fades to its hover colour; measured
 * halfway, its contrast is neither the resting nor the hover colour's and axe reports it. The
 * browser applies that hover only at a frame after the content under the pointer changed,
 * so a check that found nothing running looks again a little later. Infinite animations (the
 * skeleton shimmer) are not waited for: they never end and do not change text colours. */
export async function settleTransitions(page: Page) {
  await page.evaluate(async () => {
    const transitions = () => document.getAnimations().filter((a) => a instanceof CSSTransition);
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
    for (let round = 0; round < 20; round++) {
      await Promise.all(transitions().map((a) => a.finished.catch(() => undefined)));
      await frame();
      await frame();
      await new Promise((done) => setTimeout(done, 50));
      if (transitions().length === 0) return;
    }
  });
}

/** Waits until the page has settled: the app ready (`appReady`: requests done, heading shown)
 * and the DOM quiet for a moment (cards that arrive together are in place). axe reads the page over many
 * tasks; a DOM changing under it (a skeleton giving way to a card just after sign-in) can
 * make it judge a node against a background that is no longer, or not yet, behind it. A
 * ticking countdown still leaves quiet moments between its ticks. */
export async function settleDom(page: Page) {
  await appReady(page);
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const QUIET_MS = 250;
        const GIVE_UP_MS = 5_000;
        let timer = setTimeout(finish, QUIET_MS);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(finish, QUIET_MS);
        });
        const limit = setTimeout(finish, GIVE_UP_MS);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        function finish() {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(limit);
          done();
        }
      }),
  );
}

/** The violations axe finds on the page once it has settled, short enough to read in a diff. */
export async function axeViolations(page: Page) {
  await settleDom(page);
  await settleTransitions(page);
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}
