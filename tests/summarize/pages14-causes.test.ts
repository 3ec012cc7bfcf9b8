/**
 * Summary causes a batch of pages (1325–1340) showed: German duties written as nouns under a heading that names the
 * job ("Stellenbeschreibung") were listed nowhere; the must-haves under Welcome to the Jungle's English "Preferred
 * experience" (with a "Nice to have:" list inside it) were read as wishes (seen on a hold-out page whose checks
 * failed); a Danish perks heading ("Det får du hos os") was not known. Invented inputs.
 */
import { describe, expect, it } from 'vitest';
import { sectionsOf } from './sections-of';
import { classifyLine } from '../../utils/summarize/sections';

describe('German duties written as nouns', () => {
  it('are duties under a heading that names the job', () => {
    const s = sectionsOf([
      '## Stellenbeschreibung',
      '- Wartung und Instandhaltung von Kälteanlagen bei unseren Kunden',
      '- Dokumentation der Prüfergebnisse im Serviceportal',
      '- Einweisung von Kunden in die Bedienung der Anlagen',
      '## Ihr Profil',
      '- Abgeschlossene Ausbildung als Mechatroniker für Kältetechnik',
    ]);
    expect(s.responsibilities).toHaveLength(3);
    expect(s.requirements).toEqual(['Abgeschlossene Ausbildung als Mechatroniker für Kältetechnik']);
  });
  it.each(['Arbeitskleidung von uns gestellt', 'Einarbeitung durch erfahrene Kolleginnen und Kollegen'])(
    'leaves what the employer provides alone: %s',
    (line) => {
      expect(classifyLine(line)).not.toBe('responsibilities');
    },
  );
});

describe('a list of extras inside the only section named for wishes', () => {
  it('makes the items before it must-haves', () => {
    const s = sectionsOf([
      '## Preferred experience',
      '- At least 4 years in partnership marketing',
      '- Written French and English',
      'Nice to have:',
      '- Experience in travel or hospitality',
    ]);
    expect(s.requirements).toEqual(['At least 4 years in partnership marketing', 'Written French and English']);
    expect(s.preferred).toEqual(['Experience in travel or hospitality']);
  });
  it('leaves preferred qualifications after the must-haves as wishes', () => {
    const s = sectionsOf([
      '## Requirements',
      '- Three years of payroll experience',
      '## Preferred qualifications',
      '- CPP certification',
      'Nice to have:',
      '- Experience with ADP Workforce Now',
    ]);
    expect(s.requirements).toEqual(['Three years of payroll experience']);
    expect(s.preferred).toEqual(['CPP certification', 'Experience with ADP Workforce Now']);
  });
});

describe('a Danish perks heading', () => {
  it('heads the perks, the pay among them', () => {
    const s = sectionsOf([
      '## Det får du hos os',
      '- Personalerabat på 30 % på hele sortimentet',
      '- Løn efter overenskomst med Dansk Erhverv',
      '- Gratis kaffe og frugt',
    ]);
    expect(s.benefits).toContain('Personalerabat på 30 % på hele sortimentet');
    expect(s.benefits).toContain('Gratis kaffe og frugt');
  });
});
