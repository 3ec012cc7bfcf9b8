import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}

/** What to do next when a view has nothing to show yet. */
export function EmptyState({ title, children, actions }: EmptyStateProps) {
  return (
    <section className="empty-state" data-testid="empty-state">
      <h2>{title}</h2>
      {children ? <div className="empty-state-body">{children}</div> : null}
      {actions ? <div className="empty-state-actions">{actions}</div> : null}
    </section>
  );
}
