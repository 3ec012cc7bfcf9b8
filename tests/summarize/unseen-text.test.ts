/**
 * Causes of misplaced items found on text the summarizer was never tuned on, one short invented
 * input each: headings glued by a colon, headings that end in an abbreviation, requirement verbs and
 * qualifications inside a duties list, optional-item headings in more languages, perks that carry
 * an amount, the first item of a list that reads as neither, and legal lines in more languages.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplateSentence } from '../../utils/summarize/boilerplate';
import { findYearsExperience } from '../../utils/summarize/facts';
import { classifyHeading } from '../../utils/summarize/headings';
import { splitGluedLabel } from '../../utils/summarize/restructure';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string, company: string | null = null) => splitSections(html, '', company);

describe('a heading glued to its first item by a colon', () => {
  it('takes "Heading:Item" apart only when the label is a whole heading', () => {
    expect(splitGluedLabel('Vos missions:Accueillir les clients en salle.')).toEqual({
      heading: 'Vos missions',
      body: 'Accueillir les clients en salle.',
    });
    expect(splitGluedLabel('Horaires:Du mardi au samedi.')).toBeNull();
    expect(splitGluedLabel('Ratio 3:1 in the nursery')).toBeNull();
  });

  it('files each glued section of a French paragraph in its own place', () => {
    const sections = split(
      "<div>La Crêperie du Port cherche un crêpier pour la saison.Vos missions:Préparer la pâte chaque matin.Tenir le billig pendant le service.Profil recherché:1 an d'expérience en crêperie.Disponible les week-ends.Un plus:Notions d'anglais pour les touristes.Ce que nous offrons:Repas pris sur place.Logement possible en juillet et août.</div>",
    );
    expect(sections.responsibilities).toEqual([
      'Préparer la pâte chaque matin.',
      'Tenir le billig pendant le service.',
    ]);
    expect(sections.requirements).toEqual(["1 an d'expérience en crêperie.", 'Disponible les week-ends.']);
    expect(sections.preferred).toEqual(["Notions d'anglais pour les touristes."]);
    expect(sections.benefits).toEqual(['Repas pris sur place.', 'Logement possible en juillet et août.']);
  });
});

describe('a heading that ends with an abbreviation', () => {
  it('reads "Dine opgaver bliver bl.a." and "Ihre Aufgaben u.a." as headings', () => {
    const sections = split(
      '<h4>Dine opgaver bliver bl.a.</h4><ul><li>Registrering af leverandørfakturaer hver uge</li><li>Afstemning af kasse og bank</li></ul>' +
        '<h4>Vi tilbyder</h4><ul><li>Frokostordning og fri frugt</li></ul>',
    );
    expect(sections.responsibilities).toEqual([
      'Registrering af leverandørfakturaer hver uge',
      'Afstemning af kasse og bank',
    ]);
    expect(sections.benefits).toEqual(['Frokostordning og fri frugt']);
  });
});

describe('requirements inside a duties list', () => {
  it('"The successful candidate will: Hold …, Have …, Demonstrate …" lists what the candidate brings', () => {
    const sections = split(
      '<h3>The role</h3><ul><li>Teach a Year 2 class of 28 pupils</li><li>Plan phonics sessions with the EYFS lead</li></ul>' +
        '<h3>The successful candidate will</h3><ul><li>Hold Qualified Teacher Status</li><li>Have a sound knowledge of systematic synthetic phonics</li><li>Demonstrate calm and consistent behaviour management</li></ul>',
    );
    expect(sections.responsibilities).toEqual([
      'Teach a Year 2 class of 28 pupils',
      'Plan phonics sessions with the EYFS lead',
    ]);
    expect(sections.requirements).toEqual([
      'Hold Qualified Teacher Status',
      'Have a sound knowledge of systematic synthetic phonics',
      'Demonstrate calm and consistent behaviour management',
    ]);
  });

  it('moves qualifications named first or last out of a duties list', () => {
    const sections = split(
      "<h3>What you'll do</h3><ul><li>Install and test fire alarm panels in new schools</li><li>Complete commissioning certificates for every system</li>" +
        '<li>NVQ Level 3 in Electrotechnical Services</li><li>FIA fire alarm design certificate</li><li>CSCS card (Skilled Worker)</li></ul>',
    );
    expect(sections.responsibilities).toEqual([
      'Install and test fire alarm panels in new schools',
      'Complete commissioning certificates for every system',
    ]);
    expect(sections.requirements).toEqual([
      'NVQ Level 3 in Electrotechnical Services',
      'FIA fire alarm design certificate',
      'CSCS card (Skilled Worker)',
    ]);
  });
});

describe('optional-item headings in more languages', () => {
  it.each([
    ['Valoraremos', 'preferred'],
    ['Es un plus', 'preferred'],
    ['Un plus', 'preferred'],
    ['Ønskede kvalifikasjoner', 'preferred'],
    ['Önskvärt', 'preferred'],
    ['Wenselijk', 'preferred'],
    ['Preferibile', 'preferred'],
    ['Atutem będzie', 'preferred'],
    ['Why Millbrook', 'benefits'],
    ['¿Por qué Conservas Alba?', 'benefits'],
    ['Why this role matters', null],
    ['Pourquoi ce poste', null],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it('"… would be great" after the must-haves is a nice-to-have', () => {
    const sections = split(
      "<h3>What we're looking for</h3><ul><li>Two years on a busy pizza oven</li></ul><p>A HACCP Level 2 certificate would be great but we can train you.</p>",
    );
    expect(sections.preferred).toEqual(['A HACCP Level 2 certificate would be great but we can train you.']);
  });
});

describe('perks with an amount and pay among perks', () => {
  it('files differentials, tuition and profit sharing as perks, the pay range as pay', () => {
    const sections = split(
      '<h3>Why Millbrook</h3><ul><li>Evening differential of $2.00/hour and weekend differential of $1.25/hour</li>' +
        '<li>Tuition assistance up to $3,000 a year</li><li>$21 - $25 an hour plus a $1 night differential</li></ul>' +
        '<h2>Informações adicionais</h2><ul><li>Faixa salarial: R$ 5.200,00 a R$ 6.100,00 por mês</li><li>Participação nos lucros e resultados (PLR)</li></ul>',
    );
    expect(sections.benefits).toEqual([
      'Evening differential of $2.00/hour and weekend differential of $1.25/hour',
      'Tuition assistance up to $3,000 a year',
      // An item of the "Why Millbrook" offer list: there as written, and the job's pay.
      '$21 - $25 an hour plus a $1 night differential',
      'Participação nos lucros e resultados (PLR)',
    ]);
    expect(sections.compensation).toEqual([
      '$21 - $25 an hour plus a $1 night differential',
      'Faixa salarial: R$ 5.200,00 a R$ 6.100,00 por mês',
    ]);
  });

  it('under a pay heading, a list item that names no pay is a perk; a pay period makes a short line pay', () => {
    const sections = split(
      '<h2>Compensation &amp; benefits</h2><p>The base salary range for this role is $95,000 - $112,000 per year.</p>' +
        '<ul><li>Hybrid work: two days a week at our Dock Road office</li><li>Pension with a 5% match</li></ul>' +
        '<h3>What you get</h3><ul><li>€14.80 per hour, paid weekly</li><li>Free lunch on every shift</li></ul>',
    );
    expect(sections.compensation).toEqual([
      'The base salary range for this role is $95,000 - $112,000 per year.',
      '€14.80 per hour, paid weekly',
    ]);
    expect(sections.benefits).toEqual([
      'Hybrid work: two days a week at our Dock Road office',
      'Pension with a 5% match',
      '€14.80 per hour, paid weekly',
      'Free lunch on every shift',
    ]);
  });
});

describe('the first item of a list that reads as neither', () => {
  it('goes with the list once its next item says which list it is', () => {
    const sections = split(
      "<h2>Descriptif du poste</h2><ul><li>Mener les ateliers de cadrage avec l'équipe produit</li><li>Animer des tests utilisateurs en boutique</li><li>Faire évoluer notre bibliothèque de composants</li></ul>",
    );
    expect(sections.responsibilities).toEqual([
      "Mener les ateliers de cadrage avec l'équipe produit",
      'Animer des tests utilisateurs en boutique',
      'Faire évoluer notre bibliothèque de composants',
    ]);
  });
});

describe('space-joined availability and years without the word "experience"', () => {
  it('splits "… lift 40 lbs Availability weekends …" and reads "At least 1 year behind a bar" as years', () => {
    const sections = split(
      '<p><strong>Requirements</strong></p><p>At least 1 year behind a busy cocktail bar Ability to carry crates of 24 bottles Availability weekends and bank holidays</p>',
    );
    expect(sections.requirements).toEqual([
      'At least 1 year behind a busy cocktail bar',
      'Ability to carry crates of 24 bottles',
      'Availability weekends and bank holidays',
    ]);
    expect(findYearsExperience(sections.lines)).toEqual({ min: 1, max: null });
  });
});

describe('legal lines in more languages', () => {
  it.each([
    'Schwerbehinderte Bewerber werden bei gleicher Eignung bevorzugt eingestellt.',
    'Wir freuen uns über Bewerbungen von Menschen aller Herkunft.',
    'La selezione è rivolta a candidati di entrambi i sessi.',
    'I dati saranno trattati ai sensi del Regolamento (UE) 2016/679.',
    'This contract is not open to C2C or 1099 candidates.',
    'We are a smoke-free campus.',
    'Offers are contingent upon a background check.',
    'We thank all applicants; only those selected for an interview will be contacted.',
    'Harbourline is committed to a barrier-free hiring process.',
  ])('removes "%s"', (sentence) => {
    expect(isBoilerplateSentence(sentence)).toBe(true);
  });

  it.each([
    'Experience with GDPR compliance audits',
    'Must pass a background check',
    'Knowledge of data privacy regulations in the EU',
  ])('keeps the requirement "%s"', (sentence) => {
    expect(isBoilerplateSentence(sentence)).toBe(false);
  });
});
