import { useLiveQuery } from 'dexie-react-hooks';
import { JobList } from '@/components/JobList';
import { getDatabase } from '@/utils/db/database';
import { countJobs, listJobsNewestFirst } from '@/utils/db/jobs-repository';

export function App() {
  const db = getDatabase();
  // Live: a save from the popup, the menu or the shortcut shows up here at once.
  const jobs = useLiveQuery(() => listJobsNewestFirst(db), []);
  const total = useLiveQuery(() => countJobs(db), []);

  return (
    <div className="dashboard">
      <header className="dashboard-header">
        <div className="brand">
          <img src="/icon/48.png" alt="" width={28} height={28} />
          <span>Jobshelf</span>
        </div>
        <p className="muted" data-testid="job-count">
          {total === undefined ? '' : `${total} saved ${total === 1 ? 'job' : 'jobs'}`}
        </p>
      </header>
      <main className="dashboard-main">
        <h1>Saved jobs</h1>
        {jobs === undefined ? null : jobs.length === 0 ? (
          <section className="empty-state" data-testid="empty-state">
            <h2>No saved jobs yet</h2>
            <p>
              Open a job posting on any site and click the Jobshelf button in the toolbar, right-click
              the page and choose <strong>Save job posting to Jobshelf</strong>, or press{' '}
              <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd>.
            </p>
          </section>
        ) : (
          <JobList jobs={jobs} now={Date.now()} />
        )}
      </main>
    </div>
  );
}
