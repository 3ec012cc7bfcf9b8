/**
 * Words a second blind batch's tuned texts (486–505) showed the taxonomy lacked: purchasing, safety,
 * earthworks, gardening and data science in the Romance languages and Polish, English phrasings written
 * verb first, and words that only look like skills (the employer hiring, "packing down" signs, "Controlling
 * vehicles", colleagues one works beside). Each line is written for its test.
 */
import { describe, expect, it } from 'vitest';
import { skillsIn } from './skills-in';

describe('skills written in the words of other languages and trades', () => {
  it.each([
    ['Emitir pedidos de compra e acompanhar as entregas', 'Purchase orders'],
    ['Seguimiento de las órdenes de compra con los proveedores', 'Purchase orders'],
    ['Avaliação de fornecedores a cada trimestre', 'Supplier management'],
    ['Homologação de fornecedores de fundidos', 'Supplier quality'],
    ['Gerir contratos de manutenção com terceiros', 'Contract management'],
    ['Apoio aos processos de importação de peças', 'Import/export'],
    ['Controle de custos do setor de manutenção', 'Cost control'],
    ['Cinco anos na área de compras de uma montadora', 'Procurement'],
    ['Realizar evaluaciones de riesgos de los puestos de oficina', 'Risk assessment'],
    ['Análisis de causa raíz de las averías repetidas', 'Root cause analysis'],
    ['Investigate accidents and near misses on the quay', 'Incident reporting'],
    ['Investigación de incidentes con la mutua', 'Incident reporting'],
    ['Consignación de máquinas antes de cada limpieza', 'Lockout/tagout'],
    ['Impartir formación de acogida a las nuevas incorporaciones', 'Staff training'],
    ['Coordinate contractors working on the roof', 'Subcontractor management'],
    ['Koordination von Fremdfirmen bei Stillständen', 'Subcontractor management'],
    ['Prace ziemne i zasypywanie wykopów', 'Earthworks'],
    ['Wykonywanie odwodnienia placu budowy', 'Drainage'],
    ['Codzienna obsługa techniczna maszyny', 'Machine maintenance'],
    ['Mantenimiento de la maquinaria del vivero', 'Machine maintenance'],
    ['Abonado de los parterres en primavera', 'Fertilisation'],
    ['Concimazione dei prati e delle aiuole', 'Fertilisation'],
    ['Carné de aplicador de productos fitosanitarios', 'Plant protection certificate'],
    ['Vorbereitung der Fahrzeuge auf die Hauptuntersuchung', 'Vehicle inspection'],
    ['Klimaservice an PKW und Transportern', 'Refrigerant handling'],
    ['Gérer les rendez-vous et l’accueil au cabinet', 'Appointment scheduling'],
    ['Accueillir la clientèle en boutique', 'Customer service'],
    ['Look after the campus wireless network', 'Wi-Fi'],
    ['Plan network segmentation for the plant floor', 'Network security'],
    ['Draft tenancy agreements and renewals', 'Tenancy management'],
    ['Good knowledge of lettings legislation', 'Housing law'],
    ['Gather requirements from the finance team', 'Requirements gathering'],
    ['Aufnahme von Anforderungen mit den Fachbereichen', 'Requirements gathering'],
    ['Work in two-week sprints with a small team', 'Agile'],
    ['Datenmodelle im Sternschema', 'Dimensional modeling'],
    ['Esperienza con modelli di apprendimento automatico', 'Machine learning'],
    ['Laurea in Statistica o Economia', 'Statistics'],
    ['Progettare test A/B sulle newsletter', 'A/B testing'],
    ['Canvassing for new landlords by phone', 'Cold calling'],
  ])('"%s" → %s', (item, skill) => {
    expect(skillsIn(item)).toContain(skill);
  });
});

describe('words that only look like skills', () => {
  it.each([
    ['Harlow Transport are recruiting night shunters for Tilbury', 'Recruiting'],
    ['Setting up and packing down barriers at events', 'Packing'],
    ['Controlling vehicles with a stop/slow bat', 'Management accounting'],
    ['Pubblicare i modelli insieme ai data engineer del team', 'Data engineering'],
    ['Trabajar junto con los data scientists de la planta', 'Data science'],
  ])('"%s" is not %s', (item, skill) => {
    expect(skillsIn(item)).not.toContain(skill);
  });

  it('still reads the skills when they are the job', () => {
    expect(skillsIn('Recruiting and onboarding seasonal pickers')).toContain('Recruiting');
    expect(skillsIn('Packing customer orders for courier collection')).toContain('Packing');
    expect(skillsIn('Erfahrung im Controlling eines Mittelständlers')).toContain('Management accounting');
    expect(skillsIn('Two years as a data scientist in retail')).toContain('Data science');
  });
});

describe('point-of-sale material', () => {
  it('is print a designer makes, not a till', () => {
    expect(skillsIn('Design packaging and point-of-sale material')).not.toContain('POS systems');
    expect(skillsIn('Create POS displays for the stores')).not.toContain('POS systems');
    expect(skillsIn('Use the POS system at the counter')).toContain('POS systems');
    expect(skillsIn('Till and POS experience')).toContain('POS systems');
  });
});
