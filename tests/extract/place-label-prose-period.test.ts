/**
 * Issue 10, from a probe set of small-business pages (Squarespace, WordPress, a Dutch site) written before the rules
 * were read: a place read with its label from the facts under the heading ("Standort Rosenheim"), the job's town
 * stated in a sentence the place list does not know ("poste basé à Nantes"), and the pay's period stated only in the
 * text for the amounts the facts show; and the employer's © line on its own site, whose host spells the name's
 * first words with "and".
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extract } from '@/utils/extract';
import { withoutGluedFacts } from '@/utils/extract/generic/place-tail';
import { locationFromProse } from '@/utils/extract/generic/prose-location';
import { placeValue } from '@/utils/extract/generic/labelled';
import { companyFromPage } from '@/utils/extract/generic/company-from-page';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const posting = (html: string) => extract(doc(html), 'https://example.org/karriere/4', { now: null }).posting;

describe('a place read with its label', () => {
  it.each([
    ['Standort Rosenheim', 'Rosenheim'],
    ['Arbeitsort: Bad Tölz', 'Bad Tölz'],
    ['Lieu de travail : Angers', 'Angers'],
    ['Sede Bilbao', 'Bilbao'],
    ['Locatie Zwolle, Vollzeit', 'Zwolle'],
  ])('%s → %s', (value, expected) => expect(withoutGluedFacts(value)).toBe(expected));

  it('keeps a place whose name only starts like a label', () => {
    expect(withoutGluedFacts('Sedeberg')).toBe('Sedeberg');
    expect(withoutGluedFacts('Location')).toBe('Location');
  });

  it('reads the town from "Vollzeit · unbefristet · Standort …" under the heading', () => {
    const html = `<html><head><title>Karriere – Anlagenmechaniker (m/w/d) | Heizung Brandl GmbH</title></head><body>
<header><img alt="Heizung Brandl" src="/l.png"></header><main><h1>Anlagenmechaniker SHK (m/w/d)</h1>
<p>Vollzeit · unbefristet · Standort Traunstein</p>
<h3>Deine Aufgaben</h3><ul><li>Montage von Heizungs- und Sanitäranlagen</li><li>Wartung und Kundendienst</li></ul>
<h3>Dein Profil</h3><ul><li>Abgeschlossene Ausbildung im SHK-Handwerk</li><li>Führerschein Klasse B</li></ul>
<h3>Wir bieten</h3><ul><li>Übertarifliche Bezahlung</li><li>30 Tage Urlaub</li></ul>
<p>Bewerbung an <a href="mailto:jobs@brandl.example">jobs@brandl.example</a></p></main></body></html>`;
    expect(posting(html)?.locations).toEqual(['Traunstein']);
  });
});

describe('the job’s town stated in a sentence', () => {
  it('reads a town the place list does not know when the job itself is said to be there', () => {
    expect(locationFromProse('CDI, 35 h, poste basé à Quimper (29). Rémunération selon profil.')).toBe('Quimper');
    expect(locationFromProse('The role is based in Tiverton, with some travel.')).toBe('Tiverton');
  });

  it('never reads the employer’s seat or an unknown name from a sentence about the company', () => {
    expect(locationFromProse('Our company is based in Sunny Offices near the station.')).toBeNull();
    expect(locationFromProse('Le cabinet, basé à Quimper depuis 2004, recrute.')).toBeNull();
  });
});

describe('the pay’s period from the text', () => {
  it('takes the period the text states for the amounts shown in the facts', () => {
    const html = `<html><head><title>Vacature Magazijnmedewerker – Bos Logistiek</title></head><body><main>
<h1>Magazijnmedewerker</h1><ul class="vacancy__facts"><li>Culemborg</li><li>40 uur</li><li>€ 2.700 - € 3.100</li></ul>
<h2>Wat ga je doen?</h2><ul><li>Je verzamelt orders met de scanner</li><li>Je laadt vrachtwagens</li></ul>
<h2>Wat bieden wij?</h2><ul><li>Salaris tussen € 2.700 en € 3.100 bruto per maand</li><li>Reiskostenvergoeding</li></ul>
<a class="btn" href="/solliciteren/magazijn">Solliciteer direct</a></main></body></html>`;
    const salary = posting(html)?.salary;
    expect(salary?.min).toBe(2700);
    expect(salary?.max).toBe(3100);
    expect(salary?.period).toBe('month');
  });
});

describe('the employer’s © line on its own site', () => {
  it('accepts a © name whose first words the host spells out ("Tallis & Crane …" on tallisandcrane.co.uk)', () => {
    const page = doc(`<html><body><main><h1>Line Cook</h1></main>
<footer><p>© 2026 Pike &amp; Heron Dining Rooms Ltd. All rights reserved.</p></footer></body></html>`);
    expect(companyFromPage(page, new URL('https://www.pikeandheron.co.uk/jobs/cook')).shown).toMatch(
      /^Pike & Heron Dining Rooms Ltd/,
    );
    // Another site's host does not vouch for the name.
    expect(companyFromPage(page, new URL('https://www.pikeandco.co.uk/jobs/cook')).shown).toBeNull();
  });
});

describe('labelled rows run together on one line', () => {
  it.each([
    ['Dayton, Ohio Type: Full Time', 'Dayton, Ohio'],
    ['Dayton, Ohio | Type: Full Time', 'Dayton, Ohio'],
    ['Leeds, UK · Hours: 37.5 a week', 'Leeds, UK'],
  ])('"%s" → %s', (value, place) => expect(placeValue(value)).toBe(place));

  it('reads "Location: … Type: …" in one paragraph', () => {
    const html = `<html><head><title>Parts Clerk | Careers at Brookvale</title></head><body><main><h1>Parts Clerk</h1>
<p><strong>Location:</strong> Toledo, Ohio &nbsp; <strong>Type:</strong> Full Time</p>
<h2>Responsibilities</h2><ul><li>Pick and pack parts orders</li><li>Answer counter enquiries</li></ul>
<h2>Requirements</h2><ul><li>1+ year in a parts or stock role</li><li>Basic computer skills</li></ul>
<a href="/apply">Apply</a></main></body></html>`;
    expect(posting(html)?.locations).toEqual(['Toledo, Ohio']);
  });
});
