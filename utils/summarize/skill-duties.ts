/**
 * Skills a line names as a duty, a verb and its object ("Process refunds" → Refund processing): the
 * index of duty verbs built with the matcher, and the reading of a line with it.
 */
import { DUTY_FUNCTION_WORDS, DUTY_VERBS, HEAD_FIRST_DUTY_VERBS } from './data/skills';
import { hasOwnGuard } from './skill-guards';
import type { Skill, SkillMatcher, SkillMention } from './skill-matcher';
import { tokenize, type Token } from './skill-tokens';

/** A skill a duty verb names together with its object: "process" + ["refund"] → Refund processing. */
export interface DutyObject {
  skill: number;
  object: readonly string[];
}

/**
 * The duty verbs of every skill named "<object> <duty noun>" in lower case ("refund processing",
 * "appointment scheduling"), unguarded: each verb form → the skills and their object words.
 */
export function dutyIndex(skills: readonly Skill[]): Map<string, DutyObject[]> {
  const index = new Map<string, DutyObject[]>();
  const verbsOf = new Map(Object.entries(DUTY_VERBS).map(([noun, verbs]) => [noun, verbs.split('|')]));
  skills.forEach((skill, at) => {
    if (skill.soft) return;
    const seen = new Set<string>();
    for (const alias of skill.aliases) {
      if (!verbsOf.has(alias.slice(alias.lastIndexOf(' ') + 1).toLowerCase())) continue;
      // Common nouns only: "Refund processing", not "SAP processing" or a guarded short name.
      if (alias.slice(1) !== alias.slice(1).toLowerCase() || hasOwnGuard(skill.name, alias)) continue;
      const words = alias.toLowerCase().split(/[\s-]+/);
      const noun = words.pop() ?? '';
      const verbs = verbsOf.get(noun);
      if (!verbs || !words.length || words.length > 3 || words.some((word) => !/^\p{L}{2,}$/u.test(word))) continue;
      const key = `${words.join(' ')} ${noun}`;
      if (seen.has(key) || /^(?:and|or|of|the|data)$/.test(words[0] ?? '')) continue;
      seen.add(key);
      for (const verb of verbs) {
        const list = index.get(verb) ?? [];
        list.push({ skill: at, object: words });
        index.set(verb, list);
      }
    }
    for (const alias of skill.aliases) {
      const headFirst = headFirstDuty(skill.name, alias);
      if (!headFirst || seen.has(headFirst.key)) continue;
      seen.add(headFirst.key);
      for (const verb of headFirst.verbs) {
        const list = index.get(verb) ?? [];
        list.push({ skill: at, object: headFirst.object });
        index.set(verb, list);
      }
    }
  });
  return index;
}

const headFirstVerbs: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(HEAD_FIRST_DUTY_VERBS).map(([noun, verbs]) => [noun, verbs.split('|')]),
);
const dutyFunctionWords: ReadonlySet<string> = new Set(DUTY_FUNCTION_WORDS.split('|'));

/**
 * The verbs and object of a Romance duty noun written before its object: "rédaction de contrats" →
 * rédiger + contrats, "gestión de proyectos" → gestionar + proyectos. Common nouns only, with a
 * preposition (or an elided one) between noun and object, so "gestion administrative" is no duty.
 */
