import type { Salary, WorkMode } from '../schema/posting';
import type { YearsExperience } from './facts';

export const TLDR_MAX = 200;

export interface TldrParts {
  title: string;
  seniority: string | null;
  company: string | null;
  location: string | null;
  workMode: WorkMode | null;
  salary: Salary | null;
  years: YearsExperience | null;
  topSkills: readonly string[];
}

const WORK_MODE_LABEL: Readonly<Record<WorkMode, string>> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' };

function compactNumber(value: number): string {
  if (value >= 1000 && value < 1_000_000) return `${Math.round(value / 100) / 10}k`.replace('.0k', 'k');
  if (value >= 1_000_000) return `${Math.round(value / 100_000) / 10}M`;
  return String(value);
}

const SYMBOL: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

export function salaryLabel(salary: Salary): string {
  if (salary.min === null && salary.max === null) return salary.text;
  const symbol = salary.currency ? SYMBOL[salary.currency] ?? `${salary.currency} ` : '';
  const amounts = [salary.min, salary.max].filter((value): value is number => value !== null).map((value) => `${symbol}${compactNumber(value)}`);
  const period = salary.period && salary.period !== 'year' ? `/${salary.period}` : '';
  return `${amounts.join('–')}${period}`;
}

/** One line, at most 200 characters: level and role, company, where, pay, years, top skills. */
export function buildTldr(parts: TldrParts): string {
  const title = parts.title.trim();
  const level =
    parts.seniority && !title.toLowerCase().includes(parts.seniority.toLowerCase().split(' ')[0] ?? '') ? `${parts.seniority} ` : '';
  const head = `${level}${title}${parts.company ? ` at ${parts.company}` : ''}`;
  const where = [parts.location, parts.workMode ? WORK_MODE_LABEL[parts.workMode] : null]
    .filter((part): part is string => Boolean(part))
    .filter((part, index, all) => all.findIndex((other) => other.toLowerCase() === part.toLowerCase()) === index)
    .join(', ');
  const years = parts.years ? `${parts.years.min}${parts.years.max ? `–${parts.years.max}` : '+'} yrs` : null;
  const tail = [where || null, parts.salary ? salaryLabel(parts.salary) : null, years];
  const segments = [head, ...tail.filter((part): part is string => Boolean(part))];
  let skills = [...parts.topSkills];
  const render = (): string => [...segments, skills.length ? skills.join(', ') : null].filter(Boolean).join(' · ');
  let line = render();
  while (line.length > TLDR_MAX && skills.length) {
    skills = skills.slice(0, -1);
    line = render();
  }
  while (line.length > TLDR_MAX && segments.length > 1) {
    segments.splice(segments.length - 1, 1);
    line = render();
  }
  return line.length > TLDR_MAX ? `${line.slice(0, TLDR_MAX - 1)}…` : line;
}
