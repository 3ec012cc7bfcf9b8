/**
 * The ways postings in German, French, Spanish, Dutch, Italian, Portuguese, Swedish, Danish and Polish
 * (and some English variants) write the taxonomy's common, general skills: nouns, duties written as
 * verb phrases, compounds and inflected forms. `I18N_ALIASES` maps each alias to an existing
 * canonical name; `I18N_GUARDS` keeps the words that mean something else outside their field from
 * counting there (same format as `COVERAGE_GUARDS`).
 */
import type { SkillGuard } from './skills';

export const I18N_GUARDS: Readonly<Record<string, SkillGuard>> = {};

export const I18N_ALIASES: Readonly<Record<string, string>> = {};
