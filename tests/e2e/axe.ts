import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

let axeSource: Promise<string> | null = null;

/**
 * Runs axe-core in the page (evaluated, so an extension page's CSP does not block it) and fails
 * on any critical or serious violation, naming each with the elements it found.
 */
export async function checkA11y(page: Page, label: string): Promise<void> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.slice(0, 3).map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  });
  const blocking = violations.filter((violation) => violation.impact === 'critical' || violation.impact === 'serious');
  if (blocking.length > 0) {
    const lines = blocking.map(
      (violation) => `${violation.impact} ${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('\n')}`,
    );
    throw new Error(`axe-core (${label}): ${blocking.length} critical/serious violation(s)\n${lines.join('\n')}`);
  }
}
