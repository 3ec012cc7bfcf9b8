/**
 * The modules the capture script shares with the scripts injected after it in the same click (the
 * generic reader's, the finishing steps', Readability's). Content scripts are separate bundles, so
 * each would carry its own copy of what it imports; instead the capture script puts these modules
 * in the extension's isolated world (one global object for all of an extension's content scripts
 * in a frame; the page cannot reach it), and the build turns the later scripts' imports of these
 * files into reads of that table (`scripts/shared-modules.ts`). One copy of each: smaller scripts,
 * and what the capture run compiled (regular expressions, the money vocabulary) is not built again.
 * A key is the file's path from `utils/` (short: the capture script carries the keys);
 * `tests/extract/shared-modules.test.ts` checks it.
 * A module is shared whole (its namespace) or only by the exports the capture steps use (a list
 * of names): the capture script then carries only those, and a later script bundles its own copy
 * of the others (e.g. `shownPosting`, which only the finishing steps call). A file with state the
 * scripts must share (`dom.ts`'s indexed query) stays whole.
 */
import * as dates from './data/dates';
import * as dataPlaces from './data/places';
import * as descriptionBlocks from './generic/description-blocks';
import { PLACE_WORD, isKnownPlace, isPlace } from './generic/places';
import * as dom from './dom';
import {
  clean,
  cleanCompany,
  cleanLocation,
  cleanText,
  cleanTitle,
  formatAddress,
  monthNumber,
  normalizeEmploymentType,
  parseDate,
  parseRelativeDate,
  recentDate,
  splitLocations,
  uniqueLocations,
  workModeFromText,
} from './normalize';
import * as steps from './steps';
import * as lexicon from '../money/lexicon';
import * as parse from '../money/parse';
import * as words from '../money/words';
import { employmentTypeValues, isEmploymentType } from '../posting-values';
import * as entities from '../text/entities';

export const SHARED_MODULES: Readonly<Record<string, object>> = {
  'extract/data/dates.ts': dates,
  'extract/data/places.ts': dataPlaces,
  'extract/generic/description-blocks.ts': descriptionBlocks,
  'extract/generic/places.ts': { PLACE_WORD, isKnownPlace, isPlace },
  'extract/dom.ts': dom,
  'extract/normalize.ts': {
    clean,
    cleanCompany,
    cleanLocation,
    cleanText,
    cleanTitle,
    formatAddress,
    monthNumber,
    normalizeEmploymentType,
    parseDate,
    parseRelativeDate,
    recentDate,
    splitLocations,
    uniqueLocations,
    workModeFromText,
  },
  'extract/steps.ts': steps,
  'money/lexicon.ts': lexicon,
  'money/parse.ts': parse,
  'money/words.ts': words,
  'posting-values.ts': { employmentTypeValues, isEmploymentType },
  'text/entities.ts': entities,
};

/** Where the table lives in the isolated world (the later scripts' reads use the same key). */
export const SHARED_MODULES_KEY = Symbol.for('jobshelf.sharedModules');

/** Puts the table where the scripts injected after this one in the frame find it. */
export function shareModules(): void {
  (globalThis as { [SHARED_MODULES_KEY]?: typeof SHARED_MODULES })[SHARED_MODULES_KEY] = SHARED_MODULES;
}
