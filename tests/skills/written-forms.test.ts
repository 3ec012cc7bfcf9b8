/**
 * Skills the taxonomy knows, written the way postings write them (issue 11 part 4, skills on text
 * never seen; skill texts 213–240): coordinations that write the shared words once, compounds that
 * share a hyphenated tail, British and American spellings, a name written as two words, and the
 * development guard in every language. Each rule has lines where it reads a skill and lines where it
 * must not, with the ambiguous short names (AR, Ray, Go, R, C, Swift, Spark, Rust) in coordinations.
 */
import { describe, expect, it } from 'vitest';
import { otherSpellingOf } from '../../utils/summarize/skill-forms';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { findSkillMentions } from '../../utils/summarize/skill-mentions';

const names = (line: string): string[] => [
  ...new Set(findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '')),
];

describe('a coordination that writes the shared words once', () => {
  it.each([
    ['unit, integration and end-to-end tests', ['Unit testing', 'Integration testing', 'End-to-end testing']],
    ['Plan regression, smoke and performance tests', ['Regression testing', 'Performance testing']],
    ['iOS and Android development', ['Mobile development']],
    ['Prepare month- and year-end close', ['Month-end close', 'Year-end close']],
    ['Risk and compliance management', ['Risk management', 'Compliance management']],
  ])('reads every item with the tail: %s', (line, skills) => {
    expect(names(line)).toEqual(expect.arrayContaining(skills));
  });

  it('reads an item after a slash: AWS/GCP/Azure', () => {
    expect(names('Hands-on with AWS/GCP/Azure')).toEqual(['AWS', 'Google Cloud Platform', 'Microsoft Azure']);
  });

  it('leaves a name that holds the whole coordination, and a job title’s other gender, alone', () => {
    expect(names('Health and Safety training for new starters')).toEqual(['Health and safety']);
    expect(names('Mozo/a de almacén')).toEqual([]);
    expect(names('Customer service and sales')).toEqual(['Customer service']);
  });
});

describe('a head noun written once before two qualifiers (English)', () => {
  it.each([
    ['Handle accounts payable and receivable', ['Accounts payable', 'Accounts receivable']],
    ['Data analysis and visualisation for store managers', ['Data analysis', 'Data visualization']],
  ])('%s', (line, skills) => {
    expect(names(line)).toEqual(expect.arrayContaining(skills));
  });
});

describe('a truncated compound whose whole goes on with a hyphen', () => {
  it.each([
    ['Front- und Backend-Entwicklung unserer Plattform', ['Frontend development', 'Backend development']],
    ['Front- en backend-ontwikkeling van onze platformen', ['Frontend development', 'Backend development']],
    ['Unit- und Integrationstests schreiben', ['Unit testing', 'Integration testing']],
  ])('%s', (line, skills) => {
    expect(names(line)).toEqual(expect.arrayContaining(skills));
  });
});

describe('the development guard in every language', () => {
  it.each([
    'Développement front-end et back-end de nos applications',
    'Sviluppo front-end e back-end dei nostri gestionali',
    'Desarrollo front-end y back-end',
  ])('%s', (line) => {
    expect(names(line)).toEqual(['Frontend development', 'Backend development']);
  });

  it('still needs a development word', () => {
    expect(names('Greet guests at the front-end of the shop')).toEqual([]);
  });
});

describe('British and American spellings', () => {
  it.each([
    ['Organizational development', 'organisational development'],
    ['Forklift licence', 'forklift license'],
    ['call centre', 'call center'],
    ['catalogue management', 'catalog management'],
    ['cyber defence', 'cyber defense'],
    ['paediatric nursing', 'pediatric nursing'],
    ['pediatric care', 'paediatric care'],
    ['anaesthesia', 'anesthesia'],
    ['haematology', 'hematology'],
  ])('%s → %s', (alias, other) => {
    expect(otherSpellingOf(alias)).toBe(other);
  });

  it.each(['master', 'letter', 'pedagogy', 'water treatment'])('no other spelling: %s', (alias) => {
    expect(otherSpellingOf(alias)).toBeNull();
  });

  it('finds a skill written the other way', () => {
    expect(names('Contribute to our organisational development plans')).toContain('Organizational development');
  });
});

describe('a name of two capitalised words written apart', () => {
  it('is the name, not its first word', () => {
    expect(names('Java Script and Type Script')).toEqual(['JavaScript', 'TypeScript']);
    expect(names('Share Point, Power Shell')).toEqual(['SharePoint', 'PowerShell']);
  });

  it('only as capitalised as the name: ordinary words are no product', () => {
    expect(names('Pager duty on weekends')).toEqual([]);
    expect(names('Alerts in Pager Duty')).toEqual(['PagerDuty']);
    expect(names('Call customer service now')).toEqual(['Customer service']);
    expect(names('Tickets in Service Now')).toEqual(['ServiceNow']);
  });

  it('keeps a standalone skill inside a longer name', () => {
    expect(names('Tailwind CSS')).toEqual(['Tailwind CSS', 'CSS']);
  });
});

describe('ambiguous short names in coordinations', () => {
  it.each([
    ['AR and VR developer', 'AR/VR'],
    ['AR and AP clerk', 'Accounts receivable'],
    ['Ray and Dask clusters', 'Ray'],
    ['Go and Rust developer', 'Go'],
    ['Go and Rust developer', 'Rust'],
    ['R and Python developer', 'R'],
    ['C and C++ developer', 'C'],
    ['Swift and Kotlin developer', 'Swift'],
    ['Spark and Flink engineer', 'Apache Spark'],
  ])('%s → %s', (line, skill) => {
    expect(names(line)).toContain(skill);
  });

  it.each([
    ['AR and AP clerk', 'AR/VR'],
    ['Ray and Anna will meet you', 'Ray'],
    ['Go and see our stores', 'Go'],
    ['R and D engineers', 'R'],
    ['Führerschein Klasse C und CE', 'C'],
    ['Swift and friendly service', 'Swift'],
    ['Spark and joy in every visit', 'Apache Spark'],
    ['Rust and corrosion removal', 'Rust'],
  ])('%s is no %s', (line, skill) => {
    expect(names(line)).not.toContain(skill);
  });
});

describe('a spoken language after a level word, in the posting’s language', () => {
  it.each([
    ['Sehr gutes Deutsch, gutes Englisch', ['German', 'English']],
    ['Ottimo italiano, buon inglese', ['Italian', 'English']],
    ['Bon anglais', ['English']],
    // "valorará" ends in an accented letter, after which `\b` finds no word boundary.
    ['Se valorará inglés', ['English']],
  ])('%s', (line, skills) => {
    expect(names(line)).toEqual(skills);
  });

  it('a language’s name as an adjective is still no skill', () => {
    expect(names('A German company with offices in Lyon')).toEqual([]);
  });
});

describe('a name with its ending in brackets', () => {
  it('is the name written whole', () => {
    expect(names('Screens in React(.js), servers in Express(.js) and Next(.js)')).toEqual([
      'React',
      'Express.js',
      'Next.js',
    ]);
  });
});
