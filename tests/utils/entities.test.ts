import { describe, expect, it } from 'vitest';
import { decodeEntities } from '@/utils/text/entities';

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references', () => {
    expect(decodeEntities('Fish &amp; Chips &ndash; &#163;12 &#x20AC;5&nbsp;/h')).toBe('Fish & Chips – £12 €5 /h');
  });
  it('composes every letter-and-accent name, not only a listed few', () => {
    expect(decodeEntities('Caf&eacute; M&Uuml;LLER Gar&ccedil;on &Aring;s S&atilde;o &Ecirc;tre na&iuml;ve')).toBe(
      'Café MÜLLER Garçon Ås São Être naïve',
    );
  });
  it('leaves unknown names, and accent names with no such letter, as they are', () => {
    expect(decodeEntities('&foo; &xacute; &acute; AT&T')).toBe('&foo; &xacute; &acute; AT&T');
  });
  it('drops an invalid number', () => {
    expect(decodeEntities('a&#xD800;b&#0;c')).toBe('abc');
  });
});
