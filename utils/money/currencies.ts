/**
 * Currencies as pages write them, and whose currency a mark several countries share is. Data only,
 * compact '|'-separated strings (this ships in the capture script); read by parse.ts and local.ts.
 */
import type { PayPeriod } from '../schema/posting';

/**
 * Marks and words → ISO 4217, as `mark=ISO`. Longer marks first, so "CA$" wins over "$" and "R$"
 * over "$". A mark that several countries share ("$", "kr", "¥", "Rs") names its most common
 * currency here; local.ts picks the page's own by host, place or language.
 */
export const CURRENCY_MARKS =
  'US$=USD|CA$=CAD|AU$=AUD|NZ$=NZD|HK$=HKD|MX$=MXN|C$=CAD|A$=AUD|S$=SGD|R$=BRL|$=USD|€=EUR|£=GBP|¥=JPY|₹=INR|₩=KRW|₺=TRY|₪=ILS|zł=PLN|Kč=CZK|SFr.=CHF|Fr.=CHF|kr.=SEK|kr=SEK|Rs.=INR|Rs=INR|Ft=HUF|lei=RON|euros=EUR|euro=EUR|dollars=USD|pounds=GBP|złotych=PLN|reais=BRL|rupees=INR|kronor=SEK|kroner=NOK|Franken=CHF|francs=CHF|만원=KRW|원=KRW|RM=MYR|₱=PHP|Rp=IDR|฿=THB|₫=VND|S/=PEN|ringgit=MYR|rupiah=IDR|KSh=KES|Ksh=KES|₦=NGN|GH₵=GHS|лв.=BGN|лв=BGN|baht=THB|บาท=THB|R=ZAR|VNĐ=VND';

/** ISO codes recognised when written as words ("USD 45/hr", "EUR 60.000", "85 000 SEK"). */
export const CURRENCY_CODES =
  'USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|JPY|CNY|INR|KRW|SGD|HKD|MXN|BRL|ZAR|AED|ILS|TRY|MYR|PHP|IDR|THB|VND|SAR|QAR|KWD|BHD|OMR|EGP|JOD|MAD|PEN|COP|CLP|ARS|NGN|KES|GHS|PKR|TWD';

/**
 * The currencies a shared mark may stand for, as `ISO:country codes`: a page of one of those
 * countries (by host, place or language) means that currency; otherwise the mark's own (above).
 */
export const SHARED_MARKS: ReadonlyArray<readonly [marks: string, currencies: string]> = [
  ['$|dollars', 'AUD:au|CAD:ca|NZD:nz|SGD:sg|HKD:hk|MXN:mx|CLP:cl|ARS:ar|COP:co|TWD:tw'],
  ['kr|kr.|kronor|kroner', 'SEK:se|NOK:no|DKK:dk|ISK:is'],
  ['¥', 'CNY:cn'],
  ['Rs|Rs.|rupees', 'PKR:pk|LKR:lk'],
];

/**
 * Place words → country code, for a shared mark on a host that names no country (an ATS host, a
 * ".com"): the country's names, then its regions and large cities, in English and the local language.
 * Countries whose currency no shared mark stands for are here too, so that "Perth, Scotland" is not Perth, Australia.
 */
