import { describe, expect, it } from 'vitest';
import { inExtension, openPopup, tabIdOf, useFirefoxExtension } from './firefox-harness';

// The event page is unloaded after this long without work (Firefox's default is 30 s).
const extension = useFirefoxExtension({ 'extensions.background.idle.timeout': 1000 });

/** When the current background page started (a new one after each unload). */
const backgroundStartedAt = () =>
  inExtension(
    extension.session.console,
    async (api) => {
      const background = (await api.runtime.getBackgroundPage()) as unknown as { performance: { timeOrigin: number } };
      return background.performance.timeOrigin;
    },
    null,
  );

describe('the background as an event page in Firefox', () => {
  it('is unloaded when idle and woken by the popup, which still reads and saves', async () => {
    const first = await backgroundStartedAt();
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const page = await extension.session.browser.newPage();
    await page.goto(`${extension.origin}/e2e/posting?title=Night+Shift+Engineer&company=Acme`);
    const popup = await openPopup(extension.session, extension.origin, await tabIdOf(extension.session, page));
    await popup.waitForSelector('[data-testid="save-button"]');
    await popup.click('[data-testid="save-button"]');
    await popup.waitForSelector('[data-testid="saved-state"]');
    // The page that answered was a new one: the first had been unloaded while idle.
    expect(await backgroundStartedAt()).toBeGreaterThan(first);
    const alarm = await inExtension(extension.session.console, (api) => api.alarms.get('jobshelf-next-reminder'), null);
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now());
    await popup.close();
    await page.close();
  });
});
