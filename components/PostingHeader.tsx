import type { PostingDraft } from '@/utils/schema/posting';
import { postingFacts } from '@/utils/format';

export interface PostingHeaderProps {
  posting: PostingDraft;
}

/** Title, company and the facts a job seeker scans first. */
export function PostingHeader({ posting }: PostingHeaderProps) {
  const facts = postingFacts(posting);
  return (
    <header className="posting-header">
      <h1 className="posting-title" data-testid="posting-title">
        {posting.title}
      </h1>
      <p className="posting-company" data-testid="posting-company">
        {posting.company ?? <span className="muted">Company not stated</span>}
      </p>
      {facts.length > 0 ? (
        <ul className="posting-facts" data-testid="posting-facts" aria-label="Key facts">
          {facts.map((fact) => (
            <li key={fact} className="pill">
              {fact}
            </li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}
