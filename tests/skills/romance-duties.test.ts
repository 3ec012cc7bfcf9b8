/**
 * Duties written as a verb before its object in French, Spanish, Italian and Portuguese (issue 11,
 * part 4): a skill named "<noun> de <object>" ("rédaction de contrats", "gestión de proyectos") is
 * also named by the noun's verb and the object a few words on, past articles and prepositions.
 * English duties use the same reading ("source and screen candidates"). Lines are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { skillNames } from './guarded-aliases';

describe('a Romance duty verb and its object name the skill', () => {
  it.each([
    ['Rédiger et relire les contrats commerciaux de la filiale', 'Contract drafting'],
    ['Vous rédigez les contrats de prestation avec nos clients', 'Contract drafting'],
    ['Gérer les stocks du magasin et passer les commandes', 'Inventory management'],
    ['Préparer les commandes des clients professionnels', 'Order picking'],
    ['Redactar contratos mercantiles y acuerdos de confidencialidad', 'Contract drafting'],
    ['Planificar la obra con el encargado y los subcontratistas', 'Construction scheduling'],
    ['Controlar los plazos y los costes de cada promoción', 'Cost control'],
    ['Gestire il magazzino e le scorte del punto vendita', 'Inventory management'],
    ['Lire et interpréter les plans avant chaque soudure', 'Technical drawing reading'],
  ])('%s → %s', (line, skill) => {
    expect(skillNames(line)).toContain(skill);
  });

  it('reads the object in either number and in Italian plurals', () => {
    expect(skillNames('Redigere il contratto di fornitura')).toContain('Contract drafting');
  });

  it('does not read a noun of another phrase as the duty, nor an object past the clause', () => {
    // "gestion administrative" has no object: no duty.
    expect(skillNames('Gérer une équipe de six personnes')).not.toContain('Inventory management');
    expect(skillNames('Rédiger les comptes rendus. Les contrats sont signés par la direction')).not.toContain(
      'Contract drafting',
    );
    // A building site's deadlines are no court's docket.
    expect(skillNames('Controlar plazos y costes de la obra')).not.toContain('Docketing');
  });
});

describe('English duty verbs of the same kind', () => {
  it.each([
    ['Source and screen candidates for our depots', ['Sourcing candidates', 'Recruiting']],
    ['Estimate costs for each tender package', ['Construction estimating']],
    ['Feed the herd and rear calves', ['Livestock feeding', 'Calf rearing']],
  ])('%s', (line, skills) => {
    expect(skillNames(line)).toEqual(expect.arrayContaining(skills));
  });
});
