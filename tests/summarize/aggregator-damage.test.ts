/**
 * Text damaged on its way through aggregators and written in odd shapes, one short invented input
 * per pattern (issue 11, parts 1–3): lists run into one line (middle dots, numbers, semicolons),
 * labels on list items and fact labels, mixed lists, perks in prose, the employer's legal form.
 */
import { describe, expect, it } from 'vitest';
import { splitNumberedList } from '../../utils/summarize/restructure';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string, company: string | null = null) => splitSections(html, '', company);

describe('items joined by middle dots', () => {
  it('takes a labelled paragraph of " · " items apart, and a wish at its end is a nice-to-have', () => {
    const sections = split(
      '<p><strong>Ihr Profil:</strong> Abgeschlossene Ausbildung als Gärtner · Mindestens 2 Jahre Erfahrung im Landschaftsbau · Führerschein Klasse BE · Motorsägenschein von Vorteil</p>',
    );
    expect(sections.requirements).toEqual([
      'Abgeschlossene Ausbildung als Gärtner',
      'Mindestens 2 Jahre Erfahrung im Landschaftsbau',
      'Führerschein Klasse BE',
    ]);
    expect(sections.preferred).toEqual(['Motorsägenschein von Vorteil']);
  });

  it('leaves a meta line of one-word facts whole', () => {
    const sections = split('<p>Jonas Riedl · Personal · 0711 555 31</p>');
    expect(sections.lines.map((line) => line.text)).toEqual(['Jonas Riedl · Personal · 0711 555 31']);
  });
});

describe('a numbered list run into one line', () => {
  it('reads "1. … 2. … 3. …" after a label as items, in order', () => {
    expect(
      splitNumberedList('Tareas: 1. Revisar albaranes 2. Cuadrar la caja diaria 3. Atender a proveedores'),
    ).toEqual({
      lead: 'Tareas:',
      items: ['Revisar albaranes', 'Cuadrar la caja diaria', 'Atender a proveedores'],
    });
  });

  it('files "1) … 2) … 3) …" under its heading', () => {
    const sections = split(
      '<h3>Key duties</h3><p>1) Survey river banks for erosion after floods 2) Log findings in the asset register 3) Brief the maintenance gangs each Monday</p>',
    );
    expect(sections.responsibilities).toEqual([
      'Survey river banks for erosion after floods',
      'Log findings in the asset register',
      'Brief the maintenance gangs each Monday',
    ]);
  });

  it('reads "1) … 2) … 3) …" items that start in lower case, two lists in one paragraph', () => {
    const sections = split(
      '<p>Greyfield Logistics is hiring pickers for its depot near Stockton. Responsibilities include: 1) sorting returned parcels by carrier 2) scanning each bin before it leaves the line 3) restocking packing tape and labels. Requirements: 1) available for Saturday shifts 2) comfortable standing for long periods 3) basic English for safety briefings.</p>',
    );
    expect(sections.responsibilities).toEqual([
      'sorting returned parcels by carrier',
      'scanning each bin before it leaves the line',
      'restocking packing tape and labels.',
    ]);
    expect(sections.requirements).toEqual([
      'available for Saturday shifts',
      'comfortable standing for long periods',
      'basic English for safety briefings.',
    ]);
  });

  it('still needs a capital after "1." ("am 1. märz" is a date), and order after "1)"', () => {
    expect(splitNumberedList('Beginn am 1. märz, Übergabe am 2. april, Abschluss am 3. mai')).toBeNull();
    expect(splitNumberedList('see note 3) and the rules in 1) before you start 2) here')).toBeNull();
  });

  it('does not take numbers that are not in order, or dates, for a list', () => {
    expect(splitNumberedList('Start am 1. März in Halle 3. Stock, Raum 12. Bitte klingeln')).toBeNull();
    expect(splitNumberedList('We grew 2. Then 5. Then 9. Now we hire')).toBeNull();
  });
});

describe('duties joined by semicolons in one paragraph', () => {
  it('makes each clause an item and keeps the lead sentence out of the list', () => {
    const sections = split(
      '<h2>Wat ga je doen?</h2><p>Je werkt in ons magazijn in Tilburg. Je ontvangt en controleert binnenkomende pallets; je verzamelt orders met de handscanner; je houdt de voorraad in het WMS bij.</p>',
    );
    expect(sections.responsibilities).toEqual([
      'Je ontvangt en controleert binnenkomende pallets',
      'je verzamelt orders met de handscanner',
      'je houdt de voorraad in het WMS bij.',
    ]);
  });

  it('leaves a sentence with only one semicolon whole', () => {
    const sections = split(
      '<h2>Responsibilities</h2><p>You will run the evening shift at our Dayton bakery; on Fridays you also close the shop.</p>',
    );
    expect(sections.responsibilities).toHaveLength(1);
  });
});

