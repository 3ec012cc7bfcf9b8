/**
 * Words that recover a damaged description's structure (text copied through aggregators loses its
 * line breaks and the spaces after full stops). Regular expression sources, tested case-sensitively
 * where case is the only signal left.
 */

/**
 * Capitalised words that open a requirement item. When one follows a word with only a space
 * between them ("… or mathematics Experience with …", "… JAX Background in …"), a new item starts
 * there, unless the word before continues the sentence (CONTINUING_WORDS: "a BS or MS").
 */
export const ITEM_STARTERS: readonly string[] = [
  // English
  'Experience (?:with|in|using|building|designing|working|developing|leading|managing|as|of)\\b',
  'Ability to\\b', 'Knowledge (?:of|in)\\b', 'Familiarity with\\b', 'Background in\\b', 'Proficiency (?:in|with)\\b',
  'Understanding of\\b', 'Expertise (?:in|with)\\b', 'Fluen(?:t|cy) in\\b', 'Comfort(?:able)? with\\b', 'Track record\\b',
  "Bachelor(?:'|’)?s?\\b", "Master(?:'|’)?s?\\b", 'Ph\\.?D\\b', 'BS\\b', 'MS\\b', 'BA\\b', 'MSc\\b', 'BSc\\b', 'Degree in\\b',
  '\\d{1,2}\\s*\\+\\s*years?\\b', '\\d{1,2}(?:\\s*(?:-|–|to)\\s*\\d{1,2})?\\s+years? of\\b',
  // French
  'Expérience (?:en|dans|de|avec|significative|confirmée|réussie)\\b', 'Maîtrise (?:de|des|du|d’|d\')', 'Connaissances? (?:de|des|du|en|d’|d\')',
  'Capacité à\\b', 'Diplôme (?:de|d’|d\'|en)', 'Formation (?:en|de|supérieure|bac)',
  // Spanish
  'Experiencia (?:en|con|de|previa|demostrable)\\b', 'Conocimientos? (?:de|en|avanzados?|sólidos?)\\b', 'Capacidad (?:de|para)\\b',
  'Dominio (?:de|del)\\b', 'Título (?:de|en|universitario)\\b', 'Licenciatura\\b', 'Grado en\\b', 'Manejo (?:de|del)\\b',
];

/**
 * Adjectives that open an item: written lower-case inside a sentence, so a capitalised one after a
 * lower-case word starts a new item whatever that word is. German nouns are capitalised
 * mid-sentence ("Du hast Erfahrung"), so German has only adjectives here ("Sehr gute", "Fundierte").
 */
export const ADJECTIVE_ITEM_STARTERS: readonly string[] = [
  '(?:Demonstrated|Proven|Strong|Excellent|Solid|Deep|Extensive|Prior|Previous|Relevant|Hands-on|Outstanding|Exceptional|Advanced|Good|Basic|Fluent|Native|Familiar) \\p{L}',
  '(?:Sehr gute|Gute|Fundierte|Mehrjährige|Ausgeprägte|Erste|Nachweisbare|Abgeschlossene[sn]?|Verhandlungssichere|Fließende) \\p{L}',
  '(?:Bonne|Bonnes|Excellente|Excellentes|Solide|Solides) \\p{Ll}',
  '(?:Sólidos?|Amplia|Buen|Buenos|Excelentes?) \\p{Ll}',
];

/**
 * Words after which a starter continues the sentence instead of opening an item
 * ("a BS or MS in …", "with 5+ years", "you will gain Experience …" never happens in lower case).
 */
export const CONTINUING_WORDS: readonly string[] = [
  'a', 'an', 'the', 'or', 'and', 'of', 'in', 'with', 'to', 'for', 'plus', 'including', 'your', 'our', 'their', 'his', 'her',
  'have', 'has', 'having', 'need', 'needs', 'require', 'requires', 'requiring', 'bring', 'brings', 'possess', 'least', 'over',
  'than', 'about', 'approximately', 'by', 'additional', 'total', 'combined', 'minimum', 'maximum', 'equivalent', 'preferably',
  'ideally', 'hold', 'holds', 'holding', 'earned', 'completed', 'pursuing', 'current', 'currently', 'as', 'from', 'at', 'on',
  'is', 'are', 'be', 'was', 'were', 'gain', 'gained', 'any', 'some', 'this', 'that', 'these', 'those', 'recent', 'new', 'very',
  'ou', 'et', 'de', 'des', 'du', 'un', 'une', 'avec', 'o', 'y', 'con', 'en', 'una', 'und', 'oder', 'mit', 'eine', 'ein',
  // German determiners and prepositions before a capitalised noun that reads like an English verb ("unser Design").
  'unser', 'unsere', 'unseren', 'unserem', 'dein', 'deine', 'ihre', 'im', 'am', 'zum', 'zur', 'für', 'das', 'die', 'der', 'den',
  'dem', 'beim', 'vom', 'kein', 'keine', 'le', 'la', 'les', 'el', 'los', 'las',
];

/**
 * Words a heading may hold besides what the heading vocabulary matches: "Minimum Qualifications",
 * "Key Responsibilities", "Your Profile". A trailing phrase is read as a glued heading only when
 * every word is in the vocabulary or here, so "Strong Python skills" stays an item.
 */
export const HEADING_FILLER_WORDS: readonly string[] = [
  'minimum', 'basic', 'key', 'core', 'main', 'additional', 'other', 'general', 'job', 'role', 'position', 'our', 'your', 'the',
  'and', '&', 'of', 'a', 'an', 'what', 'who', 'we', 'you', 'are', 'is', 'for', 'in', 'this', 'to', 'that', 'will', 'need', 'skills',
  'required', 'desired', 'preferred', 'primary', 'essential', 'technical', 'professional', 'ideal', 'candidate', 'team', 'us',
  'de', 'du', 'la', 'le', 'les', 'des', 'el', 'los', 'las', 'y', 'und', 'et', 'dein', 'deine', 'ihr', 'ihre', 'unser', 'unsere',
  'votre', 'vos', 'tu', 'tus', 'su', 'sus', 'nos', 'nuestro', 'nuestra', 'requis', 'requises', 'mínimos', 'minimos',
];
