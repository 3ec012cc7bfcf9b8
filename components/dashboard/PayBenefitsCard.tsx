import { formatSalary } from '@/utils/format';
import type { Salary } from '@/utils/schema/posting';
import { displayLine, payLinesBesideSalary, perksBesidePay } from '@/utils/summary-view';
import { Card } from './Card';

export interface PayBenefitsCardProps {
  /** The posting's salary, else the one the summarizer read in the text. */
  salary: Salary | null;
  /** True when `salary` was read from the description, not stated by the page's own data. */
  salaryFromText: boolean;
  /** The pay paragraphs the summarizer kept (pay zone, bonus, equity …). */
  compensation: readonly string[];
  benefits: readonly string[];
}

/**
 * The salary as read, what the pay paragraphs add to it (pay zone, bonus, equity), and the perks.
 * Every line is the page's text, shown as plain text (cleaned of control and bidi characters).
 */
export function PayBenefitsCard({ salary, salaryFromText, compensation, benefits }: PayBenefitsCardProps) {
  const formatted = formatSalary(salary);
  const asPosted = salary?.text ? displayLine(salary.text) : '';
  const pay = payLinesBesideSalary(compensation, formatted ? salary?.text || formatted : null);
  // A line the summarizer filed under both is pay: shown once, as pay (or as the salary above).
  const perks = perksBesidePay(benefits, compensation);
  return (
    <Card title="Pay & benefits" id="pay-heading" className="pay-benefits" testId="pay-benefits">
      <p className="pay-salary" data-testid="pay-salary">
        {formatted ? (
          <>
            <strong>{formatted}</strong>
            {asPosted && asPosted !== formatted ? <span className="muted"> · as posted: “{asPosted}”</span> : null}
            {salaryFromText ? <span className="muted"> · read from the description</span> : null}
          </>
        ) : (
          <span className="muted">No salary stated</span>
        )}
      </p>
      {pay.length ? (
        <ul className="pay-lines" aria-label="About the pay" data-testid="pay-lines">
          {pay.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : null}
      <section className="summary-section" aria-labelledby="benefits-heading">
        <h3 id="benefits-heading">Benefits</h3>
        {perks.length ? (
          <ul data-testid="pay-benefits-list">
            {perks.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">None listed</p>
        )}
      </section>
    </Card>
  );
}
