import { lazy, type ComponentType, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import type { JobshelfDatabase } from '@/utils/db/database';
import type { MoneySettings } from '@/utils/jobs-view/currency';
import type { Settings } from '@/utils/schema/settings';
import type { Route } from './route';
import type { JobStore } from './use-job-store';
import { BoardPage } from './pages/BoardPage';
import { JobPage } from './pages/job/JobPage';
import { JobsPage, type JobsViewState } from './pages/JobsPage';

/** What the dashboard holds for every view: the pages take what they need from it. */
export interface DashboardState {
  db: JobshelfDatabase;
  store: JobStore;
  settings: Settings | undefined;
  money: MoneySettings;
  /** The clock, once a minute. */
  now: number;
  allTags: string[];
  /** The jobs table's search, filters, sort and selection survive a visit to another view. */
  jobsView: JobsViewState;
  setJobsView: Dispatch<SetStateAction<JobsViewState>>;
}

type ViewName = Route['view'];
type RouteOf<V extends ViewName> = Extract<Route, { view: V }>;

export interface DashboardView<V extends ViewName> {
  /** The window's title ("Board — Jobshelf") and the name of its error boundary. */
  title: string;
  /** The nav bar's link text; a view without one (a single job) is reached from the others. */
  navLabel: string | null;
  /** Where the nav link goes (the URL hash; `route.ts` reads it). */
  path: string;
  /** Loaded on first visit, not with the dashboard: views the first screen never needs. */
  lazy: boolean;
  /** Renders the view's page with its props from the dashboard's state and the route. */
  render: (state: DashboardState, route: RouteOf<V>) => ReactNode;
}

/** A page loaded with the dashboard, with its props from the state and the route. */
function page<V extends ViewName, P extends object>(
  Page: ComponentType<P>,
  props: (state: DashboardState, route: RouteOf<V>) => P,
  entry: Omit<DashboardView<V>, 'render' | 'lazy'>,
): DashboardView<V> {
  return { ...entry, lazy: false, render: (state, route) => <Page {...props(state, route)} /> };
}

/** A page loaded on first visit (App shows a loading state meanwhile). */
function lazyPage<V extends ViewName, P extends object>(
  load: () => Promise<ComponentType<P>>,
  props: (state: DashboardState, route: RouteOf<V>) => P,
  entry: Omit<DashboardView<V>, 'render' | 'lazy'>,
): DashboardView<V> {
  const Page = lazy(async () => ({ default: await load() }));
  return { ...entry, lazy: true, render: (state, route) => <Page {...props(state, route)} /> };
}

/**
 * Every dashboard view, in the nav bar's order. App.tsx renders the current one from here and the
 * nav bar lists the ones with a label: adding a view is one entry here (and its route in route.ts).
 */
export const views: { readonly [V in ViewName]: DashboardView<V> } = {
  jobs: page(
    JobsPage,
    (state) => ({
      jobs: state.store.jobs,
      money: state.money,
      complete: state.store.complete,
      index: state.store.index,
      indexVersion: state.store.indexVersion,
      state: state.jobsView,
      setState: state.setJobsView,
      now: state.now,
    }),
    { title: 'Saved jobs', navLabel: 'Jobs', path: '#/jobs' },
  ),
  board: page(
    BoardPage,
    (state) => ({
      jobs: state.store.jobs,
      index: state.store.index,
      indexVersion: state.store.indexVersion,
      now: state.now,
    }),
    { title: 'Board', navLabel: 'Board', path: '#/board' },
  ),
  compare: lazyPage(
    () => import('./pages/ComparePage').then((module) => module.ComparePage),
    (state, route) => ({
      db: state.db,
      ids: route.ids,
      jobs: state.store.jobs,
      profile: state.settings?.profile ?? null,
      money: state.money,
    }),
    { title: 'Compare', navLabel: 'Compare', path: '#/compare' },
  ),
  insights: lazyPage(
    () => import('./pages/InsightsPage').then((module) => module.InsightsPage),
    (state) => ({ jobs: state.store.jobs, now: state.now }),
    { title: 'Insights', navLabel: 'Insights', path: '#/insights' },
  ),
  settings: lazyPage(
    () => import('./pages/settings/SettingsPage').then((module) => module.SettingsPage),
    (state) => ({
      db: state.db,
      jobs: state.store.jobs,
      settings: state.settings,
      onDataReplaced: state.store.reload,
      onImportStart: state.store.pause,
    }),
    { title: 'Settings', navLabel: 'Settings', path: '#/settings' },
  ),
  job: page(JobPage, (state, route) => ({ db: state.db, jobId: route.id, now: state.now, allTags: state.allTags }), {
    title: 'Job',
    navLabel: null,
    path: '#/job/',
  }),
};

/** The nav bar's links, in the table's order. */
export const navItems = (Object.keys(views) as ViewName[]).flatMap((view) => {
  const { navLabel, path } = views[view];
  return navLabel ? [{ view, label: navLabel, href: path }] : [];
});

/** The current view's page. */
export function renderView(state: DashboardState, route: Route): ReactNode {
  // The table is keyed by view, so the entry and the route agree; TypeScript cannot follow that through the union.
  const entry = views[route.view] as unknown as DashboardView<ViewName>;
  return entry.render(state, route);
}
