/**
 * The generic reader as one value: what a person reads on a page without structured data or a site
 * rule (labelled values, telling attributes, the header line, title patterns, the page's own name,
 * the description container). The steps reach it only through `options.reader`, so the capture
 * script, which does not bundle it, stays small: the page asks for it (`needs: 'reader'`) and the
 * background injects the reader script that has it.
 */
import { BOARD_HOST_WORDS } from '../data/ats-hosts';
import { readAttributes } from './attributes';
import { companyFromPage } from './company-from-page';
import { findDescriptionElement } from './description';
import { fullerName, isJobBoardDomain } from './full-name';
import { employerBeforeAddress } from './street';
import { readHeaderLine } from './header-line';
import { readLabelled } from './labelled';
import { scanPage } from './page-scan';
import { parseTitle, roleSecond } from './title-patterns';

export const genericReader = {
  scanPage,
  readLabelled,
  readAttributes,
  readHeaderLine,
  parseTitle,
  roleSecond,
  boardHostWords: BOARD_HOST_WORDS,
  companyFromPage,
  findDescriptionElement,
  fullerName,
  employerBeforeAddress,
  isJobBoardDomain,
};

export type GenericReader = typeof genericReader;
