import { forwardRef } from 'react';

export interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** "12 of 340" etc., announced to screen readers. */
  resultLabel: string;
  placeholder?: string;
  /** Down arrow from the box moves into the results. */
  onArrowDown?: () => void;
}

/** The full-text search field; "/" focuses it from anywhere (wired by the page). */
export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox(
  { value, onChange, resultLabel, placeholder = 'Search title, company, skills, description…', onArrowDown },
  ref,
) {
  return (
    <div className="search-box" role="search">
      <label htmlFor="job-search" className="visually-hidden">
        Search saved jobs
      </label>
      <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={ref}
        id="job-search"
        type="search"
        data-testid="search-input"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && onArrowDown) {
            event.preventDefault();
            onArrowDown();
          } else if (event.key === 'Escape' && value) {
            event.preventDefault();
            onChange('');
          }
        }}
      />
      <kbd className="search-hint" aria-hidden="true">
        /
      </kbd>
      <span className="visually-hidden" aria-live="polite">
        {resultLabel}
      </span>
    </div>
  );
});
