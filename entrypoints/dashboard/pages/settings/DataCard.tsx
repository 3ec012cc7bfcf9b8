import { useState } from 'react';
import { Card } from '@/components/dashboard/Card';
import { ImportPreviewPanel } from '@/components/dashboard/ImportPreviewPanel';
import { exportJobsCsv } from '@/utils/backup/csv';
import { backupFileName, backupToJson } from '@/utils/backup/export-backup';
import { write } from '@/utils/background-client';
import { deleteAllJobs, readBackup } from '@/utils/db/backup-repository';
import { jobsNewestFirst } from '@/utils/db/job-queries';
import type { JobshelfDatabase } from '@/utils/db/database';
import { formatCount, plural } from '@/utils/format';
import { useSyncStatus } from '../../use-sync-status';
import type { SettingsMessage } from './settings-message';
import { useImport } from './use-import';

export interface DataCardProps {
  db: JobshelfDatabase;
  show: (message: SettingsMessage) => void;
  onImportStart: () => void;
  onDataReplaced: () => void;
}

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}

/** Backups in and out, the CSV, and deleting everything. */
export function DataCard({ db, show, onImportStart, onDataReplaced }: DataCardProps) {
  const importing = useImport({ db, show, onImportStart, onDataReplaced });
  const [confirmDelete, setConfirmDelete] = useState('');
  // With sync on, a deletion here reaches every browser syncing with the same folder.
  const syncFolder = useSyncStatus()?.connection?.url;
  const syncedWith = syncFolder ? hostOf(syncFolder) : null;

  /** An export that fails says so, with the reason, instead of downloading nothing silently. */
  const reportExportFailure = (what: string, error: unknown) =>
    show({
      tone: 'bad',
      title: `${what} failed`,
      body: `Nothing was downloaded: ${error instanceof Error ? error.message : String(error)}`,
    });

  const exportBackup = async () => {
    try {
      const backup = await readBackup(db);
      download(backupFileName(), 'application/json', backupToJson(backup));
      show({
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
      show(
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

  const deleteEverything = async () => {
    onImportStart();
    const count = await deleteAllJobs(db);
    await write('rebuildAlarms', {});
    onDataReplaced();
    setConfirmDelete('');
    show({
      tone: 'info',
      title: `Deleted ${plural(count, 'job')} with their notes, reminders and history`,
      body: syncedWith ? `Browsers that sync with ${syncedWith} delete them too at their next sync.` : undefined,
    });
  };

  return (
    <Card
      id="data-heading"
      title="Your data"
      description={
        syncedWith
          ? `Everything is stored in this browser and synced, encrypted, through ${syncedWith}. A backup keeps a copy of your own.`
          : 'Everything is stored in this browser only. Export a backup to keep it safe or move it to another computer.'
      }
      className="settings-card"
    >
      <p className="card-hint muted" data-testid="export-key-note">
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
          id="import-file"
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared at once, so choosing the same file again is a new choice.
            event.target.value = '';
            if (file) void importing.chooseFile(file);
          }}
        />
        <span className="muted">You see what will change before anything is written.</span>
      </div>
      {importing.pending ? (
        <ImportPreviewPanel
          fileName={importing.pending.name}
          preview={importing.pending.preview}
          mode={importing.pending.mode}
          onModeChange={(mode) => void importing.changeMode(mode)}
          onApply={() => void importing.apply()}
          onCancel={importing.cancel}
          busy={importing.busy}
          useAiProvider={importing.pending.useAiProvider}
          onUseAiProviderChange={importing.setUseAiProvider}
          syncedWith={syncedWith}
        />
      ) : null}
      <div className="danger-zone">
        <h3>Delete everything</h3>
        <p className="muted">
          Deletes every saved job with its notes, reminders and history. Your settings stay. This cannot be undone.
        </p>
        {syncedWith ? (
          <p className="sync-warning" data-testid="delete-sync-warning">
            Sync is on: every browser that syncs with <strong>{syncedWith}</strong> deletes them too. To delete them
            only here, turn sync off first.
          </p>
        ) : null}
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
            {syncedWith ? 'Delete all jobs everywhere' : 'Delete all jobs'}
          </button>
        </div>
      </div>
    </Card>
  );
}
