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
  'Ability to\\b',
  'Knowledge (?:of|in)\\b',
  'Familiarity with\\b',
  'Background in\\b',
  'Proficiency (?:in|with)\\b',
  'Understanding of\\b',
  'Expertise (?:in|with)\\b',
  'Fluen(?:t|cy) in\\b',
  'Comfort(?:able)? with\\b',
  'Track record\\b',
  "Bachelor(?:'|’)?s?\\b",
  "Master(?:'|’)?s?\\b",
  'Ph\\.?D\\b',
  'BS\\b',
  'MS\\b',
  'BA\\b',
  'MSc\\b',
  'BSc\\b',
  'Degree in\\b',
  '\\d{1,2}\\s*\\+\\s*(?:years?|yrs?)\\b',
  '\\d{1,2}(?:\\s*(?:-|–|to)\\s*\\d{1,2})?\\s+(?:years?|yrs?) (?:of|in|experience)\\b',
  'Working knowledge of\\b',
  // Warehouse, care and trade postings: "… 18 years old Able to lift …", "… shift High school diploma …".
  'Must (?:be|have|hold|possess)\\b',
  'Able to\\b',
  'Willing(?:ness)? to\\b',
  // "… lift 50 lbs Availability nights and weekends": when the candidate can work is an item of its own.
  'Availab(?:le|ility) (?:to work|for|on|every|nights|evenings|weekends)\\b',
  'High school (?:diploma|education|graduate)\\b',
  'Certification (?:in|as|from)\\b',
  // A licence or certification named by its acronym: "… (NEC) OSHA 30 card", "… license Current CPR/BLS certification".
  // (A roman numeral is a level, not a licence's name: "IAT Level II certification" is one phrase; see restructure.ts.)
  '\\p{Lu}{2,}(?:[/-]\\p{Lu}{2,})?(?:(?: or | and |/)\\p{Lu}{2,}(?:-\\p{Lu}{2,})?)?(?: \\d{1,3})?(?: \\p{Lu}\\p{Ll}+){0,2} (?:[Cc]ard|[Cc]ertification|[Cc]ertificate|[Ll]icen[cs]e)\\b',
  // …or by its name in capitals: "… full-service restaurant Colorado Food Handler card or ServSafe …".
  // It starts at the first capitalised word ("valid Food Handler card" is one phrase, "Food" starts no item).
  '(?<!\\p{Lu}\\p{L}* )(?:\\p{Lu}\\p{Ll}+ ){1,3}(?:card|certification|certificate|license|licence|permit)\\b',
  // "… Gold Card A full UK driving licence At least 3 years' …".
  'At least \\d',
  '(?:A|An) (?:full|valid|clean|current)\\b',
  // German, French, Spanish: "Mindestens 3 Jahre", "Au moins 3 ans", "Al menos 2 años".
  'Mindestens \\d',
  'Au moins \\d',
  'Bac ?\\+ ?\\d',
  '(?:Anglais|Allemand|Espagnol) (?:courant|bilingue|professionnel|obligatoire)\\b',
  'Al menos \\d',
  'Certificaci[óo]n\\b',
  '(?:Inglés|Ingles) (?:alto|fluido|avanzado|nivel)\\b',
  // French
  'Expérience (?:en|dans|de|avec|significative|confirmée|réussie)\\b',
  "Maîtrise (?:de|des|du|d’|d')",
  "Connaissances? (?:de|des|du|en|d’|d')",
  'Capacité à\\b',
  "Diplôme (?:de|d’|d'|en)",
  'Formation (?:en|de|supérieure|bac)',
  // Spanish
  'Experiencia (?:en|con|de|previa|demostrable)\\b',
  'Conocimientos? (?:de|del|en|avanzados?|sólidos?)\\b',
  'Capacidad (?:de|para)\\b',
  'Dominio (?:de|del)\\b',
  'Título (?:de|en|universitario)\\b',
  'Licenciatura\\b',
  'Grado en\\b',
  'Manejo (?:de|del)\\b',
  'Nivel (?:alto|avanzado|medio|nativo) de\\b',
  // Dutch, Swedish
  'Minimaal \\d',
  '(?:Ruime |Aantoonbare )?Ervaring (?:met|in|als)\\b',
  'Kennis van\\b',
  'Rijbewijs [A-Z]\\b',
  'Minst \\d',
  'Erfarenhet (?:av|inom)\\b',
  'Kunskaper i\\b',
  'Körkort\\b',
  // German: a driving licence is an item of its own ("… TIA Portal Führerschein Klasse B").
  'Führerschein (?:der )?Klasse\\b',
  // German nouns are capitalised mid-sentence, so one opens an item only where an item plainly ended: after a
  // licence's class ("… Führerschein Klasse B Kenntnisse in der Regelungstechnik …").
  '(?<=\\bKlassen? [A-Z]{1,3} )(?:Kenntnisse|Erfahrung|Bereitschaft|Freude|Teamfähigkeit|Zuverlässigkeit)\\b',
  // Italian, Portuguese, Polish, Danish/Norwegian, Swedish, French, Spanish: these languages write nouns in lower case
  // mid-sentence, so a capitalised one after a lower-case word opens the next item ("… misura Disponibilità a trasferte").
  'Esperienza (?:di|nel|nella|nei|in|con|come|pregressa|maturata)\\b',
  'Conoscenza (?:di|del|della|dei|delle|degli|base|approfondita)\\b',
  'Diploma (?:di|in)\\b',
  'Laurea (?:in|triennale|magistrale)\\b',
  'Disponibilità (?:a|ad|al|alla|per)\\b',
  'Capacità di\\b',
  'Patente [A-Z]\\b',
  'Almeno \\d',
  'Experiência (?:em|com|de|na|no|mínima|comprovada|prévia)\\b',
  'Conhecimentos? (?:de|em|sólidos?|avançados?)\\b',
  'Disponibilidade (?:para|de|imediata)\\b',
  'Carta de condução\\b',
  'Capacidade de\\b',
  'Pelo menos \\d',
  'Doświadczenie (?:w|z|na|jako)\\b',
  'Znajomość\\b',
  'Wykształcenie\\b',
  'Prawo jazdy\\b',
  'Umiejętność\\b',
  'Gotowość do\\b',
  'Erfaring (?:med|fra|innen|inden for|som)\\b',
  'Mindst \\d',
  'Kjennskap til\\b',
  'Kendskab til\\b',
  'Førerkort\\b',
  'Kørekort\\b',
  'Fagbrev\\b',
  '(?:Uddannet|Utdannet) (?:som|bogholder|\\p{Ll})',
  'Utbildning (?:inom|som)\\b',
  'B-körkort\\b',
  "Titulaire (?:d['’]|du|de|des)",
  'Permis B\\b',
  'Disponibilidad (?:para|de|inmediata)\\b',
  'Carnet de conducir\\b',
  // Registration with a professional body, and Polish machine licences: "… Primavera Inscrição na OCC".
  'Inscrição (?:na|no|em)\\b',
  "Iscrizione (?:all['’]|al )",
  'Uprawnienia (?:UDT|SEP)\\b',
];

