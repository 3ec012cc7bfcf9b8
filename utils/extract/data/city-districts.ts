/**
 * Districts that boards write after their city ("Bogotá, Chapinero", "Medellín, El Poblado", "Lima, Miraflores"): a part
 * of the city, not a second place. Data only: city (lower-case, accents kept) → its districts, '|'-separated. Read by
 * the finishing steps only (not shipped in the capture script).
 */
export const CITY_DISTRICTS: Readonly<Record<string, string>> = {
  bogotá:
    'usaquén|chapinero|santa fe|san cristóbal|usme|tunjuelito|bosa|kennedy|fontibón|engativá|suba|barrios unidos|teusaquillo|los mártires|antonio nariño|puente aranda|la candelaria|rafael uribe uribe|ciudad bolívar|sumapaz|chicó|cedritos|salitre|modelia|castilla',
  medellín:
    'popular|santa cruz|manrique|aranjuez|castilla|doce de octubre|robledo|villa hermosa|buenos aires|la candelaria|laureles|laureles-estadio|la américa|san javier|el poblado|guayabal|belén',
  cali: 'san fernando|granada|ciudad jardín|el peñón|santa mónica|normandía|versalles|el ingenio',
  lima: 'miraflores|san isidro|santiago de surco|surco|la molina|san borja|barranco|jesús maría|lince|magdalena del mar|pueblo libre|san miguel|ate|los olivos|comas|chorrillos|cercado de lima|breña|la victoria|san juan de lurigancho|san juan de miraflores|villa el salvador|independencia|surquillo',
  quito: 'iñaquito|la carolina|cumbayá|tumbaco|la mariscal|quitumbe|carcelén',
};
