// Generates a realistic Jobshelf backup of N jobs (default 10,000) from a fixed seed, for the
// dashboard bench and e2e tests. Same seed + count + anchor day → the same file, byte for byte.
//   npx tsx scripts/generate-jobs.ts [count] [out.json] [--seed=N] [--now=YYYY-MM-DD]
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeBackup } from '../utils/backup/export-backup';
import type { Backup } from '../utils/backup/backup-schema';
import { derivedOf } from '../utils/jobs/derived';
import { newJob } from '../utils/jobs/new-job';
import { followUpText, newReminder } from '../utils/jobs/reminder';
import { estimatedClosingDay } from '../utils/reminders/estimate';
import type { HistoryEntry, Job, JobStatus, Note, Reminder } from '../utils/schema/job';
import type { PayPeriod, PostingDraft, WorkMode } from '../utils/schema/posting';
import type { Summary } from '../utils/schema/summary';
import { buildTldr } from '../utils/summarize/tldr';

/** mulberry32: small, fast, and the same everywhere. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const copy = [...list];
    const count = Math.min(copy.length, int(min, max));
    const out: T[] = [];
    for (let i = 0; i < count; i++) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
    return out;
  };
  const uuid = () =>
    'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
      const r = Math.floor(next() * 16);
      return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
    });
  return { next, pick, int, some, uuid };
}

const roles: Array<{ title: string; skills: string[]; area: string }> = [
  {
    title: 'Software Engineer',
    skills: ['TypeScript', 'JavaScript', 'React', 'Node.js', 'PostgreSQL', 'AWS', 'Docker', 'GraphQL', 'Git', 'CI/CD'],
    area: 'engineering',
  },
  {
    title: 'Backend Engineer',
    skills: ['Go', 'Python', 'PostgreSQL', 'Kafka', 'Kubernetes', 'gRPC', 'Redis', 'AWS', 'Terraform', 'Linux'],
    area: 'engineering',
  },
  {
    title: 'Frontend Developer',
    skills: ['React', 'TypeScript', 'CSS', 'HTML', 'Next.js', 'Accessibility', 'Jest', 'Figma', 'Webpack', 'GraphQL'],
    area: 'engineering',
  },
  {
    title: 'Data Scientist',
    skills: [
      'Python',
      'SQL',
      'Pandas',
      'scikit-learn',
      'Statistics',
      'Machine Learning',
      'PyTorch',
      'Spark',
      'Tableau',
      'A/B testing',
    ],
    area: 'data',
  },
  {
    title: 'Machine Learning Engineer',
    skills: ['Python', 'PyTorch', 'TensorFlow', 'Kubernetes', 'MLOps', 'CUDA', 'Docker', 'AWS', 'NLP', 'Spark'],
    area: 'data',
  },
  {
    title: 'Data Engineer',
    skills: ['SQL', 'Python', 'Airflow', 'Spark', 'dbt', 'Snowflake', 'Kafka', 'AWS', 'Scala', 'BigQuery'],
    area: 'data',
  },
  {
    title: 'DevOps Engineer',
    skills: [
      'Kubernetes',
      'Terraform',
      'AWS',
      'Linux',
      'Docker',
      'Prometheus',
      'Ansible',
      'Bash',
      'GitHub Actions',
      'Azure',
    ],
    area: 'engineering',
  },
  {
    title: 'Product Manager',
    skills: ['Roadmapping', 'SQL', 'Jira', 'A/B testing', 'Analytics', 'Figma', 'Agile', 'Stakeholder management'],
    area: 'product',
  },
  {
    title: 'Product Designer',
    skills: ['Figma', 'User research', 'Prototyping', 'Design systems', 'Accessibility', 'Sketch', 'HTML', 'CSS'],
    area: 'design',
  },
  {
    title: 'iOS Engineer',
    skills: ['Swift', 'SwiftUI', 'Objective-C', 'Xcode', 'Core Data', 'REST', 'Git', 'CI/CD'],
    area: 'engineering',
  },
  {
    title: 'Android Engineer',
    skills: ['Kotlin', 'Java', 'Jetpack Compose', 'Android SDK', 'Gradle', 'REST', 'Git', 'Firebase'],
    area: 'engineering',
  },
  {
    title: 'Site Reliability Engineer',
    skills: ['Linux', 'Kubernetes', 'Go', 'Prometheus', 'Grafana', 'AWS', 'Terraform', 'Python', 'Incident response'],
    area: 'engineering',
  },
  {
    title: 'Security Engineer',
    skills: [
      'Application security',
      'Python',
      'AWS',
      'Threat modeling',
      'SIEM',
      'Penetration testing',
      'Linux',
      'Cryptography',
    ],
    area: 'security',
  },
  {
    title: 'QA Engineer',
    skills: ['Cypress', 'Selenium', 'JavaScript', 'Test automation', 'Jira', 'API testing', 'Playwright', 'SQL'],
    area: 'engineering',
  },
  {
    title: 'Data Analyst',
    skills: ['SQL', 'Excel', 'Tableau', 'Python', 'Looker', 'Statistics', 'Power BI', 'dbt'],
    area: 'data',
  },
  {
    title: 'Engineering Manager',
    skills: ['People management', 'System design', 'Agile', 'Hiring', 'Java', 'AWS', 'Roadmapping'],
    area: 'engineering',
  },
  {
    title: 'Technical Writer',
    skills: ['Markdown', 'API documentation', 'Git', 'Docs-as-code', 'HTML', 'OpenAPI'],
    area: 'docs',
  },
  {
    title: 'Solutions Architect',
    skills: ['AWS', 'Azure', 'System design', 'Kubernetes', 'Java', 'Networking', 'Security', 'Terraform'],
    area: 'engineering',
  },
];
const seniorities = ['', '', 'Senior ', 'Senior ', 'Staff ', 'Junior ', 'Lead ', 'Principal '];
const suffixes = [
  '',
  '',
  '',
  ', Payments',
  ', Platform',
  ', Growth',
  ' II',
  ', Infrastructure',
  ', Search',
  ' (Remote)',
  ', Developer Experience',
];
const companies = [
  'Acme Analytics',
  'Northwind Labs',
  'Globex',
  'Initech',
  'Umbrella Health',
  'Stark Logistics',
  'Wayne Fintech',
  'Hooli',
  'Pied Piper',
  'Vandelay Industries',
  'Soylent Foods',
  'Cyberdyne Systems',
  'Tyrell Robotics',
  'Wonka Retail',
  'Aperture Science',
  'Massive Dynamic',
  'Oscorp Energy',
  'Monarch Travel',
  'Blue Sun',
  'Gringotts Bank',
  'Nakatomi Trading',
  'Dunder Mifflin Paper',
  'Prestige Worldwide',
  'Bluth Company',
  'Sterling Cooper',
  'Los Pollos Hermanos',
  'Gekko & Co',
  'Octan Mobility',
  'Virtucon',
  'Zorg Industries',
  'Ramp',
  'Helios Climate',
  'Lumen Learning',
  'Tidewater Bio',
  'Quill Media',
  'Kestrel Security',
  'Evergreen Insurance',
  'Orbital Maps',
];
const places: Array<{ city: string; currency: string }> = [
  { city: 'New York, NY, United States', currency: 'USD' },
  { city: 'San Francisco, CA, United States', currency: 'USD' },
  { city: 'Austin, TX, United States', currency: 'USD' },
  { city: 'Seattle, WA, United States', currency: 'USD' },
  { city: 'Chicago, IL, United States', currency: 'USD' },
  { city: 'Toronto, ON, Canada', currency: 'CAD' },
  { city: 'London, United Kingdom', currency: 'GBP' },
  { city: 'Manchester, United Kingdom', currency: 'GBP' },
  { city: 'Berlin, Germany', currency: 'EUR' },
  { city: 'Munich, Germany', currency: 'EUR' },
  { city: 'Amsterdam, Netherlands', currency: 'EUR' },
  { city: 'Paris, France', currency: 'EUR' },
  { city: 'Copenhagen, Denmark', currency: 'DKK' },
  { city: 'Dublin, Ireland', currency: 'EUR' },
  { city: 'Madrid, Spain', currency: 'EUR' },
];
const baseSalary: Record<string, number> = { USD: 140000, CAD: 120000, GBP: 80000, EUR: 75000, DKK: 600000 };
const benefitsPool = [
  'Comprehensive health, dental and vision insurance',
  '401(k) with company match',
  '30 days of paid vacation',
  'Parental leave of 16 weeks',
  'Home office budget',
  'Annual learning budget of 2,000',
  'Equity in a growing company',
  'Flexible working hours',
  'Gym membership',
  'Public transport ticket',
  'Four-day work week in summer',
  'Mental health support',
  'Company retreats twice a year',
];
const tagsPool = [
  'dream',
  'referral',
  'remote-ok',
  'visa',
  'startup',
  'big-tech',
  'follow-up',
  'long-shot',
  'recruiter',
  'climate',
];
const responsibilityPool = [
  'Design, build and operate services used by millions of customers',
  'Work closely with product and design to ship features end to end',
  'Own the reliability and performance of critical systems',
  'Mentor engineers and raise the bar for code quality',
  'Turn ambiguous problems into clear, incremental plans',
  'Partner with stakeholders to define success metrics',
  'Improve our developer tooling and deployment pipeline',
  'Participate in an on-call rotation shared across the team',
  'Write clear documentation and design proposals',
];
const aboutPool = [
  'We are a fast-growing company on a mission to make everyday finance simple.',
  'Our team builds tools that help thousands of businesses run more efficiently.',
  'We believe great products come from diverse teams who care about their craft.',
  'Founded in 2015, we are profitable, remote-friendly and growing steadily.',
];

const DAY = 86_400_000;
const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

const statusWeights: Array<[JobStatus | null, number]> = [
  [null, 58],
  ['interested', 14],
  ['applied', 13],
  ['interview', 5],
  ['offer', 1.5],
  ['accepted', 0.5],
  ['rejected', 6.5],
  ['withdrawn', 1.5],
];
/** The path a job took to reach its status, for a consistent history. */
const pathTo: Record<JobStatus, JobStatus[]> = {
  interested: ['interested'],
  applied: ['applied'],
  interview: ['applied', 'interview'],
  offer: ['applied', 'interview', 'offer'],
  accepted: ['applied', 'interview', 'offer', 'accepted'],
  rejected: ['applied', 'rejected'],
  withdrawn: ['applied', 'withdrawn'],
};

