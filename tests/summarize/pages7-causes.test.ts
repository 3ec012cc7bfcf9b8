/**
 * Summary causes a batch of pages (1213–1228) showed: a duty verb inside a name after an article ("the quarterly
 * Tenant Satisfaction Measures return") and a law's name with its year ("Planning Act 1990") read as new items; a
 * store's annual sales read as pay; "Weiterbildung zum Logistikmeister" (a qualification) read as a perk; and French
 * disability-inclusion sentences not read as legal text. One short invented input each.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplateSentence } from '../../utils/summarize/boilerplate';
import { splitJoinedItems } from '../../utils/summarize/restructure';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string) => splitSections(html, '', null);

describe('a name that holds a duty verb', () => {
  it.each([
    'Submit the annual Gender Pay Gap Report to the board on time',
    'Keep records under the Control of Substances Hazardous to Health Regulations',
    'Apply the Housing Act 1988 and the tenancy agreement in every case',
  ])('stays one item: %s', (item) => {
    expect(splitJoinedItems(item)).toEqual([item]);
  });

  it('still splits a duty after a lower-case word', () => {
    expect(
      splitJoinedItems(
        'Reconcile supplier statements every month Lead the weekly payment run with the finance manager',
      ),
    ).toEqual(['Reconcile supplier statements every month', 'Lead the weekly payment run with the finance manager']);
  });
});

describe('money that is not the pay', () => {
  it('keeps a store size or a turnover among the nice-to-haves', () => {
    const sections = split(
      '<h3>Nice to have</h3><ul><li>Experience managing a branch with annual sales above $4 million</li><li>Forklift licence</li></ul>',
    );
    expect(sections.preferred).toEqual([
      'Experience managing a branch with annual sales above $4 million',
      'Forklift licence',
    ]);
    expect(sections.compensation ?? []).toEqual([]);
  });

  it('still reads a pay line under the same heading', () => {
    const sections = split('<h3>Pay</h3><ul><li>$21 - $24 per hour, paid weekly</li></ul>');
    expect(sections.compensation).toEqual(['$21 - $24 per hour, paid weekly']);
  });
});

describe('a further training the hire holds', () => {
  it('is a nice-to-have, where a training budget is a perk', () => {
    const sections = split(
      '<p><b>Wünschenswert</b></p><ul><li>Weiterbildung zur Fachwirtin für Logistik</li><li>SAP-Kenntnisse</li></ul><p><b>Wir bieten</b></p><ul><li>Weiterbildungsbudget von 1.000 € im Jahr</li><li>30 Tage Urlaub</li></ul>',
    );
    expect(sections.preferred).toEqual(['Weiterbildung zur Fachwirtin für Logistik', 'SAP-Kenntnisse']);
    expect(sections.benefits).toContain('30 Tage Urlaub');
  });
});

describe('French disability-inclusion sentences', () => {
  it.each([
    'Tous nos postes sont ouverts aux personnes en situation de handicap.',
    'Nos offres sont accessibles aux personnes en situation de handicap.',
  ])('%s', (sentence) => {
    expect(isBoilerplateSentence(sentence)).toBe(true);
  });
});
