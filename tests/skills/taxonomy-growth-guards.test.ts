/**
 * Guards the grown taxonomy needed on tuned texts: an optometry office is a workplace, a digger's 3D machine control
 * (Trimble or Leica) is no survey software, and "im Außendienst" (out in the field) is field sales only beside selling.
 */
import { describe, expect, it } from 'vitest';
import { skillsIn } from './skills-in';

describe('guards of the grown taxonomy', () => {
  it('an optometry office is where a receptionist worked', () => {
    expect(skillsIn('1+ year at the front desk of a dental, medical or optometry office')).not.toContain('Optometry');
    expect(skillsIn('Optometry exams and contact lens fittings for adults and children')).toContain('Optometry');
  });

  it("a digger's machine control is not survey software", () => {
    expect(skillsIn('Doświadczenie z systemem sterowania maszyną 3D (Trimble lub Leica)')).not.toContain(
      'Trimble survey software',
    );
    expect(skillsIn('Set out roads with Trimble Access and a total station')).toContain('Trimble survey software');
  });

  it('field work is field sales only beside selling', () => {
    expect(skillsIn('Vermessungen im Außendienst mit Tachymeter und GNSS-Empfänger')).not.toContain('Field sales');
    expect(skillsIn('Erfahrung im Außendienst und im Vertrieb von Baustoffen')).toContain('Field sales');
  });
});