/**
 * Two-word items that stand alone in a space-joined list (other items need three words, so "Strong Excellent"
 * does not part): a licence by its class, a school level ("Rijbewijs B", "Wykształcenie średnie", "Patente B").
 */
export const TWO_WORD_ITEM =
  /^(?:Rijbewijs|Patente|Permis|Körkort|Truckkort|Führerschein|Staplerschein|Kørekort|Førerkort|Wykształcenie|Uprawnienia|Carnet|Carta) \S+$/u;

/**
 * Adjectives that open an item: written lower-case inside a sentence, so a capitalised one after a
 * lower-case word starts a new item whatever that word is. German nouns are capitalised
 * mid-sentence ("Du hast Erfahrung"), so German has only adjectives here ("Sehr gute", "Fundierte").
 */
export const ADJECTIVE_ITEM_STARTERS: readonly string[] = [
  '(?:Demonstrated|Proven|Strong|Excellent|Solid|Deep|Extensive|Prior|Previous|Relevant|Hands-on|Outstanding|Exceptional|Advanced|Good|Basic|Fluent|Native|Familiar|Valid|Current|Active|Clean) \\p{L}',
  '(?:Sehr gute|Gute|Fundierte|Mehrjährige|Ausgeprägte|Erste|Nachweisbare|Abgeschlossene[sn]?|Verhandlungssichere|Fließende) \\p{L}',
  '(?:Bonne|Bonnes|Excellente|Excellentes|Solide|Solides) \\p{Ll}',
  '(?:Sólidos?|Amplia|Buen|Buenos|Excelentes?) \\p{Ll}',
  '(?:Goede|Uitstekende|Ruime|Goda|Mycket goda) \\p{Ll}',
  '(?:Buona|Buone|Ottima|Ottime|Comprovata|Pregressa|Solida|Discreta) \\p{Ll}',
  '(?:Boa|Boas|Bons|Sólida|Sólidos|Ampla|Comprovada) \\p{Ll}',
  '(?:Bardzo dobra|Dobra|Biegła|Praktyczna|Kilkuletnie) \\p{Ll}',
  '(?:Gode|God|Meget gode|Flydende|Flytande|Relevant|Solid) \\p{Ll}',
];

