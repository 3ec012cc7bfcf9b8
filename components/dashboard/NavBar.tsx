import { plural } from '@/utils/format';

export interface NavItem {
  view: string;
  label: string;
  href: string;
}

export interface NavBarProps {
  /** The views in the nav, in order (the dashboard's views table); the first is home. */
  items: readonly NavItem[];
  /** The view shown now; null when it has no link of its own (a single job). */
  current: string | null;
  /** Saved jobs in total; undefined while loading. */
  total: number | undefined;
}

/** The header: brand, the views, and how many jobs are saved. */
export function NavBar({ items, current, total }: NavBarProps) {
  return (
    <header className="dashboard-header">
      <a className="brand" href={items[0]?.href}>
        <img src="/icon/48.png" alt="" width={26} height={26} />
        <span>Jobshelf</span>
      </a>
      <nav aria-label="Views">
        <ul className="nav-list">
          {items.map((item) => (
            <li key={item.view}>
              <a
                className="nav-link"
                href={item.href}
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
        {total === undefined ? '' : total === 0 ? 'No saved jobs' : plural(total, 'saved job')}
      </p>
    </header>
  );
}