export interface GenerateOptions {
  count?: number;
  seed?: number;
  /** "Today" for the generated dates (epoch ms); jobs are saved over the 120 days before it. */
  now?: number;
}

export function generateBackup({
  count = 10_000,
  seed = 42,
  now = Date.UTC(2026, 10, 20, 12),
}: GenerateOptions = {}): Backup {
  const rand = random(seed);
  const jobs: Job[] = [];
  const notes: Note[] = [];
  const reminders: Reminder[] = [];
  const totalWeight = statusWeights.reduce((sum, [, weight]) => sum + weight, 0);

  for (let i = 0; i < count; i++) {
    const role = rand.pick(roles);
    const title = `${rand.pick(seniorities)}${role.title}${rand.pick(suffixes)}`;
    const company = rand.pick(companies);
    const place = rand.pick(places);
    const drawn: WorkMode | null = rand.pick<WorkMode | null>(['remote', 'hybrid', 'hybrid', 'onsite', 'onsite', null]);
    // A title that says "(Remote)" is a remote job (drawn anyway, so the rest of the seeded data stays as it was).
    const workMode: WorkMode | null = title.endsWith('(Remote)') ? 'remote' : drawn;
    const locations =
      workMode === 'remote' && rand.next() < 0.4
        ? ['Remote']
        : rand.next() < 0.15
          ? [place.city, rand.pick(places).city]
          : [place.city];
    const savedAt = now - Math.floor(rand.next() * 120 * DAY);
    const datePosted = rand.next() < 0.85 ? isoDay(savedAt - rand.int(0, 20) * DAY) : null;
    const validThrough = rand.next() < 0.45 ? isoDay(savedAt + rand.int(5, 60) * DAY) : null;
    const hasSalary = rand.next() < 0.7;
    const period: PayPeriod = rand.pick<PayPeriod>(['year', 'year', 'year', 'year', 'hour', 'month']);
    const yearlyBase = baseSalary[place.currency]! * (0.7 + rand.next() * 0.8);
    const divisor = period === 'hour' ? 2080 : period === 'month' ? 12 : 1;
    const min = Math.round(yearlyBase / divisor / (period === 'hour' ? 1 : 1000)) * (period === 'hour' ? 1 : 1000);
    const max =
      Math.round((min * (1.15 + rand.next() * 0.3)) / (period === 'hour' ? 1 : 1000)) * (period === 'hour' ? 1 : 1000);
    const salary = hasSalary
      ? {
          min,
          max,
          currency: place.currency,
          period,
          text: `${place.currency} ${min.toLocaleString('en')} – ${max.toLocaleString('en')} per ${period}`,
        }
      : null;
    const skills = rand.some(role.skills, 4, 8);
    const requiredCount = Math.max(2, Math.floor(skills.length * 0.6));
    const years = rand.pick([null, 1, 2, 3, 3, 5, 5, 7, 8]);
    const requirements = [
      ...(years ? [`${years}+ years of professional experience as a ${role.title.toLowerCase()}`] : []),
      ...skills.slice(0, requiredCount).map((skill) => `Strong experience with ${skill}`),
      'Excellent written and spoken communication in English',
    ];
    const preferred = skills.slice(requiredCount).map((skill) => `Familiarity with ${skill}`);
    const responsibilities = rand.some(responsibilityPool, 3, 5);
    const benefits = rand.some(benefitsPool, 2, 5);
    const about = rand.pick(aboutPool);
    const url = `https://jobs.example.com/${company.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${100000 + i}`;
    const descriptionHtml = [
      `<h2>About ${company}</h2><p>${about}</p>`,
      `<h2>What you'll do</h2><ul>${responsibilities.map((line) => `<li>${line}</li>`).join('')}</ul>`,
      `<h2>What we're looking for</h2><ul>${requirements.map((line) => `<li>${line}</li>`).join('')}</ul>`,
      preferred.length ? `<h2>Nice to have</h2><ul>${preferred.map((line) => `<li>${line}</li>`).join('')}</ul>` : '',
      `<h2>Benefits</h2><ul>${benefits.map((line) => `<li>${line}</li>`).join('')}</ul>`,
      `<p>${company} is an equal opportunity employer. We welcome applicants of every background and do not discriminate on the basis of race, religion, colour, national origin, gender, sexual orientation, age, marital status or disability.</p>`,
    ].join('');
    const descriptionText = descriptionHtml
      .replace(/<\/(h2|p|li)>/g, '\n')
      .replace(/<li>/g, '• ')
      .replace(/<[^>]+>/g, '')
      .trim();
    const posting: PostingDraft = {
      title,
      company,
      locations,
      workMode,
      employmentType: rand.pick(['FULL_TIME', 'FULL_TIME', 'FULL_TIME', 'CONTRACT', 'PART_TIME']),
      salary,
      datePosted,
      validThrough,
      url,
      canonicalUrl: url,
      applyUrl: rand.next() < 0.5 ? `${url}/apply` : null,
      descriptionHtml,
      descriptionText,
      source: rand.pick(['json-ld', 'json-ld', 'site:greenhouse', 'site:lever', 'site:linkedin', 'readability']),
      provenance: {
        title: 'json-ld',
        company: 'json-ld',
        locations: 'json-ld',
        ...(salary ? { salary: 'json-ld' } : {}),
        description: 'json-ld',
      },
    };
    const education = rand.next() < 0.3 ? "Bachelor's degree" : null;
    const summary: Summary = {
      // The summarizer's own TL;DR line, so screenshots of generated jobs read as real ones do.
      tldr: buildTldr({
        seniority: null,
        title,
        years: years ? { min: years, max: null } : null,
        mustHaveSkills: skills.slice(0, requiredCount),
        education,
        visaSponsorship: null,
        travel: null,
        officeDays: null,
        clearance: null,
        firstDuty: responsibilities[0] ?? null,
      }),
      responsibilities,
      requirements,
      preferred,
      benefits,
      yearsExperience: years ? { min: years, max: null } : null,
      education,
      workMode,
      skills: skills.map((name, index) => ({
        name,
        score: Math.round((10 - index * 0.9) * 10) / 10,
        required: index < requiredCount,
      })),
      engine: 'built-in',
    };

    let roll = rand.next() * totalWeight;
    let status: JobStatus | null = null;
    for (const [candidate, weight] of statusWeights) {
      roll -= weight;
      if (roll <= 0) {
        status = candidate;
        break;
      }
    }
    const id = rand.uuid();
    const history: HistoryEntry[] = [{ id: rand.uuid(), at: savedAt, type: 'saved' }];
    let at = savedAt;
    let from: JobStatus | null = null;
    for (const step of status ? pathTo[status] : []) {
      at = Math.min(now - 60_000, at + rand.int(1, 12) * DAY + rand.int(0, 8 * 3600) * 1000);
      history.push({ id: rand.uuid(), at, type: 'status', status: step, fromStatus: from });
      from = step;
    }
    const expiresAt = validThrough ?? estimatedClosingDay(datePosted, isoDay(savedAt), 30);
    const job = newJob(posting, {
      id,
      now: savedAt,
      summary,
      expiresAt,
      expiresEstimated: !validThrough,
    });
    jobs.push({
      ...job,
      status,
      statusChangedAt: at,
      updatedAt: at,
      tags: rand.next() < 0.3 ? rand.some(tagsPool, 1, 2) : [],
      history,
    });
    if (status && rand.next() < 0.3) {
      notes.push({
        id: rand.uuid(),
        jobId: id,
        createdAt: at,
        updatedAt: at,
        text: rand.pick([
          'Recruiter reached out on LinkedIn.',
          'Ask about the on-call rotation.',
          'Referral from Sam.',
          'Salary band seems low; negotiate.',
        ]),
      });
    }
    if (status === 'applied' && rand.next() < 0.5) {
      const dueAt = at + 7 * DAY;
      const reminder = newReminder(job, { kind: 'follow-up', dueAt, text: followUpText(job) });
      reminders.push({ ...reminder, id: rand.uuid(), state: dueAt < now ? 'done' : 'pending' });
    }
  }
  return makeBackup(
    {
      jobs,
      notes,
      reminders,
      settings: { profile: { skills: ['TypeScript', 'React', 'Node.js', 'PostgreSQL', 'AWS', 'Python', 'Docker'] } },
    },
    now,
  );
}

