import { describe, expect, it } from 'vitest';
import { inlineHeadings } from '../../utils/summarize/headings';
import { splitFlattenedPosting, splitInlineList, splitJoinedItems } from '../../utils/summarize/restructure';
import { splitSections } from '../../utils/summarize/sections';

const paragraph = (text: string) => ({ text, heading: false, bullet: false });
const headingsOf = (text: string) => inlineHeadings(text).map((heading) => text.slice(heading.start, heading.end));
const sectionsOf = (html: string) => {
  const sections = splitSections(html, '', null);
  return { requirements: sections.requirements, preferred: sections.preferred, benefits: sections.benefits };
};

describe('headings inside a paragraph', () => {
  it('finds a heading before a capitalised word or a number', () => {
    expect(
      headingsOf(
        'Wir suchen eine Fachkraft für unser Lager in Kiel, ab sofort und unbefristet. Ihr Profil Abgeschlossene Ausbildung als Fachkraft. Wir bieten 30 Tage Urlaub.',
      ),
    ).toEqual(['Ihr Profil', 'Wir bieten']);
  });

  it('reads no heading where a lower-case word follows the name', () => {
    const text =
      'In this role the Responsibilities include the daily checks of the line, and the Requirements are listed in the handbook.';
    expect(headingsOf(text)).toEqual([]);
    expect(splitFlattenedPosting(paragraph(text))).toEqual([paragraph(text)]);
  });

  it('takes no word that names other text as part of a heading, nor alone', () => {
    const text =
      'We need a technician for the night shift in our plant. Requirements Level 3 qualification in engineering. Benefits Free parking.';
    expect(headingsOf(text)).toEqual(['Requirements', 'Benefits']);
  });

  it('marks a heading written with a colon or in capitals', () => {
    const text =
      'Excellent communication and collaboration skills in a team WHY YOU WILL LOVE WORKING HERE Insurance and healthcare Nice to have: Experience with Jira';
    expect(inlineHeadings(text).map((heading) => heading.marked)).toEqual([true, true]);
  });
});

describe('a posting flattened into one paragraph', () => {
  it('gives back its headings, and the sentences under a list heading as items', () => {
    const parts = splitFlattenedPosting(
      paragraph(
        'Für unser Kühllager suchen wir einen Lagerlogistiker. Ihre Aufgaben Annahme der Ware. Pflege der Bestände. Ihr Profil Gültiger Staplerschein.',
      ),
    );
    expect(parts).toEqual([
      { text: 'Für unser Kühllager suchen wir einen Lagerlogistiker.', heading: false, bullet: false },
      { text: 'Ihre Aufgaben', heading: true, bullet: false },
      { text: 'Annahme der Ware.', heading: false, bullet: true },
      { text: 'Pflege der Bestände.', heading: false, bullet: true },
      { text: 'Ihr Profil', heading: true, bullet: false },
      { text: 'Gültiger Staplerschein.', heading: false, bullet: true },
    ]);
  });

  it('leaves a paragraph that names one kind of section, unmarked, as it is', () => {
    const line = paragraph(
      'Our Benefits Team answers questions about pensions, and Pension Advisors visit every site each quarter to help staff plan.',
    );
    expect(splitFlattenedPosting(line)).toEqual([line]);
  });

  it('opens a section at a heading written with a colon after other text', () => {
    const { requirements, preferred } = sectionsOf(
      '<h3>Requirements</h3><p>At least 1 year of experience in data analysis. Good written English. Nice to have: Experience with Power BI. Familiarity with Python.</p>',
    );
    expect(requirements).toEqual(['At least 1 year of experience in data analysis.', 'Good written English.']);
    expect(preferred).toEqual(['Experience with Power BI.', 'Familiarity with Python.']);
  });

  it('keeps "Bonus: you …" a sentence of its paragraph', () => {
    const line = paragraph(
      'You review code written by agents every day and you have opinions about models. Bonus: you have scaled this across a team.',
    );
    expect(splitFlattenedPosting(line)).toEqual([line]);
  });
});

describe('requirement sentences with no heading', () => {
  it('are the requirements, one item each, also in a long paragraph', () => {
    const sentences = [
      '3+ years of MIG welding experience in a structural steel fabrication shop, ideally on stairs and platforms.',
      'Ability to read shop drawings and weld symbols, and to measure to 1/16 inch without help.',
      'AWS D1.1 certification, or the ability to pass our own weld test on your first day.',
      'Experience with overhead cranes, band saws and magnetic drills.',
      'Your own hand tools, a tape measure and steel-toe boots.',
    ];
    const { requirements, preferred } = sectionsOf(`<p>${sentences.join(' ')}</p>`);
    expect(requirements).toEqual(sentences);
    expect(preferred).toEqual([]);
  });
});

