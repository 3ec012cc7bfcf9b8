/**
 * The general causes behind last round's blind-set misses (set D), one short invented input each:
 * nice-to-haves said in a sentence, pay inside the offer list, person-specification tables, lists
 * written as one paragraph, definition-list facts, "we offer" paragraphs, years in months and
 * regulatory notices. No text here comes from a dev page.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplateSentence } from '../../utils/summarize/boilerplate';
import { findYearsExperience } from '../../utils/summarize/facts';
import { splitInlineList, splitJoinedItems } from '../../utils/summarize/restructure';
import { splitSections, type SectionedLine } from '../../utils/summarize/sections';

const split = (html: string) => splitSections(html, '');
const requirement = (text: string): SectionedLine[] => [{ text, section: 'requirements', position: 0 }];

describe('a nice-to-have said in one sentence', () => {
  it.each([
    "It's a plus if you have shipped a Flutter app to both stores.",
    'Barista experience will put you ahead of other applicants.',
    'Knowledge of Revit or ArchiCAD would set you apart.',
    'A second language really helps you stand out.',
    'It would help if you hold a forklift licence.',
    'Har du kendskab til Dynamics 365, er det en fordel.',
    'Har du jobbat med Fortnox är det meriterande.',
    'Kennst du Figma, ist das ein Plus.',
  ])('files "%s" as a nice-to-have', (sentence) => {
    const sections = split(`<h3>Requirements</h3><ul><li>Two years in a busy kitchen</li><li>${sentence}</li></ul>`);
    expect(sections.requirements).toEqual(['Two years in a busy kitchen']);
    expect(sections.preferred).toEqual([sentence]);
  });

  it('keeps a name after a preposition in its sentence ("kendskab til Dalux, er det en fordel")', () => {
    const sentence = 'Har du erfaring med ventilation eller kendskab til Dalux, er det en fordel.';
    const sections = split(`<h3>Vi forventer</h3><ul><li>har kørekort B</li></ul><p>${sentence}</p>`);
    expect(sections.preferred).toEqual([sentence]);
  });

  it('keeps a required item required when "preferibilmente" qualifies only one part of it', () => {
    const sections = split(
      '<h3>Requisiti</h3><ul><li>Esperienza di almeno 3 anni come saldatore, preferibilmente in carpenteria navale</li>' +
        '<li>Preferibilmente patentino di saldatura ISO 9606</li></ul>',
    );
    expect(sections.requirements).toEqual([
      'Esperienza di almeno 3 anni come saldatore, preferibilmente in carpenteria navale',
    ]);
    expect(sections.preferred).toEqual(['Preferibilmente patentino di saldatura ISO 9606']);
  });

  it('keeps "Nice to have: experience with …" whole when the wish runs on in lower case', () => {
    const sections = split('<p><strong>Nice to have:</strong> experience with Svelte or Solid.</p>');
    expect(sections.preferred).toEqual(['Nice to have: experience with Svelte or Solid.']);
  });
});

describe('pay listed among the perks', () => {
  it('keeps a pay bullet of the offer list in benefits, and as the pay', () => {
    const sections = split(
      '<h3>What we offer</h3><ul><li>€2,900 – €3,300 gross a month, depending on experience</li><li>Company bike lease</li></ul>',
    );
    expect(sections.benefits).toEqual(['€2,900 – €3,300 gross a month, depending on experience', 'Company bike lease']);
    expect(sections.compensation).toEqual(['€2,900 – €3,300 gross a month, depending on experience']);
  });

  it('keeps a pay paragraph out of benefits', () => {
    const sections = split(
      '<h3>Pay</h3><p>The salary for this role is $61,000 – $68,000 per year.</p><h3>Benefits</h3><ul><li>Dental cover</li></ul>',
    );
    expect(sections.benefits).toEqual(['Dental cover']);
  });

  it('reads a bonus one is eligible for as a perk, and "brut" as pay', () => {
    const sections = split(
      '<h3>Compensation</h3><p>The base pay is $92,000 to $104,000 a year. Eligible for a quarterly bonus of up to 6%.</p>' +
        '<h3>Ce que nous proposons</h3><p>Rémunération : 2 480 € brut mensuel. Tickets restaurant de 9 €, prime de fin d’année, 26 jours de congés payés.</p>',
    );
    expect(sections.compensation).toEqual([
      'The base pay is $92,000 to $104,000 a year.',
      'Rémunération : 2 480 € brut mensuel.',
    ]);
    expect(sections.benefits).toEqual([
      'Eligible for a quarterly bonus of up to 6%.',
      'Tickets restaurant de 9 €',
      'prime de fin d’année',
      '26 jours de congés payés.',
    ]);
  });

  it('splits two perks that each carry an amount, and keeps a perk list after a lead verb whole', () => {
    const sections = split(
      '<h3>Offriamo</h3><p>Contratto CCNL Commercio. Buoni pasto da 7 € al giorno e premio presenza fino a 900 € annui.</p>' +
        '<h3>Benefits</h3><p>Benefits include medical, dental and vision cover, a 403(b) plan, and 18 days of PTO.</p>',
    );
    expect(sections.benefits).toContain('Buoni pasto da 7 € al giorno');
    expect(sections.benefits).toContain('premio presenza fino a 900 € annui.');
    expect(sections.benefits).toContain(
      'Benefits include medical, dental and vision cover, a 403(b) plan, and 18 days of PTO.',
    );
  });

  it('reads "Offriamo …" after the qualifications as perks', () => {
    const sections = split(
      '<h3>Qualifiche</h3><ul><li>Diploma di perito elettronico</li></ul><h3>Informazioni aggiuntive</h3>' +
        '<p>Offriamo contratto a tempo indeterminato e formazione continua.</p>',
    );
    expect(sections.requirements).toEqual(['Diploma di perito elettronico']);
    expect(sections.benefits).toEqual(['Offriamo contratto a tempo indeterminato e formazione continua.']);
  });
});

describe('person-specification tables', () => {
  it('files each criterion by the column its tick is in', () => {
    const sections = split(
      '<h3>Person specification</h3><table><thead><tr><th>Criterion</th><th>Essential</th><th>Desirable</th></tr></thead><tbody>' +
        '<tr><td>Degree in ecology or environmental science</td><td>✓</td><td></td></tr>' +
        '<tr><td>Full driving licence</td><td>✔</td><td></td></tr>' +
        '<tr><td>Experience of bat surveys</td><td></td><td>✓</td></tr></tbody></table>',
    );
    expect(sections.requirements).toEqual(['Degree in ecology or environmental science', 'Full driving licence']);
    expect(sections.preferred).toEqual(['Experience of bat surveys']);
  });

  it('files criteria written in Essential / Desirable text columns, one per line, in other languages too', () => {
    const sections = split(
      '<table><tr><th></th><th>Erforderlich</th><th>Wünschenswert</th></tr>' +
        '<tr><td>Ausbildung</td><td>Abgeschlossene Ausbildung als Elektroniker</td><td>Meisterbrief</td></tr>' +
        '<tr><td>Kenntnisse</td><td>Sichere SPS-Programmierung<br>Führerschein Klasse B</td><td>Erfahrung mit KNX-Anlagen</td></tr></table>',
    );
    expect(sections.requirements).toEqual([
      'Abgeschlossene Ausbildung als Elektroniker',
      'Sichere SPS-Programmierung',
      'Führerschein Klasse B',
    ]);
    expect(sections.preferred).toEqual(['Erfahrung mit KNX-Anlagen']);
  });

  it('leaves any other table alone', () => {
    const sections = split(
      '<h3>Requirements</h3><table><tr><th>Shift</th><th>Hours</th></tr><tr><td>Early shift on the packing line</td><td>6–14</td></tr></table>',
    );
    expect(sections.preferred).toEqual([]);
  });
});

describe('a list written as one paragraph', () => {
  it('takes items joined by " – " apart, with the lead sentence before them', () => {
    expect(
      splitInlineList(
        'Vous travaillez avec notre chef de cave. Réception des vendanges – Suivi des fermentations – Entretien du chai et du matériel',
      ),
    ).toEqual({
      lead: 'Vous travaillez avec notre chef de cave.',
      items: ['Réception des vendanges', 'Suivi des fermentations', 'Entretien du chai et du matériel'],
    });
  });

  it('takes capitalised items joined by commas apart where nouns are written in lower case', () => {
    expect(
      splitInlineList(
        'Plock och pack av order till butiker, Inleverans och kontroll av gods, Truckkörning i höglager, inventering och städ',
      )?.items,
    ).toEqual([
      'Plock och pack av order till butiker',
      'Inleverans och kontroll av gods',
      'Truckkörning i höglager, inventering och städ',
    ]);
  });

  it('leaves prose, names and German nouns alone', () => {
    expect(
      splitInlineList('We work in Python, Go and Rust, Terraform and Kubernetes on AWS and GCP every day.'),
    ).toBeNull();
    expect(splitInlineList('Our team of twelve – half in Leeds – runs the whole platform. We ship weekly.')).toBeNull();
    expect(
      splitInlineList(
        'Sie planen die Touren, Fahrzeuge und Fahrer der Region, Kundenaufträge aus dem ERP und Reklamationen',
      ),
    ).toBeNull();
  });

  it('splits licences and "At least N" run together with spaces', () => {
    expect(
      splitJoinedItems(
        'Level 3 diploma in plumbing and heating Gas Safe card A full UK driving licence At least 2 years on domestic installs',
      ),
    ).toEqual([
      'Level 3 diploma in plumbing and heating',
      'Gas Safe card',
      'A full UK driving licence',
      'At least 2 years on domestic installs',
    ]);
    expect(splitJoinedItems('Three years on a hospital ward Texas Food Handler card or equivalent')).toEqual([
      'Three years on a hospital ward',
      'Texas Food Handler card or equivalent',
    ]);
    expect(splitJoinedItems('You must hold a valid Food Handler card before your first shift')).toEqual([
      'You must hold a valid Food Handler card before your first shift',
    ]);
  });
});

describe('definition-list facts', () => {
  it('reads a term and its one-line value as one labelled fact, not a pay heading over the intro', () => {
    const sections = split(
      '<dl><dt>Arbeidssted</dt><dd>Bergen</dd><dt>Lønn</dt><dd>kr 610 000 per år</dd><dt>Sted</dt><dd>Bergen sentrum</dd></dl>' +
        '<p>Vi er et regnskapsbyrå med 30 ansatte som hjelper små bedrifter.</p><h3>Arbeidsoppgaver</h3><ul><li>Føre regnskap for kunder</li></ul>',
    );
    expect(sections.compensation).toEqual(['Lønn: kr 610 000 per år']);
    expect(sections.compensation.join(' ')).not.toContain('regnskapsbyrå');
  });

  it('keeps a term over a multi-line value as its heading', () => {
    const sections = split(
      '<dl><dt>Requisitos mínimos</dt><dd>Carnet de carretillero<br>Experiencia de 1 año en almacén</dd></dl>',
    );
    expect(sections.requirements).toEqual(['Carnet de carretillero', 'Experiencia de 1 año en almacén']);
  });
});

describe('years and notices', () => {
  it('reads whole years given in months, and not availability', () => {
    expect(findYearsExperience(requirement('Minimum 24 months of verifiable Class A driving experience'))).toEqual({
      min: 2,
      max: null,
    });
    expect(findYearsExperience(requirement('Mindestens 18 Monate Erfahrung in der Pflege'))).toBeNull();
    expect(findYearsExperience(requirement('Verfügbar für mindestens 12 Monate, 15 Stunden pro Woche'))).toBeNull();
  });

  it('calls regulatory notices boilerplate, not a requirement to pass a drug screen', () => {
    expect(
      isBoilerplateSentence('All driver positions are subject to DOT regulations, including random testing.'),
    ).toBe(true);
    expect(isBoilerplateSentence('We run a Clearinghouse query before your first dispatch.')).toBe(true);
    expect(isBoilerplateSentence('Must pass a DOT drug screen')).toBe(false);
  });

  it('reads "D.Lgs. 198/2006" as one abbreviation, so the legal sentence goes whole', () => {
    const sections = split(
      '<h3>Informazioni</h3><p>La ricerca è rivolta a entrambi i sessi ai sensi del D.Lgs. 198/2006.</p>',
    );
    expect(sections.lines.map((line) => line.text).join(' ')).not.toContain('198/2006');
  });
});