/** "Ofsted rated us Good in all areas": after an object pronoun a capitalised adjective goes on with the sentence. */
export const OBJECT_WORDS: readonly string[] = ['us', 'them', 'it', 'me', 'him', 'her', 'you'];

/**
 * Words after which a starter continues the sentence instead of opening an item
 * ("a BS or MS in …", "with 5+ years", "you will gain Experience …" never happens in lower case).
 */
export const CONTINUING_WORDS: readonly string[] = [
  'a',
  'an',
  'the',
  'or',
  'and',
  'of',
  'in',
  'with',
  'to',
  'for',
  'plus',
  'including',
  'your',
  'our',
  'their',
  'his',
  'her',
  'have',
  'has',
  'having',
  'need',
  'needs',
  'require',
  'requires',
  'requiring',
  'bring',
  'brings',
  'possess',
  'least',
  'over',
  'than',
  'about',
  'approximately',
  'by',
  'additional',
  'total',
  'combined',
  'minimum',
  'maximum',
  'equivalent',
  'preferably',
  'ideally',
  'hold',
  'holds',
  'holding',
  'earned',
  'completed',
  'pursuing',
  'current',
  'currently',
  'valid',
  'active',
  'state',
  'relevant',
  'recognised',
  'recognized',
  'accredited',
  'approved',
  'appropriate',
  'as',
  'from',
  'at',
  'on',
  'is',
  'are',
  'be',
  'was',
  'were',
  'gain',
  'gained',
  'any',
  'some',
  'this',
  'that',
  'these',
  'those',
  'recent',
  'new',
  'very',
  'ou',
  'et',
  'de',
  'des',
  'du',
  'un',
  'une',
  'avec',
  'o',
  'y',
  'con',
  'en',
  'una',
  'und',
  'oder',
  'mit',
  'eine',
  'ein',
  // German determiners and prepositions before a capitalised noun that reads like an English verb ("unser Design").
  'unser',
  'unsere',
  'unseren',
  'unserem',
  'dein',
  'deine',
  'ihre',
  'im',
  'am',
  'zum',
  'zur',
  'für',
  'das',
  'die',
  'der',
  'den',
  'dem',
  'beim',
  'vom',
  'kein',
  'keine',
  'le',
  'la',
  'les',
  'el',
  'los',
  'las',
  // Prepositions before a name: "kendskab til Dalux", "erfarenhet av Fortnox", "esperienza con SAP".
  'til',
  'med',
  'af',
  'av',
  'på',
  'för',
  'zu',
  'von',
  'bei',
  'pour',
  'sur',
  'dans',
  'per',
  'di',
  'da',
  'su',
  'para',
  'por',
  'van',
  'bij',
  'voor',
  'na',
  'w',
  'z',
];

/**
 * Words a heading may hold besides what the heading vocabulary matches: "Minimum Qualifications",
 * "Key Responsibilities", "Your Profile". A trailing phrase is read as a glued heading only when
 * every word is in the vocabulary or here, so "Strong Python skills" stays an item.
 */
/**
 * One-word headings that never qualify an item, so they may be detached even after a capitalised
 * word ("… Power BI o Tableau Deseable"). "Preferred", "Education" or "Desirable" can end an item.
 */
export const SINGLE_WORD_HEADINGS: readonly string[] = [
  'requirements',
  'qualifications',
  'responsibilities',
  'requisitos',
  'deseable',
  'funciones',
  'anforderungen',
  'aufgaben',
  'wünschenswert',
  'kvalifikationer',
  'meriterande',
  'arbetsuppgifter',
  'functie-eisen',
];

/** "About Greenmere Health", "Über Brakel": an about heading naming the employer, glued to a paragraph. */
export const ABOUT_NAME_HEADING = "^(?:About|Über|À propos de|Sobre|Over|Om) (?:\\p{Lu}[\\p{L}&'’.-]*\\s?){1,4}$";

