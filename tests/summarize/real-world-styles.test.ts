/**
 * Postings as they are written in the wild (issue 11, pages 830–865): flowing prose with no headings,
 * the profile in the second person, markers in parentheses, pitch headings, pay paragraphs after the
 * nice-to-haves, recruitment-agency boilerplate. One short invented input per rule.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplateSentence } from '../../utils/summarize/boilerplate';
import { findYearsExperience } from '../../utils/summarize/facts';
import { isPayLine } from '../../utils/summarize/pay';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string, company: string | null = null) => splitSections(html, '', company);

describe('recruitment-agency boilerplate', () => {
  it.each([
    'Moorcroft Staffing is acting as an Employment Agency in relation to this vacancy.',
    'Due to the high volume of applications, we are only able to respond to successful candidates.',
    "Click 'apply now' to forward an up-to-date copy of your CV.",
  ])('leaves out "%s"', (sentence) => {
    expect(isBoilerplateSentence(sentence)).toBe(true);
  });

  it('keeps a duty that names an agency', () => {
    expect(isBoilerplateSentence('You will act as the main contact for our temp agency partners.')).toBe(false);
  });
});

describe('years stated with the open end after them', () => {
  it('reads "Two years or more leading …" as two years', () => {
    const found = findYearsExperience([
      { text: 'Two years or more leading a customer support team', section: 'requirements', position: 0 },
    ]);
    expect(found).toMatchObject({ min: 2, max: null });
  });
});

describe('pay said with the verb', () => {
  it('reads "… pays $58,000 to $64,000 a year" as pay, and "We pay for your travel" as not', () => {
    expect(isPayLine('The position is full-time and pays $58,000 to $64,000 a year.')).toBe(true);
    expect(isPayLine('We pay for your travel to the $2,000 conference.')).toBe(false);
  });
});

describe('the profile in the second person, in a duties list', () => {
  it('moves "You bring 3–5 years …" and the items after it to must-haves', () => {
    const sections = split(
      "<h3>What you'll do</h3><ul><li>Build the weekly production plan</li><li>You bring 3–5 years of planning experience</li><li>Advanced Excel, including lookups</li></ul>",
    );
    expect(sections.responsibilities).toEqual(['Build the weekly production plan']);
    expect(sections.requirements).toEqual([
      'You bring 3–5 years of planning experience',
      'Advanced Excel, including lookups',
    ]);
  });
});

describe('a marker in parentheses', () => {
  it('makes the item optional when the parentheses hold the marker alone, not when they qualify a name', () => {
    const sections = split(
      '<h3>Requirements</h3><ul><li>A Transport Manager CPC (desirable but not essential)</li><li>Experience with a cloud provider (Azure preferred)</li></ul>',
    );
    expect(sections.preferred).toEqual(['A Transport Manager CPC (desirable but not essential)']);
    expect(sections.requirements).toEqual(['Experience with a cloud provider (Azure preferred)']);
  });
});

describe('an order to do something', () => {
  it('is a duty even when it names a perk word', () => {
    const sections = split(
      '<p>About the role:</p><ul><li>Run nurse clinics for weight, dental and post-op checks</li></ul>',
    );
    expect(sections.responsibilities).toEqual(['Run nurse clinics for weight, dental and post-op checks']);
    expect(sections.benefits).toEqual([]);
  });
});

describe('the employer named by the first words of its name', () => {
  it('reads "The Copper Kettle has been serving …" as about "Copper Kettle Diner"', () => {
    const sections = split(
      '<p>The Copper Kettle has been serving breakfast on Third Street since we opened 22 years ago. We are looking for a line cook.</p>',
      'Copper Kettle Diner',
    );
    expect(sections.about).toEqual([
      'The Copper Kettle has been serving breakfast on Third Street since we opened 22 years ago.',
    ]);
  });
});

describe('a pay paragraph after the nice-to-haves', () => {
  it('is pay, even when it names a bonus', () => {
    const sections = split(
      "<h3>You'll stand out if</h3><ul><li>You have worked under PCI DSS</li></ul><p>We set pay by zone. The base salary range for this role is $150,000 - $180,000. Equity and a yearly bonus are part of every offer.</p>",
    );
    expect(sections.preferred).toEqual(['You have worked under PCI DSS']);
    expect(sections.compensation.join(' ')).toContain('$150,000 - $180,000');
  });
});

describe('a pitch heading', () => {
  it('reads the employer described under "Why Cobaltline?" as about, and a perk under "What we offer" as a perk', () => {
    const pitch = split(
      '<h3>Why Cobaltline?</h3><p>Cobaltline runs the payment rails behind 3,000 credit unions.</p>',
      'Cobaltline',
    );
    expect(pitch.about).toEqual(['Cobaltline runs the payment rails behind 3,000 credit unions.']);
    const offer = split(
      '<h3>What we offer</h3><p>Cobaltline offers a competitive salary and 30 days of leave.</p>',
      'Cobaltline',
    );
    expect(offer.about).toEqual([]);
  });
});

describe('flowing prose with no headings', () => {
  it('takes a paragraph apart into a duty, a must-have and a wish', () => {
    const sections = split(
      "<p>You'll work the flat-top and fryer from 6 AM and prep for the next day. We need someone with at least two years on a busy line. ServSafe certification is a plus.</p>",
    );
    expect(sections.responsibilities).toEqual([
      "You'll work the flat-top and fryer from 6 AM and prep for the next day.",
    ]);
    expect(sections.requirements).toEqual(['We need someone with at least two years on a busy line.']);
    expect(sections.preferred).toEqual(['ServSafe certification is a plus.']);
  });

  it.each([
    'As our second data engineer, you will own the pipelines that pull meter readings, weather feeds and outage logs into our warehouse. You will design and maintain batch jobs in Airflow and dbt, and you will work closely with our two data scientists to turn their notebooks into scheduled models. You will also decide how we store fifteen years of hourly readings.',
    'Som servicetekniker åker du ut till våra kunder och felsöker laddboxar. Du planerar dina egna dagar.',
    'Als zelfstandig werkend kok sta je op de warme kant en bestel je zelf bij leveranciers. Je stuurt de leerling-koks aan.',
  ])('reads a paragraph of duties as duties, one sentence each: "%s"', (paragraph) => {
    const sentences = paragraph.split(/(?<=\.) /);
    expect(split(`<p>${paragraph}</p>`).responsibilities).toEqual(sentences);
  });

  it('keeps a duty that names a perk word a duty, and "You\'ll get …" a perk', () => {
    const sections = split(
      "<h3>Your new role</h3><p>You will manage a team of three payroll officers. You'll own year-end and the relationship with the pension provider. You'll get 25 days' holiday.</p>",
    );
    expect(sections.responsibilities).toEqual([
      'You will manage a team of three payroll officers.',
      "You'll own year-end and the relationship with the pension provider.",
    ]);
    expect(sections.benefits).toEqual(["You'll get 25 days' holiday."]);
  });

  it('does not read the profile after "Som …" as a duty', () => {
    expect(split('<p>Som person är du noggrann och lugn. Du trivs i ett litet team.</p>').responsibilities).toEqual([]);
  });
});

describe('wishes said first', () => {
  it('reads "Valoraremos …" and the items under "It would be great if:" as nice-to-haves', () => {
    const sections = split(
      '<h3>Requisitos</h3><ul><li>Experiencia en recepción</li></ul><p>Valoraremos conocimientos de inglés.</p><p>It would be great if:</p><ul><li>You hold a CAVN certificate</li></ul>',
    );
    expect(sections.requirements).toEqual(['Experiencia en recepción']);
    expect(sections.preferred).toEqual(['Valoraremos conocimientos de inglés.', 'You hold a CAVN certificate']);
  });
});

describe('one cover and its kinds', () => {
  it('keeps "medical, dental and vision" as one perk in a list of perks', () => {
    const sections = split(
      '<h3>Benefits</h3><p>Fully paid medical, dental and vision plans, a yearly learning budget, free lunch on Fridays.</p>',
    );
    expect(sections.benefits).toEqual([
      'Fully paid medical, dental and vision plans',
      'a yearly learning budget',
      'free lunch on Fridays.',
    ]);
  });
});

describe('headings in their own words', () => {
  it('reads "Over <employer>" and "Om <employer>" as about the company', () => {
    const sections = split(
      '<h3>Wat ga je doen?</h3><ul><li>Je maakt werktekeningen voor scholen</li></ul><h3>Over Van Kessel Bouw</h3><p>Van Kessel Bouw is een familiebedrijf uit Tilburg met 85 medewerkers.</p>',
      'Van Kessel Bouw',
    );
    expect(sections.about).toEqual(['Van Kessel Bouw is een familiebedrijf uit Tilburg met 85 medewerkers.']);
  });

  it('reads "Schön wäre" as the nice-to-haves', () => {
    const sections = split(
      '<h3>Dein Profil</h3><ul><li>Erfahrung mit GA4</li></ul><h3>Schön wäre</h3><ul><li>Erfahrung mit Shopware</li></ul>',
    );
    expect(sections.preferred).toEqual(['Erfahrung mit Shopware']);
  });

  it('reads "What we\'d love to see" as the nice-to-haves after must-haves, and as the must-haves before any', () => {
    const after = split(
      "<h3>Requirements</h3><ul><li>Two years in a lab</li></ul><h3>What we'd love to see</h3><ul><li>Experience with Quartzy</li></ul>",
    );
    expect(after.preferred).toEqual(['Experience with Quartzy']);
    const first = split(
      "<h3>What we'd love to see</h3><ul><li>A portfolio of shipped work</li></ul><h3>You'll stand out if</h3><ul><li>You have designed for clinics</li></ul>",
    );
    expect(first.requirements).toEqual(['A portfolio of shipped work']);
    expect(first.preferred).toEqual(['You have designed for clinics']);
  });
});

describe('the perks after the pay in a list', () => {
  it('files the items after a pay item under an unknown heading as perks', () => {
    const sections = split(
      '<h3>Additional Information</h3><ul><li>Salary £34,000 – £38,000</li><li>Stays at all our hotels for friends and family</li></ul>',
    );
    expect(sections.compensation).toEqual(['Salary £34,000 – £38,000']);
    expect(sections.benefits).toEqual(['Stays at all our hotels for friends and family']);
  });

  it('reads "50% off food and drink" and "Free stays …" as perks in an untitled list', () => {
    const sections = split('<ul><li>50% off food and drink</li><li>Free stays at all our hotels</li></ul>');
    expect(sections.benefits).toEqual(['50% off food and drink', 'Free stays at all our hotels']);
  });

  it('reads an offer of pay by agreement and perks as the pay and the perks apart', () => {
    const sections = split('<p>Vi erbjuder lön enligt kollektivavtal, friskvårdsbidrag och fika varje dag.</p>');
    expect(sections.compensation).toEqual(['Vi erbjuder lön enligt kollektivavtal']);
    expect(sections.benefits).toEqual(['friskvårdsbidrag och fika varje dag.']);
  });
});

describe('how long the candidate has done it', () => {
  it.each([
    ['You have shipped production React apps for three years or more', 3],
    ["You've managed an online community for at least two years, ideally for a game", 2],
  ])('reads "%s"', (text, min) => {
    expect(findYearsExperience([{ text, section: 'requirements', position: 0 }])).toMatchObject({ min, max: null });
  });

  it('does not read a contract length as years of experience', () => {
    expect(
      findYearsExperience([{ text: 'Willing to commit for 2 years', section: 'requirements', position: 0 }]),
    ).toBeNull();
  });
});
