/** Text delivered in unusual shapes (issue 11, second round): one short input per pattern. */
import { describe, expect, it } from 'vitest';
import { classifyHeading, wholeHeadingKind } from '../../utils/summarize/headings';
import {
  restructureLines,
  splitGluedSentences,
  splitJoinedItems,
  splitTrailingHeading,
} from '../../utils/summarize/restructure';
import { splitSections } from '../../utils/summarize/sections';

describe('headings in unusual shapes', () => {
  it('reads a heading that opens with an emoji', () => {
    expect(classifyHeading('✨ Bonus')).toBe('preferred');
    expect(classifyHeading('🧠 What you bring')).toBe('requirements');
    expect(wholeHeadingKind('🚀 Responsibilities')).toBe('responsibilities');
    const sections = splitSections('<h3>✨ Bonus</h3><ul><li>Speaks Finnish with customers</li></ul>', '');
    expect(sections.preferred).toEqual(['Speaks Finnish with customers']);
  });

  it('knows Dutch and Swedish section headings', () => {
    expect(classifyHeading('Wat ga je doen?')).toBe('responsibilities');
    expect(classifyHeading('Functie-eisen')).toBe('requirements');
    expect(classifyHeading('Wat bieden wij?')).toBe('benefits');
    expect(classifyHeading('Pré')).toBe('preferred');
    expect(classifyHeading('Arbetsuppgifter')).toBe('responsibilities');
    expect(classifyHeading('Kvalifikationer')).toBe('requirements');
    expect(classifyHeading('Meriterande')).toBe('preferred');
    expect(classifyHeading('Vi erbjuder')).toBe('benefits');
    expect(classifyHeading('Lön')).toBe('compensation');
  });

  it('reads Dutch and Swedish requirements and their years', () => {
    const dutch = splitSections(
      '<h2>Wat vragen wij?</h2><p>Minimaal 4 jaar ervaring als monteur.Kennis van NEN 1010.Ervaring met zonnepanelen is een pré.</p>',
      '',
    );
    expect(dutch.requirements).toEqual(['Minimaal 4 jaar ervaring als monteur.', 'Kennis van NEN 1010.']);
    expect(dutch.preferred).toEqual(['Ervaring met zonnepanelen is een pré.']);
    const swedish = splitSections('<p><strong>Kvalifikationer</strong></p><p>Minst 2 års erfarenhet av lager.</p>', '');
    expect(swedish.requirements).toEqual(['Minst 2 års erfarenhet av lager.']);
  });

  it('detaches an "About <employer>" heading glued to the end of a paragraph', () => {
    const lines = restructureLines([
      { text: 'Plan the weekly menu.Order produce.About Larkfield Kitchens', heading: false, bullet: false },
    ]);
    expect(lines.at(-1)).toEqual({ text: 'About Larkfield Kitchens', heading: true, bullet: false });
  });

  it('detaches a one-word heading after a capitalised word, but not a qualifier or a longer heading', () => {
    expect(splitTrailingHeading('Experiencia con Looker o Tableau Deseable')).toEqual({
      body: 'Experiencia con Looker o Tableau',
      heading: 'Deseable',
    });
    expect(splitTrailingHeading('Experience with Looker or Tableau Preferred')).toBeNull();
    expect(splitTrailingHeading('Strong SQL and Tableau Preferred Qualifications')).toEqual({
      body: 'Strong SQL and Tableau',
      heading: 'Preferred Qualifications',
    });
    expect(splitTrailingHeading("A Bachelor's degree in Education")).toBeNull();
  });
});

describe('inline labels', () => {
  it('splits a labelled run of clauses into items', () => {
    const sections = splitSections(
      '<p>Requirements: 4+ years in field sales; a clean driving record; comfortable with CRM updates.</p>',
      '',
    );
    expect(sections.requirements).toEqual([
      '4+ years in field sales',
      'a clean driving record',
      'comfortable with CRM updates.',
    ]);
  });

  it('keeps a labelled sentence of prose whole', () => {
    const sections = splitSections(
      '<p>Compensation: $90,000 - $110,000 base salary. This role is remote; we do not offer relocation.</p>',
      '',
    );
    expect(sections.compensation).toHaveLength(1);
  });

  it('carries a paragraph label over the glued sentences split off it', () => {
    const sections = splitSections(
      '<p>Tu día a día: prepararás los cierres mensuales.Revisarás las conciliaciones bancarias.</p>',
      '',
    );
    expect(sections.responsibilities).toEqual([
      'prepararás los cierres mensuales.',
      'Revisarás las conciliaciones bancarias.',
    ]);
  });

  it('reads past a "Why <employer>?" question that leads a paragraph', () => {
    const sections = splitSections(
      '<p><strong>Why Marlow?</strong> We pay for your gym, give everyone a $900 book budget and close in August.</p>',
      '',
    );
    expect(sections.compensation).toEqual([]);
    expect(sections.benefits).toEqual(['We pay for your gym, give everyone a $900 book budget and close in August.']);
  });

  it('does not take "Questions? Write to …" for a duty', () => {
    const sections = splitSections('<p>Questions? Write to Rosa Vidal at jobs@example.test.</p>', '');
    expect(sections.responsibilities).toEqual([]);
  });
});

