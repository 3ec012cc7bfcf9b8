/**
 * Readability drops blocks whose class says "header"; Notion names its section titles so
 * ("notion-sub_header-block"). The reader keeps such a block as a heading when it holds one short
 * line of text, and leaves a site's own header (links inside) to be dropped.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readDescription } from '../../utils/extract/generic/readability';

const block = (kind: string, text: string) =>
  `<div class="notion-selectable notion-${kind}-block"><div style="display:flex"><div placeholder="Heading">${text}</div></div></div>`;
const items = (texts: string[]) => texts.map((text) => block('bulleted_list', text)).join('');

describe('section titles in blocks named "header"', () => {
  const { document } = parseHTML(
    `<html><head><title>Roaster</title></head><body><div class="site-header"><a href="/">Home</a> <a href="/jobs">Jobs</a></div>` +
      `<div class="notion-page-content">${block('text', 'Kettlebrook Coffee roasts beans for forty cafés across the valley, six days a week, from one old mill. ')}` +
      block('sub_header', 'What you will do') +
      items([
        'Roast and cup four batches each morning, and adjust the profiles when a new lot arrives',
        'Keep the roast logs, the green-coffee stock and the cupping notes in order for the whole team',
        'Train two apprentices on the roaster, the grinder and the packing line over their first months',
      ]) +
      block('sub_sub_header', 'What you bring') +
      items([
        'Two years on a commercial drum roaster, ideally one of fifteen kilos or more, in a busy roastery',
        'A steady palate, careful notes and the patience to repeat a roast until it tastes the same',
      ]) +
      '</div></body></html>',
  );

  it('keeps them as headings above their items', () => {
    const read = readDescription(document as unknown as Document);
    expect(read?.html).toContain('<h3>What you will do</h3>');
    expect(read?.html).toContain('<h3>What you bring</h3>');
    expect(read?.text).toMatch(/What you will do\s+Roast and cup/);
  });

  it('leaves a header with links to be dropped, and the live page untouched', () => {
    const read = readDescription(document as unknown as Document);
    expect(read?.text).not.toContain('Home');
    expect(document.querySelector('.notion-sub_header-block')).not.toBeNull();
  });
});
