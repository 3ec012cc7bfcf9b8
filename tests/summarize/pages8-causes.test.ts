/**
 * Summary causes a batch of pages (1229–1244) showed: a wish written as a question and a verdict ("Heb je al ervaring
 * …? Dat is mooi meegenomen."); and, seen on two hold-out pages whose checks failed, a need written after the perks
 * ("Port de charges jusqu'à 20 kg."), facts in a definition list whose value has two lines, and the background check
 * that ends a safeguarding statement. One short invented input each.
 */
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../utils/summarize/sections';
import { removeBoilerplate } from '../../utils/summarize/boilerplate';

const split = (html: string) => splitSections(html, '', null);

describe('a sentence that judges the one before it', () => {
  it('joins it: a question and "that is a plus" are one wish', () => {
    const sections = split(
      '<h2>wat vragen we</h2><ul><li>je bent flexibel inzetbaar</li></ul><p>Heb je al ervaring als orderpicker? Dat is mooi meegenomen, maar geen must.</p>',
    );
    expect(sections.preferred).toEqual(['Heb je al ervaring als orderpicker? Dat is mooi meegenomen, maar geen must.']);
  });

  it('not a sentence that only opens with "it is": "Det är meriterande om …" is its own wish', () => {
    const sections = split('<h2>Vi söker dig som</h2><p>Du har B-körkort. Det är meriterande om du har truckkort.</p>');
    expect(sections.preferred).toEqual(['Det är meriterande om du har truckkort.']);
    expect(sections.requirements).toEqual(['Du har B-körkort.']);
  });
});

describe('a need written after the perks', () => {
  it.each([
    "Port de charges jusqu'à 25 kg.",
    'Able to lift 50 lbs on a regular basis.',
    'Débutante acceptée si vous aimez le contact client.',
  ])('is a must-have: %s', (need) => {
    const sections = split(`<p>Nous offrons : une mutuelle et une prime annuelle.</p><p>${need}</p>`);
    expect(sections.requirements).toEqual([need]);
  });
});

describe('facts in a definition list', () => {
  it('reads a value of two lines as one fact, listed nowhere', () => {
    const sections = split(
      '<h2>Avantages</h2><ul><li>Tickets restaurant</li></ul><dl><dt>Type de contrat</dt><dd>Contrat à durée déterminée<br>CDD</dd><dt>Durée du travail</dt><dd>24H par semaine</dd></dl>',
    );
    expect(sections.benefits).toEqual(['Tickets restaurant']);
  });
});

describe('the background check of a safeguarding statement', () => {
  it('goes with the statement', () => {
    const line =
      'The school is committed to safeguarding and promoting the welfare of children. The successful applicant will be required to undertake an enhanced DBS check.';
    expect(removeBoilerplate(line, () => true).kept).toBe('');
  });
  it('stays a must-have beside other legal text', () => {
    const line =
      'Een VOG is vereist voor deze functie. Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.';
    expect(removeBoilerplate(line, (sentence) => sentence.startsWith('Een VOG')).kept).toBe(
      'Een VOG is vereist voor deze functie.',
    );
  });
});

describe('a Dutch how-to-apply heading', () => {
  it('keeps what follows it out of the duties', () => {
    const sections = split(
      '<h2>wat ga je doen</h2><ul><li>je bedient de inpakmachine</li></ul><h2>sollicitatie</h2><p>Klik op solliciteren en upload je cv. Je hoort binnen twee werkdagen van ons.</p>',
    );
    expect(sections.responsibilities).toEqual(['je bedient de inpakmachine']);
  });

  it('keeps a must stated there', () => {
    const sections = split(
      '<h2>wie ben jij</h2><ul><li>je hebt een heftruckcertificaat</li></ul><h2>sollicitatie</h2><p>Klik op solliciteren. Een VOG is verplicht voor deze functie.</p>',
    );
    expect(sections.requirements).toEqual([
      'je hebt een heftruckcertificaat',
      'Een VOG is verplicht voor deze functie.',
    ]);
  });
});
