/**
 * Rules added for layouts the reader was never tuned on (issue 10, set F): job signs that small sites
 * leave out of the markup, and money that is not the job's pay. Invented text throughout.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { appliesByEmail, isSectionName, plainSectionHeadings } from '@/utils/extract/generic/plain-job-signs';
import { announcesHire, stripHiringLead, withoutHiringLead } from '@/utils/extract/generic/job-terms';
import { townInAddress, townOfAddress } from '@/utils/extract/generic/address-town';
import { findSalaryInText, salaryFromValue } from '@/utils/money/find';

const doc = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;

describe('plain job signs', () => {
  it('counts section names set as bold spans or bare line boxes, not sentences that mention them', () => {
    const page = doc(
      '<p><span style="font-weight:bold;">Le tue attività</span></p>' +
        '<p><span style="font-weight:bold">Chi cerchiamo</span></p>' +
        '<div class="t y3">Selection criteria</div><div class="t y4">How to apply</div>' +
        '<p>Our requirements are listed below and may change.</p><div>Responsibilities <b>and more</b></div>',
    );
    expect(plainSectionHeadings(page)).toBe(3);
    expect(isSectionName('Om jobbet')).toBe(true);
    expect(isSectionName('Vi forventer, at du:')).toBe(true);
    expect(isSectionName('The requirements for the new bridge were published last year')).toBe(false);
  });

  it('counts the lines of a published Google Doc, each one span bold by a CSS class, once each', () => {
    const page = doc(
      '<p class="c3"><span class="c7">What you’ll do</span></p><p class="c1"><span class="c0">Pack orders.</span></p>' +
        '<p class="c3"><span class="c7">Benefits</span></p><p><span style="font-weight:700">Requirements</span></p>' +
        '<p class="c1"><span class="c0">Requirements</span><span class="c0"> change each season.</span></p>',
    );
    expect(plainSectionHeadings(page)).toBe(3);
  });

  it('reads an address after application words as the way to apply', () => {
    expect(appliesByEmail('Send din ansøgning og dit CV til anna@tegl-vaerk.example senest fredag.')).toBe(true);
    expect(appliesByEmail('Applications with two referees should be emailed to the Bursar at jobs@ridge.example')).toBe(
      true,
    );
    expect(appliesByEmail('Kontakt: Tlf. 12 34 56 78 · info@bakery.example')).toBe(false);
  });

  it('knows titles that announce one hire', () => {
    expect(announcesHire('Vi søger en lagermedarbejder til vores butik i Kolding')).toBe(true);
    expect(announcesHire('WE ARE HIRING: Line Cook')).toBe(true);
    expect(announcesHire('Our team in Kolding')).toBe(false);
    expect(announcesHire('Hiring Manager')).toBe(false);
  });

  it('takes the lead-in off a title, in its own case', () => {
    expect(stripHiringLead('Vacature Magazijnmedewerker | Van Dijk Logistiek')).toBe(
      'Magazijnmedewerker | Van Dijk Logistiek',
    );
    expect(stripHiringLead('İŞ İLANI Barista')).toBe('İŞ İLANI Barista');
    expect(stripHiringLead('Job: Night Porter')).toBe('Night Porter');
    expect(stripHiringLead('Job Coach')).toBe('Job Coach');
  });

  it('reads the role out of a hiring headline', () => {
    expect(withoutHiringLead('Vi søger en lagermedarbejder til vores butik i Kolding')).toBe('Lagermedarbejder');
    expect(withoutHiringLead("We're hiring a sous chef for our bistro in Leeds")).toBe('Sous chef');
    expect(withoutHiringLead("We're hiring: Weekend Barista")).toBe('Weekend Barista');
    expect(withoutHiringLead('Senior Data Engineer')).toBe('Senior Data Engineer');
  });
});

describe('money that is not the job pay', () => {
  it('skips contributions, meal cheques and estimates the site made', () => {
    expect(findSalaryInText('Wir bieten einen Beitrag von CHF 450 an das Jahresabonnement.')).toBeNull();
    expect(findSalaryInText('Un package salarial complet : chèques-repas de 7 €, assurance groupe.')).toBeNull();
    expect(
      findSalaryInText('Le salaire annuel estimé pour ce poste se situe entre CHF 71 000 et CHF 88 000.'),
    ).toBeNull();
    expect(salaryFromValue('Estimated salary £31,000 - £35,000 a year')).toBeNull();
  });

  it('still reads the pay stated next to them', () => {
    expect(findSalaryInText('Gehalt: CHF 5 200 pro Monat, dazu ein Beitrag von CHF 450 an das Abonnement.')).toBe(
      'CHF 5 200 pro Monat',
    );
  });
});

describe('a labelled location that is an address', () => {
  it('keeps the town a person reads as the place', () => {
    expect(townOfAddress('Denver, CO 3 vacancies')).toBe('Denver, CO');
    expect(townOfAddress('Havenlaan 12, 9000 Gent')).toBe('Havenlaan 12, 9000 Gent');
    expect(townOfAddress('Elm Park Health Centre Ludlow SY8 1AB')).toBe('Ludlow');
    expect(townOfAddress('Leeds, West Yorkshire')).toBe('Leeds, West Yorkshire');
    expect(townOfAddress('Kingsway House LS1 4AP')).toBe('Kingsway House');
  });
});

describe('the town of the employer address', () => {
  it('reads the town after a street with its number', () => {
    expect(townInAddress('Bakkegaard Smedie ApS · Møllevej 14 · 8600 Silkeborg')).toBe('Silkeborg');
    expect(townInAddress('Trattoria Vela · Via dei Mille 7, 16121 Genova · P.IVA 0123')).toBe('Genova');
    expect(townInAddress('9 Gully Road, Ballarat VIC 3350 · (03) 5555 0101')).toBe('Ballarat');
    expect(townInAddress('14 place du Marché\n69002 Lyon')).toBe('Lyon');
    // A US address: the town before the state and ZIP code, on the street's line or the next.
    expect(townInAddress('Hollis Family Dental, 88 Elm Street, Dayton, OH 45402')).toBe('Dayton, OH');
    expect(townInAddress('Hollis Family Dental\n88 Elm Street\nDayton, OH 45402-1103')).toBe('Dayton, OH');
    expect(townInAddress('© 2026 Hollis Family Dental, Dayton, OH 45402')).toBeNull();
  });
  it('is not fooled by a copyright year or a phone number', () => {
    expect(townInAddress('© 2026 Bakkegaard Smedie ApS')).toBeNull();
    expect(townInAddress('Tlf. 75 55 12 90 · CVR 55512390')).toBeNull();
  });
});
