import type { ReactNode } from 'react';

export interface NoticeProps {
  tone: 'info' | 'warn' | 'bad';
  title: string;
  children?: ReactNode;
}

/** A plain-words message in place of content: not a posting, a restricted page, a failure. */
export function Notice({ tone, title, children }: NoticeProps) {
  return (
    <section className={`notice notice-${tone}`} role={tone === 'bad' ? 'alert' : 'status'}>
      <h2 className="notice-title">{title}</h2>
      {children ? <div className="notice-body">{children}</div> : null}
    </section>
  );
}
