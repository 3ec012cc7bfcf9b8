import { describe, expect, it } from 'vitest';
import { splitSections } from '../../utils/summarize/sections';

// Money beside a pay word that is still a perk: a learning budget, a pension contribution, a house
// rent allowance. The summary's compensation shows the job's pay only.
describe('perks with money are not pay', () => {
  it('sends them to the benefits under a pay heading, and keeps the salary range as pay', () => {
    const sections = splitSections(
      '<h3>Pay and benefits</h3><ul><li>The base salary range is $118,000–$140,000 per year.</li><li>A $1,200 yearly learning budget</li><li>Employer pension contribution of 7% of your salary</li><li>HRA: 35% of basic salary</li></ul>',
      '',
    );
    expect(sections.compensation).toEqual(['The base salary range is $118,000–$140,000 per year.']);
    expect(sections.benefits).toEqual([
      'A $1,200 yearly learning budget',
      'Employer pension contribution of 7% of your salary',
      'HRA: 35% of basic salary',
    ]);
  });

  it('keeps them out of the pay under a benefits heading', () => {
    const sections = splitSections(
      '<h3>Benefits</h3><ul><li>House rent allowance of ₹18,000 per month</li><li>Pension contribution: 6% of base salary</li></ul>',
      '',
    );
    expect(sections.compensation).toEqual([]);
    expect(sections.benefits).toHaveLength(2);
  });

  it('a pay range with a perk after it is still the pay', () => {
    const sections = splitSections(
      '<h3>Compensation</h3><ul><li>€52,000–€60,000 per year plus a training budget</li></ul>',
      '',
    );
    expect(sections.compensation).toEqual(['€52,000–€60,000 per year plus a training budget']);
  });
});
