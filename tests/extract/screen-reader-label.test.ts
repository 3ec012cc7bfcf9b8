/**
 * A board that hides a screen-reader label inside the employer's element with a hashed class (Indeed's "Company
 * name"): the reader cannot know the class, so the label is taken off the name it was read with. Invented page.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../utils/extract';
import { withoutNameLabel } from '../../utils/extract/generic/name-label';

describe('a screen-reader label read with the employer’s name', () => {
  it('is taken off the name on an Indeed job page', () => {
    const { document } =
      parseHTML(`<!DOCTYPE html><html><head><title>Night Porter - Bath - Indeed.com</title></head><body>
      <h1 data-testid="jobsearch-JobInfoHeader-title"><span>Night Porter</span><span class="css-9zq1x">- job post</span></h1>
      <div data-testid="inlineHeader-companyName"><span class="css-9zq1x">Company name</span><span><a href="/cmp/x">Larkhill Hotels Ltd</a></span></div>
      <div data-testid="inlineHeader-companyLocation"><div>Bath</div></div>
      <div id="jobDescriptionText"><p>Keep the hotel safe overnight and look after late arrivals at the front desk.</p>
      <ul><li>Check guests in after midnight</li><li>Walk the building every two hours</li></ul></div></body></html>`);
    const posting = extract(document as unknown as Document, 'https://uk.indeed.com/viewjob?jk=ab12', {
      now: null,
    }).posting;
    expect(posting?.company).toBe('Larkhill Hotels Ltd');
  });

  it('leaves names that only start with the word alone', () => {
    expect(withoutNameLabel('Company nameAcorn Bakery')).toBe('Acorn Bakery');
    expect(withoutNameLabel('Employer name: Acorn Bakery')).toBe('Acorn Bakery');
    expect(withoutNameLabel('WebsiteFenwick Vets')).toBe('Fenwick Vets');
    expect(withoutNameLabel('CompanyCam')).toBe('CompanyCam');
    expect(withoutNameLabel('Websites Direct')).toBe('Websites Direct');
    expect(withoutNameLabel('Company name')).toBe('Company name');
  });
});
