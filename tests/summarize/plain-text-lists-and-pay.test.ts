/**
 * Causes of misplaced items found on a second probe set of plain-text postings written before the
 * rules were read, one short invented input each: "… Qualifications" headings on their own line,
 * a must-have and a wish in one sentence of a paragraph, a degree range ("Bac+3 à Bac+5"), pay
 * that opens a perk list, and a serial "and" before the last perk.
 */
import { describe, expect, it } from 'vitest';
import { isPayLine, isPerk } from '../../utils/summarize/pay';
import { splitGluedSentences, splitJoinedItems } from '../../utils/summarize/restructure';
import { splitSections } from '../../utils/summarize/sections';

const sectionsOf = (text: string) =>
  splitSections('', text, null).lines.map((line) => [line.section, line.text] as const);

describe('"… Qualifications" and "… Criteria" headings on a plain line', () => {
  it('reads an ALL-CAPS "MINIMUM / PREFERRED QUALIFICATIONS" as headings, not items', () => {
    const text = [
      'RESPONSIBILITIES',
      'Plan the weekly rota and run the morning huddle.',
      'MINIMUM QUALIFICATIONS',
      'NVQ Level 3 in Health and Social Care. Two years in a residential home.',
      'PREFERRED QUALIFICATIONS',
      'Experience with medication rounds. A full driving licence.',
    ].join('\n');
    expect(sectionsOf(text)).toEqual([
      ['responsibilities', 'Plan the weekly rota and run the morning huddle.'],
      ['requirements', 'NVQ Level 3 in Health and Social Care.'],
      ['requirements', 'Two years in a residential home.'],
      ['preferred', 'Experience with medication rounds.'],
      ['preferred', 'A full driving licence.'],
    ]);
  });

  it.each([
    ['Basic Qualifications', 'requirements'],
    ['Required Qualifications', 'requirements'],
    ['Desirable Criteria', 'preferred'],
    ['Knowledge and Skills', 'requirements'],
    ['Skills and Abilities', 'requirements'],
  ])('"%s" heads the list under it (%s)', (heading, kind) => {
    const text = `Pack and label orders for dispatch\n${heading}\nA forklift licence for the yard\nComfortable on your feet all shift`;
    const lines = sectionsOf(text);
    expect(lines.some(([, line]) => line === heading)).toBe(false);
    expect(lines.find(([, line]) => line.startsWith('A forklift'))?.[0]).toBe(kind);
  });

  it('still reads one named qualification or licence as an item', () => {
    const text = 'Essential criteria\nA Level 3 qualification\nForklift licence';
    expect(sectionsOf(text)).toEqual([
      ['requirements', 'A Level 3 qualification'],
      ['requirements', 'Forklift licence'],
    ]);
  });
});

describe('a must-have and a wish in one sentence of a paragraph', () => {
  it('splits "Strong Python; experience with C++ a plus." when it is one sentence among others', () => {
    const text =
      'Requirements\nMSc in statistics or similar. 4+ years in applied ML. Strong Python; experience with C++ a plus.';
    expect(sectionsOf(text)).toEqual([
      ['requirements', 'MSc in statistics or similar.'],
      ['requirements', '4+ years in applied ML.'],
      ['requirements', 'Strong Python'],
      ['preferred', 'experience with C++ a plus.'],
    ]);
  });
});

describe('a degree range is one item', () => {
  it('does not cut "Bac+3 à Bac+5" or "Bachelor bis Master" at the second degree', () => {
    const french = "Titulaire d'un Bac+2 à Bac+5 en logistique, vous avez une première expérience en entrepôt.";
    expect(splitJoinedItems(french)).toEqual([french]);
    const german = 'Abgeschlossenes Studium vom Bachelor bis Master in Informatik oder eine vergleichbare Ausbildung';
    expect(splitJoinedItems(german)).toEqual([german]);
  });
});

