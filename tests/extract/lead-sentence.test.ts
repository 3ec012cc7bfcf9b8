/** The employer (and town) a posting's opening sentence names as hiring, when nothing else on the page names it. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { announcesHireInText, leadSentenceEmployer } from '@/utils/extract/generic/lead-sentence';
import { readDescription } from '@/utils/extract/generic/readability';

describe('leadSentenceEmployer', () => {
  it('reads the name, and the town between it and the verb, in several languages', () => {
    expect(leadSentenceEmployer('Larchmont Tool Supply Co. is looking for a counter assistant.')).toEqual({
      company: 'Larchmont Tool Supply Co.',
      place: null,
    });
    expect(leadSentenceEmployer('Die Malerbetrieb Vogt GmbH in Lübeck sucht ab sofort einen Maler.')).toEqual({
      company: 'Malerbetrieb Vogt GmbH',
      place: 'Lübeck',
    });
    expect(leadSentenceEmployer('The Juniper Arms in Keswick is hiring a line cook for the summer.')).toEqual({
      company: 'The Juniper Arms',
      place: 'Keswick',
    });
    expect(leadSentenceEmployer('Falegnameria Conti Srl cerca un apprendista.')?.company).toBe(
      'Falegnameria Conti Srl',
    );
    expect(leadSentenceEmployer('Intro\nHollis Family Dental in Dayton, OH is hiring.')).toEqual({
      company: 'Hollis Family Dental',
      place: 'Dayton, OH',
    });
  });

  it('reads other openers that name the employer: "At X, we", "Join X as", "X is a … company"', () => {
    expect(leadSentenceEmployer('At Tollgate Freight, we move parcels across three states.')?.company).toBe(
      'Tollgate Freight',
    );
    expect(leadSentenceEmployer('Join Harbour Inn as our next sous chef.')?.company).toBe('Harbour Inn');
    expect(leadSentenceEmployer('Join the Riverside Dental team in Leeds.')?.company).toBe('Riverside Dental');
    expect(leadSentenceEmployer('Pinecrest Mutual is a family-owned insurance company.')?.company).toBe(
      'Pinecrest Mutual',
    );
    expect(leadSentenceEmployer('Die Vogt Dachbau GmbH ist ein familiengeführtes Unternehmen.')?.company).toBe(
      'Vogt Dachbau GmbH',
    );
    for (const text of [
      'Python is a programming language we use daily.',
      'At least 3 years of experience.',
      'Kubernetes is a plus.',
    ])
      expect(leadSentenceEmployer(text), text).toBeNull();
  });

  it('names no one for "we", "our client", "the company" or a sentence that is not about hiring', () => {
    for (const text of [
      'We are looking for a barista who loves mornings.',
      'Our client is seeking an experienced accountant.',
      'The Company is seeking a registered nurse.',
      'Wir suchen eine Pflegefachkraft.',
      'Apply today. Harbourline is hiring deckhands.',
    ])
      expect(leadSentenceEmployer(text), text).toBeNull();
  });
});

describe('in a page that names its employer nowhere else', () => {
  it('gives the company and, with no other place, the town', () => {
    const { document } = parseHTML(
      '<html><head><title>Maler (m/w/d)</title></head><body><h1>Maler (m/w/d)</h1>' +
        '<p>Die Malerbetrieb Vogt GmbH in Lübeck sucht ab sofort einen Maler für Innen- und Fassadenarbeiten.</p>' +
        '<h2>Ihre Aufgaben</h2><ul><li>Streichen und Tapezieren in Wohnungen</li><li>Fassadenarbeiten an Neubauten</li></ul>' +
        '<h2>Ihr Profil</h2><ul><li>Abgeschlossene Ausbildung als Maler und Lackierer</li></ul></body></html>',
    );
    const posting = extract(document as unknown as Document, 'https://example.org/stellen/maler', {
      now: null,
      readability: readDescription,
    }).posting;
    expect(posting?.company).toBe('Malerbetrieb Vogt GmbH');
    expect(posting?.provenance.company).toBe('description');
    expect(posting?.locations).toEqual(['Lübeck']);
  });
});

describe('announcesHireInText', () => {
  it('is true when the opening lines name who is hiring, not for "we" or another opener', () => {
    expect(announcesHireInText('Aiuto cuoco\nTrattoria Il Pozzo a Lucca cerca aiuto cuoco.')).toBe(true);
    expect(announcesHireInText('We are looking for a cook.')).toBe(false);
    expect(announcesHireInText('At Trattoria Il Pozzo, we cook with local produce.')).toBe(false);
  });
});
