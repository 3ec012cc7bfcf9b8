/**
 * A short item that names something held, not done: a licence, a ticket, a certificate, a degree, a language with
 * its level. Such an item is a must-have under any heading, however few its words ("Permis B", "Fluent Dutch").
 */
import { CREDENTIAL_WORDS, IN_FORCE, LANGUAGE_LEVEL, LANGUAGE_NAMES } from './data/credentials';
import { anyOfTest } from './literal-gate';
import { countWords } from './patterns';

const CREDENTIAL = anyOfTest(CREDENTIAL_WORDS);
const IN_FORCE_WORD = new RegExp(IN_FORCE, 'i');
const LANGUAGE = new RegExp(LANGUAGE_NAMES, 'i');
const LEVEL = new RegExp(LANGUAGE_LEVEL, 'i');
/** A credential item names the credential and little else; a longer line is a sentence read by other rules. */
const CREDENTIAL_ITEM_MAX_WORDS = 5;

/** "Driving licence B", "Teaching qualification": an "-ing" word that names the credential, not a duty's verb. */
const ING_CREDENTIAL =
  /^(?:full |clean )?[a-z]+ing (?:licen[cs]es?|qualifications?|certificates?|permits?|degree|diploma|card|ticket)\b/i;

/** Whether an item opens with a credential named by an "-ing" word. */
export function ingCredential(text: string): boolean {
  return ING_CREDENTIAL.test(text);
}

/** Whether a short item names a credential the job asks for. */
export function namesCredential(text: string): boolean {
  if (countWords(text) > CREDENTIAL_ITEM_MAX_WORDS || /[.!?]\s/.test(text)) return false;
  return CREDENTIAL.test(text) || IN_FORCE_WORD.test(text) || (LANGUAGE.test(text) && LEVEL.test(text));
}
