import { useState, type FormEvent } from 'react';
import { formatDateLong } from '@/utils/format';
import type { Note } from '@/utils/schema/job';

export interface NotesPanelProps {
  /** Newest first. */
  notes: Note[];
  onAdd: (text: string) => Promise<boolean>;
  onEdit: (noteId: string, text: string) => Promise<boolean>;
  onDelete: (noteId: string) => void;
}

function NoteItem({ note, onEdit, onDelete }: { note: Note } & Pick<NotesPanelProps, 'onEdit' | 'onDelete'>) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft !== null) {
    return (
      <li className="note">
        <textarea
          aria-label="Edit note"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          rows={3}
          autoFocus
        />
        <div className="note-actions">
          <button
            type="button"
            className="button button-primary button-small"
            disabled={!draft.trim()}
            onClick={() => void onEdit(note.id, draft).then((ok) => ok && setDraft(null))}
          >
            Save
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </div>
      </li>
    );
  }
  return (
    <li className="note" data-testid="note">
      <p className="note-text">{note.text}</p>
      <div className="note-meta">
        <time className="muted" dateTime={new Date(note.createdAt).toISOString()}>
          {formatDateLong(note.createdAt)}
          {note.updatedAt !== note.createdAt ? ' · edited' : ''}
        </time>
        <button type="button" className="link-button" onClick={() => setDraft(note.text)}>
          Edit
        </button>
        <button type="button" className="link-button link-danger" onClick={() => onDelete(note.id)}>
          Delete
        </button>
      </div>
    </li>
  );
}

/** Personal notes on a job, timestamped; add, edit, delete. */
export function NotesPanel({ notes, onAdd, onEdit, onDelete }: NotesPanelProps) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    if (await onAdd(text.trim())) setText('');
    setBusy(false);
  }

  return (
    <div className="notes-panel">
      <form onSubmit={(event) => void submit(event)} className="note-form">
        <label htmlFor="new-note" className="visually-hidden">
          New note
        </label>
        <textarea
          id="new-note"
          data-testid="note-input"
          placeholder="Add a note: who you spoke to, what to prepare…"
          value={text}
          rows={2}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) void submit(event);
          }}
        />
        <button
          type="submit"
          className="button button-secondary button-small"
          disabled={busy || !text.trim()}
          data-testid="note-add"
        >
          Add note
        </button>
      </form>
      {notes.length > 0 ? (
        <ul className="notes">
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
