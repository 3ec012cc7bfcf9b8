import { blankPosting } from '../posting-factory';
import { describe, expect, it } from 'vitest';
import type { PostingDraft } from '../../utils/schema/posting';
import { summarySchema } from '../../utils/schema/summary';
import { isChromeLine, removeBoilerplate } from '../../utils/summarize/boilerplate';
import { findYearsExperience } from '../../utils/summarize/facts';
import { summarize } from '../../utils/summarize/index';
import { classifyLine, splitSections } from '../../utils/summarize/sections';
import { classifyHeading } from '@/utils/summarize/headings';

function posting(descriptionHtml: string, overrides: Partial<PostingDraft> = {}): PostingDraft {
  return blankPosting({ company: 'Acme', locations: ['Berlin'], descriptionHtml, ...overrides });
}

describe('sections', () => {
  it('knows headings in English, German, French and Spanish', () => {
    expect(classifyHeading('What You’ll Do:')).toBe('responsibilities');
    expect(classifyHeading('Ihre Aufgaben')).toBe('responsibilities');
    expect(classifyHeading('Ihr Profil')).toBe('requirements');
    expect(classifyHeading('Wir bieten')).toBe('benefits');
    expect(classifyHeading('Vos missions')).toBe('responsibilities');
    expect(classifyHeading('Profil recherché')).toBe('requirements');
    expect(classifyHeading('Requisitos')).toBe('requirements');
    expect(classifyHeading('Nice to have')).toBe('preferred');
    expect(classifyHeading('Preferred Qualifications')).toBe('preferred');
    expect(classifyHeading('Equal Opportunity Employer')).toBe('boilerplate');
  });

  it('reads HTML headings, bold lines, lines ending in ":" and headings run into a paragraph', () => {
    const html = [
      "<p>We build tools for finance teams. What You'll Do</p><ul><li>Own the ledger service</li></ul>",
      '<p><strong>Requirements</strong></p><ul><li>4+ years of Go</li></ul>',
      '<p>Nice to have:</p><ul><li>Kafka</li></ul>',
      '<h3>Benefits</h3><ul><li>Health insurance</li></ul>',
    ].join('');
    const sections = splitSections(html, '');
    expect(sections.responsibilities).toEqual(['Own the ledger service']);
    expect(sections.requirements).toEqual(['4+ years of Go']);
    expect(sections.preferred).toEqual(['Kafka']);
    expect(sections.benefits).toEqual(['Health insurance']);
  });

  it('classifies lines of a list without headings', () => {
    expect(classifyLine('Design and build data pipelines')).toBe('responsibilities');
    expect(classifyLine('4+ years of experience with Python')).toBe('requirements');
    expect(classifyLine('Proficiency in SQL')).toBe('requirements');
    expect(classifyLine("Bachelor's degree in Computer Science")).toBe('requirements');
    const sections = splitSections(
      '<ul><li>Lead the design of APIs</li><li>5+ years experience with Java</li><li>Ability to travel</li></ul>',
      '',
    );
    expect(sections.responsibilities).toEqual(['Lead the design of APIs']);
    expect(sections.requirements).toEqual(['5+ years experience with Java', 'Ability to travel']);
  });

  it('reads plain text with bullets and inline headings', () => {
    const text =
      'Our team builds search. Your responsibilities will include: • Designing ranking models. • Shipping code. We expect you to have: • 3+ years of Python experience. Nice to have: • Rust.';
    const sections = splitSections('', text);
    expect(sections.responsibilities).toContain('Designing ranking models.');
    expect(sections.requirements).toContain('3+ years of Python experience.');
    expect(sections.preferred).toContain('Rust.');
  });
});

