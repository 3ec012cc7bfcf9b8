import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { NavBar, type NavView } from '@/components/dashboard/NavBar';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { getDatabase } from '@/utils/db/database';
import { getSettings } from '@/utils/db/settings-repository';
import { defaultRates } from '@/utils/jobs-view/currency';
import { tagsInUse } from '@/utils/jobs-view/filter';
import { routeHref, type Route } from './route';
import { useJobStore } from './use-job-store';
import { useRoute } from './use-route';
import { BoardPage } from './pages/BoardPage';
import { ComparePage } from './pages/ComparePage';
import { InsightsPage } from './pages/InsightsPage';
import { JobPage } from './pages/JobPage';
import { JobsPage, initialJobsViewState, type JobsViewState } from './pages/JobsPage';
import { SettingsPage } from './pages/SettingsPage';
import { SyncBadge } from './SyncBadge';

const titles: Record<Route['view'], string> = {
  jobs: 'Saved jobs',
  board: 'Board',
  job: 'Job',
  compare: 'Compare',
  insights: 'Insights',
  settings: 'Settings',
};

/** "Closes in 3 days" changes at midnight: the clock ticks once a minute, not per render. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function skipToContent() {
  const target = document.querySelector<HTMLElement>('[data-skip-target]') ?? document.getElementById('main');
  target?.focus();
}

export function App() {
  const db = getDatabase();
  const route = useRoute();
  const now = useMinuteClock();
  // Live: settings changed in another tab (or by the background) apply here at once.
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const store = useJobStore(db, settings?.profile);
  const allTags = useMemo(() => tagsInUse(store.jobs ?? []).map((entry) => entry.tag), [store.jobs]);
  const [jobsView, setJobsView] = useState<JobsViewState>(initialJobsViewState);
  const money = useMemo(
    () => ({ currency: settings?.currency ?? null, rates: { ...defaultRates, ...settings?.currencyRates } }),
    [settings?.currency, settings?.currencyRates],
  );

  useEffect(() => {
    document.title = `${titles[route.view]} — Jobshelf`;
  }, [route.view]);

  const closingFromLink = route.view === 'jobs' ? route.closingWithinDays : undefined;
  useEffect(() => {
    if (closingFromLink === undefined) return;
    setJobsView((state) => ({ ...state, filters: { ...state.filters, closingWithinDays: closingFromLink } }));
  }, [closingFromLink]);

  const current: NavView | null = route.view === 'job' ? null : route.view;

  return (
    <div className="dashboard">
      {/* A button, not href="#main": the hash is the route. On the jobs view it skips the search,
          filters and sort buttons too, straight to the list. */}
      <button type="button" className="skip-link" onClick={skipToContent}>
        {route.view === 'jobs' ? 'Skip to the jobs list' : 'Skip to content'}
      </button>
      <NavBar
        current={current}
        total={store.jobs?.length}
        hrefOf={(view) => routeHref(view === 'compare' ? { view, ids: [] } : { view })}
      />
      <SyncBadge />
      <main id="main" className={`dashboard-main view-${route.view}`} tabIndex={-1}>
        {/* One boundary per view, new for each view: a record one view cannot show leaves the nav and the other views working. */}
        <ErrorBoundary
          key={route.view === 'job' ? `job-${route.id}` : route.view}
          what={`the ${titles[route.view].toLowerCase()} view`}
        >
          {route.view === 'jobs' ? (
            <JobsPage
              jobs={store.jobs}
              money={money}
              complete={store.complete}
              index={store.index}
              indexVersion={store.indexVersion}
              state={jobsView}
              setState={setJobsView}
              now={now}
            />
          ) : route.view === 'board' ? (
            <BoardPage jobs={store.jobs} index={store.index} indexVersion={store.indexVersion} now={now} />
          ) : route.view === 'job' ? (
            <JobPage db={db} jobId={route.id} now={now} allTags={allTags} />
          ) : route.view === 'compare' ? (
            <ComparePage db={db} ids={route.ids} jobs={store.jobs} profile={settings?.profile ?? null} money={money} />
          ) : route.view === 'insights' ? (
            <InsightsPage jobs={store.jobs} now={now} />
          ) : (
            <SettingsPage
              db={db}
              jobs={store.jobs}
              settings={settings}
              onDataReplaced={store.reload}
              onImportStart={store.pause}
            />
          )}
        </ErrorBoundary>
      </main>
    </div>
  );
}
