/**
 * Field causes a batch of pages in the layouts of the sites the team's unseen set holds (1389–1404) showed: a care
 * home's logo lost the "Home" of its name; a French company's page said where the job is only in a sentence whose
 * subject is the job, with its facts between ("Le poste est à pourvoir en CDI, à temps plein, basé à Angers"); an
 * Ashby pane's pay followed by a note after a bullet ("£68K – £78K • Offers Bonus", 1421–1436); the Swedish
 * "Karriär" part of a page title read as the employer (1373–1388). Invented inputs.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { readDescription } from '@/utils/extract/generic/readability';
import { companyFromBrand } from '@/utils/extract/sites/site-rule';
import { locationFromProse } from '@/utils/extract/generic/prose-location';
import { salaryValue } from '@/utils/extract/generic/labelled';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('the employer a logo names', () => {
  it.each([
    ['Brookfield Care Home', 'Brookfield Care Home'],
    ['St Anne’s Nursing Home', 'St Anne’s Nursing Home'],
    ['Orchard Tools careers page', 'Orchard Tools'],
    ['Orchard Tools - Careers logo', 'Orchard Tools'],
    ['Orchard Tools homepage', 'Orchard Tools'],
  ])('%s → %s', (alt, name) => {
    expect(companyFromBrand(doc(`<header><img alt="${alt}" src="x.png"></header>`), ['header img[alt]'])).toBe(name);
  });
});

describe('a place stated in a sentence about the job', () => {
  it('is read when the job opens the sentence and its facts come between', () => {
    expect(
      locationFromProse(
        'Nous recrutons. Le poste est à pourvoir en CDI, à temps plein, basé à Cholet, à partir de mars.',
      ),
    ).toBe('Cholet');
  });
  it("is not the employer's seat", () => {
    expect(locationFromProse('Notre entreprise, fondée en 1990, est basée à Cholet.')).toBeNull();
  });
  it('reaches the posting on a company page without a place anywhere else', () => {
    const x = extract(
      doc(`<html lang="fr"><head><title>Technicien SAV H/F – Froid Ligérien</title></head><body>
      <h1>Technicien SAV H/F</h1><p>Froid Ligérien installe des chambres froides pour les commerces de bouche.</p>
      <p>Le poste est à pourvoir en CDI, à temps plein, basé à Cholet, dès que possible.</p>
      <h2>Vos missions</h2><ul><li>Dépanner les installations frigorifiques chez nos clients</li><li>Réaliser les mises en service</li></ul>
      <h2>Votre profil</h2><ul><li>BTS fluides énergies domotique</li></ul></body></html>`),
      'https://froid-ligerien.example/recrutement/technicien-sav',
      { readability: readDescription },
    );
    expect(x.posting?.locations).toEqual(['Cholet']);
  });
});

describe('a labelled pay with a note after a bullet', () => {
  it('is the pay', () => {
    expect(salaryValue('£52K – £60K • Offers Bonus', null)).toMatchObject({ min: 52000, max: 60000, currency: 'GBP' });
  });
});

describe('a page title with a careers part in Swedish', () => {
  it('names the employer in its last part, not "Karriär"', () => {
    const x = extract(
      doc(`<html lang="sv"><head><title>Mekaniker, Falun | Karriär | Dalaverken Maskin</title></head><body>
      <h1>Mekaniker</h1><p>Dalaverken Maskin söker en mekaniker till verkstaden i Falun.</p>
      <h2>Om tjänsten</h2><ul><li>Service av entreprenadmaskiner</li><li>Felsökning av hydraulik</li></ul>
      <h2>Vem är du?</h2><ul><li>Utbildning som fordonsmekaniker</li></ul></body></html>`),
      'https://www.dalaverken.example/karriar/mekaniker-falun',
      { readability: readDescription },
    );
    expect(x.posting?.company).not.toBe('Karriär');
  });
});
