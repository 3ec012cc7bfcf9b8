/**
 * Generic causes of misplaced items, one short invented input each: damaged paragraphs, company
 * lead paragraphs, pay inside perks, headings and duty or perk words in more languages.
 */
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../utils/summarize/headings';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string, company: string | null = null) => splitSections(html, '', company);

describe('space-joined physical requirements in a duties section', () => {
  it('takes "Must be …", "Able to …", "High school diploma …" apart and files them as must-haves', () => {
    const sections = split(
      '<h2>Responsibilities</h2><ul><li>Load outbound trailers to the dock schedule</li><li>Count stock at the end of each shift</li></ul>' +
        '<p>Must be at least 18 years old Able to lift up to 40 lbs all day Able to work in a cold store at 2°C High school diploma or GED preferred Prior pallet jack experience is a plus</p>',
    );
    expect(sections.responsibilities).toEqual([
      'Load outbound trailers to the dock schedule',
      'Count stock at the end of each shift',
    ]);
    expect(sections.requirements).toEqual([
      'Must be at least 18 years old',
      'Able to lift up to 40 lbs all day',
      'Able to work in a cold store at 2°C',
    ]);
    expect(sections.preferred).toEqual([
      'High school diploma or GED preferred',
      'Prior pallet jack experience is a plus',
    ]);
  });

  it('does not split a sentence at an adjective after an object pronoun', () => {
    const sections = split(
      '<p>Brookvale Infant School is a one-form entry school in Leek. Inspectors rated us Good in every area last spring and we are proud of it.</p>',
      'Brookvale Infant School',
    );
    expect(sections.about).toHaveLength(1);
    expect(sections.about[0]).toContain('rated us Good in every area');
  });
});

describe('a company lead paragraph is about the company', () => {
  it('when a heading is glued onto its end', () => {
    const en = split(
      '<p>The Copperfield Diner is a 40-cover diner on the Brighton seafront serving breakfast all day.The role</p><ul><li>Run the grill on the morning shift</li></ul>',
      'The Copperfield Diner',
    );
    expect(en.about).toEqual([
      'The Copperfield Diner is a 40-cover diner on the Brighton seafront serving breakfast all day.',
    ]);
    expect(en.responsibilities).toEqual(['Run the grill on the morning shift']);

    const de = split(
      '<p><strong>Halbach Messtechnik</strong> entwickelt Durchflussmesser für Brauereien. In Graz arbeiten 90 Menschen.Deine Aufgaben</p><ul><li>Du programmierst Steuerungen für unsere Prüfstände</li></ul>',
      'Halbach Messtechnik GmbH',
    );
    expect(de.about[0]).toContain('Halbach Messtechnik entwickelt Durchflussmesser');
    expect(de.responsibilities).toEqual(['Du programmierst Steuerungen für unsere Prüfstände']);
  });

  it('when it opens a description section after other sections', () => {
    const sections = split(
      '<h3>Requisitos</h3><ul><li>Carnet B en vigor</li></ul><h3>Descripción</h3>' +
        '<p>Viveros Sarrión es una empresa familiar de plantas ornamentales con tres centros en Teruel.</p><p>Funciones:</p><ul><li>Preparar pedidos para floristerías</li></ul>',
      'Viveros Sarrión S.L.',
    );
    expect(sections.about).toEqual([
      'Viveros Sarrión es una empresa familiar de plantas ornamentales con tres centros en Teruel.',
    ]);
    expect(sections.responsibilities).toEqual(['Preparar pedidos para floristerías']);
  });

  it('when a site box (Indeed "Benefits") comes before it', () => {
    const sections = split(
      '<div><h2>Benefits</h2><ul><li>Paid training</li></ul></div><h2>Full job description</h2>' +
        '<p><b>Sunhaven Companions</b> supports older adults in Yuma County at home. We are hiring caregivers for weekend shifts.</p>' +
        '<p><b>Responsibilities:</b></p><ul><li>Help clients with meals and errands</li></ul>',
      'Sunhaven Companions',
    );
    expect(sections.about).toEqual(['Sunhaven Companions supports older adults in Yuma County at home.']);
    expect(sections.responsibilities).toContain('Help clients with meals and errands');
  });
});

describe('a site box right before the description', () => {
  it('reads the employer lead after the box as about, and drops the box note', () => {
    const sections = split(
      '<div><h2>Benefits</h2><p>Pulled from the full job description</p><ul><li>Mileage reimbursement</li></ul></div>' +
        '<div><p><b>Cactus Wren Home Care</b> supports families in Tucson with respite visits. We are adding respite aides for evening shifts.</p>' +
        '<p>Offers a 401(k) plan after 90 days.</p></div>',
      'Cactus Wren Home Care',
    );
    expect(sections.about).toEqual(['Cactus Wren Home Care supports families in Tucson with respite visits.']);
    expect(sections.benefits).toEqual(['Mileage reimbursement', 'Offers a 401(k) plan after 90 days.']);
    expect(JSON.stringify(sections.lines)).not.toContain('Pulled from');
  });
});

