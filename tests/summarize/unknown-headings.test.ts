/**
 * Items under a heading no list knows ("Your toolkit", "Bits that would help", a plain line over a list):
 * placed by what they say, not dropped nor left in the list before. One short invented input each.
 */
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../utils/summarize/headings';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string, company: string | null = null) => splitSections(html, '', company);

describe('a "how to apply" word inside another word', () => {
  it('does not make "Supply chain know-how" or "Relocation support" a heading to drop', () => {
    expect(classifyHeading('Supply chain know-how')).toBeNull();
    expect(classifyHeading('Relocation support')).toBeNull();
    expect(classifyHeading('How to apply')).toBe('other');
    expect(classifyHeading('Job location')).toBe('other');
  });

  it('places the items under such a heading by what they say', () => {
    const sections = split(
      '<h3>Supply chain know-how</h3><ul><li>3+ years in demand planning</li><li>Advanced Excel and some SQL</li></ul>' +
        '<h3>Relocation support</h3><ul><li>Visa sponsorship for you and your family</li><li>Private health insurance</li></ul>',
    );
    expect(sections.requirements).toEqual(['3+ years in demand planning', 'Advanced Excel and some SQL']);
    expect(sections.benefits).toContain('Private health insurance');
  });
});

describe('a must-have opening under a heading no list knows', () => {
  it('reads "Maîtrise d\'…" and "Knowledge of …" items as must-haves, and the list with them', () => {
    const sections = split(
      "<h3>Votre bagage</h3><ul><li>Bac+2 en gestion ou équivalent</li><li>Maîtrise d'Excel</li></ul>",
    );
    expect(sections.requirements).toEqual(['Bac+2 en gestion ou équivalent', "Maîtrise d'Excel"]);
  });

  it('leaves company prose under such a heading out of the must-haves', () => {
    const sections = split(
      '<h3>Where you fit in</h3><p>Knowledge of the sea has guided Saltmere since 1921, when the first boat left Whitby.</p>',
      'Saltmere',
    );
    expect(sections.requirements).toEqual([]);
  });
});

describe('a heading no list knows that names a wish', () => {
  it('makes the must-haves under "Bits that would help" nice-to-haves', () => {
    const sections = split(
      '<h3>Your toolkit</h3><ul><li>4+ years with Go</li></ul>' +
        '<h3>Bits that would help</h3><ul><li>Experience with Kafka</li><li>Knowledge of PCI DSS</li></ul>',
    );
    expect(sections.requirements).toEqual(['4+ years with Go']);
    expect(sections.preferred).toEqual(['Experience with Kafka', 'Knowledge of PCI DSS']);
  });

  it('reads the wish in German, French and Dutch headings', () => {
    for (const heading of ['Damit punktest du zusätzlich', 'Ce qui ferait la différence', 'Helemaal top als je']) {
      const sections = split(`<h3>${heading}</h3><ul><li>Erfahrung mit SAP</li><li>Minimum 2 years in sales</li></ul>`);
      expect(sections.preferred, heading).toEqual(['Erfahrung mit SAP', 'Minimum 2 years in sales']);
    }
  });

  it('keeps duties under such a heading duties ("How you could help" is not a wish list of skills)', () => {
    const sections = split('<h3>Where you could help</h3><ul><li>Build the billing service</li></ul>');
    expect(sections.responsibilities).toEqual(['Build the billing service']);
  });
});

describe('a plain line that titles the next list', () => {
  it('starts a new list after the must-haves, placed by what its items say', () => {
    const sections = split(
      '<h3>Requirements</h3><ul><li>3+ years in retail</li><li>Forklift licence</li></ul>' +
        '<p>Perks of the trade</p><ul><li>30 days of paid leave</li><li>Cycle to work scheme</li></ul>',
    );
    expect(sections.requirements).toEqual(['3+ years in retail', 'Forklift licence']);
    expect(sections.benefits).toContain('30 days of paid leave');
    expect(sections.requirements).not.toContain('30 days of paid leave');
  });

  it('moves a must-have out of the duties list before it', () => {
    const sections = split(
      "<h3>What you'll do</h3><ul><li>Pack the orders</li><li>Check each crate</li></ul>" +
        '<p>What we ask of you</p><ul><li>Basic food hygiene certificate or willingness to get one</li><li>Able to lift 15kg</li></ul>',
    );
    expect(sections.responsibilities).toEqual(['Pack the orders', 'Check each crate']);
    expect(sections.requirements).toEqual([
      'Basic food hygiene certificate or willingness to get one',
      'Able to lift 15kg',
    ]);
  });

  it('keeps items that read as nothing in the list before, as before the title was read', () => {
    const sections = split(
      '<h3>Benefits</h3><ul><li>Pension</li><li>Free parking</li></ul>' +
        '<p>On top of that</p><ul><li>Friday lunches together</li><li>Dog-friendly office</li></ul>',
    );
    expect(sections.benefits).toEqual(expect.arrayContaining(['Friday lunches together', 'Dog-friendly office']));
  });
});

describe('perks under a heading that may name wishes or perks', () => {
  it('reads perks under "Les petits plus" as benefits, and wishes there as nice-to-haves', () => {
    const perks = split(
      '<h3>Les petits plus</h3><ul><li>Tickets restaurant de 10 €</li><li>Un pot de confiture chaque vendredi</li></ul>',
    );
    expect(perks.benefits).toEqual(['Tickets restaurant de 10 €', 'Un pot de confiture chaque vendredi']);
    const wishes = split('<h3>Les petits plus</h3><ul><li>Connaissance de la paie</li><li>Permis B</li></ul>');
    expect(wishes.preferred).toEqual(['Connaissance de la paie', 'Permis B']);
  });
});
