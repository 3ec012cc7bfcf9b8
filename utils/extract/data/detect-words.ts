/**
 * Words detection reads beside the shared vocabulary: what an apply control says, how a job
 * title reads, and the section headings of a job ad, in the languages we see most. Data only.
 */

/** The start of a link or button that applies for a job ("Apply for this role", "Jetzt online bewerben"). */
export const APPLY_START =
  /^\s*((easy |quick )?apply(\s*$|\s+(now|here|today|online|for|to|on|with|via|directly|in)\b)|submit (your |my )?application|send (your |my )?application|i('|’)m interested|jetzt (online )?bewerben|online bewerben|bewerben|bewirb dich|zur bewerbung|postuler|candidater|envoyer (ma|votre) candidature|je postule|solicitar|inscribirme|aplicar|candidatar|postularme|solliciteer|sollicit(eren|eer)|reageer|ansök|sök tjänsten|søg|ansøg|hae|haku|candidati|invia candidatura|aplikuj|지원하기|응모|応募)\b/i;

/** Section headings of job ads, beyond the shared list (more languages, UK/academic wording). */
export const MORE_JOB_HEADINGS =
  /\b(key responsibilities|main duties|duties|person specification|essential criteria|desirable criteria|skills and experience|what you('|’)ll bring|what you bring|what we('|’)re offering|why join us|your profile|your tasks|your responsibilities|the position|job purpose|das bringst du mit|das erwartet dich|deine benefits|unser angebot|ihre vorteile|was dich erwartet|vos responsabilités|le poste|ce que nous offrons|ce que nous proposons|avantages|qui êtes[- ]vous|descriptif du poste|tus funciones|funciones|requisitos|ofrecemos|qué ofrecemos|functieomschrijving|wat ga je doen|wat wij bieden|wat vragen wij|functie-eisen|arbetsuppgifter|vi erbjuder|din profil|dine opgaver|vi tilbyder|om stillingen|om rollen)\b/i;

/** A title that names a role: a job noun, a gender marker ("(m/w/d)", "(H/F)") or a seniority word. */
export const ROLE_TITLE =
  /\b(engineer|engineering manager|developer|programmer|manager|designer|analyst|scientist|specialist|consultant|coordinator|administrator|architect|assistant|associate|intern|internship|trainee|apprentice|apprenticeship|technician|officer|director|head of|team lead|lead|accountant|advisor|adviser|nurse|physician|doctor|teacher|lecturer|professor|researcher|research fellow|postdoc|postdoctoral|representative|agent|operator|driver|worker|clerk|cook|chef|auditor|recruiter|writer|editor|planner|supervisor|controller|buyer|executive|electrician|mechanic|carpenter|cashier|receptionist|therapist|pharmacist|surveyor|estimator|foreman|labourer|laborer|dispatcher|bookkeeper|paralegal|solicitor|attorney|counsel|strategist|producer|marketer|copywriter|owner|partner|student|werkstudent|praktikant|praktikum|entwickler|ingenieur|berater|sachbearbeiter|mitarbeiter|leiter|referent|techniker|kaufmann|kauffrau|fachkraft|bauleiter|ingénieur|développeur|chef de|responsable|chargée?|stagiaire|alternant|alternance|technicien|commercial|comptable|ingeniero|desarrollador|analista|gerente|técnico|medewerker|ontwikkelaar|adviseur|beheerder|utvecklare|ingenjör|udvikler|konsulent|medarbejder|projektleder|projektledare|sjuksköterska|junior|senior|staff|principal)\b|\((m|w|f|h|d|x|gn)\s*\/\s*(m|w|f|h|d|x)(\s*\/\s*(m|w|f|h|d|x|i))?\)|\bm\/w\/d\b|\bh\/f\b/i;

/** A control to sign up for an event, not to apply for a job ("Register now", "Get tickets", "Jetzt anmelden"). */
export const EVENT_CONTROL =
  /^\s*(register( now| here| for (the|this) (event|fair|webinar))?|book (a |your )?(place|ticket|seat|spot)s?|get (your )?tickets?|buy tickets?|rsvp|reserve (a |your )?(place|seat|spot)|(jetzt )?anmelden|tickets (kaufen|sichern)|s['’]inscrire|je m['’]inscris|inscr[ií]bete|inscripción|aanmelden|schrijf je in|tilmeld( dig)?|anmäl dig)\s*$/i;

/** A title about a role rather than one opening: pay guides, interview questions, career advice. */
export const ROLE_TOPIC =
  /\b(salary|salaries|average pay|gehalt|gehälter|verdienst|salaire|sueldo|salario|salaris|løn|lön|interview questions|job description template|how to become|career path|what does an? )\b/i;
