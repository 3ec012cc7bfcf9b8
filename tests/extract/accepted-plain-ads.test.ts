/**
 * Real postings that were refused (issue 10): thin ads in languages the word lists covered less (Polish, Czech,
 * Portuguese, Finnish, Turkish), volunteer roles, and job ads posted on a blog or news template (og:type article,
 * Article data). Their look-alikes (a careers-advice post, a news report about hiring) stay refused.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detect } from '@/utils/extract/detect';
import { detectInput } from './detect-input';
import { extract } from '@/utils/extract';
import {
  appliesByEmail,
  jobTextCues,
  namesRoleMore,
  titleAnnouncesHireMore,
} from '@/utils/extract/generic/plain-job-signs';
import { endsWithJobNoun } from '@/utils/extract/generic/job-terms';

const read = (html: string) =>
  extract(parseHTML(html).document as unknown as Document, 'https://example.org/page/5120', { now: null });

describe('appliesByEmail in more languages', () => {
  it.each([
    'Pošlete svůj životopis na prace@firma.example',
    'Envie o seu currículo para geral@loja.example',
    'Özgeçmişinizi ik@firma.example adresine gönderin',
    'Hakemukset 5.1. mennessä osoitteeseen rekry@yritys.example',
    'To register your interest, email helpers@library.example',
  ])('%s', (text) => expect(appliesByEmail(text)).toBe(true));
  it('an address without application words is not a way to apply', () => {
    expect(appliesByEmail('Objednávky na obchod@firma.example')).toBe(false);
  });
});

describe('jobTextCues in more languages', () => {
  it('counts Polish, Czech and Turkish job-ad wording', () => {
    expect(
      jobTextCues(
        'Umowa o pracę, pełny etat. Wymagamy prawa jazdy. Wynagrodzenie 5000 zł brutto. Oferujemy szkolenia.',
      ),
    ).toBeGreaterThanOrEqual(4);
    expect(
      jobTextCues('Požadujeme praxi 3 roky. Nabízíme plný úvazek a stravenky. Mzda dohodou.'),
    ).toBeGreaterThanOrEqual(4);
    expect(jobTextCues('Tam zamanlı çalışacak, en az 2 yıl deneyimli adaylar arıyoruz.')).toBeGreaterThanOrEqual(3);
  });
  it('a plain sentence in those languages holds none', () => {
    expect(jobTextCues('Pogoda w Krakowie była wczoraj ładna, a rynek pełen turystów.')).toBe(0);
    expect(jobTextCues('Včera pršelo a v parku bylo málo lidí.')).toBe(0);
  });
});

describe('namesRoleMore', () => {
  it.each([
    'Spawacz MIG/MAG',
    'Obchodní zástupce pro Moravu',
    'Ricerca educatore/educatrice',
    "We're looking for a part-time bookkeeper",
    'Muhasebe elemanı aranıyor',
    'Volunteer: library visitor',
    'Kellner/Kellnerin gesucht',
    // Service and trade titles in English: "Team Member", "Packer", "Cleaner".
    'Packing Team Member',
    'Crew Member (Weekends)',
    'Warehouse Picker',
    'Office Cleaner',
    'Kitchen Fitter',
  ])('%s names a role', (title) => expect(namesRoleMore(title)).toBe(true));
  it.each([
    'O nás',
    'Jak napisać CV?',
    'Volunteering in our parks',
    'Input/Output settings',
    'Our bakery',
    'Meet our team members',
    'Window cleaners we trust',
  ])('%s names none', (title) => expect(namesRoleMore(title)).toBe(false));
  it('a hire announced in the title', () => {
    expect(titleAnnouncesHireMore('Precisa-se cozinheiro')).toBe(true);
    expect(titleAnnouncesHireMore('Looking forward to 2027')).toBe(false);
  });
});

describe('job nouns at the end of a compound', () => {
  it.each(['Forskningsingenjör i materialanalys', 'Enhetschef hemtjänst', 'Projektmanager (m/w/d)'])('%s', (title) =>
    expect(endsWithJobNoun(title)).toBe(true),
  );
  it('a word that only ends in the same letters is none', () => {
    expect(endsWithJobNoun('Chef de partie')).toBe(false);
    expect(endsWithJobNoun('Mischief night')).toBe(false);
  });
});

describe('a job ad posted on a blog or news template', () => {
  const post = detectInput({
    schemaTypes: new Set(['Article', 'WebPage']),
    descriptionChars: 900,
    applyFound: true,
    headerFacts: 1,
    ogType: 'article',
    roleTitle: true,
    hireTitle: true,
    jobTextCues: 5,
  });
  it('announcing one hire, with a way to apply and ad wording, is a posting', () => {
    expect(detect(post).isJobPosting).toBe(true);
  });
  it('without the hire announced, or as a news report, or without a way to apply, it stays an article', () => {
    expect(detect({ ...post, hireTitle: false }).isJobPosting).toBe(false);
    expect(detect({ ...post, schemaTypes: new Set(['NewsArticle']) }).isJobPosting).toBe(false);
    expect(detect({ ...post, applyFound: false }).isJobPosting).toBe(false);
    expect(detect({ ...post, jobTextCues: 2 }).isJobPosting).toBe(false);
  });

  const page = (title: string, body: string) =>
    `<html><head><title>${title}</title><meta property="og:type" content="article"></head><body><article class="post"><h1 class="entry-title">${title}</h1><div class="entry-meta">Posted on 2 May 2026 by Ann</div><div class="entry-content">${body}</div></article></body></html>`;
  it('reads such a post as a posting, and an advice post with the same words as none', () => {
    expect(
      read(
        page(
          "We're looking for a weekend barista",
          '<p>Our café needs a barista for Saturdays and Sundays, 8am to 4pm. You will make coffee and serve customers. Experience with espresso machines is required. Pay is $17 per hour.</p><p>Send your CV to jobs@cafe.example.</p>',
        ),
      ).isJobPosting,
    ).toBe(true);
    expect(
      read(
        page(
          'How to ace a barista interview',
          '<p>Most cafés want weekend shifts covered. Experience with espresso machines is required at many. Pay is often $17 per hour.</p><p>Send your CV to jobs@agency.example for more advice.</p>',
        ),
      ).isJobPosting,
    ).toBe(false);
  });
});

describe('a course page', () => {
  const course = (labels: string) =>
    `<html><head><title>Welding (MIG) Level 2 | Town College</title></head><body><h1>MIG Welder Level 2</h1><ul><li><span>Location</span> Main campus</li><li><span>Fee</span> £420</li></ul>${labels}<p>Learn to weld steel plate in all positions. Full-time, 6 weeks.</p><a href="/apply">Apply now</a></body></html>`;
  it('with two course labels is not a posting, whatever its title names', () => {
    const result = read(course('<h2>Course overview</h2><p>Six weeks.</p><h2>Entry requirements</h2><p>None.</p>'));
    expect(result.isJobPosting).toBe(false);
    expect(result.verdict).toBe('not-posting');
  });
  it('one such heading alone does not make a job ad a course', () => {
    expect(read(course('<h2>Course overview</h2><p>We pay for your welding course.</p>')).verdict).not.toBe(
      'not-posting',
    );
  });
});
