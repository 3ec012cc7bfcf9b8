/**
 * A cause a batch of company pages on content systems (1405–1420) showed: a German page that addresses the reader
 * formally ("Das erwartet Sie", "Das bringen Sie mit", "Darauf können Sie sich freuen"), each list in a frame of its
 * own (TYPO3), lost its lists: the headings were known only in the informal form. Invented input.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { readDescription } from '@/utils/extract/generic/readability';

const frame = (heading: string, items: string[]) =>
  `<div class="frame frame-type-textmedia"><header class="frame-header"><h3>${heading}</h3></header>
  <div class="textmedia-text"><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul></div></div>`;

describe('formal German section headings', () => {
  it('gather the lists in their own frames into the description', () => {
    const x = extract(
      parseHTML(`<html lang="de"><head><title>Elektroniker (m/w/d) – Brandt Fördertechnik</title></head><body>
      <nav><a href="/">Startseite</a> <a href="/karriere/">Karriere</a></nav>
      <main><div class="frame"><h1>Elektroniker (m/w/d)</h1></div>
      <div class="frame frame-type-text"><p>Die Brandt Fördertechnik GmbH baut seit 1975 Förderanlagen für die Lebensmittelindustrie. Für unser Werk in Fulda suchen wir Verstärkung für die Instandhaltung.</p></div>
      ${frame('Das erwartet Sie', ['Wartung und Instandsetzung unserer Förderanlagen', 'Fehlersuche an Steuerungen und Antrieben'])}
      ${frame('Das bringen Sie mit', ['Abgeschlossene Ausbildung als Elektroniker für Betriebstechnik', 'Erfahrung mit Siemens S7'])}
      ${frame('Darauf können Sie sich freuen', ['30 Tage Urlaub', 'Betriebliche Altersvorsorge'])}
      <div class="frame frame-type-text"><h3>Interesse geweckt?</h3><p>Dann senden Sie uns Ihre Unterlagen an karriere@brandt.example.</p></div>
      </main><footer><p>© 2025 Brandt Fördertechnik GmbH</p></footer></body></html>`).document as unknown as Document,
      'https://brandt-foerdertechnik.example/karriere/elektroniker',
      { readability: readDescription },
    );
    expect(x.posting?.descriptionText).toContain('Erfahrung mit Siemens S7');
    expect(x.posting?.descriptionText).toContain('Fehlersuche an Steuerungen und Antrieben');
  });
});
