import { describe, expect, it } from 'vitest';
import { firefoxScreenshot, openExtensionPage, saveFromPopup, useFirefoxExtension } from './firefox-harness';

// A posting saved from an http:// page keeps its http:// address on the job page: the links the
// user opens are the addresses they saved, not the https:// form the dedupe key is written in.

const POSTING_PAGE = '/fixtures/pages/001-ashby-ramp-software-engineer-accounting.html';

const extension = useFirefoxExtension();

describe('the job page in real Firefox', () => {
  it('links an http:// posting at its http:// address', async () => {
    const postingUrl = extension.origin + POSTING_PAGE;
    expect(postingUrl).toMatch(/^http:\/\//);
    await saveFromPopup(extension.session, extension.origin, postingUrl);

    const dashboard = await openExtensionPage(extension.session.browser, extension.origin, '/dashboard.html');
    await dashboard.waitForSelector('[data-testid="job-title"]');
    await dashboard.click('[data-testid="job-title"]');
    await dashboard.waitForSelector('[data-testid="posting-links"] a');
    const links = await dashboard.$$eval('[data-testid="posting-links"] a', (anchors) =>
      anchors.map((anchor) => ({
        attribute: anchor.getAttribute('href'),
        resolved: (anchor as HTMLAnchorElement).href,
      })),
    );
    const openPosting = await dashboard.$$eval('.job-header-actions a', (anchors) =>
      anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.attribute).toMatch(/^http:\/\/127\.0\.0\.1:/);
      expect(link.resolved).toMatch(/^http:\/\/127\.0\.0\.1:/);
    }
    expect(openPosting[0]).toBe(postingUrl);
    await firefoxScreenshot(dashboard, 'job-links');
    await dashboard.close();
  });
});
