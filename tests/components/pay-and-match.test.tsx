import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CompareTable } from '@/components/dashboard/CompareTable';
import { JobMatchCard } from '@/components/dashboard/JobMatchCard';
import { PayBenefitsCard } from '@/components/dashboard/PayBenefitsCard';
import { MatchMeter } from '@/components/MatchMeter';
import { SummaryPanel } from '@/components/SummaryPanel';
import type { Salary } from '@/utils/schema/posting';
import type { Match, Summary } from '@/utils/schema/summary';
import { EMPTY_SUMMARY, payLinesBesideSalary } from '@/utils/summary-view';
import { makeJob } from '../job-factory';
import { markupText } from './markup-text';

const text = (html: string) =>
  markupText(html)
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');

const salary: Salary = { min: 150000, max: 180000, currency: 'USD', period: 'year', text: '$150,000 - $180,000' };
const payZone =
  'Work locations are assigned a pay zone. For this role in Denver, the base salary range is $150,000 - $180,000 per year, plus equity.';

describe('payLinesBesideSalary', () => {
  it('keeps what a pay line adds and drops one that only says the salary again', () => {
    expect(
      payLinesBesideSalary(['Pay: $150,000 - $180,000 per year', payZone, '$150,000 - $180,000'], salary.text!),
    ).toEqual([payZone]);
    expect(payLinesBesideSalary(['Salaire : entre 42K et 50K € bruts annuels'], '42K – 50K €')).toEqual([]);
    expect(payLinesBesideSalary(['CA$120,000 - CA$150,000 base salary plus an annual bonus.'], 'x')).toHaveLength(1);
  });

  it('keeps the bare salary line when no salary is shown beside it', () => {
    expect(payLinesBesideSalary(['Pay: $28.00 - $38.00 per hour'], null)).toEqual(['Pay: $28.00 - $38.00 per hour']);
  });

  it('strips control and bidi-override characters a hostile page hides in its text', () => {
    expect(payLinesBesideSalary(['Bonus \u202eexe.gpj\u202c paid\u0000 quarterly'], null)).toEqual([
      'Bonus exe.gpj paid quarterly',
    ]);
  });
});

describe('Pay & benefits', () => {
  it('on the job page: the salary as read, what the pay paragraphs add, and the benefits', () => {
    const html = renderToStaticMarkup(
      <PayBenefitsCard
        salary={salary}
        salaryFromText={false}
        compensation={['Pay: $150,000 - $180,000 per year', payZone]}
        benefits={['401(k) match', '<img src=x onerror=alert(1)>']}
      />,
    );
    expect(text(html)).toMatch(/^Pay & benefits \$150K–\$180K\/yr · as posted: “\$150,000 - \$180,000”/);
    expect(text(html)).toContain(payZone);
    expect(text(html)).not.toContain('Pay: $150,000');
    expect(text(html)).toContain('Benefits 401(k) match');
    // Page text is text: the markup it holds is escaped, never rendered.
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x');
  });

  it('says when the page states no salary and lists no benefits', () => {
    const html = renderToStaticMarkup(
      <PayBenefitsCard salary={null} salaryFromText={false} compensation={[]} benefits={[]} />,
    );
    expect(text(html)).toBe('Pay & benefits No salary stated Benefits None listed');
  });

  it('in the popup: below the first screen, behind "+N more", never the header\'s salary again', () => {
    const summary: Summary = {
      ...EMPTY_SUMMARY,
      compensation: ['$150,000 - $180,000', payZone],
      benefits: ['Health, dental and vision', 'Four weeks of paid leave', 'Home-office budget', 'Learning budget'],
      facts: {
        officeDays: null,
        travel: null,
        visaSponsorship: null,
        clearance: null,
        seniority: null,
        salary,
        salaryFromText: false,
      },
    };
    const html = renderToStaticMarkup(<SummaryPanel summary={summary} headingLevel={2} hideTop />);
    expect(text(html)).toContain(`Pay & benefits ${payZone} Health, dental and vision`);
    expect(text(html)).not.toContain('$150,000 - $180,000 Health');
    expect(html).toMatch(/aria-controls="[^"]+">\+1 more<\/button>/);
    // The job page shows pay in its own card.
    expect(text(renderToStaticMarkup(<SummaryPanel summary={summary} hideMatchAndPay />))).not.toContain('Pay &');
  });

  it('in compare: a row of what each job says about pay beyond the salary', () => {
    const withPay = makeJob({ id: 'a', summary: { ...EMPTY_SUMMARY, compensation: [payZone] } }, { salary });
    const html = renderToStaticMarkup(
      <CompareTable
        jobs={[withPay, makeJob({ id: 'b' })]}
        have={new Set()}
        matchById={new Map()}
        now={Date.now()}
        hrefOf={(id) => `#/job/${id}`}
        onRemove={() => {}}
      />,
    );
    expect(text(html)).toContain(`Pay details differs ${payZone} Not stated`);
  });
});