const benchSettings = { estimatedLifetimeDays: 30 };
const benchStatuses: Array<JobStatus | null> = [null, null, 'interested', 'applied', 'interview', 'rejected'];

/**
 * `count` plain saved jobs for the worker benchmarks ("Engineer i" at one of 700 companies, each
 * status in turn), with the dates `dates` gives each (`day(n)`: n days from today) and an empty
 * description: the bench adds one in the worker, so 50 MB do not cross the debugging protocol.
 */
export function benchJobs(
  count: number,
  dates: (day: (offset: number) => string, i: number) => Pick<PostingDraft, 'datePosted' | 'validThrough'>,
  now: number = Date.now(),
): Job[] {
  const day = (offset: number) => new Date(now + offset * DAY).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => {
    const url = `https://jobs.example.com/${i}`;
    const { datePosted, validThrough } = dates(day, i);
    const posting: PostingDraft = {
      title: `Engineer ${i}`,
      company: `Company ${i % 700}`,
      locations: ['Berlin'],
      workMode: null,
      employmentType: 'FULL_TIME',
      salary: null,
      datePosted,
      validThrough,
      url,
      canonicalUrl: url,
      applyUrl: null,
      descriptionHtml: '',
      descriptionText: '',
      source: 'json-ld',
      provenance: {},
    };
    // As saving makes it, summary included (a null one would make the worker backfill meanwhile).
    const savedAt = now - i * 60_000;
    const job = newJob(posting, { id: `bench-${i}`, now: savedAt, ...derivedOf(posting, benchSettings, savedAt) });
    return { ...job, status: benchStatuses[i % benchStatuses.length]!, statusChangedAt: now, updatedAt: now };
  });
}

async function main() {
  const args = process.argv.slice(2);
  const flags = new Map(
    args.filter((arg) => arg.startsWith('--')).map((arg) => arg.slice(2).split('=') as [string, string]),
  );
  const [countArg, outArg] = args.filter((arg) => !arg.startsWith('--'));
  const count = countArg ? Number(countArg) : 10_000;
  const now = flags.has('now') ? Date.parse(`${flags.get('now')}T12:00:00Z`) : undefined;
  const backup = generateBackup({
    count,
    seed: flags.has('seed') ? Number(flags.get('seed')) : 42,
    ...(now ? { now } : {}),
  });
  const out = path.resolve(outArg ?? `jobshelf-generated-${count}.json`);
  await writeFile(out, JSON.stringify(backup));
  console.log(`Wrote ${backup.jobs.length} jobs to ${out}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
