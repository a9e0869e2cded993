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
 * skeleton shimmer) are not waited for: they never end and do not change text colours.
 * Transitions still starting after 20 rounds fail the test: what is checked next (axe, a
 * screenshot) would judge a page in motion. */
export async function settleTransitions(page: Page) {
  const ROUNDS = 20;
  const running = await page.evaluate(async (rounds) => {
    const transitions = () => document.getAnimations().filter((a) => a instanceof CSSTransition);
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
    for (let round = 0; round < rounds; round++) {
      await Promise.all(transitions().map((a) => a.finished.catch(() => undefined)));
      await frame();
      await frame();
      await new Promise((done) => setTimeout(done, 50));
      if (transitions().length === 0) return [];
    }
    return transitions().map((a) => {
      const t = a as CSSTransition;
      const el = t.effect instanceof KeyframeEffect ? t.effect.target : null;
      const classes = el?.getAttribute('class')?.trim().split(/\s+/).join('.');
      const what = el ? `${el.tagName.toLowerCase()}${classes ? '.' + classes : ''}` : '?';
      return `${what} (${t.transitionProperty})`;
    });
  }, ROUNDS);
  if (running.length > 0) {
    throw new Error(
      `settleTransitions: CSS transitions were still running after ${ROUNDS} rounds on ${page.url()}: ` +
        running.slice(0, 5).join(', '),
    );
  }
}

/** Waits until the page has settled: the app ready (`appReady`: requests done, heading shown)
 * and the DOM quiet for a moment (cards that arrive together are in place). axe reads the page over many
 * tasks; a DOM changing under it (a skeleton giving way to a card just after sign-in) can
 * make it judge a node against a background that is no longer, or not yet, behind it. A
 * ticking countdown still leaves quiet moments between its ticks. A DOM that is never quiet
 * within the limit fails the test rather than being checked while it changes. */
export async function settleDom(page: Page) {
  await appReady(page);
  const QUIET_MS = 250;
  const GIVE_UP_MS = 5_000;
  const busy = await page.evaluate(
    ({ quietMs, giveUpMs }) =>
      new Promise<string[] | null>((done) => {
        // The last nodes that changed, to name them when the wait gives up.
        const changed: string[] = [];
        let timer = setTimeout(() => finish(true), quietMs);
        const observer = new MutationObserver((records) => {
          for (const r of records) {
            const el = r.target instanceof Element ? r.target : r.target.parentElement;
            const classes = el?.getAttribute('class')?.trim().split(/\s+/).join('.');
            const what = el
              ? `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${classes ? '.' + classes : ''} (${r.type})`
              : `? (${r.type})`;
            if (!changed.includes(what)) changed.push(what);
            if (changed.length > 5) changed.shift();
          }
          clearTimeout(timer);
          timer = setTimeout(() => finish(true), quietMs);
        });
        const limit = setTimeout(() => finish(false), giveUpMs);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        function finish(quiet: boolean) {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(limit);
          done(quiet ? null : changed);
        }
      }),
    { quietMs: QUIET_MS, giveUpMs: GIVE_UP_MS },
  );
  if (busy !== null) {
    throw new Error(
      `settleDom: the DOM of ${page.url()} was never quiet for ${QUIET_MS} ms within ${GIVE_UP_MS} ms, ` +
        `so axe was not run on a changing page; the last nodes changing: ${busy.join(', ') || 'none recorded'}`,
    );
  }
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
