/**
 * Field causes two batches of pages (1277–1308) showed: a description whose class is one camelCase word
 * ("ij-OfferDetailDescription") was missed and a facts box read as the whole posting (an id so written still
 * leaves the headings to gather the posting, with the must-haves before it); a Teamtailor logo's Swedish
 * "karriärsida" kept in the employer; Indeed's hidden title suffix in French, Italian, Spanish and Dutch.
 * One short invented input each.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { readDescription } from '@/utils/extract/generic/readability';

const run = (html: string, url: string) =>
  extract(parseHTML(html).document as unknown as Document, url, { readability: readDescription });

describe('a board whose boxes sit side by side (requirements, then the description)', () => {
  it('reads the description box named by a camelCase hook, with the must-haves before it', () => {
    const x = run(
      `<html><head><title>Vendedor/a tienda de ciclismo - Ruedas Norte S.L. - Oviedo</title></head><body>
      <header><a href="/">Portal</a></header>
      <h1>Vendedor/a tienda de ciclismo</h1><a class="ij-OfferDetailHeader-companyName" href="/e/1">Ruedas Norte S.L.</a>
      <div class="ij-Box ij-OfferDetailRequirements"><h2>Requisitos</h2>
        <dl><dt>Estudios mínimos</dt><dd>Educación Secundaria Obligatoria</dd><dt>Experiencia mínima</dt><dd>Al menos 1 año</dd></dl>
        <h3>Requisitos mínimos</h3><ul><li>Experiencia de al menos un año en venta de material deportivo</li>
        <li>Disponibilidad para trabajar sábados por la mañana</li></ul></div>
      <div class="ij-Box ij-OfferDetailDescription"><h2>Descripción</h2>
        <p>Ruedas Norte es una cadena de tiendas de ciclismo con cuatro puntos de venta en Asturias y buscamos a una persona para la tienda de Oviedo.</p>
        <p><strong>¿Cuál será tu día a día?</strong></p><ul>
        <li>Atender a los clientes en sala y asesorarles en la compra de bicicletas y accesorios</li>
        <li>Cobrar en caja, gestionar devoluciones y preparar pedidos online para recoger en tienda</li></ul>
        <p><strong>Qué te ofrecemos</strong></p><ul><li>Contrato indefinido y jornada completa de 40 horas</li></ul>
        <dl class="ij-OfferDetailDescription-extra"><dt>Categoría</dt><dd>Comercial y ventas</dd><dt>Vacantes</dt><dd>2</dd></dl>
      </div>
      <footer>© Portal</footer></body></html>`,
      'https://www.portal.example/oviedo/vendedor-tienda-ciclismo/of-i123',
    );
    expect(x.posting?.descriptionText).toContain('Cobrar en caja');
    expect(x.posting?.descriptionText).toContain('Experiencia de al menos un año');
  });

  it('keeps must-haves written under their own headings before an id-named description', () => {
    const x = run(
      `<html><head><title>Recepcionista - Hotel Faro</title></head><body><h1>Recepcionista de noche</h1>
      <div class="col"><div class="panel"><h2>Requisitos</h2>
        <h3>Requisitos mínimos</h3><p>- Experiencia mínima de un año en recepción de hotel<br>- Inglés alto hablado y escrito</p>
        <h3>Requisitos deseados</h3><p>- Conocimientos de francés a nivel conversacional</p>
        <h2>Descripción</h2><div id="prefijoDescripcion1"><p>Hotel Faro es un hotel urbano de 60 habitaciones en el centro de Gijón que busca recepcionista para el turno de noche.</p>
        <p>Funciones:<br>· Check-in y check-out de los huéspedes<br>· Cierre de caja y auditoría nocturna</p></div></div></div></body></html>`,
      'https://www.portal.example/gijon/recepcionista-noche/of-i456',
    );
    expect(x.posting?.descriptionText).toContain('auditoría nocturna');
    expect(x.posting?.descriptionText).toContain('Experiencia mínima de un año en recepción de hotel');
    expect(x.posting?.descriptionText).toContain('Conocimientos de francés');
  });
});

describe("a careers site's name in its logo", () => {
  it.each(['Linnea Omsorg karriärsida', 'Linnea Omsorg karrieresiden'])('%s', (alt) => {
    const x = run(
      `<html><head><title>Undersköterska hemtjänst - Linnea Omsorg</title><meta name="generator" content="Teamtailor"></head><body>
      <header><a href="/"><img alt="${alt}" src="x.png"></a></header>
      <main><h1 class="font-company-header">Undersköterska till hemtjänsten</h1>
      <div class="prose"><p>Vi söker en undersköterska till vår hemtjänst i Västerås. Du hjälper våra kunder med omvårdnad, måltider och medicinering i deras hem.</p></div></main>
      </body></html>`,
      'https://linneaomsorg.teamtailor.com/jobs/4418201-underskoterska-till-hemtjansten',
    );
    expect(x.posting?.company).toBe('Linnea Omsorg');
  });
});

describe("Indeed's hidden suffix after the title", () => {
  it.each([
    ['fr', 'Préparateur de commandes H/F', "- offre d'emploi"],
    ['it', 'Cameriere di sala', '- offerta di lavoro'],
    ['es', 'Mozo de almacén', '- oferta de trabajo'],
    ['nl', 'Magazijnmedewerker', '- vacature'],
  ])('%s: %s', (country, title, suffix) => {
    const x = run(
      `<html><head><title>${title} - Indeed</title></head><body>
      <h1 class="jobsearch-JobInfoHeader-title" data-testid="jobsearch-JobInfoHeader-title"><span>${title}</span><span class="css-1b6omqv">${suffix}</span></h1>
      <div data-testid="inlineHeader-companyName"><span><a href="/cmp/x">Brenta Logistica</a></span></div>
      <div data-testid="inlineHeader-companyLocation"><div>Padova</div></div>
      <div id="jobDescriptionText"><p>Cerchiamo una persona per il magazzino di Padova: carico e scarico merci, preparazione ordini e inventari.</p></div>
      </body></html>`,
      `https://${country}.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b`,
    );
    expect(x.posting?.title).toBe(title);
  });
});
