import { describe, expect, it } from 'vitest';
import { blankPosting } from '../posting-factory';
import { summarize } from '../../utils/summarize/index';
import { splitSections } from '../../utils/summarize/sections';

describe('every item in its right section', () => {
  it('reads a short item that holds a heading word as an item, not a heading', () => {
    const sections = splitSections(
      '<p><b>Preferred</b></p><p>Experience with cranes and forklifts</p><p><b>Experience</b></p><p>5+ years on site</p>',
      '',
    );
    expect(sections.preferred).toEqual(['Experience with cranes and forklifts']);
    expect(sections.requirements).toEqual(['5+ years on site']);
  });

  it('moves requirements out of a "What you\'ll do" list that turns into them', () => {
    const sections = splitSections(
      "<h3>What you'll do</h3><ul><li>Build ranking pipelines</li><li>Ship models to production</li><li>4+ years of relevant industry experience</li><li>Bachelor's degree in CS or equivalent</li><li>Experience with Docker and Kubernetes</li><li>Proficiency in SQL</li><li>Knowledge of Kafka</li><li>Comfortable asking questions early</li></ul>",
      '',
    );
    expect(sections.responsibilities).toEqual(['Build ranking pipelines', 'Ship models to production']);
    expect(sections.requirements).toEqual([
      '4+ years of relevant industry experience',
      "Bachelor's degree in CS or equivalent",
      'Experience with Docker and Kubernetes',
      'Proficiency in SQL',
      'Knowledge of Kafka',
      'Comfortable asking questions early',
    ]);
  });

  it('keeps duties as duties after a requirement when they start like one', () => {
    const sections = splitSections(
      "<h3>What you'll do</h3><ul><li>Experience with Go is used daily here</li><li>Own the billing service</li></ul>",
      '',
    );
    expect(sections.responsibilities).toEqual(['Own the billing service']);
  });

  for (const heading of [
    'Preferred',
    'Nice to have',
    'Bonus',
    'Bonus points',
    'Plus',
    'Preferred Qualifications',
    'Wünschenswert',
    'Serait un plus',
    'Se valorará',
  ]) {
    it(`sends what follows "${heading}" to nice-to-have`, () => {
      const sections = splitSections(
        `<h3>Requirements</h3><ul><li>3+ years of Go</li></ul><h3>${heading}</h3><ul><li>Experience with Rust</li></ul>`,
        '',
      );
      expect(sections.requirements).toEqual(['3+ years of Go']);
      expect(sections.preferred).toEqual(['Experience with Rust']);
    });
  }

  it('files a pay-zone paragraph under compensation, never under must-haves', () => {
    const sections = splitSections(
      '<h3>Minimum qualifications</h3><ul><li>5+ years of C++</li></ul><p>Work locations are assigned a pay zone. For this role, the base salary range is $276,000–$414,000 annually, plus equity and benefits, and individual pay depends on skills and location.</p>',
      '',
    );
    expect(sections.requirements).toEqual(['5+ years of C++']);
    expect(sections.compensation.join(' ')).toContain('$276,000–$414,000');
  });

  it('files pay prose without an amount under compensation when it sits in a list of requirements', () => {
    const sections = splitSections(
      '<h3>Requirements</h3><ul><li>5+ years of Go</li><li>Our pay range is set by pay zone and level</li></ul>',
      '',
    );
    expect(sections.requirements).toEqual(['5+ years of Go']);
    expect(sections.compensation).toEqual(['Our pay range is set by pay zone and level']);
  });

  it('keeps a per-year perk in the benefits', () => {
    const sections = splitSections('<h3>Benefits</h3><ul><li>A $2,000 learning budget per year</li></ul>', '');
    expect(sections.benefits).toEqual(['A $2,000 learning budget per year']);
  });

  it('sends About us, equal-opportunity text and benefits blurbs each to their place', () => {
    const sections = splitSections(
      '<h3>About us</h3><p>Brindle builds payroll software for bakeries.</p><h3>Requirements</h3><ul><li>3+ years of Python</li></ul><p>We offer a yearly bonus, 30 days of holiday and a bike lease.</p><p>Brindle is an equal opportunity employer and does not discriminate on the basis of race, religion or gender identity.</p>',
      '',
    );
    expect(sections.about).toEqual(['Brindle builds payroll software for bakeries.']);
    expect(sections.requirements).toEqual(['3+ years of Python']);
    // A blurb that lists its perks after "We offer" gives one item a perk.
    expect(sections.benefits).toEqual(['We offer a yearly bonus', '30 days of holiday', 'a bike lease.']);
    expect(JSON.stringify(sections.lines)).not.toContain('equal opportunity');
  });
});

