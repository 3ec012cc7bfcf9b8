/**
 * Summary causes three batches of pages (1309–1324, 1341–1372) showed: a how-to-apply sentence after another on one
 * line; a must-have whose trailing words wish for one kind of it ("…, commercial preferred"); a short lead-in no list
 * knows ("Au quotidien, vous :") between a duties heading and its list; the openings' disability line in Portuguese,
 * a UK "adjustments" line and "welcome applications from everyone"; a Spanish no-payment line and "sin importar …".
 * Invented inputs.
 */
import { describe, expect, it } from 'vitest';
import { sectionsOf } from './sections-of';
import { isBoilerplateSentence, removeBoilerplate } from '../../utils/summarize/boilerplate';

describe('how to apply, as a later sentence of a line', () => {
  it('is dropped, the requirement before it kept', () => {
    const { kept } = removeBoilerplate(
      'Applicants must hold a valid work visa. To apply, send a short cover letter through the portal.',
      (sentence) => sentence.startsWith('Applicants'),
    );
    expect(kept).toBe('Applicants must hold a valid work visa.');
  });
  it('keeps a line whose later sentence only mentions applying', () => {
    expect(removeBoilerplate('Drive a van around Leeds. You will apply sealant to roofs.').kept).toBe(
      'Drive a van around Leeds. You will apply sealant to roofs.',
    );
  });
});

describe('a must-have that wishes for one kind of it', () => {
  it('stays a must-have', () => {
    const s = sectionsOf([
      '## About you',
      "- At least 4 years' experience as a plumber, commercial preferred",
      '- Full driving licence',
    ]);
    expect(s.requirements).toContain("At least 4 years' experience as a plumber, commercial preferred");
    expect(s.preferred).toEqual([]);
  });
  it('while a wish of its own is still a nice-to-have', () => {
    const s = sectionsOf(['## About you', '- Full driving licence', '- Forklift licence preferred']);
    expect(s.preferred).toEqual(['Forklift licence preferred']);
  });
});

describe('a short lead-in between a duties heading and its list', () => {
  it('leaves the list under the heading', () => {
    const s = sectionsOf([
      '## Les missions du poste',
      'Notre magasin de Tours recrute un vendeur pour le rayon jardin.',
      'Au quotidien, vous :',
      '- conseillez les clients sur les semences et les outils ;',
      '- tenez les linéaires et les étiquettes à jour ;',
      '## Le profil recherché',
      '- Une première expérience en magasin',
    ]);
    expect(s.responsibilities).toEqual(
      expect.arrayContaining([
        'conseillez les clients sur les semences et les outils',
        'tenez les linéaires et les étiquettes à jour',
      ]),
    );
  });
});

describe('legal lines', () => {
  it.each([
    'Todas as nossas vagas são abertas também para pessoas com deficiência (PcD).',
    'Nuestras vacantes están abiertas a personas con discapacidad.',
    'We welcome applications from everyone.',
    'If you need any adjustments during the recruitment process, just tell us.',
    'No solicitamos ningún pago durante el proceso de selección.',
    'Promovemos la inclusión sin importar género, edad o discapacidad.',
  ])('are boilerplate: %s', (line) => {
    expect(isBoilerplateSentence(line)).toBe(true);
  });
  it.each([
    'Apoio a pessoas com deficiência nas atividades diárias.',
    'Experiencia en atención a personas con discapacidad.',
    'Make reasonable adjustments to the care plan with the family.',
  ])('leave the job alone: %s', (line) => {
    expect(isBoilerplateSentence(line)).toBe(false);
  });
});
