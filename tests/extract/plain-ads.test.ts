/**
 * A plain job ad (a role for a title and a paragraph or two, no section headings, no apply button) is a posting by
 * what its text says: duties, years, pay, shifts, how to apply. Lists, articles and headlines are not.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detect } from '@/utils/extract/detect';
import { detectInput } from './detect-input';
import { extract } from '@/utils/extract';
import { readDescription } from '@/utils/extract/generic/readability';
import { jobTextCues } from '@/utils/extract/generic/plain-job-signs';
import { endsLikeJobNoun } from '@/utils/extract/generic/job-terms';

const read = (html: string) =>
  extract(parseHTML(html).document as unknown as Document, 'https://example.org/page/4411', {
    now: null,
    readability: readDescription,
  });

describe('plain ads', () => {
  it.each([
    [
      'a stocking job in one paragraph',
      '<html><head><title>Overnight Shelf Stocker</title></head><body><h1>Overnight Shelf Stocker</h1><p>Birchwood Grocers needs overnight stockers for its Millbrook store. You will unload pallets, fill shelves and tidy aisles from 11pm to 7am. Must be able to lift 45 pounds and work weekends. Pay starts at $18.25 per hour.</p></body></html>',
    ],
    [
      'a nursing job in three short paragraphs',
      '<html><head><title>Staff Nurse (Theatres) - Elmstead General</title></head><body><h1>Staff Nurse (Theatres)</h1><p>Elmstead General is recruiting a theatre nurse for day and night shifts.</p><p>NMC registration required. At least 1 year of perioperative experience preferred.</p><p>We offer a relocation package, study leave and an NHS pension.</p></body></html>',
    ],
    [
      'a German ad without headings',
      '<html lang="de"><head><title>Anlagenmechaniker (m/w/d) – Haustechnik Wendt</title></head><body><h1>Anlagenmechaniker (m/w/d)</h1><p>Für unser Team in Rostock suchen wir einen Anlagenmechaniker in Vollzeit. Sie haben eine abgeschlossene Ausbildung und mindestens 3 Jahre Berufserfahrung. Wir bieten eine unbefristete Stelle. Bewerbung an karriere@wendt-haustechnik.example</p></body></html>',
    ],
    [
      'a Spanish ad that opens by saying who is hiring',
      '<html lang="es"><head><title>Fontanero oficial</title></head><body><h1>Fontanero oficial</h1><p>Reformas Almansa busca fontanero para obras en Albacete. Contrato indefinido, jornada completa. Se requiere experiencia mínima de 2 años. Interesados enviar CV.</p></body></html>',
    ],
    [
      'an Italian ad that opens by saying who is hiring',
      '<html lang="it"><head><title>Aiuto cuoco</title></head><body><h1>Aiuto cuoco</h1><p>Trattoria Il Pozzo a Lucca cerca aiuto cuoco per la stagione estiva. Turni serali e weekend. Richiesta esperienza di almeno 1 anno. Inviare candidatura via email.</p></body></html>',
    ],
  ])('%s is a posting', (_name, html) => {
    expect(read(html).isJobPosting).toBe(true);
  });

  it('a headline about jobs with the same words is no ad', () => {
    const article = read(
      '<html><head><title>Why night shifts pay more this winter</title></head><body><h1>Why night shifts pay more this winter</h1><p>Retailers say full-time stockers now earn $19 per hour, and applications are up. Experience with forklifts is required at many stores, and most offer benefits such as paid time off.</p></body></html>',
    );
    expect(article.isJobPosting).toBe(false);
  });
});

describe('jobTextCues', () => {
  it('counts each kind of job-ad wording once', () => {
    expect(
      jobTextCues('You will greet guests. 2+ years of experience in hotels. Full-time, €14 per hour. Apply today.'),
    ).toBe(6);
    expect(jobTextCues('The weather was fine and the harbour was busy all day.')).toBe(0);
  });
});

describe('detect with the text’s wording', () => {
  const plain = detectInput({ descriptionChars: 600, urlLooksLikeJob: true, roleTitle: true });
  it('lifts a role-titled page whose text reads like an ad', () => {
    expect(detect(plain).isJobPosting).toBe(false);
    expect(detect({ ...plain, jobTextCues: 4 }).isJobPosting).toBe(true);
  });
  it('counts it after a sentence saying who is hiring, even without a role title', () => {
    expect(detect({ ...plain, roleTitle: false, jobTextCues: 3, hireSentence: true }).isJobPosting).toBe(true);
    expect(
      detect({ ...plain, roleTitle: false, ogType: 'article', jobTextCues: 3, hireSentence: true }).isJobPosting,
    ).toBe(false);
  });
  it('does not count it without a role title, on an article or on a page of many job links', () => {
    expect(detect({ ...plain, roleTitle: false, jobTextCues: 6 }).confidence).toBe(
      detect({ ...plain, roleTitle: false }).confidence,
    );
    expect(detect({ ...plain, ogType: 'article', jobTextCues: 6 }).isJobPosting).toBe(false);
    expect(detect({ ...plain, jobLinks: 30, jobTextCues: 6 }).isJobPosting).toBe(false);
  });
});

describe('endsLikeJobNoun', () => {
  it('reads job nouns by their ending, not lists', () => {
    for (const title of [
      'Dental Hygienist',
      'Veterinary Technologist',
      'Night Stocker',
      'Bartender (Weekends)',
      'Housekeeper',
    ])
      expect(endsLikeJobNoun(title), title).toBe(true);
    for (const title of ['Job Search Checklist', 'Our Playlist', 'Career Advice', 'Weekly Newsletter'])
      expect(endsLikeJobNoun(title), title).toBe(false);
  });
});
