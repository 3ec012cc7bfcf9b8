/**
 * Summary causes a batch of pages (1261–1276) showed: an employer's name whose last word looks like a French
 * infinitive ("Maison Vernier est …") and a diploma's level ("de niveau Bac+2") cut a line in two; a contract's
 * name in title case holding a verb ("JCT Design and Build") was cut at the verb. Invented inputs.
 */
import { describe, expect, it } from 'vitest';
import { splitJoinedItems } from '../../utils/summarize/restructure';

describe('one item stays whole', () => {
  it.each([
    'Fondée en 1987, Maison Carrier est une entreprise familiale qui distribue des vins du Rhône en Europe.',
    'Créée en 2004, Atelier Olivier conçoit des cuisines sur mesure pour les particuliers de la région.',
    'Diplôme de niveau Bac+2 à Bac+3 en gestion ou en comptabilité (BTS, DUT GEA)',
    'Formation de niveau BTS en électrotechnique ou expérience équivalente sur chantier',
    'Working knowledge of JCT Design and Build and NEC4 contracts on public sector schemes',
  ])('%s', (text) => {
    expect(splitJoinedItems(text)).toEqual([text]);
  });
});

describe('joined items are still cut', () => {
  it('cuts a Portuguese duty after a lower-case word', () => {
    expect(splitJoinedItems('Cuidar dos pacientes Administrar medicação aos pacientes internados na ala')).toEqual([
      'Cuidar dos pacientes',
      'Administrar medicação aos pacientes internados na ala',
    ]);
  });
  it('cuts an English duty after a name when no capitalised word is joined to it', () => {
    expect(
      splitJoinedItems('Maintain supplier records in SAP Prepare monthly accruals and reconcile the ledger'),
    ).toEqual(['Maintain supplier records in SAP', 'Prepare monthly accruals and reconcile the ledger']);
  });
});
