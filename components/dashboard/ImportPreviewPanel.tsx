import type { ImportMode, ImportPreview } from '@/utils/backup/import-plan';

export interface ImportPreviewPanelProps {
  fileName: string;
  preview: ImportPreview;
  mode: ImportMode;
  onModeChange: (mode: ImportMode) => void;
  onApply: () => void;
  onCancel: () => void;
  busy: boolean;
  /** Whether the user chose to use the AI provider the file names (off until they do). */
  useAiProvider: boolean;
  onUseAiProviderChange: (use: boolean) => void;
  /** The sync server's host when sync is on: a replace then deletes on every synced browser too. */
  syncedWith?: string | null;
}

const engineNames = {
  none: 'No AI',
  'chrome-ai': 'Chrome’s on-device AI',
  'openai-compatible': 'An OpenAI-compatible API',
} as const;

function hostOf(address: string): string {
  try {
    return new URL(address).host || address;
  } catch {
    return address;
  }
}

const n = (value: number) => value.toLocaleString('en');

/** What an import will do, before it does it: counts per kind, conflicts, merge or replace. */
export function ImportPreviewPanel({
  fileName,
  preview,
  mode,
  onModeChange,
  onApply,
  onCancel,
  busy,
  useAiProvider,
  onUseAiProviderChange,
  syncedWith = null,
}: ImportPreviewPanelProps) {
  const ai = preview.aiProvider;
  return (
    <div className="import-preview" data-testid="import-preview">
      <h3>
        Import <span className="file-name">{fileName}</span>
      </h3>
      <fieldset className="mode-choice">
        <legend>How to import</legend>
        <label>
          <input
            type="radio"
            name="import-mode"
            value="merge"
            checked={mode === 'merge'}
            onChange={() => onModeChange('merge')}
          />
          <span>
            <strong>Merge</strong> — add new jobs, update older copies; where a job changed here since, keep this one.
          </span>
        </label>
        <label>
          <input
            type="radio"
            name="import-mode"
            value="replace"
            checked={mode === 'replace'}
            onChange={() => onModeChange('replace')}
            data-testid="import-mode-replace"
          />
          <span>
            <strong>Replace</strong> — make Jobshelf exactly this backup: everything here now is deleted first.
          </span>
        </label>
      </fieldset>
      <dl className="preview-counts">
        <div>
          <dt>Jobs in file</dt>
          <dd data-testid="preview-in-file">{n(preview.jobsInFile)}</dd>
        </div>
        <div>
          <dt>New</dt>
          <dd data-testid="preview-added">{n(preview.added)}</dd>
        </div>
        {/* Counts follow the mode the preview was made for, which catches up with the choice. */}
        {preview.mode === 'merge' ? (
          <>
            <div>
              <dt>Updated</dt>
              <dd data-testid="preview-updated">{n(preview.updated)}</dd>
            </div>
            <div>
              <dt>Unchanged</dt>
              <dd>{n(preview.unchanged)}</dd>
            </div>
            <div className={preview.conflicts > 0 ? 'count-warn' : undefined}>
              <dt>Conflicts (kept as here)</dt>
              <dd data-testid="preview-conflicts">{n(preview.conflicts)}</dd>
            </div>
          </>
        ) : (
          <div className={preview.removed > 0 ? 'count-bad' : undefined}>
            <dt>Deleted from here</dt>
            <dd data-testid="preview-removed">{n(preview.removed)}</dd>
          </div>
        )}
        <div>
          <dt>Notes · reminders · history</dt>
          <dd>
            {n(preview.notes)} · {n(preview.reminders)} · {n(preview.history)}
          </dd>
        </div>
      </dl>
      {preview.conflictExamples.length > 0 ? (
        <details className="conflicts">
          <summary>Which jobs conflict</summary>
          <ul>
            {preview.conflictExamples.map((conflict, index) => (
              <li key={index}>
                <strong>{conflict.title}</strong> — {conflict.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="muted" data-testid="preview-settings">
        {mode === 'merge'
          ? preview.settingsKeys > 0
            ? `${preview.settingsKeys} ${preview.settingsKeys === 1 ? 'setting' : 'settings'} you have not set here will be taken from the file.`
            : 'Your settings stay as they are.'
          : 'Settings are replaced by the ones in the file.'}
      </p>
      {ai ? (
        <fieldset className="import-ai-provider" data-testid="import-ai-provider">
          <legend>AI provider in this file</legend>
          <p>
            {ai.kind === 'openai-compatible' ? (
              <>
                This backup would send the postings you open to{' '}
                <strong data-testid="import-ai-host">{hostOf(ai.baseUrl)}</strong>
                {ai.model ? <> (model {ai.model})</> : null}. It is not used unless you choose it here.
              </>
            ) : (
              <>This backup would turn on {engineNames[ai.kind]}. It is not used unless you choose it here.</>
            )}
          </p>
          <label className="check">
            <input
              type="checkbox"
              checked={useAiProvider}
              onChange={(event) => onUseAiProviderChange(event.target.checked)}
              data-testid="import-ai-accept"
            />
            Use this AI provider
            {ai.kind === 'openai-compatible'
              ? ` (${hostOf(ai.baseUrl)}); the browser then asks for permission to reach it`
              : ''}
          </label>
        </fieldset>
      ) : null}
      {mode === 'replace' && syncedWith ? (
        <p className="sync-warning" data-testid="import-sync-warning">
          Sync is on: the jobs this deletes here are deleted on every browser that syncs with{' '}
          <strong>{syncedWith}</strong> too. Merge keeps them.
        </p>
      ) : null}
      <div className="inline-form">
        <button
          type="button"
          className={`button ${mode === 'replace' ? 'button-danger' : 'button-primary'}`}
          onClick={onApply}
          disabled={busy}
          data-testid="import-apply"
        >
          {busy ? 'Importing…' : mode === 'replace' ? 'Replace everything' : 'Merge into my jobs'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </div>
  );
}
