/**
 * Whether a short line names one of a posting's sections ("Responsibilities", "Ihr Profil", "Perks"):
 * the wider vocabulary the reader's side can carry (the capture script's own test knows fewer names).
 * The description finder counts these headings; the finishing steps join sibling blocks they open.
 */
import { MORE_JOB_HEADINGS } from '../data/detect-words';
import { MORE_SECTION_HEADINGS } from '../data/section-headings';
import { JOB_SECTION_HEADINGS } from '../data/vocabulary';

export const SECTION_HEADING = {
  test: (text: string): boolean =>
    text.length < 80 &&
    (JOB_SECTION_HEADINGS.test(text) || MORE_JOB_HEADINGS.test(text) || MORE_SECTION_HEADINGS.test(text.trim())),
};
