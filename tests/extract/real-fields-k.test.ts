/**
 * Issue 10 (realfields): causes found on real pages nobody tuned on — an untitled small-site offer page, a title that
 * is only the site's home-link name, "Careers at Remote US" as the employer, an equal-opportunity line read across
 * paragraphs, and an accelerator batch after a startup's name.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '@/utils/extract';
import { namesHomeLink } from '@/utils/extract/generic/home-link';
import { isRemotePlace } from '@/utils/extract/generic/remote-place';
import { withoutBatchTag } from '@/utils/extract/generic/batch-tag';
import { nameFromEeoStatement } from '@/utils/extract/generic/company-from-page';
import { namesPlace } from '@/utils/extract/finishing-steps';
import { selectedJobLink } from '@/utils/extract/generic/job-pane';
import { jobTextCues } from '@/utils/extract/generic/plain-job-signs';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const run = (html: string, url: string) => extract(doc(html), url, { now: null });

describe('the site name on its header home link', () => {
  const page = (href: string, where: 'header' | 'div') =>
    doc(`<html><body><${where}><a href="${href}">Werkbank</a></${where}><p>Hallo</p></body></html>`);
  it.each([
    ['/', 'header', true],
    ['home', 'header', true],
    ['./index.php?lang=de', 'header', true],
    ['/jobs/42', 'header', false],
    ['/', 'div', false],
  ] as const)('href %s in a %s → %s', (href, where, expected) =>
    expect(namesHomeLink(page(href, where), 'Werkbank')).toBe(expected),
  );
  it('another text is not the name', () => expect(namesHomeLink(page('/', 'header'), 'Werkbank Jobs')).toBe(false));
});

describe('a place written as remote work', () => {
  it.each([
    ['Remote', true],
    ['Remote US', true],
    ['US-Remote', true],
    ['Remote (Canada)', true],
    ['Remote - EMEA', true],
    ['Remote Sensing Labs', false],
    ['Remote Year', false],
    ['Harbor Remote Works', false],
  ])('%s → %s', (name, expected) => expect(isRemotePlace(name)).toBe(expected));
  it('names a place: same words in another order, or remote', () => {
    expect(namesPlace('Remote US', ['US-Remote'])).toBe(true);
    expect(namesPlace('Remote', [])).toBe(true);
    expect(namesPlace('Tidewell Analytics', ['US-Remote'])).toBe(false);
  });
});

describe('an accelerator batch after a startup name', () => {
  it.each([
    ['Quillstack (S19)', 'Quillstack'],
    ['Ferrowave (YC W22)', 'Ferrowave'],
    ['Lumen Labs (YC S2021)', 'Lumen Labs'],
    ['Atelier Nord (Berlin)', 'Atelier Nord (Berlin)'],
    ['Kiln (W2)', 'Kiln (W2)'],
    ['(W17)', '(W17)'],
  ])('%s → %s', (name, expected) => expect(withoutBatchTag(name)).toBe(expected));
});

describe('the equal-opportunity line in its own paragraph', () => {
  it('reads the name from the paragraph, not the line before it', () => {
    const html =
      '<html><head><title>Support Analyst | Careers at Remote US</title></head><body><h1>Support Analyst</h1>' +
      '<div><p><strong>FLSA:</strong> Exempt</p><p>Pinegate is an equal opportunity employer.</p>' +
      '<h2>Responsibilities</h2><ul><li>Answer tickets from clinics.</li><li>Write help articles.</li></ul></div></body></html>';
    expect(run(html, 'https://careers-pinegate.icims.com/jobs/77/support-analyst/job').posting?.company).toBe(
      'Pinegate',
    );
  });
  it('still reads a statement in running text', () =>
    expect(nameFromEeoStatement('We hire widely. Tallow Grove is an equal opportunity employer.')).toBe(
      'Tallow Grove',
    ));
});

describe('the role heading on a page without h1 or document title', () => {
  it('takes the one heading that names a role, with the facts under it', () => {
    const html =
      '<html><body><h2>Postuler :</h2><div><h3>Préparateur de commandes (H/F)</h3><div><div><i class="fa fa-map-marker"></i><p>Rennes</p></div>' +
      '<div><i class="fa fa-building-o"></i><p>CDI</p></div><div><i class="fa fa-eur"></i><p>1 900 € brut par mois</p></div></div><p>Vous préparez les commandes du drive et rangez les livraisons du matin.</p>' +
      '<p>Profil : rigueur, port de charges, disponibilité le samedi.</p></div></body></html>';
    const x = run(html, 'https://drive-rennes.example/offre?id=3');
    expect(x.posting?.title).toBe('Préparateur de commandes (H/F)');
    expect(x.posting?.locations).toEqual(['Rennes']);
    expect(x.posting?.salary?.min).toBe(1900);
  });
  it('takes none when two headings name different roles', () => {
    const html = '<html><body><h3>Cuisinier (H/F)</h3><p>Lyon</p><h3>Plongeur (H/F)</h3><p>Lyon</p></body></html>';
    expect(run(html, 'https://bistrot.example/emplois').posting?.title ?? null).not.toBe('Cuisinier (H/F)');
  });
});

describe('a title that is only the site name on its home link', () => {
  it('gives way to the title-hooked line that names a role', () => {
    const html =
      '<html><head><title>Fachjobs</title></head><body><header><div class="header-title"><a href="home">Fachjobs</a></div>' +
      '</header><div class="offer"><span class="job-title">Lagerlogistiker (m/w/d)</span><span class="company-name">Brandt Spedition GmbH</span>' +
      '<p>Sie nehmen Ware an, kommissionieren Aufträge und bedienen den Stapler. Erfahrung im Lager ist ein Plus.</p></div></body></html>';
    const x = run(html, 'https://fachjobs.example/offer?id=5');
    expect(x.posting?.title).toBe('Lagerlogistiker (m/w/d)');
    expect(x.posting?.company).toBe('Brandt Spedition GmbH');
  });
});

describe('the job a search URL names, in a pane without hooks', () => {
  const card = (id: string, title: string) =>
    `<div><div><a href="https://jobs.example/view/${id}/">${title}</a></div><a href="/company/x/">Orchard Mills</a><span>Leeds · 2 days ago</span></div>`;
  const pane =
    '<div><p><a href="https://jobs.example/view/5550001/?t=detail">Mill Maintenance Fitter</a></p><p>Orchard Mills</p>' +
    '<h2>About the job</h2><div>Orchard Mills is looking for a maintenance fitter to keep the carding and spinning lines running on a ' +
    'four-on four-off rota. You will plan preventive work, fix breakdowns and order spares. You need a mechanical ' +
    'apprenticeship and two years on production machinery. Pay is £36,000 a year with overtime at time and a half, a pension with a six per cent match, and a tool allowance paid every spring.</div></div>';
  it('reads the link above the job text as the title', () => {
    const { document } = parseHTML(
      `<html><body>${card('5550001', 'Mill Maintenance Fitter')}${card('5550002', 'Shift Electrician')}${pane}</body></html>`,
    );
    expect(
      selectedJobLink(document as unknown as Document, 'https://jobs.example/search?currentJobId=5550001')?.textContent,
    ).toBe('Mill Maintenance Fitter');
  });
  it('reads nothing on a job page of its own (no other job linked) or from an apply button', () => {
    const { document } = parseHTML(
      `<html><body>${pane}<a href="https://jobs.example/apply?job=5550001">Apply Online</a></body></html>`,
    );
    expect(selectedJobLink(document as unknown as Document, 'https://jobs.example/detail?job=5550001')).toBeNull();
  });
});

describe('French ad wording in the second person', () => {
  it('counts "vous aurez pour mission" as duties and "vous maîtrisez" as what the hire brings', () => {
    expect(jobTextCues("Vous aurez pour mission l'accueil des clients. Vous maîtrisez les outils de caisse.")).toBe(2);
    expect(jobTextCues('Vous serez en charge du planning. Vous justifiez de deux ans de pratique.')).toBe(2);
  });
  it('counts nothing in an article about the same words', () =>
    expect(jobTextCues('Cette semaine, le magasin a rouvert ses portes au public.')).toBe(0));
});

describe('a value written above its label', () => {
  const page = (facts: string) =>
    `<html><head><title>Line Cook | Hearthstone Tavern</title></head><body><h1>Line Cook</h1><div>${facts}</div>` +
    '<h2>Duties</h2><ul><li>Run the grill station on busy evenings.</li><li>Prep sauces and keep the walk-in tidy.</li></ul>' +
    '<h2>Requirements</h2><ul><li>A year on a hot line.</li></ul></body></html>';
  it('reads the pair "Whitby" over "Location" as the place, not the next pair', () => {
    const facts =
      '<div><span>Whitby</span><span>Location</span></div><div><span>£11.90</span><span>Hourly rate</span></div>';
    expect(run(page(facts), 'https://hearthstone.example/jobs/line-cook').posting?.locations).toEqual(['Whitby']);
  });
  it('still reads a label followed by its value', () => {
    const facts = '<div><span>Location</span><span>Whitby</span></div>';
    expect(run(page(facts), 'https://hearthstone.example/jobs/line-cook').posting?.locations).toEqual(['Whitby']);
  });
});
