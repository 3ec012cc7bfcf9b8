/** The variants the matcher generates from the taxonomy, each with short inputs written for it. */
import { describe, expect, it } from 'vitest';
import { otherSpellingOf, verbFormsOf } from '../../utils/summarize/skill-forms';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { findSkillMentions } from '../../utils/summarize/skill-mentions';

const names = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

describe('British and American spellings', () => {
  it('spells a common noun both ways and leaves names alone', () => {
    expect(otherSpellingOf('Performance optimization')).toBe('performance optimisation');
    expect(otherSpellingOf('data modelling')).toBe('data modeling');
    expect(otherSpellingOf('behaviour-driven development')).toBe('behavior-driven development');
    expect(otherSpellingOf('Behavior-driven development')).toBe('behaviour-driven development');
    expect(otherSpellingOf('analyse')).toBe('analyze');
    expect(otherSpellingOf('ServiceNow')).toBeNull();
    expect(otherSpellingOf('SAP')).toBeNull();
    // "hour" and "tour" are words of their own, not British spellings.
    expect(otherSpellingOf('hours of service')).toBeNull();
  });

  it('finds a skill written in the other spelling', () => {
    expect(names('Performance optimisation of our checkout')).toEqual(['Performance optimization']);
    expect(names('Practise behaviour-driven development')).toEqual(['Behavior-driven development']);
  });
});

describe('"X management" and "X optimization" written as a verb', () => {
  it('generates the verb forms', () => {
    expect(verbFormsOf('Project management')).toEqual([
      'managing project',
      'managing projects',
      'manage project',
      'manage projects',
    ]);
    expect(verbFormsOf('query optimization')).toContain('optimising queries');
    expect(verbFormsOf('Performance optimization')).toContain('optimizing performance');
    expect(verbFormsOf('stakeholders management')).toEqual([]);
    expect(verbFormsOf('Kubernetes')).toEqual([]);
  });

  it('finds the skill in a duty', () => {
    expect(names('You have experience in managing projects and/or programs')).toEqual(['Project management']);
    expect(names('Manage stakeholders across three regions')).toEqual(['Stakeholder management']);
    expect(names('Optimising performance of the checkout')).toEqual(['Performance optimization']);
    // "management" alone is not a skill, nor is managing something the taxonomy does not name.
    expect(names('Managing a team of four at the depot')).not.toContain('Project management');
  });
});

describe('a word joined to the first word of a multi-word skill', () => {
  it('reads "batch and streaming pipelines" as batch pipelines too', () => {
    expect(names('Build batch and streaming pipelines with Kafka')).toEqual([
      'Batch processing',
      'Stream processing',
      'Apache Kafka',
    ]);
    expect(names('Batch or streaming pipelines')).toContain('Batch processing');
  });

  it('needs the joining word and a real alias', () => {
    expect(names('Nightly streaming pipelines')).toEqual(['Stream processing']);
    expect(names('Ship a batch. Streaming pipelines come later')).toEqual(['Stream processing']);
  });
});

describe('guards loosened or added for the recall pass', () => {
  it('reads JavaScript in "JavaScript frameworks"', () => {
    expect(names('5+ years with modern JavaScript frameworks')).toEqual(['JavaScript']);
  });

  it('reads economics as a field of study, not as unit economics', () => {
    expect(names('MS or PhD in statistics, economics or a related field')).toEqual(['Statistics', 'Economics']);
    expect(names('Own our unit economics and payback reporting')).not.toContain('Economics');
  });

  it('keeps negotiation a hard skill in one home', () => {
    expect(names('Strong negotiation skills')).toEqual(['Negotiation']);
    expect(skillMatcher().skills.filter((skill) => skill.name.startsWith('Negotiation'))).toHaveLength(1);
  });
});

describe('an ad platform named bare', () => {
  it('is its ads product in a line about paid media', () => {
    expect(names('Own paid acquisition across Google, Meta and TikTok')).toEqual([
      'Paid acquisition',
      'Google Ads',
      'Meta Ads',
      'TikTok',
    ]);
    expect(names('Run Facebook and Google campaigns with a PPC budget')).toEqual([
      'Meta Ads',
      'Google Ads',
      'Campaign management',
      'PPC',
    ]);
  });

  it('is the company anywhere else', () => {
    expect(names('Our founders met at Google and Meta')).toEqual([]);
    expect(names('Ex-Google engineers; paid parental leave')).toEqual([]);
    expect(names('Keep our Google Analytics dashboards tidy')).toEqual(['Google Analytics']);
  });
});

describe('a driving record asks for driving', () => {
  it('reads the record and its abbreviation', () => {
    expect(names('Clean driving record')).toEqual(['Driving licence B']);
    expect(names('Clean MVR with no DUI in the last 5 years')).toEqual(['Driving licence B']);
    expect(names('Our mvr index is rising')).toEqual([]);
  });
});
