/**
 * Generic causes of misplaced items found on hand-written postings of real site shapes (pages 1040–1059):
 * one short invented input each.
 */
import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../../utils/summarize/boilerplate';
import { classifyHeading } from '../../utils/summarize/headings';
import { isPayLine } from '../../utils/summarize/pay';
import { splitSentences } from '../../utils/summarize/patterns';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string, company: string | null = null) => splitSections(html, '', company);

describe('a heading an emoji opens', () => {
  it('reads "🌱 Nice to have" and "💸 Pay & perks" paragraphs as headings, not as items', () => {
    const sections = split(
      '<p>🧠 Who you are</p><ul><li>You have run a bike workshop</li></ul>' +
        '<p>🌱 Nice to have</p><ul><li>Some welding</li></ul>' +
        '<p>💸 Pay &amp; perks</p><ul><li>A cycle-to-work scheme</li></ul>',
    );
    expect(sections.requirements).toEqual(['You have run a bike workshop']);
    expect(sections.preferred).toEqual(['Some welding']);
    expect(sections.benefits).toEqual(['A cycle-to-work scheme']);
  });

  it('reads the emoji line at the top of a paragraph of <br> lines as its heading', () => {
    const sections = split('<p>🎉 Vi erbjuder<br>Personalrabatt på kaffe.<br>Friskvårdsbidrag.</p>');
    expect(sections.benefits).toEqual(['Personalrabatt på kaffe.', 'Friskvårdsbidrag.']);
    expect(sections.benefits).not.toContain('Vi erbjuder');
  });

  it('keeps an emoji-led item that is not a heading an item ("✅ Install lighting")', () => {
    const sections = split('<h3>Your tasks</h3><p>✅ Install lighting in new homes</p><p>✅ Test and tag tools</p>');
    expect(sections.responsibilities).toEqual(['Install lighting in new homes', 'Test and tag tools']);
  });
});

describe('a licence class letter at the end of a sentence', () => {
  it('ends the sentence after "Klasse B.", "permis B." and "kat. C."', () => {
    expect(
      splitSentences('Sie besitzen einen Führerschein der Klasse B. Erfahrung im Verkauf ist wünschenswert.'),
    ).toEqual(['Sie besitzen einen Führerschein der Klasse B.', 'Erfahrung im Verkauf ist wünschenswert.']);
    expect(splitSentences('Vous avez le permis B. Une expérience en cuisine serait un plus.')).toHaveLength(2);
    expect(splitSentences('Prawo jazdy kat. C. Doświadczenie w transporcie.')).toEqual([
      'Prawo jazdy kat. C.',
      'Doświadczenie w transporcie.',
    ]);
  });

  it('still keeps an initial with the name after it', () => {
    expect(splitSentences('Write to John F. Kennedy at the depot.')).toHaveLength(1);
  });

  it('files a must-have and a wish written as sentences after a class letter apart', () => {
    const sections = split(
      '<h3>Ihr Profil</h3><p>Sie haben eine Ausbildung als Koch. Sie besitzen einen Führerschein der Klasse B. Erfahrung im Catering ist wünschenswert.</p>',
    );
    expect(sections.requirements.join(' | ')).toContain('Sie besitzen einen Führerschein der Klasse B.');
    expect(sections.preferred).toEqual(['Erfahrung im Catering ist wünschenswert.']);
  });
});

describe('a label inside a paragraph glued together', () => {
  it('files the perks after "… plus tips.Benefits: …" as perks, not as pay', () => {
    const sections = split('<p>Pay: $19 - $21 per hour plus tips.Benefits: Paid time off, free meals on shift.</p>');
    expect(sections.compensation).toEqual(['Pay: $19 - $21 per hour plus tips.']);
    expect(sections.benefits).toEqual(['Paid time off, free meals on shift.']);
  });

  it('files the offer after "…kV.Oferujemy: …" as perks and pay, not as must-haves', () => {
    const sections = split(
      '<p>Wymagania: Uprawnienia SEP do 1 kV.Oferujemy: Umowę o pracę. Telefon służbowy. Wynagrodzenie od 6 000 zł brutto.</p>',
    );
    expect(sections.requirements).toEqual(['Uprawnienia SEP do 1 kV.']);
    expect(sections.benefits).toEqual(['Umowę o pracę.', 'Telefon służbowy.']);
    expect(sections.compensation).toEqual(['Wynagrodzenie od 6 000 zł brutto.']);
  });
});

describe('pay words and scales in more languages', () => {
  it('reads an hourly wage by agreement, pay by the trade tariff and a base salary as pay', () => {
    expect(isPayLine('Een uurloon volgens de cao Metaal')).toBe(true);
    expect(isPayLine('Bezahlung nach Tarif des Malerhandwerks')).toBe(true);
    expect(isPayLine('Vencimento base de 980 € mais subsídio de refeição')).toBe(true);
  });

  it('does not read a tariff without a pay word as pay', () => {
    expect(isPayLine('Tarifs préférentiels sur nos produits')).toBe(false);
  });
});

