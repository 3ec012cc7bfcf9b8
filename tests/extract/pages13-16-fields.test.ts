/**
 * Field causes three batches of pages (1309–1324, 1341–1372) showed: a Spanish closing-date label ("Plazo de
 * inscripción"); a start date on the header line ("Début : 5 janvier 2027") read as the posting date; a board's
 * requirements list left out when Readability had split the paragraph before it at a blank line. Invented inputs.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '@/utils/extract';
import { readDescription } from '@/utils/extract/generic/readability';

const run = (html: string, url: string) =>
  extract(parseHTML(html).document as unknown as Document, url, {
    readability: readDescription,
    now: new Date('2026-11-20T12:00:00Z'),
  });

describe('labelled dates', () => {
  it('reads "Plazo de inscripción" as the closing date', () => {
    const x = run(
      `<html lang="es"><head><title>Electricista - Instalaciones Ebro</title></head><body>
      <h1>Electricista</h1><p>Instalaciones Ebro S.L. busca electricista para obras en Logroño.</p>
      <ul><li><strong>Ubicación:</strong> Logroño</li><li><strong>Plazo de inscripción:</strong> hasta el 15 de diciembre de 2026</li></ul>
      <h2>Funciones</h2><ul><li>Montaje de cuadros eléctricos en viviendas nuevas</li><li>Revisión de instalaciones</li></ul>
      <h2>Requisitos</h2><ul><li>Carné de instalador electricista</li></ul></body></html>`,
      'https://instalaciones-ebro.example/empleo/electricista',
    );
    expect(x.posting?.validThrough).toBe('2026-12-15');
  });
  it('does not take a start date on the header line for the posting date', () => {
    const x = run(
      `<html lang="fr"><head><title>Plombier H/F - Chauffage Morvan</title></head><body>
      <h1>Plombier H/F</h1>
      <div class="meta"><div>CDI</div><div>Lyon</div><div>Début : 4 janvier 2027</div></div>
      <h2>Vos missions</h2><ul><li>Installer des chaudières et des pompes à chaleur chez nos clients</li><li>Dépanner les installations</li></ul>
      <h2>Votre profil</h2><ul><li>CAP plombier chauffagiste</li></ul></body></html>`,
      'https://chauffage-morvan.example/emplois/plombier',
    );
    expect(x.posting?.datePosted ?? null).not.toBe('2027-01-04');
  });
});

describe('a board whose description paragraph holds blank lines', () => {
  it('keeps the requirements list Readability left beside it', () => {
    const lines = (items: string[]) => items.map((item) => `- ${item}<br>`).join('\n');
    const x = run(
      `<html lang="es"><head><title>Auxiliar de almacén - Frutas Lerma</title></head><body>
      <nav><a href="/">Inicio</a> <a href="/empleos">Empleos</a></nav>
      <div class="box"><h1>Auxiliar de almacén</h1><p>Frutas Lerma - Celaya, Guanajuato</p>
      <main class="detail"><h3>Descripción de la oferta</h3>
      <p class="desc">Frutas Lerma, empresa distribuidora de fruta fresca con treinta años en el Bajío, busca auxiliar de almacén para su centro de Celaya.<br><br>
      Actividades:<br>${lines(['Recepción y conteo de la fruta que llega de las huertas cada mañana', 'Armado de pedidos para tiendas y mercados de la región', 'Control de temperaturas de las cámaras frías y registro diario', 'Limpieza y orden del andén de carga al final del turno'])}<br>
      Ofrecemos:<br>${lines(['Prestaciones de ley desde el primer día', 'Comedor para el personal', 'Uniforme y equipo de seguridad'])}<br>
      Horario de lunes a sábado de 7:00 a 15:00 horas, con un domingo libre al mes y descanso entre semana.<br><br>
      Trabajarás con un equipo de ocho personas a cargo del jefe de almacén. En temporada alta, de abril a junio, se requiere apoyo en horario extendido que se paga como tiempo extra. Buscamos a alguien puntual, ordenado y con ganas de aprender; damos capacitación en el uso del sistema de inventarios y en seguridad industrial, y hay posibilidad de crecer a encargado de turno. La bodega está a cinco minutos de la central de autobuses y contamos con estacionamiento para bicicletas y motos.</p>
      <h3>Requerimientos</h3>
      <ul><li>Secundaria terminada</li><li>1 año de experiencia en almacén o bodega</li><li>Manejo de montacargas</li><li>Disponibilidad de horario</li></ul>
      </main></div>
      <aside><h2>Ofertas similares</h2><ul><li><a href="#">Chofer repartidor</a></li></ul></aside></body></html>`,
      'https://mx.computrabajo.com/ofertas-de-trabajo/oferta-de-trabajo-de-auxiliar-de-almacen-en-celaya-1A2B3C',
    );
    expect(x.posting?.descriptionText).toContain('Manejo de montacargas');
  });
});
