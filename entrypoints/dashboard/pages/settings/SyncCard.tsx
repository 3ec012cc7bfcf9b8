import { useState, type FormEvent } from 'react';
import { formatSavedAgo } from '@/utils/format';
import { send } from '@/utils/background-client';
import { requestOrigins } from '../../permissions';
import { useSyncStatus } from '../../use-sync-status';

type Outcome = { tone: 'info' | 'bad'; text: string } | null;

function originPatternOf(url: string): string | null {
  try {
    return `${new URL(url.trim()).origin}/*`;
  } catch {
    return null;
  }
}

/**
 * Settings → Sync: a WebDAV folder the user already has (Nextcloud, ownCloud, Box, Synology,
 * Koofr…), end-to-end encrypted with their passphrase. Asks for that one origin only.
 */
export function SyncCard() {
  const view = useSyncStatus();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Counts the answers shown, so a repeated "Synced." is still a new answer (tests wait on it).
  const [answers, setAnswers] = useState(0);
  const show = (next: Outcome) => {
    setOutcome(next);
    setAnswers((count) => count + 1);
  };
  const connected = view?.connection ?? null;
  const status = view?.status ?? null;

  const onConnect = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? '');
    const url = field('url').trim();
    const origin = originPatternOf(url);
    if (!origin) {
      show({ tone: 'bad', text: 'Enter the folder’s full address, starting with https://.' });
      return;
    }
    // From the click: the browser asks once, for this server only.
    if (!(await requestOrigins([origin]))) {
      show({ tone: 'bad', text: `Sync needs your permission to reach ${new URL(url).origin}. Nothing was changed.` });
      return;
    }
    setBusy(true);
    show({
      tone: 'info',
      text: 'Connecting… the first sync merges the jobs here with the ones already in the folder.',
    });
    const reply = await send('syncConnect', {
      url,
      username: field('username'),
      password: field('password'),
      passphrase: field('passphrase'),
    });
    setBusy(false);
    if (!reply.ok) show({ tone: 'bad', text: reply.reason });
    else if (reply.status?.error)
      show({ tone: 'bad', text: `Connected, but the first sync did not finish: ${reply.status.error}` });
    else show({ tone: 'info', text: 'Connected and synced.' });
  };

  const onSyncNow = async () => {
    setBusy(true);
    const reply = await send('syncNow', {});
    setBusy(false);
    // A failure shows in the card's error line (from the status); the answer line then says so briefly.
    show(
      !reply.ok
        ? { tone: 'bad', text: reply.reason }
        : reply.status?.error
          ? { tone: 'bad', text: 'The sync did not finish (see above).' }
          : { tone: 'info', text: 'Synced.' },
    );
  };

  const onDisconnect = async () => {
    setBusy(true);
    const reply = await send('syncDisconnect', {});
    setBusy(false);
    show(
      reply.ok
        ? { tone: 'info', text: 'Sync is off. Your jobs stay in this browser; the folder keeps its encrypted copy.' }
        : { tone: 'bad', text: reply.reason },
    );
  };

  return (
    <section className="card settings-card sync-card" aria-labelledby="sync-heading" data-testid="sync-card">
      <h2 id="sync-heading" className="card-title">
        Sync
      </h2>
      <p className="card-hint muted">
        Keep your jobs in step across browsers and computers through a WebDAV folder you already have (Nextcloud,
        ownCloud, Box, Synology, Koofr…). Everything is encrypted here with your passphrase first: the server sees only
        random file names and ciphertext.
      </p>
      {connected ? (
        <div className="sync-connected">
          <p>
            Syncing with <strong className="sync-url">{connected.url}</strong> as <strong>{connected.username}</strong>.
          </p>
          <p className="muted" data-testid="sync-last">
            {status?.state === 'syncing'
              ? 'Syncing now…'
              : status?.lastSyncAt
                ? `Last synced ${formatSavedAgo(status.lastSyncAt)} (${new Date(status.lastSyncAt).toLocaleString()}).`
                : 'Not synced yet.'}
          </p>
          {status?.error ? (
            <p className="sync-error" role="alert" data-testid="sync-error">
              {status.error}
              {status.retrying ? ' Jobshelf will try again by itself.' : ''}
            </p>
          ) : null}
          <div className="inline-form">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void onSyncNow()}
              data-testid="sync-now"
            >
              Sync now
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void onDisconnect()}
              data-testid="sync-disconnect"
            >
              Disconnect
            </button>
          </div>
        </div>
      ) : (
        <form className="settings-form" onSubmit={(event) => void onConnect(event)} data-testid="sync-form">
          <label>
            Folder address (WebDAV)
            <input
              name="url"
              type="url"
              required
              placeholder="https://cloud.example.org/remote.php/dav/files/you/Jobshelf"
            />
          </label>
          <label>
            User name
            <input name="username" required autoComplete="username" />
          </label>
          <label>
            App password
            <input name="password" type="password" required autoComplete="off" />
          </label>
          <label>
            Sync passphrase
            <input name="passphrase" type="password" required minLength={8} autoComplete="new-password" />
            <span className="field-hint muted">
              Use the same passphrase on every device. It cannot be recovered: without it the synced copy cannot be
              read.
            </span>
          </label>
          <button type="submit" className="button button-primary" disabled={busy} data-testid="sync-connect">
            Connect and sync
          </button>
        </form>
      )}
      {outcome ? (
        <p
          className={outcome.tone === 'bad' ? 'sync-error' : 'muted'}
          role={outcome.tone === 'bad' ? 'alert' : 'status'}
          data-testid="sync-outcome"
          data-answer={answers}
        >
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
