import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ImportPreviewPanel } from '@/components/dashboard/ImportPreviewPanel';
import { MatchPreferencesCard } from '@/components/dashboard/MatchPreferencesCard';
import { ResumeSkillPicker } from '@/components/dashboard/ResumeSkillPicker';
import { SkillsEditor } from '@/components/dashboard/SkillsEditor';
import { Notice } from '@/components/Notice';
import '@/components/dashboard/settings.css';
import type { Backup } from '@/utils/backup/backup-schema';
import { jobsToCsv } from '@/utils/backup/csv';
import { backupFileName, backupToJson } from '@/utils/backup/export-backup';
import type { ImportMode, ImportPreview } from '@/utils/backup/import-plan';
import { parseBackup } from '@/utils/backup/parse-backup';
import { applyImport, deleteAllJobs, openImportWriter, previewImport, readAllJobs, readBackup } from '@/utils/db/backup-repository';
import type { JobshelfDatabase } from '@/utils/db/database';
import { skillVocabulary } from '@/utils/jobs-view/skill-vocabulary';
import type { JobView } from '@/utils/jobs-view/job-view';
import type { Settings } from '@/utils/schema/settings';
import { skillsInText } from '@/utils/summarize/skills';
import { actions } from '../actions';
import { CLOSED_CHECK_ORIGINS, originPattern, requestOrigins } from '../permissions';

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

