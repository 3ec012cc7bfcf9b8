/**
 * A CMS's job page keeps the posting's lead in a field of its own ("Einleitung", "Intro"), then labelled fact
 * rows, then the body with the sections. The short lead that announces the hire is the posting's intro and joins
 * the description; a short line that does not announce one (a note, a caption) stays out. Short inputs written
 * for the rule.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../utils/extract';
import { readDescription } from '../../utils/extract/generic/readability';
import { opensWithHire } from '../../utils/extract/generic/lead-sentence';

const row = (label: string, value: string): string =>
  `<div class="field field--label-inline"><div class="field__label">${label}</div><div class="field__item">${value}</div></div>`;

/** A Drupal node page: the title block, then the node with its intro field, fact rows, body, contact and apply link. */
function description(lead: string, lang: string, rows: string, body: string, title: string): string {
  const { document } = parseHTML(
    `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body><main>` +
      `<div class="block-title"><h1>${title}</h1></div>` +
      `<article class="node"><div class="node__content">` +
      `<div class="field field--name-field-intro"><p>${lead}</p></div>${rows}` +
      `<div class="text-formatted field field--name-body field__item">${body}</div>` +
      `<div class="field field--name-field-contact field--label-above"><div class="field__label">Contact</div>` +
      `<div class="field__item"><p>Lena Dorn, 0761 200-118</p></div></div>` +
      `<div class="field field--name-field-link"><a href="https://apply.example.org/1">Apply online</a></div>` +
      `</div></article></main><footer><p>Rathausplatz 2</p></footer></body></html>`,
  );
  const url = 'https://www.example.org/jobs/1';
  return extract(document as unknown as Document, url, { readability: readDescription }).posting?.descriptionText ?? '';
}

const DE_BODY =
  '<h2>Ihre Aufgaben</h2><ul><li>Pflege der Grünanlagen am Seeufer</li><li>Winterdienst auf den Radwegen</li></ul>' +
  '<h2>Ihr Profil</h2><ul><li>Ausbildung als Gärtner/in</li><li>Führerschein Klasse C1</li></ul>' +
  '<p>Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.</p>';
const DE_ROWS = row('Arbeitsort', 'Bauhof Seewil') + row('Bewerbungsfrist', '30.01.2027');

describe("a CMS page's hiring lead before fact rows", () => {
  it('joins a named lead ("Die Gemeinde … sucht …") to the description', () => {
    const lead = 'Die Gemeinde Seewil sucht ab März eine Gärtnerin oder einen Gärtner für den Bauhof, unbefristet.';
    const text = description(lead, 'de', DE_ROWS, DE_BODY, 'Gärtner/in (m/w/d)');
    expect(text.startsWith(lead)).toBe(true);
    expect(text).toContain('Ihre Aufgaben');
  });

  it('joins a first-person lead ("Wir suchen …") the same way', () => {
    const lead = 'Wir suchen für unseren Bauhof ab März eine Gärtnerin oder einen Gärtner in Vollzeit.';
    const text = description(lead, 'de', DE_ROWS, DE_BODY, 'Gärtner/in (m/w/d)');
    expect(text.startsWith(lead)).toBe(true);
  });

  it('leaves out a short line that announces no hire', () => {
    const note = 'Diese Seite wurde zuletzt am 4. November aktualisiert.';
    const text = description(note, 'de', DE_ROWS, DE_BODY, 'Gärtner/in (m/w/d)');
    expect(text).not.toContain('aktualisiert');
    expect(text).toContain('Ihre Aufgaben');
  });
});

describe('opensWithHire', () => {
  it('reads a named or first-person hiring opener in several languages', () => {
    expect(opensWithHire('Die Stadt Borkum sucht eine Erzieherin.')).toBe(true);
    expect(opensWithHire('Boulangerie Ravel recrute un vendeur.')).toBe(true);
    expect(opensWithHire('Wir suchen zum nächsten Ersten eine Fachkraft.')).toBe(true);
    expect(opensWithHire('Nous recherchons un technicien.')).toBe(true);
    expect(opensWithHire('Buscamos un carretillero para el turno de noche.')).toBe(true);
    expect(opensWithHire('Wij zoeken een chauffeur.')).toBe(true);
    expect(opensWithHire('Vi söker en undersköterska.')).toBe(true);
    expect(opensWithHire("We're hiring a sous chef.")).toBe(true);
  });
  it('is false on other openers', () => {
    expect(opensWithHire('Our client is looking for a planner.')).toBe(false);
    expect(opensWithHire('We are a family bakery in Leeds.')).toBe(false);
    expect(opensWithHire('Opening hours: Monday to Friday.')).toBe(false);
  });
});
