/** Readability on a subtree (issue 10, part 4): only the main content is read, in a copy. */
import { it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { readDescription } from '../../utils/extract/generic/readability';
it('subtree readability', () => {
  const { document } = parseHTML(
    `<html><head><title>T</title></head><body><nav>menu</nav><main><h1>Role</h1><p>${'We build bridges and roads for the city of Springfield, with care. '.repeat(12)}</p><p>${'You will design and inspect structures every day in the field. '.repeat(10)}</p></main></body></html>`,
  );
  const main = document.querySelector('main')!;
  const r = readDescription(document as unknown as Document, main as unknown as Element);
  expect(r?.text ?? '').toContain('bridges');
  expect(r?.text ?? '').not.toContain('menu');
  // The live page is untouched.
  expect(document.querySelector('nav')?.textContent).toBe('menu');
});
