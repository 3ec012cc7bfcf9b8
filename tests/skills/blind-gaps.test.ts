/**
 * Skills a blind labeller tagged that the taxonomy lacked (GAPS of skill texts 466–485), each found in
 * words of its own trade in two languages or more, and words that only look like them left alone.
 */
import { describe, expect, it } from 'vitest';
import { skillsIn } from './skills-in';

describe('skills the taxonomy lacked', () => {
  it.each([
    ['Install solar PV systems and battery storage on domestic roofs', 'Solar PV installation'],
    ['Montage von Photovoltaikanlagen auf Einfamilienhäusern', 'Solar PV installation'],
    ['Install EV chargers for homes and small businesses', 'EV charger installation'],
    ['Installation von Wallboxen und Ladestationen', 'EV charger installation'],
    ['Een geldig VCA-basiscertificaat is vereist', 'VCA certificate'],
    ['Werken volgens NEN 1010 en NEN 3140', 'NEN 1010'],
    ['Whole-animal butchery for the grill section', 'Butchery'],
    ['Manage snagging before handover to the buyer', 'Snagging'],
    ['Plan learning in line with the EYLF', 'Early Years Learning Framework'],
    ['Background jobs with Celery and Redis', 'Celery'],
    ['Administer DHCP, DNS and Group Policy', 'DHCP'],
    ['Verwaltung der Gruppenrichtlinien im Active Directory', 'Group Policy'],
    ['Betreuung der Datensicherung und der Wiederherstellung', 'Backup and recovery'],
  ])('"%s" → %s', (item, skill) => {
    expect(skillsIn(item)).toContain(skill);
  });

  it.each([
    ['Carné de manipulador de alimentos en vigor', 'Food hygiene certificate'],
    ['Preparar cafés y cócteles cuando haga falta', 'Drinks preparation'],
    ['Build daily staffing plans for the shift', 'Staff scheduling'],
    ['Klärung von Bestandsdifferenzen im Lager', 'Inventory control'],
    ['Förflyttningar med taklyft och glidlakan', 'Moving and handling'],
    ['Enklare såromläggning enligt delegering', 'Wound care'],
    ['Observe, document and assess children’s learning', 'Observation and assessment'],
  ])('the way a trade writes it: "%s" → %s', (item, skill) => {
    expect(skillsIn(item)).toContain(skill);
  });

  it('reads REST as the API style only in capitals', () => {
    expect(skillsIn('Support children’s rest routines and nappy changes')).not.toContain('REST APIs');
    expect(skillsIn('Build REST APIs in Go')).toContain('REST APIs');
  });
});
