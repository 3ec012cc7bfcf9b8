/**
 * Causes of misplaced items found on a dev set written by someone who never saw the product, one
 * short invented input each: items glued after a parenthesis, degree abbreviations, lists joined
 * by "•" or " – " inside a damaged paragraph, lines wrapped as a PDF lays them out, headings and
 * optional-item markers in more languages, pay under a collective agreement, duties written as
 * prose, years given in weeks, and page clutter.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplateSentence } from '../../utils/summarize/boilerplate';
import { findYearsExperience } from '../../utils/summarize/facts';
import { classifyHeading, wholeHeadingKind } from '../../utils/summarize/headings';
import {
  joinWrappedLines,
  restructureLines,
  splitGluedSentences,
  splitJoinedItems,
} from '../../utils/summarize/restructure';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string, company: string | null = null) => splitSections(html, '', company);
const line = (text: string, bullet = false) => ({ text, heading: false, bullet });

describe('damaged text: items glued together', () => {
  it('splits an item glued after a closing parenthesis', () => {
    expect(splitGluedSentences('Diploma in veterinary nursing (RVN preferred)Current state licence required.')).toEqual(
      ['Diploma in veterinary nursing (RVN preferred)', 'Current state licence required.'],
    );
    // A word inside parentheses glued to a lower-case word is no new item.
    expect(splitGluedSentences('Use of f(x)notation in class.')).toEqual(['Use of f(x)notation in class.']);
  });

  it('keeps degree abbreviations whole ("B.E./B.Tech", "M.Sc")', () => {
    expect(splitGluedSentences('B.E./B.Tech in Civil Engineering or equivalent')).toEqual([
      'B.E./B.Tech in Civil Engineering or equivalent',
    ]);
    expect(splitGluedSentences('M.Sc in Applied Statistics')).toEqual(['M.Sc in Applied Statistics']);
    // A real glue after one capital still splits.
    expect(splitGluedSentences('Fluent in Python or R.Experience with dbt is required.')).toEqual([
      'Fluent in Python or R.',
      'Experience with dbt is required.',
    ]);
  });

  it('reads a roman numeral before "certification" as a level, not a new item', () => {
    expect(
      splitJoinedItems(
        'New starters must obtain a CompTIA-aligned Tier II certification within nine months of joining',
      ),
    ).toHaveLength(1);
  });

  it('keeps a product name with an adjective in it ("React Native") inside its list', () => {
    expect(
      splitJoinedItems('Bonus: shipping an app with React Native or Flutter, or a background in logistics software'),
    ).toHaveLength(1);
    // Still splits a real item run on after a lower-case word.
    expect(
      splitJoinedItems('Three years of warehouse work with scanners Strong attention to detail on every pallet'),
    ).toEqual(['Three years of warehouse work with scanners', 'Strong attention to detail on every pallet']);
  });
});

describe('damaged text: lists written in one paragraph', () => {
  it('splits items joined by " • " inside one HTML paragraph', () => {
    const sections = split(
      '<h3>Requirements</h3><p>Certificate IV in Bookkeeping • At least 3 years in accounts payable • Confident with Xero and Excel</p>',
    );
    expect(sections.requirements).toEqual([
      'Certificate IV in Bookkeeping',
      'At least 3 years in accounts payable',
      'Confident with Xero and Excel',
    ]);
  });

  it('splits a " – " list inside a paragraph whose sentences were glued', () => {
    const pieces = restructureLines([
      line(
        'Vous rejoignez une équipe de quatre libraires.Vous tenez la caisse et les commandes – Vous conseillez les lecteurs au rayon jeunesse – Vous rangez la réserve chaque soir.',
      ),
    ]).map((piece) => piece.text);
    expect(pieces).toEqual([
      'Vous rejoignez une équipe de quatre libraires.',
      'Vous tenez la caisse et les commandes',
      'Vous conseillez les lecteurs au rayon jeunesse',
      'Vous rangez la réserve chaque soir.',
    ]);
  });

  it('reads each sentence of a glued requirements paragraph as an item', () => {
    const sections = split(
      '<h3>Wie ben jij?</h3><p>Je hebt 3 jaar ervaring als bouwkundig tekenaar.Je werkt vlot met Revit en AutoCAD. Je spreekt Nederlands en Frans.</p>',
    );
    expect(sections.requirements).toEqual([
      'Je hebt 3 jaar ervaring als bouwkundig tekenaar.',
      'Je werkt vlot met Revit en AutoCAD.',
      'Je spreekt Nederlands en Frans.',
    ]);
  });
});

describe('lines wrapped as a PDF lays them out', () => {
  it('joins a wrapped list item and a line that stops mid-phrase, and nothing else', () => {
    const joined = joinWrappedLines([
      line('Coach the under-14 netball squad and support players', true),
      line('who are new to the sport'),
      line('Registration with the Queensland College of', true),
      line('Teachers (QCT)'),
      line('High school diploma or equivalent', true),
      line('Experience with rosters is a bonus.'),
      line('kehittämään testejä', false),
      line('suunnittelemaan laitteita', false),
    ]).map((piece) => piece.text);
    expect(joined).toEqual([
      'Coach the under-14 netball squad and support players who are new to the sport',
      'Registration with the Queensland College of Teachers (QCT)',
      'High school diploma or equivalent',
      'Experience with rosters is a bonus.',
      'kehittämään testejä',
      'suunnittelemaan laitteita',
    ]);
  });
});

describe('headings in more languages', () => {
  it.each([
    ['Notre offre', 'benefits'],
    ['Wat bieden we?', 'benefits'],
    ['Wat mag je verwachten?', 'benefits'],
    ['Prestaciones', 'benefits'],
    ['Hvad tilbyder vi?', 'benefits'],
    ['Tehtävässä pääset', 'responsibilities'],
    ['Tehtävään kuuluu', 'responsibilities'],
    ['Actividades:', 'responsibilities'],
    ['Funções:', 'responsibilities'],
    ['Hvad skal du lave?', 'responsibilities'],
    ['Toivomme sinulta', 'requirements'],
    ['Key selection criteria', 'requirements'],
    ['Requerimientos', 'requirements'],
    ['Dit breng je mee', 'requirements'],
    ['Person specification', 'requirements'],
    ['Conditions of Employment', 'requirements'],
    // The job's terms (contract, hours, perks); a pay line under it is still the pay.
    ['Conditions', 'benefits'],
    ['Le rôle', 'overview'],
    ["What we're offering", 'benefits'],
    ['Darauf kannst du dich freuen', 'benefits'],
    ["Ce que l'on vous propose", 'benefits'],
    ['Wat krijg je?', 'benefits'],
    ['Hva du får', 'benefits'],
    ["Who we're looking for", 'requirements'],
    ["You'll thrive if", 'requirements'],
    ['Das solltest du mitbringen', 'requirements'],
    ['Ce que nous attendons de vous', 'requirements'],
    ['Dit ben jij', 'requirements'],
    ['Vem söker vi?', 'requirements'],
    ['Le petit plus', 'preferred'],
    ['Lo que valoramos', 'preferred'],
    ['Arvostamme', 'preferred'],
  ] as const)('"%s" is a %s heading', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it('files prose duties under a Spanish "Actividades:" heading', () => {
    const sections = split(
      '<h3>Actividades:</h3><p>Capturar pedidos de clientes en el ERP.</p><p>Conciliar inventarios con el almacén cada semana.</p><h3>Requisitos:</h3><p>Bachillerato terminado.</p>',
    );
    expect(sections.responsibilities).toEqual([
      'Capturar pedidos de clientes en el ERP.',
      'Conciliar inventarios con el almacén cada semana.',
    ]);
  });

  it('reads an Australian "Selection criteria" line as the must-haves', () => {
    const sections = split(
      '<div>Key responsibilities</div><div>• Teach Science to Years 7–10</div><div>Selection criteria</div><div>1. A recognised teaching qualification in Science</div><div>2. Current teacher registration</div>',
    );
    expect(sections.responsibilities).toEqual(['Teach Science to Years 7–10']);
    expect(sections.requirements).toEqual([
      'A recognised teaching qualification in Science',
      'Current teacher registration',
    ]);
  });
});

describe('optional items in more languages', () => {
  it('splits a Portuguese wish off a required item ("é valorizada")', () => {
    const sections = split(
      '<p>Requisitos:</p><ul><li>Carta de condução categoria B; experiência em armazém é valorizada</li><li>Inglês é uma mais-valia</li></ul>',
    );
    expect(sections.requirements).toEqual(['Carta de condução categoria B']);
    expect(sections.preferred).toEqual(['experiência em armazém é valorizada', 'Inglês é uma mais-valia']);
  });

  it('reads "serait appréciée" as optional in French', () => {
    const sections = split(
      '<h3>Votre profil</h3><ul><li>CAP cuisine</li><li>Une expérience en restauration collective serait appréciée</li></ul>',
    );
    expect(sections.preferred).toEqual(['Une expérience en restauration collective serait appréciée']);
  });

  it('reads a trailing "apprécié" without a verb as optional in French, not inside a sentence', () => {
    const sections = split(
      '<h3>Votre profil</h3><ul><li>Bac+3 en ressources humaines</li><li>Anglais professionnel apprécié.</li><li>Permis B appréciée</li><li>Vous êtes apprécié de vos collègues pour votre rigueur</li></ul>',
    );
    expect(sections.preferred).toEqual(['Anglais professionnel apprécié.', 'Permis B appréciée']);
    expect(sections.requirements).toEqual([
      'Bac+3 en ressources humaines',
      'Vous êtes apprécié de vos collègues pour votre rigueur',
    ]);
  });
});

describe('pay and duties written as prose', () => {
  it('reads a collective-agreement minimum after the benefits list as the pay', () => {
    const sections = split(
      '<h3>Wir bieten</h3><ul><li>Firmenwagen auch zur privaten Nutzung</li></ul><p>Für diese Stelle gilt ein Mindestentgelt von € 2.870,00 brutto pro Monat laut Kollektivvertrag. Eine Überzahlung je nach Erfahrung ist möglich.</p>',
    );
    expect(sections.compensation).toEqual([
      'Für diese Stelle gilt ein Mindestentgelt von € 2.870,00 brutto pro Monat laut Kollektivvertrag.',
    ]);
    expect(sections.requirements).toEqual([]);
  });

  it('reads a paragraph after the nice-to-have list on its own: travel and visa terms are not nice-to-haves', () => {
    const sections = split(
      '<h3>Nice to have</h3><ul><li>Experience with Rust</li><li>Knowledge of PCI DSS</li></ul><p>Occasional travel to our Madrid office, up to 10% of the time. We are unable to offer visa sponsorship for this role.</p>',
    );
    expect(sections.preferred).toEqual(['Experience with Rust', 'Knowledge of PCI DSS']);
    expect(sections.requirements).toEqual([
      'Occasional travel to our Madrid office, up to 10% of the time.',
      'We are unable to offer visa sponsorship for this role.',
    ]);
    // An optional line after the list is still a nice-to-have.
    const optional = split(
      '<h3>Nice to have</h3><ul><li>Experience with Rust</li></ul><p>Familiarity with PCI DSS would be a plus. Exposure to Kafka is a bonus.</p>',
    );
    expect(optional.preferred).toHaveLength(3);
  });

  it('files a long paragraph of duty sentences without a heading as the duties', () => {
    const sections = split(
      '<p>Carry out home visits to assess mobility and falls risk for older adults across the district. Plan and deliver short rehabilitation programmes with the physiotherapy team. Keep accurate notes in the electronic record after every visit. Support student placements twice a year with the team lead.</p><h3>Qualifications</h3><ul><li>Degree in physiotherapy</li></ul>',
    );
    // Each sentence opens with its verb: one duty each.
    expect(sections.responsibilities).toHaveLength(4);
    expect(sections.responsibilities[0]).toMatch(/^Carry out home visits/);
    expect(sections.responsibilities[3]).toMatch(/^Support student placements/);
  });
});

describe('years of experience given in weeks', () => {
  it('reads 52 weeks of specialized experience as one year', () => {
    const sections = split(
      '<h3>Qualifications</h3><p>Applicants must have 104 weeks of specialized experience equivalent to the GS-9 grade.</p>',
    );
    expect(findYearsExperience(sections.lines)).toEqual({ min: 2, max: null });
    // Time in grade is not experience; weeks that are not whole years are no number of years.
    expect(
      findYearsExperience(split('<h3>Qualifications</h3><p>30 weeks of relevant experience.</p>').lines),
    ).toBeNull();
  });
});

describe('page clutter in more forms', () => {
  it.each([
    'We regret that only shortlisted candidates will be notified.',
    'EA Licence No. 12C3456 – Harbourline Staffing Pte Ltd.',
    'Applicants born after 12/31/1959 must be registered for Selective Service.',
  ])('removes "%s"', (sentence) => {
    expect(isBoilerplateSentence(sentence)).toBe(true);
  });
});

describe('years of experience written as a labelled fact', () => {
  it.each([
    ['Work Experience 2-4 years', { min: 2, max: 4 }],
    ['Experience: 3+ years', { min: 3, max: null }],
    ['Berufserfahrung: 2–3 Jahre', { min: 2, max: 3 }],
    ['Mehrjährige Berufserfahrung im Vertrieb (mind. 4 Jahre)', { min: 4, max: null }],
    ['Expérience : 3 à 5 ans', { min: 3, max: 5 }],
    ['Experiencia: 1 año', { min: 1, max: null }],
    ['Years of experience: 6', { min: 6, max: null }],
    ['Kokemusta vähintään 2 vuotta', { min: 2, max: null }],
  ])('reads "%s"', (text, years) => {
    expect(findYearsExperience([{ text, section: 'requirements', position: 0 }])).toEqual(years);
  });

  it('reads no years from months or from a label without a number of years', () => {
    expect(findYearsExperience([{ text: 'Experience: 6 months', section: 'requirements', position: 0 }])).toBeNull();
    expect(
      findYearsExperience([{ text: 'Experience: customer service', section: 'requirements', position: 0 }]),
    ).toBeNull();
  });
});

describe('names and application chrome in prose', () => {
  it('keeps a benefit whose name ends in a duty verb whole ("Savings Plan and …")', () => {
    expect(
      splitJoinedItems(
        'Staff get a generous package, including dental and vision cover, the Employee Stock Purchase Plan and paid parental leave.',
      ),
    ).toHaveLength(1);
    // A duty after a product name is still an item of its own.
    expect(
      splitJoinedItems('Handle payroll queries for 300 staff in Oracle Cloud Payroll Run the monthly payroll close'),
    ).toEqual(['Handle payroll queries for 300 staff in Oracle Cloud Payroll', 'Run the monthly payroll close']);
  });

  it('keeps a "Required documents" list out of the must-haves', () => {
    const sections = split(
      '<h3>Requirements</h3><ul><li>U.S. citizenship</li></ul><h3>Required documents</h3><p>Resume with month/year dates; transcripts; DD-214 if claiming preference.</p>',
    );
    expect(sections.requirements).toEqual(['U.S. citizenship']);
  });
});

describe('other jobs listed after the posting, in more languages', () => {
  it.each([
    'Lignende stillinger',
    'Samankaltaiset työpaikat',
    'Offerte simili',
    'Vagas semelhantes',
    'Podobne oferty',
    'Weitere Stellenangebote',
    'Autres offres',
    'Más empleos de Brisamar',
    'Andere vacatures',
    'Andra jobb',
    'Similar vacancies',
    'You may also like',
    'Recently viewed jobs',
  ])('keeps the cards after "%s" out of the summary', (heading) => {
    const sections = split(
      `<h3>Requirements</h3><ul><li>Three years of experience in welding</li></ul><h2>${heading}</h2><ul><li>Welder wanted in Tromsø with 5+ years experience</li><li>Pipe fitter needed now with 2 years experience</li></ul>`,
    );
    expect(sections.requirements).toEqual(['Three years of experience in welding']);
    expect(findYearsExperience(sections.lines)).toEqual({ min: 3, max: null });
  });
});

describe('site clutter and legal lines in more languages', () => {
  it.each([
    'Diese Website verwendet Cookies für Statistiken.',
    'Käytämme evästeitä sivuston toiminnan varmistamiseksi.',
    'Vi bruker informasjonskapsler for å forbedre tjenesten.',
    'Questo sito utilizza cookie tecnici.',
    'Denunciar anúncio',
    'Ilmoita asiaton ilmoitus',
    'Signaler cette offre',
    'Zgłoś ogłoszenie',
    'Få varsel om lignende jobber',
    'Jobsportal Norte não se responsabiliza pelo conteúdo dos anúncios.',
    'Wir freuen uns über Bewerbungen von Menschen mit Behinderung.',
    'Vi ønsker mangfold blant våre medarbeidere.',
    'Hakemukset käsitellään luottamuksellisesti.',
    'Wyrażam zgodę na przetwarzanie moich danych osobowych w celu rekrutacji.',
    'Postuler maintenant',
    'Søk på stillingen',
  ])('removes "%s"', (sentence) => {
    const sections = split(`<h3>Requirements</h3><ul><li>Forklift licence</li></ul><p>${sentence}</p>`);
    expect(sections.lines.map((line) => line.text)).toEqual(['Forklift licence']);
  });

  it('keeps job text that only shares a word with clutter', () => {
    expect(isBoilerplateSentence('Bake cookies and pastries every morning')).toBe(false);
    expect(isBoilerplateSentence('Du bidrar til mangfold i teamet')).toBe(false);
  });
});

describe('a duties list that turns into the profile, in the second person', () => {
  it.each([
    [
      'Du planst Touren für 30 Fahrer',
      'Du bist verantwortlich für die Tourenplanung',
      'Du hast 2 Jahre Erfahrung in der Disposition',
    ],
    ['Vous gérez les plannings', 'Vous êtes responsable des inventaires', "Vous avez 3 ans d'expérience en logistique"],
    ['Je plant de ritten', 'Je bent verantwoordelijk voor de planning', 'Je hebt een rijbewijs C'],
    ['Du lastar bilar', 'Du är ansvarig för lagret', 'Du har B-körkort och truckkort'],
    ['Du leder butikken', 'Du har ansvar for vagtplanen', 'Du taler flydende dansk og engelsk'],
  ])('"%s" / "%s" stay duties, "%s" is a must-have', (duty, responsible, profile) => {
    const sections = split(`<h3>Aufgaben</h3><ul><li>${duty}</li><li>${responsible}</li><li>${profile}</li></ul>`);
    expect(sections.responsibilities).toEqual([duty, responsible]);
    expect(sections.requirements).toEqual([profile]);
  });
});

describe('the pitch that opens a posting', () => {
  it('"Join a …" before the first heading is about the employer, in four languages', () => {
    for (const pitch of [
      'Join a fast-growing SaaS company helping 3,000 retailers run their stores.',
      'Werden Sie Teil unseres Teams in der Produktion am Standort Kassel.',
      'Rejoignez une équipe de douze personnes passionnées par la logistique.',
      'Únete a una cadena de cafeterías con 40 locales en Andalucía.',
    ]) {
      const sections = split(
        `<p>${pitch}</p><h3>Responsibilities</h3><ul><li>Plan the routes</li><li>Track deliveries</li></ul>`,
      );
      expect(sections.about).toEqual([pitch]);
      expect(sections.responsibilities).toEqual(['Plan the routes', 'Track deliveries']);
    }
  });

  it('under a duties heading, "Join the on-call rotation" stays a duty', () => {
    const sections = split(
      '<h3>Responsibilities</h3><ul><li>Join the on-call rotation once a month</li><li>Write tests</li></ul>',
    );
    expect(sections.responsibilities).toEqual(['Join the on-call rotation once a month', 'Write tests']);
  });
});

describe('plain-text headings in longer English forms', () => {
  const text = (heading: string) =>
    `Plan the weekly deliveries for our stores\nRun the stock review\n${heading}\nA forklift licence for the yard\nComfortable on your feet all shift`;
  it.each([
    ['What we need from you', 'requirements'],
    ['Even better if you have', 'preferred'],
    ['Is this you?', 'requirements'],
    ['Sound like you?', 'requirements'],
    ['Who we are looking for', 'requirements'],
    ['What you need to succeed', 'requirements'],
    ["You'll be a great fit if", 'requirements'],
    ['What we ask from you', 'requirements'],
    ['What we expect from you', 'requirements'],
  ])('"%s" is a heading over its list', (heading, kind) => {
    const sections = splitSections('', text(heading), null);
    expect(sections.lines.map((line) => line.text)).not.toContain(heading);
    expect(sections.lines.find((line) => line.text.startsWith('A forklift'))?.section).toBe(kind);
  });

  it.each(['Your day to day', 'A day in the life', 'What your day looks like', "How you'll make an impact"])(
    '"%s" heads the duties',
    (heading) => {
      const sections = splitSections('', `${heading}\nRun the stock review\nAnswer the phone`, null);
      expect(sections.lines.map((line) => [line.section, line.text])).toEqual([
        ['responsibilities', 'Run the stock review'],
        ['responsibilities', 'Answer the phone'],
      ]);
    },
  );

  it('"You" alone heads what the job needs ("The role / You / The package")', () => {
    const sections = splitSections('', 'The role\nRun the bar\nYou\nLevel 2 Food Safety\nCalm under pressure', null);
    expect(sections.requirements).toEqual(['Level 2 Food Safety', 'Calm under pressure']);
  });

  it('"Why you\'ll love working here" heads the perks; an item that names a heading word stays an item', () => {
    const sections = splitSections('', "Why you'll love working here\nFree parking\n25 days holiday", null);
    expect(sections.benefits).toEqual(['Free parking', '25 days holiday']);
    const items = splitSections('', 'Requirements\nYou have a forklift licence\nFrom day one you drive', null);
    expect(items.lines.map((line) => line.text)).toEqual(['You have a forklift licence', 'From day one you drive']);
  });
});

describe('German headings in the formal and inverted forms', () => {
  it.each([
    ['Das bringen Sie mit:', 'requirements'],
    ['Sie bringen mit', 'requirements'],
    ['Du bringst mit', 'requirements'],
    ['Was Sie mitbringen', 'requirements'],
    ['Ihre Qualifikation', 'requirements'],
    ['Was Sie auszeichnet', 'requirements'],
    ['Wir erwarten', 'requirements'],
    ['Anforderungsprofil', 'requirements'],
    ['Ihr Einsatzgebiet', 'responsibilities'],
    ['Was Sie bei uns erwartet', 'responsibilities'],
    ['Ihre Perspektiven', 'benefits'],
    ['Arbeitsbedingungen', 'benefits'],
    ['Arbeitsaufgaben', 'responsibilities'],
  ])('"%s" names %s', (heading, kind) => {
    expect(wholeHeadingKind(heading)).toBe(kind);
  });
});

describe('headings with a qualifier word, in French, Spanish, Italian and Portuguese', () => {
  it.each([
    ['Missions principales', 'responsibilities'],
    ['Principais responsabilidades', 'responsibilities'],
    ['Qualités requises', 'requirements'],
    ['Vous êtes', 'requirements'],
    ['Vous avez', 'requirements'],
    ['Perfil buscado', 'requirements'],
    ['Il candidato ideale', 'requirements'],
  ])('"%s" names %s', (heading, kind) => {
    expect(wholeHeadingKind(heading)).toBe(kind);
  });
  it('an item that opens with "Vous avez" stays an item', () => {
    expect(wholeHeadingKind("Vous avez 3 ans d'expérience")).toBeNull();
  });
});

describe('German headings, continued', () => {
  it('a paragraph under "Das bringen Sie mit:" is what the job needs, sentence by sentence', () => {
    const sections = splitSections(
      '',
      'Das bringen Sie mit:\nEine abgeschlossene Ausbildung im Handel. Erste Erfahrung im Vertrieb. SAP-Kenntnisse sind von Vorteil.',
      null,
    );
    expect(sections.requirements).toEqual([
      'Eine abgeschlossene Ausbildung im Handel.',
      'Erste Erfahrung im Vertrieb.',
    ]);
    expect(sections.preferred).toEqual(['SAP-Kenntnisse sind von Vorteil.']);
  });
});

describe('a must-have and a wish in one item, split at its comma', () => {
  const items = (item: string) =>
    split(`<h3>Requirements</h3><ul><li>Three years of warehouse work</li><li>${item}</li></ul>`);
  it.each([
    [
      'Sicherer Umgang mit MS Office, SAP-Kenntnisse sind von Vorteil',
      'Sicherer Umgang mit MS Office',
      'SAP-Kenntnisse sind von Vorteil',
    ],
    ['Fluent English, German is a plus', 'Fluent English', 'German is a plus'],
    [
      "Bachelor's degree in Computer Science, Master's preferred",
      "Bachelor's degree in Computer Science",
      "Master's preferred",
    ],
  ])('%s', (item, required, preferred) => {
    const sections = items(item);
    expect(sections.requirements).toEqual(['Three years of warehouse work', required]);
    expect(sections.preferred).toEqual([preferred]);
  });
  it('keeps a qualified item, a wished-for list and a bracketed comma whole', () => {
    expect(items('Experience in retail, ideally in fashion').requirements).toContain(
      'Experience in retail, ideally in fashion',
    );
    expect(items('Kubernetes, Docker, Terraform is a plus').preferred).toEqual([
      'Kubernetes, Docker, Terraform is a plus',
    ]);
    expect(items('Experience with industrial systems (SCADA, OT networks) is a plus').preferred).toEqual([
      'Experience with industrial systems (SCADA, OT networks) is a plus',
    ]);
  });
  it('"… helps but is not needed" is a wish', () => {
    expect(items('Some plant knowledge helps but is not needed').preferred).toEqual([
      'Some plant knowledge helps but is not needed',
    ]);
  });
});

describe('duties written as short sentences, each opening with its verb', () => {
  it.each([
    [
      'Your Impact',
      'Design and build the services behind our checkout, used by 4 million shoppers a month. Lead technical design reviews and mentor two engineers. Improve reliability and cut p99 latency.',
    ],
    [
      'DUTIES INCLUDE',
      'Helping residents with personal care, dressing and meals. Supporting activities and outings. Recording care notes on our digital system.',
    ],
  ])('under "%s", one duty per sentence', (heading, paragraph) => {
    const sections = splitSections('', `${heading}\n${paragraph}`, null);
    expect(sections.responsibilities).toHaveLength(3);
    expect(sections.lines.map((line) => line.text)).not.toContain(heading);
  });
});

describe('more wishes and item starters', () => {
  it('"Desired but not essential" heads the nice-to-haves', () => {
    const sections = splitSections(
      '',
      'About you\n1. AAT Level 3.\n2. At least 1 year in practice.\nDesired but not essential\n1. Knowledge of IRIS.',
      null,
    );
    expect(sections.preferred).toEqual(['Knowledge of IRIS.']);
  });
  it('splits "… GraphQL Exposure to payments …" at the item starter', () => {
    expect(splitJoinedItems('Experience with GraphQL Exposure to payments or fraud systems')).toEqual([
      'Experience with GraphQL',
      'Exposure to payments or fraud systems',
    ]);
  });
});

describe('French second-person lines: the whole verb decides', () => {
  it('"Tu assures …" is a duty, "Tu as …" what the job needs', () => {
    const sections = split(
      '<h3>Au quotidien</h3><ul><li>Tu assures la maintenance des machines</li><li>Tu as un CACES à jour</li><li>Vous parlez anglais</li></ul>',
    );
    expect(sections.responsibilities).toEqual(['Tu assures la maintenance des machines']);
    expect(sections.requirements).toEqual(['Tu as un CACES à jour', 'Vous parlez anglais']);
  });
});