export const HEADING_FILLER_WORDS: readonly string[] = [
  'minimum',
  'basic',
  'key',
  'core',
  'main',
  'additional',
  'other',
  'general',
  'job',
  'role',
  'position',
  'our',
  'your',
  'the',
  'and',
  '&',
  'of',
  'a',
  'an',
  'what',
  'who',
  'we',
  'you',
  'are',
  'is',
  'for',
  'in',
  'this',
  'to',
  'that',
  'will',
  'need',
  'skills',
  'required',
  'desired',
  'preferred',
  'primary',
  'essential',
  'technical',
  'professional',
  'ideal',
  'candidate',
  'team',
  'us',
  'de',
  'du',
  'la',
  'le',
  'les',
  'des',
  'el',
  'los',
  'las',
  'y',
  'und',
  'et',
  'dein',
  'deine',
  'ihr',
  'ihre',
  'unser',
  'unsere',
  'votre',
  'vos',
  'tu',
  'tus',
  'su',
  'sus',
  'nos',
  'nuestro',
  'nuestra',
  'requis',
  'requises',
  'mínimos',
  'minimos',
  // "Arbeidsoppgaver og ansvar", "Kvalifikasjoner og egenskaper", "Odotamme sinulta", "O que esperamos de você".
  'og',
  'och',
  'ja',
  'e',
  'oraz',
  'ansvar',
  'egenskaper',
  'egenskaber',
  'sinulta',
  'deg',
  'dig',
  'você',
  'obrigatórios',
  'obligatorios',
  'nasze',
  'twoje',
];

/**
 * Column headings of a person-specification table (`spec-table.ts`): the must-have column and the
 * nice-to-have column ("Essential | Desirable", "Erforderlich | Wünschenswert", "Imprescindible | Deseable").
 */
export const SPEC_REQUIRED_COLUMN =
  'essential|required|must[ -]have|mandatory|erforderlich|notwendig|zwingend|muss|obligatoire|exig[ée]|indispensable|requis|imprescindible|obligatorio|requerido|necesario|essenziale|richiesto|obbligatorio|indispensabile|vereist|noodzakelijk|verplicht|krav|obligatorisk|n[øo]dvendig|n[öo]dv[äa]ndig|p[åa]kr[æa]vet|wymagane|obowi[ąa]zkowe|essencial|obrigat[óo]rio';
export const SPEC_PREFERRED_COLUMN =
  'desirable|preferred|nice[ -]to[ -]have|optional|w[üu]nschenswert|von vorteil|souhait[ée]|souhaitable|appr[ée]ci[ée]|deseable|valorable|gradito|preferenziale|gewenst|wenselijk|meriterande|[öo]nskv[äa]rd|[øo]nskelig|meriterende|po[żz][ąa]dane|mile widziane|desej[áa]vel';

/**
 * A line that says the job takes travel, in every supported language ("Travel between sites is required",
 * "Déplacements ponctuels … à prévoir", "Resor förekommer i tjänsten"): what the candidate must accept.
 */
export const TRAVEL_STATEMENT =
  '\\btravel(?:ling|ing)? (?:is |will be )?(?:required|expected|involved)\\b|\\b(?:required|willing(?:ness)?|able) to travel\\b|\\b(?:frequent|occasional|regular|some|extensive|international|domestic|overnight) travel\\b|\\b\\d{1,3}\\s*%\\s*(?:of the time\\s*)?travel|\\btravel (?:up to|of up to|about|around)\\b|\\breisebereitschaft|\\breiset[äa]tigkeit|\\bdienstreisen\\b|\\bd[ée]placements? (?:fr[ée]quents?|ponctuels?|r[ée]guliers?|occasionnels?|[àa] pr[ée]voir|sont|en)|\\b(?:disponibilidad|disponibilidade|disponibilit[àa]) (?:para|a|de) (?:viajar|viaggiare|trasferte|deslocações|deslocacoes)|\\bviajes (?:frecuentes|ocasionales|nacionales|internacionales)|\\btrasferte\\b|\\bdesloca[çc][õo]es\\b|\\bbereid (?:om )?te reizen|\\breizen (?:naar|tussen|binnen)\\b|\\bresor (?:f[öo]rekommer|ing[åa]r|i tj[äa]nsten|mellan|inom)|\\b(?:rejser|reiser|rejseaktivitet|reiseaktivitet|reisevirksomhet) (?:forekommer|må|vil|i|til|er)\\b|\\bpodr[óo][żz]\\p{L}* s[łl]u[żz]bow|\\bwyjazd(?:y|ów) s[łl]u[żz]bow|\\bdelegacj[ei]';
