import { describe, expect, it } from 'vitest';
import { isFromExtensionPage } from '@/utils/message-sender';
import { postingDraftSchema } from '@/utils/schema/posting';
import { jobSchema } from '@/utils/schema/job';
import { updateJobRequestSchema } from '@/utils/schema/messages';
import { isRealIsoDate, MAX_TIMESTAMP, timestampSchema } from '@/utils/schema/time';
import { cleanShortField } from '@/utils/text/short-field';
import { makeJob } from '../job-factory';
import { blankPosting } from '../posting-factory';

describe('who may send a message', () => {
  const id = 'abcdefghijklmnopabcdefghijklmnop';
  const root = `chrome-extension://${id}/`;
  it('accepts the extension’s own pages', () => {
    expect(isFromExtensionPage({ id, url: `${root}popup.html?tabId=3` }, id, root)).toBe(true);
    expect(isFromExtensionPage({ id, url: `${root}dashboard.html#/jobs` }, id, root)).toBe(true);
  });
  it('refuses content scripts, other extensions and senders without a URL', () => {
    expect(isFromExtensionPage({ id, url: 'https://jobs.example.com/1' }, id, root)).toBe(false);
    expect(isFromExtensionPage({ id: 'other', url: `${root}popup.html` }, id, root)).toBe(false);
    expect(isFromExtensionPage({ id }, id, root)).toBe(false);
    expect(isFromExtensionPage(undefined, id, root)).toBe(false);
    expect(isFromExtensionPage({ id, url: `chrome-extension://${id}.evil/popup.html` }, id, root)).toBe(false);
    expect(isFromExtensionPage({ id: '', url: `${root}popup.html` }, '', root)).toBe(false);
  });
});

describe('times and dates are real calendar values', () => {
  it('bounds timestamps to 1970–9999', () => {
    expect(timestampSchema.safeParse(1_790_000_000_000).success).toBe(true);
    expect(timestampSchema.safeParse(MAX_TIMESTAMP).success).toBe(true);
    expect(timestampSchema.safeParse(8.7e15).success).toBe(false);
    expect(timestampSchema.safeParse(-1).success).toBe(false);
    expect(() => new Date(MAX_TIMESTAMP).toISOString()).not.toThrow();
  });
  it('accepts only days that exist', () => {
    expect(isRealIsoDate('2028-02-29')).toBe(true);
    expect(isRealIsoDate('2026-02-29')).toBe(false);
    expect(isRealIsoDate('2026-02-31')).toBe(false);
    expect(isRealIsoDate('2026-13-01')).toBe(false);
    expect(isRealIsoDate('0001-01-01')).toBe(false);
  });
  it('a job with a far-future savedAt or an impossible date is refused', () => {
    expect(jobSchema.safeParse(makeJob({ savedAt: 8.7e15 })).success).toBe(false);
    expect(jobSchema.safeParse(makeJob({ expiresAt: '2026-04-31' })).success).toBe(false);
    expect(jobSchema.safeParse(makeJob({})).success).toBe(true);
  });
});

describe('short fields lose control and bidi characters', () => {
  it('strips NUL, controls, direction marks, embeddings, overrides and isolates', () => {
    expect(cleanShortField('Analyst\u202Egpj.exe\u0000')).toBe('Analystgpj.exe');
    expect(cleanShortField('\u2066Acme\u2069 \u200eInc\u200f')).toBe('Acme Inc');
    expect(cleanShortField('Two\nlines\there')).toBe('Two lines here');
    expect(cleanShortField('Zürich — 東京 ✓')).toBe('Zürich — 東京 ✓');
  });
  it('at capture, import and edit: every schema those pass through', () => {
    const posting = postingDraftSchema.parse(
      blankPosting({ title: 'Engineer\u202E', company: 'Acme\u0007', locations: ['Oslo\u2067'] }),
    );
    expect([posting.title, posting.company, posting.locations[0]]).toEqual(['Engineer', 'Acme', 'Oslo']);
    const job = jobSchema.parse(makeJob({ tags: ['remote\u202D'] }, { title: 'Lead\u0000' }));
    expect([job.posting.title, job.tags[0]]).toEqual(['Lead', 'remote']);
    const edit = updateJobRequestSchema.parse({ jobId: 'j', posting: { title: 'Mine\u202E' }, tags: ['a\u200F'] });
    expect([edit.posting.title, edit.tags?.[0]]).toEqual(['Mine', 'a']);
    // A title of nothing but controls is no title.
    expect(postingDraftSchema.safeParse(blankPosting({ title: '\u202E\u0000' })).success).toBe(false);
  });
});
