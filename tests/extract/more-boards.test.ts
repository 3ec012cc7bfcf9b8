/**
 * Boards not yet in the fixture corpus (Bayt, Computrabajo, HelloWork, CV-Library), each as a page in
 * that site's layout with invented text: what each one revealed is fixed in general (a salary label that
 * states the period, "Company - Place" header lines with Latin American and French places, a role and
 * an employer link in one heading, a page whose classes look like another site's rule).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '../../utils/extract';

const pages: Array<[string, string, string]> = [
  [
    'bayt',
    'https://www.bayt.com/en/uae/jobs/hvac-technician-4988123/',
    `<!DOCTYPE html><html lang="en"><head><title>HVAC Technician job - Dubai, United Arab Emirates - Qasr Al Bahr Facilities | Bayt.com</title></head><body>
<header><a href="/en/">Bayt.com</a></header>
<div class="card"><div class="card-content" id="job_card"><h1 id="job_title" class="h3 t-break">HVAC Technician</h1>
<div class="t-nowrap p10l"><a class="is-black t-bold" href="/en/company/qasr-al-bahr-facilities-88120/">Qasr Al Bahr Facilities</a></div>
<ul class="list is-basic t-small"><li><span class="t-mute"><a href="/en/uae/jobs/jobs-in-dubai/">Dubai</a>, <a href="/en/uae/jobs/">United Arab Emirates</a></span></li><li><span class="t-mute u-stretch">Posted 3 days ago</span></li></ul>
<a class="btn is-primary" href="/en/job/apply/4988123">Easy Apply</a></div>
<div class="card-content"><h2 class="h5">Job Description</h2><div class="t-break"><p>We maintain cooling plants for 40 residential towers.</p><ul><li>Service chillers and AHUs</li><li>Respond to breakdown calls</li></ul><p>Requirements</p><ul><li>Diploma in mechanical engineering</li></ul></div></div>
<div class="card-content"><h2 class="h5">Job Details</h2><dl class="dlist is-spaced is-fitted t-small m0"><div><dt>Job Location</dt><dd>Dubai, United Arab Emirates</dd></div><div><dt>Company Industry</dt><dd>Facilities Management</dd></div><div><dt>Employment Type</dt><dd>Full Time Employee</dd></div><div><dt>Monthly Salary Range</dt><dd>AED 4,000 - AED 5,500</dd></div></dl></div></div>
<div class="card"><h2>Similar Jobs</h2><ul><li><a href="#">Chiller Technician</a><span>Abu Dhabi</span><span>AED 6,000 - AED 7,500</span></li></ul></div>
</body></html>`,
  ],
  [
    'computrabajo',
    'https://mx.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-auxiliar-contable-en-cuauhtemoc-8A1B2C3D4E5F',
    `<!DOCTYPE html><html lang="es-MX"><head><title>Auxiliar contable - Cuauhtémoc - Despacho Olmeca Contadores | Computrabajo</title></head><body>
<header><a href="/">Computrabajo</a></header>
<main><div class="box_detail"><h1 class="fwB fs24 mb5 box_detail w100_m">Auxiliar contable</h1>
<p class="fs16">Despacho Olmeca Contadores - Cuauhtémoc, Ciudad de México</p>
<div class="mbB"><span class="tag base mb10">$ 12,500.00 (Mensual)</span><span class="tag base mb10">Tiempo Completo</span><span class="tag base mb10">Contrato por tiempo indeterminado</span></div>
<a class="b_primary big" href="#postular">Postularme</a>
<p class="fc_aux fs13">Hace 2 días</p></div>
<div class="box_detail fs16"><h3 class="fs16 fwB mb15">Descripción de la oferta</h3><p>Despacho contable con 25 años busca auxiliar.</p><p>Funciones:</p><ul><li>Registro de pólizas en CONTPAQi</li><li>Conciliaciones bancarias</li></ul><p>Requisitos:</p><ul><li>Carrera trunca o titulado en contaduría</li></ul></div>
<div><h2>Ofertas similares</h2><article class="box_offer"><h2><a>Contador general</a></h2><p>Grupo Tlaloc</p><span>$ 22,000.00 (Mensual)</span></article></div></main></body></html>`,
  ],
  [
    'hellowork',
    'https://www.hellowork.com/fr-fr/emplois/58812345.html',
    `<!DOCTYPE html><html lang="fr"><head><title>Offre d'emploi Technicien de maintenance H/F - Villeurbanne - CDI | HelloWork</title></head><body>
<header><a href="/">HelloWork</a></header><main>
<section><h1 class="tw-inline"><span data-cy="jobTitle" class="tw-block tw-typo-xl">Technicien de maintenance H/F</span><a href="/fr-fr/entreprises/plastiques-du-rhone" class="tw-block tw-typo-s">Plastiques du Rhône</a></h1>
<ul class="tw-flex tw-flex-wrap tw-gap-3"><li class="tw-tag-secondary-s" data-cy="localisationCard">Villeurbanne - 69</li><li class="tw-tag-secondary-s">CDI</li><li class="tw-tag-attractive-s" data-cy="salary">35 000 - 40 000 € / an</li></ul>
<p class="tw-typo-s">Publiée le 19/11/2026</p><a data-cy="applyButton" href="#postuler">Postuler</a></section>
<section><h2>Les missions du poste</h2><p>Maintenance des presses à injecter.</p><ul><li>Dépannage électrique et hydraulique</li></ul><h2>Le profil recherché</h2><ul><li>BTS MS ou équivalent</li></ul></section>
<section><h2>Offres similaires</h2><ul><li><h3>Technicien automaticien</h3><p>Décines</p><p>40 000 - 46 000 € / an</p></li></ul></section></main></body></html>`,
  ],
  [
    'cvlibrary',
    'https://www.cv-library.co.uk/job/224881234/Payroll-Administrator',
    `<!DOCTYPE html><html lang="en-GB"><head><title>Payroll Administrator Job in Leeds - CV-Library</title></head><body>
<header><a href="/">CV-Library</a></header><main><article class="job">
<header class="job__header"><h1 class="job__title">Payroll Administrator</h1><div class="job__header-info">Posted 21/11/2026 by <a class="job__company-link" href="/list-jobs/88123/Aire-Valley-Housing">Aire Valley Housing</a></div></header>
<dl class="job__details"><dt class="job__details-term">Salary:</dt><dd class="job__details-value salary">£27,000 - £30,000/annum</dd><dt class="job__details-term">Location:</dt><dd class="job__details-value">Leeds, West Yorkshire</dd><dt class="job__details-term">Job Type:</dt><dd class="job__details-value">Permanent</dd><dt class="job__details-term">Start Date:</dt><dd class="job__details-value">ASAP</dd></dl>
<a class="btn job__apply" href="/apply/224881234">Apply Now</a>
<div class="job__description"><p>We manage 9,000 homes across Leeds and Bradford.</p><h3>Duties</h3><ul><li>Run the monthly payroll in iTrent</li></ul><h3>Requirements</h3><ul><li>CIPP Foundation Degree</li></ul></div></article>
<section class="similar-jobs"><h2>Similar jobs</h2><div><a>Payroll Manager</a><span>£40,000 - £45,000/annum</span></div></section></main></body></html>`,
  ],
];
const want: Record<
  string,
  { title: string; company: string; location: string; salary: [number, number, string, string] }
> = {
  bayt: {
    title: 'HVAC Technician',
    company: 'Qasr Al Bahr Facilities',
    location: 'Dubai, United Arab Emirates',
    salary: [4000, 5500, 'AED', 'month'],
  },
  computrabajo: {
    title: 'Auxiliar contable',
    company: 'Despacho Olmeca Contadores',
    location: 'Cuauhtémoc, Ciudad de México',
    salary: [12500, 12500, 'MXN', 'month'],
  },
  hellowork: {
    title: 'Technicien de maintenance H/F',
    company: 'Plastiques du Rhône',
    location: 'Villeurbanne - 69',
    salary: [35000, 40000, 'EUR', 'year'],
  },
  cvlibrary: {
    title: 'Payroll Administrator',
    company: 'Aire Valley Housing',
    location: 'Leeds, West Yorkshire',
    salary: [27000, 30000, 'GBP', 'year'],
  },
};

describe('boards not in the corpus', () => {
  for (const [name, url, html] of pages) {
    it(name, () => {
      const e = extract(parseHTML(html).document as unknown as Document, url, { now: null });
      const p = e.posting!;
      const w = want[name]!;
      expect(e.isJobPosting).toBe(true);
      expect(p.title).toBe(w.title);
      expect(p.company).toBe(w.company);
      expect(p.locations).toEqual([w.location]);
      expect(p.salary && [p.salary.min, p.salary.max, p.salary.currency, p.salary.period]).toEqual(w.salary);
    });
  }
});

const card = (t: string, c: string, l: string, s: string) =>
  `<article class="box_offer"><h2 class="fs18 fwB"><a class="js-o-link fc_base" href="/ofertas-de-trabajo/oferta-${t.length}">${t}</a></h2><p class="dFlex"><a class="fc_base t_ellipsis">${c}</a></p><p class="fs16 fc_base mt5"><span class="mr10">${l}</span></p><div class="fs13 mt15"><span class="dIB mr10">${s}</span></div><p class="fs13 fc_aux">Hace 1 día</p></article>`;
const notPostings: Array<[string, string, string]> = [
  [
    'computrabajo list',
    'https://mx.computrabajo.com/trabajo-de-auxiliar-contable-en-cuauhtemoc',
    `<html lang="es-MX"><head><title>Empleos de Auxiliar contable en Cuauhtémoc - 128 vacantes | Computrabajo</title></head><body><h1>128 ofertas de trabajo de auxiliar contable en Cuauhtémoc</h1>${card('Auxiliar contable', 'Despacho Uno', 'Cuauhtémoc, Ciudad de México', '$ 11,000.00 (Mensual)')}${card('Auxiliar de contabilidad', 'Grupo Dos', 'Benito Juárez, Ciudad de México', '$ 12,000.00 (Mensual)')}${card('Asistente contable', 'Tres SA', 'Coyoacán, Ciudad de México', '$ 10,500.00 (Mensual)')}</body></html>`,
  ],
  [
    'bayt company',
    'https://www.bayt.com/en/company/qasr-al-bahr-facilities-88120/',
    `<html lang="en"><head><title>Qasr Al Bahr Facilities Careers, Jobs and Company Info | Bayt.com</title></head><body><h1>Qasr Al Bahr Facilities</h1><ul><li>Industry: Facilities Management</li><li>Company Size: 201-500 employees</li><li>Location: Dubai, United Arab Emirates</li></ul><h2>About the company</h2><p>We maintain buildings.</p><h2>Jobs at Qasr Al Bahr Facilities</h2><ul><li><a href="/en/uae/jobs/hvac-technician-4988123/">HVAC Technician</a> Dubai</li><li><a href="/en/uae/jobs/electrician-4988124/">Electrician</a> Dubai</li><li><a href="/en/uae/jobs/plumber-4988125/">Plumber</a> Sharjah</li></ul></body></html>`,
  ],
  [
    'cvlibrary search',
    'https://www.cv-library.co.uk/payroll-jobs-in-leeds',
    `<html lang="en-GB"><head><title>Payroll Jobs in Leeds - 54 vacancies | CV-Library</title></head><body><h1>54 Payroll jobs in Leeds</h1><ol class="results"><li><article class="job"><header class="job__header"><h2 class="job__title"><a href="/job/1/Payroll-Administrator">Payroll Administrator</a></h2></header><dl><dt>Salary:</dt><dd>£27,000 - £30,000/annum</dd><dt>Location:</dt><dd>Leeds</dd></dl><a href="/apply/1">Apply</a></article></li><li><article class="job"><header class="job__header"><h2 class="job__title"><a href="/job/2/Payroll-Officer">Payroll Officer</a></h2></header><dl><dt>Salary:</dt><dd>£29,000/annum</dd></dl></article></li><li><article class="job"><header class="job__header"><h2 class="job__title"><a href="/job/3/Payroll-Manager">Payroll Manager</a></h2></header></article></li></ol></body></html>`,
  ],
  [
    'salary guide',
    'https://www.bayt.com/en/salaries/hvac-technician-dubai/',
    `<html lang="en"><head><title>HVAC Technician Salary in Dubai (2026) | Bayt.com</title></head><body><h1>HVAC Technician Salary in Dubai</h1><p>Monthly Salary Range: AED 3,500 - AED 6,000</p><p>Average: AED 4,700 per month</p><h2>How salaries compare</h2><p>Based on 412 reports.</p></body></html>`,
  ],
];
describe('their lists, company pages and pay guides stay refused', () => {
  for (const [name, url, html] of notPostings) {
    it(name, () => {
      expect(extract(parseHTML(html).document as unknown as Document, url, { now: null }).isJobPosting).toBe(false);
    });
  }
});
