import type { Summary } from '@/utils/schema/summary';
import { MatchMeter } from './MatchMeter';

export interface SummaryPanelProps {
  summary: Summary;
  /** How many lines of each list to show; the dashboard shows them all. */
  maxLines?: number;
}

function Lines({ title, lines, max }: { title: string; lines: string[]; max: number }) {
  if (lines.length === 0) return null;
  return (
    <section className="summary-section">
      <h3>{title}</h3>
      <ul>
        {lines.slice(0, max).map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      {lines.length > max ? <p className="muted summary-more">+{lines.length - max} more</p> : null}
    </section>
  );
}

/** "Summary: built-in", or which engine wrote which part when an AI engine helped. */
function engineNote(summary: Summary): string {
  const parts = Object.entries(summary.engines ?? {}).filter(([, engine]) => engine !== summary.engine);
  if (parts.length === 0) return `Summary: ${summary.engine}`;
  const byEngine = parts.map(([part, engine]) => `${part === 'tldr' ? 'TL;DR' : part}: ${engine}`);
  return `${byEngine.join(' · ')} · everything else: ${summary.engine}`;
}

/** The summary: a TL;DR, how well it fits, the skills that matter most, and what the job demands. */
export function SummaryPanel({ summary, maxLines = 4 }: SummaryPanelProps) {
  const years = summary.yearsExperience;
  return (
    <div className="summary" data-testid="summary">
      <p className="summary-tldr" data-testid="summary-tldr">{summary.tldr}</p>
      {summary.match ? <MatchMeter match={summary.match} /> : null}
      {years || summary.education ? (
        <p className="summary-facts">
          {years ? (
            <span className="pill">
              {years.max ? `${years.min}–${years.max}` : `${years.min}+`} years
            </span>
          ) : null}
          {summary.education ? <span className="pill">{summary.education}</span> : null}
        </p>
      ) : null}
      {summary.skills.length > 0 ? (
        <ul className="summary-skills" aria-label="Key skills, most relevant first">
          {summary.skills.slice(0, 10).map((skill) => (
            <li
              key={skill.name}
              className={skill.required ? 'pill pill-accent' : 'pill'}
              title={skill.required ? 'Required' : 'Nice to have'}
            >
              {skill.name}
            </li>
          ))}
        </ul>
      ) : null}
      <Lines title="Must-haves" lines={summary.requirements} max={maxLines} />
      <Lines title="What you'll do" lines={summary.responsibilities} max={maxLines} />
      <Lines title="Nice to have" lines={summary.preferred} max={maxLines} />
      <p className="summary-engine muted">{engineNote(summary)}</p>
    </div>
  );
}
