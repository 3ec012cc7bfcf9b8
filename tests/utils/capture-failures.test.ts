import { describe, expect, it } from 'vitest';
import { describeCaptureFailure, describeRestrictedUrl } from '@/utils/capture-failures';

describe('describeCaptureFailure', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'browser page'],
    ['The extensions gallery cannot be scripted.', 'Web Store'],
    [
      'Cannot access contents of url "file:///home/me/job.html". Extension manifest must request permission to access this host.',
      'Local files',
    ],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'did not let Jobshelf read',
    ],
    ['Frame with ID 0 is showing error page', 'error page'],
  ])('%s → restricted', (message, words) => {
    const failure = describeCaptureFailure(new Error(message));
    expect(failure.kind).toBe('restricted');
    expect(failure.reason).toContain(words);
  });

  it('keeps an unknown error as a failure with its message', () => {
    expect(describeCaptureFailure(new Error('boom'))).toEqual({
      kind: 'failed',
      reason: 'Jobshelf could not read this page: boom',
    });
  });
});

describe('describeRestrictedUrl', () => {
  it.each([
    'chrome://extensions',
    'edge://settings',
    'about:blank',
    'view-source:https://example.com',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/detail/x',
    'https://careers.example.com/files/job-description.PDF?download=1',
  ])('%s is restricted', (url) => {
    expect(describeRestrictedUrl(url)?.kind).toBe('restricted');
  });

  it.each(['https://boards.greenhouse.io/acme/jobs/1', 'http://127.0.0.1:8080/a.html', null])('%s is not', (url) => {
    expect(describeRestrictedUrl(url)).toBeNull();
  });
});