describe('Swedish duty heading and wish', () => {
  it('classifies "Det här gör du" and "Vad du kommer att göra" as duties', () => {
    expect(classifyHeading('Det här gör du')).toBe('responsibilities');
    expect(classifyHeading('Vad du kommer att göra')).toBe('responsibilities');
  });

  it('files "Det är ett plus om du …" as a wish', () => {
    const sections = split('<h3>Om dig</h3><p>Du har truckkort.<br>Det är ett plus om du har arbetat i lager.</p>');
    expect(sections.requirements).toEqual(['Du har truckkort.']);
    expect(sections.preferred).toEqual(['Det är ett plus om du har arbetat i lager.']);
  });
});

describe('a requirement beside legal text in one paragraph', () => {
  it('keeps "Een VOG is vereist …" when the "no agencies" sentence goes', () => {
    const cleaned = removeBoilerplate(
      'Een VOG is vereist voor deze functie. Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.',
      (sentence) => sentence.includes('vereist'),
    );
    expect(cleaned.kept).toBe('Een VOG is vereist voor deze functie.');
    const sections = split(
      '<p>Een VOG is vereist voor deze functie. Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.</p>',
    );
    expect(sections.requirements).toEqual(['Een VOG is vereist voor deze functie.']);
  });

  it('still drops a welcome sentence beside an equal-opportunity one', () => {
    const sections = split(
      '<p>Keswick Foods is an equal opportunity employer. We welcome people of every background.</p>',
    );
    expect(sections.about).toEqual([]);
    expect(sections.responsibilities).toEqual([]);
  });
});

describe('the year an employer was founded, in other languages', () => {
  it('files "Fondée en 1987, …", "Gegründet 1998 …", "Opgericht in 1962 …" as about the employer', () => {
    for (const line of [
      "Fondée en 1987, la Maison Carrel compte aujourd'hui vingt salariés.",
      'Gegründet 1998, beliefert die Rösterei Hahn heute 40 Cafés.',
      'Opgericht in 1962 is Drukkerij Faber nog steeds een familiebedrijf.',
    ]) {
      expect(split(`<p>Wij zoeken een collega.</p><p>${line}</p>`).about, line).toEqual([line]);
    }
  });
});

describe('a question heading on a line of its own', () => {
  it('reads plain "Vad söker vi?", "Vad erbjuder vi?", "¿Quién eres?", "¿Qué te ofrecemos?" as headings', () => {
    const swedish = split(
      '<p>Vad söker vi?</p><ul><li>Körkort B</li></ul><p>Vad erbjuder vi?</p><ul><li>Kollektivavtal</li></ul>',
    );
    expect(swedish.requirements).toEqual(['Körkort B']);
    expect(swedish.benefits).toEqual(['Kollektivavtal']);
    const spanish = split(
      '<p>¿Quién eres?</p><ul><li>Tienes carnet de conducir</li></ul><p>¿Qué te ofrecemos?</p><ul><li>Contrato indefinido</li></ul>',
    );
    expect(spanish.requirements).toEqual(['Tienes carnet de conducir']);
    expect(spanish.benefits).toEqual(['Contrato indefinido']);
  });

  it('reads a bare "Aanbod" row heading as the offer', () => {
    expect(classifyHeading('Aanbod')).toBe('benefits');
  });

  it('keeps a question that is not a heading a line ("¿Tienes carnet?")', () => {
    expect(classifyHeading('¿Tienes carnet?')).toBeNull();
  });
});

describe('the role sought and what it does, in one clause', () => {
  it('files "Wir suchen einen …, der …", "Buscamos un/a … que …", "Nous recherchons un … qui …" as a duty', () => {
    for (const line of [
      'Wir suchen einen Elektriker, der unsere Kunden betreut und Anlagen wartet.',
      'Buscamos un/a camarero/a que atienda las mesas de la terraza.',
      'Nous recherchons un chauffeur qui livrera nos clients en Bretagne.',
      'Cerchiamo un magazziniere che gestisca le spedizioni.',
      'Wij zoeken een monteur die storingen verhelpt bij klanten.',
    ]) {
      expect(split(`<p>${line}</p>`).responsibilities, line).toEqual([line]);
    }
  });

  it('does not file the role sought for what it has or whom it joins as a duty', () => {
    for (const line of [
      'Wir suchen einen Koch, der unser Team verstärkt.',
      'Wir suchen eine Verkäuferin, die Erfahrung im Einzelhandel hat.',
      'Buscamos una enfermera que tenga experiencia en urgencias.',
      'Nous recherchons un poseur qui rejoindra notre équipe.',
      'Wij zoeken een monteur die ons team komt versterken.',
    ]) {
      expect(split(`<p>${line}</p>`).responsibilities, line).toEqual([]);
    }
  });
});