describe('pay that opens a list of perks', () => {
  it('reads an hourly amount with a premium added as pay, not a perk', () => {
    expect(isPayLine('£13.80 per hour plus a 10% weekend premium')).toBe(true);
    expect(isPerk('£13.80 per hour plus a 10% weekend premium')).toBe(false);
    // A perk with an amount stays a perk.
    expect(isPayLine('A £500 training budget per year plus study leave')).toBe(false);
  });

  it('files the pay of a one-sentence offer list as pay and drops the serial "and" of the last perk', () => {
    const text =
      "What you'll get\n£13.80 per hour plus a 10% weekend premium, free parking, 30 days holiday, and a pension with 4% employer contribution.";
    expect(sectionsOf(text)).toEqual([
      ['compensation', '£13.80 per hour plus a 10% weekend premium'],
      ['benefits', 'free parking'],
      ['benefits', '30 days holiday'],
      ['benefits', 'a pension with 4% employer contribution.'],
    ]);
  });

  it('drops a serial "en" after the pay (Dutch), and never reads Swedish "i" (in) as a list\'s "and"', () => {
    const swedish =
      'Vi erbjuder\nFri parkering i vårt garage, friskvårdsbidrag på 3 000 kr, kollektivavtal och tjänstepension.';
    expect(sectionsOf(swedish)).toEqual([
      ['benefits', 'Fri parkering i vårt garage'],
      ['benefits', 'friskvårdsbidrag på 3 000 kr'],
      ['benefits', 'kollektivavtal och tjänstepension.'],
    ]);
    const dutch = 'Wat bieden wij?\nEen vast contract, € 3.100 bruto per maand, en een leaseauto.';
    expect(sectionsOf(dutch)).toEqual([
      ['benefits', 'Een vast contract'],
      ['compensation', '€ 3.100 bruto per maand'],
      ['benefits', 'een leaseauto.'],
    ]);
  });

  it('files a short perk name after perks in a pay paragraph as a perk ("Blue Light Card")', () => {
    const text = 'Pay & benefits\n£11.90 per hour, paid weekly. Free meals on shift. Blue Light Card.';
    expect(sectionsOf(text)).toEqual([
      ['compensation', '£11.90 per hour, paid weekly.'],
      ['benefits', 'Free meals on shift.'],
      ['benefits', 'Blue Light Card.'],
    ]);
  });
});

describe('more shapes from the second probe set', () => {
  it('files a pay clause inside an offer list as pay and the clauses around it as perks', () => {
    const text =
      '¿Qué ofrecemos?\nContrato indefinido, salario de 24.000 a 27.000 € brutos anuales, comedor de empresa y seguro médico.';
    expect(sectionsOf(text)).toEqual([
      ['benefits', 'Contrato indefinido'],
      ['compensation', 'salario de 24.000 a 27.000 € brutos anuales'],
      ['benefits', 'comedor de empresa y seguro médico.'],
    ]);
    // A clause that qualifies the pay keeps the pay sentence whole.
    const qualified = 'Wat bieden wij?\nEen vast contract, € 3.100 bruto per maand, afhankelijk van ervaring.';
    expect(sectionsOf(qualified)).toEqual([
      ['compensation', 'Een vast contract, € 3.100 bruto per maand, afhankelijk van ervaring.'],
    ]);
  });

  it('takes apart duties written as third-person sentences ("Assesses … . Educates …")', () => {
    const text =
      'Essential Functions\nMonitors residents overnight and records observations. Educates families on visiting rules. Patrols the grounds twice a night.';
    expect(sectionsOf(text)).toEqual([
      ['responsibilities', 'Monitors residents overnight and records observations.'],
      ['responsibilities', 'Educates families on visiting rules.'],
      ['responsibilities', 'Patrols the grounds twice a night.'],
    ]);
  });

  it('takes apart two duties written in the Spanish future', () => {
    const text =
      '¿Qué harás?\nGestionarás el almacén de recambios y los pedidos a proveedores. Atenderás a los técnicos en el mostrador.';
    expect(sectionsOf(text)).toEqual([
      ['responsibilities', 'Gestionarás el almacén de recambios y los pedidos a proveedores.'],
      ['responsibilities', 'Atenderás a los técnicos en el mostrador.'],
    ]);
  });

  it('splits a labelled list of short sentences, one starting with a number or an acronym alone', () => {
    const text =
      'Qualifications\nRequired: Current CDL Class A. 2 years of regional driving.\nPreferred: TWIC. Tanker endorsement.';
    expect(sectionsOf(text)).toEqual([
      ['requirements', 'Current CDL Class A.'],
      ['requirements', '2 years of regional driving.'],
      ['preferred', 'TWIC.'],
      ['preferred', 'Tanker endorsement.'],
    ]);
  });

  it.each(['Vi forventer, at du', 'Vi förväntar oss att du', 'Wij verwachten dat je', 'Wat verwachten we van jou'])(
    'reads "%s" as the heading of the must-haves',
    (heading) => {
      const text = `Pakke ordrer til forsendelse\n${heading}\nTruckcertifikat\nErfaring fra lager`;
      const lines = sectionsOf(text);
      expect(lines.some(([, line]) => line === heading)).toBe(false);
      expect(lines.find(([, line]) => line === 'Erfaring fra lager')?.[0]).toBe('requirements');
    },
  );

  it('keeps the must-haves of a comma list apart from the one wish at its end', () => {
    expect(sectionsOf('Requisiti: patente B, uso del gestionale Danea, esperienza nel settore edile gradita.')).toEqual(
      [
        // Each phrase of the labelled comma list is an item of its own.
        ['requirements', 'patente B'],
        ['requirements', 'uso del gestionale Danea'],
        ['preferred', 'esperienza nel settore edile gradita.'],
      ],
    );
    // A wish stated as a clause over the names before it stays whole.
    expect(sectionsOf('Requirements: Kubernetes, Helm, Terraform is a plus')).toEqual([
      ['preferred', 'Kubernetes, Helm, Terraform is a plus'],
    ]);
  });

  it('reads pay written in thousands with "k" beside a pay word ("RAL 30-34k"), and drops list commas from items', () => {
    expect(isPayLine('RAL 30-34k')).toBe(true);
    expect(isPayLine('Gehalt 55k')).toBe(true);
    expect(isPayLine('10k steps a day')).toBe(false);
    expect(
      sectionsOf('Twoje zadania:\n• obsługa klientów sklepu,\n• przyjmowanie dostaw,\n• dbanie o ekspozycję.'),
    ).toEqual([
      ['responsibilities', 'obsługa klientów sklepu'],
      ['responsibilities', 'przyjmowanie dostaw'],
      ['responsibilities', 'dbanie o ekspozycję.'],
    ]);
  });
});

