import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/**
 * Runs axe-core (injected from node_modules, nothing downloaded) in the page and fails on any
 * critical or serious violation, naming each with the elements it found.
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
  // Evaluated, not added as a <script>: the extension's pages allow no inline script (CSP).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource);
  // A theme switch starts the buttons' 120 ms colour transitions: axe must measure the end
  // colours, not a frame where the text is already dark-theme and the background still light.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.slice(0, 5).map((node) => ({ target: node.target })),
    }));
  });
  const serious = violations.filter((violation) => violation.impact === 'critical' || violation.impact === 'serious');
  if (serious.length > 0) {
    const report = serious
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
      .join('\n');
    throw new Error(`axe found ${serious.length} critical/serious violation(s) in ${label}:\n${report}`);
  }
}
