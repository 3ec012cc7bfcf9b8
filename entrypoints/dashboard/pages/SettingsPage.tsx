import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { ImportPreviewPanel } from '@/components/dashboard/ImportPreviewPanel';
import { MatchPreferencesCard } from '@/components/dashboard/MatchPreferencesCard';
import { ResumeSkillPicker } from '@/components/dashboard/ResumeSkillPicker';
import { LeadTimeChips } from '@/components/dashboard/LeadTimeChips';
import { SkillsEditor } from '@/components/dashboard/SkillsEditor';
import { Notice } from '@/components/Notice';
import { formatCount, plural } from '@/utils/format';
import '@/components/dashboard/settings.css';
import type { Backup } from '@/utils/backup/backup-schema';
import { exportJobsCsv } from '@/utils/backup/csv';
import { backupFileName, backupToJson } from '@/utils/backup/export-backup';
import type { ImportMode, ImportPreview } from '@/utils/backup/import-plan';
import { parseBackup } from '@/utils/backup/parse-backup';
import { applyImport, deleteAllJobs, openImportWriter, previewImport, readBackup } from '@/utils/db/backup-repository';
import type { JobshelfDatabase } from '@/utils/db/database';
import { jobsNewestFirst } from '@/utils/db/job-queries';
import { defaultRates } from '@/utils/jobs-view/currency';
import { skillVocabulary } from '@/utils/jobs-view/skill-vocabulary';
import type { JobView } from '@/utils/jobs-view/job-view';
import type { Settings } from '@/utils/schema/settings';
import { skillsInText } from '@/utils/summarize/skills';
import { actions } from '../actions';
import { CLOSED_CHECK_ORIGINS, originPattern, requestOrigins } from '../permissions';
import { SyncCard } from './SyncCard';

export interface SettingsPageProps {
  db: JobshelfDatabase;
  /** The saved jobs as the dashboard holds them (their skills suggest profile skills). */
  jobs: readonly JobView[] | undefined;
  settings: Settings | undefined;
  /** The page's copy of the jobs must be read again after an import or delete-all. */
  onDataReplaced: () => void;
  /** Before a bulk write: the page's copy stops following changes until onDataReplaced. */
  onImportStart: () => void;
}

/**
 * The import writes through its own connection: the page's live queries sit on the shared one, and
 * Dexie updates their cached results on every write made through it, which slows a 10,000-row
 * transaction for nothing. They still hear about the change when it commits.
 */
function writer(): JobshelfDatabase {
  return openImportWriter();
}

type Message = { tone: 'info' | 'bad'; title: string; body?: string } | null;

function Card({
  title,
  description,
  children,
  id,
}: {
  title: string;
  description?: string;
  children: ReactNode;
  id: string;
}) {
  return (
    <section className="card settings-card" aria-labelledby={id}>
      <h2 id={id} className="card-title">
        {title}
      </h2>
      {description ? <p className="card-hint muted">{description}</p> : null}
      <ErrorBoundary what={`“${title}”`}>{children}</ErrorBoundary>
    </section>
  );
}

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function LeadTimesField({ initial }: { initial: readonly number[] }) {
  const [days, setDays] = useState<number[]>([...initial]);
  return (
    <div className="settings-field">
      <span className="settings-label" id="lead-times-label">
        Remind me before a posting closes
      </span>
      <LeadTimeChips value={days} onChange={setDays} />
      {days.map((day) => (
        <input key={day} type="hidden" name="leadDays" value={day} />
      ))}
    </div>
  );
}

/** The endpoint, model and key appear only for the provider that needs them. */
function ProviderFields({ provider }: { provider: Settings['aiProvider'] }) {
  // Firefox has no built-in AI: a Chrome setting carried over in a backup shows as built-in only.
  const [kind, setKind] = useState(import.meta.env.FIREFOX && provider.kind === 'chrome-ai' ? 'none' : provider.kind);
  return (
    <>
      <label>
        Provider
        <select
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.target.value as Settings['aiProvider']['kind'])}
          data-testid="ai-provider"
        >
          <option value="none">Built-in only (nothing leaves your browser)</option>
          {import.meta.env.FIREFOX ? null : <option value="chrome-ai">Chrome’s on-device AI</option>}
          <option value="openai-compatible">OpenAI-compatible API</option>
        </select>
      </label>
      {kind === 'openai-compatible' ? (
        <>
          <label>
            API base URL
            <input name="baseUrl" type="url" defaultValue={provider.baseUrl} placeholder="https://api.example.com/v1" />
          </label>
          <label>
            Model
            <input name="model" defaultValue={provider.model} placeholder="e.g. gpt-4o-mini" />
          </label>
          <label>
            API key
            <input
              name="apiKey"
              type="password"
              autoComplete="off"
              defaultValue={provider.apiKey}
              data-testid="ai-api-key"
            />
          </label>
        </>
      ) : kind === 'chrome-ai' ? (
        <p className="card-hint muted">Runs in Chrome on this computer; nothing is sent anywhere.</p>
      ) : null}
    </>
  );
}

