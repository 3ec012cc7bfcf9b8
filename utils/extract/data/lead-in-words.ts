/**
 * Words that make a sentence leading into a list one of a job ad's sections ("Vous aurez pour mission :",
 * "In this role you will:", "Das erwartet Sie:", "Ce que nous attendons de vous :"). Stems, matched anywhere in
 * the lead-in; read only by `generic/list-lead-ins.ts` (a finishing step).
 */
export const LEAD_IN_SECTION_WORDS =
  /\b(missions?|t[aâ]ches|duties|responsibilit|tasks?|in this role|you will|you'll|your role|day to day|requirements?|qualifications?|skills|experience|looking for (someone|a person|you)|we offer|we provide|benefits|perks|profil|comp[ée]tences|attendons|proposons|offrons|aufgaben|erwart|anforderung|bieten|mitbringst|bringen sie|funciones|requisitos|ofrecemos|buscamos|misi[oó]n|responsabilidad|taken|verwachten|vragen wij|bieden|compiti|requisiti|offriamo|cerchiamo|tarefas|oferecemos|procuramos|arbetsuppgifter|vi erbjuder|vi söker|opgaver|vi tilbyder|oppgaver|vi tilbyr)/i;

/**
 * Words in a form's action, id, name or class, or in its submit button, that make it a form to apply for a job (a
 * candidate's name and e-mail sent to "insert_recrut.php", a "Postuler" button): stems, in the languages of the ads.
 */
export const APPLY_FORM_WORDS =
  /(apply|applica|candidat|recrut|recruit|bewerb|sollicit|solicit|postul|candidatura|ansök|søknad|ansøg|aplikuj|hakemus)/i;

/** A form for something else that also takes an e-mail: a job alert, a newsletter, a sign-in. */
export const NOT_APPLY_FORM_WORDS = /(alert|newsletter|subscri|abonn|login|log-in|sign-?in|connexion|anmeld)/i;

/**
 * Labels of a job's own reference number ("Job ID: 88412", "Ref. no. HR-2291", "Kennziffer 14/2026", "Référence : CDI-0412",
 * "N° d'offre : 5531"), followed by a separator and a code with a digit: `generic/job-reference.ts`. Letters as a
 * class, without the u flag: `\p{L}` with `iu` costs about 1 ms to compile in a fresh renderer, on every click.
 */
export const JOB_REFERENCE =
  /(?<![a-zß-öø-ÿ])(job id|job ref(?:erence)?|job (?:no|number)|vacancy (?:ref(?:erence)?|no|number|id)|ref(?:erence)?(?: no| number| code)?|req(?:uisition)?(?: id| no| number)?|posting id|referenz(?:nummer)?|kennziffer|stellen-?id|r[ée]f[ée]rence(?: de l['’]offre| du poste)?|n° d['’]offre|c[óo]digo(?: de (?:la )?oferta)?|rif(?:erimento)?|vacaturenummer|referentienummer|referens(?:nummer)?|numer referencyjny)\.?\s*(?:[:#]|n[o°]\.?:?)\s*([A-Z]{0,6}[-/ ]?\d[\w./-]{0,20})/gi;

/**
 * The local part of a recruiting mailbox ("jobs@", "karriere@", "recrutement@", "vacatures@"): an address to apply to
 * even with no application words around it ("Interested? Write to jobs@…"): `generic/recruiting-mailbox.ts`.
 */
export const RECRUITING_MAILBOX =
  /(?<![\w.+-])(jobs?|careers?|recruit(?:ing|ment|ers?)?|hiring|talent|apply|applications?|bewerbung(?:en)?|karriere|jobs?-?de|emploi|recrutement|candidatures?|rh|rrhh|empleo|trabajo|vacatures?|werkenbij|sollicitatie|solliciteren|lavoro|lavoraconnoi|candidature|jobb|rekry(?:tointi)?|praca|kariera|rekrutacja)@[\w-]+(?:\.[\w-]+)+/i;