function headFirstDuty(
  name: string,
  alias: string,
): { key: string; verbs: readonly string[]; object: readonly string[] } | null {
  const lower = alias.toLowerCase();
  const space = lower.indexOf(' ');
  const verbs = space > 0 ? headFirstVerbs.get(lower.slice(0, space)) : undefined;
  if (!verbs || alias.slice(1) !== lower.slice(1) || hasOwnGuard(name, alias)) return null;
  const words = tokenize(lower).map((token) => token.key);
  let from = 1;
  while (from < words.length && dutyFunctionWords.has(words[from] ?? '')) from++;
  const object = words.slice(from);
  const elided = /^\S+\s+[dl]['’]/.test(lower);
  if ((from === 1 && !elided) || !object.length || object.length > 2) return null;
  if (object.some((word) => !/^\p{L}{2,}$/u.test(word) || dutyFunctionWords.has(word))) return null;
  return { key: `${words[0]} ${object.join(' ')}`, verbs, object };
}

/** The company or a product as the subject of a duty verb. */
const DUTY_SUBJECT = /\b(?:we|our\s+\w+|which|that|it|they|company|platform)\s+(?:\w+\s+)?$/i;
const DUTY_CONJUNCTION = /^(?:and|or|und|oder|et|ou|y|o)$/;
const DUTY_DETERMINER = /\b(?:our|the|a|an|your|their|its|this|that)\s+$/i;

const DUTY_PREPOSITION = /\b(?:in|within|inside|into|of|from|for)\s+$/i;

/** How many words may stand between a duty verb and its object ("verify dental insurance eligibility"). */
const DUTY_REACH = 4;
/**
 * "Manage all office accounting tasks": an object followed by a noun or two and a word for tasks is a
 * modifier of those tasks, not what the verb acts on.
 */
const DUTY_OBJECT_MODIFIES =
  /^[ -](?:[\p{L}-]+ ){1,2}(?:tasks|duties|activities|functions|matters|tâches|tareas|taken|uppgifter|opgaver|oppgaver|compiti|tarefas)\b/iu;

/**
 * A word as its object noun, in either number: "parcels" → "parcel", "deliveries" → "delivery", "contrat"
 * → "contrats", Italian "contratto" → "contratti", "fattura" → "fatture".
 */
function sameNoun(word: string, noun: string): boolean {
  if (word === noun) return true;
  if (word === `${noun}s` || word === `${noun}es` || noun === `${word}s` || noun === `${word}es`) return true;
  if (noun.endsWith('y') && word === `${noun.slice(0, -1)}ies`) return true;
  const [shorter, longer] = word.length <= noun.length ? [word, noun] : [noun, word];
  return (
    shorter.length === longer.length &&
    shorter.length > 4 &&
    shorter.slice(0, -1) === longer.slice(0, -1) &&
    /[oaei]/.test(shorter.slice(-1)) &&
    /[ie]/.test(longer.slice(-1))
  );
}

/**
 * Skills a line names as a duty, a verb and its object: "Process refunds and reshipments" → Refund
 * processing, "Schedule and confirm appointments" → Appointment scheduling. The object follows within
 * a few words, in the same clause.
 */
export function dutyMentions(
  duties: SkillMatcher['duties'],
  tokens: readonly Token[],
  line: string,
  named: readonly SkillMention[],
): SkillMention[] {
  const found: SkillMention[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const verb = tokens[at];
    const objects = verb ? duties.get(verb.key) : undefined;
    if (!verb || !objects) continue;
    const before = line.slice(Math.max(0, verb.start - 24), verb.start);
    // "We process $2B in payments" tells what the company does, not the hire's duty; "report to the
    // maintenance manager" is a reporting line; "our forecasting pipeline", "capacity planning for
    // peak events": the -ing word is part of a noun, not a verb.
    if (DUTY_SUBJECT.test(before) || /^to$/i.test(tokens[at + 1]?.key ?? '')) continue;
    if (verb.key.endsWith('ing') && DUTY_DETERMINER.test(before)) continue;
    // "Work in clean rooms": after a preposition the word is an adjective or a noun, not the duty's verb.
    if (!verb.key.endsWith('ing') && DUTY_PREPOSITION.test(before)) continue;
    // A verb inside a longer name ("process improvement") is no duty's verb; a verb that is a name on its own
    // ("Install" beside lighting: electrical installation) still takes its objects ("… lighting": lighting installation).
    const inside = (mention: SkillMention): boolean =>
      mention.start <= verb.start && verb.end <= mention.end && mention.end - mention.start > verb.end - verb.start;
    if (named.some(inside)) continue;
    let matched = false;
    // Articles and prepositions take no part of the reach: "Rédiger et mettre à jour les contrats".
    let words = 0;
    for (let from = at + 1; from < tokens.length; from++) {
      if (!dutyFunctionWords.has(tokens[from]?.key ?? '') && ++words > DUTY_REACH + 1) break;
      // The clause ends at a sentence mark or a bracket; a conjunction ends it after an object ("managing
      // projects and programs"), not before one ("book, confirm and reschedule appointments").
      const gap = line.slice(tokens[from - 1]?.end ?? 0, tokens[from]?.start ?? 0);
      if (/[.;:!?()]/.test(gap)) break;
      // "You manage up and across, flagging risks": a participle after a comma opens a clause of its own
      // ("Install panels, lighting and …": an object of the verb is no participle).
      const word = tokens[from]?.key ?? '';
      if (gap.includes(',') && !verb.key.endsWith('ing') && word.endsWith('ing')) {
        if (!objects.some(({ object }) => object[0] === word)) break;
      }
      if (matched && DUTY_CONJUNCTION.test(tokens[from - 1]?.key ?? '')) break;
      for (const { skill, object } of objects) {
        if (found.some((mention) => mention.skill === skill)) continue;
        const matches = object.every((word, offset) => {
          const token = tokens[from + offset];
          if (!token) return false;
          if (offset > 0 && !/^[\s-]{1,2}$/.test(line.slice(tokens[from + offset - 1]?.end ?? 0, token.start)))
            return false;
          return offset === object.length - 1 ? sameNoun(token.key, word) : token.key === word;
        });
        const objectEnd = tokens[from + object.length - 1]?.end ?? 0;
        if (matches && !DUTY_OBJECT_MODIFIES.test(line.slice(objectEnd, objectEnd + 60))) {
          found.push({ skill, start: verb.start, end: tokens[from + object.length - 1]?.end ?? verb.end });
          matched = true;
        }
      }
    }
  }
  return found;
}
