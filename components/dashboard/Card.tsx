import type { ReactNode } from 'react';
import { ErrorBoundary } from '../ErrorBoundary';

export interface CardProps {
  /** The heading's id, which names the card for screen readers. */
  id: string;
  title: string;
  /** A line under the title saying what the card is for. */
  description?: string;
  /** Extra classes: `settings-card`, `job-match`… */
  className?: string;
  testId?: string;
  children: ReactNode;
}

/** A titled card of a dashboard page; what fails to render inside it stays inside it. */
export function Card({ id, title, description, className, testId, children }: CardProps) {
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={id} data-testid={testId}>
      <h2 id={id} className="card-title">
        {title}
      </h2>
      {description ? <p className="card-hint muted">{description}</p> : null}
      <ErrorBoundary what={`“${title}”`}>{children}</ErrorBoundary>
    </section>
  );
}
