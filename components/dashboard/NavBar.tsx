import { plural } from '@/utils/format';

export type NavView = 'jobs' | 'board' | 'compare' | 'insights' | 'settings';

export interface NavBarProps {
  current: NavView | null;
  /** Saved jobs in total; undefined while loading. */
  total: number | undefined;
  hrefOf: (view: NavView) => string;
}

const items: Array<{ view: NavView; label: string }> = [
  { view: 'jobs', label: 'Jobs' },
  { view: 'board', label: 'Board' },
  { view: 'compare', label: 'Compare' },
  { view: 'insights', label: 'Insights' },
  { view: 'settings', label: 'Settings' },
];

/** The header: brand, the views, and how many jobs are saved. */
export function NavBar({ current, total, hrefOf }: NavBarProps) {
  return (
    <header className="dashboard-header">
      <a className="brand" href={hrefOf('jobs')}>
        <img src="/icon/48.png" alt="" width={26} height={26} />
        <span>Jobshelf</span>
      </a>
      <nav aria-label="Views">
        <ul className="nav-list">
          {items.map((item) => (
            <li key={item.view}>
              <a
                className="nav-link"
                href={hrefOf(item.view)}
                aria-current={current === item.view ? 'page' : undefined}
                data-testid={`nav-${item.view}`}
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="muted job-count" data-testid="job-count">
        {total === undefined ? '' : plural(total, 'saved job')}
      </p>
    </header>
  );
}
