// One axe check for every spec: WCAG 2.1 AA, run on a settled page.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Waits for every running CSS transition to end. A button the pointer happens to rest on
 * after a full page load fades to its hover colour; measured halfway, its contrast is
 * neither the resting nor the hover colour's and axe reports it. Infinite animations (the
 * skeleton shimmer) are not waited for: they never end and do not change text colours. */
export async function settleTransitions(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** The violations axe finds on the page as it is now, short enough to read in a diff. */
export async function axeViolations(page: Page) {
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
