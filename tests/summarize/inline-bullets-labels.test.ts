/**
 * Causes found on a fourth probe set of plain-text postings written before the rules were read: a
 * labelled list run into one paragraph with "•", "*" or "·" between its items, a " - " list whose item
 * opens with a number, a short dashed offer line, French "Les + du poste", and French "en" (a
 * preposition, not Dutch "and") inside a perk. Short invented inputs, one per cause.
 */
import { describe, expect, it } from 'vitest';
import { classifyHeading, wholeHeadingKind } from '../../utils/summarize/headings';
import { splitSections } from '../../utils/summarize/sections';
import { summarize } from '../../utils/summarize/index';
import { blankPosting } from '../posting-factory';

/** Each paragraph a `<p>`, as a board's description arrives. */
const html = (...paragraphs: string[]) => paragraphs.map((text) => `<p>${text}</p>`).join('');
const sectionsOf = (...paragraphs: string[]) =>
  splitSections(html(...paragraphs), paragraphs.join('\n'), null)
    .lines.filter((line) => line.section !== 'overview' || !/:$/.test(line.text))
    .map((line) => [line.section, line.text] as const);

describe('a labelled list run into one paragraph', () => {
  it('reads the label before "•" as the heading of every item, the shortest ones too', () => {
    expect(
      sectionsOf(
        'Northgate Foods is hiring pickers for its Swindon depot.',
        'Requirements: • Must hold a valid forklift licence • Able to stand for long shifts • Steel toe boots',
        'Benefits: • Overtime pay • Free parking on site • Staff canteen',
      ),
    ).toEqual([
      ['overview', 'Northgate Foods is hiring pickers for its Swindon depot.'],
      ['requirements', 'Must hold a valid forklift licence'],
      ['requirements', 'Able to stand for long shifts'],
      ['requirements', 'Steel toe boots'],
      ['benefits', 'Overtime pay'],
      ['benefits', 'Free parking on site'],
      ['benefits', 'Staff canteen'],
    ]);
  });

  it('splits items joined by asterisks or middle dots after a label', () => {
    expect(
      sectionsOf(
        'Duties: * Restock shelves before opening * Handle deliveries at the back door * Keep the tills tidy',
        'What we offer: · Staff discount of 20% · Paid breaks · Uniform provided',
      ),
    ).toEqual([
      ['responsibilities', 'Restock shelves before opening'],
      ['responsibilities', 'Handle deliveries at the back door'],
      ['responsibilities', 'Keep the tills tidy'],
      ['benefits', 'Staff discount of 20%'],
      ['benefits', 'Paid breaks'],
      ['benefits', 'Uniform provided'],
    ]);
  });

  it('leaves one asterisk (a footnote mark) and a meta line of facts alone', () => {
    const lines = splitSections(html('Salary * depends on experience and the shift you choose.'), '', null).lines;
    expect(lines.map((line) => line.text)).toEqual(['Salary * depends on experience and the shift you choose.']);
  });
});

describe('a posting flattened into one paragraph with " - " between items', () => {
  const posting = (text: string) => summarize(blankPosting({ title: 'Plumber', descriptionHtml: html(text) }));

  it('starts an item at a dash before a number after a word, but keeps a range whole', () => {
    const summary = posting(
      'Westbrook Heating needs a plumber for domestic boiler work around Reading. Key Responsibilities - Boiler servicing and repairs - Installing bathroom suites - Keeping job sheets up to date Requirements - City & Guilds Level 2 in Plumbing - 2nd year of Gas Safe training or above - Own van What we offer - £18 - £21 per hour - Company pension - Paid overtime',
    );
    expect(summary.requirements).toEqual([
      'City & Guilds Level 2 in Plumbing',
      '2nd year of Gas Safe training or above',
      'Own van',
    ]);
    expect(summary.benefits).toEqual(['£18 - £21 per hour', 'Company pension', 'Paid overtime']);
  });
});

