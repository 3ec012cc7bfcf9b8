/**
 * Causes a blind batch of pages (1197–1212) showed in the summary: a capitalised product name after a Portuguese
 * article ("no Active Directory") read as a new item, and equal-treatment sentences in other languages, also after a
 * label that opens a section ("Somos una empresa incluyente: …"); and, from probe texts written alongside, arrows as
 * bullets and a degree after a name in items run together. One short invented input each.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplateSentence } from '../../utils/summarize/boilerplate';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string) => splitSections(html, '', null);

describe('a capitalised name after an article or a preposition', () => {
  it('stays in its item ("no Active Directory", "with Strong…")', () => {
    const sections = split(
      '<h3>Atividades</h3><ul><li>Criar usuários e permissões no Active Directory e no Google Workspace</li><li>Atender chamados</li></ul>',
    );
    expect(sections.responsibilities).toEqual([
      'Criar usuários e permissões no Active Directory e no Google Workspace',
      'Atender chamados',
    ]);
  });

  it('still splits items joined by a space at an adjective that opens one', () => {
    const sections = split(
      '<h3>Requirements</h3><p>Three years of payroll experience in a bureau Strong attention to detail when checking timesheets</p>',
    );
    expect(sections.requirements).toEqual([
      'Three years of payroll experience in a bureau',
      'Strong attention to detail when checking timesheets',
    ]);
  });
});

describe('equal-treatment sentences in other languages', () => {
  it.each([
    'No discriminamos por motivo de edad, sexo o religión.',
    'Valorizamos a diversidade e não discriminamos candidatos.',
    'Vi välkomnar alla sökande oavsett kön eller ålder.',
    'Vi opfordrer alle til at søge uanset køn, alder og baggrund.',
    'Alle kandidater vurderes uavhengig av kjønn og alder.',
    'Iedereen is welkom, ongeacht leeftijd of afkomst.',
    'La ricerca è rivolta a candidati senza distinzione di genere.',
    'Zatrudniamy bez względu na płeć i wiek.',
    'Nous recrutons sans distinction d’origine.',
  ])('"%s" is legal text', (sentence) => {
    expect(isBoilerplateSentence(sentence)).toBe(true);
  });

  it('keeps job sentences that share a word with them', () => {
    expect(isBoilerplateSentence('Trabajarás en igualdad con el equipo de ventas.')).toBe(false);
    expect(isBoilerplateSentence('Vi söker dig oavsett om du är ny i yrket.')).toBe(false);
  });

  it('leaves such a sentence out after a label that opens a section', () => {
    const sections = split(
      '<h3>Funciones</h3><ul><li>Registrar facturas</li><li>Conciliar bancos</li></ul><p>Somos una empresa diversa: no discriminamos por motivo de edad o sexo.</p>',
    );
    expect(sections.about.join(' ')).not.toContain('discriminamos');
    expect(sections.responsibilities).toEqual(['Registrar facturas', 'Conciliar bancos']);
  });
});

describe('arrows as bullets', () => {
  it('reads "→ …" lines as the items of the list they follow', () => {
    const sections = split(
      '<p>Perks:<br>→ 30% rent discount<br>→ Dental and vision cover<br>⇒ Paid volunteering day</p>',
    );
    expect(sections.benefits).toEqual(['30% rent discount', 'Dental and vision cover', 'Paid volunteering day']);
  });
});

describe('a degree after a name in items run together', () => {
  it('opens the next item ("… or PyTorch Bachelor’s degree …"), but not after an adjective', () => {
    const sections = split(
      "<h3>Requirements</h3><p>3+ years building data pipelines in production Experience with Airflow or Dagster Bachelor's degree in Computer Science or a related field</p>",
    );
    expect(sections.requirements).toEqual([
      '3+ years building data pipelines in production',
      'Experience with Airflow or Dagster',
      "Bachelor's degree in Computer Science or a related field",
    ]);
    const one = 'A degree in statistics, economics, or a quantitative PhD with two years of research';
    expect(split(`<h3>Requirements</h3><p>${one}</p>`).requirements).toEqual([one]);
  });
});
