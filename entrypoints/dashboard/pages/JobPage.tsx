import { ErrorBoundary } from '@/components/ErrorBoundary';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { EmptyState } from '@/components/dashboard/EmptyState';
import { FieldRow } from '@/components/dashboard/FieldRow';
import { JobMatchCard } from '@/components/dashboard/JobMatchCard';
import { PostingDescription } from '@/components/dashboard/PostingDescription';
import { StagePill } from '@/components/dashboard/StagePill';
import { TagEditor } from '@/components/dashboard/TagEditor';
import { ExpiryNote } from '@/components/ExpiryNote';
import { NotesPanel } from '@/components/NotesPanel';
import { Notice } from '@/components/Notice';
import { RemindersPanel } from '@/components/RemindersPanel';
import { StatusHistory } from '@/components/StatusHistory';
import { StatusPicker } from '@/components/StatusPicker';
import { SummaryPanel } from '@/components/SummaryPanel';
import type { JobshelfDatabase } from '@/utils/db/database';
import { jobById, notesOf, remindersOf } from '@/utils/db/job-queries';
import { getSettings } from '@/utils/db/settings-repository';
import {
  formatDateLong,
  formatEmploymentType,
  formatLocations,
  formatSalary,
  formatSavedAgo,
  formatWorkMode,
  safeHttpUrl,
} from '@/utils/format';
import { sortedHistory } from '@/utils/jobs/history';
import { stageOf } from '@/utils/jobs-view/job-view';
import { formatYearly, yearlySalary } from '@/utils/jobs-view/salary';
import type { Job } from '@/utils/schema/job';
import type { PayPeriod, PostingDraft, Salary, WorkMode } from '@/utils/schema/posting';
import { actions } from '../actions';
import { originPattern, requestOrigins } from '../permissions';
import { routeHref } from '../route';
import { navigate } from '../use-route';
import './job-page.css';

export interface JobPageProps {
  db: JobshelfDatabase;
  jobId: string;
  now: number;
  allTags: string[];
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const orNull = (value: string) => (value ? value : null);

function amount(value: string): number | null | 'bad' {
  if (!value) return null;
  const number = Number(value.replace(/[,\s]/g, ''));
  return Number.isFinite(number) && number >= 0 ? number : 'bad';
}

function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="card-title">
        {title}
      </h2>
      <ErrorBoundary what={`the ${title.toLowerCase()}`}>{children}</ErrorBoundary>
    </section>
  );
}

