/**
 * Names that are also ordinary words, read by their context (issue 11, part 4, texts 361–390): a
 * configuration tool named "Salt", Microsoft's "Access" beside Office programs, "Rust" in a line about
 * porting code, "Swift" with a Finnish case ending, clinical "GCP", documenting care, and customers
 * served by talking to them. Each line here was written for its test.
 */
import { describe, expect, it } from 'vitest';
import { itCountsEachInItsFieldOnly, skillNames as names, type GuardedAlias } from './guarded-aliases';

const CASES: readonly GuardedAlias[] = [
  {
    alias: 'Salt',
    skill: 'SaltStack',
    is: ['Keep the Salt states for older hosts tidy', 'Puppet, Chef or Salt', 'Experience with SaltStack'],
    isNot: [
      'Take every review with a pinch of salt',
      'Season the sauces: salt, acid, heat',
      'Salt and pepper the fries before service',
    ],
  },
  {
    alias: 'Access',
    skill: 'Microsoft Access',
    is: [
      'Reports in Excel and a small Access database',
      'Eine Access-Datenbank pflegen',
      'Office (Word, Excel, Access)',
      'Access queries and VBA macros',
    ],
    isNot: [
      'Access to a company car is included',
      'Access control for the warehouse doors',
      'We give you access to Excel training',
    ],
  },
  {
    alias: 'Rust',
    skill: 'Rust',
    is: ['Port the sensor drivers to Rust', 'Parts of our codebase are written in Rust'],
    isNot: ['Rust on the steel frames must be treated', 'Remove rust and repaint the railings'],
  },
  {
    alias: 'Customer service (by what it is)',
    skill: 'Customer service',
    is: [
      'Keep customers informed about delays',
      'Keep the office and customers updated on each job',
      'Deal with customers when orders run late',
    ],
    isNot: [
      'We sell spare parts to customers in 30 countries',
      'Homeowners trust our engineers',
      'Explain the repair options to homeowners',
    ],
  },
  {
    alias: 'Dokumentation (care)',
    skill: 'Care documentation',
    is: [
      'Du ger läkemedel och dokumenterar i journalen',
      'Dokumentation i omsorgssystemet',
      'Pflege und Dokumentation',
    ],
    isNot: ['Dokumentation der Schnittstellen', 'Du dokumenterar koden i Confluence'],
  },
];

describe('names that are also words, read by their context', () => {
  itCountsEachInItsFieldOnly(CASES);

  it('reads a capitalised name with a Finnish case ending as the name, not a German noun with an ending', () => {
    expect(names('Kehitys Swiftillä ja Kotlinilla')).toContain('Swift');
    expect(names('Kokemusta Rustista')).toContain('Rust');
    expect(names('Die Chefin prüft die Segmente')).toEqual([]);
  });

  it('reads ICH GCP as Good Clinical Practice, not Google Cloud', () => {
    expect(names('Working knowledge of ICH GCP')).toEqual(['Good Clinical Practice']);
    expect(names('Deploy services on GCP and AWS')).toContain('Google Cloud Platform');
  });

  it('reads budgets owned with a word between as budgeting', () => {
    expect(names('Own the departmental budgets')).toContain('Budgeting');
    expect(names('Manage our two marketing budgets')).toContain('Budgeting');
    expect(names('Work within tight budgets')).not.toContain('Budgeting');
  });

  it('knows hotel operations, family law and cash application', () => {
    expect(names('5 years of hotel management experience')).toContain('Hotel operations');
    expect(names('A background in family law')).toContain('Family law');
    expect(names('Apply cash to open invoices')).toContain('Cash application');
    expect(names('Je verzorgt wonden en dient medicatie toe')).toEqual(['Wound care', 'Medication administration']);
  });

  it('reads GPUs shared out as no GPU programming', () => {
    expect(names('Profile GPU workloads and remove bottlenecks')).toContain('GPU programming');
    expect(names('Two years working with GPUs in production')).toContain('GPU programming');
    expect(names('Share GPUs fairly between research teams')).toEqual(['GPU scheduling']);
    expect(names('Allocate GPUs to research teams')).not.toContain('GPU programming');
  });

  it('reads streaming data pipelines as stream processing and data pipelines', () => {
    expect(names('Run the streaming data pipelines')).toEqual(['Stream processing', 'Data pipelines']);
  });

  it('reads a team one leads, with words between, as team leadership; never a team one joins', () => {
    expect(names('Lead a weekend shift team of 12')).toContain('Team leadership');
    expect(names('Supervising the loading team')).toContain('Team leadership');
    expect(names('Join a friendly team of ten')).not.toContain('Team leadership');
    expect(names('Work with the lead developer and the team')).not.toContain('Team leadership');
  });

  it('knows the Working With Children Check', () => {
    expect(names('A current Working With Children Check')).toEqual(['Working With Children Check']);
  });
});
