/**
 * The description is the whole posting: every site rule collects all of the posting's blocks, a
 * structured teaser gives way to the posting the page shows, and page chrome never comes in.
 * Short pages written for each layout (invented text).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../utils/extract';
import { postingBlocks } from '../../utils/extract/generic/description-blocks';
import { shownPosting } from '../../utils/extract/generic/shown-posting';
import { readDescription } from '../../utils/extract/generic/readability';

const NOW = new Date('2026-11-25T12:00:00Z');
const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i % 7}`).join(' ');
const para = (seed: string) => `<p>${words(30, seed)}.</p>`;

function read(html: string, url: string) {
  const { document } = parseHTML(
    `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body>${html}</body></html>`,
  );
  const result = extract(document as unknown as Document, url, { now: NOW, readability: readDescription });
  return { text: result.posting?.descriptionText ?? '', from: result.posting?.provenance.description };
}

function ld(description: string, title = 'Stores Coordinator'): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title,
    description,
    datePosted: '2026-11-20',
    hiringOrganization: { '@type': 'Organization', name: 'Quenby Mills' },
    jobLocation: { '@type': 'Place', address: { addressLocality: 'Halifax' } },
  };
  return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
}

const SIMILAR = `<section class="similar-jobs"><h3>Similar jobs</h3><ul><li><a href="#">Stock Controller</a> 5+ years</li></ul></section>`;
const COOKIES = `<div class="cookie-banner"><p>We use cookies to count visits to this site.</p></div>`;

describe('site rules collect every block of the posting', () => {
  it('Workable: description, requirements and benefits blocks', () => {
    const { text, from } = read(
      `${COOKIES}<main data-ui="job-page"><div data-ui="job-header"><h1 data-ui="job-title">Stores Coordinator</h1></div>
      <div data-ui="job-description"><h2>Description</h2>${para('duty')}</div>
      <div data-ui="job-requirements"><h2>Requirements</h2><ul><li>Two years in a stores role</li><li>Forklift licence</li></ul></div>
      <div data-ui="job-benefits"><h2>Benefits</h2><ul><li>Canteen and free parking on site</li></ul></div>
      <a data-ui="apply-button" href="/apply/">Apply</a></main><footer data-ui="footer"><p>Powered by Workable</p></footer>`,
      'https://apply.workable.com/quenby/j/1A2B3C4D5E/',
    );
    expect(from).toBe('site:workable');
    expect(text).toContain('duty0');
    expect(text).toContain('Forklift licence');
    expect(text).toContain('Canteen and free parking');
    expect(text).not.toMatch(/cookies|Powered by|Apply/);
  });

  it('Welcome to the Jungle: the job-section blocks, not the similar offers', () => {
    const { text } = read(
      `<main><div data-testid="job-metadata-block"><h2>Chargé de stock</h2><i name="location"></i><span>Lyon</span></div>
      <div data-testid="job-section-description" class="sc-x"><h4>Descriptif du poste</h4><div>${para('mission')}</div></div>
      <div data-testid="job-section-experience" class="sc-x"><h4>Profil recherché</h4><div><ul><li>Deux ans d'expérience en logistique</li></ul></div></div>
      <div data-testid="job-section-process" class="sc-x"><h4>Déroulement des entretiens</h4><div><ol><li>Un appel avec l'équipe RH de Quenby</li></ol></div></div>
      <section class="sc-similar"><h3>Ces offres pourraient aussi vous intéresser</h3><ul><li><a href="#">Magasinier</a> CDI</li></ul></section></main>`,
      'https://www.welcometothejungle.com/fr/companies/quenby/jobs/charge-de-stock_lyon',
    );
    expect(text).toContain('mission0');
    expect(text).toContain("Deux ans d'expérience");
    expect(text).toContain("Un appel avec l'équipe RH");
    expect(text).not.toContain('Magasinier');
  });

  it('Jobindex: an ad split into several body sections', () => {
    const { text } = read(
      `<article class="jobtext-jobad"><div class="jobtext-jobad__main"><span class="jobtext-jobad__company">Quenby Mills</span>
      <header class="jobtext-jobad__header"><h1>Stores Coordinator</h1></header>
      <section class="jobtext-jobad__body"><h3>Your tasks</h3>${para('task')}</section>
      <section class="jobtext-jobad__body"><h3>Your profile</h3><ul><li>Experience with SAP MM and stock counts</li></ul></section></div></article>`,
      'https://www.jobindex.dk/jobannonce/r13000001',
    );
    expect(text).toContain('task0');
    expect(text).toContain('SAP MM and stock counts');
  });

  it('Greenhouse: description blocks beside each other, not the application form', () => {
    const { text } = read(
      `<div class="job__header"><div class="job__title"><h1>Stores Coordinator</h1></div></div>
      <div class="job__description body"><h3>About the role</h3>${para('role')}</div>
      <div class="job__description body"><h3>Qualifications</h3><ul><li>Three years of inventory control</li></ul></div>
      <div class="application--container"><h2>Apply for this job</h2><form><input type="file"></form></div>`,
      'https://job-boards.greenhouse.io/quenby/jobs/4000001',
    );
    expect(text).toContain('role0');
    expect(text).toContain('Three years of inventory control');
    expect(text).not.toContain('Apply for this job');
  });

  it('SmartRecruiters: the sections after the one marked as the description', () => {
    const { text } = read(
      `<h1 class="job-title">Stores Coordinator</h1><div class="job-sections">
      <section id="st-jobDescription" class="job-section" itemprop="description"><h2>Job Description</h2>${para('plan')}</section>
      <section id="st-qualifications" class="job-section"><h2>Qualifications</h2><ul><li>Two years of stores experience</li></ul></section>
      <section id="st-additionalInformation" class="job-section"><h2>Additional Information</h2><p>Paid overtime and a yearly bonus.</p></section></div>
      <section class="other-jobs"><h3>Other jobs at Quenby</h3><ul><li><a href="#">Driver</a></li></ul></section>`,
      'https://jobs.smartrecruiters.com/Quenby/744000100000001-stores-coordinator',
    );
    expect(text).toContain('plan0');
    expect(text).toContain('Two years of stores experience');
    expect(text).toContain('Paid overtime');
    expect(text).not.toContain('Driver');
  });

  it('Personio: each description under its own heading wrapper', () => {
    const { text } = read(
      `<div class="job-header"><h1 class="job-title">Lagerkoordinator (m/w/d)</h1></div><div class="job-details">
      <div class="job-details-section"><h2>Deine Aufgaben</h2><div class="job-description">${para('aufgabe')}</div></div>
      <div class="job-details-section"><h2>Dein Profil</h2><div class="job-description"><ul><li>Erfahrung mit Staplern und SAP</li></ul></div></div>
      <div class="job-details-section"><h2>Wir bieten</h2><div class="job-description"><ul><li>30 Tage Urlaub im Jahr</li></ul></div></div></div>
      <div class="job-apply-cta"><h2>Bewirb dich jetzt</h2><form><input type="file"></form></div>`,
      'https://quenby.jobs.personio.de/job/1000001',
    );
    expect(text).toContain('Deine Aufgaben');
    expect(text).toContain('Erfahrung mit Staplern');
    expect(text).toContain('30 Tage Urlaub');
    expect(text).not.toContain('Bewirb dich');
  });

  it('Lever: the intro and every list section, not the apply section', () => {
    const { text } = read(
      `<div class="content-wrapper posting-page"><div class="section-wrapper page-full-width"><div class="posting-headline"><h2>Stores Coordinator</h2></div></div>
      <div class="section-wrapper page-full-width"><div class="section page-centered" data-qa="job-description">${para('intro')}</div>
      <div class="section page-centered"><h3>Requirements</h3><ul><li>Forklift licence and two years in a warehouse</li></ul></div>
      <div class="section page-centered last-section-apply"><a href="/apply">Apply for this job</a></div></div></div>`,
      'https://jobs.lever.co/quenby/0a1b2c3d-0000-4000-8000-000000000001',
    );
    expect(text).toContain('intro0');
    expect(text).toContain('Forklift licence and two years');
    expect(text).not.toContain('Apply for this job');
  });
});

describe('a structured teaser gives way to the posting the page shows', () => {
  const visible = `<div class="hero"><h1>Stores Coordinator</h1></div>
    <article class="vacancy"><div class="vacancy__body"><p>Quenby Mills spins wool for knitwear brands in West Yorkshire.</p>${para('ops')}${para('more')}
    <h2>Requirements</h2><ul><li>Two years of experience in a stores or warehouse role</li></ul>
    <h2>Benefits</h2><ul><li>Staff discount on all yarns</li></ul></div></article>
    <div class="job-alert-signup"><h3>Get job alerts like this</h3><form><input type="email"></form></div>${SIMILAR}`;

  it('uses the visible posting, credited to the page', () => {
    const { text, from } = read(
      ld('Quenby Mills spins wool for knitwear brands in West Yorkshire.') + visible,
      'https://careers.quenby.example/jobs/stores-coordinator',
    );
    expect(from).toBe('page');
    expect(text).toContain('Two years of experience in a stores');
    expect(text).toContain('Staff discount');
    expect(text).not.toMatch(/job alerts|Stock Controller/);
  });

  it('keeps a structured description that is already whole', () => {
    const whole = `<p>Quenby Mills spins wool for knitwear brands in West Yorkshire.</p>${para('ops')}<h2>Requirements</h2><ul><li>Two years of experience in a stores or warehouse role</li></ul><h2>Benefits</h2><ul><li>Staff discount on all yarns</li></ul>`;
    const { from } = read(ld(whole) + visible, 'https://careers.quenby.example/jobs/stores-coordinator');
    expect(from).toBe('json-ld');
  });

  it('a summary the page never shows gives way to the far longer posting our own pass finds there', () => {
    const { text, from } = read(
      ld('Join the team that keeps our mill stocked and running.') + visible,
      'https://careers.quenby.example/jobs/stores-coordinator',
    );
    expect(from).toBe('page');
    expect(text).toContain('Two years of experience in a stores or warehouse role');
    expect(text).not.toContain('Get job alerts');
  });

  it('finds that posting by its section headings in Swedish, German and Spanish too', () => {
    for (const [first, second] of [
      ['Det här kommer du att göra', 'Vem är du?'],
      ['Deine Aufgaben', 'Was wir bieten'],
      ['¿Qué harás?', '¿Qué buscamos?'],
    ]) {
      const { text, from } = read(
        ld('Join the team that keeps our mill stocked and running.') +
          `<div class="hero"><h1>Stores Coordinator</h1></div><div class="prose">${para('intro')}<h3>${first}</h3><ul><li>Count the yarn store every Friday</li></ul><h3>${second}</h3><ul><li>A forklift licence and two years in a store</li></ul></div>`,
        'https://careers.quenby.example/jobs/stores-coordinator',
      );
      expect(from, first).toBe('page');
      expect(text).toContain('A forklift licence and two years in a store');
    }
  });

  it('keeps the structured text when the page shows no posting of its own', () => {
    const { text, from } = read(
      ld('Join the team that keeps our mill stocked and running.') +
        '<div class="hero"><h1>Stores Coordinator</h1></div><p>Apply with your CV below.</p>',
      'https://careers.quenby.example/jobs/stores-coordinator',
    );
    expect(from).toBe('json-ld');
    expect(text).toBe('Join the team that keeps our mill stocked and running.');
  });

  it('does not take the text from the JSON-LD script itself or from a list row', () => {
    const teaser = 'Quenby Mills spins wool for knitwear brands in West Yorkshire.';
    const { from } = read(
      `<table><tr class="job"><td><h2>Stores Coordinator</h2></td>${ld(teaser)}</tr></table>${para('pad')}${para('more')}`,
      'https://careers.quenby.example/jobs',
    );
    expect(from).toBe('json-ld');
  });
});

describe('postingBlocks never crosses page chrome', () => {
  const doc = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

  it('joins headed sibling sections of one posting and stops at a same-class "Similar jobs" block', () => {
    const document = doc(`<div class="job-head"><h1>Stores Coordinator</h1></div><div class="content">
      <section class="job-description"><h2>About the role</h2>${para('a')}</section>
      <section class="job-block"><h2>Responsibilities</h2><ul><li>Count stock every Friday afternoon</li></ul></section>
      <section class="job-block"><h2>Requirements</h2><ul><li>Forklift licence and a clean driving record</li></ul></section>
      <section class="job-block"><h2>Similar jobs</h2><ul><li><a href="#">Stock Controller</a></li></ul></section>
      <p class="report-ad"><a href="#">Report this job</a></p></div>
      <aside class="company-sidebar"><h3>About Quenby</h3><p>${words(20, 'side')}</p></aside>`);
    const anchor = document.querySelector('.job-description')!;
    const blocks = postingBlocks(anchor, 'wrappers', document.querySelector('h1'));
    const text = blocks.map((b) => b.textContent).join(' ');
    expect(blocks).toHaveLength(3);
    expect(text).toContain('Forklift licence');
    expect(text).not.toMatch(/Stock Controller|Report this|side0/);
  });

  it('does not widen into the title, and leaves a company profile beside the posting out', () => {
    const document =
      doc(`<main><h1>Stores Coordinator</h1><div class="card"><div class="card-body">${para('b')}</div></div>
      <div class="card" id="company-card"><div class="card-body"><h3>About the company</h3><p>${words(20, 'co')}</p></div></div></main>`);
    const blocks = postingBlocks(document.querySelector('.card-body')!, 'clean', document.querySelector('h1'));
    expect(blocks.map((b) => b.textContent).join(' ')).not.toContain('co0');
    expect(blocks.some((b) => b.contains(document.querySelector('h1')))).toBe(false);
  });

  it('reads a live page afresh: a rail added between two runs stops the second run', () => {
    const document = doc(`<h1>Route Planner</h1><div id="job">
      <div class="section" id="s1"><h2>About the role</h2><p>You will plan delivery rounds for our fleet of electric bikes.</p></div>
      <div class="section" id="s2"><h2>Requirements</h2><p>A year of dispatch experience and a calm voice on the phone.</p></div></div>`);
    const run = () =>
      postingBlocks(document.querySelector('#s1 p')!, 'clean', document.querySelector('h1'))
        .map((b) => b.textContent)
        .join(' ');
    expect(run()).toContain('calm voice');
    document
      .querySelector('#s2')!
      .insertAdjacentHTML(
        'beforeend',
        '<div class="similar-jobs"><h3>Similar jobs</h3><p>Night Courier at Brisk Co</p></div>',
      );
    expect(run()).not.toContain('Night Courier');
  });

  it('finds the teaser in a 700 KB page nested 70 deep without reading the page at every depth', () => {
    const teaser = 'Tollgate Couriers is hiring a route planner to run our evening rounds in Ipswich.';
    const filler = `<p>${'Sed quis lorem ut nulla tempor finibus. '.repeat(25)}</p>`.repeat(10);
    let inner = `<div class="posting"><p>${teaser}</p>${'<p>We plan rounds for 40 bikes every evening and you will own the schedule.</p>'.repeat(5)}</div>`;
    for (let i = 0; i < 70; i++) inner = `<div><div class="side">${filler}</div>${inner}</div>`;
    const document = doc(`<h1>Route Planner</h1>${inner}`);
    expect(document.body.textContent!.length).toBeGreaterThan(650_000);
    const start = performance.now();
    const shown = shownPosting(document, teaser, document.querySelector('h1'));
    expect(performance.now() - start).toBeLessThan(500);
    expect(shown).toContain('own the schedule');
  });

  it('joins <div> and <section> blocks whose test hooks share a family, and stops at a chrome one', () => {
    const document = doc(`<main><div data-test="section-header"><h1>Payroll Clerk</h1></div>
      <div data-test="section-about"><h2>Who we are</h2><p>Brindle Accounts keeps the books of forty family bakeries.</p></div>
      <section data-test="section-stack"><h2>Tools</h2><ul><li>Sage 50 and a good deal of spreadsheets</li></ul></section>
      <section data-test="section-tasks"><h2>Day to day</h2><ul><li>Run the weekly payroll for bakery staff</li></ul></section>
      <section data-test="section-similar-offers"><h2>More like this</h2><p>Bookkeeper at Oldfield Mills, Leeds</p></section></main>`);
    const blocks = postingBlocks(document.querySelector('[data-test="section-about"] p')!, 'clean', null);
    const text = blocks.map((b) => b.textContent).join(' ');
    expect(text).toContain('weekly payroll');
    expect(text).not.toMatch(/Payroll Clerk|Oldfield/);
  });

  it('finds nothing for a teaser the page does not show', () => {
    const document = doc(`<h1>Stores Coordinator</h1>${para('c')}${para('d')}`);
    expect(shownPosting(document, 'A sentence that is nowhere on this page at all.', null)).toBeNull();
  });
});
