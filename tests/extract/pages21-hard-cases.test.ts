/**
 * Causes a batch of hard pages (1437–1452) showed: a pay guide ("Warehouse operative salaries in Leeds") read as a job
 * because of its facts and its "career" address; a careers page whose address opens one job of its accordion
 * ("#job-2") refused as a list; a board whose structured description is a teaser that starts with the job's title
 * (the heading was taken for where the teaser is shown, and the posting the page shows was never looked for).
 * Invented inputs.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { readDescription } from '@/utils/extract/generic/readability';

const run = (html: string, url: string) =>
  extract(parseHTML(html).document as unknown as Document, url, { readability: readDescription });

describe('a pay guide', () => {
  it('is not a posting, though it shows a place, pay and a career address', () => {
    const x = run(
      `<html lang="en-GB"><head><title>Forklift driver salary in Derby - PayScope</title></head><body>
      <h1>Forklift driver salaries in Derby</h1>
      <div class="summary"><p>Average base salary</p><p>£12.80 per hour</p><p>Derby, East Midlands</p><p>Updated 2 June 2025 · 180 salaries</p></div>
      <h2>Top companies for forklift drivers in Derby</h2><ul><li>Midshire Logistics £13.40</li><li>Peak Freight £12.95</li></ul>
      <h2>Frequently asked questions</h2><h3>What benefits do forklift drivers get?</h3><p>Pension and overtime are the most common.</p>
      </body></html>`,
      'https://uk.payscope.example/career/forklift-driver/salaries/Derby',
    );
    expect(x.verdict).toBe('not-posting');
  });
});

describe('a careers page whose address opens one job', () => {
  const item = (id: number, title: string, open: boolean, body: string) =>
    `<div class="accordion-item" id="job-${id}"><h2><button aria-expanded="${open}">${title}</button></h2>
    <div class="accordion-collapse"${open ? '' : ' hidden'}><div class="accordion-body">${body}</div></div></div>`;
  const job = `<p>Cerchiamo un idraulico per cantieri civili nella provincia di Treviso.</p>
    <h3>Cosa farai</h3><ul><li>Installazione di impianti idraulici e di riscaldamento</li><li>Manutenzione delle caldaie</li></ul>
    <h3>Chi cerchiamo</h3><ul><li>Esperienza di almeno 2 anni come idraulico</li><li>Patente B</li></ul>
    <h3>Cosa offriamo</h3><ul><li>Contratto a tempo indeterminato</li></ul>
    <p><a href="mailto:lavoro@termoidraulica.example">Candidati</a></p>`;
  it('reads that job, not a refusal', () => {
    const x = run(
      `<html lang="it"><head><title>Lavora con noi - Termoidraulica Piave</title></head><body>
      <h1>Lavora con noi</h1><section><h2>Posizioni aperte</h2><div class="accordion">
      ${item(1, 'Magazziniere', false, '<p>Gestione del magazzino.</p>')}
      ${item(2, 'Idraulico', true, job)}
      ${item(3, 'Impiegata amministrativa', false, '<p>Fatturazione e prima nota.</p>')}
      </div></section></body></html>`,
      'https://termoidraulica-piave.example/lavora-con-noi/#job-2',
    );
    expect(x.verdict).not.toBe('not-posting');
    expect(x.posting?.title).toBe('Idraulico');
  });
});

describe('a structured teaser that opens with the job title', () => {
  it('gives way to the posting the page shows', () => {
    const section = (heading: string, items: string[]) =>
      `<section><h2>${heading}</h2><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></section>`;
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Administrator sieci',
      description: '<p>Administrator sieci w Wisła Net sp. z o.o., Kraków.</p>',
      datePosted: '2025-06-01',
      hiringOrganization: { '@type': 'Organization', name: 'Wisła Net sp. z o.o.' },
    };
    const x = run(
      `<html lang="pl"><head><title>Administrator sieci - Wisła Net</title>
      <script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
      <div class="header"><h1>Administrator sieci</h1><h2>Wisła Net sp. z o.o.</h2></div>
      <div class="content">
      ${section('Obowiązki', ['Konfiguracja przełączników i routerów w sieci firmowej', 'Monitorowanie sieci i usuwanie awarii', 'Prowadzenie dokumentacji sieci'])}
      ${section('Wymagania', ['Min. 3 lata doświadczenia w administracji sieciami', 'Znajomość protokołów TCP/IP, VLAN i OSPF', 'Certyfikat CCNA'])}
      ${section('Oferujemy', ['Umowa o pracę na czas nieokreślony', 'Prywatna opieka medyczna', 'Karta sportowa'])}
      </div></body></html>`,
      'https://www.pracuj.pl/praca/administrator-sieci-krakow,oferta,1004211',
    );
    expect(x.posting?.descriptionText).toContain('Certyfikat CCNA');
  });
});
