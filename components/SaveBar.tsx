import type { Ref } from 'react';
import { formatSavedAgo } from '@/utils/format';

export interface SaveBarProps {
  /** When the job was saved; null while it is not in the collection. */
  savedAt: number | null;
  /** False until the database has answered, so "Save" never flickers to "Saved". */
  known: boolean;
  saving: boolean;
  error: string | null;
  onSave: () => void;
  onSaveAndTrack: () => void;
  /** The main button (Save, then Re-read from page): focus returns to it after a save. */
  actionRef?: Ref<HTMLButtonElement>;
}

export function SaveBar({ savedAt, known, saving, error, onSave, onSaveAndTrack, actionRef }: SaveBarProps) {
  const saved = savedAt !== null;
  return (
    <div className="save-bar">
      {saved ? (
        <>
          <span className="pill pill-good saved-pill" data-testid="saved-state">
            ✓ Saved
          </span>
          <span className="muted save-when">{formatSavedAgo(savedAt)}</span>
          <button
            ref={actionRef}
            type="button"
            className="button button-secondary"
            onClick={onSave}
            disabled={saving}
            aria-describedby="update-explained"
            data-testid="save-button"
          >
            {saving ? 'Reading the page…' : 'Re-read from page'}
          </button>
          <p id="update-explained" className="muted save-explained" data-testid="update-explained">
            Reads this page again and refreshes the saved job. Your edits, status and notes stay.
          </p>
        </>
      ) : (
        <>
          <button
            ref={actionRef}
            type="button"
            className="button button-primary save-button"
            onClick={onSave}
            disabled={saving || !known}
            data-testid="save-button"
          >
            {saving ? 'Saving…' : 'Save'}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={onSaveAndTrack}
            disabled={saving || !known}
            data-testid="save-track-button"
            title="Save and start tracking your application as Interested"
          >
            Save &amp; track
          </button>
        </>
      )}
      {error ? (
        <p className="save-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
