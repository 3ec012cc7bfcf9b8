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

  it('on the job page', () => {
    const html = renderToStaticMarkup(
      <PayBenefitsCard salary={null} salaryFromText={false} compensation={[payLine]} benefits={[payLine, 'Canteen']} />,
    );
    expect(markupText(html).split(payLine)).toHaveLength(2);
    expect(markupText(html)).toContain('Canteen');
  });
});