describe('French perks', () => {
  it('reads "Les + du poste" and "Les plus de l’offre" as what the job offers, "Les plus" alone as nice-to-haves', () => {
    expect(classifyHeading('LES + DU POSTE')).toBe('benefits');
    expect(wholeHeadingKind('Les plus du poste')).toBe('benefits');
    expect(wholeHeadingKind('Les plus de l’offre')).toBe('benefits');
    expect(wholeHeadingKind('Les plus')).toBe('preferred');
  });

  it('keeps "prise en charge" whole: "en" is no "and" in French', () => {
    const summary = summarize(
      blankPosting({
        title: 'Assistant(e) comptable',
        descriptionHtml:
          '<h3>Les + du poste</h3><p>Deux jours de télétravail, carte déjeuner, transport pris en charge à 50 %.</p>',
      }),
    );
    expect(summary.benefits).toEqual([
      'Deux jours de télétravail',
      'carte déjeuner',
      'transport pris en charge à 50 %.',
    ]);
  });

  it('still splits a Dutch perk list at "en"', () => {
    const summary = summarize(
      blankPosting({
        title: 'Magazijnmedewerker',
        descriptionHtml:
          '<h3>Wat bieden wij?</h3><p>Een vast contract, 25 vakantiedagen, een ruime reiskostenvergoeding en een fiets van de zaak.</p>',
      }),
    );
    expect(summary.benefits).toContain('een fiets van de zaak.');
  });
});

describe('more damaged shapes', () => {
  it('takes a label glued to an amount apart, and a sentence glued to a number that opens the next item', () => {
    const summary = summarize(
      blankPosting({
        title: 'Host',
        descriptionHtml: html('Benefits:£31,500 a year.Free lunches.28 days annual leave.'),
      }),
    );
    expect(summary.compensation).toEqual(['£31,500 a year.']);
    expect(summary.benefits).toEqual(expect.arrayContaining(['Free lunches.', '28 days annual leave.']));
  });

  it('reads "o " before a capital or a number, and Word’s private-use marks, as bullets', () => {
    expect(
      sectionsOf(
        'What you will do:',
        'o Plan the weekly delivery routes',
        'o Answer drivers’ questions by radio',
        'What you need:',
        '\uf0b7 2+ years in transport planning',
        '\uf0b7 A full driving licence',
      ),
    ).toEqual([
      ['responsibilities', 'Plan the weekly delivery routes'],
      ['responsibilities', 'Answer drivers’ questions by radio'],
      ['requirements', '2+ years in transport planning'],
      ['requirements', 'A full driving licence'],
    ]);
  });

  it('reads what "the successful candidate will" do as a duty, and what they "will have" as a must-have', () => {
    const summary = summarize(
      blankPosting({
        title: 'Practice Receptionist',
        descriptionHtml: html(
          'Larkspur Vets is a small animal practice in Truro. The successful candidate will welcome clients, book consultations and take payments at the desk. The successful candidate will have worked in a customer-facing role before.',
        ),
      }),
    );
    expect(summary.responsibilities).toEqual([
      'The successful candidate will welcome clients, book consultations and take payments at the desk.',
    ]);
    expect(summary.requirements).toEqual([
      'The successful candidate will have worked in a customer-facing role before.',
    ]);
  });

  it('reads "Was bieten wir dir?" as what the job offers', () => {
    expect(wholeHeadingKind('Was bieten wir dir?')).toBe('benefits');
    expect(wholeHeadingKind('Was bieten wir Ihnen?')).toBe('benefits');
  });

  it('reads Swedish "Du har gärna …" as a wish, and a licence class as the end of a sentence', () => {
    expect(
      sectionsOf(
        'Vem är du?',
        'Du har C-körkort och truckkort A och B. Du har gärna jobbat med leveranser tidigare. Du pratar svenska.',
      ).filter(([section]) => section !== 'overview'),
    ).toEqual([
      ['requirements', 'Du har C-körkort och truckkort A och B.'],
      ['preferred', 'Du har gärna jobbat med leveranser tidigare.'],
      ['requirements', 'Du pratar svenska.'],
    ]);
  });

  it('finds a front desk’s skills in the words people use for them', () => {
    const summary = summarize(
      blankPosting({
        title: 'Receptionist',
        descriptionHtml:
          '<ul><li>Greet patients and manage appointments</li><li>Answer phone and email queries</li></ul>',
      }),
    );
    expect(summary.skills.map((skill) => skill.name)).toEqual(
      expect.arrayContaining(['Patient check-in', 'Appointment scheduling', 'Phone handling']),
    );
  });
});