describe('pay inside a perks paragraph is the pay', () => {
  it('files a salary sentence under "What we offer" as compensation and the rest as benefits', () => {
    const sections = split(
      '<p><strong>What we offer</strong></p><p>Salary of A$71,000 – A$78,000 plus super, depending on experience. Three rostered days off a fortnight and a free staff lunch every shift.</p>',
    );
    expect(sections.compensation).toEqual(['Salary of A$71,000 – A$78,000 plus super, depending on experience.']);
    expect(sections.benefits).toEqual(['Three rostered days off a fortnight and a free staff lunch every shift.']);
  });

  it('splits "$X–$Y base plus super, perks …" at the comma', () => {
    const sections = split(
      "<p><strong>What's on offer</strong></p><p>$68k–$74k base plus super, paid overtime, free parking and a friendly depot crew.</p>",
    );
    expect(sections.compensation).toEqual(['$68k–$74k base plus super']);
    expect(sections.benefits).toEqual(['paid overtime', 'free parking', 'a friendly depot crew.']);
  });

  it('reads German pay compounds and Portuguese pay labels, and keeps the label of a pay line', () => {
    const de = split(
      '<p><strong>Wir bieten</strong></p><ul><li>Gleitzeit</li></ul><p>Wir bieten ein Bruttomonatsgehalt ab € 3.900,- (14x jährlich) auf Vollzeitbasis.</p>',
    );
    expect(de.compensation).toEqual([
      'Wir bieten ein Bruttomonatsgehalt ab € 3.900,- (14x jährlich) auf Vollzeitbasis.',
    ]);
    const pt = split('<p>Faixa salarial: R$ 7.500 a R$ 9.800 por mês (CLT).</p>');
    expect(pt.compensation).toEqual(['Faixa salarial: R$ 7.500 a R$ 9.800 por mês (CLT).']);
    const en = split('<p>Compensation Range: $96K - $118K</p>');
    expect(en.compensation).toEqual(['Compensation Range: $96K - $118K']);
  });
});

describe('headings and lead-ins', () => {
  it('reads Italian, Dutch and English headings we did not know', () => {
    const it = split(
      '<h2>Descrizione del lavoro</h2><ul><li>Accogliere i visitatori del museo</li></ul><h2>Qualifiche</h2><ul><li>Buona conoscenza del tedesco</li></ul>' +
        '<h2>Informazioni aggiuntive</h2><p>Sconto dipendenti del 30% nel bookshop.</p>',
    );
    expect(it.responsibilities).toEqual(['Accogliere i visitatori del museo']);
    expect(it.requirements).toEqual(['Buona conoscenza del tedesco']);
    expect(it.benefits).toEqual(['Sconto dipendenti del 30% nel bookshop.']);
    const nl = split('<h2>Voordelen</h2><ul><li>Leaseauto</li><li>25 vakantiedagen</li></ul>');
    expect(nl.benefits).toEqual(['Leaseauto', '25 vakantiedagen']);
  });

  it('reads "We are looking for someone who has:" and "We can offer you:" as lead-ins', () => {
    const sections = split(
      '<p><strong>The successful candidate will:</strong></p><ul><li>Teach maths across Year 5 and Year 6</li></ul>' +
        '<p><strong>We are looking for someone who has:</strong></p><ul><li>Qualified Teacher Status (QTS)</li><li>Good or better teaching in KS2, ECTs are welcome to apply</li></ul>' +
        '<p><strong>We can offer you:</strong></p><ul><li>A mentor in your first year</li></ul>',
    );
    expect(sections.responsibilities).toEqual(['Teach maths across Year 5 and Year 6']);
    expect(sections.requirements).toEqual([
      'Qualified Teacher Status (QTS)',
      'Good or better teaching in KS2, ECTs are welcome to apply',
    ]);
    expect(sections.benefits).toEqual(['A mentor in your first year']);
  });
});

