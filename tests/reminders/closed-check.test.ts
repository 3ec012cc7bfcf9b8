import { describe, expect, it } from 'vitest';
import { judgeClosed, type PageCheck } from '@/utils/reminders/closed-check';

const open: PageCheck = {
  status: 200,
  originalUrl: 'https://boards.greenhouse.io/acme/jobs/123',
  finalUrl: 'https://boards.greenhouse.io/acme/jobs/123',
  html: '<script type="application/ld+json">{"@type":"JobPosting"}</script><h1>Engineer</h1>',
  hadStructuredData: true,
};

describe('judgeClosed', () => {
  it('an unchanged posting is open', () => {
    expect(judgeClosed(open)).toEqual({ closed: false });
  });

  it.each([404, 410])('HTTP %i is closed', (status) => {
    expect(judgeClosed({ ...open, status })).toMatchObject({ closed: true });
  });

  it('a server error is not taken as closed', () => {
    expect(judgeClosed({ ...open, status: 503, html: '' })).toEqual({ closed: false });
  });

  it('a redirect to the board is closed', () => {
    expect(judgeClosed({ ...open, finalUrl: 'https://boards.greenhouse.io/acme' })).toMatchObject({
      closed: true,
      reason: 'The posting now redirects to a list of jobs.',
    });
  });

  it.each([
    'This job is no longer accepting applications',
    'Sorry, the position has been filled.',
    'Diese Stellenanzeige ist leider nicht mehr verfügbar',
  ])('"%s" is closed', (words) => {
    expect(judgeClosed({ ...open, html: `${open.html}<p>${words}</p>` })).toMatchObject({ closed: true });
  });

  it('structured data that disappeared means closed; a page that never had it does not', () => {
    expect(judgeClosed({ ...open, html: '<h1>Careers</h1>' })).toMatchObject({ closed: true });
    expect(judgeClosed({ ...open, html: '<h1>Careers</h1>', hadStructuredData: false })).toEqual({ closed: false });
  });
});
