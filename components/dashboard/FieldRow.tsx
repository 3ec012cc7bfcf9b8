import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';

export interface FieldRowProps {
  label: string;
  /** How the value reads; empty shows "Not stated". */
  display: ReactNode;
  /** Where the value came from: a source name, `user` for an edit, or none. */
  source: string | undefined;
  /** The edit form's fields; receives nothing, reads the form data on save. */
  editor: ReactNode;
  /** Saves the form's data; resolves to an error to show, or null when saved. */
  onSave: (form: FormData) => Promise<string | null>;
  testId?: string;
}

const sourceLabels: Record<string, string> = {
  user: 'Edited by you',
  'json-ld': 'Structured data',
  microdata: 'Microdata',
  'meta-tags': 'Page meta tags',
  readability: 'Page text',
  text: 'Description text',
  description: 'Description text',
  labels: 'Labelled on the page',
  attributes: 'Page markup',
  header: 'Line under the title',
  title: 'Page title',
  page: 'Page (name shown)',
  url: 'Job site address',
  prose: 'Description text',
  heuristics: 'Page layout',
};

export function sourceLabel(source: string): string {
  if (source.startsWith('site:')) return `Site rule: ${source.slice(5)}`;
  return sourceLabels[source] ?? source;
}

/** One posting field: its value, where it came from, and an inline edit form. */
export function FieldRow({ label, display, source, editor, onSave, testId }: FieldRowProps) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** Said to a screen reader after a save ("Work mode saved"); cleared when the form opens again. */
  const [status, setStatus] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // The form closed (saved, Cancel or Escape): focus goes back to the pencil, never to the page body.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaving(true);
    const problem = await onSave(new FormData(event.currentTarget));
    setSaving(false);
    setError(problem);
    if (!problem) {
      setEditing(false);
      setStatus(`${label} saved`);
    }
  };

  return (
    <div className="field-row" data-testid={testId}>
      <dt>{label}</dt>
      {editing ? (
        <dd>
          {/* First in both forms of the <dd>, so React keeps this one live region across them. */}
          <span className="visually-hidden" role="status">
            {status}
          </span>
          <form
            className="field-form"
            onSubmit={(event) => void submit(event)}
            onKeyDown={(event) => event.key === 'Escape' && setEditing(false)}
          >
            {editor}
            <div className="field-form-actions">
              <button type="submit" className="button button-primary button-small" disabled={saving}>
                Save
              </button>
              <button type="button" className="button button-secondary button-small" onClick={() => setEditing(false)}>
                Cancel
              </button>
            </div>
            {error ? (
              <p className="field-error" role="alert">
                {error}
              </p>
            ) : null}
          </form>
        </dd>
      ) : (
        <dd className="field-value">
          <span className="visually-hidden" role="status">
            {status}
          </span>
          <span className="field-display">{display || <span className="muted">Not stated</span>}</span>
          {source ? (
            <span
              className={`source-badge${source === 'user' ? ' source-user' : ''}`}
              title="Where this value came from"
            >
              {sourceLabel(source)}
            </span>
          ) : null}
          <button
            ref={editButton}
            type="button"
            className="button-icon"
            aria-label={`Edit ${label.toLowerCase()}`}
            onClick={() => {
              setStatus('');
              setEditing(true);
            }}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true" width="16" height="16">
              <path
                d="M13.6 3.4a2 2 0 0 1 2.8 2.8l-8.7 8.7-3.7.9.9-3.7z"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.6"
                strokeLinejoin="round"
              />
            </svg>
          </button>
        </dd>
      )}
    </div>
  );
}
