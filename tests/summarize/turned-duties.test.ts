/**
 * A duties list that turns into requirements keeps its later duties: an item that opens with a duty's
 * verb or a duty's noun ("Preparation of …") stays a duty after the turn, and "as required" (a duty done when
 * needed) is no must. Short invented inputs.
 */
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../utils/summarize/sections';

const list = (heading: string, items: readonly string[]) =>
  `<h3>${heading}</h3><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

describe('a duties list after it turns into requirements', () => {
  it('keeps duties whose verb opens them ("Undertake", "Escalate", "Represent", "Comply", …)', () => {
    const duties = [
      'Escalate complaints to the store manager',
      'Represent the shop at the Saturday market',
      'Comply with the food hygiene rules on every shift',
      'Compile the weekly waste report',
      'Arrange the window displays each season',
      'Undertake the stock take at the end of each quarter',
    ];
    const sections = splitSections(
      list('Your responsibilities', [
        'Open the shop and count the float',
        'Ability to work alone on early shifts',
        ...duties,
      ]),
      '',
      null,
    );
    expect(sections.requirements).toEqual(['Ability to work alone on early shifts']);
    expect(sections.responsibilities).toEqual(['Open the shop and count the float', ...duties]);
  });

  it('keeps duties written as nouns ("Preparation of …", "Responsibility for …", "Point of contact …")', () => {
    const duties = [
      'Preparation of the monthly management accounts',
      'Responsibility for the weekly rota',
      'Day-to-day running of the front desk',
      'Point of contact for all guest complaints',
    ];
    const sections = splitSections(
      list('What you will do', [
        'Greet guests at the front desk',
        'Excellent communication skills',
        ...duties,
        'A positive attitude',
      ]),
      '',
      null,
    );
    expect(sections.responsibilities).toEqual(['Greet guests at the front desk', ...duties]);
    expect(sections.requirements).toEqual(['Excellent communication skills', 'A positive attitude']);
  });

  it('reads "as required", "when required" as when a duty is done, not as a must', () => {
    const sections = splitSections(
      '<p>Harbour Stores is looking for a shop assistant.</p><ul><li>Serve customers at the counter</li><li>Undertake other duties as required</li><li>Cover shifts at the other branches when required</li></ul>',
      '',
      'Harbour Stores',
    );
    expect(sections.requirements).toEqual([]);
    expect(sections.responsibilities).toEqual([
      'Serve customers at the counter',
      'Undertake other duties as required',
      'Cover shifts at the other branches when required',
    ]);
  });

  it('still files the turned list\'s needs as must-haves, and "is required" stays a must', () => {
    const sections = splitSections(
      list('What you will do', [
        'Serve customers at the counter',
        '2+ years in a busy shop',
        'A positive attitude and a good sense of humour',
        'A food hygiene certificate is required',
      ]),
      '',
      null,
    );
    expect(sections.responsibilities).toEqual(['Serve customers at the counter']);
    expect(sections.requirements).toEqual([
      '2+ years in a busy shop',
      'A positive attitude and a good sense of humour',
      'A food hygiene certificate is required',
    ]);
  });
});
