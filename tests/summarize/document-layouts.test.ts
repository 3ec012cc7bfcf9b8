/**
 * Postings published as documents and through page builders (issue 11, pages 050–061): headings
 * that are styled spans or bold paragraphs, lists that are paragraphs, divs or <br> runs with a
 * bullet glyph. The input goes through the sanitizer first, as a captured description does, so the
 * classes and styles that made a line look like a heading are gone. One short invented input per layout.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../utils/extract/sanitize';
import { isChromeLine, removeBoilerplate } from '../../utils/summarize/boilerplate';
import { namedAboutHeading } from '../../utils/summarize/headings';
import { splitSections } from '../../utils/summarize/sections';

const split = (raw: string) => splitSections(sanitizeHtml(raw), '');

describe('a published Google Doc (headings bold only through a CSS class)', () => {
  const doc =
    '<p class="c3"><span class="c7">About Fenwick &amp; Hale</span></p>' +
    '<p class="c1"><span class="c0">Fenwick &amp; Hale restores timber boats in a yard on the river.</span></p>' +
    '<p class="c3"><span class="c7">What you’ll do</span></p>' +
    '<ul class="c4 lst-kix_x1-0 start"><li class="c1 c2 li-bullet-0"><span class="c0">Order timber and fittings</span></li></ul>' +
    '<p class="c3"><span class="c7">What we’re looking for</span></p>' +
    '<ul class="c4 lst-kix_x2-0 start"><li class="c1 c2 li-bullet-0"><span class="c0">Two years in a boatyard</span></li></ul>';

  it('reads "About <employer>" as the about heading, and the lists under their headings', () => {
    const sections = split(doc);
    expect(sections.about).toEqual(['Fenwick & Hale restores timber boats in a yard on the river.']);
    expect(sections.responsibilities).toEqual(['Order timber and fittings']);
    expect(sections.requirements).toEqual(['Two years in a boatyard']);
  });

  it('takes a named about heading only when the rest is a name', () => {
    expect(namedAboutHeading('About Fenwick & Hale')).toBe(true);
    expect(namedAboutHeading('Working at Quillmoss')).toBe(true);
    expect(namedAboutHeading('About 20% travel')).toBe(false);
    expect(namedAboutHeading('About the products we make')).toBe(false);
    expect(namedAboutHeading('Order timber and fittings')).toBe(false);
  });
});

describe('a Notion page (bullets drawn by CSS, no glyph in the text)', () => {
  it('files the list blocks under the heading block above them', () => {
    const item = (text: string) =>
      `<div class="notion-bulleted_list-block"><div style="display:flex"><div class="pseudoBefore"></div><div><div placeholder="List">${text}</div></div></div></div>`;
    const sections = split(
      '<div class="notion-page-content"><div class="notion-sub_header-block"><div><h3>What you will work on</h3></div></div>' +
        item('Ship booking APIs in Go') +
        item('Own the Postgres schema') +
        '<div class="notion-sub_header-block"><div><h3>Bonus points</h3></div></div>' +
        item('You have run Kubernetes in production') +
        '</div>',
    );
    expect(sections.responsibilities).toEqual(['Ship booking APIs in Go', 'Own the Postgres schema']);
    expect(sections.preferred).toEqual(['You have run Kubernetes in production']);
  });
});

describe('Taleo rich text (<font>, <b> headings, "- " items between <br>)', () => {
  it('reads the sections and drops the row of job-page buttons', () => {
    const sections = split(
      '<span class="text"><font face="Arial"><b>Essential Duties</b><br>- Plan preventive maintenance<br>- Build job packages<br><br>' +
        '<b>Preferred</b><br>- Planner certification<br><br></font></span>' +
        '<div class="staticcontentlinepanel"><a href="#">Apply Online</a> <a href="#">Add to My Job Cart</a> <a href="#">Send to a Friend</a></div>',
    );
    expect(sections.responsibilities).toEqual(['Plan preventive maintenance', 'Build job packages']);
    expect(sections.preferred).toEqual(['Planner certification']);
    const filed = [...sections.responsibilities, ...sections.requirements, ...sections.preferred, ...sections.about];
    expect(filed.join(' ')).not.toMatch(/Job Cart/);
  });

  it('knows the buttons as boilerplate, in one line or each on its own', () => {
    expect(removeBoilerplate('Apply Online Add to My Job Cart Send to a Friend').kept).toBe('');
    expect(isChromeLine('Add to My Job Cart')).toBe(false);
    expect(removeBoilerplate('Send this job to a friend').kept).toBe('');
    expect(removeBoilerplate('You will send samples to a friendly lab in Ohio.').kept).not.toBe('');
  });
});

describe('page builders that write lists as paragraphs', () => {
  it('Homerun: bold paragraphs, "•" items joined by <br> in one paragraph', () => {
    const sections = split(
      '<p><strong>Your day</strong></p><p>• Open the shop before 7:00<br>• Plan the shift rota</p>' +
        '<p><strong>You bring</strong></p><p>• Two years leading a shop team<br>• Fluent Dutch</p>',
    );
    expect(sections.responsibilities).toEqual(['Open the shop before 7:00', 'Plan the shift rota']);
    expect(sections.requirements).toEqual(['Two years leading a shop team', 'Fluent Dutch']);
  });

  it('JOIN: bold paragraphs and list items that wrap a paragraph', () => {
    const sections = split(
      '<p><strong>Deine Aufgaben</strong></p><ul><li><p>Du buchst Belege in DATEV</p></li></ul>' +
        '<p><strong>Wünschenswert</strong></p><ul><li><p>Erfahrung mit Exportdokumenten</p></li></ul>',
    );
    expect(sections.responsibilities).toEqual(['Du buchst Belege in DATEV']);
    expect(sections.preferred).toEqual(['Erfahrung mit Exportdokumenten']);
  });

  it('Factorial: plain label paragraphs ("Qué harás:") and one "- " paragraph per item', () => {
    const sections = split(
      '<p>Qué harás:</p><p>- Reparar las líneas de envasado</p><p>- Registrar las intervenciones</p>' +
        '<p>Se valorará:</p><p>- Conocimientos de autómatas Siemens</p>',
    );
    expect(sections.responsibilities).toEqual(['Reparar las líneas de envasado', 'Registrar las intervenciones']);
    expect(sections.preferred).toEqual(['Conocimientos de autómatas Siemens']);
  });

  it('Zoho Recruit: one div per line, headings in a bold-styled span, "•" items', () => {
    const sections = split(
      '<div id="spandesc"><div><span style="font-weight:bold">Job Responsibilities</span></div><div>• Process monthly payroll</div>' +
        '<div><br></div><div><span style="font-weight:bold">Desirable</span></div><div>• CIPP Foundation Degree</div></div>',
    );
    expect(sections.responsibilities).toEqual(['Process monthly payroll']);
    expect(sections.preferred).toEqual(['CIPP Foundation Degree']);
  });

  it('Freshteam: "<b>Label:</b>" paragraphs and "&#8226;&nbsp;" items', () => {
    const sections = split(
      '<p><b>Requirements:</b></p><p>&#8226;&nbsp; A print portfolio</p><p>&nbsp;</p>' +
        '<p><b>Nice to haves:</b></p><p>&#8226;&nbsp; Hand lettering</p>',
    );
    expect(sections.requirements).toEqual(['A print portfolio']);
    expect(sections.preferred).toEqual(['Hand lettering']);
  });
});
