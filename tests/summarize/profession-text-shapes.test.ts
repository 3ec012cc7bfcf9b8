/**
 * Text shapes met on postings for care, trades, retail, logistics, finance, teaching and sales (issue 11,
 * parts 1–3), one short invented input per pattern: a licence class run into the next item, a duty list
 * that turns into requirements in Spanish, a long pay sentence under a benefits heading, a pay-zone
 * paragraph, the employer named with its article and legal form, one year in Polish.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplateSentence } from '../../utils/summarize/boilerplate';
import { findYearsExperience } from '../../utils/summarize/facts';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string, company: string | null = null) => splitSections(html, '', company);

describe('one year in Polish', () => {
  it('reads "Minimum 1 rok doświadczenia" as one year', () => {
    const found = findYearsExperience([
      { text: 'Minimum 1 rok doświadczenia w pracy na magazynie', section: 'requirements', position: 0 },
    ]);
    expect(found && { min: found.min, max: found.max }).toEqual({ min: 1, max: null });
  });
});

describe('years after the experience word', () => {
  it.each([
    ["Une première expérience en EHPAD d'au moins 1 an", 1],
    ['Ervaring in de thuiszorg van minimaal 2 jaar', 2],
    ['Doświadczenie na magazynie co najmniej 3 lata', 3],
  ])('reads "%s"', (text, min) => {
    const found = findYearsExperience([{ text, section: 'requirements', position: 0 }]);
    expect(found && { min: found.min, max: found.max }).toEqual({ min, max: null });
  });
});

describe('a German item after a licence class', () => {
  it('splits "… Führerschein Klasse B Kenntnisse in …" into the licence and a wish', () => {
    const sections = split(
      '<h3>Dein Profil</h3><p>Abgeschlossene Ausbildung als Anlagenmechaniker SHK Führerschein Klasse B Kenntnisse in der Regelungstechnik sind von Vorteil</p>',
    );
    expect(sections.requirements).toContain('Führerschein Klasse B');
    expect(sections.preferred).toEqual(['Kenntnisse in der Regelungstechnik sind von Vorteil']);
  });

  it('leaves a German noun inside a sentence alone', () => {
    const sections = split(
      '<h3>Dein Profil</h3><ul><li>Du hast Erfahrung im Kundendienst und Kenntnisse in Hydraulik</li></ul>',
    );
    expect(sections.requirements).toEqual(['Du hast Erfahrung im Kundendienst und Kenntnisse in Hydraulik']);
  });
});

describe('a heading glued on after a one-letter article', () => {
  it('detaches "O que oferecemos" from the end of the duties (Portuguese)', () => {
    const sections = split(
      '<h3>Funções</h3><p>Atender clientes na loja.Repor os produtos.O que oferecemos</p><ul><li>Seguro de saúde</li></ul>',
    );
    expect(sections.responsibilities).toEqual(['Atender clientes na loja.', 'Repor os produtos.']);
    expect(sections.benefits).toEqual(['Seguro de saúde']);
  });
});

describe('space-joined items of two words', () => {
  it('parts a school level and a licence from the items around them (Polish)', () => {
    const sections = split(
      '<p><b>Wymagania</b></p><p>Wykształcenie średnie Doświadczenie w pracy na magazynie Uprawnienia UDT Gotowość do pracy zmianowej</p>',
    );
    expect(sections.requirements).toEqual([
      'Wykształcenie średnie',
      'Doświadczenie w pracy na magazynie',
      'Uprawnienia UDT',
      'Gotowość do pracy zmianowej',
    ]);
  });

  it('parts a registration with a professional body (Portuguese)', () => {
    const sections = split(
      '<p><b>Requisitos</b></p><p>Licenciatura em Contabilidade Experiência mínima de 3 anos em gabinete Conhecimentos de Primavera Inscrição na OCC</p>',
    );
    expect(sections.requirements).toEqual([
      'Licenciatura em Contabilidade',
      'Experiência mínima de 3 anos em gabinete',
      'Conhecimentos de Primavera',
      'Inscrição na OCC',
    ]);
  });

  it('keeps "Strong Excellent …" together: two adjectives are no item', () => {
    const sections = split(
      '<p><b>Requirements</b></p><p>Strong Excellent communication skills with customers and colleagues in the store</p>',
    );
    expect(sections.requirements).toEqual([
      'Strong Excellent communication skills with customers and colleagues in the store',
    ]);
  });
});

describe('a Spanish duty list that turns into requirements', () => {
  it('moves the degree, the language level and the years to must-haves, and the wish to nice-to-haves', () => {
    const sections = split(
      '<p><b>Funciones:</b></p><ul><li>Impartir clases a grupos reducidos</li><li>Corregir exámenes y redacciones</li><li>Titulación en Magisterio o equivalente</li><li>Nivel C1 de francés acreditado</li><li>Experiencia mínima de 1 año en academias</li><li>Se valorará experiencia con adultos</li></ul>',
    );
    expect(sections.responsibilities).toEqual([
      'Impartir clases a grupos reducidos',
      'Corregir exámenes y redacciones',
    ]);
    expect(sections.requirements).toEqual([
      'Titulación en Magisterio o equivalente',
      'Nivel C1 de francés acreditado',
      'Experiencia mínima de 1 año en academias',
    ]);
    expect(sections.preferred).toEqual(['Se valorará experiencia con adultos']);
  });
});

describe('duty lists that turn into requirements, in more languages and trades', () => {
  it.each([
    [
      '<p><b>Funções</b></p><ul><li>Atender clientes ao balcão</li><li>Repor produtos</li><li>Experiência mínima de 1 ano em retalho</li><li>12.º ano de escolaridade</li></ul>',
      ['Experiência mínima de 1 ano em retalho', '12.º ano de escolaridade'],
    ],
    [
      '<p><b>Arbetsuppgifter</b></p><ul><li>Plocka och packa order</li><li>Lasta lastbilar</li><li>Truckkort A och B</li></ul>',
      ['Truckkort A och B'],
    ],
    [
      '<p><b>Ihre Aufgaben</b></p><ul><li>Grundpflege bei unseren Klienten</li><li>Examinierte Pflegefachkraft</li></ul>',
      ['Examinierte Pflegefachkraft'],
    ],
    [
      '<p><b>Responsibilities</b></p><ul><li>Teach maths to Key Stage 3 classes</li><li>Qualified Teacher Status (QTS)</li><li>Experience teaching GCSE maths</li></ul>',
      ['Qualified Teacher Status (QTS)', 'Experience teaching GCSE maths'],
    ],
  ])('%s', (html, requirements) => {
    const sections = split(html);
    expect(sections.requirements).toEqual(requirements);
    expect(sections.responsibilities.some((line) => requirements.includes(line))).toBe(false);
  });
});

describe('pay written as prose under a benefits heading', () => {
  it('files one long sentence that names the pay scale and its amounts as the pay', () => {
    const pay =
      'Je salaris hangt af van je ervaring en valt in schaal 9 van de cao Gemeenten: minimaal € 3.200 en maximaal € 4.600 bruto per maand bij een volledige werkweek.';
    const sections = split(`<h3>Wat bieden wij?</h3><p>${pay}</p><ul><li>Een reiskostenvergoeding</li></ul>`);
    expect(sections.compensation).toEqual([pay]);
    expect(sections.benefits).toEqual(['Een reiskostenvergoeding']);
  });

  it('keeps a pay-zone paragraph together as the pay, not among the perks', () => {
    const sections = split(
      '<p><strong>Benefits</strong></p><ul><li>401(k) with a 3% match</li></ul><p>Every role sits in a regional pay zone. In Zone 1 the base salary range is $48,000–$58,000 per year. Your offer depends on your experience.</p>',
    );
    expect(sections.benefits).toEqual(['401(k) with a 3% match']);
    expect(sections.compensation).toEqual([
      'Every role sits in a regional pay zone.',
      'In Zone 1 the base salary range is $48,000–$58,000 per year.',
      'Your offer depends on your experience.',
    ]);
  });
});

describe('the employer named with its article and legal form', () => {
  it.each([
    ['Das Klinikum am Nordring ist ein Haus der Grundversorgung mit 300 Betten.', 'Klinikum am Nordring gGmbH'],
    ['A Padaria do Largo é uma cadeia de três padarias no centro de Braga.', 'Padaria do Largo, Lda.'],
    ['Reformas Alcor es una empresa de reformas con 12 operarios en Murcia.', 'Reformas Alcor S.L.'],
  ])('"%s" is about the employer', (sentence, company) => {
    const sections = split(`<p>${sentence}</p><h3>Aufgaben</h3><ul><li>Pflege der Patienten</li></ul>`, company);
    expect(sections.about).toEqual([sentence]);
  });
});

describe("a job board's scam warning", () => {
  it('is boilerplate, and a duty about bank reconciliations is not', () => {
    expect(
      isBoilerplateSentence("Be careful - Don't provide your bank or credit card details when applying for jobs."),
    ).toBe(true);
    expect(isBoilerplateSentence('Provide bank reconciliations to the finance manager every month')).toBe(false);
  });
});
