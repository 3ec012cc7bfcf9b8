/**
 * The words around a salary in English, German, French, Spanish, Portuguese, Italian, Dutch, Polish,
 * Swedish, Norwegian, Danish, Finnish and Czech. Data only: '|'-separated lists, lower case, read by
 * lexicon.ts. In a `start` list an entry matches a word that starts with it ("annu" → "annually",
 * never "manual"); a trailing "$" asks for the whole word ("pa$"); an entry with a space matches two
 * words ("day rate"). An `inner` entry matches anywhere in a word, for compounds ("Bruttomonatsgehalt",
 * "månadslön"). No entry matches a word that holds one of `except` ("lohnt", "lönsam", "salariés":
 * employees, not pay).
 */
import type { PayPeriod } from '../schema/posting';

export interface WordList {
  start: string;
  inner?: string;
  except?: string;
}

/** Before a unit: "per hour", "/ Jahr", "a year", "pro Monat", "par an", "de l'heure", "al mes", "i månaden", "pr. time", "za godzinę", "p. a.". */
export const PER = '/|per|pro|par|por|a|an|al|all|au|de|l|à|na|i|om|za|each|every|pr|p';

/** By period: units after PER ("per hour"), and words that state it alone ("hourly", "Stundenlohn"). */
export const PERIODS: ReadonlyArray<readonly [PayPeriod, { units: string } & WordList]> = [
  [
    'hour',
    {
      units:
        'hour|hours|hr|hrs|h|std|stunde|stunden|heure|heures|hora|horas|uur|ora|ore|godz|godzina|godzinę|godziny|timme|timmen|time|timen|tunti|tunnissa|hodinu|hod',
      start: 'hourly|horair|horaria$|oraria$|hodinov',
      inner: 'stundenlohn|stundenlöhn|stundensatz|stündlich|uurloon|godzinow|timlön|timelønn|timeløn|tuntipalk',
    },
  ],
  [
    'day',
    {
      units: 'day|days|d|tag|tage|jour|jours|j|día|días|dia|dias|dag|dagen|giorno|dzień|päivä|diem',
      start: 'daily|day rate|journali|tjm$|diari|giornalier|dzienn',
      inner: 'tagessatz|dagtarief|dagslön|dagsløn|päiväpalk',
    },
  ],
  [
    'week',
    {
      units:
        'week|weeks|wk|woche|semaine|semaines|semana|semanas|settimana|tydzień|vecka|veckan|uke|uken|uge|ugen|viikko',
      start: 'weekly|hebdomadaire|semanal|wekelijks|settimanal|tygodniow',
      inner: 'wöchentlich|wochenlohn|weekloon|veckolön|ukelønn|ugeløn|viikkopalk',
    },
  ],
  [
    'month',
    {
      units:
        'month|months|mo|mth|mon|monat|mois|mes|mês|maand|mese|miesiąc|miesiącu|mies|mc|mån|månad|månaden|måned|måneden|mnd|md|kk|kuukausi|kuukaudessa|kuussa|měsíc|měs|bulan',
      start:
        'monthly|mensuel|mensual|mensal|mensais|mensil|maandelijks|miesięczn|månedlig|kuukaudessa|pcm$|mies$|mies.$|mtl$|mtl.$|monatl|p.m$|p.m.$|mensile|mensili|mnd.$|mdr$|mdr.$|měsíčn',
      inner:
        'monatlich|monatsgehalt|monatsgehält|monatslohn|monatslöhn|monatsentgelt|monatsverdienst|monatsbrutto|maandsalaris|maandloon|månadslön|månedsløn|kuukausipalk',
    },
  ],
  [
    'year',
    {
      units: 'year|years|yr|yrs|a|jahr|an|année|año|años|ano|anos|jaar|anno|rok|roku|år|året|vuosi|annum|tahun',
      start: 'annu|anual|yearly|p.a$|pa$|ral$|lpa$|ctc$|jaarlijks|roczn|årlig|vuodessa|ročn',
      inner:
        'jährlich|jahresgehalt|jahresgehält|jahreslohn|jahresentgelt|jahresverdienst|jahresbrutto|jahresziel|jaarsalaris|jaarloon|årslön|årsløn|vuosipalk',
    },
  ],
];

/** Between an amount and its period: gross or net ("3.200 € brutto/Monat", "R$ 2.800,00 (Bruto mensal)"). */
export const GROSS: WordList = { start: 'brut|gross$|lord|net$|nett|neto$|neta$|before$|tax$|taxes$' };

