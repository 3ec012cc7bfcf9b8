/**
 * Sections in more languages, and items in their right section wherever they sit: one short,
 * invented input per text pattern (issue 11, part 2).
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplateSentence } from '../../utils/summarize/boilerplate';
import { findYearsExperience } from '../../utils/summarize/facts';
import { classifyHeading } from '../../utils/summarize/headings';
import { splitSections } from '../../utils/summarize/sections';

const list = (heading: string, items: string[]): string =>
  `<h3>${heading}</h3><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

describe('section headings in Italian, Portuguese, Polish, Norwegian, Danish and Finnish', () => {
  const cases: Array<[string, string]> = [
    ['Cosa farai', 'responsibilities'],
    ['Di cosa ti occuperai', 'responsibilities'],
    ['Requisiti', 'requirements'],
    ['Cosa offriamo', 'benefits'],
    ['Chi siamo', 'about'],
    ['O que você vai fazer', 'responsibilities'],
    ['Requisitos e qualificações', 'requirements'],
    ['Diferenciais', 'preferred'],
    ['Benefícios', 'benefits'],
    ['Twój zakres obowiązków', 'responsibilities'],
    ['Nasze wymagania', 'requirements'],
    ['Mile widziane', 'preferred'],
    ['Oferujemy', 'benefits'],
    ['Wynagrodzenie', 'compensation'],
    ['Arbeidsoppgaver', 'responsibilities'],
    ['Kvalifikasjoner', 'requirements'],
    ['Vi tilbyr', 'benefits'],
    ['Dine opgaver', 'responsibilities'],
    ['Vi forventer, at du:', 'requirements'],
    ['Vi tilbyder', 'benefits'],
    ['Tehtävät', 'responsibilities'],
    ['Odotamme', 'requirements'],
    ['Tarjoamme', 'benefits'],
    ['Wir bieten', 'benefits'],
    ['Was wir bieten', 'benefits'],
    ['Wat wij bieden', 'benefits'],
    ['Vad vi erbjuder', 'benefits'],
    ['Ce que nous proposons', 'benefits'],
    ['Lo que te ofrecemos', 'benefits'],
    ['To be successful you will have:', 'requirements'],
    ["What's on offer:", 'benefits'],
  ];
  for (const [heading, kind] of cases) it(`"${heading}" → ${kind}`, () => expect(classifyHeading(heading)).toBe(kind));

  it('reads a Polish list page by its headings', () => {
    const sections = splitSections(
      list('Twój zakres obowiązków', ['prowadzenie inwentaryzacji magazynu', 'obsługa wózka widłowego']) +
        list('Nasze wymagania', ['minimum 1 rok doświadczenia w magazynie', 'uprawnienia UDT']) +
        list('Mile widziane', ['znajomość systemu WMS']) +
        list('Oferujemy', ['prywatną opiekę medyczną', 'dofinansowanie do karty sportowej']),
      '',
    );
    expect(sections.responsibilities).toEqual(['prowadzenie inwentaryzacji magazynu', 'obsługa wózka widłowego']);
    expect(sections.requirements).toEqual(['minimum 1 rok doświadczenia w magazynie', 'uprawnienia UDT']);
    expect(sections.preferred).toEqual(['znajomość systemu WMS']);
    expect(sections.benefits).toHaveLength(2);
  });
});

describe('inline preference markers in any language', () => {
  const optional = [
    'Experience with Figma preferred',
    'Forklift certification a plus',
    'A CIPD qualification is desirable',
    'Knowledge of Xero is helpful but not required',
    'Det er en fordel, hvis du kender Umbraco',
    'Erfaring med Revit er ønskelig',
    'Det är meriterande om du har jobbat med Visma',
    'Costituisce titolo preferenziale la conoscenza del francese',
    'Il patentino per il muletto è gradito',
    'Experiência com Power BI é um diferencial',
    'Mile widziane doświadczenie w SAP',
    'Sähköpätevyys S2 katsotaan eduksi',
  ];
  for (const item of optional) {
    it(`"${item}" → nice-to-have`, () => {
      const sections = splitSections(list('Requirements', ['Two years in a warehouse role', item]), '');
      expect(sections.preferred).toEqual([item]);
      expect(sections.requirements).toEqual(['Two years in a warehouse role']);
    });
  }

  it('keeps an item required when the marker qualifies one word in parentheses', () => {
    const item = 'Strong experience with a cloud provider (Azure preferred)';
    const sections = splitSections(list('Requirements', [item]), '');
    expect(sections.requirements).toEqual([item]);
    expect(sections.preferred).toEqual([]);
  });

  it('goes back to must-haves where a "Nice to have" section ends', () => {
    const sections = splitSections(
      list('Nice to have', ['Some Rust']) + list('Requirements', ['Strong experience with Go']),
      '',
    );
    expect(sections.preferred).toEqual(['Some Rust']);
    expect(sections.requirements).toEqual(['Strong experience with Go']);
  });

  it('reads an optional paragraph after a requirements list as a nice-to-have', () => {
    const sections = splitSections(
      `${list('Vi forventer, at du:', ['har svendebrev som tømrer'])}<p>Det er en fordel, hvis du har arbejdet med gamle bindingsværkshuse.</p>`,
      '',
    );
    expect(sections.preferred).toEqual(['Det er en fordel, hvis du har arbejdet med gamle bindingsværkshuse.']);
  });

  it('splits a space-joined last item marked "a plus" from the must-have before it', () => {
    const sections = splitSections(
      '<p>Requirements:</p><ul><li>Able to pass a drug screen and a background check Tanker endorsement a plus</li></ul>',
      '',
    );
    expect(sections.requirements).toEqual(['Able to pass a drug screen and a background check']);
    expect(sections.preferred).toEqual(['Tanker endorsement a plus']);
  });

  it('makes one item of each short sentence in a requirements paragraph', () => {
    const sections = splitSections(
      '<h3>Profile</h3><p>Pediatric experience preferred. A forklift licence a plus. You have worked night shifts before.</p>',
      '',
    );
    expect(sections.preferred).toEqual(['Pediatric experience preferred.', 'A forklift licence a plus.']);
    expect(sections.requirements).toEqual(['You have worked night shifts before.']);
  });
});

describe('benefits and compensation apart, wherever they sit', () => {
  it('files retirement plans under a pay heading as benefits', () => {
    const sections = splitSections(
      list('Compensation', ['$31.00 - $36.00 per hour', '401(k) with 4% company match', '403(b) retirement plan']),
      '',
    );
    expect(sections.compensation).toEqual(['$31.00 - $36.00 per hour']);
    expect(sections.benefits).toEqual(['401(k) with 4% company match', '403(b) retirement plan']);
  });

  it('files an amount of pay under a benefits heading as compensation (and as the offer item it is), with or without a known currency', () => {
    const sections = splitSections(
      list('Vi erbjuder', ['Fast månadslön 29 500–33 000 kr', 'Tjänstepension enligt avtal']) +
        list('Benefits', ['£27,400 - £31,900, depending on experience', 'Cycle-to-work scheme']),
      '',
    );
    expect(sections.compensation).toEqual([
      'Fast månadslön 29 500–33 000 kr',
      '£27,400 - £31,900, depending on experience',
    ]);
    // The offer list as the posting wrote it: its pay item stays in it.
    expect(sections.benefits).toEqual([
      'Fast månadslön 29 500–33 000 kr',
      'Tjänstepension enligt avtal',
      '£27,400 - £31,900, depending on experience',
      'Cycle-to-work scheme',
    ]);
  });

  it('files pay set by a pay scale or collective agreement as compensation', () => {
    const sections = splitSections(
      list('Was wir bieten', ['Vergütung nach TV-L, Entgeltgruppe E9', 'Ein Jobrad']) +
        list('Vi erbjuder', ['Lön enligt kollektivavtal', 'Friskvårdsbidrag']),
      '',
    );
    expect(sections.compensation).toEqual(['Vergütung nach TV-L, Entgeltgruppe E9', 'Lön enligt kollektivavtal']);
    expect(sections.benefits).toEqual([
      'Vergütung nach TV-L, Entgeltgruppe E9',
      'Ein Jobrad',
      'Lön enligt kollektivavtal',
      'Friskvårdsbidrag',
    ]);
  });

  it('splits a paragraph that holds both the pay and the perks', () => {
    const sections = splitSections(
      '<h3>Pay &amp; Benefits</h3><p>The salary range is $64,000 - $71,000 per year. We offer a 401(k) with a 3% match, dental insurance and 15 days of PTO.</p>',
      '',
    );
    expect(sections.compensation).toEqual(['The salary range is $64,000 - $71,000 per year.']);
    expect(sections.benefits).toEqual(['We offer a 401(k) with a 3% match, dental insurance and 15 days of PTO.']);
  });

  it('splits "pay, perks …" in one sentence at the comma', () => {
    const sections = splitSections(
      '<p><strong>Benefícios:</strong> salário fixo de R$ 3.100,00 + comissões, vale-transporte, plano de saúde e seguro de vida.</p>',
      '',
    );
    expect(sections.compensation).toEqual(['salário fixo de R$ 3.100,00 + comissões']);
    expect(sections.benefits).toEqual(['vale-transporte, plano de saúde e seguro de vida.']);
  });

  it('keeps "Wir bieten" perks as benefits, and "zzgl. Bonus" no heading', () => {
    const sections = splitSections(
      list('Wir bieten', ['Ein Monatsgehalt ab 3.900 € zzgl. Bonus', '28 Tage Urlaub', 'Ein Dienstfahrrad']),
      '',
    );
    expect(sections.compensation).toEqual(['Ein Monatsgehalt ab 3.900 € zzgl. Bonus']);
    expect(sections.benefits).toEqual([
      'Ein Monatsgehalt ab 3.900 € zzgl. Bonus',
      '28 Tage Urlaub',
      'Ein Dienstfahrrad',
    ]);
    expect(sections.preferred).toEqual([]);
  });
});

describe('sentences about the company in a lead paragraph', () => {
  const leads = [
    'We are a 30-person architecture practice in Leeds with projects across the north of England.',
    'Attiva dal 1974 nella distribuzione di ricambi, Ferrandi serve officine in tutta la Lombardia.',
    'Wir sind ein mittelständischer Hersteller von Kühlanlagen mit 180 Beschäftigten.',
    'A Pampulha Tintas atende há 22 anos lojas de tintas em Minas Gerais.',
    'Korppi Logistiikka Oy on vuonna 1988 perustettu kuljetusyritys.',
  ];
  for (const lead of leads) {
    it(`"${lead.slice(0, 40)}…" → about`, () => {
      const sections = splitSections(`<p>${lead}</p>${list('Requirements', ['Two years of experience'])}`, '');
      expect(sections.about).toEqual([lead]);
    });
  }

  it('keeps the role sentences of the same paragraph out of about', () => {
    const sections = splitSections(
      '<p>Fenwick Joinery is a family-owned workshop founded in 1961. We are looking for a bench joiner to build staircases.</p>',
      '',
      'Fenwick Joinery Ltd',
    );
    expect(sections.about).toEqual(['Fenwick Joinery is a family-owned workshop founded in 1961.']);
    expect(JSON.stringify(sections.about)).not.toContain('looking for');
  });

  it('reads the employer named by its first word as about ("Greyhollow has built …")', () => {
    const sections = splitSections(
      '<p>Greyhollow has built garden rooms in Kent since 2004.</p>',
      '',
      'Greyhollow Garden Buildings',
    );
    expect(sections.about).toEqual(['Greyhollow has built garden rooms in Kent since 2004.']);
  });

  it('reads a company paragraph under a "Job Description" heading as about', () => {
    const sections = splitSections(
      '<h3>Job Description</h3><p>Marlow Valley Water is a regional utility serving 300,000 homes.</p><ul><li>Inspect pumping stations</li></ul>',
      '',
      'Marlow Valley Water',
    );
    expect(sections.about).toEqual(['Marlow Valley Water is a regional utility serving 300,000 homes.']);
    expect(sections.responsibilities).toEqual(['Inspect pumping stations']);
  });
});

describe('years of experience in more languages', () => {
  const line = (text: string) => [{ text, section: 'requirements' as const, position: 0 }];
  const cases: Array<[string, number]> = [
    ['Almeno 4 anni di esperienza nel ruolo', 4],
    ['Esperienza di almeno 2 anni in magazzino', 2],
    ['Experiência de 3 anos com vendas', 3],
    ['minimum 5 lat doświadczenia w księgowości', 5],
    ['Minst 6 års erfaring fra bygg', 6],
    ['Vähintään 2 vuoden kokemus asiakaspalvelusta', 2],
  ];
  for (const [text, min] of cases) it(text, () => expect(findYearsExperience(line(text))?.min).toBe(min));
});

describe('how-to-apply lines are not the job', () => {
  for (const sentence of [
    'To apply, send your CV to jobs@example.org.',
    'Recruitment agencies please do not contact us.',
    'We are unable to respond to every application.',
    "If you're ready for the next step, click Apply.",
    'For a confidential chat, call Dana on 0400 000 000.',
  ])
    it(sentence, () => expect(isBoilerplateSentence(sentence)).toBe(true));
});
