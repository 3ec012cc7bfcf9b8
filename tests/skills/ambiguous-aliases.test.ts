/**
 * Short skill names that are also ordinary words, letters or other trades' terms (issue 11, part 4):
 * each counts only with its field's words in the line or as an item of a list of skills. The lines
 * come from professions where the short name means something else: licence classes, grades, X-rays,
 * SWIFT payments, go-lives, rust on steel, accounts receivable.
 */
import { describe, expect, it } from 'vitest';
import { itCountsEachInItsFieldOnly, skillNames as names, type GuardedAlias } from './guarded-aliases';

/** alias → the skill, lines where it is that skill, and lines where it is not. */
const CASES: readonly GuardedAlias[] = [
  {
    alias: 'AR',
    skill: 'AR/VR',
    is: ['Prototype AR experiences for smart glasses in Unity', 'Build AR and VR training apps for field engineers'],
    isNot: ['Post cash receipts to AR and chase overdue invoices', 'Handle AR, AP and month-end journals'],
  },
  {
    alias: 'AR (finance)',
    skill: 'Accounts receivable',
    is: ['Post cash receipts to AR and chase overdue invoices', 'Handle AR, AP and month-end journals'],
    isNot: ['Prototype AR experiences for smart glasses in Unity'],
  },
  {
    alias: 'Ray',
    skill: 'Ray',
    is: ['Run hyperparameter sweeps on Ray clusters', 'Python, PyTorch, Ray and Kubernetes'],
    isNot: [
      'Take chest X-ray images on the ward',
      'Report to Ray Okafor, the warehouse manager',
      'Ray tracing of optics',
    ],
  },
  {
    alias: 'Go',
    skill: 'Go',
    is: ['Erfahrung mit Go und Kubernetes', 'Microservices in Go on AWS', 'Java, Go or Kotlin'],
    isNot: [
      'Support the go-live of our new ERP system',
      'Prepare go/no-go decisions for each release',
      'Go the extra mile for our guests',
    ],
  },
  {
    alias: 'R',
    skill: 'R',
    is: ['Statistical modelling in R and Python', 'Excel, SQL and R'],
    isNot: [
      'Budget for our R&D centre in Eindhoven',
      'Paediatric ward R3, night shifts',
      'Führerschein Klasse B und R',
    ],
  },
  {
    alias: 'C',
    skill: 'C',
    is: ['Embedded C on ARM Cortex-M microcontrollers', 'C, C++ and Python'],
    isNot: [
      'Führerschein Klasse C/CE und Fahrerkarte',
      'GCSE English and maths at grade C or above',
      'Store chilled goods at 2–8 °C',
      'Permis C et FIMO à jour',
    ],
  },
  {
    alias: 'Swift',
    skill: 'Swift',
    is: ['Native iOS development in Swift and SwiftUI', 'Kotlin, Swift'],
    isNot: ['Process SWIFT payments and check bank statements', 'Swift and friendly service at the till'],
  },
  {
    alias: 'Spark',
    skill: 'Apache Spark',
    is: ['Batch jobs in PySpark and Spark SQL on Databricks', 'Spark, Kafka, Airflow'],
    isNot: ['Spark conversations with customers on the shop floor', 'Ideas that spark joy in our guests'],
  },
  {
    alias: 'Rust',
    skill: 'Rust',
    is: ['Firmware in Rust on nRF52', 'Go, Rust'],
    isNot: ['Remove rust and repaint steel railings', 'Rust treatment and underbody protection for vans'],
  },
  {
    alias: 'Braze',
    skill: 'Braze',
    is: ['Build lifecycle campaigns in Braze and Iterable', 'Email and push journeys in Braze'],
    isNot: ['Braze copper line sets and replace compressors'],
  },
  {
    alias: 'braze (brazing)',
    skill: 'Brazing',
    is: ['Braze copper line sets and replace compressors', 'Brazing of copper pipework'],
    isNot: ['Build lifecycle campaigns in Braze and Iterable'],
  },
  {
    alias: 'trunking',
    skill: 'Containment installation',
    is: ['Install cable trunking and conduit in the plant room', 'Fit trunking and cable tray for new circuits'],
    isNot: ['Experience as a transport planner in a multi-drop or trunking operation'],
  },
  {
    alias: 'sales targets',
    skill: 'Quota attainment',
    is: [
      'Develop export strategies to achieve sales targets and grow market share',
      'Hit sales targets on a B2B SaaS pipeline',
    ],
    isNot: ['A track record of hitting sales targets in a busy shop'],
  },
  {
    alias: 'Word',
    skill: 'Microsoft Word',
    is: ['Good working knowledge of Excel and Word', 'Word, Outlook and Teams every day'],
    isNot: ['Word of mouth brings most of our guests', 'Your Word counts here'],
  },
  {
    alias: 'Paragon',
    skill: 'Paragon',
    is: ['Plan delivery routes in Paragon', 'Paragon or Microlise'],
    isNot: ['A paragon of good customer service'],
  },
  {
    alias: 'Tapestry',
    skill: 'Tapestry',
    is: ['Record observations in Tapestry, our EYFS learning journal'],
    isNot: ['A rich tapestry of cultures in our city'],
  },
];

describe('ambiguous short aliases need their field or a list of skills', () => {
  itCountsEachInItsFieldOnly(CASES);
});

describe('generic words are not skills on their own', () => {
  it.each([
    ['Shipping features to production every week', 'Shipping'],
    ['Maintain accurate records in our HRIS', 'Clinical documentation'],
    ['Buchungen in SAP EWM und Inventur', 'Journal entries'],
    ['Work in a multi-disciplinary team on the ward', 'Disciplinary and grievance'],
    ['Bewerbungen bitte an die Personalabteilung', 'Human resources'],
    ['Vorbereitung von Jahresabschlüssen und Steuererklärungen', 'Food preparation'],
    // An English word in -e is not a declined name in -a ("State" ≠ Stata).
    ['Current RN license in the State of Ohio', 'Stata'],
  ])('%s does not give %s', (line, skill) => {
    expect(names(line)).not.toContain(skill);
  });
});
