/**
 * Layouts of real postings the corpus had few of (issue 11, pages 574–595): a bold label leading a
 * paragraph that heads the list after it, offers and needs set side by side in a table, duties written as
 * parallel sentences, the years said before "minimum" or with the year word alone, an elided article
 * before the employer's name. One short invented input per rule.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplateSentence } from '../../utils/summarize/boilerplate';
import { findYearsExperience } from '../../utils/summarize/facts';
import { isPayLine } from '../../utils/summarize/pay';
import { splitSections } from '../../utils/summarize/sections';
import { rewriteSpecTables } from '../../utils/summarize/spec-table';

const split = (html: string, company: string | null = null) => splitSections(html, '', company);
const line = (text: string) => [{ text, section: 'requirements' as const, position: 0 }];

describe('a bold label leading a paragraph', () => {
  it('heads the list after it ("<strong>Ihre Aufgaben:</strong> Sie … " then a list)', () => {
    const sections = split(
      '<p><strong>Ihre Aufgaben:</strong> Sie nehmen Waren an.</p><ul><li>Kommissionierung mit Handscanner</li><li>Verladen von Lkw</li></ul><p><strong>Ihr Profil:</strong></p><ul><li>Gültiger Staplerschein</li></ul>',
    );
    expect(sections.responsibilities).toEqual([
      'Sie nehmen Waren an.',
      'Kommissionierung mit Handscanner',
      'Verladen von Lkw',
    ]);
    expect(sections.requirements).toEqual(['Gültiger Staplerschein']);
  });

  it('leaves a pay label a fact: what follows "Gehalt: …" is not read as the pay section', () => {
    const sections = split(
      '<p><strong>Wir bieten:</strong></p><ul><li>30 Tage Urlaub</li></ul><p>Gehalt: 19,00 € pro Stunde</p><p>Job melden</p>',
    );
    expect(sections.compensation).toEqual(['Gehalt: 19,00 € pro Stunde']);
    const listed = [sections.responsibilities, sections.requirements, sections.benefits, sections.about].flat();
    expect(listed).not.toContain('Job melden');
  });

  it('opens the perks after a pay label that names them too ("Pay and benefits: …")', () => {
    const sections = split(
      '<p><strong>Requirements:</strong></p><ul><li>EPA 608 certification</li></ul><p><strong>Pay and benefits:</strong> $28 - $38 per hour.</p><ul><li>Company vehicle and tools</li><li>Medical and dental insurance</li></ul>',
    );
    expect(sections.requirements).toEqual(['EPA 608 certification']);
    expect(sections.benefits).toEqual(['Company vehicle and tools', 'Medical and dental insurance']);
  });

  it('does not open a section for a label that only names a fact ("Travel Required: …")', () => {
    const sections = split(
      '<p><strong>Requirements</strong></p><p>Travel Required: Yes, up to 25%</p><ul><li>A valid driving licence</li></ul>',
    );
    expect(sections.requirements).toContain('A valid driving licence');
  });
});

describe('sections set side by side in a table', () => {
  it('reads each column under its header as a list ("Wat wij bieden | Wat jij meebrengt")', () => {
    const sections = split(
      '<table><tr><th>Wat wij bieden</th><th>Wat jij meebrengt</th></tr><tr><td><ul><li>Een leaseauto</li><li>Eindejaarsuitkering</li></ul></td><td><ul><li>Rijbewijs B</li><li>Een diploma Verzorgende IG</li></ul></td></tr></table>',
    );
    expect(sections.benefits).toEqual(['Een leaseauto', 'Eindejaarsuitkering']);
    expect(sections.requirements).toEqual(['Rijbewijs B', 'Een diploma Verzorgende IG']);
  });

  it('leaves a table whose headers are not all sections alone', () => {
    const table = '<table><tr><th>Shift</th><th>What we offer</th></tr><tr><td>Nights</td><td>Meals</td></tr></table>';
    expect(rewriteSpecTables(table)).toBe(table);
  });
});

describe('duties written as parallel sentences', () => {
  it('takes apart a duties paragraph whose sentences open with the same word', () => {
    const sections = split(
      '<h2>Wat ga je doen?</h2><p>Je verleent persoonlijke verzorging bij cliënten thuis. Je stelt zorgplannen op met de familie. Je werkt samen met huisartsen.</p>',
    );
    expect(sections.responsibilities).toEqual([
      'Je verleent persoonlijke verzorging bij cliënten thuis.',
      'Je stelt zorgplannen op met de familie.',
      'Je werkt samen met huisartsen.',
    ]);
  });

  it('keeps a duties paragraph whole when its sentences do not run in parallel', () => {
    const sections = split(
      '<h2>Responsibilities</h2><p>You will run the morning shift. The team is eight people. Most days end by 3 pm.</p>',
    );
    expect(sections.responsibilities).toHaveLength(1);
  });
});

describe('years of experience', () => {
  it('reads the minimum said after the years ("2 ans minimum en restauration")', () => {
    expect(findYearsExperience(line('2 ans minimum en restauration traditionnelle'))).toMatchObject({ min: 2 });
    expect(findYearsExperience(line('3 años mínimo como oficial electricista'))).toMatchObject({ min: 3 });
  });

  it('reads the Polish year word alone as one year ("minimum rok doświadczenia")', () => {
    expect(findYearsExperience(line('minimum rok doświadczenia w pracy na magazynie'))).toMatchObject({
      min: 1,
      max: null,
    });
    expect(findYearsExperience(line('umowa na rok z możliwością przedłużenia'))).toBeNull();
  });
});

describe('the employer named after an elided article', () => {
  it('reads "L’Hotel Lago Ceresio è un albergo …" as about the company', () => {
    const sections = split(
      '<p>L’Hotel Lago Ceresio è un albergo a quattro stelle sul lago.</p><p><strong>Le tue mansioni</strong></p><ul><li>Accoglienza degli ospiti</li></ul>',
      'Hotel Lago Ceresio SA',
    );
    expect(sections.about).toEqual(['L’Hotel Lago Ceresio è un albergo a quattro stelle sul lago.']);
  });
});

describe('pay set by an agreement, with no amount', () => {
  it('reads a collective scale named in any language as pay', () => {
    expect(isPayLine('Lønn etter tariff for elektrofagene')).toBe(true);
    expect(isPayLine('Übertarifliche Bezahlung und Weihnachtsgeld')).toBe(true);
    expect(isPayLine('Contratto CCNL Cooperative Sociali, livello D2')).toBe(true);
  });

  it('reads no pay in a tariff or an agreement without a pay word or a grade', () => {
    expect(isPayLine('Knowledge of customs tariff codes')).toBe(false);
    expect(isPayLine('Contratto CCNL a tempo indeterminato')).toBe(false);
  });
});

describe('Dutch musts and agency lines', () => {
  it('reads "… is vereist" as a must-have, also with the job it is for', () => {
    expect(split('<p>Een VOG is vereist voor deze functie.</p>').requirements).toEqual([
      'Een VOG is vereist voor deze functie.',
    ]);
    expect(split('<p>Rijbewijs C vereist</p>').requirements).toEqual(['Rijbewijs C vereist']);
  });

  it('drops the Dutch "no agencies" line', () => {
    expect(isBoilerplateSentence('Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.')).toBe(
      true,
    );
    expect(isBoilerplateSentence('Je doet de acquisitie van nieuwe klanten in de regio.')).toBe(false);
  });
});

describe('short perk items under no named section', () => {
  it('keeps a two-word perk ("Tuition reimbursement") and drops other two-word lines', () => {
    const sections = split(
      '<h2>Additional Information</h2><ul><li>Medical, dental and vision insurance</li><li>Tuition reimbursement</li><li>Apply today</li></ul>',
    );
    expect(sections.benefits).toEqual(['Medical, dental and vision insurance', 'Tuition reimbursement']);
  });
});
