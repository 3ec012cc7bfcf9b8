import { describe, expect, it } from 'vitest';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { canonicalSkill, findSkillMentions } from '../../utils/summarize/skill-mentions';
import { rankSkills } from '../../utils/summarize/skills';
import type { SectionedLine } from '../../utils/summarize/sections';

const names = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

describe('skills taxonomy', () => {
  it('ships at least 600 skills with categories, soft skills apart', () => {
    const { skills } = skillMatcher();
    const technical = skills.filter((skill) => !skill.soft);
    expect(technical.length).toBeGreaterThanOrEqual(600);
    expect(new Set(technical.map((skill) => skill.category)).size).toBeGreaterThanOrEqual(15);
    expect(skills.some((skill) => skill.soft)).toBe(true);
    expect(technical.some((skill) => skill.category === 'spoken-language')).toBe(true);
    expect(technical.some((skill) => skill.category === 'healthcare')).toBe(true);
    expect(technical.some((skill) => skill.category === 'finance')).toBe(true);
  });

  it('matches names with symbols as whole words', () => {
    expect(names('Strong C++ and C# skills, .NET and Node.js services')).toEqual(['C++', 'C#', '.NET', 'Node.js']);
    expect(names('Experience with Tensorflow or PyTorch')).toEqual(['TensorFlow', 'PyTorch']);
    expect(names('Spark ML pipelines; Apache Spark jobs')).toEqual(['Spark MLlib', 'Apache Spark']);
    expect(names('Caching with Memcache/Redis')).toContain('Memcached');
    expect(names('Caching with Memcache/Redis')).toContain('Redis');
    expect(names('ASP.NET Core and C/C++')).toEqual(['ASP.NET', 'C', 'C++']);
    expect(names('CI/CD with GitHub Actions')).toEqual(['CI/CD', 'GitHub Actions']);
    expect(names('scikit-learn or scikit learn')).toEqual(['scikit-learn', 'scikit-learn']);
  });

  it('does not read ordinary words as skills', () => {
    expect(names('We go above and beyond to improve CPP for the C-level team in our R&D lab')).toEqual([]);
    expect(names('Our Series C round; a German company with rust-proof swift delivery')).toEqual([]);
    expect(names('Javascript is required, Java is not; Go and R are welcome')).toEqual([
      'JavaScript',
      'Java',
      'Go',
      'R',
    ]);
    expect(names('Fluent German and English, written and verbal')).toEqual(['German', 'English']);
  });

  it('maps what a user types to the canonical skill', () => {
    expect(canonicalSkill('golang')).toBe('Go');
    expect(canonicalSkill('k8s')).toBe('Kubernetes');
    expect(canonicalSkill('postgres')).toBe('PostgreSQL');
    expect(canonicalSkill('underwater basket weaving')).toBeNull();
  });

  it('ranks by section, frequency and position, and says what is required', () => {
    const lines: SectionedLine[] = [
      { text: 'Build services in Go and Kafka', section: 'responsibilities', position: 0 },
      { text: '5+ years of Python', section: 'requirements', position: 1 },
      { text: 'Kubernetes is a plus', section: 'preferred', position: 2 },
      { text: 'We use Snowflake for analytics', section: 'about', position: 3 },
    ];
    const { skills } = rankSkills('Senior Python Engineer', lines);
    expect(skills[0]?.name).toBe('Python');
    expect(skills.find((skill) => skill.name === 'Kubernetes')?.required).toBe(false);
    expect(skills.find((skill) => skill.name === 'Go')?.required).toBe(true);
    expect(skills.some((skill) => skill.name === 'Snowflake')).toBe(false);
  });
});

describe('skills the hand-written fixture pages (027–038) brought up', () => {
  it('tells Amazon EMR from electronic medical records by the line around it', () => {
    expect(names('Experience with AWS (S3, IAM, EMR or Glue).')).toEqual([
      'AWS',
      'Amazon S3',
      'IAM',
      'Amazon EMR',
      'AWS Glue',
    ]);
    expect(names('Charting in the EMR for every patient visit')).toEqual(['Electronic health records']);
    expect(canonicalSkill('EMR')).toBe('Electronic health records');
  });

  it('reads spoken languages after a level word or at the start of a line', () => {
    expect(names('Good English; Dutch is a plus but not required.')).toEqual(['English', 'Dutch']);
    expect(names('Dutch is a plus.')).toEqual(['Dutch']);
    expect(names('Our Dutch office is next to the station.')).toEqual([]);
  });

  it('does not read "three" as HR, nor a skill word inside the employer’s name', () => {
    expect(names('Carrier onboarding with three partner banks')).not.toContain('Onboarding');
    const lines: SectionedLine[] = [
      { text: 'Fernwood AI builds models; 5+ years of Python', section: 'requirements', position: 0 },
    ];
    expect(rankSkills('ML Engineer', lines, 'Fernwood AI').skills.map((skill) => skill.name)).not.toContain(
      'Artificial intelligence',
    );
  });

  it('counts a standalone skill named inside a longer one, and only those listed', () => {
    expect(names('Style components with Tailwind CSS')).toEqual(['Tailwind CSS', 'CSS']);
    expect(names('Ship through GitLab CI')).toEqual(['GitLab CI', 'CI/CD']);
    expect(names('3+ years of B2B SaaS sales experience')).toEqual(expect.arrayContaining(['B2B sales', 'SaaS']));
    expect(names('Functions on AWS Lambda')).toEqual(['AWS Lambda', 'AWS']);
    expect(names('Close the books in Oracle Financials')).toEqual(['Oracle Financials']);
    expect(names('Dashboards in Google Analytics')).toEqual(['Google Analytics']);
  });

  it('reads a word after an elided French article', () => {
    expect(names("Maîtrise d'Excel et d'un WMS")).toEqual(['Microsoft Excel', 'Warehouse management systems']);
  });

  it('reads a spoken language stated as a plus, alone on its line, or in Swedish and Dutch', () => {
    expect(names('Spanish a plus')).toEqual(['Spanish']);
    expect(names('French or Spanish')).toEqual(['French', 'Spanish']);
    expect(names('Du talar och skriver svenska och engelska obehindrat')).toEqual(['Swedish', 'English']);
    expect(names('Je spreekt vloeiend Nederlands en goed Engels')).toEqual(['Dutch', 'English']);
    expect(names('A French bakery chain')).toEqual([]);
  });
});
