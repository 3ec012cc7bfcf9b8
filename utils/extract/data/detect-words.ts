/**
 * Words detection reads beside the shared vocabulary: what an apply control says, how a job
 * title reads, and the section headings of a job ad, in the languages we see most. Data only; the
 * long lists are `caseless` (lower case, tested on lower-cased text: far cheaper to compile than `i`).
 */
import { caseless } from '../../text/text-test';

/**
 * The start of a link or button that applies for a job ("Apply for this role", "Jetzt online bewerben").
 * Chinese, Japanese and Korean words stand apart: `\b` never ends after one of their letters.
 */
export const APPLY_START =
  /^\s*((easy |quick )?apply(\s*$|\s+(now|here|today|online|for|to|on|with|via|directly|in)\b)|submit (your |my )?application|send (your |my )?application|i('|’)m interested|jetzt (online )?bewerben|online bewerben|bewerben|bewirb dich|zur bewerbung|postuler|candidater|envoyer (ma|votre) candidature|je postule|solicitar|inscribirme|aplicar|candidatar|postularme|solliciteer|sollicit(eren|eer)|reageer|ansök|sök tjänsten|søg|ansøg|hae|haku|candidati|candidatura rapida|invia (la tua )?candidatura|quero me candidatar|enviar candidatura|aplikuj|søk( her| nå| på stillingen)?|send søknad|jätä hakemus|odpovědět|reagovat|mám zájem|reagovať na ponuku|odpovedať na ponuku|mám záujem|odeslat životopis)\b|^\s*(지원하기|입사지원|응모|応募|エントリー|話を聞きに行きたい|應徵|我要應徵|应聘|立即申请|投递简历|قد[ّ]?م الآن|تقد[ّ]?م الآن|قد[ّ]?م طلبك|التقديم على الوظيفة)/i;

/**
 * Section headings of job ads, beyond the shared list (more languages, UK/academic wording). Chinese,
 * Japanese and Korean names start the heading, often in brackets ("【仕事内容】"), with no `\b`.
 */
export const MORE_JOB_HEADINGS = caseless(
  /\b(key responsibilities|main duties|duties|person specification|essential criteria|desirable criteria|skills and experience|what you('|’)ll bring|what you bring|what you('|’)ll get|what you get|what we('|’)re offering|why join us|your profile|your tasks|your responsibilities|the position|job purpose|das bringst du mit|das erwartet dich|deine benefits|unser angebot|ihre vorteile|was dich erwartet|vos responsabilités|le poste|ce que nous offrons|ce que nous proposons|avantages|qui êtes[- ]vous|descriptif du poste|tus funciones|funciones|requisitos|ofrecemos|qué ofrecemos|functieomschrijving|wat ga je doen|wat wij bieden|wat vragen wij|functie-eisen|arbetsuppgifter|vi erbjuder|din profil|dine opgaver|vi tilbyder|om stillingen|om rollen|mansioni|le tue mansioni|i tuoi compiti|il tuo profilo|requisiti|cosa offriamo|ti offriamo|offriamo|responsabilità|atividades|principais atividades|benefícios|diferenciais|oferecemos|descrição da vaga|funções|zakres obowiązków|twój zakres obowiązków|nasze wymagania|wymagania|to oferujemy|oferujemy|arbeidsoppgaver|kvalifikasjoner|vi tilbyr|personlige egenskaper|työtehtävät|tehtävät|toivomme sinulta|edellytämme|tarjoamme|odotamme sinulta|náplň práce|požadujeme|nabízíme|co nabízíme|co budete dělat|požadavky|co od vás očekáváme|požiadavky na zamestnanca|požiadavky|ponúkame|čo ponúkame)(?![\p{L}])|^[【［[]?\s*(仕事内容|業務内容|応募資格|必須(スキル|条件)|歓迎(スキル|条件)|求める(人物像|経験|スキル)|あると嬉しい|募集要項|福利厚生|こんなことやります|工作內容|工作内容|條件要求|岗位职责|任职要求|职位描述|福利制度|주요\s?업무|담당\s?업무|자격\s?요건|우대\s?사항|복리\s?후생|المهام|المسؤوليات|المتطلبات|المؤهلات|المزايا|الوصف الوظيفي)/u,
);

/**
 * Whole section names of job ads in languages the heading lists above leave out: Vietnamese, Bulgarian, Turkish,
 * Arabic and Estonian. Read by detection only (`isSectionName`), so they do not ship in the capture script.
 * (Turkish capital "İ" folds to no "i": written out.)
 */
export const SECTION_NAMES_MORE_LANGUAGES =
  /^(?:mô tả công việc|yêu cầu ứng viên|yêu cầu công việc|quyền lợi|quyền lợi được hưởng|địa điểm làm việc|описание на длъжността|описание на позицията|отговорности|изисквания|предлагаме|ние предлагаме|[iİ]ş tanımı|genel nitelikler|aranan nitelikler|aday kriterleri|yan haklar|الوصف الوظيفي|وصف الوظيفة|المهام|المسؤوليات|المؤهلات المطلوبة|متطلبات الوظيفة|تفاصيل الوظيفة|المميزات|tööülesanded|nõudmised kandidaadile|omalt poolt pakume|me pakume)$/iu;

/**
 * A title that names a role: a job noun, a gender marker ("(m/w/d)", "(H/F)") or a seniority word.
 * A word ends before a Latin lower-case letter (the list is tested on folded text), written as a range: `\p{L}` made
 * this, the list every click tests first, several times dearer to compile in the page.
 */
export const ROLE_TITLE = caseless(
  /\b(engineer|engineering manager|developer|programmer|manager|designer|analyst|scientist|specialist|consultant|coordinator|administrator|architect|assistant|associate|intern|internship|trainee|apprentice|apprenticeship|technician|officer|director|head of|team lead|lead|accountant|advisor|adviser|nurse|physician|doctor|teacher|lecturer|professor|researcher|research fellow|postdoc|postdoctoral|representative|agent|operator|driver|worker|clerk|cook|chef|auditor|recruiter|writer|editor|planner|supervisor|controller|buyer|executive|electrician|mechanic|carpenter|cashier|receptionist|therapist|pharmacist|surveyor|estimator|foreman|labourer|laborer|dispatcher|bookkeeper|paralegal|solicitor|attorney|counsel|strategist|producer|marketer|copywriter|owner|partner|student|werkstudent|praktikant|praktikum|entwickler|ingenieur|berater|sachbearbeiter|mitarbeiter|leiter|referent|techniker|kaufmann|kauffrau|fachkraft|bauleiter|ingénieur|développeur|chef de|responsable|chargée?|stagiaire|alternant|alternance|technicien|commercial|comptable|ingeniero|desarrollador|analista|gerente|técnico|medewerker|ontwikkelaar|adviseur|beheerder|utvecklare|ingenjör|udvikler|konsulent|medarbejder|projektleder|projektledare|sjuksköterska|junior|senior|staff|principal|impiegat[oa]|addett[oa]|tecnico|operai[oa]|magazziniere|commess[oa]|cuoco|infermiere|ingegnere|sviluppatore|autista|assistente|auxiliar|vendedor|recepcionista|motorista|enfermeir[oa]|desenvolvedor|engenheir[oa]|coordenador|operador|specjalista|kierownik|programista|księgow[ay]|kierowca|magazynier|pracownik|asystent|tekniker|ingeniør|utvikler|rådgiver|sykepleier|selger|sjåfør|lærer|medarbeider|servicetekniker|technik|technička|vedoucí|referentka|účetní|skladník|řidič|prodavač(ka)?|programátor|elektrikář|zdravotní sestra|mistr|obsluha|operátor(ka)?|mechanik|asistent(ka)?)(?![a-zß-ɏ])|(hoitaja|myyjä|asentaja|kuljettaja|insinööri|kehittäjä|asiantuntija|suunnittelija|päällikkö|johtaja|työntekijä)(?![a-zß-ɏ])|(?<=[a-zß-ɏ]{3})(?:o\/a|e\/a|er\/in|eur\/(?:euse|rice)|ien\/ne)\b|\((m|w|f|h|d|x|gn|k)\s*\/\s*(m|w|f|h|d|x|k)(\s*\/\s*(m|w|f|h|d|x|i))?\)|\bm\/w\/d\b|\bh\/f\b/u,
);

/**
 * Job nouns of scripts where `\b` never holds (ROLE_TITLE's words for detection only; apart from it
 * because ROLE_TITLE ships in the capture script, where these would cost bytes):
 * - Chinese, Japanese and Korean, anywhere in a title ("行銷專員", "バックエンドエンジニア");
 * - Arabic ("محاسب أول", "مهندس برمجيات"), between spaces or the title's ends, so "مديرية" is no "مدير".
 */
export const NON_LATIN_ROLE_NOUNS =
  /エンジニア|デザイナー|ディレクター|マネージャー|プランナー|コンサルタント|アシスタント|看護師|薬剤師|工程師|工程师|設計師|设计师|專員|专员|經理|经理|會計|会计|技術員|技术员|護理師|护士|개발자|엔지니어|디자이너|매니저|간호사|(?:^|[\s\-–|،(])(?:ال)?(?:محاسب|مهندس|مطور|مبرمج|مصمم|مدير|مشرف|أخصائي|اخصائي|مسؤول|منسق|مساعد|ممرض|ممرضة|طبيب|صيدلي|فني|سائق|مندوب|مستشار|محلل|معلم|مدرس|موظف|كاتب|باحث)(?:ة)?(?=$|[\s\-–|،)])/u;

/** A control to sign up for an event, not to apply for a job ("Register now", "Get tickets", "Jetzt anmelden"). */
export const EVENT_CONTROL =
  /^\s*(register( now| here| for (the|this) (event|fair|webinar))?|book (a |your )?(place|ticket|seat|spot)s?|get (your )?tickets?|buy tickets?|rsvp|reserve (a |your )?(place|seat|spot)|(jetzt )?anmelden|tickets (kaufen|sichern)|s['’]inscrire|je m['’]inscris|inscr[ií]bete|inscripción|aanmelden|schrijf je in|tilmeld( dig)?|anmäl dig|iscriviti|inscreva-se|zapisz się|meld deg på|ilmoittaudu)\s*$/i;

/**
 * A title about a role rather than one opening: pay guides, interview questions, career advice
 * ("Data Analyst Salary in Germany", "Quanto guadagna un cuoco"). Phrases, so a payroll job's title
 * ("Payroll and Salary Administrator", "Sachbearbeiter Lohn und Gehalt (m/w/d)") is not one.
 */
export const ROLE_TOPIC =
  /\b(salary (guide|survey|report|ranges?|data|comparison|calculator|in|for|of|by)|salaries (in|for|of|by)|salar(y|ies)\s*($|[|:–—])|average (pay|salary|salaries)|how much (does|do|can)\b|gehälter|gehaltsvergleich|gehaltsrechner|was verdient|verdienst (als|eines?|von)|gehalt (als|eines?|von|in)|combien gagne|salaire (moyen|d['’]une?)|cuánto gana|(sueldo|salario) (medio|promedio|de una?)|stipendio (medio|di una?)|quanto guadagna|salário (médio|de)|quanto ganha|ile zarabia|interview questions|job description template|how to become|career path|what does an? )/i;

/** A pay word in a title: a topic only when the title names no role (no job noun, no "(m/w/d)"). */
export const PAY_TITLE_WORD =
  /\b(salary|salaries|average pay|gehalt|gehälter|verdienst|salaire|sueldo|salario|salaris|løn|lön|stipendio|stipendi|salário|zarobki|lønn|palkka)\b/i;

/** A control or heading that signs the user up for job alerts, not for one job ("Create alert", "Crear alerta"). */
export const ALERT_CONTROL =
  /\b(create|set up|get|activate|save) (a |an |your |this )?(job |search )?alerts?\b|\bjob alerts?\b|\bjob-?agent\b|\bjobalarm\b|\balertes? (emploi|e-?mail)\b|\bcréer (une |mon )?alerte\b|\b(crear|crea tu|activar) (una |la )?alerta\b|\balertas? de (empleo|vagas|emprego)\b|\b(criar|crie seu|crie) (um |o )?alerta\b|\b(crea|attiva|salva) (un |l['’])?avviso\b|\bavviso di lavoro\b|\bvacature-?alert\b|\b(utwórz|ustaw) (alert|powiadomienie)\b|\bjobbvarsel\b|\bhakuvahti\b|\bbevakning\b/i;

/**
 * A sign-up to hear about jobs later, not one job: a talent community, network or pool ("Join our Talent
 * Network", "Entra nella nostra Talent Community", "Talentpool", "vivier de talents", "bolsa de talento").
 */
export const TALENT_SIGNUP =
  /\btalent[- ]?(community|network|pool|netzwerk|gemeinschaft|communauté|comunidad|comunità|netwerk)\b|\btalentpool\b|\bvivier de talents\b|\bbolsa de talento\b|\bbanco de talentos\b|\bjoin our (talent|candidate) (community|network|pool)\b/i;

/** The page is about the company, not one job: "About us", "Über uns", "Chi siamo", "Quem somos", "Our culture". */
export const ABOUT_TITLE =
  /^(about( us)?|who we are|our (story|culture|company|mission)|life at|über uns|wir über uns|à propos|qui sommes-nous|chi siamo|la nostra storia|quem somos|sobre (nós|a empresa)|quiénes somos|sobre nosotros|over ons|om oss|om os|o nas|o firmie|meistä|yrityksestä)(?![\p{L}])/iu;

/**
 * Words a page uses to call itself one job ad (singular): "Job offer", "Offerta di lavoro", "Vaga de",
 * "Oferta pracy", "Stillingsannonse", a notice's "Bookkeeper wanted" / "Koch gesucht" / "Se busca camarero", a forum
 * post tagged "[Hiring] …" (r/forhire and boards like it). Read in the page title and description.
 */
export const POSTING_WORDS =
  /\b(job (offer|ad|advert|posting|opening)|vacancy|stellenangebot|stellenanzeige|offre d['’]emploi|oferta de (empleo|trabajo|emprego)|vacature|offerta di lavoro|annuncio di lavoro|vaga de|oferta pracy|ogłoszenie o pracę|stillingsannonse|ledig stilling|jobbannonse|työpaikkailmoitus|avoin työpaikka|nabídka práce|pracovní nabídka|jobannonce|wanted|gesucht|gezocht|sökes|søges|se busca|cercasi|on recrute|nous recrutons|now hiring)\b|募集|求人|招聘|徵才|職缺|채용|وظيفة شاغرة|وظائف شاغرة|فرصة عمل|مطلوب |^\s*[[(]\s*hiring\s*[\])]/i;

/**
 * A CV asked for in words, on a page with no apply control ("leave your CV behind the counter", "Envoyez CV …"), or
 * the way a community post asks to be answered ("DM me with…", "Reply with your phone number").
 */
export const CV_WORDS =
  /\b(cv|c\.v|résumé|resume|curriculum|lebenslauf|dm me|send (?:me|us) an? (?:dm|pm|message)|pm me|reply with (?:your|a))\b/i;

/**
 * Job nouns `ROLE_TITLE` lacks, for detection only (ROLE_TITLE ships in the capture script): trades, care and
 * service roles, volunteers, apprentices and interns in Polish, Czech, Portuguese, Turkish, Finnish, the Nordic
 * languages, Italian and English. Lower case, bounded by Latin letters (a letter outside ASCII is no `\b`; a class, not
 * `\p{L}`, which is slower to compile).
 */
export const MORE_ROLE_NOUNS =
  /(?<![a-z\u00df-\u024f])(?:spawacz|monter|ślusarz|elektryk|sprzedawc[ay]|kucharz|kelner(?:ka)?|opiekun(?:ka)?|pielęgniar(?:ka|z)|fizjoterapeut[ay]|przedstawiciel(?:ka)?|handlowiec|brygadzista|tokarz|frezer|lakiernik|murarz|stolarz|hydraulik|doradc[ay]|konsultant(?:ka)?|praktykant(?:ka)?|stażyst(?:a|ka)|wolontariusz(?:ka)?|sprzątacz(?:ka)?|piekarz|fryzjer(?:ka)?|zástupce|svářeč|zedník|kuchař(?:ka)?|číšník|servírka|pekař|technolog|konstruktér|zámečník|instalatér|ošetřovatel(?:ka)?|pečovatel(?:ka)?|uklízeč(?:ka)?|brigádník|dobrovolník|stážista|truhlář|montér|cozinheir[oa]|empregad[oa]|rececionista|vendedor(?:a)?|pedreiro|eletricista|canalizador|padeir[oa]|estagiári[oa]|contabilista|voluntári[oa]|cuidador(?:a)?|soldador|repositor(?:a)?|atendente|eleman[a-z\u00df-\u024f]*|uzman[a-z\u00df-\u024f]*|mühendis[a-z\u00df-\u024f]*|sorumlus[a-z\u00df-\u024f]*|müdür[a-z\u00df-\u024f]*|teknisyen[a-z\u00df-\u024f]*|şoför[a-z\u00df-\u024f]*|garson|aşçı[a-z\u00df-\u024f]*|muhasebeci|temsilcis[a-z\u00df-\u024f]*|operatör[a-z\u00df-\u024f]*|stajyer|gönüllü|harjoittelija|vapaaehtoi[a-z\u00df-\u024f]*|oppisopimus[a-z\u00df-\u024f]*|kokki|siivooja|tarjoilija|lærling[a-z\u00df-\u024f]*|lärling[a-z\u00df-\u024f]*|sommervikar|feriehjelp|snickare|undersköterska|kock|städare|educat(?:ore|rice)|operat(?:ore|rice)|camerier[ea]|stagista|tirocinante|volontari[oa]|apprendista|muratore|saldatore|elettricista|idraulico|badante|volunteers?|carer|caregiver|porter|waiter|waitress|barista|baker|butcher|welder|plumber|joiner|bricklayer|roofer|painter|decorator|gardener|caretaker|custodian|janitor|nanny|tutor|instructor|lifeguard|courier|(?:team|crew|staff) member|packer|picker|cleaner|housekeeper|handyman|bartender|dishwasher|fitter|plasterer|tiler|glazier|scaffolder|farmhand)(?![a-z\u00df-\u024f])/;

/**
 * A title that opens (or, in Turkish, ends) by announcing one hire, in wording `HIRING_LEAD` lacks: "We're looking
 * for a part-time bookkeeper", "Ricerca educatore", "Precisa-se cozinheiro", "Hledáme skladníka", "Zatrudnimy
 * kierowcę", "Etsimme myyjää", "Muhasebe elemanı aranıyor". Lower case; detection only.
 */
export const HIRE_TITLE_MORE =
  /^(?:we(?:'|’| a)re looking for|we are looking for|we need an?|looking for an?|help wanted|ricerca|ricerchiamo|selezioniamo|selezione per|procuramos|procura-se|precisa-se|estamos a recrutar|hledáme|přijmeme|zatrudnimy|zatrudnię|poszukujemy|przyjmiemy|etsimme|haetaan)\s*[:!–—-]?\s+\S|(?:arıyoruz|aranıyor|aranmaktadır)\s*[.!]?$/;

/**
 * A label or heading only a course page has ("Course code", "Entry requirements", "Kursgebühr", "Durée de la
 * formation"): a course's title names the trade it trains for and its "Apply now" enrols, so two of them say the page
 * is a course, not a job.
 */
export const COURSE_LABEL =
  /^(?:course (?:overview|code|fees?|content|details|summary|duration|dates|level)|entry requirements|how to enrol|enrol(?:ment)?(?: now)?|tuition(?: fees?)?|awarding body|qualification gained|kursinhalte?|kursgebühr(?:en)?|kursdauer|durée de la formation|contenu de la formation|frais de formation|contenido del curso|requisitos de acceso|contenuti del corso|durata del corso|costo del corso)\s*:?$/i;
