/**
 * A job term read where the employer's name would be: Teamtailor's typography classes ("font-company-body") name
 * a block "company", and its first bold line may be "On site". No employer is better than that one; the name the
 * title gives is better still. Invented page.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../utils/extract';

function read(title: string) {
  const { document } = parseHTML(`<!DOCTYPE html><html><head><title>${title}</title></head><body>
    <header><a href="/" class="company-logo" aria-label="Home"></a></header>
    <main><section class="block-job-header"><h1 class="font-company-header">Scaffolder</h1><div class="job-meta"><span>Reading</span><span>Full-time</span></div></section>
    <section class="block-job-body"><div class="prose font-company-body">
      <p>We put up access scaffolds for roofers and builders around Berkshire.</p>
      <p><strong>On site</strong></p>
      <ul><li>Erect and strike tube and fitting scaffolds</li><li>Load the lorry each morning</li></ul>
      <p><strong>Your tickets</strong></p><ul><li>CISRS Part 1</li><li>CSCS card</li></ul>
    </div></section></main></body></html>`);
  return extract(document as unknown as Document, 'https://kestrelaccess.teamtailor.example/jobs/123-scaffolder', {
    now: null,
  }).posting;
}

describe('a job term read as the employer', () => {
  it('gives way to the name in the page title', () => {
    expect(read('Scaffolder - Kestrel Access')?.company).toBe('Kestrel Access');
  });

  it('is never the employer', () => {
    expect(read('Scaffolder')?.company ?? null).not.toBe('On site');
  });
});
