import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { NavBar } from '@/components/dashboard/NavBar';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { getDatabase } from '@/utils/db/database';
import { getSettings } from '@/utils/db/settings-repository';
import { defaultRates } from '@/utils/jobs-view/currency';
import { tagsInUse } from '@/utils/jobs-view/filter';
import { useJobStore } from './use-job-store';
import { useRoute } from './use-route';
import { initialJobsViewState, type JobsViewState } from './pages/JobsPage';
import { SyncBadge } from './SyncBadge';
import { navItems, renderView, views } from './views';

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
    document.title = `${views[route.view].title} — Jobshelf`;
  }, [route.view]);

  const closingFromLink = route.view === 'jobs' ? route.closingWithinDays : undefined;
  useEffect(() => {
    if (closingFromLink === undefined) return;
    setJobsView((state) => ({ ...state, filters: { ...state.filters, closingWithinDays: closingFromLink } }));
  }, [closingFromLink]);

  const view = views[route.view];

  return (
    <div className="dashboard">
      {/* A button, not href="#main": the hash is the route. On the jobs view it skips the search,
          filters and sort buttons too, straight to the list. */}
      <button type="button" className="skip-link" onClick={skipToContent}>
        {route.view === 'jobs' ? 'Skip to the jobs list' : 'Skip to content'}
      </button>
      <NavBar items={navItems} current={view.navLabel ? route.view : null} total={store.jobs?.length} />
      <SyncBadge />
      <main id="main" className={`dashboard-main view-${route.view}`} tabIndex={-1}>
        {/* One boundary per view, new for each view: a record one view cannot show leaves the nav and the other views working. */}
        <ErrorBoundary
          key={route.view === 'job' ? `job-${route.id}` : route.view}
          what={`the ${view.title.toLowerCase()} view`}
        >
          <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
            {renderView({ db, store, settings, money, now, allTags, jobsView, setJobsView }, route)}
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
