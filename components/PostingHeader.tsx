import { useId, useState } from 'react';
import type { PostingChip } from '@/utils/posting-chips';
import type { PostingDraft } from '@/utils/schema/posting';
import { MoreToggle } from './MoreToggle';

export interface PostingHeaderProps {
  posting: PostingDraft;
  /** The facts line: location, work mode, salary, employment type, posted, closes. */
  chips: PostingChip[];
  /** Opens the form that corrects the details; absent where nothing can be edited. */
  onEdit?: () => void;
}

/** Marks a value the user entered themselves (provenance `user`). */
export function EditedByYou() {
  return (
    <span className="source-you" title="You entered this value">
      <span className="visually-hidden">edited by </span>you
    </span>
  );
}

/** The first place, and "+N more": a button that lists the others in place. */
function Places({ places }: { places: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const restId = useId();
  return (
    <span>
      {places[0]}
      <span id={restId}>{open ? ` · ${places.slice(1).join(' · ')}` : null}</span>{' '}
      <MoreToggle
        open={open}
        onToggle={() => setOpen(!open)}
        controls={restId}
        more={places.length - 1}
        what="places"
        className="inline-more"
        testId="more-places"
      />
    </span>
  );
}

/** Title, company and one line of the facts a job seeker scans first. */
export function PostingHeader({ posting, chips, onEdit }: PostingHeaderProps) {
  const edited = (field: keyof PostingDraft['provenance']) => posting.provenance[field] === 'user';
  return (
    <header className="posting-header">
      <div className="posting-heading">
        <h1 className="posting-title">
          <span data-testid="posting-title">{posting.title}</span>
          {edited('title') ? <EditedByYou /> : null}
        </h1>
        {onEdit ? (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={onEdit}
            data-testid="edit-details"
          >
            Edit<span className="visually-hidden"> details</span>
          </button>
        ) : null}
      </div>
      <p className="posting-company">
        <span data-testid="posting-company">
          {posting.company ??
            (onEdit ? (
              <button type="button" className="link-button add-company" onClick={onEdit}>
                Company not found — add it
              </button>
            ) : (
              <span className="muted">Company not found</span>
            ))}
        </span>
        {edited('company') ? <EditedByYou /> : null}
      </p>
      {chips.length > 0 ? (
        <ul className="posting-facts" data-testid="posting-facts" aria-label="Key facts">
          {chips.map((chip) => (
            <li
              key={chip.field}
              className={`pill${chip.tone ? ` pill-${chip.tone}` : ''}`}
              title={chip.title}
              data-field={chip.field}
              data-testid={chip.field === 'validThrough' ? 'expiry' : undefined}
            >
              {chip.field === 'locations' && posting.locations.length > 1 ? (
                <Places places={posting.locations} />
              ) : (
                chip.text
              )}
              {chip.edited ? <EditedByYou /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}
