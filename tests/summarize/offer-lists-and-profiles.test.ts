/**
 * Issue 11, the patterns behind fixture pages 380–394, one short invented input each: pay stated
 * inside a benefits list, how-to-apply, equal-opportunity and "about us" text at the end of a list,
 * and requirements written as verb phrases under "Who you are" / "Das bringst du mit" / "Votre
 * profil" / "Tu perfil", with their optional items. No text here comes from a fixture page.
 */
import { describe, expect, it } from 'vitest';
import { isPayLine, isPerk } from '../../utils/summarize/pay';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string, company: string | null = null) => splitSections(html, '', company);
const list = (heading: string, items: string[]) =>
  `<h3>${heading}</h3><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

describe('pay stated inside a benefits list', () => {
  it.each([
    ['What we offer', 'A salary of €48,000–56,000 a year, depending on experience', '26 days of holiday'],
    ['Was wir bieten', '16,50 € pro Stunde plus Nachtzuschlag', 'Kostenlose Getränke'],
    ['Ce que nous offrons', 'Rémunération : 39 k€ brut/an', 'Mutuelle prise en charge à 60 %'],
    ['Qué ofrecemos', '1.480 € brutos al mes en 14 pagas', 'Seguro médico privado'],
  ])('"%s": the pay goes to compensation, the perk stays a benefit', (heading, pay, perk) => {
    const sections = split(list(heading, [pay, perk]));
    expect(sections.compensation).toEqual([pay]);
    expect(sections.benefits).toContain(perk);
  });

  it('reads an amount with its pay period as pay, with no pay word', () => {
    expect(isPayLine('We pay £27,500 per year plus tips.')).toBe(true);
    expect(isPayLine('14 € pro Stunde')).toBe(true);
    expect(isPayLine('2 300 € brut par mois')).toBe(true);
    expect(isPerk('We pay £27,500 per year plus tips.')).toBe(false);
  });

  it('keeps money given as a perk a perk, even with a period', () => {
    expect(isPayLine('Tickets restaurant de 9 € par jour travaillé')).toBe(false);
    expect(isPayLine('A yearly learning budget of €1,200')).toBe(false);
    expect(isPayLine('A $1,500 learning stipend per year')).toBe(false);
  });

  it('parts the pay sentence from the perks in a benefits paragraph', () => {
    const sections = split(
      '<h3>Why join us</h3><p>We pay £27,500 per year plus tips. You also get 30 days of holiday and free meals on shift.</p>',
    );
    expect(sections.compensation).toEqual(['We pay £27,500 per year plus tips.']);
    expect(sections.benefits.join(' ')).toContain('30 days of holiday');
  });
});

describe('how to apply, equal opportunity and the employer, at the end of a list', () => {
  it.each([
    'To apply, send your CV and two references to jobs@example.org.',
    'Bewerben Sie sich bis zum Monatsende über unser Online-Formular.',
    'Bewirb dich einfach mit deinem Lebenslauf.',
    'Pour postuler, envoyez votre CV et quelques mots sur vous.',
    'Envoyez votre candidature à recrutement@example.fr.',
    'Envía tu CV a empleo@example.es con la referencia MNT-3.',
    'Para postular, completa el formulario de la web.',
    'Wir freuen uns auf deine Bewerbung über unser Karriereportal.',
    'We are an equal opportunity employer and welcome applicants from every background.',
  ])('"%s" is no must-have', (line) => {
    const sections = split(list('Requirements', ['Three years of bookkeeping', 'A full driving licence', line]));
    expect(sections.requirements).toEqual(['Three years of bookkeeping', 'A full driving licence']);
    expect(sections.preferred).toEqual([]);
    expect(sections.responsibilities).toEqual([]);
  });

  it('files the employer blurb a posting ends with as about the company', () => {
    const sections = split(
      list('Duties', ['Service the forklifts', 'Order spare parts']) +
        list('Perks', ['Company van', 'Overtime paid']) +
        '<p>Moorland Lifts has serviced warehouse equipment across Yorkshire since 1984 and employs 90 people.</p>',
      'Moorland Lifts',
    );
    expect(sections.about).toEqual([
      'Moorland Lifts has serviced warehouse equipment across Yorkshire since 1984 and employs 90 people.',
    ]);
    expect(sections.benefits).toEqual(['Company van', 'Overtime paid']);
  });

  it('files an item about the employer at the end of a list as about the company', () => {
    const sections = split(
      list('Requirements', [
        'Three years of bookkeeping',
        'Have worked in a busy accounts team for 3 years.',
        'Moorland Lifts has serviced warehouse equipment across Yorkshire since 1984.',
      ]) +
        list('Duties', [
          'Service the forklifts',
          'Order spare parts',
          'We are a family business with 90 staff across Yorkshire.',
        ]),
      'Moorland Lifts',
    );
    expect(sections.requirements).toEqual([
      'Three years of bookkeeping',
      'Have worked in a busy accounts team for 3 years.',
    ]);
    expect(sections.responsibilities).toEqual(['Service the forklifts', 'Order spare parts']);
    expect(sections.about).toEqual([
      'Moorland Lifts has serviced warehouse equipment across Yorkshire since 1984.',
      'We are a family business with 90 staff across Yorkshire.',
    ]);
  });

  it('does not take an equal-opportunity line that names the employer for the company', () => {
    const sections = split(
      list('Duties', ['Service the forklifts', 'Order spare parts']) +
        '<p>Moorland Lifts encourages everyone to apply, whatever their age, gender or background.</p>',
      'Moorland Lifts',
    );
    expect(sections.about).toEqual([]);
  });
});

describe('requirements written as verb phrases', () => {
  it.each([
    [
      'Who you are',
      [
        'Have 3+ years of experience in customer support, ideally in retail',
        'Are fluent in Italian',
        'Can work weekends',
      ],
      ['Ideally, you have used Freshdesk', 'Experience with Shopify is a plus'],
    ],
    [
      'Das bringst du mit',
      ['Du hast eine abgeschlossene Ausbildung als Koch', 'Du bist zuverlässig und belastbar'],
      ['Idealerweise kennst du dich mit HACCP aus'],
    ],
    [
      'Votre profil',
      ['Vous maîtrisez Excel', "Vous avez au moins 2 ans d'expérience en comptabilité"],
      ['Idéalement, vous connaissez Sage 100'],
    ],
    [
      'Tu perfil',
      ['Tienes el carné de conducir B', 'Manejas Excel con soltura', 'Puedes trabajar a turnos'],
      ['Idealmente, has trabajado en logística', 'Valoramos el inglés'],
    ],
  ])('under "%s": must-haves, and the optional ones nice-to-haves', (heading, required, optional) => {
    const sections = split(list(heading, [...required, ...optional]));
    expect(sections.requirements).toEqual(required);
    expect(sections.preferred).toEqual(optional);
    expect(sections.responsibilities).toEqual([]);
  });
});

describe('a duty that opens like a profile line', () => {
  it('reads "Du sprichst dich mit … ab" as a duty, "Du sprichst Englisch" as a must-have', () => {
    const sections = split(
      list('Deine Aufgaben', [
        'Du planst die Schichten im Lager',
        'Du sprichst dich mit Spediteuren und Kunden ab',
        'Du sprichst mit Lieferanten über Termine',
      ]) + list('Das bringst du mit', ['Du sprichst gut Englisch']),
    );
    expect(sections.responsibilities).toEqual([
      'Du planst die Schichten im Lager',
      'Du sprichst dich mit Spediteuren und Kunden ab',
      'Du sprichst mit Lieferanten über Termine',
    ]);
    expect(sections.requirements).toEqual(['Du sprichst gut Englisch']);
  });
});
