import { describe, expect, it } from 'vitest';
import { postingLinks, postingPageUrl } from '@/utils/jobs-view/posting-links';
import { makeJob } from '../job-factory';

describe('postingLinks (the job page’s Links card)', () => {
  it('lists an http posting as saved, not as the https dedupe key', () => {
    const job = makeJob(
      {
        canonicalUrl: 'https://careers.fjordline.example/jobs/42',
        urlAliases: ['http://careers.fjordline.example/jobs/42'],
      },
      {
        url: 'http://careers.fjordline.example/jobs/42?ref=mail',
        applyUrl: 'http://careers.fjordline.example/apply/42',
      },
    );
    expect(postingLinks(job)).toEqual([
      'http://careers.fjordline.example/jobs/42?ref=mail',
      'http://careers.fjordline.example/apply/42',
      'http://careers.fjordline.example/jobs/42',
    ]);
    expect(postingPageUrl(job)).toBe('http://careers.fjordline.example/jobs/42?ref=mail');
  });

  it('drops an https alias that only repeats a listed http address, keeps other https pages', () => {
    const job = makeJob(
      {
        canonicalUrl: 'https://a.example/jobs/1',
        urlAliases: ['https://a.example/jobs/1', 'https://board.example/view/9'],
      },
      { url: 'http://a.example/jobs/1', applyUrl: null },
    );
    expect(postingLinks(job)).toEqual(['http://a.example/jobs/1', 'https://board.example/view/9']);
  });

  it('falls back to the canonical address when the job has none of its own', () => {
    const job = makeJob({ canonicalUrl: 'https://a.example/jobs/2', urlAliases: [] }, { url: null, applyUrl: null });
    expect(postingLinks(job)).toEqual(['https://a.example/jobs/2']);
    expect(postingPageUrl(job)).toBe('https://a.example/jobs/2');
  });
});
