/** How a job is worked, read from its title and text when no source on the page states it (`generic/work-mode.ts`). */
import { describe, expect, it } from 'vitest';
import { workModeInPosting } from '../../utils/extract/generic/work-mode';

describe('work mode stated in the text', () => {
  it.each([
    ['This is a hybrid role based in our Leeds office.', 'hybrid'],
    ['You will be in the office 3 days a week and work from home the rest.', 'hybrid'],
    ['Expect to be at our studio two days per week.', 'hybrid'],
    ['Wir bieten mobiles Arbeiten und flexible Zeiten.', 'hybrid'],
    ['Homeoffice-Tage nach Absprache.', 'hybrid'],
    ['Deux jours de télétravail par semaine.', 'hybrid'],
    ['Modalidad híbrida: tres días en la oficina.', 'hybrid'],
    ['Fast stilling med mulighed for hjemmearbejde en dag om ugen.', 'hybrid'],
    ['This is a fully remote position open to candidates across the EU.', 'remote'],
    ['Die Stelle ist 100 % remote, ortsunabhängig.', 'remote'],
    ['Poste en full remote.', 'remote'],
    ['Trabajo 100% remoto desde cualquier lugar de España.', 'remote'],
    ['This role is not remote: the lab is in Cambridge.', 'onsite'],
    ['This is an on-site position at our Dayton plant.', 'onsite'],
    ["We're hiring a designer to work from our Vienna office.", 'onsite'],
    ['Modalidad de trabajo presencial en Valencia.', 'onsite'],
    ['Sie arbeiten direkt vor Ort bei unseren Kunden.', 'onsite'],
    ['The role is field based across the North West region.', 'onsite'],
  ] as const)('%s → %s', (text, mode) => {
    expect(workModeInPosting('Coordinator', text)).toBe(mode);
  });

  it('a stated mode wins over signs of a place ("remote" for a nurse who works by phone)', () => {
    expect(workModeInPosting('Triage Nurse', 'This is a fully remote role answering calls from patients.')).toBe(
      'remote',
    );
    expect(workModeInPosting('Line Cook', 'Night shifts. Not remote, obviously.')).toBe('onsite');
  });

  it('a mode set apart in the title counts; a title word that only looks like one does not', () => {
    expect(workModeInPosting('Support Agent (Remote)', '')).toBe('remote');
    expect(workModeInPosting('Hybrid – Data Analyst', '')).toBe('hybrid');
    expect(workModeInPosting('Remote Sensing Analyst', 'Process satellite images.')).toBe(null);
    expect(workModeInPosting('Hybrid-Cloud Engineer', 'Run our hybrid cloud platform.')).toBe(null);
  });

  it('words that say nothing of where the job is done leave it open', () => {
    for (const text of [
      'We run remote monitoring for 400 wind turbines.',
      'Experience with hybrid cloud set-ups is a plus.',
      'Free on-site parking and a canteen.',
      'Interviews are in person at our Manchester office.',
      'We offer flexible working and 28 days of holiday.',
      'Based in Berlin. You will build our billing APIs.',
    ])
      expect(workModeInPosting('Software Engineer', text), text).toBe(null);
  });
});

describe('work evidently done at a place', () => {
  it.each([
    'Registered Nurse – ICU',
    'Line Cook',
    'CDL-A Truck Driver',
    'Pflegefachkraft Intensivstation',
    'Lagermitarbeiter (m/w/d)',
    'Cykelmekaniker',
    'El-Servicetekniker',
    'Cuisinier / Cuisinière',
    'Camarero de sala',
    'Leerkracht groep 5',
    'Dairy Farm Assistant',
    'Civil Site Engineer',
    'Dental Hygienist',
  ])('%s is on site', (title) => {
    expect(workModeInPosting(title, 'Join our friendly team.')).toBe('onsite');
  });

  it('shifts, a uniform or "in our kitchen" make the job on site', () => {
    expect(workModeInPosting('Team Member', 'Early and late shifts, every other weekend.')).toBe('onsite');
    expect(workModeInPosting('Mitarbeiter Service', 'Schichtdienst im Wechsel, Arbeitskleidung wird gestellt.')).toBe(
      'onsite',
    );
    expect(workModeInPosting('Team Member', 'You will prepare breakfasts in our kitchen.')).toBe('onsite');
  });

  it('office roles whose titles only share a word stay open', () => {
    for (const title of ['Delivery Manager', 'Retail Marketing Manager', 'Product Designer', 'Data Engineer'])
      expect(workModeInPosting(title, 'Join our friendly team.'), title).toBe(null);
  });
});

describe('home-office days and on-site wording in German, Swedish and Dutch', () => {
  it.each([
    ['Homeoffice an bis zu zwei Tagen pro Woche möglich.', 'hybrid'],
    ['Zwei Tage pro Woche im Homeoffice.', 'hybrid'],
    ['Distansarbete 2 dagar i veckan.', 'hybrid'],
    ['Två dagar i veckan på distans.', 'hybrid'],
    ['Deze functie is volledig op locatie.', 'onsite'],
  ])('%s → %s', (text, mode) => expect(workModeInPosting('Sachbearbeiter', text)).toBe(mode));

  it('leaves a day count that is no home working alone', () => {
    expect(workModeInPosting('Sachbearbeiter', 'Wir bieten 30 Tage Urlaub.')).toBe(null);
  });
});

describe('office days written as a fact line', () => {
  it.each([
    ['Hybrid - 3 days in office', 'hybrid'],
    ['Hybrid: two days a week at home', 'hybrid'],
    ['Two days in the office, the rest from home.', 'hybrid'],
  ])('%s → %s', (text, mode) => expect(workModeInPosting('Logistics Coordinator', text)).toBe(mode));

  it('does not take a full office week or a plain day count for hybrid', () => {
    expect(workModeInPosting('Logistics Coordinator', 'Five days in the office each week.')).not.toBe('hybrid');
    expect(workModeInPosting('Logistics Coordinator', '25 days holiday plus bank holidays.')).toBe(null);
  });
});