describe('boilerplate', () => {
  it('drops EEO, accommodation, privacy and site chrome, and keeps the salary', () => {
    expect(removeBoilerplate('Acme is an equal opportunity employer. We value diverse perspectives.').kept).toBe('');
    expect(removeBoilerplate('If you need a reasonable accommodation, contact us.').kept).toBe('');
    expect(removeBoilerplate('Please read our Privacy Notice.').kept).toBe('');
    expect(isChromeLine('Apply now')).toBe(true);
    expect(isChromeLine('Save this job')).toBe(true);
    expect(isChromeLine('Similar jobs')).toBe(true);
    expect(isChromeLine('Meet the hiring team')).toBe(true);
    expect(isChromeLine('posted by tom_by_the_green')).toBe(true);
    expect(isChromeLine('Publié par Claire M.')).toBe(true);
    expect(isChromeLine('Posted by Harbour Street Recruitment Ltd')).toBe(true);
    // A duty that names a post is not a byline.
    expect(isChromeLine('Posted by hand to every customer on the round')).toBe(false);
    // Rules for applicants' use of AI are about applying; a recruiter's duty that names the process is not.
    expect(
      removeBoilerplate(
        'Check out our guidance on how to use AI tools like ChatGPT or Claude during our hiring process - and when not to.',
      ).kept,
    ).toBe('');
    expect(removeBoilerplate('So if you are using AI tools while applying here, that is great.').kept).toBe('');
    expect(removeBoilerplate('Guide candidates through every step of the hiring process.').kept).not.toBe('');
    const pay = removeBoilerplate(
      'The base pay range for this role is $120,000 - $150,000. Final offer amounts are determined by multiple factors.',
    );
    expect(pay.kept).toContain('$120,000 - $150,000');
    expect(pay.kept).not.toContain('Final offer');
  });

  it('leaves no boilerplate in a summary', () => {
    const summary = summarize(
      posting(
        '<h2>Requirements</h2><ul><li>3+ years of TypeScript</li></ul><h2>Equal Opportunity</h2><p>We do not discriminate on the basis of race.</p><p>Apply now</p><p>Similar jobs</p>',
      ),
    );
    const text = JSON.stringify(summary);
    expect(text).not.toContain('discriminate');
    expect(text).not.toContain('Apply now');
    expect(text).not.toContain('Similar jobs');
  });
});

describe('facts', () => {
  const lines = (...texts: string[]) =>
    texts.map((text, position) => ({ text, section: 'requirements' as const, position }));

  it('reads years of experience, keeping alternative paths as text', () => {
    expect(
      findYearsExperience(lines("9+ years of industry experience; or Master's degree + 8+ years of experience")),
    ).toEqual({
      min: 9,
      max: null,
      alternatives: ["Master's degree + 8+ years of experience"],
    });
    expect(findYearsExperience(lines('3-5 years of experience in data engineering'))).toEqual({ min: 3, max: 5 });
    expect(findYearsExperience(lines('At least two years of professional experience'))).toEqual({ min: 2, max: null });
    expect(findYearsExperience(lines('Mindestens 3 Jahre Berufserfahrung'))).toEqual({ min: 3, max: null });
    expect(findYearsExperience(lines('Founded 12 years ago, we ship fast'))).toBeNull();
  });

  it('reads work mode, office days, travel, visa, clearance, seniority, education and salary', () => {
    const summary = summarize(
      posting(
        [
          '<h2>Requirements</h2><ul>',
          "<li>Bachelor's degree or equivalent experience</li>",
          '<li>Active TS/SCI clearance</li>',
          '<li>Willingness to travel up to 25% travel</li>',
          '</ul><p>This is a hybrid role: 3 days a week in the office.</p>',
          '<p>We are unable to sponsor visas for this position.</p>',
          '<p>Salary range: $150,000 - $180,000 per year</p>',
        ].join(''),
        { title: 'Senior Data Engineer' },
      ),
    );
    expect(summary.workMode).toBe('hybrid');
    expect(summary.facts?.officeDays).toBe(3);
    expect(summary.facts?.travel).toContain('25%');
    expect(summary.facts?.visaSponsorship).toBe(false);
    expect(summary.facts?.clearance).toBe('TS/SCI');
    expect(summary.facts?.seniority).toBe('Senior');
    expect(summary.education).toBe("Bachelor's or equivalent experience");
    expect(summary.facts?.salary).toMatchObject({ min: 150000, max: 180000, currency: 'USD', period: 'year' });
    expect(summary.facts?.salaryFromText).toBe(true);
  });
});

