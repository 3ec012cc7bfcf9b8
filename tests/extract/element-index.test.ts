/**
 * The element index answers whole-document and element-scoped queries during a run: it must give exactly the
 * elements, in the order, the engine's querySelectorAll gives, and leave what it does not
 * understand to the engine. (staged-run.test.ts checks whole extractions with and without it.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { all, first, setIndexedQuery } from '@/utils/extract/dom';
import { withElementIndex } from '@/utils/extract/element-index';

const PAGES = join(__dirname, '..', 'fixtures', 'pages');
const files = readdirSync(PAGES)
  .filter((file) => /^\d{3,4}-.*\.html$/.test(file))
  .sort();

const SELECTORS = [
  'h1',
  'h2, h3, h4, strong, b, dt',
  'a[href], button, input[type="submit"], [role="button"]',
  'meta',
  '[itemtype]',
  '[itemtype*="JobPosting"]',
  'script[type*="ld+json"]',
  'link[rel="canonical"]',
  'h2, h3, [class*="title" i]',
  'footer, [class*="footer" i], [id*="footer" i], [class*="copyright" i]',
  'header img[alt], [id*="header" i] img[alt], [class*="logo" i] img[alt], a[href="/"] img[alt]',
  'main, [role="main"], article',
  'ul > li',
  'div p',
  'body > div > div',
  '[data-testid]',
  '[data-automation^="job"]',
  '[class$="title"]',
  '[class~="title"]',
  'section h2, article h3',
  '.job-title, #job-title',
  'h1, h2, h3, title',
  'span[style*="bold" i], span[style*="font-weight" i], div, p',
  '[class*="LOGO" i], [class*="logo"], [class^="Job" i]',
];

function native(document: Document, selector: string): Element[] {
  return Array.from(document.querySelectorAll(selector)).slice(0, 500);
}

describe('the element index', () => {
  it('gives the engine’s elements in document order on every saved page', () => {
    let compared = 0;
    for (const file of files) {
      const { document } = parseHTML(readFileSync(join(PAGES, file), 'utf8')) as unknown as { document: Document };
      withElementIndex(document, () => {
        for (const selector of SELECTORS) {
          const every = native(document, selector);
          for (const cap of [1, 5, 500]) {
            const got = all(document, selector, cap);
            const want = every.slice(0, cap);
            if (got.length !== want.length || got.some((el, i) => el !== want[i]))
              expect.fail(`${file}: "${selector}" (cap ${cap}) gave ${got.length}, the engine ${want.length}`);
            compared++;
          }
          expect(first(document, selector)).toBe(every[0] ?? null);
        }
      });
    }
    expect(compared).toBe(files.length * SELECTORS.length * 3);
  }, 120_000);

  it('answers simple selectors itself and leaves the others to the engine', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><ul class="a"><li class="x">1</li><li>2</li></ul><p title="Big deal">t</p></body></html>',
    ) as unknown as { document: Document };
    const seen: Array<[string, boolean]> = [];
    withElementIndex(document, () => {
      const indexed = setIndexedQuery(() => undefined);
      setIndexedQuery((scope, selector, cap) => {
        const answer = indexed(scope, selector, cap);
        seen.push([selector, answer !== undefined]);
        return answer;
      });
      expect(all(document, 'ul.a > li').length).toBe(2);
      expect(all(document, 'li:first-child').length).toBe(1);
      expect(all(document, 'li + li').length).toBe(1);
      expect(all(document, 'p[title="Big deal"]').length).toBe(1);
      expect(all(document, '[lang="en"]').length).toBe(0);
      expect(all(document, 'li.x').length).toBe(1);
      // An invalid selector is the engine's to refuse: no elements, no throw.
      expect(all(document, 'li[').length).toBe(0);
      setIndexedQuery(indexed);
    });
    expect(seen).toEqual([
      ['ul.a > li', true],
      ['li:first-child', false],
      ['li + li', false],
      ['p[title="Big deal"]', false],
      ['[lang="en"]', false],
      ['li.x', true],
      ['li[', false],
    ]);
  });

  it('is open only during the run, and answers queries scoped to an element of the page', () => {
    const { document } = parseHTML('<html><body><div><h2>a</h2></div><h2>b</h2></body></html>') as unknown as {
      document: Document;
    };
    const div = document.querySelector('div')!;
    let query: ReturnType<typeof setIndexedQuery> = () => undefined;
    withElementIndex(document, () => {
      query = setIndexedQuery(() => undefined);
      setIndexedQuery(query);
      expect(query(document, 'h2', 500)?.length).toBe(2);
      expect(query(div, 'h2', 500)).toEqual([document.querySelector('h2')]);
      expect(query(div, 'body h2', 500)?.length).toBe(1);
      expect(all(div, 'h2').length).toBe(1);
    });
    // After the run the same query no longer answers for the page, and dom.ts asks the engine again.
    expect(query(document, 'h2', 500)).toBeUndefined();
    expect(query(div, 'h2', 500)).toBeUndefined();
    const outside = setIndexedQuery(() => undefined);
    setIndexedQuery(outside);
    expect(outside(document, 'h2', 500)).toBeUndefined();
    expect(all(document, 'h2').length).toBe(2);
  });

  it('gives the engine’s elements for queries scoped to elements, on every saved page', () => {
    let compared = 0;
    for (const file of files) {
      const { document } = parseHTML(readFileSync(join(PAGES, file), 'utf8')) as unknown as { document: Document };
      const every = Array.from(document.querySelectorAll('*'));
      // The body, and a spread of elements from the outermost to the innermost.
      const scopes = [document.body, ...every.filter((_, i) => i % 37 === 5)].filter(Boolean) as Element[];
      withElementIndex(document, () => {
        for (const scope of scopes) {
          for (const selector of SELECTORS) {
            const want = Array.from(scope.querySelectorAll(selector)).slice(0, 500);
            const got = all(scope, selector, 500);
            if (got.length !== want.length || got.some((el, i) => el !== want[i]))
              expect.fail(
                `${file}: "${selector}" in <${scope.localName}> gave ${got.length}, the engine ${want.length}`,
              );
            expect(first(scope, selector)).toBe(want[0] ?? null);
            compared++;
          }
        }
      });
    }
    expect(compared).toBeGreaterThan(files.length * SELECTORS.length);
  }, 240_000);

  it('walks the elements as the engine lists them: not into a template, and past every root-level element', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><template><div class="x"><p>in</p></div></template><div class="x"><p>out</p></div>' +
        '<section><div class="x"></div></section></body></html><div class="x">after</div>',
    ) as unknown as { document: Document };
    withElementIndex(document, () => {
      for (const selector of ['div', '.x', 'p', 'body div', 'html', 'section > div.x']) {
        const want = Array.from(document.querySelectorAll(selector));
        const got = all(document, selector);
        expect(got.length, selector).toBe(want.length);
        got.forEach((el, i) => expect(el, selector).toBe(want[i]));
      }
    });
  });
});
