/**
 * Issue 11 part 5 and issue 10's popup editing, walked through as a user in the real extension, on a
 * hard page (tests/e2e/pages/first-screen-hard-posting.html: a long title, three places, hybrid, no
 * salary, no closing date): the header's one line of facts, a TL;DR that adds only what the header
 * lacks, the match with each preference met / not met / unknown, the same match on the job page,
 * and keyboard edits of work mode and closing date that survive a re-read.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { popupFor, screenshot, screenshotBothThemes, setProfile, saveAndOpenJobPage } from './harness';
import { useExtension } from './suite';

const HARD_PAGE = '/e2e/pages/first-screen-hard-posting.html';
const TITLE = 'Senior Site Reliability Engineer, Payments Infrastructure and Developer Platform Tooling';
/** The header's facts, in the order the issue gives. */
const CHIP_ORDER = ['locations', 'workMode', 'salary', 'employmentType', 'datePosted', 'validThrough'];

const extension = useExtension();

/** Each check a match section lists: kind → status. */
const checksIn = (page: Page, selector: string) =>
  page
    .locator(`${selector} [data-kind]`)
    .evaluateAll((items) => Object.fromEntries(items.map((item) => [item.dataset.kind, item.dataset.status])));

describe('the popup first screen on a hard page', () => {
  it('header facts in order, a TL;DR that adds to them, the match weighed and the same on the job page', async () => {
    await setProfile(extension.session, {
      skills: ['Kubernetes', 'Terraform', 'Python', 'Prometheus'],
      yearsExperience: 4,
      workModes: ['remote'],
      locations: ['Berlin'],
      minimumSalary: { amount: 60000, currency: 'EUR', period: 'year' },
    });
    const { page, popup } = await popupFor(extension, HARD_PAGE);
    await popup.getByTestId('match').waitFor();

    // The whole title, wrapped, never cut.
    const title = popup.getByTestId('posting-title');
    expect(await title.textContent()).toBe(TITLE);
    expect(await title.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect(await popup.getByTestId('posting-company').textContent()).toBe('Brindlecove Payments');

    // One line of facts, in the order; no salary chip when the posting states none.
    const fields = await popup
      .getByTestId('posting-facts')
      .locator(':scope > li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-field')));
    expect(fields).toEqual(['locations', 'workMode', 'employmentType', 'datePosted', 'validThrough']);
    expect(fields.map((field) => CHIP_ORDER.indexOf(field!))).toEqual(
      [...fields.map((field) => CHIP_ORDER.indexOf(field!))].sort((a, b) => a - b),
    );
    // The closing date is a date, with "estimated" spelled out.
    expect(await popup.getByTestId('expiry').textContent()).toMatch(/^Closes ~?[A-Z][a-z]{2} \d{1,2}.*\(estimated\)$/);
    expect(await popup.locator('[data-field="datePosted"]').textContent()).toMatch(/^Posted Oct 2(, 2026)?$/);

    // The TL;DR says what the header does not, and none of what it does.
    const tldr = (await popup.getByTestId('summary-tldr').textContent()) ?? '';
    expect(tldr).toMatch(/6\+ yrs/);
    expect(tldr).toMatch(/must: [^·]+, [^·]+, [^·]+ ·/);
    expect(tldr).toMatch(/no visa sponsorship/);
    expect(tldr).toMatch(/office days|travel/);
    for (const header of ['Lisbon', 'Hybrid', 'Full-time', 'Posted', 'Brindlecove', 'Reliability'])
      expect(tldr, header).not.toContain(header);
    // The years show once: in the TL;DR, not again as a pill under it.
    expect(await popup.locator('.summary-facts').count()).toBe(0);

    // The match: one line why, and each preference as met / not met / unknown, in words too.
    expect(await popup.getByTestId('add-skills').count()).toBe(0);
    const reason = (await popup.getByTestId('match-reason').textContent()) ?? '';
    expect(reason).toMatch(/^\d+ of \d+ must-have skills; missing: /);
    const checks = await checksIn(popup, '[data-testid="match"]');
    expect(checks).toMatchObject({ years: 'unmet', workMode: 'unmet', location: 'unmet', salary: 'unknown' });
    const words = await popup.locator('[data-testid="match"] [data-kind] .visually-hidden').allTextContents();
    expect(words).toEqual(expect.arrayContaining(['not met: ', 'unknown: ']));
    const score = (await popup.locator('.match-score strong').textContent())!;
    await screenshotBothThemes(popup, 'popup-hard-first-screen');

    // Saved, "Read the full posting" opens the job page, which explains the same match.
    const jobPage = await saveAndOpenJobPage(extension.session, popup);
    const card = jobPage.getByTestId('job-match');
    expect(await jobPage.getByRole('heading', { level: 1 }).textContent()).toContain(TITLE);
    expect(await card.getByTestId('job-match-score').textContent()).toBe(score);
    expect(await card.getByTestId('job-match-reason').textContent()).toBe(reason);
    // The same checks, and the skills part the popup's reason line states (the job page gives its points).
    expect(await checksIn(jobPage, '[data-testid="job-match"]')).toMatchObject(checks);
    await screenshotBothThemes(jobPage, 'dashboard-job-hard');
    await jobPage.close();
    await popup.close();
    await page.close();
  });

  it('work mode and closing date edited with the keyboard after saving are "you", and survive Update', async () => {
    const { page, popup } = await popupFor(extension, HARD_PAGE);
    await popup.getByTestId('saved-state').waitFor();
    await popup.getByTestId('edit-details').focus();
    await popup.keyboard.press('Enter');
    await popup.getByTestId('posting-editor').waitFor();
    // Title → Company → Location → Work mode → Closing date, by Tab.
    for (let press = 0; press < 3; press++) await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).toBe('edit-workMode');
    await popup.keyboard.press('r');
    expect(await popup.getByTestId('edit-workMode').inputValue()).toBe('remote');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).toBe('edit-closes');
    // Next year's last day: always in the future, whenever this runs.
    const year = new Date().getFullYear() + 1;
    await popup.keyboard.type(`1231${year}`);
    expect(await popup.getByTestId('edit-closes').inputValue()).toBe(`${year}-12-31`);
    await popup.keyboard.press('Enter');
    await popup.locator('[data-field="workMode"]').filter({ hasText: 'Remote' }).waitFor();

    const chip = (field: string) => popup.locator(`[data-field="${field}"]`);
    expect(await chip('workMode').textContent()).toMatch(/^Remote.*you$/);
    expect(await chip('validThrough').textContent()).toMatch(/^Closes Dec 31, \d{4}.*you$/);
    expect(await chip('validThrough').textContent()).not.toContain('estimated');
    // The match weighs the work mode the user set, not the page's: remote is what they want, from anywhere.
    const weighedAsEdited = async () => {
      await popup.locator('[data-testid="match"] [data-kind="workMode"][data-status="met"]').waitFor();
      expect(await checksIn(popup, '[data-testid="match"]')).toMatchObject({ workMode: 'met', location: 'met' });
    };
    await weighedAsEdited();

    // Re-read from page reads the page again (hybrid, no closing date); the user's values stay.
    await popup.getByTestId('save-button').click();
    await popup
      .getByTestId('save-button')
      .filter({ hasText: 'Re-read from page' })
      .and(popup.locator(':enabled'))
      .waitFor();
    expect(await chip('workMode').textContent()).toMatch(/^Remote.*you$/);
    expect(await chip('validThrough').textContent()).toMatch(/^Closes Dec 31, \d{4}.*you$/);
    await weighedAsEdited();
    const stored = await extension.session.worker.evaluate(async () => {
      type Db = {
        jobs: { toArray: () => Promise<Array<{ posting: Record<string, unknown>; userEdited: string[] }>> };
      };
      const db = (globalThis as unknown as { jobshelf: { getDatabase: () => Db } }).jobshelf.getDatabase();
      const jobs = await db.jobs.toArray();
      return jobs.map((job) => ({ ...job.posting, userEdited: job.userEdited }));
    });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      workMode: 'remote',
      validThrough: `${year}-12-31`,
      provenance: expect.objectContaining({ workMode: 'user', validThrough: 'user' }),
    });
    await screenshot(popup, 'popup-hard-edited-light');
    await popup.close();
    await page.close();
  });
});
