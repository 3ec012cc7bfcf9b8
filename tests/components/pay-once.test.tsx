import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PayBenefitsCard } from '@/components/dashboard/PayBenefitsCard';
import { payAndBenefits } from '@/components/SummaryPanel';
import { EMPTY_SUMMARY } from '@/utils/summary-view';
import { markupText } from './markup-text';

// A line the summarizer files under both pay and perks ("Salary … plus overtime") shows once.
const payLine = 'Salary DKK 41,000 a month plus overtime and a van';

describe('pay and perks, each line once', () => {
  it('in the popup summary', () => {
    const summary = { ...EMPTY_SUMMARY, compensation: [payLine], benefits: [payLine, 'Six weeks of holiday'] };
    expect(payAndBenefits(summary)).toEqual([payLine, 'Six weeks of holiday']);
  });

  it('never lists the pay of an offer list among the perks, even when the header says it all', () => {
    const offer = 'A salary of €55,000–65,000 a year';
    const salary = { min: 55_000, max: 65_000, currency: 'EUR', period: 'year' as const, text: offer };
    const facts = {
      officeDays: null,
      travel: null,
      visaSponsorship: null,
      clearance: null,
      seniority: null,
      salary,
      salaryFromText: true,
    };
    const summary = { ...EMPTY_SUMMARY, compensation: [offer], benefits: [offer, '30 days of holiday'], facts };
    expect(payAndBenefits(summary)).toEqual(['30 days of holiday']);
    const html = renderToStaticMarkup(
      <PayBenefitsCard salary={salary} salaryFromText compensation={[offer]} benefits={summary.benefits} />,
    );
    const perks = /data-testid="pay-benefits-list">(.*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect(markupText(perks)).toBe('30 days of holiday');
  });

  it('on the job page', () => {
    const html = renderToStaticMarkup(
      <PayBenefitsCard salary={null} salaryFromText={false} compensation={[payLine]} benefits={[payLine, 'Canteen']} />,
    );
    expect(markupText(html).split(payLine)).toHaveLength(2);
    expect(markupText(html)).toContain('Canteen');
  });
});
