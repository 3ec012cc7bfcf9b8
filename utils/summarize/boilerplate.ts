import { BOILERPLATE_SENTENCE_PATTERNS, CHROME_LINE_PATTERNS } from './data/boilerplate';
import { splitSentences } from './patterns';
import { anyOfTest } from './literal-gate';
import { MONEY_MENTION as MONEY } from '../money/find';

const BOILERPLATE_SENTENCE = anyOfTest(BOILERPLATE_SENTENCE_PATTERNS);
// A pattern that holds only at a sentence's start ("^to apply") also starts a later sentence of a line
// ("… or hold a valid NZ work visa. To apply, hit Quick apply …"): the line is then split and read sentence by sentence.
const LATER_SENTENCE = anyOfTest(
  BOILERPLATE_SENTENCE_PATTERNS.filter((source) => source.startsWith('^')).map(
    (source) => `[.!?]["”’)]?\\s+${source.slice(1)}`,
  ),
);
const CHROME_LINE = anyOfTest(CHROME_LINE_PATTERNS, { whole: true });

/** Site chrome such as "Apply now", "Save this job", "Similar jobs". */
export function isChromeLine(line: string): boolean {
  return CHROME_LINE.test(line.trim().replace(/[.!:]+$/, ''));
}

/** A legal or process sentence: EEO, accommodation, privacy, pay-transparency prose. */
export function isBoilerplateSentence(sentence: string): boolean {
  if (!BOILERPLATE_SENTENCE.test(sentence)) return false;
  // The salary itself stays even when it sits in pay-transparency prose.
  return !MONEY.test(sentence);
}

/**
 * A job board's labels copied with the text and glued to it: the details block before "Full job description"
 * ("Job details Pay $42 - $51 an hour Job type Full-time …") and the insights after the posting ("… Hiring Insights
 * Job activity Posted 3 days ago … Report job"). Written as the board's title-case labels, so prose keeps its words.
 */
const GLUED_CHROME_HEAD = /^.{0,400}?\bFull job description\s+(?=\S)/;
const GLUED_CHROME_TAIL = /\s(?:Hiring [Ii]nsights|Job activity|Employer responded to|Report (?:this )?job)\b.{0,240}$/;

export function withoutGluedChrome(line: string): { lines: string[]; chrome: string[] } {
  const chrome: string[] = [];
  const lines: string[] = [];
  let rest = line;
  const head = GLUED_CHROME_HEAD.exec(rest);
  if (head) {
    // The details block's pay is the job's pay ("Pay $42 - $51 an hour"): it stays, as a line of its own.
    (MONEY.test(head[0]) ? lines : chrome).push(head[0].replace(/\s*\bFull job description\s+$/, '').trim());
    rest = rest.slice(head[0].length);
  }
  const tail = GLUED_CHROME_TAIL.exec(rest);
  if (tail) {
    chrome.push(tail[0].trim());
    rest = rest.slice(0, tail.index);
  }
  if (rest.trim()) lines.push(rest.trim());
  return { lines, chrome };
}

export interface CleanedLine {
  /** The line without its boilerplate sentences; empty when nothing was left. */
  kept: string;
  removed: string[];
}

const SAFEGUARDING = /safeguard|child[- ]safe|welfare of (?:children|young people|vulnerable)/i;
const BACKGROUND_CHECK =
  /\b(?:DBS|PVG|Garda vetting|background (?:check|screening)|criminal record check|F[üu]hrungszeugnis|VOG|casier judiciaire|antecedentes penales)\b/i;

/**
 * Removes boilerplate sentences from one line of the description. `needed` says which other sentences
 * are the job's own whatever legal text sits beside them ("Een VOG is vereist …" before "no agencies").
 */
export function removeBoilerplate(line: string, needed: (sentence: string) => boolean = () => false): CleanedLine {
  if (isChromeLine(line)) return { kept: '', removed: [line] };
  if (!BOILERPLATE_SENTENCE.test(line) && !LATER_SENTENCE.test(line)) return { kept: line, removed: [] };
  const kept: string[] = [];
  const removed: string[] = [];
  const sentences = splitSentences(line);
  for (const sentence of sentences) {
    // The background check that ends a safeguarding statement ("… committed to safeguarding … . The successful
    // applicant will be required to undertake an enhanced DBS check.") is part of it.
    const checkAfterSafeguarding =
      BACKGROUND_CHECK.test(sentence) && SAFEGUARDING.test(removed[removed.length - 1] ?? '');
    if (checkAfterSafeguarding || isBoilerplateSentence(sentence)) removed.push(sentence);
    else kept.push(sentence);
  }
  // A paragraph that is mostly legal text is legal text: its other sentences go with it.
  if (removed.length * 2 >= sentences.length && !kept.some((sentence) => MONEY.test(sentence) || needed(sentence))) {
    return { kept: '', removed: sentences };
  }
  return { kept: kept.join(' '), removed };
}
