/** Page signals for detection: apply controls, application forms, section headings, role titles, list titles. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageSignals } from '../../utils/extract/signals';

const page = (body: string, title = '') =>
  parseHTML(`<html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('readPageSignals', () => {
  it('finds apply controls in several languages, and not "Apply filters"', () => {
    for (const text of [
      'Apply for this role',
      'Jetzt online bewerben',
      'Postuler',
      'Solliciteer direct',
      'Submit application',
      "I'm interested",
    ]) {
      expect(readPageSignals(page(`<a href="/x">${text}</a>`), 'Nurse', null).applyFound, text).toBe(true);
    }
    expect(
      readPageSignals(page('<button>Apply filters and search again now please</button>'), 'Nurse', null).applyFound,
    ).toBe(false);
    expect(readPageSignals(page('<a href="/x">Read more</a>'), 'Nurse', null).applyFound).toBe(false);
  });

  it('an application form asks for a CV; a newsletter or contact form does not count', () => {
    expect(
      readPageSignals(
        page('<form><input type="email" name="email"><input type="file" name="resume"></form>'),
        'x',
        null,
      ).applyForm,
    ).toBe(true);
    expect(
      readPageSignals(page('<form><label>Lebenslauf <input type="file" name="doc1"></label></form>'), 'x', null)
        .applyForm,
    ).toBe(true);
    expect(
      readPageSignals(page('<form><input type="email" name="email"><button>Subscribe</button></form>'), 'x', null)
        .applyForm,
    ).toBe(false);
    expect(
      readPageSignals(
        page('<form><input name="name"><input type="email" name="email"><textarea name="message"></textarea></form>'),
        'x',
        null,
      ).applyForm,
    ).toBe(false);
  });

  it('counts job ad section headings in several languages', () => {
    const body =
      '<h2>Vos missions</h2><h2>Votre profil</h2><h3>Wat wij bieden</h3><p><strong>Person specification</strong></p><h2>Latest news</h2>';
    expect(readPageSignals(page(body), 'x', null).jobHeadings).toBe(4);
  });

  it('tells role titles from other titles', () => {
    for (const t of [
      'Senior Data Engineer',
      'Bauleiter (m/w/d) Tiefbau',
      'Développeur web (H/F)',
      'Planner Binnenvaart',
      'Line Cook',
      'Research Fellow in Coastal Hydrodynamics',
    ]) {
      expect(readPageSignals(page(''), t, null).roleTitle, t).toBe(true);
    }
    for (const t of [
      'Que contient la loi sur le renseignement ?',
      'Our first year in Aberdeen',
      'Careers at Quayside Robotics',
    ]) {
      expect(readPageSignals(page(''), t, null).roleTitle, t).toBe(false);
    }
  });

  it('a list title is judged on the heading and the first part of the page title', () => {
    const h1 = (text: string, title: string) => {
      const doc = page(`<h1>${text}</h1>`, title);
      return readPageSignals(doc, text, doc.querySelector('h1')).listTitle;
    };
    expect(h1('87 warehouse jobs in Leeds', 'Warehouse jobs in Leeds | Yorkjobs')).toBe(true);
    expect(h1('Research Fellow', 'Research Fellow - Jobs at Northgate University')).toBe(false);
  });
});
