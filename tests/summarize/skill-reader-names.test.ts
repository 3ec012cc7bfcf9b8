/**
 * What a careful reader lists that a plain alias lookup misses or gets wrong: languages named together,
 * names declined in Finnish, a vendor's products listed after it, practices with no product name, the
 * name as the posting writes it, and hiring-process words that are no skill. Invented lines.
 */
import { describe, expect, it } from 'vitest';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { canonicalSkill, findSkillMentions } from '../../utils/summarize/skill-mentions';
import { rankSkills } from '../../utils/summarize/skills';
import type { SectionedLine } from '../../utils/summarize/sections';

const names = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

const requirements = (...texts: string[]): SectionedLine[] =>
  texts.map((text, position) => ({ text, section: 'requirements', position }) as SectionedLine);
const ranked = (...texts: string[]): string[] =>
  rankSkills('Specialist', requirements(...texts)).skills.map((skill) => skill.name);

describe('spoken languages a reader lists', () => {
  it('reads languages named together after "in" as languages, in any language', () => {
    expect(names('Atender hóspedes ao balcão em português, inglês e espanhol')).toEqual(
      expect.arrayContaining(['Portuguese', 'English', 'Spanish']),
    );
    expect(names('You will answer calls in German and English')).toEqual(expect.arrayContaining(['German', 'English']));
    // Wines and dishes are not languages.
    expect(names('A menu of Italian and French wines')).toEqual([]);
  });

  it('reads German, Norwegian and Finnish level words', () => {
    expect(names('Fließend Englisch, Deutsch von Vorteil')).toContain('English');
    expect(names('Du behersker norsk muntlig og skriftlig')).toContain('Norwegian');
    expect(names('Hyvä ruotsin kielen taito on eduksi')).toContain('Swedish');
    expect(names('Bilingue français/néerlandais')).toEqual(expect.arrayContaining(['French', 'Dutch']));
  });
});

describe('names as other languages write them', () => {
  it('reads a product name with a Finnish case ending', () => {
    expect(names('Testaus Pythonilla ja Jirassa')).toEqual(expect.arrayContaining(['Python', 'Jira']));
    expect(names('Kokemus Dockerista ja Kubernetesista')).toEqual(expect.arrayContaining(['Docker', 'Kubernetes']));
  });

  it('counts Rust with skill words of other languages', () => {
    expect(names('Vahvaa Rust-osaamista sulautetuissa järjestelmissä')).toContain('Rust');
    expect(names('Gute Rust-Kenntnisse')).toContain('Rust');
    expect(names('Rust und Korrosion an Stahlträgern prüfen')).not.toContain('Rust');
  });
});

describe("a vendor's products listed after it", () => {
  it('reads each product with its vendor when the taxonomy knows that name', () => {
    expect(names('Hands-on with Azure (Data Factory, Event Hubs, Databricks)')).toEqual(
      expect.arrayContaining(['Microsoft Azure', 'Azure Data Factory', 'Azure Event Hubs', 'Azure Databricks']),
    );
    expect(names('Erfahrung mit SAP: EWM und MM')).toContain('SAP EWM');
    // A bracket that is no list of products keeps its words.
    expect(names('Python (pandas) for analysis')).toEqual(expect.arrayContaining(['Python', 'pandas']));
  });
});

describe('practices a reader lists that no product names', () => {
  it('finds ML-infrastructure practices', () => {
    expect(names('Own GPU scheduling, checkpointing and performance profiling for training jobs')).toEqual(
      expect.arrayContaining(['GPU scheduling', 'Checkpointing', 'Performance profiling']),
    );
    expect(names('Profiling and optimizing CUDA kernels')).toContain('Performance optimization');
  });

  it('finds office, front-desk and retail practices in several languages', () => {
    expect(names('Check-in y check-out de huéspedes')).toContain('Check-in/check-out');
    expect(names('Limpieza de datos y seguimiento de KPIs')).toEqual(expect.arrayContaining(['Data cleaning', 'KPIs']));
    expect(names('Gute EDV-Kenntnisse und Kassentätigkeit')).toEqual(
      expect.arrayContaining(['Computer literacy', 'Cash handling']),
    );
    expect(names('Click & collect orders and financial forecasting')).toEqual(
      expect.arrayContaining(['Click and collect', 'Forecasting']),
    );
    expect(names('Manage your own caseload across two community teams')).toContain('Caseload management');
  });
});

describe('hiring-process words are no skill', () => {
  it('keeps the recruitment process and addresses out of Recruiting', () => {
    expect(names('Tell us about adjustments during the recruitment process')).not.toContain('Recruiting');
    expect(names('Envie o CV para recrutamento@exemplo.pt')).not.toContain('Recruiting');
    expect(names('Lead recruitment and onboarding of new crew')).toContain('Recruiting');
  });
});

describe('the name a reader gives a skill', () => {
  it('keeps the posting’s British spelling and reads it back to the same skill', () => {
    expect(ranked('Strong data modelling in a lakehouse')).toContain('Data modelling');
    expect(ranked('Strong data modeling in a warehouse')).toContain('Data modeling');
    expect(canonicalSkill('Data modelling')).toBe('Data modeling');
  });

  it('keeps a common other name as written, and the canonical one otherwise', () => {
    expect(ranked('Three years in test automation for web apps')).toContain('Test automation');
    expect(ranked('Experience with automated testing of pipelines')).toContain('Automated testing');
    expect(ranked('Escribir pruebas automatizadas')).toContain('Automated testing');
    expect(ranked('ISTQB Foundation certificate')).toContain('ISTQB Foundation');
    expect(canonicalSkill('Test automation')).toBe('Automated testing');
  });

  it('lists the named cloud, not the general skill beside it; accessibility beside its standard is both', () => {
    expect(ranked('AWS or an equivalent cloud')).not.toContain('Cloud computing');
    // Labellers tag Web accessibility and WCAG both where a line names the two (every tuned text that does).
    expect(ranked('Eye for accessibility (WCAG 2.2)')).toEqual(['WCAG', 'Web accessibility']);
  });
});
