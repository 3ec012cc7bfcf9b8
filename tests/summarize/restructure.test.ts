import { describe, expect, it } from 'vitest';
import { wholeHeadingKind } from '../../utils/summarize/headings';
import {
  restructureLines,
  splitGluedSentences,
  splitJoinedItems,
  splitLeadingHeading,
  splitTrailingHeading,
} from '../../utils/summarize/restructure';
import { splitSections } from '../../utils/summarize/sections';

const paragraph = (text: string) => [{ text, heading: false, bullet: false }];

describe('glued sentences', () => {
  it('splits "end.Start" and "end.2+ years"', () => {
    expect(splitGluedSentences('Write clean code.Review pull requests.3+ years of Java')).toEqual([
      'Write clean code.',
      'Review pull requests.',
      '3+ years of Java',
    ]);
    expect(splitGluedSentences('Ship features quickly.2 years of SQL')).toEqual([
      'Ship features quickly.',
      '2 years of SQL',
    ]);
  });

  it('splits after an acronym too ("PyTorch or JAX.Experience")', () => {
    expect(splitGluedSentences('Train models in JAX.Experience with TPUs')).toEqual([
      'Train models in JAX.',
      'Experience with TPUs',
    ]);
  });

  it('splits after a language name ending in a sign ("C++.Experience", "C#.Strong")', () => {
    expect(splitGluedSentences('2 years of software development in Python or C++.Experience with PyTorch')).toEqual([
      '2 years of software development in Python or C++.',
      'Experience with PyTorch',
    ]);
    expect(splitGluedSentences('Services written in C#.Strong SQL skills')).toEqual([
      'Services written in C#.',
      'Strong SQL skills',
    ]);
  });

  it('keeps names, decimals, domains and abbreviations whole', () => {
    for (const text of [
      'Node.js and Vue.js services',
      'ASP.NET Core APIs',
      'C#.NET and C++ services',
      'Python 3.11 and 1.5 years of Go',
      'Use tools e.g.Python daily',
      'Visit acme.com today',
    ]) {
      expect(splitGluedSentences(text)).toEqual([text]);
    }
  });
});

describe('glued headings', () => {
  it('recognises a phrase that is nothing but a heading, in every language', () => {
    for (const heading of [
      'Minimum Qualifications',
      'Preferred Qualifications',
      "What You'll Do",
      'Ihr Profil',
      'Wir bieten',
      'Profil recherché',
      'Vos missions',
      'Requisitos',
      'Qué ofrecemos',
      'Nice to have',
      'Benefits',
    ]) {
      expect(wholeHeadingKind(heading), heading).not.toBeNull();
    }
    for (const item of [
      'Strong Python skills',
      'Experience with Kafka',
      'Excellent communication skills',
      'Good German',
    ]) {
      expect(wholeHeadingKind(item), item).toBeNull();
    }
  });

  it('detaches a heading glued to the end of a paragraph', () => {
    expect(splitTrailingHeading('mentorship skills.Minimum Qualifications')).toBeNull(); // split as a sentence first
    expect(splitTrailingHeading('Strong mentorship skills. Minimum Qualifications')).toEqual({
      body: 'Strong mentorship skills.',
      heading: 'Minimum Qualifications',
    });
    expect(splitTrailingHeading('and test designPreferred Qualifications')).toEqual({
      body: 'and test design',
      heading: 'Preferred Qualifications',
    });
    expect(splitTrailingHeading('Betrieb von Linux-Systemen Ihr Profil')).toEqual({
      body: 'Betrieb von Linux-Systemen',
      heading: 'Ihr Profil',
    });
    expect(splitTrailingHeading('Maîtrise de SQL. Profil recherché')).toEqual({
      body: 'Maîtrise de SQL.',
      heading: 'Profil recherché',
    });
    expect(splitTrailingHeading('We write Python and Go Experience')).toBeNull();
  });

  it('leaves a sentence that ends with heading words whole ("… in every US location.")', () => {
    expect(splitTrailingHeading('Our pay bands are the same in every US location.')).toBeNull();
    expect(splitTrailingHeading('Travel to each client location!')).toBeNull();
  });

  it('detaches a heading run into the start of a paragraph', () => {
    expect(splitLeadingHeading("QualificationsBachelor's degree in CS")).toEqual({
      heading: 'Qualifications',
      body: "Bachelor's degree in CS",
    });
    expect(splitLeadingHeading('JavaScript developers wanted')).toBeNull();
  });

  it("makes the glued heading the next section's heading", () => {
    const sections = splitSections(
      '<h3>Responsibilities</h3><p>Design training runs.Research new algorithms.Excellent programming skills.Proven track record of mentorship.Minimum Qualifications</p><p>PhD in computer science.3+ years of experience with PyTorch.Preferred Qualifications</p><p>Publications at NeurIPS.</p>',
      '',
    );
    expect(sections.responsibilities).toEqual(['Design training runs.', 'Research new algorithms.']);
    expect(sections.requirements).toEqual([
      'Excellent programming skills.',
      'Proven track record of mentorship.',
      'PhD in computer science.',
      '3+ years of experience with PyTorch.',
    ]);
    expect(sections.preferred).toEqual(['Publications at NeurIPS.']);
  });
});