describe('more shapes of a flattened posting', () => {
  it('reads a heading that opens with a filler word, before a dash and the first item', () => {
    expect(
      headingsOf(
        'Main Tasks: - Update the weekly sales figures - Prepare reports for the team About Corvale At Corvale we care for animals.',
      ),
    ).toEqual(['Main Tasks:', 'About Corvale']);
  });

  it('reads a heading written as a question', () => {
    expect(
      headingsOf(
        'Bakkerij Zuidwal bakt elke nacht brood voor dertig winkels in de regio. Wat ga je doen? Je bedient de oven. Wat bieden wij? Een vast contract.',
      ),
    ).toEqual(['Wat ga je doen?', 'Wat bieden wij?']);
  });

  it('reads one heading word after a capitalised word as part of a name, except in German', () => {
    expect(
      headingsOf(
        'Larkfield Trust Profile Larkfield Trust runs twelve care homes in the county. Requirements Currently enrolled in nursing school.',
      ),
    ).toEqual(['Requirements']);
    expect(
      headingsOf(
        'Wir suchen für unser Lager in Kiel eine Fachkraft mit Erfahrung im Versand Benefits 30 Tage Urlaub und ein Jobticket für den Nahverkehr.',
      ),
    ).toEqual(['Benefits']);
  });

  it('ends no heading on an article or a preposition', () => {
    const text =
      'Requisitos Licenciatura em Gestão ou áreas similares; Boa capacidade de relacionamento. Funções a Cumprir Colaborar na definição de objetivos.';
    expect(headingsOf(text)).toEqual(['Requisitos']);
    expect(headingsOf(text.replace('a Cumprir', 'a Desempenhar'))).toEqual(['Requisitos', 'Funções a Desempenhar']);
  });

  it('takes a list joined by semicolons apart under its heading', () => {
    const parts = splitFlattenedPosting(
      paragraph(
        'Requisitos Licenciatura em Gestão; Capacidade de organização; Sentido de responsabilidade. Oferta Estágio profissional com bolsa mensal.',
      ),
    );
    expect(parts.filter((part) => part.bullet).map((part) => part.text)).toEqual([
      'Licenciatura em Gestão',
      'Capacidade de organização',
      'Sentido de responsabilidade.',
      'Estágio profissional com bolsa mensal.',
    ]);
  });
});

describe('a list that opens with a dash, in one line', () => {
  it('keeps items that end with a stop, and drops the first dash', () => {
    expect(
      splitInlineList(
        'Tasks: - Update the sales figures. - Prepare and present reports. - Handle meetings and seminars.',
      ),
    ).toEqual({
      lead: 'Tasks:',
      items: ['Update the sales figures.', 'Prepare and present reports.', 'Handle meetings and seminars.'],
    });
  });

  it('reads its first piece as an item, also when it opens with a number', () => {
    expect(splitInlineList('- 1+ year of forklift experience. - Able to lift 50 lbs. - Able to work nights.')).toEqual({
      lead: null,
      items: ['1+ year of forklift experience.', 'Able to lift 50 lbs.', 'Able to work nights.'],
    });
  });

  it('leaves prose with dashes between its sentences whole', () => {
    expect(
      splitInlineList('We build tools for farmers. – Our team is small and remote. – We ship every week to our users.'),
    ).toBeNull();
  });
});

describe('items joined by spaces', () => {
  it('starts an item at "Proficient in", "Superb" and "Effective"', () => {
    expect(
      splitJoinedItems(
        'Strong knowledge of data structures and algorithms Proficient in Python and Django Superb organizational skills Effective communication with clients',
      ),
    ).toEqual([
      'Strong knowledge of data structures and algorithms',
      'Proficient in Python and Django',
      'Superb organizational skills',
      'Effective communication with clients',
    ]);
  });
});

describe('items joined by spaces after a wish', () => {
  it('ends an item at "is a big plus" before the next item', () => {
    expect(
      splitJoinedItems('A degree from a technical university is a Big Plus Ability to speak Japanese is a Plus.'),
    ).toEqual(['A degree from a technical university is a Big Plus', 'Ability to speak Japanese is a Plus.']);
  });
});
