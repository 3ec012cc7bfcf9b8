export interface SaveSelectionHintProps {
  /** The lead-in: "Only one job on this page?", "Still not working?". */
  lead: string;
  className: string;
}

/** The way to save a job Jobshelf did not read right: select its text and use the right-click menu. */
export function SaveSelectionHint({ lead, className }: SaveSelectionHintProps) {
  return (
    <p className={className} data-testid="save-selection-hint">
      <strong>{lead}</strong> Select the job’s text on the page, right-click and choose{' '}
      <q>Save selection as job posting</q>.
    </p>
  );
}
