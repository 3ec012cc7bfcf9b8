import { SaveSelectionHint } from '@/components/SaveSelectionHint';
import type { PostingDraft } from '@/utils/schema/posting';

export interface NotPostingViewProps {
  /** Why, in plain words. */
  reason: string;
  /** What the page held, if anything: shown so "Save anyway" is not a leap in the dark. */
  found: PostingDraft | null;
  onSaveAnyway: () => void;
}

/** A page that holds no single posting: why, and the two ways to save a job from it anyway. */
export function NotPostingView({ reason, found, onSaveAnyway }: NotPostingViewProps) {
  return (
    <section className="not-posting" data-testid="not-a-posting">
      <h1 className="not-posting-title">This page doesn't look like one job posting</h1>
      <p className="not-posting-reason" data-testid="notice-reason">
        {reason}
      </p>
      {found?.title ? (
        <p className="not-posting-found">
          <span className="muted">Jobshelf read:</span> <span className="found-title">{found.title}</span>
          {found.company ? <span className="muted"> · {found.company}</span> : null}
        </p>
      ) : null}
      <div className="not-posting-actions">
        <button type="button" className="button button-primary" onClick={onSaveAnyway} data-testid="save-anyway">
          Save anyway…
        </button>
        <span className="muted not-posting-after">You can check and correct the details first.</span>
      </div>
      <SaveSelectionHint lead="Only one job on this page?" className="not-posting-hint" />
    </section>
  );
}
