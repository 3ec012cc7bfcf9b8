/**
 * Short section names of job ads that neither heading list (`JOB_SECTION_HEADINGS`, `MORE_JOB_HEADINGS`)
 * holds: read only as the opening heading of a block beside a posting already found (joining its
 * sections), never to decide that a page is a posting, so common words ("Perks", "Skills") are safe here.
 * Not in the capture script.
 */
export const MORE_SECTION_HEADINGS =
  /^(?:(?:key |your |required |core )?skills(?: (?:and|&) experience)?|(?:the )?perks?(?: (?:and|&) benefits)?|must[- ]haves?|bonus points?|(?:essential|desirable)(?: skills| criteria)?|what you('|’)ll (?:be )?doing|what you('|’)ll need|what('|’)s in it for you|why you('|’)ll love (?:it|working here)|your mission|day[- ]to[- ]day|a day in the life|compensation(?: (?:and|&) benefits)?|tu perfil|perfil|jouw profiel|ons aanbod|profil recherché|le profil|avantages|unsere benefits|deine vorteile|was du mitbringst|was sie mitbringen|dein aufgabengebiet|ihr aufgabengebiet)\s*[:?]?$/i;
