/**
 * Words a third blind batch's tuned texts (506–525) showed the taxonomy lacked: butchers, MOT testers, events,
 * databases, lifeguards, confectioners, caretakers and underwriters in their own words, languages asked for as a
 * smattering ("Notions d'espagnol", "se valoran alemán"), and words that only look like skills. Each line is written
 * for its test.
 */
import { describe, expect, it } from 'vitest';
import { skillsIn } from './skills-in';

describe('skills in the words of their trades', () => {
  it.each([
    ['Two years as a butcher in a busy shop', 'Butchery'],
    ['Boning and rolling lamb shoulders', 'Butchery'],
    ['Carry out Class 4 MOT tests', 'Vehicle inspection'],
    ['Air conditioning re-gas on cars and vans', 'Refrigerant handling'],
    ['Fitting tyres on light commercial vehicles', 'Tyre fitting'],
    ['Chargé de projets événementiels pour nos clients', 'Event planning'],
    ['Piloter des projets de bout en bout', 'Project management'],
    ['Maintain the sterile field during procedures', 'Sterile technique'],
    ['Rotations on the labour ward and postnatal ward', 'Labor and delivery'],
    ['Trois ans en administration PostgreSQL', 'Database administration'],
    ['Analyser les requêtes lentes chaque semaine', 'Query optimization'],
    ['Supervision des serveurs avec Zabbix', 'Monitoring'],
    ['Gestion des habilitations sur les applications métier', 'Access control'],
    ['Formación en primeros auxilios y RCP', 'CPR'],
    ['Administración de oxígeno según protocolo', 'Oxygen therapy'],
    ['Seguir as Boas Práticas de Fabricação', 'Food safety'],
    ['Controle de estoque de insumos', 'Inventory management'],
    ['Calcular o custo das receitas', 'Food cost control'],
    ['Skötsel av ventilationsaggregat', 'Ventilation systems'],
    ['Snöröjning med traktor vintertid', 'Tractor operation'],
    ['Superviser les bases dans Zabbix et participer aux astreintes', 'On-call'],
    ['Five years of P&C underwriting', 'Insurance'],
    ['Analyze loss runs to assess risk', 'Risk assessment'],
  ])('"%s" → %s', (item, skill) => {
    expect(skillsIn(item)).toContain(skill);
  });

  it('reads a language asked for as a smattering', () => {
    expect(skillsIn("Notions d'espagnol ou d'italien")).toEqual(expect.arrayContaining(['Spanish', 'Italian']));
    expect(skillsIn('Se valoran alemán o neerlandés')).toEqual(expect.arrayContaining(['German', 'Dutch']));
  });
});

describe('words that only look like skills', () => {
  it.each([
    ['Advising customers on cuts and cooking times', 'Cooking'],
    ['Keeping temperature logs and cleaning schedules up to date', 'Cleaning'],
    ['Member of the RCP since 2015', 'CPR'],
  ])('"%s" is not %s', (item, skill) => {
    expect(skillsIn(item)).not.toContain(skill);
  });
});