function SalaryForm({
  currency,
  rates,
  used,
  onSave,
}: {
  currency: string | null;
  rates: Readonly<Record<string, number>>;
  used: readonly string[];
  onSave: (patch: Pick<Settings, 'currency' | 'currencyRates'>) => void;
}) {
  const codes = [...new Set([...used, ...Object.keys(rates), ...Object.keys(defaultRates)])].sort();
  const shown = [...new Set([...used, ...Object.keys(rates)])].sort();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = String(form.get('currency') ?? '');
    const next: Record<string, number> = {};
    for (const code of shown) {
      const value = Number(String(form.get(`rate-${code}`) ?? '').replace(',', '.'));
      if (Number.isFinite(value) && value > 0 && value !== defaultRates[code]) next[code] = value;
    }
    onSave({ currency: /^[A-Z]{3}$/.test(chosen) ? chosen : null, currencyRates: next });
  };
  return (
    <form className="settings-form" onSubmit={onSubmit}>
      <label>
        Show salaries in
        <select name="currency" defaultValue={currency ?? ''} data-testid="home-currency">
          <option value="">The most common currency among my jobs</option>
          {codes.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </label>
      {shown.length > 0 ? (
        <table className="rate-table">
          <caption className="settings-label">Rates: what one unit is worth in US dollars</caption>
          <tbody>
            {shown.map((code) => (
              <tr key={code}>
                <th scope="row">
                  <label htmlFor={`rate-${code}`}>1 {code} =</label>
                </th>
                <td>
                  <input
                    id={`rate-${code}`}
                    name={`rate-${code}`}
                    inputMode="decimal"
                    defaultValue={rates[code] ?? defaultRates[code] ?? ''}
                    placeholder="rate"
                  />{' '}
                  USD
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="card-hint muted">No salaries saved yet.</p>
      )}
      <button type="submit" className="button button-primary">
        Save currency settings
      </button>
    </form>
  );
}

export function SettingsPage({ db, jobs, settings, onDataReplaced, onImportStart }: SettingsPageProps) {
  // From the jobs already in memory: a query here would read every posting again after each write.
  const vocabulary = useMemo(() => skillVocabulary(jobs ?? []), [jobs]);
  const [message, setMessage] = useState<Message>(null);
  const [pendingImport, setPendingImport] = useState<{
    name: string;
    backup: Backup;
    preview: ImportPreview;
    mode: ImportMode;
    /** The user chose the AI provider the file names; off until they do. */
    useAiProvider: boolean;
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (message) document.querySelector('.settings-message')?.scrollIntoView({ block: 'nearest' });
  }, [message]);

  if (!settings) return <div className="page-loading" aria-busy="true" />;
  const currenciesInUse = [
    ...new Set((jobs ?? []).map((job) => job.yearly?.currency).filter((code): code is string => !!code)),
  ].sort();

  const save = async (patch: Partial<Settings>, what: string) => {
    const problem = await actions.updateSettings(patch);
    setMessage(
      problem ? { tone: 'bad', title: `${what} not saved`, body: problem } : { tone: 'info', title: `${what} saved` },
    );
  };

  const findSkills = (resume: string): string[] => {
    const found = new Set(skillsInText(resume));
    // Also the skills saved jobs ask for, so a résumé is matched against the user's own market.
    const lowered = resume.toLowerCase();
    for (const name of vocabulary) {
      if (found.has(name) || !lowered.includes(name.toLowerCase())) continue;
      if (new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name.toLowerCase())}($|[^\\p{L}\\p{N}])`, 'u').test(lowered))
        found.add(name);
    }
    return [...found].sort((a, b) => a.localeCompare(b));
  };

  const setSkills = (skills: string[]) => void save({ profile: { ...settings.profile, skills } }, 'Skills');

  const onNotifications = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const leadDays = form.getAll('leadDays').map(Number);
    void save(
      {
        expiryLeadDays: [...new Set(leadDays)].sort((a, b) => b - a),
        notifyHour: Number(form.get('notifyHour')),
        estimatedLifetimeDays: Number(form.get('lifetime')),
        suggestFollowUp: form.get('suggestFollowUp') === 'on',
        followUpDays: Number(form.get('followUpDays')),
      },
      'Reminder settings',
    );
  };

  const onProvider = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const kind = String(form.get('kind')) as Settings['aiProvider']['kind'];
    const baseUrl = String(form.get('baseUrl') ?? '').trim();
    const aiProvider = {
      kind,
      baseUrl,
      model: String(form.get('model') ?? '').trim(),
      apiKey: String(form.get('apiKey') ?? '').trim(),
    };
    // The background calls the endpoint, and only while the browser grants access to that one origin.
    const origin = kind === 'openai-compatible' ? originPattern(baseUrl) : null;
    if (kind === 'openai-compatible' && !origin) {
      setMessage({
        tone: 'bad',
        title: 'AI provider not saved',
        body: 'The address must start with https:// (or http:// for a server on your computer).',
      });
      return;
    }
    void (async () => {
      if (origin && !(await requestOrigins([origin]))) {
        setMessage({
          tone: 'bad',
          title: 'AI provider not saved',
          body: `Jobshelf needs your permission to reach ${origin.replace('/*', '')}.`,
        });
        return;
      }
      await save({ aiProvider }, 'AI provider');
    })();
  };

  const onClosedCheck = async (enabled: boolean) => {
    if (enabled && !(await requestOrigins(CLOSED_CHECK_ORIGINS))) {
      setMessage({
        tone: 'bad',
        title: 'Closed-posting check is off',
        body: 'It needs permission to open the pages of your saved postings.',
      });
      return;
    }
    await save({ closedCheck: enabled }, 'Closed-posting check');
  };

  /** An export that fails says so, with the reason, instead of downloading nothing silently. */
  const reportExportFailure = (what: string, error: unknown) =>
    setMessage({
      tone: 'bad',
      title: `${what} failed`,
      body: `Nothing was downloaded: ${error instanceof Error ? error.message : String(error)}`,
    });

  const exportBackup = async () => {
    try {
      const backup = await readBackup(db);
      download(backupFileName(), 'application/json', backupToJson(backup));
      setMessage({
        tone: 'info',
        title: `Backup of ${plural(backup.jobs.length, 'job')} downloaded`,
        body: 'Your AI provider’s API key is not in it: enter it again after restoring.',
      });
    } catch (error) {
      reportExportFailure('The backup', error);
    }
  };

  const exportCsv = async () => {
    try {
      const jobs = await jobsNewestFirst(db);
      const { csv, skipped } = exportJobsCsv(jobs);
      download(backupFileName(Date.now(), 'csv'), 'text/csv;charset=utf-8', '\uFEFF' + csv);
      setMessage(
        skipped.length > 0
          ? {
              tone: 'bad',
              title: `${plural(jobs.length - skipped.length, 'job')} exported as CSV; ${formatCount(skipped.length)} left out`,
              body: `These could not be written: ${skipped.slice(0, 5).join('; ')}${skipped.length > 5 ? '; …' : ''}`,
            }
          : { tone: 'info', title: `${plural(jobs.length, 'job')} exported as CSV` },
      );
    } catch (error) {
      reportExportFailure('The CSV export', error);
    }
  };

  const onFile = async (file: File) => {
    setMessage(null);
    setPendingImport(null);
    performance.mark('jobshelf:import-start');
    const text = await file.text();
    performance.mark('jobshelf:import-read');
    const parsed = parseBackup(text);
    performance.mark('jobshelf:import-parsed');
    if (fileRef.current) fileRef.current.value = '';
    if (!parsed.ok) {
      setMessage({ tone: 'bad', title: 'This file was not imported', body: `${parsed.reason} Nothing was changed.` });
      return;
    }
    const mode: ImportMode = 'merge';
    setPendingImport({
      name: file.name,
      backup: parsed.backup,
      preview: await previewImport(db, parsed.backup, mode),
      mode,
      useAiProvider: false,
    });
    performance.mark('jobshelf:import-previewed');
  };

  const changeMode = async (mode: ImportMode) => {
    if (!pendingImport) return;
    // The choice shows at once; the counts follow when the preview for it is ready.
    setPendingImport({ ...pendingImport, mode });
    const preview = await previewImport(db, pendingImport.backup, mode);
    setPendingImport((current) => (current && current.mode === mode ? { ...current, preview } : current));
  };

  const apply = async () => {
    if (!pendingImport) return;
    setBusy(true);
    // An AI provider from the file: only when chosen by name, then with the same permission request
    // as Settings makes (first, while the click still counts as the user's gesture).
    const ai = pendingImport.useAiProvider ? pendingImport.preview.aiProvider : null;
    const aiOrigin = ai?.kind === 'openai-compatible' ? originPattern(ai.baseUrl) : null;
    const acceptAiProvider =
      ai !== null && (ai.kind !== 'openai-compatible' || (aiOrigin !== null && (await requestOrigins([aiOrigin]))));
    const aiNote =
      ai && !acceptAiProvider
        ? ' The AI provider from the file was not turned on: the browser did not grant permission to reach it.'
        : '';
    const started = performance.now();
    performance.mark('jobshelf:import-apply');
    // The page's copy stops following changes while 10,000 rows land; it is read afresh after.
    onImportStart();
    try {
      const connection = writer();
      const result = await applyImport(connection, pendingImport.backup, pendingImport.mode, Date.now(), {
        acceptAiProvider,
      }).finally(() => connection.close());
      performance.mark('jobshelf:import-written');
      const ms = Math.round(performance.now() - started);
      onDataReplaced();
      const title = `Imported: ${formatCount(result.added)} new, ${formatCount(result.updated)} updated${result.conflicts ? `, ${result.conflicts} kept as here` : ''}`;
      setMessage({ tone: 'info', title, body: `Done in ${(ms / 1000).toFixed(1)} s. Scheduling reminders…${aiNote}` });
      setPendingImport(null);
      setBusy(false);
      // Reminders are the background's: it re-creates every alarm from the database.
      const alarms = await actions.rebuildAlarms();
      performance.mark('jobshelf:import-done');
      setMessage({
        tone: alarms ? 'bad' : 'info',
        title,
        body: alarms
          ? `The jobs are in, but reminders could not be scheduled yet (${alarms}). They will be when the browser next starts.`
          : `Done in ${(ms / 1000).toFixed(1)} s. Reminders are scheduled.${aiNote}`,
      });
    } catch (error) {
      onDataReplaced();
      setMessage({
        tone: 'bad',
        title: 'The import failed and nothing was changed',
        body: error instanceof Error ? error.message : String(error),
      });
      setBusy(false);
    }
  };

  const deleteEverything = async () => {
    onImportStart();
    const count = await deleteAllJobs(db);
    await actions.rebuildAlarms();
    onDataReplaced();
    setConfirmDelete('');
    setMessage({ tone: 'info', title: `Deleted ${plural(count, 'job')} with their notes, reminders and history` });
  };

  const provider = settings.aiProvider;

  return (
    <div className="settings-page">
      <h1 className="page-title">Settings</h1>
      {message ? (
        <div className="settings-message" data-testid="settings-message">
          <Notice tone={message.tone} title={message.title}>
            {message.body ? <p>{message.body}</p> : null}
          </Notice>
        </div>
      ) : null}
      <div className="settings-grid">
        <Card
          id="profile-heading"
          title="Your skills"
          description="Every job shows how well these cover what it asks for."
        >
          <SkillsEditor skills={settings.profile.skills} onChange={setSkills} suggestions={vocabulary} />
          <ResumeSkillPicker
            findSkills={findSkills}
            have={settings.profile.skills}
            onAdd={(skills) => setSkills([...settings.profile.skills, ...skills])}
          />
        </Card>

        <MatchPreferencesCard
          profile={settings.profile}
          onSave={(profile) => void save({ profile }, 'Match preferences')}
        />

        <Card
          id="reminders-heading"
          title="Reminders"
          description="When Jobshelf reminds you of a closing posting and suggests following up."
        >
          <form
            className="settings-form"
            onSubmit={onNotifications}
            key={JSON.stringify([
              settings.expiryLeadDays,
              settings.notifyHour,
              settings.estimatedLifetimeDays,
              settings.suggestFollowUp,
              settings.followUpDays,
            ])}
          >
            <LeadTimesField initial={settings.expiryLeadDays} />
            <label>
              Send reminders at
              <select name="notifyHour" defaultValue={settings.notifyHour}>
                {Array.from({ length: 24 }, (_, hour) => (
                  <option key={hour} value={hour}>
                    {String(hour).padStart(2, '0')}:00
                  </option>
                ))}
              </select>
            </label>
            <label>
              With no closing date, assume a posting stays open for (days)
              <input name="lifetime" type="number" min={1} max={365} defaultValue={settings.estimatedLifetimeDays} />
            </label>
            <label className="check">
              <input name="suggestFollowUp" type="checkbox" defaultChecked={settings.suggestFollowUp} />
              Suggest a follow-up reminder when I mark a job Applied
            </label>
            <label>
              Follow up after (days)
              <input name="followUpDays" type="number" min={1} max={60} defaultValue={settings.followUpDays} />
            </label>
            <button type="submit" className="button button-primary">
              Save reminders
            </button>
          </form>
        </Card>

        <Card
          id="ai-heading"
          title="Summaries"
          description="The built-in summarizer runs on this computer. A remote AI provider is off unless you turn it on here; then postings are sent to it."
        >
          <form className="settings-form" onSubmit={onProvider} key={JSON.stringify(provider)}>
            <ProviderFields provider={provider} />
            <button type="submit" className="button button-primary">
              Save provider
            </button>
          </form>
        </Card>

        <Card
          id="salary-heading"
          title="Salaries"
          description="The jobs table shows every salary in one currency, converted at these rates, so the column compares like with like. Correct the rates whenever you like."
        >
          <SalaryForm
            key={JSON.stringify([settings.currency, settings.currencyRates])}
            currency={settings.currency}
            rates={settings.currencyRates}
            used={currenciesInUse}
            onSave={(patch) => void save(patch, 'Currency settings')}
          />
        </Card>

        <Card
          id="closed-heading"
          title="Closed postings"
          description="Check saved postings now and then, and mark the ones taken down as closed. This visits the posting pages, so it needs your permission."
        >
          <label className="check">
            <input
              type="checkbox"
              checked={settings.closedCheck}
              data-testid="closed-check"
              onChange={(event) => void onClosedCheck(event.target.checked)}
            />
            Check saved postings for “closed”
          </label>
        </Card>

        <SyncCard />
        <Card
          id="data-heading"
          title="Your data"
          description="Everything is stored in this browser only. Export a backup to keep it safe or move it to another computer."
        >
          <p className="muted" data-testid="export-key-note">
            Backups leave out your AI provider’s API key, so a shared or lost file does not give it away.
          </p>
          <div className="inline-form">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void exportBackup()}
              data-testid="export-backup"
            >
              Export backup (JSON)
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void exportCsv()}
              data-testid="export-csv"
            >
              Export jobs table (CSV)
            </button>
          </div>
          <div className="import-row">
            <label htmlFor="import-file" className="button button-secondary">
              Import a backup…
            </label>
            <input
              ref={fileRef}
              id="import-file"
              className="visually-hidden"
              type="file"
              accept="application/json,.json"
              data-testid="import-file"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void onFile(file);
              }}
            />
            <span className="muted">You see what will change before anything is written.</span>
          </div>
          {pendingImport ? (
            <ImportPreviewPanel
              fileName={pendingImport.name}
              preview={pendingImport.preview}
              mode={pendingImport.mode}
              onModeChange={(mode) => void changeMode(mode)}
              onApply={() => void apply()}
              onCancel={() => setPendingImport(null)}
              busy={busy}
              useAiProvider={pendingImport.useAiProvider}
              onUseAiProviderChange={(useAiProvider) =>
                setPendingImport((current) => (current ? { ...current, useAiProvider } : current))
              }
            />
          ) : null}
          <div className="danger-zone">
            <h3>Delete everything</h3>
            <p className="muted">
              Deletes every saved job with its notes, reminders and history. Your settings stay. This cannot be undone.
            </p>
            <div className="inline-form">
              <label>
                <span>
                  Type <strong>delete</strong> to confirm
                </span>
                <input
                  value={confirmDelete}
                  onChange={(event) => setConfirmDelete(event.target.value)}
                  data-testid="delete-confirm"
                  autoComplete="off"
                />
              </label>
              <button
                type="button"
                className="button button-danger"
                disabled={confirmDelete.trim().toLowerCase() !== 'delete'}
                onClick={() => void deleteEverything()}
                data-testid="delete-everything"
              >
                Delete all jobs
              </button>
            </div>
          </div>
        </Card>
      </div>
    </div>
  );
}