describe('headings in more languages', () => {
  it.each([
    ['Tehtäväsi', 'responsibilities'],
    ['Tu misión', 'responsibilities'],
    ['Ansökan', 'other'],
    ['Hakemus', 'other'],
    ['Informações adicionais', 'overview'],
    ['Dein Team', 'about'],
    ['Work Environment', 'overview'],
    ['Voordelen', 'benefits'],
    ['Faixa salarial', 'compensation'],
    ['Personlige egenskaper', 'requirements'],
    ['Nasze oczekiwania', 'requirements'],
    ['Mooi meegenomen', 'preferred'],
  ])('%s is a %s heading', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('duties and perks under an overview heading, in more languages', () => {
  it('reads infinitive duties in English, Italian, French and Spanish', () => {
    const sections = split(
      '<h2>About the role</h2><ul><li>Allocate couriers to morning rounds</li><li>Gestire gli ordini dei fornitori</li>' +
        '<li>Accueillir les patients à la réception</li><li>Atender a los clientes en mostrador</li></ul>',
    );
    expect(sections.responsibilities).toEqual([
      'Allocate couriers to morning rounds',
      'Gestire gli ordini dei fornitori',
      'Accueillir les patients à la réception',
      'Atender a los clientes en mostrador',
    ]);
  });

  it('reads French duties in the present tense, and not the profile', () => {
    const sections = split(
      '<h4>Descriptif du poste</h4><ul><li>Tu traites les réclamations des locataires</li><li>Vous gérez le planning des techniciens</li><li>Tu maîtrises Excel et un logiciel de gestion locative</li></ul>',
    );
    expect(sections.responsibilities).toEqual([
      'Tu traites les réclamations des locataires',
      'Vous gérez le planning des techniciens',
    ]);
  });

  it('reads perks in Dutch, Polish and Norwegian', () => {
    const sections = split(
      '<h2>Overview</h2><ul><li>26 vakantiedagen en een dertiende maand</li><li>Budżet szkoleniowy 3000 zł rocznie</li><li>Firmabil med verktøy</li></ul>',
    );
    expect(sections.benefits).toEqual([
      '26 vakantiedagen en een dertiende maand',
      'Budżet szkoleniowy 3000 zł rocznie',
      'Firmabil med verktøy',
    ]);
  });

  it('does not read a "Schedule:" label as a duty', () => {
    const sections = split('<h2>Overview</h2><p>Schedule: Tuesday to Saturday, 6am to 2pm.</p>');
    expect(sections.responsibilities).toEqual([]);
  });
});

describe('optional items', () => {
  it('reads "is highly regarded" and "Se valorará" as nice-to-haves, whole', () => {
    const sections = split(
      '<h3>About you</h3><ul><li>At least 2 years scheduling linehaul</li></ul><p>Experience with Cargowise or a similar TMS is highly regarded. A forklift licence would be a bonus.</p>' +
        '<h3>Funciones</h3><ul><li>Preparar rutas de reparto</li></ul><p>Se valorará carnet de carretillero.</p>',
    );
    expect(sections.requirements).toEqual(['At least 2 years scheduling linehaul']);
    expect(sections.preferred).toEqual([
      'Experience with Cargowise or a similar TMS is highly regarded.',
      'A forklift licence would be a bonus.',
      'Se valorará carnet de carretillero.',
    ]);
  });
});

describe('more forms of the same causes', () => {
  it('reads "At <employer> we …" and "En <employer> …" as about', () => {
    const en = split(
      '<p>At Quillmore we print and bind short-run books for 300 independent publishers.</p>',
      'Quillmore Press',
    );
    expect(en.about).toEqual(['At Quillmore we print and bind short-run books for 300 independent publishers.']);
    const es = split('<p>En Brisamar gestionamos 40 apartamentos turísticos en la costa de Cádiz.</p>', 'Brisamar');
    expect(es.about).toEqual(['En Brisamar gestionamos 40 apartamentos turísticos en la costa de Cádiz.']);
  });

  it('reads "Mooi meegenomen:" as a nice-to-have label', () => {
    const sections = split(
      '<h3>Wie ben jij?</h3><ul><li>Minimaal 2 jaar ervaring met Laravel</li></ul><p><strong>Mooi meegenomen:</strong> ervaring met Vue of Svelte.</p>',
    );
    expect(sections.requirements).toEqual(['Minimaal 2 jaar ervaring met Laravel']);
    // The wish runs on in lower case after its label: one sentence, kept whole.
    expect(sections.preferred).toEqual(['Mooi meegenomen: ervaring met Vue of Svelte.']);
  });

  it('reads English duties written as nouns', () => {
    const sections = split(
      '<h2>Overview</h2><ul><li>Diary management for the practice director</li><li>Audio typing of reports and letters</li></ul>',
    );
    expect(sections.responsibilities).toEqual([
      'Diary management for the practice director',
      'Audio typing of reports and letters',
    ]);
  });

  it('drops "Email this job to a friend"', () => {
    const sections = split(
      '<h2>Pay and benefits</h2><ul><li>$18.75 per hour</li><li>Earned time off from day one</li></ul>' +
        '<p>Apply for this job online Email this job to a friend</p><p>Share on your newsfeed</p>',
    );
    expect(sections.compensation).toEqual(['$18.75 per hour']);
    expect(sections.benefits).toEqual(['Earned time off from day one']);
  });
});

describe('statements that are not the job', () => {
  it('keeps a safeguarding statement out of about, even when it names the employer', () => {
    const sections = split(
      '<h2>What we offer</h2><ul><li>A laptop and a mentor</li></ul><h2>Safeguarding</h2>' +
        '<p>Fernbrook Learning Partnership is committed to safeguarding and promoting the welfare of children. This post needs an enhanced DBS check.</p>',
      'Fernbrook Learning Partnership',
    );
    expect(sections.about).toEqual([]);
    expect(JSON.stringify(sections.lines)).not.toContain('committed to safeguarding');
  });
});
