/**
 * Issue 10 in the real extension: application forms and layouts read by the new site rules are job
 * pages the popup shows with Save; a search results list is still not a posting. The pages are
 * served on 127.0.0.1, so the rules are found by the sites' own markup, not by their hosts.
 */
import { describe, expect, it } from 'vitest';
import { popupFor, screenshot } from './harness';
import { useExtension } from './suite';

const extension = useExtension();

describe('apply forms and new layouts in real Chromium', () => {
  it.each([
    ['160-lever-apply-quillmark-product-designer.html', 'Product Designer', 'Quillmark', 'popup-apply-form-lever'],
    [
      '167-workday-apply-calder-water-process-engineer.html',
      'Process Engineer',
      'Calder Valley Water',
      'popup-apply-form-workday',
    ],
    // Every apply view issue 10 names, not only the two above.
    [
      '161-greenhouse-jobapp-brackenridge-security-engineer.html',
      'Security Engineer, Detection & Response',
      'Brackenridge Systems',
      '',
    ],
    ['162-workable-apply-solent-marine-technician.html', 'Marine Electronics Technician', 'Solent Boatworks', ''],
    ['163-ashby-application-lumen-ml-engineer.html', 'Machine Learning Engineer, Retrieval', 'Lumenfold', ''],
    ['164-teamtailor-apply-vinterhav-ux-writer.html', 'UX Writer', 'Vinterhav', ''],
    [
      '165-personio-apply-fjordlab-werkstudent-marketing.html',
      'Working Student Marketing (f/m/d)',
      'Fjordlab GmbH',
      '',
    ],
    ['166-smartrecruiters-oneclick-brightwater-night-auditor.html', 'Night Auditor', 'Brightwater Hotels', ''],
    // Breezy's apply view (168) is left to tests/extract/site-rules.test.ts: its company is read by
    // the Breezy rule, which needs Breezy's /p/…/apply path, and this server's path is not one.
    ['158-indeed-pane-tidewater-line-cook.html', 'Line Cook', 'Tidewater Taproom', ''],
    ['150-seek-bluegum-civil-site-engineer.html', 'Civil Site Engineer', 'Bluegum Civil Contracting', ''],
  ])('%s is a job with Save', async (file, title, company, shot) => {
    const { page, popup } = await popupFor(extension, `/fixtures/pages/${file}`);
    await popup.getByTestId('posting-title').waitFor();
    expect(await popup.getByTestId('posting-title').textContent()).toBe(title);
    expect(await popup.getByTestId('posting-company').textContent()).toBe(company);
    expect(await popup.getByTestId('save-button').count()).toBe(1);
    if (shot) await screenshot(popup, shot);
    await popup.close();
    await page.close();
  });

  it('a search results list is not a posting, and says why in plain words', async () => {
    const { page, popup } = await popupFor(
      extension,
      '/fixtures/pages/173-jobboard-yorkjobs-search-warehouse-leeds.html',
    );
    await popup.getByText("This page doesn't look like one job posting").waitFor();
    expect(await popup.getByTestId('notice-reason').textContent()).toBe(
      'This page lists several jobs. Open one of them to read it.',
    );
    await popup.close();
    await page.close();
  });
});
