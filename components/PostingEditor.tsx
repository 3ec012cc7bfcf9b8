import { useId, useRef, useState, type FormEvent } from 'react';
import { formValuesOf, type PostingFormValues } from '@/utils/posting-edits';
import type { PostingDraft } from '@/utils/schema/posting';

export interface PostingEditorAction {
  /** Passed back to onSubmit: which button submitted the form. */
  intent: string;
  label: string;
  primary?: boolean;
  /** A quiet action, drawn as a link (e.g. "Done" without saving). */
  quiet?: boolean;
  testId?: string;
}

export interface PostingEditorProps {
  posting: PostingDraft;
  /** The submit buttons, first is the default (Enter). */
  actions: PostingEditorAction[];
  /** Resolves to a problem to show next to its field, or null when done. */
  onSubmit: (
    values: PostingFormValues,
    intent: string,
  ) => Promise<{ field: keyof PostingFormValues; reason: string } | null>;
  onCancel?: () => void;
  /** Focus the first field when the form opens (after the user asked for it, not on page load). */
  autoFocus?: boolean;
}

const FIELDS: Array<{ name: keyof PostingFormValues; label: string; hint?: string; wide?: boolean }> = [
  { name: 'title', label: 'Title', wide: true },
  { name: 'company', label: 'Company', wide: true },
  { name: 'location', label: 'Location', hint: 'Several? Separate them with ;', wide: true },
  { name: 'workMode', label: 'Work mode' },
  { name: 'closes', label: 'Closing date' },
  { name: 'salary', label: 'Salary', hint: 'As written, e.g. $120,000–$150,000 a year', wide: true },
];

/** The details Jobshelf read, as a form: correct any of them with the keyboard, Escape to cancel. */
export function PostingEditor({ posting, actions, onSubmit, onCancel, autoFocus }: PostingEditorProps) {
  const prefix = useId();
  const form = useRef<HTMLFormElement>(null);
  const [problem, setProblem] = useState<{ field: keyof PostingFormValues; reason: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const initial = formValuesOf(posting);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent = submitter?.value || actions[0]!.intent;
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries(
      FIELDS.map(({ name }) => [name, String(data.get(name) ?? '')]),
    ) as unknown as PostingFormValues;
    setBusy(true);
    const found = await onSubmit(values, intent);
    setBusy(false);
    setProblem(found);
    if (found) form.current?.querySelector<HTMLElement>(`[name="${found.field}"]`)?.focus();
  }

  return (
    <form
      ref={form}
      className="posting-editor"
      aria-label="Job details"
      data-testid="posting-editor"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      {FIELDS.map(({ name, label, hint, wide }, index) => {
        const id = `${prefix}-${name}`;
        const invalid = problem?.field === name;
        const common = {
          id,
          name,
          defaultValue: initial[name],
          'aria-invalid': invalid || undefined,
          'aria-describedby':
            [hint ? `${id}-hint` : '', invalid ? `${prefix}-problem` : ''].filter(Boolean).join(' ') || undefined,
          'data-testid': `edit-${name}`,
          autoFocus: autoFocus && index === 0,
        };
        return (
          <div key={name} className={`editor-field${wide ? ' editor-field-wide' : ''}`}>
            <label htmlFor={id}>{label}</label>
            {name === 'workMode' ? (
              <select {...common}>
                <option value="">Not stated</option>
                <option value="remote">Remote</option>
                <option value="hybrid">Hybrid</option>
                <option value="onsite">On-site</option>
              </select>
            ) : (
              <input
                {...common}
                type={name === 'closes' ? 'date' : 'text'}
                required={name === 'title'}
                placeholder={name === 'closes' ? undefined : 'Not found on the page'}
                maxLength={name === 'title' ? 500 : 300}
                autoComplete="off"
              />
            )}
            {hint ? (
              <span id={`${id}-hint`} className="editor-hint">
                {hint}
              </span>
            ) : null}
          </div>
        );
      })}
      {problem ? (
        <p id={`${prefix}-problem`} className="editor-problem" role="alert">
          {problem.reason}
        </p>
      ) : null}
      <div className="editor-actions">
        {actions
          .filter((action) => !action.quiet)
          .map((action) => (
            <button
              key={action.intent}
              type="submit"
              name="intent"
              value={action.intent}
              className={`button ${action.primary ? 'button-primary' : 'button-secondary'}`}
              disabled={busy}
              data-testid={action.testId}
            >
              {action.label}
            </button>
          ))}
      </div>
      {onCancel || actions.some((action) => action.quiet) ? (
        <div className="editor-links">
          {actions
            .filter((action) => action.quiet)
            .map((action) => (
              <button
                key={action.intent}
                type="submit"
                name="intent"
                value={action.intent}
                className="link-button"
                disabled={busy}
                data-testid={action.testId}
              >
                {action.label}
              </button>
            ))}
          {onCancel ? (
            <button type="button" className="link-button" onClick={onCancel} disabled={busy}>
              Cancel
            </button>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
