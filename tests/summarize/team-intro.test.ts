/** A paragraph that describes the team the job joins is about the team, not the hire's first duties. */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/summarize/index';
import { blankPosting } from '../posting-factory';

const posting = (descriptionHtml: string) =>
  blankPosting({ title: 'Backend Engineer', company: 'Quillmere', locations: ['Denver'], descriptionHtml });

describe('a team described before the duties', () => {
  it('goes to about, and the duties list starts with the first duty', () => {
    const summary = summarize(
      posting(
        '<p>The Ledger Platform team at Quillmere is responsible for every payout we make. We keep the books right when nothing else is. Join us to shape how money moves.</p><p>You will:</p><ul><li>Design the services that post payouts</li><li>Own the settlement pipeline</li></ul><p>You have:</p><ul><li>5+ years of backend development</li></ul>',
      ),
    );
    expect(summary.responsibilities[0]).toBe('Design the services that post payouts');
    expect(summary.responsibilities.join(' ')).not.toContain('Ledger Platform team');
    expect((summary.about ?? []).join(' ')).toContain('The Ledger Platform team at Quillmere is responsible');
  });

  it('"Our Payments group builds …" then the role: the team is about, the role sentence a duty', () => {
    const summary = summarize(
      posting(
        '<p>Our Payments group builds the rails for 4,000 carriers. You will own the refunds API end to end.</p><h3>Requirements</h3><ul><li>Go in production</li></ul>',
      ),
    );
    expect((summary.about ?? []).join(' ')).toContain('Our Payments group builds the rails');
    expect(summary.responsibilities.join(' ')).toContain('You will own the refunds API');
    expect(summary.responsibilities.join(' ')).not.toContain('Payments group builds');
  });

  it('a team "looking for" someone speaks of the role', () => {
    const summary = summarize(
      posting('<p>The data team is looking for an engineer to own our ingestion jobs and their alerts.</p>'),
    );
    expect((summary.about ?? []).join(' ')).not.toContain('looking for an engineer');
  });
});
