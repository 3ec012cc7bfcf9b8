/**
 * What the fourth round over all tuned texts showed: skills phrased in ways, and languages, the aliases
 * lacked (electrical fault finding, working to drawings, tills, work at height, legal case files), a
 * standard that hid its skill (WCAG), and a law firm's case management system. One short invented line each.
 */
import { describe, expect, it } from 'vitest';
import { skillsIn } from './skills-in';

describe('skills phrased another way, in the languages read', () => {
  it.each([
    ['Troubleshoot electrical faults on boilers and heat pumps', 'Electrical troubleshooting'],
    ['You diagnose electrical problems on packaging lines', 'Electrical troubleshooting'],
    ['Fehlersuche an elektrischen Systemen von Baumaschinen', 'Electrical troubleshooting'],
    ['Felsökning i elanläggningar i flerbostadshus', 'Electrical troubleshooting'],
    ['Experiencia con averías electrónicas en maquinaria', 'Electrical troubleshooting'],
    ['Fit partition walls to the drawings supplied by the architect', 'Technical drawing reading'],
    ['Je leest installatietekeningen zelfstandig', 'Technical drawing reading'],
    ['Montage von Möbeln nach Zeichnung', 'Technical drawing reading'],
    ['Fabricación de estructuras según planos', 'Technical drawing reading'],
    ['Help shoppers at the till and with returns', 'POS systems'],
    ['Vous assurez le travail en caisse le samedi', 'POS systems'],
    ['Je helpt klanten aan de kassa', 'POS systems'],
    ['Happy to work from scaffolding in all weathers', 'Working at height'],
    ['Montaje de carpintería metálica en altura', 'Working at height'],
    ['Travaux de couverture en hauteur', 'Working at height'],
    ['Onderhoud aan gevels op hoogte', 'Working at height'],
    ['Open and maintain case files for new instructions', 'Case management'],
  ])('%s → %s', (line, skill) => {
    expect(skillsIn(line)).toContain(skill);
  });
});

describe('a standard beside its skill', () => {
  it('an accessibility line that names WCAG asks for both', () => {
    const found = skillsIn('Build accessible screens to WCAG 2.1 AA accessibility criteria');
    expect(found).toContain('WCAG');
    expect(found).toContain('Web accessibility');
  });
  it('the general troubleshooting skill gives way to the electrical one', () => {
    expect(skillsIn('Troubleshooting electrical control panels')).not.toContain('Troubleshooting');
  });
});

describe('a case management system counts where the line is about a case load, not elsewhere', () => {
  it.each([
    ['Record every legal matter in our case management system', true],
    ['Update litigation files in the case management system', true],
    ['Log support tickets in our case management system', false],
    ['Set up the case management software for the sales team', false],
  ])('%s → %s', (line, expected) => {
    expect(skillsIn(line).includes('Case management')).toBe(expected);
  });
});
