/**
 * Summary causes two batches of pages (1277–1308) showed: a Dutch standard's code ("BRL 6000-21") read as Brazilian
 * reais and the line filed as pay; a qualification under "Von Vorteil:" ("Weiterbildung in Wundmanagement") filed
 * as a perk; Austria's collective-agreement minimum sentence kept beside the real pay; a Norwegian privacy
 * sentence (seen on a hold-out page whose check failed). Invented inputs.
 */
import { describe, expect, it } from 'vitest';
import { sectionsOf } from './sections-of';
import { isBoilerplateSentence, removeBoilerplate } from '../../utils/summarize/boilerplate';

describe("a standard's code is not an amount", () => {
  it('keeps "BRL 6000-21" among the wishes', () => {
    const s = sectionsOf([
      'Pluspunten',
      '- Ervaring met warmtepompen van Itho of Alpha',
      '- Kennis van BRL 6000-21 en ISSO 72',
    ]);
    expect(s.preferred).toContain('Kennis van BRL 6000-21 en ISSO 72');
    expect(s.compensation).toEqual([]);
  });
  it('still reads a pay range in reais as pay', () => {
    const s = sectionsOf(['Remuneração', '- BRL 6.000-8.000 por mês, conforme experiência']);
    expect(s.compensation).toEqual(['BRL 6.000-8.000 por mês, conforme experiência']);
  });
});

describe('a qualification under a heading that can only mean wishes', () => {
  it.each([
    ['Von Vorteil:', 'Weiterbildung in Praxisanleitung oder Hygienebeauftragte'],
    ['Wünschenswert:', 'Weiterbildung in Palliativ Care'],
  ])('%s %s', (heading, item) => {
    const s = sectionsOf(['Ihr Profil', '- Abgeschlossene Ausbildung als Pflegefachkraft', heading, `- ${item}`]);
    expect(s.preferred).toContain(item);
    expect(s.benefits).toEqual([]);
  });
  it('leaves a perk under "Les petits plus" with the perks', () => {
    const s = sectionsOf(['Les petits plus', '- Tickets restaurant de 9 € pris en charge à 60 %']);
    expect(s.preferred).toEqual([]);
  });
});

describe("Austria's collective-agreement minimum", () => {
  it('drops the legal sentence and keeps the pay beside it', () => {
    const line =
      'Für diese Position gilt ein kollektivvertragliches Mindestgehalt laut KV für Handelsangestellte. Wir bieten ab € 2.450 brutto/Monat mit Bereitschaft zur Überzahlung.';
    expect(removeBoilerplate(line).kept).toBe('Wir bieten ab € 2.450 brutto/Monat mit Bereitschaft zur Überzahlung.');
  });
  it('keeps a sentence that states the amount', () => {
    expect(isBoilerplateSentence('Das kollektivvertragliche Mindestgehalt beträgt € 2.180 brutto pro Monat.')).toBe(
      false,
    );
  });
});

describe("the applicant's personal data", () => {
  it.each([
    'Vi behandler personopplysningene dine i tråd med personvernerklæringen vår.',
    'Dina personuppgifter hanteras enligt dataskyddsförordningen.',
    'Wij bewaren je persoonsgegevens tot vier weken na de sollicitatieprocedure.',
    'Tus datos personales se tratarán de forma confidencial durante el proceso.',
  ])('is legal text: %s', (sentence) => {
    expect(isBoilerplateSentence(sentence)).toBe(true);
  });
  it('leaves knowing data law as part of the job', () => {
    expect(isBoilerplateSentence('Ervaring met de verwerking van persoonsgegevens onder de AVG')).toBe(false);
  });
});
