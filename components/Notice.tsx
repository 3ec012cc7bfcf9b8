import type { ReactNode } from 'react';

export interface NoticeProps {
  tone: 'info' | 'warn' | 'bad';
  title: string;
  children?: ReactNode;
  /** 1 where the notice is all the page shows (the popup); 2 inside a page with its own h1. */
  headingLevel?: 1 | 2;
}

/** A plain-words message in place of content: not a posting, a restricted page, a failure. */
export function Notice({ tone, title, children, headingLevel = 2 }: NoticeProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className={`notice notice-${tone}`} role={tone === 'bad' ? 'alert' : 'status'}>
      <Heading className="notice-title">{title}</Heading>
      {children ? <div className="notice-body">{children}</div> : null}
    </section>
  );
}
