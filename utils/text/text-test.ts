/** What a word-list matcher offers its callers: the one method they use. */
export interface TextTest {
  test(text: string): boolean;
}

/** A lower-case expression read as if it had the `i` flag: `caseless`. */
export interface Caseless extends TextTest {
  readonly expression: RegExp;
}

/**
 * A lower-case expression (flag `u`, no `i`) tested on lower-cased text: what it finds with `i`.
 * For the long word lists the page's scripts test: each click compiles them afresh in the page, and
 * V8 compiles a list several times slower with `i` and `u` together (in Chromium, ROLE_TITLE took
 * 36 ms with both, 2 ms without `i`). Lower case folds as `i` does for every letter these lists hold.
 */
export function caseless(expression: RegExp): Caseless {
  return { expression, test: (text) => expression.test(foldCase(text)) };
}

/**
 * `caseless` behind a gate of plain words (no letter classes, cheap to compile): on most texts the gate fails and the
 * expression is never compiled in the page.
 */
export function gatedCaseless(gate: RegExp, expression: RegExp): Caseless {
  return {
    expression,
    test: (text) => {
      const folded = foldCase(text);
      return gate.test(folded) && expression.test(folded);
    },
  };
}

/**
 * Lower case with every index kept, for lower-case expressions that slice the text by their matches:
 * "İ" (U+0130) is the one letter whose lower case is two characters; it becomes "i".
 */
export function foldCase(text: string): string {
  return (text.includes('\u0130') ? text.replace(/\u0130/g, 'i') : text).toLowerCase();
}
