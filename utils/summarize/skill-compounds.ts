/**
 * Skills inside compound and inflected words: German, Dutch and Nordic compounds ("Pythonkenntnisse",
 * "Grund- und Behandlungspflege") and names with a Polish, Czech or Finnish case ending ("Dockera", "Pythonista").
 */
import { compoundSkillOf, plainSkillOf, skillMatcher, type SkillMention } from './skill-matcher';
import type { Token } from './skill-tokens';

/** A conjunction after a truncated first half of a compound: "Termin- und Kostenkontrolle", "in- en verkoop". */
const COMPOUND_CONJUNCTION = /^(?:und|oder|sowie|bzw|en|of|och|eller|og|samt)$/i;

/**
 * German, Dutch and Scandinavian compounds that share their last part: "Grund- und Behandlungspflege"
 * is Grundpflege and Behandlungspflege, "Termin- und Kostenkontrolle" is Terminkontrolle and
 * Kostenkontrolle. The truncated word, joined to the tail of the whole compound after it, is read as
 * an alias.
 */
export function truncatedCompoundMentions(tokens: readonly Token[], line: string): SkillMention[] {
  const found: SkillMention[] = [];
  for (let at = 0; at + 1 < tokens.length; at++) {
    const head = tokens[at];
    if (!head || !/^-[\s,]*$/.test(line.slice(head.end, tokens[at + 1]?.start ?? 0))) continue;
    // The whole compound: the next word that is neither a conjunction nor another truncated word; it
    // may go on with a hyphen ("Front- und Backend-Entwicklung": Frontend-Entwicklung).
    let whole: Token | undefined;
    let rest: string[] = [];
    for (let next = at + 1; next <= at + 4 && next < tokens.length; next++) {
      const token = tokens[next];
      if (!token || COMPOUND_CONJUNCTION.test(token.key)) continue;
      if (/^-[^\p{L}\p{N}]|^-$/u.test(line.slice(token.end, token.end + 2))) continue;
      whole = token;
      for (let part = next; line.slice(tokens[part]?.end ?? 0, tokens[part + 1]?.start ?? 0) === '-'; part++)
        rest.push(tokens[part + 1]?.key ?? '');
      break;
    }
    if (!whole) continue;
    // A short shared ending is enough when more of the compound follows ("Back|end-Entwicklung").
    const shortest = rest.length ? 3 : 4;
    for (let cut = 2; cut <= whole.key.length - shortest; cut++) {
      const glued = head.key + whole.key.slice(cut);
      const skill = (rest.length ? compoundSkillOf([glued, ...rest]) : null) ?? plainSkillOf([glued]);
      if (skill !== null) {
        found.push({ skill, start: head.start, end: head.end });
        break;
      }
    }
    rest = [];
  }
  return found;
}

/**
 * The second part of a German, Dutch or Scandinavian compound whose first part may be a skill:
 * "Simulationsumgebung", "Pythonkenntnisse", "SQL-ervaring" (a hyphen splits those already).
 */
const COMPOUND_HEAD =
  /^s?(?:kenntniss?e[n]?|erfahrung(?:en)?|umgebung(?:en)?|system(?:e|en)?|software|entwicklung|entwickler(?:in)?|prozesse?|kennis|ervaring|kunskap(?:er)?|erfarenhet|erfaring|kendskab|osaaminen|tools?|plattform(?:en)?|projekte?n?|programm(?:e|en)?|analysen?|technik|technologien?|umfeld|bereich|kompetenz(?:en)?|verfahren|lösungen|anwendung(?:en)?|modelle?|pipelines?|stack|frameworks?|werkzeuge|omgeving(?:en)?|ontwikkeling|ontwikkelaar|utveckling|utvecklare|udvikling|udvikler|miljö|miljø|kurse?|schulung(?:en)?|zertifi(?:kat|zierung)|certificering|certifiering|programmering|programmierung)$/;