/** Every posting field with its source and an edit control; edits go to the background. */
function PostingFields({ job }: { job: Job }) {
  const { posting } = job;
  const source = (field: keyof PostingDraft['provenance']) => posting.provenance[field];
  const save = (changes: Partial<PostingDraft>) => actions.updateJob({ jobId: job.id, posting: changes });
  const yearly = yearlySalary(posting.salary);
  return (
    <dl className="field-list" data-testid="posting-fields">
      <FieldRow
        label="Title"
        display={posting.title}
        source={source('title')}
        testId="field-title"
        editor={
          <input name="value" defaultValue={posting.title} aria-label="Title" required maxLength={500} autoFocus />
        }
        onSave={(form) =>
          text(form, 'value') ? save({ title: text(form, 'value') }) : Promise.resolve('A job needs a title.')
        }
      />
      <FieldRow
        label="Company"
        display={posting.company}
        source={source('company')}
        editor={
          <input name="value" defaultValue={posting.company ?? ''} aria-label="Company" maxLength={300} autoFocus />
        }
        onSave={(form) => save({ company: orNull(text(form, 'value')) })}
      />
      <FieldRow
        label="Locations"
        display={posting.locations.join(' · ')}
        source={source('locations')}
        editor={
          <textarea
            name="value"
            defaultValue={posting.locations.join('\n')}
            aria-label="Locations, one a line"
            rows={3}
            autoFocus
          />
        }
        onSave={(form) =>
          save({
            locations: text(form, 'value')
              .split(/\n|;/)
              .map((line) => line.trim())
              .filter(Boolean)
              .slice(0, 100),
          })
        }
      />
      <FieldRow
        label="Work mode"
        display={formatWorkMode(posting.workMode)}
        source={source('workMode')}
        editor={
          <select name="value" defaultValue={posting.workMode ?? ''} aria-label="Work mode" autoFocus>
            <option value="">Not stated</option>
            <option value="remote">Remote</option>
            <option value="hybrid">Hybrid</option>
            <option value="onsite">On-site</option>
          </select>
        }
        onSave={(form) => save({ workMode: orNull(text(form, 'value')) as WorkMode | null })}
      />
      <FieldRow
        label="Employment"
        display={formatEmploymentType(posting.employmentType)}
        source={source('employmentType')}
        editor={
          <select name="value" defaultValue={posting.employmentType ?? ''} aria-label="Employment type" autoFocus>
            <option value="">Not stated</option>
            {['FULL_TIME', 'PART_TIME', 'CONTRACT', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'OTHER'].map((type) => (
              <option key={type} value={type}>
                {formatEmploymentType(type)}
              </option>
            ))}
          </select>
        }
        onSave={(form) => save({ employmentType: orNull(text(form, 'value')) })}
      />
      <FieldRow
        label="Salary"
        display={
          posting.salary ? (
            <>
              {formatSalary(posting.salary)}
              {yearly && posting.salary.period !== 'year' ? (
                <span className="muted"> ≈ {formatYearly(yearly)}</span>
              ) : null}
            </>
          ) : null
        }
        source={source('salary')}
        editor={
          <div className="salary-editor">
            <label>
              Min <input name="min" inputMode="numeric" defaultValue={posting.salary?.min ?? ''} autoFocus />
            </label>
            <label>
              Max <input name="max" inputMode="numeric" defaultValue={posting.salary?.max ?? ''} />
            </label>
            <label>
              Currency{' '}
              <input name="currency" defaultValue={posting.salary?.currency ?? ''} maxLength={3} placeholder="USD" />
            </label>
            <label>
              Per
              <select name="period" defaultValue={posting.salary?.period ?? 'year'}>
                <option value="hour">hour</option>
                <option value="day">day</option>
                <option value="week">week</option>
                <option value="month">month</option>
                <option value="year">year</option>
              </select>
            </label>
          </div>
        }
        onSave={(form) => {
          const min = amount(text(form, 'min'));
          const max = amount(text(form, 'max'));
          if (min === 'bad' || max === 'bad') return Promise.resolve('Amounts are numbers, like 85000.');
          if (min !== null && max !== null && min > max) return Promise.resolve('The minimum is above the maximum.');
          const currency = text(form, 'currency').toUpperCase();
          if (currency && !/^[A-Z]{3}$/.test(currency))
            return Promise.resolve('A currency is a three-letter code, like USD or EUR.');
          if (min === null && max === null) return save({ salary: null });
          const draft: Salary = {
            min,
            max,
            currency: orNull(currency),
            period: text(form, 'period') as PayPeriod,
            text: '',
          };
          return save({ salary: { ...draft, text: formatSalary(draft) ?? '' } });
        }}
      />
      <FieldRow
        label="Posted"
        display={formatDateLong(posting.datePosted)}
        source={source('datePosted')}
        editor={
          <input type="date" name="value" defaultValue={posting.datePosted ?? ''} aria-label="Date posted" autoFocus />
        }
        onSave={(form) => save({ datePosted: orNull(text(form, 'value')) })}
      />
      <FieldRow
        label="Closes"
        display={
          posting.validThrough ? (
            formatDateLong(posting.validThrough)
          ) : job.expiresAt ? (
            <span>
              {job.expiresEstimated ? '~' : ''}
              {formatDateLong(job.expiresAt)}{' '}
              <span className="muted">
                ({job.expiresEstimated ? 'estimated: no closing date was stated' : 'from the description'})
              </span>
            </span>
          ) : null
        }
        source={source('validThrough')}
        editor={
          <input
            type="date"
            name="value"
            defaultValue={posting.validThrough ?? ''}
            aria-label="Closing date"
            autoFocus
          />
        }
        onSave={(form) => save({ validThrough: orNull(text(form, 'value')) })}
      />
      <FieldRow
        label="Apply link"
        display={
          safeHttpUrl(posting.applyUrl) ? (
            <a href={safeHttpUrl(posting.applyUrl)} target="_blank" rel="noopener noreferrer">
              {posting.applyUrl}
            </a>
          ) : null
        }
        source={source('applyUrl')}
        editor={
          <input type="url" name="value" defaultValue={posting.applyUrl ?? ''} aria-label="Apply link" autoFocus />
        }
        onSave={(form) => {
          const url = text(form, 'value');
          if (url && !safeHttpUrl(url)) return Promise.resolve('Only http and https links can be saved.');
          return save({ applyUrl: orNull(url) });
        }}
      />
    </dl>
  );
}

