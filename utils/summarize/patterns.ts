/** Compiles a data table of regular expression sources into one alternation, once. */
export function anyOf(sources: readonly string[], options: { whole?: boolean; flags?: string } = {}): RegExp {
  const body = sources.map((source) => `(?:${source})`).join('|');
  return new RegExp(options.whole ? `^(?:${body})$` : body, options.flags ?? 'i');
}

/** A money amount: "$176,000", "€39.000", "USD 116K", "39.000 €", "£50k" (one home: utils/money). */

/** Splits prose into sentences; keeps abbreviations like "e.g." and "B.Sc." together. */
export function splitSentences(text: string): string[] {
  const parts = text.split(/(?<=[.!?])\s+(?=["“(]?[A-ZÄÖÜÉÀ0-9])/);
  const sentences: string[] = [];
  for (const part of parts) {
    const previous = sentences[sentences.length - 1];
    if (
      previous !== undefined &&
      /\b(?:e\.g|i\.e|etc|vs|approx|incl|Inc|Ltd|Co|Dr|Mr|Ms|Mrs|St|No|B\.Sc|M\.Sc|U\.S|[A-Z])\.$/.test(previous)
    ) {
      sentences[sentences.length - 1] = `${previous} ${part}`;
    } else {
      sentences.push(part);
    }
  }
  return sentences.map((sentence) => sentence.trim()).filter(Boolean);
}

/** Abbreviations a sentence goes on after ("… zzgl. Bonus", "… inkl. Pension"), as a pattern without their period. */
export const ABBREVIATIONS = String.raw`zzgl|inkl|ca|bzw|usw|evtl|ggf|etc|incl|approx|e\.g|i\.e|vs|u\.a|bl\.a|f\.eks|ecc|p\.ex|nr|resp|esp|z\. ?B`;

/** A legal-form suffix after a company's name: "Kiezkasse GmbH", "Acme, Inc.". */
export const LEGAL_SUFFIX =
  /[\s,]+(?:GmbH|AG|SE|Inc\.?|LLC|Ltd\.?|Limited|Corp\.?|Co\.?|S\.?A\.?S?|B\.?V\.?|N\.?V\.?|plc|KG|ApS|A\/S|ASA|AS|AB|Oyj?|S\.?r\.?l\.?|S\.?p\.?A\.?|Ltda\.?|Sp\. z o\.o\.)$/i;