describe('labels on list items and fact labels', () => {
  it('reads a section name that labels a list item ("Requisitos deseados: …") as that section', () => {
    const sections = split(
      '<h2>Requisitos</h2><ul><li><strong>Requisitos mínimos:</strong> Experiencia en almacén. Manejo de carretilla.</li><li><strong>Requisitos deseados:</strong> Carnet de carretillero en vigor. Nivel básico de inglés.</li></ul>',
    );
    expect(sections.requirements).toEqual(['Experiencia en almacén.', 'Manejo de carretilla.']);
    expect(sections.preferred).toEqual(['Carnet de carretillero en vigor.', 'Nivel básico de inglés.']);
  });

  it('keeps a list item whose label is not a section name whole ("Turno: …")', () => {
    const sections = split('<h2>Requisitos</h2><ul><li>Turno: rotativo de mañana y tarde</li></ul>');
    expect(sections.requirements).toEqual(['Turno: rotativo de mañana y tarde']);
  });

  it('keeps a fact label with its value ("Travel Required: Yes …")', () => {
    const sections = split(
      '<h3>Requirements</h3><ul><li>Degree in geography or planning</li></ul><p>Travel Required: Yes - about two days a week</p>',
    );
    expect(sections.requirements).toContain('Travel Required: Yes - about two days a week');
  });
});

describe('a duties list that turns into requirements, in more languages', () => {
  it('moves "Uddannet …", a licence and travel readiness to the must-haves', () => {
    const sections = split(
      '<h2>Dine opgaver</h2><ul><li>Registrering af varemodtagelse</li><li>Pakning af ordrer til butikkerne</li><li>Uddannet lagerassistent eller tilsvarende</li><li>Kørekort til truck</li></ul>',
    );
    expect(sections.responsibilities).toEqual(['Registrering af varemodtagelse', 'Pakning af ordrer til butikkerne']);
    expect(sections.requirements).toEqual(['Uddannet lagerassistent eller tilsvarende', 'Kørekort til truck']);
  });

  it('splits space-joined Italian, Portuguese and Polish requirements at their item starters', () => {
    const italian = split(
      '<h2>Requisiti</h2><p>Diploma di ragioneria Esperienza di almeno 3 anni in contabilità Conoscenza del gestionale TeamSystem</p>',
    );
    expect(italian.requirements).toEqual([
      'Diploma di ragioneria',
      'Esperienza di almeno 3 anni in contabilità',
      'Conoscenza del gestionale TeamSystem',
    ]);
    const portuguese = split(
      '<h2>Perfil</h2><p>Licenciatura em Gestão Experiência mínima de 2 anos em contabilidade Disponibilidade para início imediato</p>',
    );
    expect(portuguese.requirements).toEqual([
      'Licenciatura em Gestão',
      'Experiência mínima de 2 anos em contabilidade',
      'Disponibilidade para início imediato',
    ]);
    const polish = split(
      '<h2>Nasze wymagania</h2><p>Wykształcenie średnie techniczne Doświadczenie w pracy na magazynie Prawo jazdy kat. B</p>',
    );
    expect(polish.requirements).toEqual([
      'Wykształcenie średnie techniczne',
      'Doświadczenie w pracy na magazynie',
      'Prawo jazdy kat. B',
    ]);
  });
});

describe('the first prose of a section, glued', () => {
  it('reads an employer lead glued to a heading as about, under a description heading', () => {
    const sections = split(
      '<h2>Job description</h2><div>Pellham Dental Group runs nine family practices in Ohio.Our billing team keeps claims moving.Responsibilities<br>Post insurance payments daily.Follow up denied claims with payers.</div>',
      'Pellham Dental Group',
    );
    expect(sections.about).toEqual(['Pellham Dental Group runs nine family practices in Ohio.']);
    expect(sections.responsibilities).toContain('Post insurance payments daily.');
    expect(sections.responsibilities).toContain('Follow up denied claims with payers.');
  });

  it('reads a lead that names the employer with its legal form ("Vestbakken AS driver …") as about', () => {
    const sections = split(
      '<p>Vestbakken AS driver tre bakerier i Bergen.</p><h2>Arbeidsoppgaver</h2><ul><li>Baking av brød og bakst</li></ul>',
      'Vestbakken AS',
    );
    expect(sections.about).toEqual(['Vestbakken AS driver tre bakerier i Bergen.']);
  });
});