describe('causes found on a blind batch of pages in sixteen sites’ layouts', () => {
  const summaryOf = (descriptionHtml: string) => summarize(blankPosting({ title: 'Technician', descriptionHtml }));

  it('keeps an Australian child-safety statement and a "hiring decisions based on" line out of every section', () => {
    const summary = summaryOf(
      '<h3>About you</h3><ul><li>Current NDIS worker screening check</li></ul><p>We are a child safe organisation and welcome applications from everyone.</p><p>We make hiring decisions based on skill and fit alone.</p>',
    );
    const text = JSON.stringify(summary);
    expect(text).not.toContain('child safe');
    expect(text).not.toContain('hiring decisions');
  });

  it('files an allowance for gear or tools as a perk, though it names an amount', () => {
    const summary = summaryOf(
      '<h3>What we offer</h3><ul><li>$27 – $31 per hour</li><li>A $750 yearly gear allowance</li><li>$400 tool and boot allowance each spring</li><li>Paid holidays</li></ul>',
    );
    expect(summary.compensation).toEqual(['$27 – $31 per hour']);
    expect(summary.benefits).toEqual(
      expect.arrayContaining(['A $750 yearly gear allowance', '$400 tool and boot allowance each spring']),
    );
  });

  it('reads Canadian "Assets:" and Dutch "Pré\'s" as the nice-to-haves', () => {
    expect(wholeHeadingKind('Assets:')).toBe('preferred');
    expect(wholeHeadingKind("Pré's")).toBe('preferred');
    expect(wholeHeadingKind('Pré’s')).toBe('preferred');
    expect(wholeHeadingKind('Pré')).toBe('preferred');
  });

  it('keeps a German duty whole where a noun after a preposition reads like an English verb', () => {
    const summary = summaryOf(
      '<h3>Deine Aufgaben</h3><ul><li>Zuschnitt von Platten und Leisten nach Plan an der Formatkreissäge und der Kantenanleimmaschine</li></ul>',
    );
    expect(summary.responsibilities).toEqual([
      'Zuschnitt von Platten und Leisten nach Plan an der Formatkreissäge und der Kantenanleimmaschine',
    ]);
  });
});

describe('labelled paragraphs and lead-ins', () => {
  it('reads a labelled sentence of comma phrases as the label’s items, but not names one word each', () => {
    expect(
      sectionsOf(
        'What you’ll do: prep vegetables for the lunch service, wash down the pass after each service, take in the fish delivery.',
      ),
    ).toEqual([
      ['responsibilities', 'prep vegetables for the lunch service'],
      ['responsibilities', 'wash down the pass after each service'],
      ['responsibilities', 'take in the fish delivery.'],
    ]);
    // Names one word each stay one item.
    expect(sectionsOf('Requirements: Excel, Sage, Xero.')).toEqual([['requirements', 'Excel, Sage, Xero.']]);
  });

  it('reads Italian, French and Spanish lead-ins as the duties’ heading', () => {
    for (const lead of ['La risorsa si occuperà di', 'Vous serez chargé(e) de', 'Se encargará de'])
      expect(wholeHeadingKind(lead), lead).toBe('responsibilities');
    expect(
      sectionsOf(
        'La risorsa si occuperà di: emissione delle fatture, gestione degli incassi, archiviazione dei documenti di trasporto.',
      ),
    ).toEqual([
      ['responsibilities', 'emissione delle fatture'],
      ['responsibilities', 'gestione degli incassi'],
      ['responsibilities', 'archiviazione dei documenti di trasporto.'],
    ]);
  });

  it('reads a hyphen right before a capital as a bullet, and keeps "aprox." inside its sentence', () => {
    expect(
      sectionsOf(
        'Requisitos:',
        '-Título de Técnico en Cuidados de Enfermería.',
        '-Disponibilidad de turnos rotativos.',
      ),
    ).toEqual([
      ['requirements', 'Título de Técnico en Cuidados de Enfermería.'],
      ['requirements', 'Disponibilidad de turnos rotativos.'],
    ]);
    const summary = summarize(
      blankPosting({
        title: 'Auxiliar',
        descriptionHtml: '<h3>Se ofrece</h3><ul><li>Salario según convenio (aprox. 1.500 € brutos/mes).</li></ul>',
      }),
    );
    expect(summary.compensation).toEqual(['Salario según convenio (aprox. 1.500 € brutos/mes).']);
  });
});
