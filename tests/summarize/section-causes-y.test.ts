/**
 * Generic causes of misplaced items found on hand-written postings of real site shapes (pages 439–449, 669):
 * one short invented input each.
 */
import { describe, expect, it } from 'vitest';
import { findYearsExperience } from '../../utils/summarize/facts';
import { classifyHeading } from '../../utils/summarize/headings';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string, company: string | null = null) => splitSections(html, '', company);

describe('the employer naming the role it hires', () => {
  it('files "<Employer> is looking for a <role> to <duty>" as a duty, whatever perk word it names', () => {
    const sections = split(
      '<p>Oakmere Vets is looking for a receptionist to book appointments and check pet insurance claims.</p>',
      'Oakmere Vets',
    );
    expect(sections.responsibilities).toEqual([
      'Oakmere Vets is looking for a receptionist to book appointments and check pet insurance claims.',
    ]);
    expect(sections.benefits).toEqual([]);
  });

  it('does not file "<Employer> recherche un …" as about the employer', () => {
    for (const [line, company] of [
      ['Les Ateliers Rabier recherchent un soudeur pour leur site de Vierzon.', 'Les Ateliers Rabier'],
      ['Bäckerei Hollmann sucht eine Verkäuferin für die Filiale am Markt.', 'Bäckerei Hollmann'],
      ['Talleres Ugalde busca un mecánico para su taller de Vitoria.', 'Talleres Ugalde'],
    ] as const) {
      expect(split(`<p>${line}</p>`, company).about, line).toEqual([]);
    }
  });

  it('still files "<Employer> has …" as about', () => {
    expect(split('<p>Oakmere Vets has cared for pets in Hexham since 1990.</p>', 'Oakmere Vets').about).toHaveLength(1);
  });
});

describe('the profile written in the future tense', () => {
  it('reads "You will be confident with …" and "You\'ll have at least …" as requirements, "You will run …" as a duty', () => {
    const sections = split(
      "<p>You will run the monthly payroll. You will be confident with Sage Payroll. You'll have at least two years in a payroll team.</p>",
    );
    expect(sections.responsibilities).toEqual(['You will run the monthly payroll.']);
    expect(sections.requirements).toEqual([
      'You will be confident with Sage Payroll.',
      "You'll have at least two years in a payroll team.",
    ]);
  });

  it('keeps "You\'ll have the chance to …" out of the requirements', () => {
    const sections = split("<p>You will check stock each morning. You'll have the chance to train as a buyer.</p>");
    expect(sections.requirements).toEqual([]);
  });
});

describe('a duty handed over at the end of a sentence', () => {
  it('files "… pension submissions … will also fall to you" as a duty, not a perk', () => {
    const sections = split(
      '<h2>The Role</h2><p>You will process starters and leavers. Month-end pension submissions will also fall to you.</p>',
    );
    expect(sections.responsibilities).toContain('Month-end pension submissions will also fall to you.');
    expect(sections.benefits).toEqual([]);
  });
});

describe('"The Person" heading', () => {
  it('names the requirements', () => {
    expect(classifyHeading('The Person')).toBe('requirements');
    expect(classifyHeading('The Ideal Candidate')).toBe('requirements');
  });
});

describe('duties written as future-tense sentences', () => {
  it('takes Spanish and Italian paragraphs apart, one duty each', () => {
    expect(
      split(
        '<h3>¿Qué harás?</h3><p>Recibirás la mercancía en el almacén. Revisarás los albaranes con el proveedor. Colocarás el género en las estanterías.</p>',
      ).responsibilities,
    ).toEqual([
      'Recibirás la mercancía en el almacén.',
      'Revisarás los albaranes con el proveedor.',
      'Colocarás el género en las estanterías.',
    ]);
    expect(
      split(
        '<h3>Cosa farai</h3><p>Ti occuperai della cassa. Gestirai gli ordini ai fornitori. Controllerai le scadenze dei prodotti.</p>',
      ).responsibilities,
    ).toHaveLength(3);
  });

  it('takes longer future-tense duty sentences apart too (past the short-sentence limit)', () => {
    const sentences = [
      'Ti occuperai della cassa e dei resi durante tutta la giornata, aiutando i clienti che hanno bisogno di consigli sui prodotti per la casa e per il giardino del nostro negozio.',
      'Gestirai gli ordini ai fornitori insieme al responsabile del punto vendita, controllando ogni settimana le giacenze di magazzino e le consegne che arrivano dal deposito centrale di Verona.',
      'Controllerai le scadenze dei prodotti.',
    ];
    expect(split(`<h3>Cosa farai</h3><p>${sentences.join(' ')}</p>`).responsibilities).toEqual(sentences);
  });

  it('keeps a paragraph of long sentences whole when one does not open with such a verb', () => {
    const text =
      'Recibirás la mercancía de los proveedores cada mañana en el muelle de carga y comprobarás que coincide con los albaranes y con los pedidos que hizo el encargado de compras. ' +
      'El equipo de almacén es de cinco personas y trabaja en dos turnos de lunes a sábado, con un fin de semana libre de cada tres. ' +
      'Colocarás el género en las estanterías.';
    expect(split(`<h3>¿Qué harás?</h3><p>${text}</p>`).responsibilities).toEqual([text]);
  });
});

