/**
 * Posting signs small sites write without the usual markup (issue 10, real unsure postings): a section
 * written as a sentence leading into a list ("Vous aurez pour missions :"), and a form that sends a
 * candidate's name and e-mail to an "apply" or "recruit" address without a CV field. Their look-alikes
 * (a recipe's "You will need:", a newsletter form, a sign-in form) do not count. One job reference number
 * ("Job ID: 88412") is a sign of one posting; a list's several numbers are not. A recruiting mailbox in the
 * posting's text ("Write to jobs@…") is a way to apply. Invented text throughout.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { listLeadIns } from '@/utils/extract/generic/list-lead-ins';
import { namedApplyForm } from '@/utils/extract/generic/apply-form';
import { oneJobReference } from '@/utils/extract/generic/job-reference';
import { namesRecruitingMailbox } from '@/utils/extract/generic/recruiting-mailbox';
import { detect } from '@/utils/extract/detect';
import { detectInput } from './detect-input';

const doc = (body: string, head = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const list = '<ul><li>One thing to do</li><li>Another thing to do</li></ul>';

describe('listLeadIns', () => {
  it('counts sentences ending in a colon that lead into a list and name a section', () => {
    const page = doc(
      `<p>Vous aurez pour mission :</p>${list}` +
        `<p><strong>Das erwartet Sie bei uns:</strong></p>${list}` +
        `<p>In this role you will:</p>${list}`,
    );
    expect(listLeadIns(page)).toBe(3);
  });

  it('leaves out short section names (counted elsewhere), lines without a colon or a list, and other lead-ins', () => {
    const page = doc(
      `<p>Your tasks:</p>${list}` + // a section name: `isSectionName` counts it
        `<p>Vous aurez pour missions</p>${list}` + // no colon
        `<p>Your responsibilities will include:</p><p>Not a list.</p>` + // no list after it
        `<p>Ingredients for the filling:</p>${list}` + // no section word
        `<p>Your role:</p><ul><li>Only one item</li></ul>`, // a one-item list
    );
    expect(listLeadIns(page)).toBe(0);
  });
});

describe('namedApplyForm', () => {
  it('finds a form with an e-mail field sent to an apply or recruit address, or with an apply button', () => {
    expect(namedApplyForm(doc('<form action="./envoi_candidature.php"><input type="email" name="mail"></form>'))).toBe(
      true,
    );
    expect(namedApplyForm(doc('<form class="application-form"><input type="email" name="your-email"></form>'))).toBe(
      true,
    );
    expect(
      namedApplyForm(doc('<form action="/send"><input name="email"><button type="submit">Postuler</button></form>')),
    ).toBe(true);
  });

  it('leaves out newsletter, job-alert and sign-in forms, and forms without an e-mail field', () => {
    expect(
      namedApplyForm(doc('<form action="/subscribe/"><input type="email"><button>Subscribe</button></form>')),
    ).toBe(false);
    expect(
      namedApplyForm(
        doc('<form action="/candidate/alerts"><input type="email"><button>Create job alert</button></form>'),
      ),
    ).toBe(false);
    expect(
      namedApplyForm(
        doc(
          '<form action="/candidat/connexion"><input type="email"><input type="password"><button>Apply</button></form>',
        ),
      ),
    ).toBe(false);
    expect(namedApplyForm(doc('<form action="/apply"><input type="text" name="name"></form>'))).toBe(false);
  });
});

describe('a posting written with lead-in sentences and a plain application form is accepted', () => {
  const page = (title: string, body: string) =>
    extract(
      parseHTML(`<!doctype html><html><head><title>${title}</title></head><body><main>${body}</main></body></html>`)
        .document as unknown as Document,
      'https://example.org/fiche.php?id=3',
      { now: null },
    );

  it('a "fiche poste" with missions and a candidate form', () => {
    const x = page(
      'Fiche poste | Association Les Ruches du Val',
      '<h1>Apiculture &amp; animation</h1><p>Vous aurez pour missions principales :</p>' +
        '<ul><li>Entretenir les ruches du rucher école avec les bénévoles</li><li>Accueillir les classes le mercredi</li></ul>' +
        '<p>Vous aimez le contact avec les enfants et travailler dehors.</p>' +
        '<form action="./envoi_candidature.php" method="post"><label>Nom <input name="nom"></label>' +
        '<label>Mail <input type="email" name="mail"></label><input type="submit" value="Envoyer"></form>',
    );
    expect(x.isJobPosting).toBe(true);
  });

  it('a recipe post with "You will need:" and a newsletter form stays refused', () => {
    const x = page(
      'Lemon drizzle cake – a baking blog',
      '<h1>Lemon drizzle cake</h1><p>You will need:</p>' +
        '<ul><li>200 g butter</li><li>200 g sugar</li><li>Two lemons</li></ul>' +
        '<form action="/subscribe"><input type="email" name="email"><button>Subscribe</button></form>',
    );
    expect(x.isJobPosting).toBe(false);
  });
});

describe('oneJobReference', () => {
  it.each([
    'Job ID: 88412\nLocation: Leeds',
    'Kennziffer: 14/2026',
    'Référence : CDI-0412',
    "N° d'offre : 5531",
    'Req #4410',
    'Vacancy number: 1234',
    'Código de la oferta: 77812',
    'Referentienummer: HV-2026-0418 … solliciteer met vermelding van referentienummer: HV-2026-0418',
  ])('one number: %s', (text) => expect(oneJobReference(text)).toBe(true));

  it.each([
    'Reference: HDC-0627 · Libraries\nReference: HDC-0631 · Waste', // a list's cards
    'See reference 2026 in the annex', // no separator
    'References: available on request', // no code
    'Requirements: 3 years of experience', // a section, not a number
  ])('not one number: %s', (text) => expect(oneJobReference(text)).toBe(false));
});

describe('detect() weighs one job reference number', () => {
  const base = detectInput({ descriptionChars: 900, jobLinks: 2, headerFacts: 1, roleTitle: true });
  it('tips a role title with one fact over into a posting', () => {
    expect(detect(base).isJobPosting).toBe(false);
    const withRef = detect({ ...base, jobReference: true });
    expect(withRef.isJobPosting).toBe(true);
    expect(withRef.reasons).toContain('It shows the job’s reference number');
  });
  it('not under a heading that counts results', () => {
    expect(detect({ ...base, listTitle: true, jobReference: true }).reasons).not.toContain(
      'It shows the job’s reference number',
    );
  });
});

describe('namesRecruitingMailbox', () => {
  it.each([
    'Interested? Write to jobs@saltmarsh.example and tell us about you.',
    'Scrivici a lavoro@trattoria.example',
    'Fragen und Unterlagen an karriere@holzbau.example',
    'Contact recrutement@transports.example',
  ])('%s', (text) => expect(namesRecruitingMailbox(text)).toBe(true));
  it.each([
    'Write to hello@saltmarsh.example',
    'Orders: sales@print.example',
    'See www.jobs.example/apply for details', // a web address, not a mailbox
    'Mail info@myjobs@x', // a mailbox whose local part only ends in "jobs"
  ])('%s', (text) => expect(namesRecruitingMailbox(text)).toBe(false));
});

describe('a plain ad whose only way to apply is a recruiting mailbox is accepted', () => {
  it('a role title, job-ad wording and "write to jobs@…"', () => {
    const x = extract(
      parseHTML(
        '<!doctype html><html><head><title>Baker – Northgate Bakehouse</title></head><body><main>' +
          '<h1>Baker</h1><p>Our bakehouse on Northgate bakes bread for six cafés. We need a baker for the night shift, ' +
          'Sunday to Thursday, 10pm to 6am.</p><p>You will mix, shape and bake our sourdough and rolls.' +
          '</p><p>Interested? Write to jobs@northgatebakehouse.example.</p></main></body></html>',
      ).document as unknown as Document,
      'https://northgatebakehouse.example/baker',
      { now: null },
    );
    expect(x.isJobPosting).toBe(true);
  });
});
