/**
 * The match and the pay, as a job seeker with a few of the skills and unmet preferences sees them
 * (tests/e2e/pages/match-pay-posting.html: a pay-zone paragraph beside a structured salary, eleven
 * named must-haves, benefits, a title that names "Backend"): a score that is not 0%, a one-line
 * reason without the title's field as missing, "Pay & benefits" in the popup behind "+N more" and on
 * the job page, whose match card shows how the score is made.
 */
import { describe, expect, it } from 'vitest';
import { popupFor, screenshotBothThemes, setProfile, saveAndOpenJobPage } from './harness';
import { useExtension } from './suite';

const PAGE = '/e2e/pages/match-pay-posting.html';
const PAY_ZONE = /assigned a pay zone .* plus equity and an annual bonus of up to 10%\./;

const extension = useExtension();

describe('the match and the pay', () => {
  it('a partial match is a fair score with its reason; pay shows in the popup and on the job page', async () => {
    await setProfile(extension.session, {
      skills: ['Python', 'PostgreSQL', 'Docker'],
      yearsExperience: 3,
      workModes: ['remote'],
      locations: ['Berlin'],
      minimumSalary: { amount: 90000, currency: 'EUR', period: 'year' },
    });
    const { page, popup } = await popupFor(extension, PAGE);
    await popup.getByTestId('match').waitFor();

    // Three must-haves of many and three preferences unmet: low, never 0%.
    const score = Number((await popup.locator('.match-score strong').textContent())!.replace('%', ''));
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(40);
    const reason = (await popup.getByTestId('match-reason').textContent()) ?? '';
    expect(reason).toMatch(/^3 of \d+ must-have skills; missing: /);
    // "Backend" is in the title only: not a must-have the user misses.
    await popup.getByTestId('match-more').click();
    expect(await popup.getByTestId('match-reason').textContent()).not.toContain('Backend development');
    const statuses = await popup
      .locator('[data-testid="match"] [data-kind]')
      .evaluateAll((items) => Object.fromEntries(items.map((item) => [item.dataset.kind, item.dataset.status])));
    expect(statuses).toMatchObject({ years: 'unmet', workMode: 'unmet', location: 'unmet', salary: 'unknown' });
    // The work mode the match weighs ("on-site in our Denver office", in prose) is the header's too.
    expect(await popup.locator('[data-testid="posting-facts"] [data-field="workMode"]').textContent()).toBe('On-site');

    // Pay & benefits: below the first screen, the pay zone (not the header's salary again), "+N more" by keyboard.
    const pay = popup.getByTestId('summary-pay');
    expect(await pay.locator('li').first().textContent()).toMatch(PAY_ZONE);
    expect(await pay.textContent()).not.toMatch(/^Pay & benefits\$165/);
    const more = pay.locator('button.summary-more');
    const shown = await pay.locator('li').count();
    await more.focus();
    await popup.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await pay.locator('li').count()).toBeGreaterThan(shown);
    expect(await pay.textContent()).toContain('Commuter benefits');
    // A learning budget is a perk: listed after the pay, never as the pay.
    expect(await pay.locator('li').nth(1).textContent()).not.toContain('learning budget');
    await pay.scrollIntoViewIfNeeded();
    await screenshotBothThemes(popup, 'popup-match-pay');

    // Saved, the job page explains the same match and shows the pay.
    const jobPage = await saveAndOpenJobPage(extension.session, popup);
    const card = jobPage.getByTestId('job-match');
    expect(await card.getByTestId('job-match-score').textContent()).toBe(`${score}%`);
    expect(await card.getByTestId('job-match-reason').textContent()).toBe(reason);
    // How the score is made: each part's points add up to the score; the unknown pay is not counted.
    const rows = await card.locator('tr[data-kind]').evaluateAll((items) =>
      items.map((item) => ({
        kind: item.dataset.kind,
        status: item.dataset.status,
        points: item.querySelector('.job-match-points')?.textContent ?? '',
      })),
    );
    const points = rows.map((row) => /^(\d+) of (\d+) points$/.exec(row.points));
    expect(points.filter(Boolean).reduce((sum, found) => sum + Number(found![1]), 0)).toBe(score);
    expect(points.filter(Boolean).reduce((sum, found) => sum + Number(found![2]), 0)).toBe(100);
    expect(rows.find((row) => row.kind === 'salary')).toMatchObject({ status: 'unknown', points: 'not counted' });
    expect(await card.getByTestId('job-match-title-skills').textContent()).toContain('Backend development');

    const payCard = jobPage.getByTestId('pay-benefits');
    expect(await payCard.getByTestId('pay-salary').textContent()).toMatch(/^\$165K–\$198K\/yr/);
    expect(await payCard.getByTestId('pay-lines').textContent()).toMatch(PAY_ZONE);
    expect(await payCard.getByTestId('pay-benefits-list').textContent()).toContain('401(k) with a 4% match');
    expect(await payCard.getByTestId('pay-lines').textContent()).not.toContain('learning budget');
    // One work mode on the job page: its header and its details say what the popup said.
    expect(await jobPage.locator('.job-header [data-field="workMode"]').textContent()).toBe('On-site');
    const workModeRow = jobPage.getByTestId('posting-fields').locator('.field-row', { hasText: 'Work mode' });
    expect(await workModeRow.locator('.field-display').textContent()).toBe('On-site');
    expect(await workModeRow.locator('.source-badge').textContent()).toBe('Description text');
    // The summary card does not show a second, stored match beside the live one.
    expect(await jobPage.getByTestId('summary').getByTestId('match').count()).toBe(0);
    await screenshotBothThemes(jobPage, 'dashboard-job-match-pay');
    await jobPage.close();
    await popup.close();
    await page.close();
  });
});
