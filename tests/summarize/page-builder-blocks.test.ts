/**
 * A small business's page-builder posting: an hourly pay "depending on experience" is no number of years, and the
 * plain headings such sites write ("Who we're after", "The good stuff") name their sections.
 */
import { describe, expect, it } from 'vitest';
import { findYearsExperience } from '../../utils/summarize/facts';
import { summarize } from '../../utils/summarize/index';
import type { SectionedLine } from '../../utils/summarize/sections';
import type { PostingDraft } from '../../utils/schema/posting';

const years = (text: string, section = 'overview') =>
  findYearsExperience([{ text, section } as unknown as SectionedLine]);

describe('years of experience are never an amount of pay', () => {
  it('"$26 an hour depending on experience" states no years', () => {
    expect(years('The job pays $22 to $26 an hour depending on experience.')).toBeNull();
    expect(years('Salary €3,000 a month, 2 years of experience needed.')).toEqual({ min: 2, max: null });
    expect(years('Expérience de 2 ans minimum')).toEqual({ min: 2, max: null });
  });
});

describe('plain section names: "Who we\'re after", "The good stuff"', () => {
  it('files the items under them', () => {
    const html = [
      '<p>We repair and sell bikes on the high street and need another mechanic for our busy workshop team.</p>',
      "<h3>Who we're after</h3><ul><li>Confident with hydraulic brakes and wheel truing</li><li>Patient with customers new to cycling</li></ul>",
      '<h3>The good stuff</h3><ul><li>Health and dental cover after 60 days</li><li>A paid week off at New Year</li></ul>',
    ].join('');
    const posting = {
      title: 'Bike Mechanic',
      company: 'Spoke Cycles',
      locations: [],
      descriptionHtml: html,
      descriptionText: html.replace(/<\/(p|li|h3)>/g, '\n').replace(/<[^>]+>/g, ''),
      url: 'https://spoke.example/jobs/mechanic',
    } as unknown as PostingDraft;
    const summary = summarize(posting);
    expect(summary.requirements.join(' | ')).toContain('Confident with hydraulic brakes');
    expect(summary.benefits.join(' | ')).toContain('Health and dental cover');
  });
});