describe('perks written as prose', () => {
  it('lists perks after a lead verb apart when each is a phrase of its own', () => {
    const sections = split(
      "<h2>What we offer</h2><p>You will also get 28 days' holiday plus bank holidays, a cycle-to-work scheme with free servicing and a pension with 8% employer contributions.</p>",
    );
    expect(sections.benefits).toEqual([
      "You will also get 28 days' holiday plus bank holidays",
      'a cycle-to-work scheme with free servicing',
      'a pension with 8% employer contributions.',
    ]);
  });

  it('keeps "Benefits include medical, dental and vision …" as one perk', () => {
    const sections = split(
      '<h2>Benefits</h2><p>Benefits include medical, dental and vision coverage for your family.</p>',
    );
    expect(sections.benefits).toEqual(['Benefits include medical, dental and vision coverage for your family.']);
  });
});

describe('travel the job takes, in prose', () => {
  it('files a travel line after a list as a must-have, in several languages', () => {
    for (const line of [
      'Travel between our three depots is required most weeks.',
      'Des déplacements fréquents sont à prévoir en Bretagne.',
      'Resor förekommer i tjänsten, främst inom Norrbotten.',
      'Gotowość do podróży służbowych po całej Polsce.',
      'Disponibilità a trasferte in Lombardia e Piemonte.',
    ]) {
      const sections = split(`<h2>Requirements</h2><ul><li>Degree in surveying or geomatics</li></ul><p>${line}</p>`);
      expect(sections.requirements, line).toContain(line);
    }
  });

  it('leaves travel perks and the company’s own travel business alone', () => {
    const sections = split(
      '<h2>Benefits</h2><ul><li>Paid parental leave</li></ul><p>We cover travel insurance for the whole family.</p>',
    );
    expect(sections.requirements).toEqual([]);
  });
});

describe('a list joined by dashes after a lead sentence', () => {
  it('reads the lead apart and keeps an item with an abbreviation ("Kat. B") whole', () => {
    const sections = split(
      '<h3>Das bringst du mit</h3><p>Du arbeitest gern im Team. – Abgeschlossene Lehre als Landmaschinenmechaniker – Mindestens 2 Jahre Erfahrung in der Werkstatt – Führerausweis Kat. B – Gute Englischkenntnisse</p>',
    );
    // The lead under a requirements heading ("Du arbeitest gern im Team.") is a requirement of its own.
    expect(sections.requirements).toEqual([
      'Du arbeitest gern im Team.',
      'Abgeschlossene Lehre als Landmaschinenmechaniker',
      'Mindestens 2 Jahre Erfahrung in der Werkstatt',
      'Führerausweis Kat. B',
      'Gute Englischkenntnisse',
    ]);
  });
});

describe('more ways to name the employer and the experience', () => {
  it('reads a lead that names the employer after a plural article ("Les Ateliers …") as about', () => {
    const sections = split(
      '<p>Les Ateliers Brisach, menuiserie de 40 salariés, fabriquent des escaliers sur mesure.</p><h2>Vos missions</h2><ul><li>Débit et usinage des pièces</li></ul>',
      'Ateliers Brisach',
    );
    expect(sections.about).toEqual([
      'Les Ateliers Brisach, menuiserie de 40 salariés, fabriquent des escaliers sur mesure.',
    ]);
  });

  it('turns a duties list into must-haves at "Une première expérience …"', () => {
    const sections = split(
      "<h2>Vos missions</h2><ul><li>Préparer les commandes clients</li><li>Charger les camions de livraison</li><li>Une première expérience en entrepôt d'au moins 6 mois</li><li>Le CACES 1 en cours de validité</li></ul>",
    );
    expect(sections.responsibilities).toEqual(['Préparer les commandes clients', 'Charger les camions de livraison']);
    expect(sections.requirements).toContain("Une première expérience en entrepôt d'au moins 6 mois");
  });

  it('splits space-joined Italian items at an adjective ("… contabilità Buona conoscenza …")', () => {
    const sections = split(
      '<h2>Requisiti</h2><p>Diploma di geometra Buona conoscenza di AutoCAD e dei software BIM Ottima capacità di lavorare in squadra</p>',
    );
    expect(sections.requirements).toEqual([
      'Diploma di geometra',
      'Buona conoscenza di AutoCAD e dei software BIM',
      'Ottima capacità di lavorare in squadra',
    ]);
  });
});

describe('a comment thread under a job posted as a blog post', () => {
  it('keeps the replies out of the duties', () => {
    const sections = split(
      "<h3>What you'll do</h3><ul><li>Fit kitchens on site with our installers</li></ul>" +
        '<h2>2 thoughts on “We are hiring a joiner”</h2><p>Manage the install side yourselves or subcontract?</p><p>Build a portfolio and bring it in.</p>' +
        '<h3>Leave a Reply</h3><p>Your email address will not be published.</p>',
    );
    expect(sections.responsibilities).toEqual(['Fit kitchens on site with our installers']);
    expect(JSON.stringify(sections.lines)).not.toContain('portfolio');
  });
});