describe('page clutter stays out of the summary', () => {
  const posting = (html: string) =>
    summarize(blankPosting({ title: 'Data Engineer', company: 'Acme', locations: ['Berlin'], descriptionHtml: html }));
  const job = '<h3>Requirements</h3><ul><li>6+ years of data engineering</li><li>Strong SQL</li></ul>';
  const clutter: Record<string, string> = {
    'similar jobs': '<h2>Similar jobs</h2><h3>Junior Analyst</h3><p>Brightwell · 3+ years of Tableau</p>',
    'recommended jobs': '<h2>Recommended jobs</h2><h3>ETL Developer</h3><ul><li>2+ years of SSIS</li></ul>',
    'job alerts': '<h3>Get job alerts</h3><p>Create a job alert and get notified about new Tableau jobs.</p>',
    'cookie banner': '<p>We use cookies to improve your experience.</p><p>Accept all cookies</p>',
    disclaimer: '<p>Disclaimer: The careers service is not responsible for the content of job postings.</p>',
    'report this ad': '<p>Report this job ad</p>',
    'applicant count': '<p>Over 200 applicants</p>',
    'hiring team': '<h2>Meet the hiring team</h2><p>Dana Tableau-Okafor</p><p>Engineering Manager</p>',
    'people also viewed': '<h2>People also viewed</h2><ul><li>Analyst – 4+ years of Tableau</li></ul>',
  };
  for (const [kind, html] of Object.entries(clutter)) {
    it(`leaves out ${kind}`, () => {
      const summary = posting(job + html);
      const text = JSON.stringify({ ...summary, tldr: '' });
      expect(text).not.toMatch(
        /Tableau|SSIS|cookies|careers service|Report this|applicants|hiring team|Dana|Brightwell/,
      );
      expect(summary.requirements).toEqual(['6+ years of data engineering', 'Strong SQL']);
      // Years only from the posting's own text, never from another job's card.
      expect(summary.yearsExperience?.min).toBe(6);
    });
  }

  it('leaves clutter mode at the next known section heading', () => {
    const summary = posting(
      '<h2>Similar jobs</h2><h3>Analyst</h3><p>3+ years</p><h3>Benefits</h3><ul><li>Health insurance</li></ul>',
    );
    expect(summary.benefits).toEqual(['Health insurance']);
    expect(summary.yearsExperience).toBeNull();
  });
});

describe('a lead paragraph goes to "about" only when it describes the employer', () => {
  const lead = (paragraph: string, company: string) =>
    splitSections(`<p>${paragraph}</p><h3>Requirements</h3><ul><li>A full driving licence</li></ul>`, '', company);

  it('a company named with a common first word: "Hybrid working …" is about the role, and its work mode counts', () => {
    const html =
      '<p>Hybrid working is possible with two days a week in the office. You will plan routes for our fleet.</p><h3>Requirements</h3><ul><li>3 years of experience in transport planning</li></ul>';
    expect(splitSections(html, '', 'Hybrid Freight Solutions Ltd').about).toEqual([]);
    const summary = summarize(
      blankPosting({
        company: 'Hybrid Freight Solutions Ltd',
        title: 'Planner',
        locations: ['Leeds'],
        descriptionHtml: html,
      }),
    );
    expect(summary.workMode).toBe('hybrid');
  });

  it('the first word of a name followed by a verb still names the employer', () => {
    expect(lead('Greyfriars has supplied oak to joiners for three generations.', 'Greyfriars Timber').about).toEqual([
      'Greyfriars has supplied oak to joiners for three generations.',
    ]);
  });

  it('a sentence about the new colleague, or one that states a requirement, is never moved', () => {
    const sections = lead(
      'Our new colleague is an organised planner who can keep a growing logistics business on schedule. Fluent Dutch is required.',
      'Fenwick Pets',
    );
    expect(sections.about).toEqual([]);
    expect(sections.requirements).toContain('Fluent Dutch is required.');
    const mixed = lead(
      'Harrowby Dental is a family practice in Norwich. Fluent Dutch is required. We opened in 1998.',
      'Harrowby Dental',
    );
    expect(mixed.about).toEqual(['Harrowby Dental is a family practice in Norwich.']);
  });

  it('Portuguese "e" (and) is not "é" (is)', () => {
    const sections = lead(
      'Você vai atender clientes e o grupo de vendas da loja no centro. Experiência com caixa é desejável.',
      'Loja Aurora',
    );
    expect(sections.about).toEqual([]);
    expect(lead('A Casa Verdejo é uma empresa familiar de Braga.', 'Outra Marca').about).toEqual([
      'A Casa Verdejo é uma empresa familiar de Braga.',
    ]);
  });
});
