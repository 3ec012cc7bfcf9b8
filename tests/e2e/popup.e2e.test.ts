import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y } from './axe';
import { worstFieldOutline } from './contrast';
import { openPopup, popupFor, screenshot, setProfile, tabIdOf, useTheme } from './harness';
import { useExtension } from './suite';

// Pages written for these flows (see tests/fixtures/pages/SOURCES.md, rows 200–204).
const NO_STRUCTURED_DATA = '/fixtures/pages/200-careers-kestrel-marine-field-service-technician.html';
// A forum request for a paid helper: shown to check, saved only on the user's word.
const UNSURE = '/fixtures/pages/719-forum-request-weekend-dog-walker.html';
const CAREERS_LIST = '/fixtures/pages/202-careers-tallgrass-robotics-open-positions.html';
const JSON_LD_POSTING = '/fixtures/pages/004-clinch-waymo-software-engineer-multiverse.html';
// A company's offer marked "Cette offre a été pourvue" (rows 914–937).
// A posting saved, then opened again while its page is busy.
const SAVED_AGAIN = '/fixtures/pages/001-ashby-ramp-software-engineer-accounting.html';
const CLOSED_POSTING = '/fixtures/pages/933-companysite-fr-menuiserie-berthollet-offre-pourvue.html';

const extension = useExtension();

/** Headings start at h1 and never skip a level (h1 → h3). */
async function expectHeadingOrder(popup: Page, name: string): Promise<void> {
  const levels = await popup.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1])),
  );
  expect(levels[0], `${name}: first heading`).toBe(1);
  levels.forEach((level, index) => {
    if (index > 0)
      expect(level, `${name}: heading ${index + 1} of ${levels.join(',')}`).toBeLessThanOrEqual(levels[index - 1]! + 1);
  });
}

/** Screenshots, heading order and axe-core in the light and the dark theme, then back to light. */
async function lookAt(popup: Page, name: string): Promise<void> {
  await expectHeadingOrder(popup, name);
  for (const theme of ['light', 'dark'] as const) {
    await useTheme(popup, theme);
    await screenshot(popup, `popup-${name}-${theme}`);
    await checkA11y(popup, `popup ${name}, ${theme}`);
    // The form's fields: an outline you can see, a placeholder you can read.
    const outline = await popup.evaluate(worstFieldOutline, 'outline');
    if (outline) expect(outline.ratio, `${name}, ${theme}: ${outline.field}`).toBeGreaterThanOrEqual(3);
    const placeholder = await popup.evaluate(worstFieldOutline, 'placeholder');
    if (placeholder) expect(placeholder.ratio, `${name}, ${theme}: ${placeholder.field}`).toBeGreaterThanOrEqual(4.5);
  }
  await popup.emulateMedia({ colorScheme: 'light' });
}

const focusedTestId = (popup: Page) =>
  popup.evaluate(
    () => (document.activeElement as HTMLElement | null)?.dataset.testid ?? document.activeElement?.tagName,
  );

async function savedJobs(): Promise<
  Array<{ title: string; company: string | null; provenance: Record<string, string>; userEdited: string[] }>
> {
  return extension.session.worker.evaluate(async () => {
    type Db = {
      jobs: {
        toArray: () => Promise<
          Array<{
            posting: { title: string; company: string | null; provenance: Record<string, string> };
            userEdited: string[];
          }>
        >;
      };
    };
    const db = (globalThis as unknown as { jobshelf: { getDatabase: () => Db } }).jobshelf.getDatabase();
    return (await db.jobs.toArray()).map((job) => ({ ...job.posting, userEdited: job.userEdited }));
  });
}