describe('summarize', () => {
  const html =
    '<h2>Responsibilities</h2><ul><li>Build APIs in Go</li></ul><h2>Requirements</h2><ul><li>5+ years of Go and PostgreSQL</li><li>Kubernetes</li></ul><h2>Nice to have</h2><ul><li>Rust</li></ul>';

  it('writes a TL;DR of at most 200 characters with what the header does not say: years and the top must-haves', () => {
    const summary = summarize(posting(html, { title: 'Backend Engineer', workMode: 'remote' }));
    expect(summary.tldr.length).toBeLessThanOrEqual(200);
    // The header shows title, company, place and work mode: the TL;DR never restates them.
    expect(summary.tldr).not.toContain('Backend Engineer');
    expect(summary.tldr).not.toContain('Acme');
    expect(summary.tldr).not.toContain('Remote');
    expect(summary.tldr).toContain('5+ yrs');
    expect(summary.tldr).toMatch(/must: .*Go/);
    const long = summarize(posting(html, { title: 'x'.repeat(300) }));
    expect(long.tldr.length).toBeLessThanOrEqual(200);
  });

  it('scores the match against the profile', () => {
    const summary = summarize(posting(html), {
      skills: ['golang', 'postgres', 'APIs'],
      resumeText: 'I ran Kubernetes clusters.',
    });
    expect(summary.match?.matchedRequired).toEqual(expect.arrayContaining(['Go', 'PostgreSQL', 'Kubernetes']));
    expect(summary.match?.missingRequired).toEqual([]);
    expect(summary.match?.score).toBeGreaterThanOrEqual(75);
    const none = summarize(posting(html), { skills: ['Excel'] });
    expect(none.match?.score).toBe(0);
    expect(none.match?.missingRequired).toContain('Go');
    expect(summarize(posting(html)).match).toBeNull();
  });

  it('is deterministic and always parses against the schema', () => {
    const first = summarize(posting(html));
    expect(summarize(posting(html))).toEqual(first);
    expect(summarySchema.safeParse(first).success).toBe(true);
    expect(summarySchema.safeParse(summarize(posting(''))).success).toBe(true);
  });
});

describe('lines the hand-written fixture pages (027–038) brought up', () => {
  it('splits a must-have and a nice-to-have written in one line', () => {
    const sections = splitSections(
      '<h3>Qualifications</h3><ul><li>Advanced SQL; Epic Clarity certification preferred.</li></ul>',
      '',
    );
    expect(sections.requirements).toEqual(['Advanced SQL']);
    expect(sections.preferred).toEqual(['Epic Clarity certification preferred.']);
  });

  it('knows more headings and "plus" wordings in four languages', () => {
    expect(classifyHeading("What you'll bring")).toBe('requirements');
    expect(classifyHeading('Unternehmensbeschreibung')).toBe('about');
    expect(classifyHeading('Déroulement des entretiens')).toBe('other');
    const sections = splitSections(
      '<h3>Profil</h3><ul><li>Retail experience is a strong plus.</li><li>Erfahrung mit WebGL ist ein Plus.</li><li>Une expérience ERP est un vrai plus.</li></ul>',
      '',
    );
    expect(sections.preferred).toHaveLength(3);
  });

  it('reads German second-person duties and "Wir zahlen …" perks outside named sections', () => {
    expect(classifyLine('Du pflegst unsere Kostenstellenberichte in SAP.')).toBe('responsibilities');
    expect(classifyLine('Du hast sehr gute Excel-Kenntnisse.')).toBe('requirements');
    expect(classifyLine('Wir zahlen 17 € pro Stunde und übernehmen dich gern nach dem Studium.')).toBe('benefits');
  });

  it('puts a lead paragraph that opens with the employer’s name under about', () => {
    const html =
      '<p>Kiezkasse is the point-of-sale and bookkeeping app for cafés.</p><h3>Your profile</h3><ul><li>5+ years of product design</li></ul>';
    const summary = summarize(posting(html, { company: 'Kiezkasse GmbH', title: 'Product Designer' }));
    expect(summary.about).toEqual(['Kiezkasse is the point-of-sale and bookkeeping app for cafés.']);
    expect(summary.skills.map((skill) => skill.name)).not.toContain('Bookkeeping');
  });

  it('reads French years of experience', () => {
    const lines = [
      {
        text: "Au moins 3 ans d'expérience en développement backend Python.",
        section: 'requirements' as const,
        position: 0,
      },
    ];
    expect(findYearsExperience(lines)).toMatchObject({ min: 3, max: null });
  });
});
