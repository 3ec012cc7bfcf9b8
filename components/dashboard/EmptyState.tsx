import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  /** 1 when the empty state is the whole page (its only heading), else 2. */
  level?: 1 | 2;
}

/** What to do next when a view has nothing to show yet. */
export function EmptyState({ title, children, actions, level = 2 }: EmptyStateProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section className="empty-state" data-testid="empty-state">
      <Heading className="empty-state-title">{title}</Heading>
      {children ? <div className="empty-state-body">{children}</div> : null}
      {actions ? <div className="empty-state-actions">{actions}</div> : null}
    </section>
  );
}