describe('space-joined items', () => {
  it('splits at English item starters after a lower-case word or an acronym', () => {
    expect(
      splitJoinedItems(
        'MS or PhD in computer science, statistics, or mathematics Experience with large-scale recommendation systems Experience with TensorFlow or JAX Background in information retrieval 5+ years of experience shipping ML Strong communication skills',
      ),
    ).toEqual([
      'MS or PhD in computer science, statistics, or mathematics',
      'Experience with large-scale recommendation systems',
      'Experience with TensorFlow or JAX',
      'Background in information retrieval',
      '5+ years of experience shipping ML',
      'Strong communication skills',
    ]);
  });

  it('splits German, French and Spanish items', () => {
    expect(
      splitJoinedItems(
        'Abgeschlossenes Studium der Informatik Sehr gute Kenntnisse in Kubernetes und Helm Fundierte Erfahrung mit Python oder Go',
      ),
    ).toEqual([
      'Abgeschlossenes Studium der Informatik',
      'Sehr gute Kenntnisse in Kubernetes und Helm',
      'Fundierte Erfahrung mit Python oder Go',
    ]);
    expect(
      splitJoinedItems(
        'Diplôme de niveau bac+5 en statistiques Maîtrise de SQL et de Python Expérience de 2 ans en analyse de données',
      ),
    ).toEqual([
      'Diplôme de niveau bac+5 en statistiques',
      'Maîtrise de SQL et de Python',
      'Expérience de 2 ans en analyse de données',
    ]);
    expect(
      splitJoinedItems(
        'Experiencia en desarrollo backend con Java de 3 años Conocimientos de PostgreSQL y Kafka Capacidad para trabajar en equipo',
      ),
    ).toEqual([
      'Experiencia en desarrollo backend con Java de 3 años',
      'Conocimientos de PostgreSQL y Kafka',
      'Capacidad para trabajar en equipo',
    ]);
  });

  it('splits duties run together at a capitalised duty verb, but not German nouns or titles', () => {
    expect(
      splitJoinedItems(
        'Own the ranking models behind the home feed and email recommendations Build candidate generation with two-tower retrieval Run online experiments with the product team Mentor two engineers',
      ),
    ).toEqual([
      'Own the ranking models behind the home feed and email recommendations',
      'Build candidate generation with two-tower retrieval',
      'Run online experiments with the product team',
      'Mentor two engineers',
    ]);
    for (const text of [
      'Wir suchen Verstärkung für unser Design und die Entwicklung neuer Produkte im Bereich Support für Kunden in ganz Europa',
      'You will work closely with our Lead engineer and the Build team to improve reliability of the platform across regions',
    ]) {
      expect(splitJoinedItems(text), text).toEqual([text]);
    }
  });

  it('splits at "Advanced", "Good" and other level words', () => {
    expect(
      splitJoinedItems(
        '2+ years of accounts receivable or general accounting experience Advanced Excel skills, including pivot tables',
      ),
    ).toEqual([
      '2+ years of accounts receivable or general accounting experience',
      'Advanced Excel skills, including pivot tables',
    ]);
  });

  it('does not break sentences that contain the starters mid-sentence', () => {
    for (const text of [
      "A Bachelor's or Master's degree in computer science, or a BS or MS with equivalent practical experience in industry",
      'You have 5+ years of backend experience and bring a track record of shipping reliable services to production users',
      'Du hast Erfahrung mit Kubernetes und bringst Kenntnisse in Terraform mit, idealerweise aus einem Logistikunternehmen',
      'Candidates with at least 3 years of experience with Python and some Experience with Go are encouraged to apply',
      '3+ years of full-time software engineering experience, or a quantitative PhD with software engineering experience',
    ]) {
      expect(splitJoinedItems(text), text).toEqual([text]);
    }
  });

  it('marks the pieces of a damaged paragraph as list items, and as pieces of a paragraph', () => {
    const lines = restructureLines(paragraph('Own the roadmap.Build the team.Ihr Profil'));
    expect(lines).toEqual([
      { text: 'Own the roadmap.', heading: false, bullet: true, continued: false, paragraphPiece: true },
      { text: 'Build the team.', heading: false, bullet: true, continued: true, paragraphPiece: true },
      { text: 'Ihr Profil', heading: true, bullet: false },
    ]);
  });
});
