/**
 * Causes found on a blind batch of pages in the layouts of Jobindex, InfoJobs, NHS Jobs and Finn (invented text): a
 * town the title names and the header shows on a line of its own, an address whose street sits between the building
 * and the town, a board's employer shown as a logo and a link that agree, and a paragraph that names the town.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../utils/extract';
import { readDescription } from '../../utils/extract/generic/readability';
import { employerBesideHeading } from '../../utils/extract/generic/header-employer';
import { findYearsExperience } from '../../utils/summarize/facts';

function read(head: string, body: string, url: string) {
  const { document } = parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
  return extract(document as unknown as Document, url, { now: null, readability: readDescription }).posting;
}

const DUTIES = `<h2>Dine opgaver</h2><ul><li>Pleje og omsorg for beboerne om natten</li><li>Dokumentation i omsorgssystemet</li></ul>
  <h2>Vi tilbyder</h2><ul><li>Faste vagter og god introduktion</li><li>Løn efter overenskomst</li></ul>`;

describe('fields a blind batch of board pages showed missing', () => {
  it('takes the title’s town when the header under the heading shows it on a line of its own', () => {
    const posting = read(
      '<title>Sygeplejerske til nattevagt - Birkely Plejehjem - Skive | Jobbord</title>',
      `<article><header><img alt="Birkely Plejehjem" src="/l.png"><h1>Sygeplejerske til nattevagt</h1>
        <div class="meta"><div><svg aria-label="Virksomhed:"></svg><span>Birkely Plejehjem</span></div><div><svg aria-label="Lokation:"></svg> Skive</div></div></header>
        <section><p>Vi søger en sygeplejerske til faste nattevagter på 32 timer om ugen.</p>${DUTIES}</section></article>`,
      'https://www.jobbord.example/vis-job/r123',
    );
    expect(posting?.locations).toEqual(['Skive']);
  });

  it('does not take a page’s name the menu repeats ("Careers") for a town', () => {
    const posting = read(
      '<title>Shop Assistant - Careers - Pennywort Books</title>',
      `<div><h1>Shop Assistant</h1><nav><a href="/">Home</a><br>Careers</nav></div><p>We need a shop assistant for weekends.</p>${DUTIES}`,
      'https://www.pennywortbooks.example/careers/shop-assistant',
    );
    expect(posting?.locations ?? []).not.toContain('Careers');
  });

  it('reads the town of a UK address whose street follows the building', () => {
    const posting = read(
      '<title>Healthcare Assistant</title>',
      `<h1>Healthcare Assistant</h1><h3>Job locations</h3><div id="job_locations"><p>Larkfield Community Hospital</p><p>Mill Lane</p><p>Hereford</p><p>HR1 2ER</p></div>
       <p>We are looking for a healthcare assistant for our day unit.</p>${DUTIES}`,
      'https://www.nhsjobs.example/candidate/jobadvert/C9-123',
    );
    expect(posting?.locations).toEqual(['Hereford']);
  });

  it('names the employer a board shows beside the heading as a logo and a link that agree, not a "Home" logo', () => {
    const heading = (inner: string) => {
      const { document } = parseHTML(
        `<html><body><div class="heading"><h1>Camarero/a</h1><div>${inner}</div></div><p>${'Texto. '.repeat(20)}</p></body></html>`,
      );
      return employerBesideHeading(document.querySelector('h1'));
    };
    expect(heading('<img alt="Grupo Alameda S.L." src="/c.png"><a href="/e/1">Grupo Alameda S.L.</a>')).toBe(
      'Grupo Alameda S.L.',
    );
    expect(heading('<img alt="Home" src="/h.png"><a href="/">Home</a>')).toBeNull();
    // A logo alone, or a link alone, is not enough.
    expect(heading('<img alt="Grupo Alameda S.L." src="/c.png"><a href="/e/1">Ver ofertas</a>')).toBeNull();
  });

  it('keeps a paragraph that names the structured town out of the location', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Lønnsmedarbeider',
      description: 'Kort om stillingen.',
      hiringOrganization: { '@type': 'Organization', name: 'Fjordlys Lønn AS' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Bodø', addressCountry: 'NO' } },
    };
    const posting = read(
      `<title>Lønnsmedarbeider i Bodø</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      `<div><h1>Lønnsmedarbeider i Bodø</h1><p>Har du lyst til å jobbe med lønn? Fjordlys Lønn AS har 9 ansatte i Bodø og Fauske. Vi søker nå en lønnsmedarbeider.</p></div>${DUTIES}`,
      'https://www.jobbsider.example/job/4455',
    );
    expect(posting?.locations?.[0]).toMatch(/^Bodø/);
    expect(posting?.locations?.[0]?.length).toBeLessThan(20);
  });

  it('reads Norwegian and Danish "to års erfaring" as two years, and English "up to 5 years" as five', () => {
    const line = (text: string) => [{ text, section: 'requirements' as const, position: 0 }];
    expect(findYearsExperience(line('Minimum to års erfaring fra lønn'))?.min).toBe(2);
    expect(findYearsExperience(line('Up to 5 years of experience in payroll'))?.min).toBe(5);
  });
});
