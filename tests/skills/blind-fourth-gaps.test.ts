/**
 * What the fourth and fifth blind batches' tuned texts (526–565) showed: skills written as a verb or in the plural that
 * were missed, and words that name a skill only in its context. One short invented line each.
 */
import { describe, expect, it } from 'vitest';
import { skillsIn } from './skills-in';

describe('skills written another way', () => {
  it.each([
    ['Cannulate fistulas and grafts safely', 'Cannulation'],
    ['Take ECGs and urine samples', 'EKG'],
    ['Tile splashbacks and bathroom walls', 'Tiling'],
    ["Work to engineer's drawings on every pour", 'Technical drawing reading'],
    ['Check staff expense claims against the policy', 'Expense reporting'],
    ['Room patients and take their histories', 'Patient check-in'],
    ['Testy API w Postmanie i SoapUI', 'API testing'],
    ['Conversational Spanish is a plus', 'Spanish'],
    ['Operate tractors and top-dressers on the golf course', 'Tractor operation'],
    ['Apply fertilisers and herbicides to greens and fairways', 'Fertilisation'],
    ['Repair the irrigation and drainage on the fairways', 'Drainage'],
    ['Current ChemCert accreditation', 'Plant protection certificate'],
    ['Zgłaszanie i śledzenie błędów w Jirze', 'Jira'],
    ['Doświadczenie z przetwarzaniem strumieni w Kafce', 'Apache Kafka'],
    ['Wykonywanie testów manualnych aplikacji webowej', 'Manual testing'],
    ['Udział w testach regresyjnych przed wydaniem', 'Regression testing'],
    ['QQI Level 5 in Special Needs Assisting', 'SEND support'],
    ['Children First e-learning completed', 'Safeguarding'],
    ['Help residents with washing, dressing and feeding', 'Meal assistance'],
    // A product named in its vendor's bracketed list, that names nothing alone.
    ['Deploy to Azure (App Service, Functions, Service Bus)', 'Azure Functions'],
  ])('%s → %s', (line, skill) => {
    expect(skillsIn(line)).toContain(skill);
  });
});

describe('words that name a skill only in context', () => {
  it.each([
    ['BLS certification for healthcare providers', 'Healthcare'],
    ['Completed Children First e-learning before you start', 'E-learning'],
    ['Eindecken von Dächern mit Ziegeln und Blech', 'Dining room setup'],
    ['Preparación de habitaciones y reposición de material sanitario', 'Shelf replenishment'],
    ['Controlar a entrega e a validade dos EPIs', 'Stock rotation'],
    ['Dbanie o ekspozycję produktów i materiały POS w sklepach', 'POS systems'],
  ])('%s: not %s', (line, skill) => {
    expect(skillsIn(line)).not.toContain(skill);
  });

  it('an ordinary word in a bracket names no product of the vendor', () => {
    expect(skillsIn('Excel (functions, pivot tables and charts)')).not.toContain('Azure Functions');
  });

  it.each([
    ['Design e-learning modules in Articulate Storyline', 'E-learning'],
    ['Eindecken der Tische vor dem Frühstück', 'Dining room setup'],
    ['Reposición de producto en el lineal', 'Shelf replenishment'],
    ['Controle de validade dos produtos na gôndola', 'Stock rotation'],
    ['Experience with POS systems and cash handling', 'POS systems'],
  ])('%s: still %s', (line, skill) => {
    expect(skillsIn(line)).toContain(skill);
  });
});