describe('the popup in real Chromium', () => {
  it('reads a page without structured data; the user corrects the company, saves, and the dashboard shows it as theirs', async () => {
    const { page, popup } = await popupFor(extension, NO_STRUCTURED_DATA);
    await popup.getByTestId('posting-title').waitFor();
    expect(await popup.getByTestId('posting-title').textContent()).toBe('Field Service Technician');
    // Without skills, the prompt to add them comes first, above the posting.
    const prompt = await popup.getByTestId('add-skills').boundingBox();
    const title = await popup.getByTestId('posting-title').boundingBox();
    expect(prompt!.y).toBeLessThan(title!.y);
    await lookAt(popup, 'posting');

    // Edit with the keyboard only: open the form, Tab to Company, type, Enter saves.
    await popup.getByTestId('edit-details').focus();
    await popup.keyboard.press('Enter');
    await popup.getByTestId('posting-editor').waitFor();
    expect(await focusedTestId(popup)).toBe('edit-title');
    await popup.keyboard.press('Tab');
    expect(await focusedTestId(popup)).toBe('edit-company');
    await popup.keyboard.type('Kestrel Marine AS');
    await popup.getByTestId('edit-location').fill('Bergen (Laksevåg workshop)');
    await lookAt(popup, 'editing');
    await popup.getByTestId('edit-company').press('Enter');
    await popup.getByTestId('saved-state').waitFor();

    // Focus stays on the action (now Update), and the popup says what Update does.
    await expect.poll(() => focusedTestId(popup)).toBe('save-button');
    expect(await popup.getByTestId('save-button').textContent()).toBe('Re-read from page');
    expect(await popup.getByTestId('update-explained').textContent()).toMatch(/Reads this page again.*edits.*stay/);
    expect(await popup.getByTestId('posting-company').textContent()).toBe('Kestrel Marine AS');
    expect(await popup.locator('.posting-company .source-you').textContent()).toBe('edited by you');
    await lookAt(popup, 'saved');

    const [job] = (await savedJobs()).filter((saved) => saved.title === 'Field Service Technician');
    expect(job).toMatchObject({ company: 'Kestrel Marine AS', provenance: { company: 'user', locations: 'user' } });
    expect(job!.userEdited.sort()).toEqual(['company', 'locations']);

    // The tracking tabs pass axe-core too, in both themes.
    for (const tab of ['Notes', 'Reminders', 'History', 'Summary']) {
      await popup.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      for (const theme of ['dark', 'light'] as const) {
        await useTheme(popup, theme);
        await checkA11y(popup, `popup ${tab} tab, ${theme}`);
      }
    }

    // "Update" reads the page again: the user's company survives the re-read.
    await popup.getByTestId('save-button').click();
    await expect.poll(() => focusedTestId(popup)).toBe('save-button');
    expect(await popup.getByTestId('posting-company').textContent()).toBe('Kestrel Marine AS');

    // After saving, edits go straight to the saved job.
    await popup.getByTestId('edit-details').click();
    await popup.getByTestId('edit-salary').fill('NOK 600,000–680,000 a year');
    await popup.getByTestId('save-edits').click();
    await popup.locator('[data-field="salary"]').filter({ hasText: 'NOK' }).waitFor();
    expect(await popup.locator('[data-field="salary"]').textContent()).toMatch(/600K.*680K\/yr.*you/);
    await expect.poll(() => focusedTestId(popup)).toBe('edit-details');

    // "Read the full posting" is the job page in the dashboard: company with "you" as its source.
    const href = await popup.getByTestId('read-full-posting').getAttribute('href');
    expect(href).toMatch(/^\/dashboard\.html#\/job\//);
    const dashboard = await extension.session.context.newPage();
    await dashboard.goto(`chrome-extension://${extension.session.extensionId}${href}`);
    const companyRow = dashboard
      .locator('.field-row')
      .filter({ has: dashboard.locator('dt', { hasText: /^Company$/ }) });
    await companyRow.waitFor();
    expect(await companyRow.locator('.field-display').textContent()).toBe('Kestrel Marine AS');
    expect(await companyRow.locator('.source-badge').textContent()).toMatch(/\byou\b/i);
    await dashboard.close();
    await popup.close();
    await page.close();
  });

  it('shows what it read when unsure, marked "Check these details", with Save', async () => {
    const { page, popup } = await popupFor(extension, UNSURE);
    await popup.getByTestId('check-details').waitFor();
    expect(await popup.getByTestId('check-details').textContent()).toContain('Check these details.');
    expect(await popup.getByTestId('edit-title').inputValue()).toBe('Weekend dog walker');
    expect(await popup.getByTestId('edit-salary').inputValue()).toContain('£13');
    await lookAt(popup, 'unsure');
    await popup.getByTestId('edit-company').fill('Marigold Kennedy');
    await popup.getByTestId('save-button').click();
    await popup.getByTestId('saved-state').waitFor();
    expect(await popup.getByTestId('posting-company').textContent()).toBe('Marigold Kennedy');
    expect(
      (await savedJobs()).some((job) => job.title === 'Weekend dog walker' && job.provenance.company === 'user'),
    ).toBe(true);
    await popup.close();
    await page.close();
  });

  it('"Save anyway" on a page detection rejected opens the form with what was found, and saves it', async () => {
    const { page, popup } = await popupFor(extension, CAREERS_LIST);
    await popup.getByTestId('not-a-posting').waitFor();
    expect(await popup.getByTestId('notice-reason').textContent()).toBe(
      'This page lists several jobs. Open one of them to read it.',
    );
    expect(await popup.textContent('body')).toContain('Save selection as job posting');
    await lookAt(popup, 'not-a-posting');

    // The shortcut and the right-click menu never save it on their own.
    const before = (await savedJobs()).length;
    const tabId = await tabIdOf(extension.session, page);
    const notifications = await extension.session.worker.evaluate(async (tabId) => {
      const jobshelf = (
        globalThis as unknown as { jobshelf: { handleCommand: (command: string, tab: unknown) => Promise<void> } }
      ).jobshelf;
      await jobshelf.handleCommand('save-job', { id: tabId });
      return Object.keys(await chrome.notifications.getAll());
    }, tabId);
    expect(notifications).toContain(`not-saved-${tabId}`);
    expect((await savedJobs()).length).toBe(before);

    await popup.getByTestId('save-anyway').click();
    await popup.getByTestId('posting-editor').waitFor();
    expect(await popup.getByTestId('check-details').textContent()).toContain('Check these details.');
    // The other way stays in sight: select the one job's text and use "Save selection".
    expect(await popup.getByTestId('check-details').getByTestId('save-selection-hint').textContent()).toContain(
      'Save selection as job posting',
    );
    expect(await popup.getByTestId('edit-title').inputValue()).toBe("Build the robots that sort the world's parcels");
    expect(await popup.getByTestId('edit-company').inputValue()).toBe('Tallgrass Robotics');
    await lookAt(popup, 'save-anyway');
    await popup.getByTestId('edit-title').fill('Robotics Engineer');
    await popup.getByTestId('edit-location').fill('Eindhoven');
    await popup.getByTestId('save-button').click();
    await popup.getByTestId('saved-state').waitFor();
    expect(await popup.getByTestId('posting-title').textContent()).toBe('Robotics Engineer');
    expect((await savedJobs()).length).toBe(before + 1);
    await popup.close();

    // Opened again on the same page: the job saved anyway, not "not a posting".
    const again = await openPopup(extension.session, tabId);
    await again.getByTestId('saved-state').waitFor();
    expect(await again.getByTestId('posting-title').textContent()).toBe('Robotics Engineer');
    await again.close();
    await page.close();
  });

  it('with match preferences but no skills, does not ask for skills', async () => {
    await setProfile(extension.session, { skills: [], workModes: ['remote'], yearsExperience: 4 });
    const { page, popup } = await popupFor(extension, JSON_LD_POSTING);
    await popup.getByTestId('posting-title').waitFor();
    expect(await popup.getByTestId('add-skills').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('with skills set, shows the match score with its reason; "+N more" expands in place', async () => {
    await setProfile(extension.session, { skills: ['C++', 'Python', 'Linux'] });
    const { page, popup } = await popupFor(extension, JSON_LD_POSTING);
    await popup.getByTestId('match').waitFor();
    expect(await popup.getByTestId('add-skills').count()).toBe(0);
    expect(await popup.getByTestId('match-reason').textContent()).toMatch(/\S/);
    const facts = await popup.getByTestId('posting-facts').textContent();
    expect(facts).toMatch(/Clos(es|ed)/);
    const more = popup.locator('button.summary-more').first();
    if ((await more.count()) > 0) {
      const list = popup.locator(`#${(await more.getAttribute('aria-controls'))!.replace(/:/g, '\\:')}`);
      const shown = await list.locator('li').count();
      await more.focus();
      await popup.keyboard.press('Enter');
      expect(await more.getAttribute('aria-expanded')).toBe('true');
      expect(await list.locator('li').count()).toBeGreaterThan(shown);
    }
    await lookAt(popup, 'match');

    // Nothing the first screen shortens is out of reach: the other places, the other missing
    // must-haves and the other skills each open in place from a "+N more" button, by keyboard.
    const places = popup.getByTestId('more-places');
    expect(await places.textContent()).toBe('+2 more places');
    await places.focus();
    await popup.keyboard.press('Enter');
    expect(await places.getAttribute('aria-expanded')).toBe('true');
    expect((await popup.locator('[data-field="locations"]').textContent())!.split(' · ')).toHaveLength(3);
    const reason = popup.getByTestId('match-reason');
    const named = (await reason.textContent())!.split(',').length;
    const missing = popup.getByTestId('match-more');
    expect(await missing.textContent()).toMatch(/^\+\d+ more missing skills$/);
    await missing.focus();
    await popup.keyboard.press('Space');
    expect(await missing.getAttribute('aria-expanded')).toBe('true');
    expect((await reason.textContent())!.split(',').length).toBeGreaterThan(named);
    // A must-have skill says so in words, not only in its colour.
    const skills = await popup.getByTestId('summary-skills').locator('li.pill').allTextContents();
    expect(skills.length).toBeGreaterThan(0);
    for (const skill of skills) expect(skill).toMatch(/\((must-have|nice to have)\)$/);
    await lookAt(popup, 'match-expanded');
    await popup.close();
    await page.close();
  });

  it("a posting the page says has closed is still shown and saved, marked closed, with the page's words", async () => {
    const { page, popup } = await popupFor(extension, CLOSED_POSTING);
    await popup.getByTestId('closed-notice').waitFor();
    expect(await popup.getByTestId('closed-notice').textContent()).toContain('Cette offre a été pourvue');
    expect(await popup.getByTestId('posting-title').textContent()).toBe('Menuisier poseur H/F');
    expect(await popup.textContent('body')).toContain('Closed');
    await lookAt(popup, 'closed-posting');
    await popup.getByTestId('save-button').click();
    await popup.getByTestId('saved-state').waitFor();
    const closed = await extension.session.worker.evaluate(async () => {
      type Db = { jobs: { toArray: () => Promise<Array<{ posting: { title: string }; closedAt: number | null }>> } };
      const db = (globalThis as unknown as { jobshelf: { getDatabase: () => Db } }).jobshelf.getDatabase();
      return (await db.jobs.toArray()).find((job) => job.posting.title === 'Menuisier poseur H/F')?.closedAt ?? null;
    });
    expect(closed).not.toBeNull();
    await popup.close();
    await page.close();
  });

  it('a saved job shows at once, before its busy page is read; "Re-read from page" waits for the reading', async () => {
    const { page, popup } = await popupFor(extension, SAVED_AGAIN);
    await popup.getByTestId('save-button').click();
    await popup.getByTestId('saved-state').waitFor();
    const title = await popup.getByTestId('posting-title').textContent();
    await popup.close();
    const tabId = await tabIdOf(extension.session, page);
    // The page's own script holds its thread for 8 s: no script of Jobshelf's can read it meanwhile.
    await page.evaluate(() => {
      setTimeout(() => {
        const end = Date.now() + 8_000;
        while (Date.now() < end);
      }, 20);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await openPopup(extension.session, tabId);
    await again.getByTestId('saved-state').waitFor({ timeout: 4_000 });
    expect(await again.getByTestId('posting-title').textContent()).toBe(title);
    const reread = again.getByTestId('save-button');
    expect(await reread.textContent()).toBe('Reading the page…');
    expect(await reread.isDisabled()).toBe(true);
    await screenshot(again, 'popup-saved-before-reading-light');
    // Once the page is read, the same view offers the re-read.
    await again.getByRole('button', { name: 'Re-read from page' }).waitFor({ timeout: 20_000 });
    expect(await reread.isDisabled()).toBe(false);
    expect(await again.getByTestId('posting-title').textContent()).toBe(title);
    await again.close();
    await page.close();
  });

  it('a read that failed says so in plain words, with "Try again" that reads the tab again', async () => {
    const page = await extension.session.context.newPage();
    await page.goto(extension.origin + JSON_LD_POSTING, { waitUntil: 'domcontentloaded' });
    const tabId = await tabIdOf(extension.session, page);
    await page.close();
    const popup = await openPopup(extension.session, tabId);
    await popup.getByTestId('try-again').waitFor();
    expect(await popup.getByRole('heading', { level: 1 }).textContent()).toBe('Jobshelf could not read this page');
    expect(await popup.getByTestId('notice-reason').textContent()).toBe('That tab is closed.');
    expect(await popup.textContent('body')).toContain('Save selection as job posting');
    await lookAt(popup, 'failed');
    const firstRead = await popup.evaluate(() => document.documentElement.dataset.readingDoneMs);
    await popup.getByTestId('try-again').click();
    await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.readingDoneMs)).not.toBe(firstRead);
    await popup.getByTestId('try-again').waitFor();
    await popup.close();
  });
});