export function JobPage({ db, jobId, now, allTags }: JobPageProps) {
  // null = looked and not found; undefined = still reading.
  const job = useLiveQuery(async () => (await jobById(db, jobId)) ?? null, [db, jobId]);
  // The history travels in the job: no second query.
  const events = useMemo(() => (job ? sortedHistory(job.history) : []), [job]);
  const notes = useLiveQuery(() => notesOf(db, jobId), [db, jobId]) ?? [];
  const reminders = useLiveQuery(() => remindersOf(db, jobId), [db, jobId]) ?? [];
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [rereading, setRereading] = useState(false);
  const [rereadResult, setRereadResult] = useState<{ tone: 'info' | 'bad'; title: string; body: string } | null>(null);

  const report = async (write: Promise<string | null>): Promise<boolean> => {
    const problem = await write;
    setError(problem);
    return problem === null;
  };

  if (job === undefined) return <div className="page-loading" aria-busy="true" />;
  if (job === null) {
    return (
      <EmptyState
        level={1}
        title="This job is no longer saved"
        actions={
          <a className="button button-secondary" href={routeHref({ view: 'jobs' })}>
            Back to all jobs
          </a>
        }
      >
        <p>It may have been deleted, or replaced by an import.</p>
      </EmptyState>
    );
  }

  const { posting } = job;
  const postingUrl = safeHttpUrl(posting.url) ?? safeHttpUrl(job.canonicalUrl);
  const urls = [...new Set([posting.url, job.canonicalUrl, posting.applyUrl, ...job.urlAliases])].filter(
    (url): url is string => !!url,
  );

  // Asks for the site's permission from the click (the browser allows it only then), then the
  // background reads the page in a tab of its own.
  const rereadFromPage = async () => {
    const pattern = postingUrl ? originPattern(postingUrl) : null;
    if (!postingUrl || !pattern) return;
    setRereadResult(null);
    if (!(await requestOrigins([pattern]))) {
      setRereadResult({
        tone: 'bad',
        title: 'The posting was not read again',
        body: `Jobshelf needs your permission to read pages on ${new URL(postingUrl).hostname}. You can also open the posting and click the Jobshelf button.`,
      });
      return;
    }
    setRereading(true);
    const problem = await actions.rereadJob(job.id);
    setRereading(false);
    setRereadResult(
      problem
        ? { tone: 'bad', title: 'The posting was not read again', body: problem }
        : {
            tone: 'info',
            title: 'Read again from the page',
            body: 'The fields are up to date; the ones you edited were kept.',
          },
    );
  };

  return (
    <article className="job-page" data-testid="job-detail">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <a href={routeHref({ view: 'jobs' })}>← All jobs</a>
      </nav>
      <header className="job-header card">
        <div className="job-header-main">
          <h1 data-testid="detail-title">{posting.title}</h1>
          <p className="job-header-company">{posting.company ?? 'Company not stated'}</p>
          <p className="job-header-facts">
            <StagePill stage={stageOf(job.status)} />
            {formatLocations(posting.locations) ? (
              <span className="pill" data-testid="detail-location">
                {formatLocations(posting.locations)}
              </span>
            ) : null}
            {formatWorkMode(posting.workMode) ? (
              <span className="pill" data-testid="detail-work-mode">
                {formatWorkMode(posting.workMode)}
              </span>
            ) : null}
            {posting.salary && formatSalary(posting.salary) ? (
              <span className="pill">{formatSalary(posting.salary)}</span>
            ) : null}
            {typeof job.summary?.match?.score === 'number' ? (
              <span className="pill pill-accent" data-testid="detail-match">
                {Math.round(job.summary.match.score)}% match
              </span>
            ) : null}
            <ExpiryNote
              expiresAt={job.expiresAt}
              estimated={job.expiresEstimated}
              closed={job.closedAt !== null}
              now={now}
              onRecheck={postingUrl ? () => void rereadFromPage() : undefined}
              rechecking={rereading}
            />
            <span className="muted">Saved {formatSavedAgo(job.savedAt, now)}</span>
          </p>
        </div>
        <div className="job-header-actions">
          {postingUrl ? (
            <a className="button button-secondary" href={postingUrl} target="_blank" rel="noopener noreferrer">
              Open posting ↗
            </a>
          ) : null}
          {postingUrl ? (
            <button
              type="button"
              className="button button-secondary"
              data-testid="reread"
              disabled={rereading}
              aria-busy={rereading}
              onClick={() => void rereadFromPage()}
            >
              {rereading ? 'Reading the page…' : 'Re-read from page'}
            </button>
          ) : null}
          {safeHttpUrl(posting.applyUrl) ? (
            <a
              className="button button-primary"
              href={safeHttpUrl(posting.applyUrl)}
              target="_blank"
              rel="noopener noreferrer"
            >
              Apply ↗
            </a>
          ) : null}
        </div>
      </header>
      {rereadResult ? (
        <div data-testid="reread-result">
          <Notice tone={rereadResult.tone} title={rereadResult.title}>
            <p>{rereadResult.body}</p>
          </Notice>
        </div>
      ) : null}
      {error ? (
        <Notice tone="bad" title="That change was not saved">
          <p>{error}</p>
        </Notice>
      ) : null}
      <div className="job-layout">
        <div className="job-main-column">
          {job.summary ? (
            <Section title="Summary" id="summary-heading">
              <SummaryPanel summary={job.summary} maxLines={12} />
            </Section>
          ) : null}
          <JobMatchCard job={job} profile={settings?.profile} settingsHref={routeHref({ view: 'settings' })} />
          <Section title="Details" id="details-heading">
            <p className="card-hint muted">
              Each value shows where it came from. Your edits are kept when the posting is read again.
            </p>
            <PostingFields job={job} />
          </Section>
          <Section title="Original description" id="description-heading">
            <PostingDescription html={posting.descriptionHtml} text={posting.descriptionText} />
          </Section>
        </div>
        <aside className="job-side-column" aria-label="Tracking">
          <Section title="Application" id="application-heading">
            <StatusPicker status={job.status} onChange={(status) => void report(actions.setStatus(job.id, status))} />
            <h3 className="side-subtitle">Tags</h3>
            <TagEditor
              tags={job.tags}
              suggestions={allTags}
              onChange={(tags) => void report(actions.updateJob({ jobId: job.id, posting: {}, tags }))}
            />
          </Section>
          <Section title="Reminders" id="reminders-heading">
            <RemindersPanel
              reminders={reminders}
              now={now}
              onAdd={(dueAt) => void report(actions.addReminder(job.id, dueAt))}
              onSnooze={(id, until) => void report(actions.snoozeReminder(id, until))}
              onComplete={(id) => void report(actions.completeReminder(id))}
              onDelete={(id) => void report(actions.deleteReminder(id))}
            />
          </Section>
          <Section title="Notes" id="notes-heading">
            <NotesPanel
              notes={notes}
              onAdd={(textValue) => report(actions.addNote(job.id, textValue))}
              onEdit={(noteId, textValue) => report(actions.editNote(noteId, textValue))}
              onDelete={(noteId) => void report(actions.deleteNote(noteId))}
            />
          </Section>
          <Section title="History" id="history-heading">
            <StatusHistory events={events} />
          </Section>
          <Section title="Links" id="links-heading">
            <ul className="url-list">
              {urls.map((url) => (
                <li key={url}>
                  {safeHttpUrl(url) ? (
                    <a href={safeHttpUrl(url)} target="_blank" rel="noopener noreferrer">
                      {url}
                    </a>
                  ) : (
                    <span className="muted">{url}</span>
                  )}
                </li>
              ))}
            </ul>
            <p className="card-hint muted">
              Re-read from page reads the posting again in a background tab (the first time, the browser asks to let
              Jobshelf read that site) and updates this job; the fields you edited are kept.
            </p>
          </Section>
          <div className="danger-zone">
            {confirmDelete ? (
              <>
                <span>Delete this job with its notes and reminders?</span>
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() =>
                    void report(actions.deleteJobs([job.id])).then((ok) => ok && navigate({ view: 'jobs' }))
                  }
                >
                  Delete
                </button>
                <button type="button" className="button button-secondary" onClick={() => setConfirmDelete(false)}>
                  Keep
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button-link button-link-danger"
                onClick={() => setConfirmDelete(true)}
              >
                Delete this job…
              </button>
            )}
          </div>
        </aside>
      </div>
    </article>
  );
}