/** Words before a period that count time, not pay ("40 Stunden wöchentlich", "5 days weekly"). */
export const TIME_COUNT = 'hours|stunden|std|heures|horas|uur|ore|timmar|timer|days|tage|jours|días|dagen|dni|päivää';

/** Words that make a sentence one about pay. */
export const PAY_WORDS: WordList = {
  start:
    'salar|salair|salári|sueldo|pay$|pays$|paying$|paid|payscale|compens|wage$|wages$|rate$|rates$|base$|range$|remun|rémun|retribu|earn|ote$|on target|package$|stipendio|ctc$|lpa$|wynagrodz|pensj|płac|stawk|widełk|honorar|brut|lordo$|lorda$|lordi$|paga$|tjm$|ral$|mzd|plat$|platov',
  inner: 'gehalt|gehält|lohn|löhn|vergütung|entgelt|verdienst|bezahl|salaris|loon|lön|løn|palk',
  except:
    'salarié|lohnt|lönsam|lønsom|lønnsom|palkin|durchschnitt|keskipalk|medellön|gennemsnit|gjennomsnitt|gemiddeld',
};

/** Money that is not the job's pay: funding, revenue, valuation, budgets, quotas, bonuses, allowances, vouchers. */
export const NOT_PAY_WORDS: WordList = {
  start:
    'raise$|raised$|raises$|raising$|fund$|funds$|funding$|funded$|series a$|series b$|series c$|series d$|seed$|invest|valuation|valued$|revenue|turnover|arr$|sales of|in sales|quota|grant$|grants$|spend$|worth$|sign on|signing|referral|relocation|allowance|stipend$|stipends$|reimburs|rembours|reembols|rimbors|voucher|discount|per diem|supplement|supplément|price|commission|comiss|comisi|prowizj|provisjon|chiffre|levée$|levé$|financ|finanz|finans|fatturato|facturaci|faturamento|omzet|omsättning|omsætning|omsetning|przych|presupuesto|orçamento|budżet|budsjett|budjetti|ronda$|rodada|receita|prime$|prima$|premio|prêmio|bônus|bono$|vale$|ajuda|ayuda|dieta|indemnit|mutuelle|contribution|contributo|bijdrage|tilskud|aporte$|chèque|cheque',
  inner:
    'budget|bonus|bidrag|tilskud|tillskott|zuschuss|zulage|prämie|gutschein|umsatz|provision|rabatt|ticket|beitrag|cheque|chèque',
};

/**
 * An average, median or typical figure ("average salary", "Durchschnittsgehalt", "salaire moyen", "keskipalkka",
 * "medellön"): a salary guide's number, never the posting's pay, even with a pay word after it.
 */
export const AVERAGE_WORDS: WordList = {
  start:
    'average|median|typical|estimated|estimate$|estimé|estimée|estimation|estimado|estimada|estimativa|stimat|geschat|moyen$|moyenne$|promedio|salario medio|stipendio medio|salário médio|média salarial|mediaan|mediana$|gemiddeld|średni|keskimäärin|snittlön$|snittlønn$',
  inner: 'durchschnitt|geschätzt|schätzung|keskipalk|medellön|genomsnitt|gennemsnit|gjennomsnitt|mediaanipalk',
};

/** Join the two ends of a range: "-", "to", "bis", "à", "a", "hasta", "até", "tot", "til", "do", "до", "fino a". */
export const RANGE_TO = '-|–|—|~|to|bis|à|a|au|hasta|até|al|tot|til|till|do|до|fino a';
/** Join the two ends only after "between" ("zwischen 2.850 € und 3.200 €", "entre 45 000 et 52 000 €"). */
export const RANGE_AND = 'and|und|et|y|e|och|og|en|ja|i';
export const BETWEEN = 'between|zwischen|entre|tussen|mellan|mellem|mellom|tra|między';
/** A lone amount that is the top ("up to £40,000", "bis zu", "jusqu'à", "hasta", "até", "fino a", "do"). */
export const UP_TO =
  "up to|upto|max|max.|maximum|maximaal|bis zu|höchstens|jusqu'à|jusqu’à|hasta|até|fino a|tot|opp til|upp till|op til|do|enintään";
/** A lone amount that is the bottom ("from $25/hr", "ab 39.000 €", "à partir de", "desde", "od", "från", "vanaf"). */
export const FROM =
  'from|starting at|starting from|starting|min|min.|minimum|minimaal|at least|ab|mindestens|à partir de|a partir de|plus de|über|desde|vanaf|da|od|från|fra|alkaen|minst';