describe('a posting flattened into one line by an aggregator', () => {
  it('takes "About Us" apart from the employer named after it, and the offer heading before its pay', () => {
    const text =
      'About Us Harlow Kites makes kites and beach tents sold in 200 shops. The Role You will run our newsletter and plan the social calendar with the design team. What You Need 2+ years in marketing Experience with Mailchimp What We Offer $48,000 - $53,000 per year Hybrid work 25 days PTO';
    const lines = sectionsOf(text);
    expect(lines).toContainEqual(['about', 'Harlow Kites makes kites and beach tents sold in 200 shops.']);
    expect(lines).toContainEqual(['compensation', '$48,000 - $53,000 per year']);
    expect(lines).toContainEqual(['benefits', 'Hybrid work 25 days PTO']);
  });

  it('splits a retirement plan glued after a sentence ("insurance.401(k)")', () => {
    expect(splitGluedSentences('Medical and dental insurance.403(b) with a 5% match.')).toEqual([
      'Medical and dental insurance.',
      '403(b) with a 5% match.',
    ]);
  });
});

describe('Czech and Slovak headings', () => {
  it('reads "Náplň práce / Požadujeme / Nabízíme" and a trailing "výhodou" as a wish', () => {
    const text = [
      'Náplň práce:',
      '- obsluha pokladny a doplňování zboží',
      'Požadujeme:',
      '- spolehlivost a ochota učit se',
      '- praxe v prodeji výhodou',
      'Nabízíme:',
      '- mzda 29 000 Kč hrubého měsíčně',
      '- sleva na nákup',
    ].join('\n');
    expect(sectionsOf(text)).toEqual([
      ['responsibilities', 'obsluha pokladny a doplňování zboží'],
      ['requirements', 'spolehlivost a ochota učit se'],
      ['preferred', 'praxe v prodeji výhodou'],
      ['benefits', 'mzda 29 000 Kč hrubého měsíčně'],
      ['compensation', 'mzda 29 000 Kč hrubého měsíčně'],
      ['benefits', 'sleva na nákup'],
    ]);
  });
});

