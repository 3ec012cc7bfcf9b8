import { routeHref } from './route';

/** The next step an empty view offers besides saving a posting: bring jobs in from a backup (Settings). */
export function ImportBackupLink() {
  return (
    <a className="button button-secondary" href={routeHref({ view: 'settings' })}>
      Import a backup
    </a>
  );
}