describe('perks joined by commas then "and"', () => {
  it('lists "A, B et C" as three perks', () => {
    expect(
      split(
        '<h3>Ce que nous offrons</h3><p>Rémunération : 2 100 € brut mensuel. Mutuelle prise en charge à 60 %, tickets restaurant et remise sur les produits.</p>',
      ).benefits,
    ).toEqual(['Mutuelle prise en charge à 60 %', 'tickets restaurant', 'remise sur les produits.']);
  });

  it('keeps "medical, dental and vision" whole', () => {
    const benefits = split('<h3>Benefits</h3><p>Medical, dental and vision insurance from day one.</p>').benefits;
    expect(benefits).toEqual(['Medical, dental and vision insurance from day one.']);
  });
});

describe('Polish', () => {
  it('files "<Employer> od 1991 roku …" after the offer as about', () => {
    const sections = split(
      '<h3>Oferujemy:</h3><ul><li>prywatną opiekę medyczną</li><li>kartę sportową</li></ul><p>Stolarnia Buk od 1987 roku wytwarza meble na wymiar.</p>',
      'Stolarnia Buk',
    );
    expect(sections.about).toEqual(['Stolarnia Buk od 1987 roku wytwarza meble na wymiar.']);
  });

  it('reads years after a bare "minimum"', () => {
    const found = findYearsExperience([
      { text: 'doświadczenie na podobnym stanowisku minimum 3 lata', section: 'requirements', position: 0 },
    ]);
    expect(found && { min: found.min, max: found.max }).toEqual({ min: 3, max: null });
  });
});

describe('"Om arbeidsgiver" and "About the employer" headings', () => {
  it('name the about section', () => {
    for (const heading of ['Om arbeidsgiver', 'About the employer', 'Über den Arbeitgeber', 'Om arbetsgivaren'])
      expect(classifyHeading(heading), heading).toBe('about');
  });
});

describe('a perk qualified by one word', () => {
  it('files "Free shift meal" in an untitled list after the must-haves as a perk', () => {
    const sections = split(
      '<ul><li>Wash pots and pans during service</li><li>Food handler card required</li><li>Free shift meal</li></ul>',
    );
    expect(sections.benefits).toEqual(['Free shift meal']);
  });
});

describe('an optional skill the employer will teach', () => {
  it('reads "… would be useful but we\'ll train you" as a nice-to-have', () => {
    const sections = split(
      "<h3>What you'll bring</h3><p>You're confident on the phone. Knowledge of Sage would be useful but we'll train you.</p>",
    );
    expect(sections.preferred).toEqual(["Knowledge of Sage would be useful but we'll train you."]);
  });
});

describe('short duty sentences under a duties heading', () => {
  it('lists each sentence as a duty, in any language', () => {
    expect(
      split('<h3>Dine opgaver</h3><p>Du ordner lageret hver morgen. Du pakker ordrer til vores kunder.</p>')
        .responsibilities,
    ).toEqual(['Du ordner lageret hver morgen.', 'Du pakker ordrer til vores kunder.']);
  });

  it('keeps a paragraph of long sentences whole', () => {
    const long =
      'You will work with the finance director, the operations team and our external auditors to prepare the monthly management accounts, the quarterly board pack and the annual budget for each of our four sites. ' +
      'You will also take part in the yearly planning cycle.';
    expect(split(`<h3>Responsibilities</h3><p>${long}</p>`).responsibilities).toEqual([long]);
  });
});

describe('the employer named in place of "We offer"', () => {
  it('files "<Employer> offers medical, dental and vision insurance, …" as benefits, not about', () => {
    const sections = split(
      '<h3>Additional Information</h3><p>Tarnside Clinic offers medical, dental and vision insurance and a 401(k) with a 4% match.</p>',
      'Tarnside Clinic',
    );
    expect(sections.about).toEqual([]);
    expect(sections.benefits.join(' ')).toContain('medical, dental and vision insurance');
  });

  it('still files "<Employer> provides software to clinics" as about', () => {
    expect(
      split('<p>Tarnside Labs provides scheduling software to 400 clinics in Ohio.</p>', 'Tarnside Labs').about,
    ).toHaveLength(1);
  });
});

describe('a hiring shout before the employer blurb', () => {
  it('files the blurb after "<Employer> is hiring!" as about', () => {
    const sections = split(
      '<p>Harbour Foods is hiring! We are a family-run wholesaler supplying 300 restaurants across Kent.</p>',
      'Harbour Foods',
    );
    expect(sections.about).toEqual(['We are a family-run wholesaler supplying 300 restaurants across Kent.']);
  });

  it('does not file a shout followed by the role as about', () => {
    const sections = split('<p>We are hiring! You will drive our van between the two bakeries.</p>');
    expect(sections.about).toEqual([]);
  });
});