describe('headings in Romanian, Hungarian, Turkish, Croatian, Lithuanian, Latvian and Estonian', () => {
  it.each([
    ['Responsabilități', 'Cerințe', 'Ce oferim', 'Cunoașterea limbii germane constituie un avantaj'],
    ['Feladatok', 'Elvárások', 'Amit kínálunk', 'Targoncavezetői engedély előny'],
    ['İş Tanımı', 'Aranan Nitelikler', 'Yan Haklar', 'Forklift ehliyeti tercih sebebidir'],
    ['Opis radnog mjesta', 'Uvjeti', 'Nudimo', 'Iskustvo u skladištu je prednost'],
    ['Pareigos', 'Reikalavimai', 'Siūlome', 'Darbo patirtis sandėlyje yra privalumas'],
    ['Tööülesanded', 'Nõudmised', 'Pakume', 'Kasuks tuleb laotöö kogemus'],
  ])('reads "%s / %s / %s" and a wish', (duties, needs, offer, wish) => {
    const text = `${duties}\n- Duty one at the warehouse\n${needs}\n- Need one for the job\n- ${wish}\n${offer}\n- Offer one for staff`;
    const lines = sectionsOf(text);
    expect(lines.find(([, line]) => line.startsWith('Duty one'))?.[0]).toBe('responsibilities');
    expect(lines.find(([, line]) => line.startsWith('Need one'))?.[0]).toBe('requirements');
    expect(lines.find(([, line]) => line.startsWith('Offer one'))?.[0]).toBe('benefits');
    expect(lines.find(([, line]) => line === wish)?.[0]).toBe('preferred');
  });
});

describe('a perk list with one-word perks', () => {
  it('splits a longer list whose perks include single compound words', () => {
    expect(sectionsOf('Benefits:\nBis zu 2 Tage mobiles Arbeiten, 30 Tage Urlaub, Dienstrad, Essenszuschuss.')).toEqual(
      [
        ['benefits', 'Bis zu 2 Tage mobiles Arbeiten'],
        ['benefits', '30 Tage Urlaub'],
        ['benefits', 'Dienstrad'],
        ['benefits', 'Essenszuschuss.'],
      ],
    );
    // Three clauses, or a list that opens with one word, stay as written.
    expect(sectionsOf('Benefits:\nMedical, Dental, Vision and Life insurance, Pension.')).toHaveLength(1);
  });
});

describe('duties written as short fragments, and a one-word wish', () => {
  it('takes apart three short fragments or more under a duties heading', () => {
    expect(sectionsOf('Tasks\nRunning the front desk. Ordering stationery. Booking meeting rooms.')).toEqual([
      ['responsibilities', 'Running the front desk.'],
      ['responsibilities', 'Ordering stationery.'],
      ['responsibilities', 'Booking meeting rooms.'],
    ]);
    // Two sentences of prose stay one item.
    expect(sectionsOf('Tasks\nThe desk is busy in the mornings. Most visitors arrive before ten.')).toHaveLength(1);
  });

  it('keeps a one-word item among short sentences ("German.")', () => {
    expect(sectionsOf('Nice to haves\nExperience in a start-up. French.')).toEqual([
      ['preferred', 'Experience in a start-up.'],
      ['preferred', 'French.'],
    ]);
  });
});

describe('lead-ins without a colon, and perks added to the pay with "+"', () => {
  it('reads a lead-in that stops mid-clause as the heading of the list under it', () => {
    const text = [
      "What you'll do",
      '- Run the goods-in desk',
      'You will thrive here if you',
      '- have two years in a warehouse',
      '- hold a counterbalance licence',
      'We are looking for someone who',
      '- speaks Polish',
    ].join('\n');
    expect(sectionsOf(text)).toEqual([
      ['responsibilities', 'Run the goods-in desk'],
      ['requirements', 'have two years in a warehouse'],
      ['requirements', 'hold a counterbalance licence'],
      ['requirements', 'speaks Polish'],
    ]);
  });

  it('parts "£ + perk + perk" into the pay and its perks, but keeps "£ + bonus" whole as pay', () => {
    expect(sectionsOf('The package\n£31,500 + company van + pension + 25 days holiday')).toEqual([
      ['compensation', '£31,500'],
      ['benefits', 'company van'],
      ['benefits', 'pension'],
      ['benefits', '25 days holiday'],
    ]);
    // An added perk with no perk word is still a perk.
    expect(sectionsOf('The package\n£38,000 - £41,000 + hybrid + 27 days holiday')).toEqual([
      ['compensation', '£38,000 - £41,000'],
      ['benefits', 'hybrid'],
      ['benefits', '27 days holiday'],
    ]);
    expect(sectionsOf('What we offer\nSalary: £29,000 + bonus + phone')).toEqual([
      ['compensation', 'Salary: £29,000 + bonus + phone'],
    ]);
  });
});
