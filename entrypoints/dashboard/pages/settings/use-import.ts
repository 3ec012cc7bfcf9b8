import { useState } from 'react';
import type { Backup } from '@/utils/backup/backup-schema';
import type { ImportMode, ImportPreview } from '@/utils/backup/import-plan';
import { parseBackup } from '@/utils/backup/parse-backup';
import { write } from '@/utils/background-client';
import { applyImport, openImportWriter, previewImport } from '@/utils/db/backup-repository';
import type { JobshelfDatabase } from '@/utils/db/database';
import { formatCount } from '@/utils/format';
import { originPattern, requestOrigins } from '../../permissions';
import type { SettingsMessage } from './settings-message';

export interface PendingImport {
  name: string;
  backup: Backup;
  preview: ImportPreview;
  mode: ImportMode;
  /** The user chose the AI provider the file names; off until they do. */
  useAiProvider: boolean;
}

export interface ImportHooks {
  db: JobshelfDatabase;
  show: (message: SettingsMessage) => void;
  /** Before the bulk write: the page's copy of the jobs stops following changes. */
  onImportStart: () => void;
  /** After it: the page's copy is read again. */
  onDataReplaced: () => void;
}

/**
 * Importing a backup: read and check the file, preview what it will change (merge or replace),
 * then write it in one transaction and have the background schedule its reminders.
 */
export function useImport({ db, show, onImportStart, onDataReplaced }: ImportHooks) {
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [busy, setBusy] = useState(false);

  const chooseFile = async (file: File) => {
    show(null);
    setPending(null);
    performance.mark('jobshelf:import-start');
    const text = await file.text();
    performance.mark('jobshelf:import-read');
    const parsed = parseBackup(text);
    performance.mark('jobshelf:import-parsed');
    if (!parsed.ok) {
      show({ tone: 'bad', title: 'This file was not imported', body: `${parsed.reason} Nothing was changed.` });
      return;
    }
    const mode: ImportMode = 'merge';
    setPending({
      name: file.name,
      backup: parsed.backup,
      preview: await previewImport(db, parsed.backup, mode),
      mode,
      useAiProvider: false,
    });
    performance.mark('jobshelf:import-previewed');
  };

  const changeMode = async (mode: ImportMode) => {
    if (!pending) return;
    // The choice shows at once; the counts follow when the preview for it is ready.
    setPending({ ...pending, mode });
    const preview = await previewImport(db, pending.backup, mode);
    setPending((current) => (current && current.mode === mode ? { ...current, preview } : current));
  };

  const setUseAiProvider = (useAiProvider: boolean) =>
    setPending((current) => (current ? { ...current, useAiProvider } : current));

  const apply = async () => {
    if (!pending) return;
    setBusy(true);
    // An AI provider from the file: only when chosen by name, then with the same permission request
    // as Settings makes (first, while the click still counts as the user's gesture).
    const ai = pending.useAiProvider ? pending.preview.aiProvider : null;
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
      // Its own connection: the page's live queries sit on the shared one, and Dexie updates their
      // cached results on every write made through it, which slows a 10,000-row transaction for
      // nothing. They still hear about the change when it commits.
      const connection = openImportWriter();
      const result = await applyImport(connection, pending.backup, pending.mode, Date.now(), {
        acceptAiProvider,
      }).finally(() => connection.close());
      performance.mark('jobshelf:import-written');
      const ms = Math.round(performance.now() - started);
      onDataReplaced();
      const title = `Imported: ${formatCount(result.added)} new, ${formatCount(result.updated)} updated${result.conflicts ? `, ${result.conflicts} kept as here` : ''}`;
      show({ tone: 'info', title, body: `Done in ${(ms / 1000).toFixed(1)} s. Scheduling reminders…${aiNote}` });
      setPending(null);
      setBusy(false);
      // Reminders are the background's: it re-creates every alarm from the database.
      const alarms = await write('rebuildAlarms', {});
      performance.mark('jobshelf:import-done');
      show({
        tone: alarms ? 'bad' : 'info',
        title,
        body: alarms
          ? `The jobs are in, but reminders could not be scheduled yet (${alarms}). They will be when the browser next starts.`
          : `Done in ${(ms / 1000).toFixed(1)} s. Reminders are scheduled.${aiNote}`,
      });
    } catch (error) {
      onDataReplaced();
      show({
        tone: 'bad',
        title: 'The import failed and nothing was changed',
        body: error instanceof Error ? error.message : String(error),
      });
      setBusy(false);
    }
  };

  return { pending, busy, chooseFile, changeMode, setUseAiProvider, apply, cancel: () => setPending(null) };
}