/** A compound word that starts with a skill's one-word alias: "Simulationsumgebung" → Simulation. */
export function compoundPrefixSkill(token: Token): number | null {
  const key = token.key;
  if (key.length < 11 || !/^\p{L}+$/u.test(key)) return null;
  for (let cut = key.length - 4; cut >= 4; cut--) {
    if (!COMPOUND_HEAD.test(key.slice(cut))) continue;
    const skill = plainSkillOf([key.slice(0, cut)]);
    if (skill !== null) return skill;
  }
  return null;
}

/**
 * Polish and Czech case endings on a name ("z Grafaną i Prometheusem", "w Jirze", "Dockera"), and
 * Finnish ones ("Pythonista", "Jirassa", "Kubernetesin"), longest first.
 */
const SLAVIC_CASE = [
  'ista',
  'istä',
  'issa',
  'issä',
  'illa',
  'illä',
  'ille',
  'iem',
  'sta',
  'stä',
  'ssa',
  'ssä',
  'lla',
  'llä',
  'lle',
  'iin',
  'ksi',
  'owi',
  'em',
  'om',
  'ie',
  'ia',
  'in',
  'ou',
  'ą',
  'ę',
  'u',
  'a',
  'ä',
  'y',
  'e',
  'n',
];

/**
 * The skill of a name that is also an ordinary word, guarded only by its capital ("Swift", "Rust"):
 * written with that capital and a case ending glued on ("Swiftillä"), it is the name, as an ordinary
 * word would not take a Finnish or Polish ending.
 */
function capitalisedNameSkill(raw: string): number | null {
  const node = skillMatcher().root.next.get(raw.toLowerCase());
  const terminal = node?.terminals.find(
    ({ guard, raw: written }) =>
      guard?.caseSensitive &&
      !guard.notBefore &&
      !guard.notAfter &&
      !guard.lineContext &&
      written.length === 1 &&
      written[0] === raw,
  );
  return terminal?.skill ?? null;
}

/**
 * A product's name declined as Polish and Czech decline it ("Grafaną", "Prometheusem", "Kubernetesem"):
 * the name without its case ending, when that is a one-word unguarded alias written as a name.
 */
/** A Polish locative's softened stem back to its name in -a: "jirz" → "jira", "kafc" → "kafka". */
function softened(stem: string): string[] {
  if (stem.endsWith('rz')) return [`${stem.slice(0, -1)}a`];
  if (stem.endsWith('c')) return [`${stem.slice(0, -1)}ka`];
  return [];
}

export function declinedNameSkill(token: Token): number | null {
  if (!/^\p{Lu}/u.test(token.raw) || token.key.length < 5) return null;
  for (const ending of SLAVIC_CASE) {
    if (!token.key.endsWith(ending)) continue;
    const stem = token.key.slice(0, -ending.length);
    // A name in -a takes -y, -ie, -ę, -ą, -u in Polish and Czech, never a bare -e: "State" is not "Stata"; only
    // after the consonant it softens ("w Jirze", "w Kafce": Jira, Kafka).
    for (const name of ending === 'e' ? [stem, ...softened(stem)] : [stem, `${stem}a`]) {
      // "Gitin" (Finnish "of Git"): a three-letter name with a case ending of two letters or more.
      if (name.length < (ending.length >= 2 ? 3 : 4)) continue;
      // A name guarded by its capital only with a Finnish or Polish ending of three letters or more
      // ("Swiftillä"); a shorter one is German too ("Chefin", "Segmente").
      const skill =
        plainSkillOf([name]) ?? (ending.length >= 3 ? capitalisedNameSkill(token.raw.slice(0, name.length)) : null);
      const written = skill === null ? undefined : skillMatcher().skills[skill];
      // Names only: "Grafana", "Prometheus", not a common noun's other form.
      if (written?.aliases.some((alias) => alias.toLowerCase() === name && /^\p{Lu}/u.test(alias))) return skill;
    }
  }
  return null;
}
