/** The dashboard's views, addressed by the URL hash so each is linkable and e2e can open it. */
export type Route =
  /** `#/jobs?closing=3`: the table filtered to postings closing within 3 days (from a digest notice). */
  | { view: 'jobs'; closingWithinDays?: number }
  | { view: 'board' }
  | { view: 'job'; id: string }
  | { view: 'compare'; ids: string[] }
  | { view: 'insights' }
  | { view: 'settings' };

export const MAX_COMPARE = 4;

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  switch (parts[0]) {
    case 'board':
      return { view: 'board' };
    case 'job':
      return parts[1] ? { view: 'job', id: decodeURIComponent(parts[1]) } : { view: 'jobs' };
    case 'compare': {
      const ids = (new URLSearchParams(query).get('ids') ?? '').split(',').filter(Boolean).slice(0, MAX_COMPARE);
      return { view: 'compare', ids };
    }
    case 'insights':
      return { view: 'insights' };
    case 'settings':
      return { view: 'settings' };
    default: {
      const closing = Number(new URLSearchParams(query).get('closing'));
      return Number.isInteger(closing) && closing > 0 ? { view: 'jobs', closingWithinDays: closing } : { view: 'jobs' };
    }
  }
}

export function routeHref(route: Route): string {
  switch (route.view) {
    case 'job':
      return `#/job/${encodeURIComponent(route.id)}`;
    case 'compare':
      return route.ids.length > 0 ? `#/compare?ids=${route.ids.map(encodeURIComponent).join(',')}` : '#/compare';
    default:
      return `#/${route.view}`;
  }
}