export const COUNTRY_PLACES: ReadonlyArray<readonly [country: string, names: string, regionsAndCities: string]> = [
  [
    'au',
    'australia',
    'new south wales|queensland|victoria|tasmania|nsw|qld|vic|sydney|melbourne|brisbane|perth|adelaide|canberra',
  ],
  [
    'ca',
    'canada',
    'ontario|quebec|québec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|toronto|montreal|montréal|vancouver|calgary|ottawa',
  ],
  ['nz', 'new zealand|aotearoa', 'auckland|wellington|christchurch'],
  ['sg', 'singapore', ''],
  ['co', 'colombia', 'bogotá|bogota|medellín|medellin|cali|barranquilla|cartagena|bucaramanga'],
  ['mx', '(?<!new )méxico|(?<!new )mexico', 'ciudad de méxico|cdmx|guadalajara|monterrey|puebla|querétaro'],
  ['cl', 'chile', 'santiago de chile|región metropolitana|valparaíso|concepción'],
  ['ar', 'argentina', 'buenos aires|córdoba|rosario|mendoza'],
  ['hk', 'hong kong', ''],
  ['se', 'sweden|sverige', 'stockholm|göteborg|gothenburg|malmö|uppsala'],
  ['no', 'norway|norge', 'oslo|bergen|trondheim|stavanger'],
  ['dk', 'denmark|danmark', 'københavn|copenhagen|aarhus|odense'],
  ['cn', 'china', 'beijing|shanghai|shenzhen'],
  ['pk', 'pakistan', 'karachi|lahore'],
  ['gb', 'united kingdom|great britain|england|scotland|(?<!south )wales|northern ireland', ''],
  ['ie', '(?<!northern )ireland', ''],
  ['us', 'united states|usa', ''],
  ['za', 'south africa', 'gauteng|western cape|kwazulu-natal|johannesburg|cape town|durban|pretoria|sandton'],
  ['ae', 'united arab emirates|uae|الإمارات', 'dubai|abu dhabi|sharjah|ajman|دبي|أبوظبي|أبو ظبي|الشارقة'],
  ['sa', 'saudi arabia|ksa|السعودية', 'riyadh|jeddah|dammam|al khobar|الرياض|جدة|الدمام'],
  ['qa', 'qatar|قطر', 'doha|الدوحة'],
  ['kw', 'kuwait|الكويت', ''],
  ['bh', 'bahrain|البحرين', 'manama|المنامة'],
  ['om', 'oman|سلطنة عمان', 'muscat|مسقط'],
  ['eg', 'egypt|مصر', 'cairo|giza|alexandria|القاهرة|الجيزة|الإسكندرية'],
  // ("عمان" without its shadda is also Oman: only "عمّان" is Amman.)
  ['jo', 'jordan|الأردن|الاردن', 'amman|irbid|zarqa|عمّان|إربد|الزرقاء'],
  ['ma', 'morocco|maroc|المغرب', 'casablanca|rabat|marrakech|tanger|الدار البيضاء|الرباط'],
  ['in', 'india', 'bengaluru|bangalore|mumbai|new delhi|hyderabad|chennai|pune|gurugram|noida'],
];

/**
 * Each country's currency, as `country:ISO`: a bare number ("5000 - 6500 Monthly", "900 - 1200 شهرياً") takes the
 * currency of the country the host or the posting's places name. Read by local.ts only (not shipped in the capture
 * script); euro countries are listed apart.
 */
export const COUNTRY_CURRENCIES =
  'au:AUD|ca:CAD|nz:NZD|sg:SGD|hk:HKD|mx:MXN|cl:CLP|ar:ARS|co:COP|tw:TWD|se:SEK|no:NOK|dk:DKK|is:ISK|gb:GBP|uk:GBP|us:USD|ch:CHF|pl:PLN|cz:CZK|hu:HUF|ro:RON|bg:BGN|tr:TRY|in:INR|pk:PKR|jp:JPY|cn:CNY|kr:KRW|br:BRL|za:ZAR|ae:AED|sa:SAR|qa:QAR|kw:KWD|bh:BHD|om:OMR|eg:EGP|jo:JOD|ma:MAD|ng:NGN|ke:KES|gh:GHS|my:MYR|ph:PHP|id:IDR|th:THB|vn:VND|il:ILS|pe:PEN';
export const EURO_COUNTRIES = 'de|at|fr|es|it|nl|be|pt|ie|fi|ee|lv|lt|sk|si|gr|lu|mt|cy|hr';
/**
 * Province and state codes right after a place's city ("Halifax, NS", "Ballarat, VIC", "Melbourne, FL";
 * not the "CA" of "Toronto, ON, CA"), which the place words above cannot hold. Codes two countries share
 * (WA, SA, NT) are left out.
 */
export const PLACE_CODES: ReadonlyArray<readonly [string, string]> = [
  ['ca', 'ON|QC|BC|AB|MB|SK|NS|NB|NL|PE'],
  ['au', 'NSW|QLD|VIC|TAS|ACT'],
  [
    'us',
    'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WV|WI|WY',
  ],
];

/** Symbol to show when turning structured salary into text. */
export const CURRENCY_DISPLAY: Readonly<Record<string, string>> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  INR: '₹',
  KRW: '₩',
};

/** Structured data unitText → period. */
export const UNIT_TEXT_PERIODS: Readonly<Record<string, PayPeriod>> = {
  HOUR: 'hour',
  HOURLY: 'hour',
  DAY: 'day',
  DAILY: 'day',
  WEEK: 'week',
  WEEKLY: 'week',
  MONTH: 'month',
  MONTHLY: 'month',
  YEAR: 'year',
  YEARLY: 'year',
  ANNUAL: 'year',
  ANNUALLY: 'year',
};
