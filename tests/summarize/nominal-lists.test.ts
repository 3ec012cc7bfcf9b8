/**
 * Lists that lost their bullets in German, French and the other Romance languages (aggregator copies): German duties
 * written as nouns in "-ung" with their object, German must-haves opened by an adjective or after "Ausbildung"/"von
 * Vorteil", a years-first French must-have inside a duties list, and Spanish, Portuguese and Italian duties opened by a
 * capitalised infinitive or action noun. One short invented input each.
 */
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../utils/summarize/sections';

const split = (html: string) => splitSections(html, '', null);

describe('German items run together', () => {
  it('splits duties written as nouns in "-ung" or "-ion" when the line opens with one', () => {
    const sections = split(
      '<h3>Ihre Aufgaben</h3><p>Disposition unserer Fahrzeuge per Telematik Erstellung von Tourenplänen für drei Depots Klärung von Lieferabweichungen mit den Kunden</p>',
    );
    expect(sections.responsibilities).toEqual([
      'Disposition unserer Fahrzeuge per Telematik',
      'Erstellung von Tourenplänen für drei Depots',
      'Klärung von Lieferabweichungen mit den Kunden',
    ]);
  });

  it('leaves such a noun inside a sentence, or after "sowie", alone', () => {
    const sentence =
      'Sie wirken bei der Planung der Touren mit und übernehmen die Erstellung von Angeboten im Bereich Planung der Lager';
    expect(split(`<h3>Ihre Aufgaben</h3><p>${sentence}</p>`).responsibilities).toEqual([sentence]);
    const list = 'Planung und Steuerung der Projekte in Abstimmung mit der Leitung sowie Erstellung von Berichten';
    expect(split(`<h3>Ihre Aufgaben</h3><p>${list}</p>`).responsibilities).toEqual([list]);
  });

  it('opens a must-have at a capitalised adjective and after a qualification', () => {
    const sections = split(
      '<h3>Ihr Profil</h3><p>Abgeschlossene kaufmännische Ausbildung Erfahrung im Einkauf von Vorteil Sicherer Umgang mit Microsoft Dynamics</p>',
    );
    expect(sections.requirements).toContain('Sicherer Umgang mit Microsoft Dynamics');
    expect(sections.preferred).toEqual(['Erfahrung im Einkauf von Vorteil']);
  });
});

describe('a French must-have written years first in a duties list', () => {
  it('moves "N ans d’expérience …" to the must-haves', () => {
    const sections = split(
      "<h3>Vos missions</h3><ul><li>Préparer les commandes clients</li><li>Gérer les retours fournisseurs</li><li>2 ans d'expérience minimum en entrepôt</li><li>Maîtrise du CACES 1</li></ul>",
    );
    expect(sections.responsibilities).toEqual(['Préparer les commandes clients', 'Gérer les retours fournisseurs']);
    expect(sections.requirements).toEqual(["2 ans d'expérience minimum en entrepôt", 'Maîtrise du CACES 1']);
  });
});

describe('Spanish, Portuguese and Italian items run together', () => {
  it('splits at a capitalised infinitive or action noun after a lower-case word', () => {
    const sections = split(
      '<h3>Atividades</h3><p>Organizar a agenda dos médicos Confirmar consultas por telefone Preparação de relatórios mensais para a direção</p>',
    );
    expect(sections.responsibilities).toEqual([
      'Organizar a agenda dos médicos',
      'Confirmar consultas por telefone',
      'Preparação de relatórios mensais para a direção',
    ]);
  });

  it('leaves a capitalised noun after an article, a preposition or a possessive inside its sentence', () => {
    const one = 'Apoyar a nuestro Departamento de Administración en la Gestión de proveedores y del almacén';
    expect(split(`<h3>Funciones</h3><p>${one}</p>`).responsibilities).toEqual([one]);
  });
});
