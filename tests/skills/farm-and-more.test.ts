/**
 * Skills of professions the taxonomy lacked before skill texts 271–300 (issue 11, part 4): farming,
 * veterinary nursing, physiotherapy, banking, public administration, metalwork; merged near-duplicate
 * skills; and the guards on their ordinary words. Lines are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/summarize/index';
import { canonicalSkill } from '../../utils/summarize/skill-mentions';
import { blankPosting } from '../posting-factory';
import { itCountsEachInItsFieldOnly, skillNames, type GuardedAlias } from './guarded-aliases';

describe('skills of farms, clinics, banks and town halls, in the languages postings use', () => {
  it.each([
    ['Melken im Doppel-Zehner-Fischgrätenmelkstand und Kälberaufzucht', ['Milking', 'Calf rearing']],
    ['Conduite du tracteur et entretien du matériel agricole', ['Tractor operation', 'Farm machinery']],
    ['Ausbringung von Düngemitteln und Pflanzenschutzmitteln', ['Fertilisation', 'Plant protection']],
    ['Trabajo en la cosecha de cereales con cosechadora', ['Harvesting']],
    ['Feed the herd and record treatments in the herd management software', ['Livestock feeding', 'Herd records']],
    ['Traktorkort och erfarenhet av precisionsodling', ['Driving licence T', 'Precision farming']],
    ['Monitor anaesthesia and restrain animals safely: animal handling', ['Anaesthesia monitoring', 'Animal handling']],
    ['Terapia manual, punción seca y electroterapia', ['Manual therapy', 'Dry needling', 'Electrotherapy']],
    ['Rehabilitation of patients after knee surgery', ['Rehabilitation']],
    ['Beratung zu Baufinanzierungen und Anlageberatung', ['Lending', 'Investment advisory']],
    ['Préparer les déclarations d’impôt sur les sociétés', ['Corporate income tax']],
    ['Erlass von Bescheiden und Bearbeitung von Widersprüchen', ['Administrative procedures']],
    ['Souder et meulage des pièces en atelier de chaudronnerie', ['Grinding', 'Metal fabrication']],
    ['Praca w systemie zmianowym i znajomość Excela', ['Shift work', 'Microsoft Excel']],
    ['Je verwerkt in- en uitdiensttredingen volgens de cao', ['HR administration', 'Collective agreements']],
    ['Insert and manage urinary catheterisation on the ward', ['Catheterisation']],
    ['Auftragsannahme, Reklamationen und Rückfragen am Telefon', ['Order processing']],
    ['Plan regression, smoke and load tests for each release', ['Smoke testing']],
    ['Titulaire du DCG ou d’un BTS Comptabilité et Gestion', ['DCG']],
    ['Teach biology to A-level and KS4', ['A-level']],
    ['Ausbildung zur Rechtsanwaltsfachangestellten', ['Legal secretary']],
  ])('%s', (line, skills) => {
    expect(skillNames(line)).toEqual(expect.arrayContaining(skills));
  });
});

describe('merged near-duplicates read to one skill', () => {
  it.each([
    ['Blueprint reading', 'Technical drawing reading'],
    ['read blueprints', 'Technical drawing reading'],
    ['FIFO stock rotation', 'Stock rotation'],
    ['RF scanners', 'Handheld scanners'],
    ['Phlebotomy', 'Venepuncture'],
    ['Load securement', 'Cargo securing'],
  ])('%s → %s', (name, skill) => {
    expect(canonicalSkill(name)).toBe(skill);
  });

  it('shows the name the posting writes', () => {
    const posting = blankPosting({
      title: 'Journeyman Electrician',
      descriptionHtml: '<h3>Requirements</h3><ul><li>Blueprint reading and conduit bending</li></ul>',
    });
    expect(summarize(posting).skills.map((skill) => skill.name)).toContain('Blueprint reading');
  });
});

/** alias → the skill, lines where it is that skill, and lines where it is not (skill texts 271–300). */
const GUARDED: readonly GuardedAlias[] = [
  {
    alias: 'tractors',
    skill: 'Tractor operation',
    is: ['Drive tractors for silage and slurry work on the farm'],
    isNot: ['Our fleet of 40 tractors and 90 trailers runs nights'],
  },
  {
    alias: 'Tractor operation (duty)',
    skill: 'Tractor operation',
    is: ['Tractor operation during harvest on our arable farm'],
    isNot: ['Drive a tractor-trailer on regional routes'],
  },
  {
    alias: 'récolte',
    skill: 'Harvesting',
    is: ['Participer à la récolte des céréales et au travail du sol'],
    isNot: ['Assurer la récolte des données clients'],
  },
  {
    alias: 'fertilisation',
    skill: 'Fertilisation',
    is: ['Plan fertilisation and spraying for 600 ha of arable crops'],
    isNot: ['Support patients through in vitro fertilisation'],
  },
  {
    alias: 'weaning',
    skill: 'Ventilator weaning',
    is: ['Lead ventilator weaning trials with the ICU team'],
    isNot: ['Rear calves from birth to weaning'],
  },
  {
    alias: 'rehabilitation',
    skill: 'Rehabilitation',
    is: ['Rehabilitation of sports injuries in our clinic'],
    isNot: ['Rehabilitation of listed buildings and facades'],
  },
  {
    alias: 'Presto',
    skill: 'Presto',
    is: ['Mediciones y presupuestos con Presto y AutoCAD'],
    isNot: ['Query the lake with Presto and Spark'],
  },
  {
    alias: 'grinding',
    skill: 'Grinding',
    is: ['Cutting, grinding and welding steel frames'],
    isNot: ['Grinding coffee beans for the espresso bar'],
  },
  {
    alias: 'cao',
    skill: 'Collective agreements',
    is: ['Kennis van de cao voor de bouw'],
    isNot: ['Report to the CAO on budgets'],
  },
  {
    alias: 'A-level',
    skill: 'A-level',
    is: ['Teach chemistry to A-level (AQA specification)'],
    isNot: ['Three A-levels at grade B or above'],
  },
  {
    alias: 'Legal secretary',
    skill: 'Legal secretary',
    is: ['Two years of experience as a legal secretary'],
    isNot: ['Legal Secretary – Family Law'],
  },
  {
    alias: 'time reporting',
    skill: 'Time registration',
    is: ['Time reporting and timesheets for 300 staff'],
    isNot: ['Real-time reporting for store managers', 'Report on on-time delivery'],
  },
];

describe('guarded aliases of the skills added for skill texts 271–300', () => {
  itCountsEachInItsFieldOnly(GUARDED);
});
