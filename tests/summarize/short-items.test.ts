/**
 * Short list items (a licence, a ticket, a degree, a language with its level) under a heading no list knows, and
 * help to move for the job: placed where they belong, not dropped nor read as duties. One short invented input each.
 */
import { describe, expect, it } from 'vitest';
import { classifyLine, splitSections } from '../../utils/summarize/sections';

const split = (html: string) => splitSections(html, '', null);
const list = (heading: string, items: string[]) =>
  `<h3>${heading}</h3><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

describe('a short item that names a credential, under a heading no list knows', () => {
  it('is a must-have in English, German, French, Dutch and Spanish', () => {
    const cases: Array<[string, string[]]> = [
      ['What you carry', ['SIA licence', 'Valid CSCS card', 'Fluent Dutch']],
      ['Dein Werkzeugkasten', ['Gültiger Staplerschein', 'Führerschein Klasse B']],
      ['Ton sac à dos', ['Permis B', 'CACES R489', 'Anglais courant']],
      ['Dit heb je op zak', ['VCA-diploma', 'Vloeiend Nederlands']],
      ['Tu mochila', ['Inglés fluido', 'Carnet B vigente']],
    ];
    for (const [heading, items] of cases) {
      const sections = split(list(heading, items));
      expect(sections.requirements, heading).toEqual(items);
    }
  });

  it('is a must-have when it stands first, before an item that reads as one', () => {
    const sections = split(list('Was du im Gepäck hast', ['Gültiger Staplerschein', 'Erfahrung im Wareneingang']));
    expect(sections.requirements).toEqual(['Gültiger Staplerschein', 'Erfahrung im Wareneingang']);
  });

  it('leaves a short item that names nothing held out of the must-haves', () => {
    const sections = split(list('Good to know', ['Full-time', 'Leeds']));
    expect(sections.requirements).toEqual([]);
  });
});

describe('a licence named by an "-ing" word', () => {
  it('is held, not a duty ("Driving licence B", "Teaching qualification")', () => {
    expect(classifyLine('Driving licence B')).toBe('requirements');
    expect(classifyLine('Teaching qualification')).toBe('requirements');
    expect(classifyLine('Driving the van to customer sites')).toBe('responsibilities');
  });

  it('turns a duties list into must-haves, as other must-haves do', () => {
    const sections = split(list("What you'll do", ['Deliver parcels across Leeds', 'Driving licence B']));
    expect(sections.responsibilities).toEqual(['Deliver parcels across Leeds']);
    expect(sections.requirements).toEqual(['Driving licence B']);
  });
});

describe('help to move for the job', () => {
  it('is a perk under a heading no list knows, in five languages', () => {
    const cases: Array<[string, string[]]> = [
      ['Moving to Utrecht', ['Relocation package', 'Help with moving', 'Visa sponsorship']],
      ['Dein Neustart', ['Umzugskostenübernahme', 'Unterstützung bei der Wohnungssuche']],
      ['Votre arrivée', ['Aide au déménagement', 'Prise en charge du déménagement']],
      ['Je verhuizing', ['Verhuiskostenvergoeding', 'Hulp bij het vinden van woonruimte']],
      ['Tu llegada', ['Ayuda con la mudanza', 'Paquete de reubicación']],
    ];
    for (const [heading, items] of cases) {
      const sections = split(list(heading, items));
      expect(sections.benefits, heading).toEqual(items);
      expect(sections.responsibilities, heading).toEqual([]);
    }
  });

  it('is a perk under a wish heading that names perks on other pages ("Extras")', () => {
    const sections = split(list('Extras', ['Relocation package', 'Help with moving']));
    expect(sections.benefits).toEqual(['Relocation package', 'Help with moving']);
  });
});

describe('a short item under a heading no list knows, that names nothing known', () => {
  it('goes with the list it stands in ("Code 95" after a licence, "Paid breaks" before a perk)', () => {
    const needs = split(list('Dit neem je mee de cabine in', ['Rijbewijs CE', 'Code 95']));
    expect(needs.requirements).toEqual(['Rijbewijs CE', 'Code 95']);
    const perks = split(list('Good stuff', ['Paid breaks', 'Free on-site parking']));
    expect(perks.benefits).toEqual(['Paid breaks', 'Free on-site parking']);
  });

  it('reads a van, a fuel card and leave days as perks, not a card as a ticket', () => {
    const sections = split(list('In return', ['Company van and fuel card', '25 days holiday plus bank holidays']));
    expect(sections.benefits).toEqual(['Company van and fuel card', '25 days holiday plus bank holidays']);
    expect(sections.requirements).toEqual([]);
  });
});

describe('help to move that the posting says it does not give', () => {
  it('is no perk ("No visa sponsorship", "Relocation is not offered")', () => {
    expect(classifyLine('No visa sponsorship for this role')).not.toBe('benefits');
    expect(classifyLine('Relocation is not offered for this role')).not.toBe('benefits');
    expect(classifyLine('Visa sponsorship for you and your partner')).toBe('benefits');
  });
});
