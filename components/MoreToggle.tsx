/**
 * The one "+N more" / "Show fewer" button: it opens the hidden rest in place (the element `controls`
 * names) and tells assistive tech whether it is open.
 */
interface Props {
  open: boolean;
  onToggle: () => void;
  /** id of the element that shows the rest. */
  controls: string;
  /** How many are hidden. */
  more: number;
  /** Read after "+N more" by screen readers only, e.g. "places". */
  what?: string;
  className: string;
  testId?: string;
}

export function MoreToggle({ open, onToggle, controls, more, what, className, testId }: Props) {
  return (
    <button
      type="button"
      className={`link-button ${className}`}
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
      data-testid={testId}
    >
      {/* The same words wherever a list folds back: popup header, match, skills, sections, job page. */}
      {open ? 'Show fewer' : `+${more} more`}
      {what ? <span className="visually-hidden"> {what}</span> : null}
    </button>
  );
}
