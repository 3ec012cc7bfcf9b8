import { useState } from 'react';
import { Card } from '@/components/dashboard/Card';
import { TagEditor } from '@/components/dashboard/TagEditor';
import { NotesPanel } from '@/components/NotesPanel';
import { RemindersPanel } from '@/components/RemindersPanel';
import { StatusHistory } from '@/components/StatusHistory';
import { StatusPicker } from '@/components/StatusPicker';
import { trackingWrites } from '@/components/tracking-writes';
import { write } from '@/utils/background-client';
import { safeHttpUrl } from '@/utils/format';
import type { HistoryEntry, Job, Note, Reminder } from '@/utils/schema/job';
import { navigate } from '../../use-route';

export interface JobSideColumnProps {
  job: Job;
  notes: Note[];
  reminders: Reminder[];
  history: readonly HistoryEntry[];
  links: readonly string[];
  now: number;
  allTags: string[];
  /** Shows a write's failure (or clears it); resolves to whether it worked. */
  report: (write: Promise<string | null>) => Promise<boolean>;
}

/**
 * Tracking the application: status and tags in their own landmark (a narrow window shows them first,
 * above the posting), then reminders, notes, history, links and delete.
 */
export function JobSideColumn({ job, notes, reminders, history, links, now, allTags, report }: JobSideColumnProps) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  const tracking = trackingWrites(job.id, report);
  return (
    <>
      <aside className="job-application" aria-label="Application">
        <Card title="Application" id="application-heading">
          <StatusPicker
            status={job.status}
            onChange={(status) => void report(write('setStatus', { jobId: job.id, status }))}
          />
          <h3 className="side-subtitle">Tags</h3>
          <TagEditor
            tags={job.tags}
            suggestions={allTags}
            onChange={(tags) => void report(write('updateJob', { jobId: job.id, posting: {}, tags }))}
          />
        </Card>
      </aside>
      <aside className="job-side-column" aria-label="Tracking">
        <Card title="Reminders" id="reminders-heading">
          <RemindersPanel reminders={reminders} now={now} {...tracking.reminders} />
        </Card>
        <Card title="Notes" id="notes-heading">
          <NotesPanel notes={notes} {...tracking.notes} />
        </Card>
        <Card title="History" id="history-heading">
          <StatusHistory events={history} />
        </Card>
        <Card title="Links" id="links-heading">
          <ul className="url-list" data-testid="posting-links">
            {links.map((url) => (
              <li key={url}>
                {/* Two long addresses cut at the same width look alike: each says what it is. */}
                <span className="url-kind">
                  {url === job.posting.url ? 'Posting' : url === job.posting.applyUrl ? 'Apply' : 'Also at'}
                </span>
                {safeHttpUrl(url) ? (
                  <a href={safeHttpUrl(url)} target="_blank" rel="noopener noreferrer" title={url}>
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
        </Card>
        <div className="danger-zone">
          {confirmDelete ? (
            <>
              <span>Delete this job with its notes and reminders?</span>
              <button
                type="button"
                className="button button-danger"
                onClick={() =>
                  void report(write('deleteJobs', { jobIds: [job.id] })).then((ok) => ok && navigate({ view: 'jobs' }))
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
    </>
  );
}
