/** Rules from pages on boards and ATSs the corpus had not seen (issue 10, fixtures 474–479, 486–499): each with its own short input. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';
import { AT_COMPANY } from '../../utils/extract/data/vocabulary';
import { readHeaderLine } from '../../utils/extract/generic/header-line';
import { locationFromProse } from '../../utils/extract/generic/prose-location';
import { companyFromCareersPhrase } from '../../utils/extract/generic/title-patterns';
import { parseSalaryText } from '../../utils/money/parse';
import { cleanCompany } from '../../utils/extract/normalize';

const read = (html: string, url: string) => {
  const { document } = parseHTML(`<!DOCTYPE html><html><head>${html}`);
  return extract(document as unknown as Document, url, { now: null }).posting;
};

describe('a "Label:" and its value under the title', () => {
  it('is a labelled row, not a header line: its value is no place', () => {
    const lines = ['Date de publication:12 novembre 2026', 'Type de contrat:Durée indéterminée'];
    const parts = [
      ['Date de publication:', '12 novembre 2026'],
      ['Type de contrat:', 'Durée indéterminée'],
    ];
    expect(readHeaderLine(lines, parts, null).places).toEqual([]);
  });
  it('a header line of facts still gives its place', () => {
    expect(readHeaderLine(['CDI · 39 h · Chambéry'], [[]], null).places).toEqual(['Chambéry']);
  });
  it('a town no list knows, beside the contract and a dated "published" label in any language', () => {
    for (const [line, town] of [
      ['CDI · Rennes (35) · Publiée le 20/11/2026', 'Rennes (35)'],
      ['Vollzeit · Heilbronn · Veröffentlicht am 20.11.2026', 'Heilbronn'],
      ['Jornada completa · Albacete · Publicado el 20/11/2026', 'Albacete'],
      ['Full-time · Wakefield · Posted 11/20/2026', 'Wakefield'],
    ] as const)
      expect(readHeaderLine([line], [[]], null).places, line).toEqual([town]);
    // A name beside a dated label that is no "published" label is not taken for a town.
    expect(readHeaderLine(['CDI · Rennes · Mise à jour le 20/11/2026'], [[]], null).places).toEqual([]);
  });
  it('a name first, then job facts only, is the place when the employer is known and another name', () => {
    expect(readHeaderLine(['Zoeterwoude · 40 uur'], [[]], null, 'Van Rijswijk Transport').places).toEqual([
      'Zoeterwoude',
    ]);
    // The employer's own name, or a part of it, before the facts is no place; nor is any name when no employer is known.
    expect(readHeaderLine(['Acme Logistics · Full-time'], [[]], null, 'Acme Logistics Ltd').places).toEqual([]);
    expect(readHeaderLine(['Nightingale Care · Part-time'], [[]], null, 'Nightingale Care Homes').places).toEqual([]);
    expect(readHeaderLine(['Zoeterwoude · 40 uur'], [[]], null, null).places).toEqual([]);
  });
});

describe('Cypress and end-to-end test hooks', () => {
  it('data-cy and data-e2e-component name the employer like data-testid', () => {
    const cy = read(
      `<title>Vendeur - Lausanne | Board</title></head><body><main>
      <a data-cy="company-link" href="/fr/entreprises/x/">Fournil du Pont SA</a>
      <h1>Vendeur</h1><p>Vous accueillez la clientèle. Postuler</p></main></body></html>`,
      'https://board.example/fr/emplois/detail/1/',
    );
    expect(cy?.company).toBe('Fournil du Pont SA');
    const e2e = read(
      `<title>Kerääjä, Tampere | Työpaikat</title></head><body><main>
      <h1>Kerääjä</h1><p><a data-e2e-component="job-ad-company" href="/tyonantajat/x">Lakeuden Varasto Oy</a></p>
      <p>Keräily käsipäätteellä. Hae paikkaa</p></main></body></html>`,
      'https://board.example/tyopaikat/tampere/keraaja-1',
    );
    expect(e2e?.company).toBe('Lakeuden Varasto Oy');
  });
});

describe('a town and its region in one line of facts', () => {
  it('the region stops at the next fact', () => {
    const posting = read(
      `<title>Grant Writer - Prairie Fund</title></head><body><main><h2>Grant Writer</h2>
      <div class="meta"><span class="meta-job-location-city">Madison</span>, <span class="meta-job-location-state">WI</span>
      · <span class="meta-job-type">Part Time</span> · <span class="meta-department">Development</span></div>
      <p>You will draft proposals. Apply for this position</p></main></body></html>`,
      'https://prairiefund.hire.trakstar.com/jobs/abc',
    );
    expect(posting?.locations).toEqual(['Madison, WI']);
  });
});

describe('a page title that only says "X Careers"', () => {
  it('the role is the heading that names one, the employer the one the title names', () => {
    const posting = read(
      `<title>Job Details | Redbud Family Dentistry Careers</title></head><body>
      <div class="job-details"><h2 class="job-title">Registered Dental Assistant</h2><span>Tulsa, OK</span>
      <p>Seat patients and take X-rays.</p><button>Apply</button></div></body></html>`,
      'https://www.paycomonline.net/v4/ats/web.php/portal/ABC/jobs/1',
    );
    expect(posting?.title).toBe('Registered Dental Assistant');
    expect(posting?.company).toBe('Redbud Family Dentistry');
  });
});

describe('the name a title gives, in full where the page writes it so', () => {
  it('"… at Saptarang Softlabs - Board" and a hooked "Saptarang Softlabs Pvt Ltd" link', () => {
    const posting = read(
      `<title>QA Engineer Job in Pune at Saptarang Softlabs - Board</title></head><body><main>
      <h1>QA Engineer</h1><a class="companyName" href="/search/x">Saptarang Softlabs Pvt Ltd</a>
      <span class="loc">Pune, Maharashtra</span><p>Write test suites. Apply</p></main></body></html>`,
      'https://board.example/job/qa-engineer-1',
    );
    expect(posting?.company).toBe('Saptarang Softlabs Pvt Ltd');
  });
});

describe('"Similar Jobs" and other list headings', () => {
  it('name no employer', () => {
    for (const heading of ['Similar Jobs', 'Related jobs', 'More jobs', 'Recommended Jobs', 'Latest Jobs'])
      expect(companyFromCareersPhrase(heading), heading).toBeNull();
  });
  it('"Acme Careers" and "Acme Jobs" still do, alone or as one part of a page title', () => {
    expect(companyFromCareersPhrase('Acme Careers')).toBe('Acme');
    expect(companyFromCareersPhrase('Job Details | Redbud Family Dentistry Careers')).toBe('Redbud Family Dentistry');
    expect(companyFromCareersPhrase('Northwind Jobs')).toBe('Northwind');
  });
});

describe('"Role at Company • City • Board"', () => {
  it('the company stops at the bullet', () => {
    expect('Founding Engineer at Pinecrest Robotics • Boston • Wellfound'.match(AT_COMPANY)?.[1]).toBe(
      'Pinecrest Robotics',
    );
    expect('Engineer at Acme | Board'.match(AT_COMPANY)?.[1]).toBe('Acme');
  });
});

const DUTIES = `<p>You will handle deliveries and customer orders every day.</p><h3>Requirements</h3>
  <ul><li>Driving licence</li><li>Two years of experience</li></ul><a href="#apply">Apply now</a>`;

describe('the place a page title writes after the role', () => {
  it('"Role in City - Company | Board" and "Rolle in Stadt bei Firma"', () => {
    const en = read(
      `<title>Delivery Driver in Leicester - Greenway Grocers | JobsBoard</title></head><body><h1>Delivery Driver</h1>${DUTIES}</body></html>`,
      'https://www.jobsboard.example/job/129',
    );
    expect(en?.locations).toEqual(['Leicester']);
    expect(en?.company).toBe('Greenway Grocers');
    const de = read(
      `<title>Fahrer (m/w/d) in Leipzig bei Grünweg Logistik GmbH | JobsBoard</title></head><body><h1>Fahrer (m/w/d)</h1>${DUTIES}</body></html>`,
      'https://www.jobsboard.example/job/130',
    );
    expect(de?.locations).toEqual(['Leipzig']);
    expect(de?.company).toBe('Grünweg Logistik GmbH');
  });
  it('a role that holds "in" itself stays whole', () => {
    const posting = read(
      `<title>Engineer in Training - Greenway Grocers | JobsBoard</title></head><body><h1>Engineer in Training</h1>${DUTIES}</body></html>`,
      'https://www.jobsboard.example/job/133',
    );
    expect(posting?.title).toBe('Engineer in Training');
    expect(posting?.locations).toEqual([]);
  });
});

describe('an "About X" section on a board', () => {
  it('names the employer when nothing else does', () => {
    const posting = read(
      `<title>Delivery Driver | JobsBoard</title></head><body><h1>Delivery Driver</h1><div>Leicester · Full-time</div>${DUTIES}
      <aside><h2>About Greenway Grocers</h2><p>Greenway runs twelve shops.</p></aside></body></html>`,
      'https://www.jobsboard.example/job/126',
    );
    expect(posting?.company).toBe('Greenway Grocers');
  });
  it('never the board itself, nor a footer link', () => {
    const posting = read(
      `<title>Delivery Driver | JobsBoard</title></head><body><h1>Delivery Driver</h1><div>Leicester · Full-time</div>${DUTIES}
      <section><h3>About JobsBoard</h3></section><footer><h4>About Trustline Media</h4></footer></body></html>`,
      'https://www.jobsboard.example/job/127',
    );
    expect(posting?.company).toBeNull();
  });
});

describe('two names right under the title', () => {
  it('"Company · Town · pay": the second name is the place, though the town is not in the place list', () => {
    expect(readHeaderLine(['Greenway Grocers · Loughborough · £26k–£29k + benefits'], [[]], null)).toMatchObject({
      company: 'Greenway Grocers',
      places: ['Loughborough'],
    });
  });
  it('not a name with its legal form, a department, or a line further down', () => {
    expect(readHeaderLine(['Greenway Grocers · Northfield Holdings Ltd'], [[]], null).places).toEqual([]);
    expect(readHeaderLine(['Greenway Grocers · Engineering'], [[]], null).places).toEqual([]);
    expect(readHeaderLine(['Full-time', 'Greenway Grocers · Loughborough'], [[], []], null).places).toEqual([]);
  });
});

describe('a short aria-label', () => {
  it('names the field its element holds', () => {
    const posting = read(
      `<title>Delivery Driver | JobsBoard</title></head><body><h1>Delivery Driver</h1>
      <div><span aria-label="Company">Greenway Grocers</span><span aria-label="Location">Loughborough</span></div>${DUTIES}</body></html>`,
      'https://www.jobsboard.example/job/140',
    );
    expect(posting?.company).toBe('Greenway Grocers');
    expect(posting?.locations).toEqual(['Loughborough']);
  });
  it('a sentence in an aria-label names nothing', () => {
    const posting = read(
      `<title>Delivery Driver | JobsBoard</title></head><body><h1>Delivery Driver</h1>
      <a aria-label="Read more about the company and its locations" href="/x">Oakfield Transport</a>${DUTIES}</body></html>`,
      'https://www.jobsboard.example/job/141',
    );
    expect(posting?.company).toBeNull();
  });
});

describe('African currency marks', () => {
  it('"KSh", "₦" and "GH₵" name their currencies', () => {
    expect(parseSalaryText('KSh 60,000 - 90,000')?.currency).toBe('KES');
    expect(parseSalaryText('₦250,000 - ₦400,000 per month')?.currency).toBe('NGN');
    expect(parseSalaryText('GH₵ 4,000 monthly')?.currency).toBe('GHS');
  });
});

describe('"our X depot" and other workplaces in prose', () => {
  it('a depot, branch or clinic names the place before it; a team does not', () => {
    expect(locationFromProse('You will be based at our Leicester depot.')).toBe('Leicester');
    expect(locationFromProse('Shifts are at our Manchester branch.')).toBe('Manchester');
    expect(locationFromProse('You will work in our Engineering team.')).toBeNull();
  });
});

describe('the place on the line under a lone employer', () => {
  it('"Zielony Most Sp. z o.o." then "Gdańsk, pomorskie": a town and its region', () => {
    expect(readHeaderLine(['Zielony Most Sp. z o.o.', 'Gdańsk, pomorskie'], [[], []], null)).toMatchObject({
      company: 'Zielony Most Sp. z o.o.',
      places: ['Gdańsk, pomorskie'],
    });
  });
  it('"Weingut Rebenhang GmbH" then "Bernkastel-Kues · Vollzeit · Unbefristet": the name before the job facts', () => {
    expect(
      readHeaderLine(['Weingut Rebenhang GmbH', 'Bernkastel-Kues · Vollzeit · Unbefristet'], [[], []], null),
    ).toMatchObject({ company: 'Weingut Rebenhang GmbH', places: ['Bernkastel-Kues'] });
  });
  it('without an employer line above, a name before the job facts stays unread', () => {
    expect(readHeaderLine(['Weingut Rebenhang · Vollzeit · Unbefristet'], [[]], null).places).toEqual([]);
  });
});

describe('more header lines in other languages', () => {
  it('"Transports Morel · Villeurbanne (69) · CDI": a town with its département', () => {
    expect(readHeaderLine(['Transports Morel · Villeurbanne (69) · CDI'], [[]], null)).toMatchObject({
      company: 'Transports Morel',
      places: ['Villeurbanne (69)'],
    });
  });
  it('"Van Dijk Transport B.V. in Zwolle": a name with its legal form, then the place', () => {
    expect(readHeaderLine(['Van Dijk Transport B.V. in Zwolle'], [[]], null)).toMatchObject({
      company: 'Van Dijk Transport B.V.',
      places: ['Zwolle'],
    });
    // Without a legal form, "X in Y" may be a role or a slogan: left alone.
    expect(readHeaderLine(['Freshness in Every Bite'], [[]], null).places).toEqual([]);
  });
  it('"Oakline Supply" above "Location: Kettering": the employer', () => {
    expect(readHeaderLine(['Oakline Supply', 'Location: Kettering'], [[], []], null).company).toBe('Oakline Supply');
    expect(readHeaderLine(['Oakline Supply', 'Salary: £25,000'], [[], []], null).company).toBeNull();
  });
});

describe('a star rating inside the employer element', () => {
  it('is no part of the name', () => {
    expect(cleanCompany('Bramblewood Care3.9 ★')).toBe('Bramblewood Care');
    expect(cleanCompany('Acme Ltd 4,2 ★ (118 reviews)')).toBe('Acme Ltd');
    expect(cleanCompany('Studio 54 Events')).toBe('Studio 54 Events');
  });
});

describe('more date wordings', () => {
  const page = (posted: string, closing: string) =>
    read(
      `<title>Delivery Driver - Greenway | Board</title></head><body><h1>Delivery Driver</h1>
      <p>Greenway Grocers · Leicester</p><p>${posted}</p><p>${closing}</p>${DUTIES}</body></html>`,
      'https://www.board.example/job/1',
    );
  it('"Listed on 20 Nov 2026" is the posted date', () => {
    expect(page('Listed on 20 Nov 2026', 'Closing date: 12 December 2026')?.datePosted).toBe('2026-11-20');
  });
  it('"Solliciteer vóór 12-12-2026" is the closing date', () => {
    expect(page('Geplaatst op 20-11-2026', 'Solliciteer vóór 12-12-2026')?.validThrough).toBe('2026-12-12');
  });
});

describe('more applicant-tracking hosts', () => {
  it('on an ApplicantPro, Trakstar Hire, ClearCompany, Cornerstone or JobScore host the logo names the employer', () => {
    for (const url of [
      'https://rimrock.applicantpro.com/jobs/1',
      'https://prairie.hire.trakstar.com/jobs/abc',
      'https://longleaf.clearcompany.com/careers/jobs/1',
      'https://hallbach.csod.com/ux/ats/careersite/2/home/requisition/1?c=hallbach',
      'https://careers.jobscore.com/careers/copperpot/jobs/line-cook-1',
    ]) {
      const posting = read(
        `<title>Line Cook</title></head><body><header><img class="logo" src="/l.png" alt="Copperleaf Kitchen Group"></header>
        <h1>Line Cook</h1>${DUTIES}</body></html>`,
        url,
      );
      expect(posting?.company, url).toBe('Copperleaf Kitchen Group');
    }
  });
});

describe('a place part that leads with the work mode', () => {
  it('"Hybrid work in Kettering, OH 45440": the place, and the mode apart', () => {
    expect(readHeaderLine(['Oakline Supply · Hybrid work in Kettering, OH 45440'], [[]], null)).toMatchObject({
      company: 'Oakline Supply',
      places: ['Kettering, OH 45440'],
      workMode: 'hybrid',
    });
    expect(readHeaderLine(['Oakline Supply · Remote in Dayton, OH'], [[]], null)).toMatchObject({
      places: ['Dayton, OH'],
      workMode: 'remote',
    });
  });
  it('"Hybrid in" before a word that is no place stays unread', () => {
    expect(readHeaderLine(['Oakline Supply · Hybrid in spirit'], [[]], null).places).toEqual([]);
  });
});