describe('lists and items', () => {
  it('puts an item that reads as neither with the rest of its list', () => {
    const sections = splitSections(
      '<p>THE ROLE</p><ul><li>Build the deploy pipeline</li><li>Write runbooks for each service</li><li>Join the on-call rotation one week in six</li></ul>',
      '',
    );
    expect(sections.responsibilities).toContain('Join the on-call rotation one week in six');
  });

  it('leaves a long paragraph set as a bullet to be read on its own', () => {
    const long = `You care about customers. ${'You read their tickets and talk to them before you build anything at all. '.repeat(3)}`;
    const sections = splitSections(`<ul><li>Build the billing service</li><li>${long}</li></ul>`, '');
    expect(sections.responsibilities).toEqual(['Build the billing service']);
  });

  it('splits two short items joined by a space in a paragraph', () => {
    expect(splitJoinedItems('Conocimiento del sector logístico Nivel alto de inglés', 40)).toEqual([
      'Conocimiento del sector logístico',
      'Nivel alto de inglés',
    ]);
    expect(splitJoinedItems('Conocimiento del sector logístico Nivel alto de inglés')).toHaveLength(1);
  });

  it('starts a German item at a driving licence', () => {
    expect(splitJoinedItems('Gute Kenntnisse in Siemens S7 und TIA Portal Führerschein Klasse B')).toEqual([
      'Gute Kenntnisse in Siemens S7 und TIA Portal',
      'Führerschein Klasse B',
    ]);
  });
});

describe('after the hold-out review (issue 11, second round)', () => {
  it('reads a heading that asks a question', () => {
    const sections = splitSections('<h2>Wat ga je doen?</h2><p>Je plant de routes voor twaalf chauffeurs.</p>', '');
    expect(sections.responsibilities).toEqual(['Je plant de routes voor twaalf chauffeurs.']);
  });

  it('keeps a short untitled item that names a heading word as an item', () => {
    const sections = splitSections(
      '<table><tr><td><b>Preferred</b></td><td>Retail banking experience<br>Spanish</td></tr></table>',
      '',
    );
    expect(sections.preferred).toEqual(['Retail banking experience', 'Spanish']);
  });

  it("keeps the pay range under a pay-transparency heading, but not a similar job's", () => {
    const sections = splitSections(
      '<p><b>Pay Transparency</b></p><p>The hourly range for this role is $22.00 - $27.50 based on experience.</p><h2>Similar jobs</h2><p>Pharmacy Technician: $18 - $21 per hour</p>',
      '',
    );
    expect(sections.compensation).toEqual(['The hourly range for this role is $22.00 - $27.50 based on experience.']);
  });

  it('reads duties in the French and Spanish future, Dutch and Swedish second person', () => {
    const sections = splitSections(
      '<p>Vous animerez les ateliers clients.</p><p>Gestionarás el inventario del almacén.</p><p>Je controleert de facturen.</p><p>Du packar order till butiker.</p>',
      '',
    );
    expect(sections.responsibilities).toHaveLength(4);
    const profile = splitSections('<p>Vous avez un diplôme en logistique.</p><p>Je hebt een rijbewijs B.</p>', '');
    expect(profile.responsibilities).toEqual([]);
  });

  it('reads "Les petits plus" as nice to have', () => {
    expect(classifyHeading('Les petits plus')).toBe('preferred');
  });

  it('splits a labelled run of short sentences into items, not a labelled paragraph of prose', () => {
    const sections = splitSections(
      '<p>Requisitos: Grado en Farmacia. Experiencia mínima de 1 año en farmacia comunitaria. Manejo de Farmatic.</p>',
      '',
    );
    expect(sections.requirements).toEqual([
      'Grado en Farmacia.',
      'Experiencia mínima de 1 año en farmacia comunitaria.',
      'Manejo de Farmatic.',
    ]);
  });

  it('splits a sentence glued before a two-letter word or a hyphenated one', () => {
    expect(splitGluedSentences('Du plockar order i vårt WMS.Du håller ordning')).toEqual([
      'Du plockar order i vårt WMS.',
      'Du håller ordning',
    ]);
    expect(splitGluedSentences('Minimaal 2 jaar ervaring.F-gassen certificaat')).toEqual([
      'Minimaal 2 jaar ervaring.',
      'F-gassen certificaat',
    ]);
  });
});
