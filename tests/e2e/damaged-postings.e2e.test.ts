import { describe, expect, it } from 'vitest';
import { openPopup, screenshot, tabIdOf, useTheme } from './harness';
import { useExtension } from './suite';

const extension = useExtension();

/** Hand-written pages with text damaged the way aggregators damage it (issue 11), through the real extension. */
const PAGES = [
  {
    file: '220-greenhouse-lumenfold-ml-research-engineer',
    mustHave: ['3+ years of experience training deep learning models', 'PhD in computer science'],
    absent: ['Minimum Qualifications'],
    // The pay-zone paragraph is pay: under "Pay & benefits", never a must-have.
    pay: 'the base salary range is $196,000–$262,000 annually',
  },
  {
    file: '221-linkedin-corvane-recommendations-ml-engineer',
    mustHave: ['Experience with large-scale recommendation systems', 'Background in information retrieval'],
    absent: ['Meet the hiring team', 'Over 200 applicants', 'Report this job'],
  },
  {
    file: '223-indeed-harrowgate-data-platform-engineer',
    mustHave: ['6+ years of data engineering experience'],
    absent: ['Similar jobs', 'Tableau', 'Report job'],
  },
  {
    file: '358-glassdoor-keystone-journeyman-electrician',
    mustHave: ['Ohio journeyman electrician license', '4+ yrs experience in commercial electrical work'],
    absent: ['Disclaimer', 'Report this job ad'],
  },
  {
    file: '366-linkedin-oakveil-growth-marketing-manager',
    mustHave: ['4+ years in growth or performance marketing', 'Knowledge of marketing mix modeling'],
    absent: ['Meet the hiring team', 'Over 100 applicants'],
  },
  {
    file: '562-ashby-lumenvale-machine-learning-engineer',
    mustHave: ['Experience with large-scale recommendation or ranking systems', '3+ years of industry experience'],
    absent: ['Minimum Qualifications', 'Preferred Qualifications'],
  },
  {
    file: '555-stepstone-brakel-elektroniker-betriebstechnik',
    mustHave: ['Mindestens 2 Jahre Berufserfahrung in der Instandhaltung', 'Führerschein Klasse B'],
    absent: ['Cookies', 'Industriemechaniker', 'Job melden'],
  },
  {
    file: '360-stepstone-wendel-finanzbuchhalter',
    mustHave: ['Mindestens 3 Jahre Berufserfahrung in der Finanzbuchhaltung'],
    absent: ['Lohnbuchhalter'],
  },
] as const;

describe('damaged postings in the popup', () => {
  for (const { file, mustHave, absent, ...rest } of PAGES) {
    it(`${file}: must-haves one per line, no page clutter`, async () => {
      const page = await extension.session.context.newPage();
      await page.goto(`${extension.origin}/fixtures/pages/${file}.html`, { waitUntil: 'domcontentloaded' });
      const popup = await openPopup(extension.session, await tabIdOf(extension.session, page));
      const summary = popup.getByTestId('summary');
      await summary.waitFor();
      const text = (await summary.textContent()) ?? '';
      for (const line of mustHave) expect(text, line).toContain(line);
      for (const clutter of absent) expect(text, clutter).not.toContain(clutter);
      const pay = 'pay' in rest ? rest.pay : null;
      if (pay) {
        expect(await popup.getByTestId('summary-pay').textContent()).toContain(pay);
        const lists = summary.locator('.summary-section:not([data-testid="summary-pay"])');
        expect((await lists.allTextContents()).join(' ')).not.toContain('$196,000');
      }
      // No must-have the size of the screen: each is one item (a pay paragraph may be long).
      const items = await summary.locator('.summary-section:not([data-testid="summary-pay"]) li').allTextContents();
      for (const item of items) expect(item.length, item).toBeLessThan(200);
      await screenshot(popup, `popup-damaged-${file.slice(0, 3)}`);
      await useTheme(popup, 'dark');
      await screenshot(popup, `popup-damaged-${file.slice(0, 3)}-dark`);
      await popup.close();
      await page.close();
    });
  }

  it('"+N more" under the must-haves is reached with Tab and opens with Space', async () => {
    const page = await extension.session.context.newPage();
    await page.goto(`${extension.origin}/fixtures/pages/562-ashby-lumenvale-machine-learning-engineer.html`, {
      waitUntil: 'domcontentloaded',
    });
    const popup = await openPopup(extension.session, await tabIdOf(extension.session, page));
    const more = popup.locator('button.summary-more').first();
    await more.waitFor();
    const list = popup.locator(`#${(await more.getAttribute('aria-controls'))!.replace(/:/g, '\\:')}`);
    const shown = await list.locator('li').count();
    let reached = false;
    for (let press = 0; press < 30 && !reached; press++) {
      await popup.keyboard.press('Tab');
      reached = await more.evaluate((button) => button === document.activeElement);
    }
    expect(reached).toBe(true);
    await popup.keyboard.press('Space');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await list.locator('li').count()).toBeGreaterThan(shown);
    await popup.close();
    await page.close();
  });
});