describe('compare', () => {
  it('gives each match with its one line why, and never marks a skill only the title names as missing', () => {
    const skills = [
      { name: 'Backend development', score: 5, required: true, fromTitle: true },
      { name: 'Go', score: 4, required: true },
      { name: 'Kafka', score: 3, required: true },
    ];
    const a = makeJob({ id: 'a', summary: { ...EMPTY_SUMMARY, skills } });
    const b = makeJob({ id: 'b' });
    const match: Match = {
      score: 50,
      matchedRequired: ['Go'],
      missingRequired: ['Kafka'],
      matchedPreferred: [],
      reason: '1 of 2 must-have skills; missing: Kafka',
    };
    const html = renderToStaticMarkup(
      <CompareTable
        jobs={[a, b]}
        have={new Set(['go'])}
        matchById={
          new Map([
            ['a', match],
            ['b', null],
          ])
        }
        now={Date.now()}
        hrefOf={(id) => `#/job/${id}`}
        onRemove={() => {}}
      />,
    );
    expect(text(html)).toContain(
      'Match differs 50% 1 of 2 must-have skills; missing: Kafka Add your skills in Settings',
    );
    expect(text(html)).toContain('Skills differs Backend development ✓ Go (you have it) ✗ Kafka (missing)');
    expect(html).not.toMatch(/✗ <\/span>Backend development/);
  });
});

describe('the match, explained', () => {
  const match: Match = {
    score: 14,
    matchedRequired: ['Python', 'SQL', 'Airflow'],
    missingRequired: ['Kubernetes', 'Terraform', 'Kafka', 'Spark', 'Snowflake', 'dbt', 'Scala', 'Docker'],
    matchedPreferred: [],
    reason: '3 of 11 must-have skills; missing: Kubernetes, Terraform, Kafka +5; not your work mode',
    checks: [
      { kind: 'skills', status: 'unmet', label: '3 of 11 must-have skills', of: 59, points: 16 },
      { kind: 'workMode', status: 'unmet', label: 'On-site; you want remote', of: 12, points: 0 },
      { kind: 'years', status: 'met', label: 'Asks 3+ years; you have 5', of: 18, points: 18 },
      { kind: 'niceToHave', status: 'unmet', label: '0 of 2 nice-to-have skills', of: 11, points: 0 },
      { kind: 'salary', status: 'unknown', label: 'Pay not stated' },
    ],
  };

  it('on the job page: each part with its points, and skills only the title names said apart', () => {
    const html = renderToStaticMarkup(
      <JobMatchCard match={match} settingsHref="#/settings" titleSkills={['Data engineering']} />,
    );
    const shown = text(html);
    expect(shown).toContain(
      '14% 3 of 11 must-have skills; missing: Kubernetes, Terraform, Kafka +5 more missing skills',
    );
    expect(shown).toContain('How the score is made');
    expect(shown).toContain('Must-have skills 3 of 11: you have Python, SQL, Airflow 16 of 59 points');
    expect(shown).toContain('Not met Work mode On-site; you want remote 0 of 12 points');
    expect(shown).toContain('Nice-to-have skills 0 of 2: none of yours 0 of 11 points');
    expect(shown).toContain('Unknown Pay Pay not stated not counted');
    expect(shown).toContain('Not counted as missing: Data engineering (only the job title names it)');
    expect(html).toContain('<th scope="row" class="job-match-kind">Must-have skills</th>');
    // The reason keeps its skills part only: the work-mode row says that.
    expect(shown).not.toContain('not your work mode');
  });

  it('in the popup: the same score and reason, each preference once', () => {
    const shown = text(renderToStaticMarkup(<MatchMeter match={match} />));
    expect(shown).toMatch(/^14% match 3 of 11 must-have skills; missing: Kubernetes, Terraform, Kafka \+5 more/);
    expect(shown).toContain('not met: 0 of 2 nice-to-have skills');
    expect(shown.match(/3 of 11 must-have skills/g)).toHaveLength(1);
  });
});

describe('key skills', () => {
  it('lists the skills the text asks for before one only the title names', () => {
    const summary: Summary = {
      ...EMPTY_SUMMARY,
      skills: [
        { name: 'Backend development', score: 9, required: true, fromTitle: true },
        { name: 'Go', score: 5, required: true },
        { name: 'Rust', score: 2, required: false },
      ],
    };
    const shown = text(renderToStaticMarkup(<SummaryPanel summary={summary} />));
    expect(shown).toContain('Go (must-have) Rust (nice to have) Backend development (must-have)');
  });
});