function Card({ title, description, children, id }: { title: string; description?: string; children: ReactNode; id: string }) {
  return (
    <section className="card settings-card" aria-labelledby={id}>
      <h2 id={id} className="card-title">
        {title}
      </h2>
      {description ? <p className="card-hint muted">{description}</p> : null}
      {children}
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

export function SettingsPage({ db, jobs, settings, onDataReplaced, onImportStart }: SettingsPageProps) {
  // From the jobs already in memory: a query here would read every posting again after each write.
  const vocabulary = useMemo(() => skillVocabulary(jobs ?? []), [jobs]);
  const [message, setMessage] = useState<Message>(null);
  const [pendingImport, setPendingImport] = useState<{ name: string; backup: Backup; preview: ImportPreview; mode: ImportMode } | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (message) document.querySelector('.settings-message')?.scrollIntoView({ block: 'nearest' });
  }, [message]);

  if (!settings) return <div className="page-loading" aria-busy="true" />;

  const save = async (patch: Partial<Settings>, what: string) => {
    const problem = await actions.updateSettings(patch);
    setMessage(problem ? { tone: 'bad', title: `${what} not saved`, body: problem } : { tone: 'info', title: `${what} saved` });
  };

  const findSkills = (resume: string): string[] => {
    const found = new Set(skillsInText(resume));
    // Also the skills saved jobs ask for, so a résumé is matched against the user's own market.
    const lowered = resume.toLowerCase();
    for (const name of vocabulary) {
      if (found.has(name) || !lowered.includes(name.toLowerCase())) continue;
      if (new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name.toLowerCase())}($|[^\\p{L}\\p{N}])`, 'u').test(lowered)) found.add(name);
    }
    return [...found].sort((a, b) => a.localeCompare(b));
  };

  const setSkills = (skills: string[]) => void save({ profile: { ...settings.profile, skills } }, 'Skills');

  const onNotifications = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const leadDays = String(form.get('leadDays') ?? '')
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number);
    if (leadDays.some((day) => !Number.isInteger(day) || day < 0 || day > 60) || leadDays.length > 5) {
      setMessage({ tone: 'bad', title: 'Reminders not saved', body: 'Days before closing are up to five whole numbers from 0 to 60, like “3, 1”.' });
      return;
    }
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
    // The popup calls the endpoint; the browser lets it only with access to that one origin.
    const origin = kind === 'openai-compatible' ? originPattern(baseUrl) : null;
    if (kind === 'openai-compatible' && !origin) {
      setMessage({ tone: 'bad', title: 'AI provider not saved', body: 'The address must start with https:// (or http:// for a server on your computer).' });
      return;
    }
    void (async () => {
      if (origin && !(await requestOrigins([origin]))) {
        setMessage({ tone: 'bad', title: 'AI provider not saved', body: `Jobshelf needs your permission to reach ${origin.replace('/*', '')}.` });
        return;
      }
      await save({ aiProvider }, 'AI provider');
    })();
  };

  const onClosedCheck = async (enabled: boolean) => {
    if (enabled && !(await requestOrigins(CLOSED_CHECK_ORIGINS))) {
      setMessage({ tone: 'bad', title: 'Closed-posting check is off', body: 'It needs permission to open the pages of your saved postings.' });
      return;
    }
    await save({ closedCheck: enabled }, 'Closed-posting check');
  };

  const exportBackup = async () => {
    const backup = await readBackup(db);
    download(backupFileName(), 'application/json', backupToJson(backup));
    setMessage({ tone: 'info', title: `Backup of ${backup.jobs.length.toLocaleString('en')} jobs downloaded` });
  };

  const exportCsv = async () => {
    const jobs = await readAllJobs(db);
    download(backupFileName(Date.now(), 'csv'), 'text/csv;charset=utf-8', '\uFEFF' + jobsToCsv(jobs));
    setMessage({ tone: 'info', title: `${jobs.length.toLocaleString('en')} jobs exported as CSV` });
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
    setPendingImport({ name: file.name, backup: parsed.backup, preview: await previewImport(db, parsed.backup, mode), mode });
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
    const started = performance.now();
    performance.mark('jobshelf:import-apply');
    // The page's copy stops following changes while 10,000 rows land; it is read afresh after.
    onImportStart();
    try {
      const connection = writer();
      const result = await applyImport(connection, pendingImport.backup, pendingImport.mode).finally(() => connection.close());
      performance.mark('jobshelf:import-written');
      const ms = Math.round(performance.now() - started);
      onDataReplaced();
      const title = `Imported: ${result.added.toLocaleString('en')} new, ${result.updated.toLocaleString('en')} updated${result.conflicts ? `, ${result.conflicts} kept as here` : ''}`;
      setMessage({ tone: 'info', title, body: `Done in ${(ms / 1000).toFixed(1)} s. Scheduling reminders…` });
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
          : `Done in ${(ms / 1000).toFixed(1)} s. Reminders are scheduled.`,
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
    setMessage({ tone: 'info', title: `Deleted ${count.toLocaleString('en')} jobs with their notes, reminders and history` });
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
        <Card id="profile-heading" title="Your skills" description="Every job shows how well these cover what it asks for.">
          <SkillsEditor skills={settings.profile.skills} onChange={setSkills} suggestions={vocabulary} />
          <ResumeSkillPicker findSkills={findSkills} have={settings.profile.skills} onAdd={(skills) => setSkills([...settings.profile.skills, ...skills])} />
        </Card>

        <MatchPreferencesCard profile={settings.profile} onSave={(profile) => void save({ profile }, 'Match preferences')} />

        <Card id="reminders-heading" title="Reminders" description="When Jobshelf reminds you of a closing posting and suggests following up.">
          <form className="settings-form" onSubmit={onNotifications} key={JSON.stringify([settings.expiryLeadDays, settings.notifyHour, settings.estimatedLifetimeDays, settings.suggestFollowUp, settings.followUpDays])}>
            <label>
              Remind me this many days before a posting closes
              <input name="leadDays" defaultValue={settings.expiryLeadDays.join(', ')} placeholder="3, 1" />
            </label>
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

        <Card id="ai-heading" title="Summaries" description="The built-in summarizer runs on this computer. A remote AI provider is off unless you turn it on here; then postings are sent to it.">
          <form className="settings-form" onSubmit={onProvider} key={JSON.stringify(provider)}>
            <label>
              Provider
              <select name="kind" defaultValue={provider.kind}>
                <option value="none">Built-in only (nothing leaves your browser)</option>
                <option value="chrome-ai">Chrome’s on-device AI</option>
                <option value="openai-compatible">OpenAI-compatible API</option>
              </select>
            </label>
            <label>
              API base URL
              <input name="baseUrl" type="url" defaultValue={provider.baseUrl} placeholder="https://api.example.com/v1" />
            </label>
            <label>
              Model
              <input name="model" defaultValue={provider.model} placeholder="model name" />
            </label>
            <label>
              API key
              <input name="apiKey" type="password" autoComplete="off" defaultValue={provider.apiKey} />
            </label>
            <button type="submit" className="button button-primary">
              Save provider
            </button>
          </form>
        </Card>

        <Card id="closed-heading" title="Closed postings" description="Check saved postings now and then, and mark the ones taken down as closed. This visits the posting pages, so it needs your permission.">
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

        <Card id="data-heading" title="Your data" description="Everything is stored in this browser only. Export a backup to keep it safe or move it to another computer.">
          <div className="inline-form">
            <button type="button" className="button button-secondary" onClick={() => void exportBackup()} data-testid="export-backup">
              Export backup (JSON)
            </button>
            <button type="button" className="button button-secondary" onClick={() => void exportCsv()} data-testid="export-csv">
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
            />
          ) : null}
          <div className="danger-zone">
            <h3>Delete everything</h3>
            <p className="muted">Deletes every saved job with its notes, reminders and history. Your settings stay. This cannot be undone.</p>
            <div className="inline-form">
              <label>
                <span>
                  Type <strong>delete</strong> to confirm
                </span>
                <input value={confirmDelete} onChange={(event) => setConfirmDelete(event.target.value)} data-testid="delete-confirm" autoComplete="off" />
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
