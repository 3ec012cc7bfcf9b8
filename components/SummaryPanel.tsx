import { useId, useState } from 'react';
import type { Summary } from '@/utils/schema/summary';
import { EMPTY_SUMMARY, factPillsBesideTldr, payLinesBesideSalary, perksBesidePay } from '@/utils/summary-view';
import { MatchMeter } from './MatchMeter';
import { MoreToggle } from './MoreToggle';

export interface SummaryPanelProps {
  summary: Summary;
  /** How many lines of each list to show; the dashboard shows them all. */
  maxLines?: number;
  /** The level of each section's heading: 2 where the page's title is the h1 (the popup). */
  headingLevel?: 2 | 3;
  /** Leave out the TL;DR and the match (shown elsewhere, as in the popup's first screen). */
  hideTop?: boolean;
  /** Leave out the stored match and the pay (the job page shows both in their own cards). */
  hideMatchAndPay?: boolean;
}

/** What the pay section lists beside the salary the header shows: what the pay lines add, then the perks, each once. */
export function payAndBenefits(summary: Summary): string[] {
  // The header shows the salary, the posting's own or the one read from the text (posting-resolved).
  const pay = payLinesBesideSalary(summary.compensation, summary.facts?.salary?.text ?? null);
  return [...new Set([...pay, ...perksBesidePay(summary.benefits, summary.compensation)])];
}

function Lines({
  title,
  lines,
  max,
  heading: Heading,
  testId,
}: {
  title: string;
  lines: string[];
  max: number;
  heading: 'h2' | 'h3';
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (lines.length === 0) return null;
  const shown = open ? lines : lines.slice(0, max);
  return (
    <section className="summary-section" data-testid={testId}>
      <Heading>{title}</Heading>
      <ul id={listId}>
        {shown.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      {lines.length > max ? (
        <MoreToggle
          open={open}
          onToggle={() => setOpen(!open)}
          controls={listId}
          more={lines.length - max}
          className="summary-more"
        />
      ) : null}
    </section>
  );
}

/**
 * The key skills as pills: a must-have filled, a nice-to-have outlined (shape, not colour alone),
 * each saying which it is to a screen reader, with a one-line key when both kinds show.
 */
function SkillPills({ skills, max }: { skills: Summary['skills']; max: number }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const shown = open ? skills : skills.slice(0, max);
  const both = shown.some((skill) => skill.required) && shown.some((skill) => !skill.required);
  return (
    <>
      <ul
        id={listId}
        className="summary-skills"
        aria-label="Key skills, most relevant first"
        data-testid="summary-skills"
      >
        {shown.map((skill) => (
          <li
            key={skill.name}
            className={skill.required ? 'pill pill-accent' : 'pill pill-optional'}
            title={skill.required ? 'Must-have' : 'Nice to have'}
          >
            {skill.name}
            <span className="visually-hidden">{skill.required ? ' (must-have)' : ' (nice to have)'}</span>
          </li>
        ))}
        {skills.length > max ? (
          <li>
            <MoreToggle
              open={open}
              onToggle={() => setOpen(!open)}
              controls={listId}
              more={skills.length - max}
              className="summary-more"
            />
          </li>
        ) : null}
      </ul>
      {both ? (
        <p className="skills-legend muted" aria-hidden="true">
          Filled: must-have · outlined: nice to have
        </p>
      ) : null}
    </>
  );
}

/** The skills the text asks for first: one only the title names ("Backend Engineer") says little the header does not. */
const textSkillsFirst = (skills: Summary['skills']): Summary['skills'] =>
  skills.some((skill) => skill.fromTitle)
    ? [...skills.filter((skill) => !skill.fromTitle), ...skills.filter((skill) => skill.fromTitle)]
    : skills;

/** The built-in engine in plain words: it runs in the browser, nothing is sent anywhere. */
const engineName = (engine: string) => (engine === EMPTY_SUMMARY.engine ? 'on your device' : engine);

/** "Summarized on your device", or which engine wrote which part when an AI engine helped. */
function engineNote(summary: Summary): string {
  const parts = Object.entries(summary.engines ?? {}).filter(([, engine]) => engine !== summary.engine);
  if (parts.length === 0)
    return `Summarized ${summary.engine === EMPTY_SUMMARY.engine ? 'on your device' : `by ${summary.engine}`}`;
  const byEngine = parts.map(([part, engine]) => `${part === 'tldr' ? 'TL;DR' : part}: ${engineName(engine)}`);
  return `${byEngine.join(' · ')} · everything else: ${engineName(summary.engine)}`;
}

/** The summary: a TL;DR, how well it fits, the skills that matter most, and what the job demands. */
export function SummaryPanel({
  summary,
  maxLines = 4,
  headingLevel = 3,
  hideTop = false,
  hideMatchAndPay = false,
}: SummaryPanelProps) {
  // Beside the TL;DR (here, or above in the popup's first screen): only what it does not say.
  const facts = factPillsBesideTldr(summary);
  const heading = headingLevel === 2 ? 'h2' : 'h3';
  const pay = hideMatchAndPay ? [] : payAndBenefits(summary);
  const lists = summary.requirements.length + summary.responsibilities.length + summary.preferred.length + pay.length;
  // Below a first screen that shows the TL;DR: nothing to add, no empty box with only the engine's name.
  if (hideTop && facts.length + summary.skills.length + lists === 0) return null;
  return (
    <div className="summary" data-testid="summary">
      {hideTop ? null : (
        <p className="summary-tldr" data-testid="summary-tldr">
          {summary.tldr}
        </p>
      )}
      {summary.match && !hideTop && !hideMatchAndPay ? <MatchMeter match={summary.match} /> : null}
      {facts.length > 0 ? (
        <p className="summary-facts" data-testid="summary-facts">
          {facts.map((fact) => (
            <span key={fact} className="pill">
              {fact}
            </span>
          ))}
        </p>
      ) : null}
      {summary.skills.length > 0 ? <SkillPills skills={textSkillsFirst(summary.skills)} max={10} /> : null}
      <Lines heading={heading} title="Must-haves" lines={summary.requirements} max={maxLines} />
      <Lines heading={heading} title="What you'll do" lines={summary.responsibilities} max={maxLines} />
      <Lines heading={heading} title="Nice to have" lines={summary.preferred} max={maxLines} />
      <Lines heading={heading} title="Pay & benefits" lines={pay} max={maxLines} testId="summary-pay" />
      <p className="summary-engine muted">{engineNote(summary)}</p>
    </div>
  );
}
