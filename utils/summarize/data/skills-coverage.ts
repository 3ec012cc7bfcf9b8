/**
 * Broad coverage of the skills recruiters tag across professions (care, payroll, accounting,
 * warehouse, trades, legal, public sector, sales, marketing, HR, farming, veterinary nursing,
 * physiotherapy, banking), with the phrasings postings use in
 * English, German, French, Spanish, Dutch, the Nordic languages, Italian, Portuguese and Polish.
 * Same format as `SKILL_TABLE` in `skills.ts`: a canonical name (the form a recruiter writes) and
 * its aliases. `COVERAGE_ALIASES` adds words to skills of the other tables; `COVERAGE_GUARDS`
 * keeps ordinary words from counting out of context.
 */
import type { SkillGuard } from './skills';

export const COVERAGE_SKILLS: ReadonlyArray<readonly [string, string]> = [
  [
    'care-coverage',
    `RN license|RN licence|RN licensure|active RN license|current RN license|unrestricted RN license|compact RN license|multistate RN license|Registered Nurse license|registered nurse licence|Registered Nurse (RN) license
Community nursing|district nursing|community nurse|district nurse|home health nursing|wijkverpleegkundige zorg|Hauskrankenpflege|häusliche Krankenpflege|soins infirmiers à domicile|enfermería comunitaria|hjemmesygepleje|kotisairaanhoito|infermieristica di comunità|enfermagem comunitária|pielęgniarstwo środowiskowe
Care needs assessment|care needs assessments|indiceert de zorg|indiceren van zorg|zorg indiceren|assessment of care needs|indiceren|indicatiestelling|indicatiestellingen|Pflegebedarfsermittlung|Begutachtung des Pflegebedarfs|évaluation des besoins de soins|valoración de la dependencia|vårdbehovsbedömning|behovsvurdering|hoidon tarpeen arviointi|valutazione del bisogno assistenziale|avaliação das necessidades de cuidados
Medication management|medicines management|managing medication|managing medicines|medicatiebeheer|Medikamentenmanagement|gestion du circuit du médicament|gestión de la medicación|gestione della terapia farmacologica|gestão da medicação|zarządzanie lekami
BIG registration|BIG-registratie|BIG registratie|BIG-geregistreerd|BIG-register
Nedap Ons|Nedap ONS|Nedap
Pressure ulcer prevention|pressure area care|pressure injury prevention|pressure ulcer care|prévention des escarres|Dekubitusprophylaxe|prevención de úlceras por presión|decubituspreventie|decubitus preventie|trycksårsprevention|tryksårsforebyggelse|trykksårforebygging|painehaavojen ehkäisy|prevenzione delle lesioni da pressione|prevenzione delle piaghe da decubito|prevenção de úlceras por pressão|profilaktyka odleżyn
Meal assistance|assist with meals|assisting with meals|help with eating|mealtime assistance|aide aux repas|aide à la prise des repas|Essenreichen|Hilfe bei der Nahrungsaufnahme|Unterstützung bei der Nahrungsaufnahme|ayuda en la alimentación|ayuda en las comidas|hulp bij het eten|hulp bij eten en drinken|måltidsstöd|hjælp til måltider|aiuto nell'alimentazione|ajuda na alimentação|pomoc przy posiłkach`,
  ],
  [
    'payroll-hr-coverage',
    `Payroll tax|payroll taxes|payroll withholding|payroll tax filings|Lohnsteueranmeldung|Lohnsteueranmeldungen|Lohnsteuerabzug|retenciones de IRPF|retenciones del IRPF|retenciones IRPF|loonheffingen|loonaangifte|loonaangiftes|arbetsgivardeklaration|arbetsgivardeklarationer|ritenute fiscali|ritenute IRPEF|retenção na fonte|zaliczki na podatek dochodowy|PIT-4R|PIT-11
Social security reporting|social security declarations|SV-Meldungen|Sozialversicherungsmeldungen|DEÜV-Meldungen|Meldungen an die Sozialversicherung|déclaration sociale nominative|déclarations sociales|DSN|seguros sociales|liquidación de seguros sociales|liquidaciones de seguros sociales|aangifte sociale verzekeringen|deklaracje ZUS|rozliczenia ZUS|rozliczenia z ZUS|dichiarazioni contributive|declarações à segurança social|DIMONA|DmfA
Sistema RED|RED de la Seguridad Social
Heroma
Personec P
Sage Paie
Płatnik
BrightPay
IRIS Payroll
Collective agreements|collective agreement|collective bargaining agreements|collective labour agreements|collective labor agreements|Tarifvertrag|Tarifverträge|Tarifrecht|tarifliche Regelungen|conventions collectives|convention collective|convenios colectivos|convenio colectivo|cao-bepalingen|kollektivavtal|kollektivavtalen|kollektivavtalet|overenskomst|overenskomster|tariffavtale|tariffavtaler|työehtosopimus|työehtosopimukset|contratti collettivi|contratto collettivo|convenções coletivas|układy zbiorowe
Absence management|sickness absence management|sickness absence|attendance management|managing absence|absence monitoring|verzuimbegeleiding|verzuimmanagement|verzuimbeleid|verzuim|Fehlzeitenmanagement|Abwesenheitsmanagement|gestion des absences|suivi des absences|gestión del absentismo|gestión de ausencias|control del absentismo|sjukfrånvarohantering|sjukfrånvaro|sygefraværsopfølgning|sykefraværsoppfølging|sykefravær|gestione delle assenze|gestão do absentismo|zarządzanie absencją
Disciplinary and grievance|disciplinary and grievance procedures|disciplinaries and grievances|grievance and disciplinary|disciplinary|disciplinaries|grievance|grievances|disciplinary hearings|disciplinary investigations
HR policies|HR policy|people policies|HR-beleid|Personalrichtlinien|politiques RH|políticas de RRHH|políticas de recursos humanos|HR-policyer|HR-politik|politiche HR|políticas de RH|polityka kadrowa
HR advisory|HR advice|advising managers|advise managers|advise line managers|advising line managers|adviseert leidinggevenden|leidinggevenden adviseren|HR-advies|HR-Beratung|Beratung von Führungskräften|conseil RH|conseil aux managers|asesoramiento a mandos|HR-rådgivning|rådgivning till chefer|consulenza HR|consultoria de RH
CIPD Level 3|CIPD level 3|Level 3 CIPD|CIPD L3
CIPD Level 5|CIPD level 5|Level 5 CIPD|CIPD L5
CIPD Level 7|CIPD level 7|Level 7 CIPD|CIPD L7
Right to work checks|right to work checks|right-to-work checks|right to work documentation|I-9 verification`,
  ],
  [
    'finance-coverage',
    `Comarch ERP XL|Comarch XL
Cash flow forecasting|cash flow forecasts|cash forecasting|Liquiditätsplanung|prévisions de trésorerie|previsiones de tesorería|liquiditeitsprognose|likviditetsprognos|likviditetsbudget|previsioni di cassa|previsão de tesouraria|prognozy przepływów pieniężnych`,
  ],
  [
    'logistics-coverage',
    `Shipping|shipment preparation|Versandabwicklung|Versandvorbereitung|Warenversand|préparation des expéditions|gestion des expéditions|expedición de pedidos|preparación de envíos|verzending van orders|expeditiewerkzaamheden|utleverans|forsendelser|spedizione merci|spedizioni|expedição de mercadorias|wysyłka towaru|shipping and dispatch|dispatch of orders|order dispatch
CargoWise|CargoWise One|CW1
Warehouse housekeeping|warehouse cleanliness|5S in the warehouse|Ordnung und Sauberkeit im Lager|propreté de l'entrepôt|orden y limpieza del almacén|orde en netheid in het magazijn|ordning och reda på lagret|pulizia del magazzino|limpeza do armazém|porządek w magazynie`,
  ],
  [
    'trades-coverage',
    `Electrical maintenance|electrical maintenance|elektrische Instandhaltung|Elektroinstandhaltung|maintenance électrique|mantenimiento eléctrico|elektrisch onderhoud|elunderhåll|elektrisk vedligeholdelse|elektrisk vedlikehold|sähkökunnossapito|manutenzione elettrica|manutenção elétrica|manutenção eléctrica|konserwacja elektryczna|utrzymanie ruchu elektryczne`,
  ],
  [
    'trades-construction-coverage',
    `Bricklaying|bricklayer|bricklayers|brickwork|blockwork|Maurerarbeiten|Mauerwerksbau|maçonnerie|albañilería|metselwerk|metselen|murerarbejde|murarbete|opere murarie|alvenaria|murarstwo|prace murarskie
Painting and decorating|painter and decorator|decorating|Malerarbeiten|Maler- und Lackierarbeiten|Anstricharbeiten|peinture en bâtiment|travaux de peinture|pintura de interiores|pintura de edificios|schilderwerk|schilderwerkzaamheden|målningsarbete|malerarbejde|malerarbeid|tinteggiatura|pintura de construção|malowanie ścian|prace malarskie
Tiling|tiler|wall and floor tiling|Fliesenlegen|Fliesenarbeiten|Fliesenleger|carrelage|pose de carrelage|alicatado|solado y alicatado|tegelwerk|tegelzetten|plattsättning|flisearbejde|flisearbeid|laatoitus|piastrellatura|posa piastrelle|assentamento de azulejos|glazurnictwo|układanie płytek
Plastering|plasterer|Verputzarbeiten|Putzarbeiten|Stuckateurarbeiten|plâtrerie|enduits|enlucido|enyesado|stukadoorswerk|stucwerk|putsning|pudsning|pussing|rappatura|intonacatura|intonaci|reboco|tynkowanie|prace tynkarskie
Roofing|roofer|Dachdeckerarbeiten|Dacharbeiten|toiture|travaux de couverture|tejados|impermeabilización de cubiertas|dakdekken|dakwerk|takläggning|tagdækning|taktekking|copertura tetti|coberturas de telhado|dekarstwo|pokrycia dachowe`,
  ],
  [
    'service-coverage',
    `Laundry|laundry duties|linen management|Wäscheversorgung|Wäschepflege|blanchisserie|lingerie hôtelière|lavandería|wasserij|linnenkamer|tvätt och linne|vaskeri|lavanderia|guardaroba|rouparia|pralnia
Defensive driving|defensive driver|vorausschauendes Fahren|defensives Fahren|conduite défensive|éco-conduite|conducción defensiva|conducción eficiente|defensief rijden|defensiv körning|sparsam körning|defensiv kørsel|defensiv kjøring|ennakoiva ajotapa|guida difensiva|guida sicura|direção defensiva|jazda defensywna
Data protection|data protection legislation|Datenschutz|Datenschutzrecht|protection des données|protection des données personnelles|protección de datos|gegevensbescherming|dataskydd|databeskyttelse|personvern|tietosuoja|protezione dei dati|protezione dei dati personali|proteção de dados|ochrona danych osobowych`,
  ],
  [
    'legal-coverage',
    `Residential conveyancing|residential property transactions|residential sales and purchases|freehold and leasehold sales|freehold and leasehold purchases
Conveyancing|conveyancer|conveyancing files|property transactions
Property law|real estate law|Immobilienrecht|Grundstücksrecht|droit immobilier|derecho inmobiliario|vastgoedrecht|fastighetsrätt|fast ejendom ret|diritto immobiliare|direito imobiliário|prawo nieruchomości
Land Registry|HM Land Registry|HMLR|land registration|Grundbuchamt|Grundbuch|registre foncier|Registro de la Propiedad|Kadaster|Lantmäteriet|catasto|registo predial|księgi wieczyste
SDLT|Stamp Duty Land Tax|stamp duty land tax
CQS|Conveyancing Quality Scheme
Proclaim
Personal Licence|personal licence|personal license|personal licence holder|personal license holder|APLH|Award for Personal Licence Holders
LEAP Legal|LEAP
Actionstep
Advoware
DATEV Anwalt
Legal correspondence|Korrespondenz mit Mandanten|Mandantenkorrespondenz|Korrespondenz mit Gerichten|client correspondence|correspondence with clients and courts|correspondance juridique|correspondencia jurídica|juridische correspondentie|corrispondenza legale|correspondência jurídica
RVG billing|Gebührenabrechnung nach RVG|Abrechnung nach RVG|RVG-Abrechnung|RVG-Gebührenabrechnung|RVG
Mahnverfahren|gerichtliches Mahnverfahren|gerichtliche Mahnverfahren|Mahnbescheide
Debt enforcement|Zwangsvollstreckung|Zwangsvollstreckungen|Forderungsbeitreibung|exécution forcée|ejecución forzosa|executieprocedures|utmätning|tvangsfuldbyrdelse|esecuzione forzata|execução coerciva|egzekucja komornicza`,
  ],
  [
    'public-sector-coverage',
    `Casework|case work|caseworker|tramitación de expedientes|tramitar expedientes|expedientes administrativos|Sachbearbeitung|Antragsbearbeitung|instruction des dossiers|instruction de dossiers|dossierbehandeling|ärendehandläggning|handläggning av ärenden|sagsbehandling|saksbehandling|istruttoria delle pratiche|gestione delle pratiche|tramitação de processos|obsługa spraw
Records management|records management|record keeping|recordkeeping|registro de entrada y salida|registro de documentos|Registratur|Schriftgutverwaltung|Aktenführung|Aktenverwaltung|gestion des archives|archiefbeheer|diarieföring|protocollo informatico|gestão de arquivo|prowadzenie archiwum
E-government|e-government|eGovernment|sede electrónica|administración electrónica|E-Government|E-Akte|elektronische Akte|digitale Verwaltung|administration électronique|e-overheid|e-förvaltning|digital forvaltning|pubblica amministrazione digitale|administração eletrónica|e-administracja
Public procurement|public tenders|Vergaberecht|öffentliche Ausschreibungen|marchés publics|commande publique|contratación pública|licitaciones públicas|aanbestedingen|aanbestedingsrecht|offentlig upphandling|offentlige udbud|offentlige anskaffelser|julkiset hankinnat|appalti pubblici|contratação pública|zamówienia publiczne|prawo zamówień publicznych`,
  ],
  [
    'sales-marketing-coverage',
    `Paid social|paid social media|social media advertising|social ads|social media ads|sponsored posts|campagne sponsorizzate|publicité sur les réseaux sociaux|publicidad en redes sociales|Social Ads|Social-Media-Werbung|Social-Media-Anzeigen|betaalde social|annoncering på sociale medier|annonsering i sociala medier|reklama w mediach społecznościowych|anúncios em redes sociais
Content creation|create content|creating content|crear contenido|creación de contenido|creación de contenidos|content production|produce content|producing content|Content-Erstellung|Erstellung von Inhalten|Contentproduktion|création de contenu|création de contenus|creación de contenido|creación de contenidos|contentcreatie|contentproductie|content maken|innehållsproduktion|skapa innehåll|produktion af indhold|indholdsproduktion|innholdsproduksjon|sisällöntuotanto|creazione di contenuti|criação de conteúdo|criação de conteúdos|tworzenie treści`,
  ],
  [
    'broad-coverage',
    `Brazing|brazing|brazed|braze|brazes|Hartlöten|hartlöten|brasage|braser|soldadura fuerte|hårdlödning|hårdlodding|slaglodning|brasatura|brasagem|lutowanie twarde
Policy development|develop policies|developing policies|draft policies|drafting policies|policy drafting|policy-making|policymaking|Politikentwicklung|élaboration des politiques|élaboration de politiques|elaboración de políticas|beleidsontwikkeling|beleid ontwikkelen|policyutveckling|sviluppo delle politiche|elaboração de políticas
Policy analysis|policy analyst|analyse policy|analyze policy|analysing policy|analyzing policy|Politikanalyse|analyse des politiques|análisis de políticas|beleidsanalyse|policyanalys|analisi delle politiche|análise de políticas
Housing policy|housing policies|housing strategy|Wohnungspolitik|Wohnungsbaupolitik|politique du logement|política de vivienda|woonbeleid|volkshuisvesting|bostadspolitik|boligpolitik|politica abitativa|política habitacional
Report writing|writing reports|write reports|committee reports|Berichtserstellung|Berichte verfassen|rédaction de rapports|rédiger des rapports|redacción de informes|redactar informes|rapporten schrijven|rapportskrivning|skriva rapporter|stesura di report|redazione di relazioni|redação de relatórios
Public consultation|public consultations|community consultation|community consultations|Bürgerbeteiligung|Öffentlichkeitsbeteiligung|consultation publique|consultations publiques|concertation publique|consulta pública|consultas públicas|participación ciudadana|burgerparticipatie|inspraakprocedures|medborgardialog|borgerinddragelse|consultazione pubblica
Commercial law|Handelsrecht|Wirtschaftsrecht|droit commercial|droit des affaires|derecho mercantil|ondernemingsrecht|diritto commerciale|direito comercial|prawo handlowe
Print design|design for print|designing for print|artwork for print|print-ready artwork|print-ready files|print collateral|Printdesign|conception print|diseño para impresión|printontwerp|design per la stampa
Load planning|plan loads|planning loads|load planner|Ladeplanung|Beladeplanung|planification des chargements|plan de chargement|planificación de cargas|laadplanning|lastplanering|pianificazione dei carichi|planeamento de cargas|planowanie załadunku
Paragon|Paragon routing|Paragon Software|Paragon TMS
Microlise
Childcare|child care|Kinderbetreuung|garde d'enfants|accueil du jeune enfant|cuidado infantil|kinderopvang|barnomsorg|børnepasning|barnepass|assistenza all'infanzia|nappy changes|nappy changing|diaper changes|diaper changing|change des couches|cambio de pañales|luiers verschonen|blöjbyten
Tapestry|Tapestry learning journal
Activity planning|plan activities|planning activities|Aktivitätenplanung|planification d'activités|planifier des activités|planificación de actividades|planificar actividades|activiteiten plannen|planera aktiviteter|planlægge aktiviteter|programmazione delle attività|planeamento de atividades|play-based learning programs|play-based learning programmes|plan learning experiences|pädagogische Angebote planen|Angebote planen
PowerOffice|PowerOffice Go
Authorised accountant|authorized accountant|autorisert regnskapsfører|autoriserte regnskapsfører|auktoriserad redovisningskonsult|godkänd redovisningskonsult
Technical sales|technical selling|technico-commercial|technico-commerciale|technischer Vertrieb|technischen Vertrieb|ventas técnicas|técnico-comercial|vendita tecnica|teknisk försäljning|teknisk salg
Water treatment|Wasseraufbereitung|traitement de l'eau|traitement des eaux|tratamiento de aguas|tratamiento de agua|waterbehandeling|vattenrening|vandbehandling|trattamento delle acque|tratamento de água|uzdatnianie wody`,
  ],
  [
    // Skill texts 173–212: pharmacy, early years, quality inspection, audit, recruiting, SEO, security,
    // mobile, housing and public services; names postings use in eight languages.
    'profession-gaps-coverage',
    `Medication therapy management|MTM|medication therapy management (MTM)|medication reviews|medication review|comprehensive medication reviews|comprehensive medication review|Medikationsanalyse|Medikationsanalysen|bilan partagé de médication|bilans partagés de médication|revisión de la medicación|revisión de medicación|medicatiebeoordeling|medicatiebeoordelingen|läkemedelsgenomgång|läkemedelsgenomgångar|medicingennemgang|revisione della terapia|revisão da medicação
Pharmacy software|pharmacy management system|pharmacy management software|pharmacy system|pharmacy systems|Apothekensoftware|Warenwirtschaftssystem der Apotheke|logiciel officinal|logiciel de gestion officinale|programa de gestión de farmacia|programas de gestión de farmacia|apotheekinformatiesysteem|Farmatic|Nixfarma|Unycop|Winpharma|LGPI|PharmOutcomes|ProScript
Pharmaceutical care|atención farmacéutica|soins pharmaceutiques|pharmazeutische Betreuung|farmaceutische patiëntenzorg|farmaceutisk omsorg|assistenza farmaceutica|cuidados farmacêuticos|seguimiento farmacoterapéutico|accompagnement pharmaceutique
Dermocosmetics|dermocosmética|dermocosmétique|Dermokosmetik|dermocosmetica|dermocosmetic|dermocosmetics|dermo-cosmétique
Child development|development of children|children's development|child's development|développement de l'enfant|développement des enfants|Entwicklung des Kindes|Entwicklung der Kinder|kindliche Entwicklung|desarrollo infantil|desarrollo del niño|ontwikkeling van kinderen|ontwikkeling van het kind|barns utveckling|barnens utveckling|børns udvikling|børnenes udvikling|sviluppo del bambino|sviluppo dei bambini|desenvolvimento infantil|desenvolvimento da criança|children's learning and development
Observation and assessment|observe and document|observing and documenting|observation and documentation|child observations|observations of children|learning observations|Beobachtung und Dokumentation|Entwicklungsbeobachtung|observer et documenter|observation des enfants|observar y documentar|observación y registro|observeren en registreren|observeren en documenteren|observation och dokumentation|pedagogisk dokumentation|pædagogisk dokumentation|observe, document and assess|document and assess children's learning|assess children's learning|observing children's learning
Keyword research|keyword analysis|keyword strategy|Keyword-Recherche|Keyword-Analyse|recherche de mots-clés|recherche de mots clés|investigación de palabras clave|búsqueda de palabras clave|zoekwoordenonderzoek|sökordsanalys|søgeordsanalyse|ricerca delle parole chiave|ricerca keyword|pesquisa de palavras-chave
Technical SEO|technical SEO audits|SEO technique|SEO técnico|technisches SEO|technische SEO|tekniskt SEO|teknisk SEO|SEO tecnico
On-page SEO|on-page optimization|on-page optimisation|onpage SEO|OnPage-Optimierung|SEO on-page|optimisation on-page|SEO on page
Link building|linkbuilding|backlinks|backlink building|Linkaufbau|netlinking|construcción de enlaces|linkbuilding-strategie|länkbygge|linkopbygning
Google Search Console|Search Console|GSC
LinkedIn Recruiter|LinkedIn Recruiter Lite
Applicant tracking systems|applicant tracking system|ATS|applicant tracking|Bewerbermanagementsystem|Bewerbermanagement-System|logiciel de suivi des candidatures|sistema de seguimiento de candidatos|sollicitantenvolgsysteem|rekryteringssystem|rekrutteringssystem|sistema di gestione delle candidature
Interviewing|interview candidates|interviewing candidates|conduct interviews|conducting interviews|screen and interview|competency-based interviews|Vorstellungsgespräche führen|Bewerbungsgespräche führen|mener des entretiens|conduire des entretiens|entretiens de recrutement|realizar entrevistas|entrevistas de selección|sollicitatiegesprekken voeren|sollicitatiegesprekken|genomföra intervjuer|anställningsintervjuer|gennemføre samtaler|ansættelsessamtaler|condurre colloqui|colloqui di selezione|conduzir entrevistas|entrevistas de seleção
Employer branding|employer brand|Arbeitgebermarke|Arbeitgebermarketing|marque employeur|marca empleadora|marca de empleador|werkgeversmerk|arbetsgivarvarumärke|arbejdsgiverbranding|arbeidsgiverprofil|marca del datore di lavoro|marca empregadora
Offer negotiation|negotiate offers|negotiating offers|negotiate compensation|salary negotiation|salary negotiations|Gehaltsverhandlungen|négociation salariale|negociación salarial|salarisonderhandelingen|löneförhandling|lønforhandling|negoziazione dell'offerta|negociação salarial
Nmap|nmap
App Store|Apple App Store|App Store Connect|TestFlight|App Store submission|App Store releases
Housing law|housing legislation|homelessness legislation|Housing Act|Housing Act 1996|Part 7 of the Housing Act|Wohnungsrecht|Mietrecht|droit du logement|derecho de la vivienda|huurrecht|hyresrätt|lejeret|diritto abitativo|direito da habitação
Homelessness prevention|prevent homelessness|preventing homelessness|homeless applications|homelessness assessments|Wohnungslosenhilfe|Obdachlosenhilfe|prévention des expulsions|lutte contre le sans-abrisme|atención a personas sin hogar|daklozenzorg|hemlöshet|hjemløshed|senza dimora|pessoas em situação de sem-abrigo
Needs assessment|needs assessments|assess needs|assessing needs|assessment of needs|valoración de necesidades|valoración social|diagnóstico social|évaluation des besoins|évaluer les besoins|Bedarfsermittlung|Bedarfsfeststellung|behoefte-inventarisatie|behoeftepeiling|behovsbedömning|behovsvurdering|valutazione dei bisogni|avaliação de necessidades|avaliação das necessidades
First article inspection|first article inspections|FAI|first article|first-article inspection|Erstmusterprüfung|Erstmusterprüfbericht|inspection premier article|inspección de primera pieza|eerste-artikelinspectie|ispezione del primo articolo|inspeção do primeiro artigo
Non-conformance reports|non-conformance report|nonconformance reports|nonconformance report|non-conformance reporting|NCR|NCRs|non-conformances|nonconformances|Abweichungsberichte|Fehlerberichte|rapports de non-conformité|fiches de non-conformité|non-conformités|informes de no conformidad|no conformidades|afwijkingsrapporten|afwijkingsrapportages|avvikelserapporter|afvigelsesrapporter|rapporti di non conformità|non conformità|relatórios de não conformidade|não conformidades
ISO 9001|ISO 9001:2015|ISO9001|ISO-9001|DIN EN ISO 9001
Statistical process control|SPC|SPC data|statistische Prozesslenkung|statistische Prozessregelung|maîtrise statistique des procédés|MSP|control estadístico de procesos|statistische procesbeheersing|statistisk processtyrning|statistisk processtyring|controllo statistico di processo|controlo estatístico do processo|controle estatístico de processo
FRS 102|FRS102|FRS 105|UK GAAP
ACA|ICAEW Chartered Accountant|ACA qualified|ACA-qualified|ICAEW qualified
CaseWare|Caseware|CaseWare Working Papers
Leak detection|leak repairs|repair leaks|repairing leaks|fix leaks|fixing leaks|trace leaks|Leckortung|Lecksuche|Leckageortung|recherche de fuites|détection de fuites|detección de fugas|reparación de fugas|lekdetectie|lekkages opsporen|läcksökning|lækagesøgning|ricerca perdite|ricerca delle perdite|deteção de fugas|detecção de vazamentos`,
  ],
  [
    // Skill texts 241–270: respiratory and intensive care, trades, tax, legal, mechanical design,
    // automotive quality (IATF 16949 core tools), ML monitoring and edge, GCSE teaching.
    'thin-professions-coverage',
    `RRT|Registered Respiratory Therapist|registered respiratory therapist|Registered Respiratory Therapist (RRT)|RRT credential
Airway management|airway management|emergency airway management|advanced airway management|airway support|Atemwegsmanagement|gestion des voies aériennes|manejo de la vía aérea|manejo de vía aérea|luchtwegmanagement|luftvägshantering|gestione delle vie aeree|manejo das vias aéreas|udrażnianie dróg oddechowych
Oxygen therapy|oxygen therapy|home oxygen|oxygen administration|administer oxygen|Sauerstofftherapie|Sauerstoffgabe|oxygénothérapie|oxigenoterapia|zuurstoftherapie|syrgasbehandling|syrgasterapi|ossigenoterapia|tlenoterapia
Chest physiotherapy|chest physiotherapy|chest physical therapy|chest PT|respiratory physiotherapy|Atemtherapie|Atemphysiotherapie|kinésithérapie respiratoire|fisioterapia respiratoria|ademhalingsfysiotherapie|andningsgymnastik|fisioterapia respiratória|fizjoterapia oddechowa|rehabilitacja oddechowa
Hemodynamic monitoring|hemodynamic monitoring|haemodynamic monitoring|invasive haemodynamic monitoring|hämodynamisches Monitoring|hämodynamischen Monitorings|hämodynamische Überwachung|hämodynamisches Monitoring|surveillance hémodynamique|monitorage hémodynamique|monitorización hemodinámica|hemodynamische monitoring|hemodynamisk övervakning|monitoraggio emodinamico|monitorização hemodinâmica|monitorowanie hemodynamiczne
Window and door installation|window installation|door installation|window and door fitting|installing windows and doors|fitting windows and doors|Fenstermontage|Türmontage|Fenster- und Türmontage|Montage von Fenstern und Türen|pose de menuiseries|pose de fenêtres|pose de portes et fenêtres|instalación de ventanas|montaje de ventanas y puertas|kozijnen plaatsen|plaatst kozijnen|plaatsen van kozijnen|kozijnen monteren|montage van kozijnen|fönstermontering|montering af vinduer og døre|vinduesmontage|montering av vinduer|montaggio serramenti|posa serramenti|posa di serramenti|instalação de caixilharia|montagem de janelas|montaż okien|montaż okien i drzwi|montaż stolarki okiennej
Working Time Directive|Working Time Regulations|Road Transport (Working Time) Regulations|RTWTR|working time rules for drivers
Legal advice|legal advice|legal advisory|provide legal advice|providing legal advice|Rechtsberatung|rechtliche Beratung|juristische Beratung|conseil juridique|conseils juridiques|asesoramiento jurídico|asesoramiento legal|asesoría jurídica|juridisch advies|juridische advisering|juridisk rådgivning|juridisk rådgivning|consulenza legale|consulenza giuridica|assessoria jurídica|aconselhamento jurídico|doradztwo prawne
Mechanical design|mechanical design|design of mechanical assemblies|mechanical design engineering|mechanische Konstruktion|Konstruktion von Baugruppen|Maschinenkonstruktion|Konstruktion von Sondermaschinen|Anlagenkonstruktion|conception mécanique|diseño mecánico|mechanisch ontwerp|mechanisch ontwerpen|mekanisk konstruktion|maskinkonstruktion|mekanisk design|mekanisk konstruksjon|progettazione meccanica|projeto mecânico|projeto de máquinas|projektowanie mechaniczne|projektowanie maszyn|konstrukcje mechaniczne|mekaaninen suunnittelu
Tolerance analysis|tolerance stack-ups|tolerance stackups|tolerance stack-up analysis|tolerance stackup analysis|tolerance calculations|Toleranzrechnung|Toleranzrechnungen|Toleranzanalyse|Toleranzanalysen|analyse de tolérances|analyse des tolérances|calcul de tolérances|chaînes de cotes|análisis de tolerancias|tolerantieanalyse|toleransanalys|toleranceanalyse|analisi delle tolleranze|catene di tolleranze|análise de tolerâncias|analiza tolerancji|łańcuchy wymiarowe
Bill of materials|bills of materials|bill of material|BOM|BOMs|BOM management|Stückliste|Stücklisten|Stücklistenpflege|Stücklistenerstellung|nomenclatures de fabrication|nomenclature produit|lista de materiales|listas de materiales|stuklijst|stuklijsten|stycklista|styckelistor|stykliste|styklister|stykkliste|stykklister|distinta base|distinte base|lista de materiais|listas de materiais|zestawienie materiałowe|zestawienia materiałowe
CE marking|CE-marking|CE certification|CE conformity|CE compliance|Machinery Directive|CE-Kennzeichnung|CE-Konformität|CE-Konformitätsbewertung|Maschinenrichtlinie|marquage CE|directive machines|marcado CE|directiva de máquinas|CE-markering|machinerichtlijn|CE-märkning|maskindirektivet|CE-mærkning|CE-merking|marcatura CE|direttiva macchine|marcação CE|diretiva máquinas|oznakowanie CE|dyrektywa maszynowa
IATF 16949|IATF16949|ISO/TS 16949|ISO TS 16949|TS 16949|TS16949|IATF
PPAP|Production Part Approval Process|PPAP documentation|PPAP submissions|PPAP submission
APQP|Advanced Product Quality Planning|advanced product quality planning
8D|8D reports|8D report|8D problem solving|8D methodology|8D method|8D-Report|8D-Reports|8D-Berichte|8D-Bericht|8D-Methode|raporty 8D|raportów 8D|raport 8D|rapports 8D|rapport 8D|méthode 8D|informes 8D|informe 8D|8D-rapport|8D-rapporter|report 8D|relatórios 8D
FMEA|PFMEA|DFMEA|Failure Mode and Effects Analysis|failure mode and effects analysis|failure modes and effects analysis|process FMEA|design FMEA|Fehlermöglichkeits- und Einflussanalyse|AMDEC|AMFE|analyse des modes de défaillance|análisis modal de fallos y efectos|analisi dei modi di guasto|análise de modos de falha
Control plans|control plan|Produktionslenkungsplan|Produktionslenkungspläne|plan de surveillance|plans de surveillance|plan de control|planes de control|controleplan|controleplannen|kontrollplan|kontrollplaner|piano di controllo|piani di controllo|plano de controlo|plano de controle|planów kontroli|plany kontroli|plan kontroli
Measurement system analysis|measurement systems analysis|MSA|Gage R&R|gauge R&R|GR&R|Messsystemanalyse|Messsystemanalysen|Prüfmittelfähigkeit|analyse des systèmes de mesure|análisis del sistema de medición|análisis de sistemas de medición|meetsysteemanalyse|mätsystemanalys|analisi dei sistemi di misura|análise do sistema de medição|analiza systemów pomiarowych|analiz MSA|analizy MSA|analizę MSA
Supplier quality|supplier quality management|supplier quality assurance|supplier quality engineering|Lieferantenqualität|Lieferantenqualitätsmanagement|Lieferantenentwicklung|qualité fournisseurs|qualité fournisseur|calidad de proveedores|calidad de proveedor|leverancierskwaliteit|leverantörskvalitet|leverandørkvalitet|qualità fornitori|qualidade de fornecedores|jakość dostaw|jakości dostaw|jakość dostawców|jakości dostawców
Model monitoring|model monitoring|ML monitoring|monitor models in production|monitoring models in production|model drift|drift detection|data drift|dérive des modèles|dérive de modèles|la dérive des modèles|surveillance des modèles|monitoring des modèles|Modellüberwachung|Modell-Monitoring|Modellmonitoring|Model-Monitoring|monitorización de modelos|deriva de modelos|monitorización de modelos en producción|modelmonitoring|monitoraggio dei modelli|monitoramento de modelos|monitorowanie modeli
Edge computing|edge computing|edge deployment|edge inference|on-device inference|deploy to edge devices|deploying to edge devices|Edge-Computing|informatique en périphérie|computación en el borde|computación perimetral|edge-computing|computação de borda|przetwarzanie brzegowe
GCSE|GCSEs|GCSE level`,
  ],
  [
    // Skill texts 241–270, breadth: what postings of the same professions commonly name (respiratory care,
    // haulage compliance, process capability and lean tools, mechanical design software, LLM serving,
    // marketing and design tools).
    'thin-professions-breadth',
    `Non-invasive ventilation|non-invasive ventilation|noninvasive ventilation|NIV|BiPAP|CPAP|nicht-invasive Beatmung|nichtinvasive Beatmung|NIV-Beatmung|ventilation non invasive|ventilación mecánica no invasiva|ventilación no invasiva|niet-invasieve beademing|non-invasiv ventilation|ventilazione non invasiva|ventilação não invasiva|wentylacja nieinwazyjna
Tracheostomy care|tracheostomy care|tracheostomy management|trach care|tracheostomies|Trachealkanülenmanagement|Tracheostomaversorgung|Trachealkanülen|soins de trachéotomie|cuidados de traqueostomía|tracheostomazorg|trakeostomivård|cura della tracheostomia|cuidados com traqueostomia|pielęgnacja tracheostomii
Spirometry|spirometry|pulmonary function testing|pulmonary function tests|lung function testing|Spirometrie|Lungenfunktionsprüfung|Lungenfunktionsdiagnostik|spirométrie|explorations fonctionnelles respiratoires|espirometría|pruebas de función pulmonar|longfunctieonderzoek|spirometri|spirometria|prove di funzionalità respiratoria|provas de função respiratória
Aerosol therapy|aerosol treatments|aerosol therapy|nebulizer treatments|nebuliser treatments|nebulizer therapy|nebulised medication|nebulized medication|Inhalationstherapie|aérosolthérapie|aerosolterapia|aerosoltherapie|vernevelen|inhalationsbehandling|terapia inalatoria|aerossolterapia|inhalacje
Sepsis management|sepsis management|sepsis protocols|sepsis screening|Sepsismanagement|prise en charge du sepsis|manejo de la sepsis|código sepsis|sepsisbehandeling|gestione della sepsi|protocolo de sepsis
Operator licence compliance|operator licence|operator's licence|O-licence|O licence|goods vehicle operator licence|operator licence undertakings
FORS|Fleet Operator Recognition Scheme
Pallet networks|pallet network|pallet networks|Palletways|Pall-Ex|Palletforce|Palletline
Process capability|process capability|process capability studies|capability studies|Cpk|Cp/Cpk|Ppk|Cpk studies|Prozessfähigkeit|Prozessfähigkeitsuntersuchungen|Maschinenfähigkeit|capabilité processus|capabilité des processus|capacidad de proceso|procescapabiliteit|processduglighet|capacità di processo|capacidade do processo|capacidade de processo|zdolność procesu|zdolności procesu
Poka-yoke|poka yoke|pokayoke|error proofing|error-proofing|mistake proofing|mistake-proofing|détrompeurs|détrompage|a prueba de errores|Fehlhandlungssicherheit
5S|5S methodology|5S method|5S-Methode|5S-Methodik|méthode 5S|metodología 5S|5S-methode|5S-metoden|5S-metodikken|metodo 5S|metodologia 5S|metoda 5S
VDA 6.3|VDA 6.3 process audit|VDA 6.3 Prozessaudit|VDA 6.5|VDA-6.3|VDA Band 6.3
Design for manufacturing|design for manufacturing|design for manufacture|design for manufacturability|DFM|DFMA|design for assembly|fertigungsgerechte Konstruktion|fertigungsgerechtes Konstruieren|montagegerechte Konstruktion|conception pour la fabrication|diseño para la fabricación|diseño para fabricación|design voor maakbaarheid|tillverkningsanpassad konstruktion|progettazione per la produzione|projeto para manufatura|projektowanie pod kątem produkcji
Product lifecycle management|PLM|product lifecycle management|product data management|PDM|PLM systems|PDM systems|PDM-System|PLM-System|gestion du cycle de vie des produits|gestión del ciclo de vida del producto|productlevenscyclusbeheer
Teamcenter|Siemens Teamcenter
Windchill|PTC Windchill
Autodesk Inventor|Inventor
FlashAttention|Flash Attention|FlashAttention-2|FlashAttention-3|flash attention
LLM inference optimization|LLM inference optimisation|inference optimization|inference optimisation|KV cache|KV-cache|KV caching|KV cache management|PagedAttention|paged attention|continuous batching
NVIDIA Jetson|Jetson|Jetson Orin|Jetson Xavier|Jetson Nano|Jetson AGX
Yoast SEO|Yoast
Hotjar
FigJam
Design tokens|design tokens|design token`,
  ],
  [
    'agriculture',
    `Milking|milking|milk cows|milking cows|milking parlour|milking parlor|milking routine|Melken|Melkarbeiten|Melkarbeit|Melkstand|traite des vaches|salle de traite|ordeño|melken|melkstal|mjölkning|mjølking|malkning|lypsy|mungitura|ordenha|dojenie|dój krów
Calf rearing|calf rearing|rear calves|rearing calves|calf care|calf feeding|Kälberaufzucht|Kälberversorgung|Kälberbetreuung|élevage des veaux|soins aux veaux|cría de terneros|crianza de terneros|kalveropfok|kalververzorging|kalvuppfödning|kalveopdræt|allevamento dei vitelli|cura dei vitelli|recria de vitelos|criação de bezerros|odchów cieląt
Animal husbandry|animal husbandry|livestock husbandry|stockmanship|stockperson|livestock care|Tierhaltung|Nutztierhaltung|Viehhaltung|Tierbetreuung|élevage bovin|soins aux animaux|ganadería|cuidado del ganado|veehouderij|dierverzorging|djurhållning|djurskötsel|husdyrhold|zootecnia|pecuária|maneio animal|hodowla zwierząt|chów zwierząt
Livestock feeding|feeding livestock|livestock feeding|animal feeding|herd feeding|ration mixing|mix rations|mixing rations|feeder wagon|Fütterung|Futtermischwagen|Tierfütterung|alimentation des animaux|alimentation du troupeau|distribution des rations|alimentación del ganado|alimentación animal|veevoeding|utfodring|fodring|alimentazione degli animali|alimentazione del bestiame|alimentação animal|alimentação dos animais|karmienie zwierząt|żywienie zwierząt
Herd records|herd records|herd recording|herd management software|herd management|Herdenmanagement|Herdenmanagementprogramm|Bestandsbuch|Bestandsregister|registre d'élevage|gestion du troupeau|registro de explotación|gestión del rebaño|veestapelregistratie|besättningsregistrering|besætningsregistrering|registro di stalla|registo de exploração|ewidencja stada|rejestr stada
Animal health|animal health|herd health|animal welfare|Tiergesundheit|Tierwohl|santé animale|bien-être animal|sanidad animal|bienestar animal|diergezondheid|dierenwelzijn|djurhälsa|djurvälfärd|dyrevelfærd|salute animale|benessere animale|sanidade animal|bem-estar animal|zdrowie zwierząt|dobrostan zwierząt
Tractor operation|tractor driving|tractor driver|tractor work|tractors|Traktor|Traktoren|Schlepper|Schleppern|Schlepperfahrer|Traktorfahrer|tracteur|tracteurs|conduite de tracteur|conduite du tracteur|conduire le tracteur|tractorista|tractor agrícola|conducción de tractores|trekkerchauffeur|trekker rijden|traktor|traktorer|traktorförare|traktorkörning|traktorfører|trattore|trattori|trattorista|guida del trattore|trator|tratores|tratorista|ciągnika rolniczego|ciągnikiem rolniczym|ciągniki rolnicze|obsługa ciągnika
Farm machinery|farm machinery|farm machinery maintenance|agricultural machinery|farm equipment|agricultural equipment|Landmaschinen|Landtechnik|landwirtschaftliche Maschinen|landwirtschaftlichen Maschinen|matériel agricole|machinisme agricole|machines agricoles|maquinaria agrícola|landbouwmachines|landbouwwerktuigen|lantbruksmaskiner|landbrugsmaskiner|macchine agricole|macchinari agricoli|máquinas agrícolas|maszyny rolnicze|maszyn rolniczych|sprzęt rolniczy
Crop production|crop production|arable farming|crop management|field crops|Pflanzenbau|Ackerbau|Feldbau|grandes cultures|production végétale|cultivos extensivos|producción agrícola|akkerbouw|gewasteelt|växtodling|planteavl|coltivazioni|produção agrícola|produção vegetal|produkcja roślinna|uprawa roślin
Plant protection|plant protection|crop protection|crop spraying|pesticide application|Pflanzenschutz|Pflanzenschutzmittel|Pflanzenschutzmitteln|Pflanzenschutzmaßnahmen|traitements phytosanitaires|produits phytosanitaires|protection des cultures|tratamientos fitosanitarios|productos fitosanitarios|gewasbescherming|gewasbeschermingsmiddelen|växtskydd|växtskyddsmedel|planteværn|difesa fitosanitaria|trattamenti fitosanitari|fitofarmaci|tratamentos fitossanitários|produtos fitofarmacêuticos|ochrona roślin|środków ochrony roślin|środki ochrony roślin
Fertilisation|fertilisation|fertilization|fertiliser application|fertilizer application|fertiliser spreading|fertilizer spreading|Düngung|Düngemittel|Düngemitteln|Düngeplanung|épandage d'engrais|fertilización|bemesting|gödsling|gödselspridning|gødskning|concimazione|fertilizzazione|fertilização|adubação|nawożenie
Harvesting|harvesting|harvest work|grain harvest|combine harvester|combine harvesters|Ernte|Erntearbeiten|Erntearbeit|Mähdrescher|Mähdreschern|Getreideernte|récolte|récoltes|moisson|moissonneuse-batteuse|cosecha|vendimia|cosechadora|oogst|oogsten|skörd|skördetröska|skördearbete|mejetærsker|raccolta|vendemmia|mietitrebbia|colheita|vindima|ceifeira-debulhadora|zbiory|żniwa
Precision farming|precision farming|precision agriculture|GPS steering|auto-steer|autosteer|variable rate application|GPS-Lenksystem|GPS-Lenksystemen|GPS-Lenksysteme|teilflächenspezifisch|teilflächenspezifische|teilflächenspezifischer|agriculture de précision|guidage GPS|agricultura de precisión|precisielandbouw|precisionsodling|præcisionslandbrug|agricoltura di precisione|agricultura de precisão|rolnictwo precyzyjne
Plant protection certificate|plant protection certificate|NPTC PA1|NPTC PA2|PA1 and PA2|Sachkundenachweis Pflanzenschutz|Pflanzenschutz-Sachkundenachweis|Sachkunde Pflanzenschutz|Certiphyto|carné de manipulador de productos fitosanitarios|carné de aplicador de fitosanitarios|carné de fitosanitarios|spuitlicentie|sprutbehörighet|sprøjtecertifikat|patentino fitosanitario|patentino per fitofarmaci|cartão de aplicador de produtos fitofarmacêuticos|uprawnienia do stosowania środków ochrony roślin
Driving licence T|driving licence T|tractor licence|category F licence|Führerschein Klasse T|Fahrerlaubnis Klasse T|Führerschein T|Klasse T|Traktorführerschein|rijbewijs T|traktorkort|traktorkörkort|patente per trattori|prawo jazdy kat. T|prawo jazdy kategorii T`,
  ],
  [
    'veterinary-and-therapy',
    `Veterinary nursing|veterinary nursing|veterinary nurse|registered veterinary nurse|RVN|veterinary technician|vet tech|vet nurse|Tiermedizinische Fachangestellte|Tiermedizinischer Fachangestellter|Tiermedizinische Fachangestellter|auxiliaire spécialisé vétérinaire|auxiliaire vétérinaire|auxiliar de veterinaria|auxiliar veterinario|dierenartsassistent|paraveterinair|djursjukskötare|veterinærsygeplejerske|infermiere veterinario|tecnico veterinario|enfermeiro veterinário|auxiliar veterinário|technik weterynarii
Anaesthesia monitoring|anaesthesia monitoring|anaesthetic monitoring|monitoring anaesthesia|Narkoseüberwachung|Narkosenüberwachung|surveillance anesthésique|surveillance de l'anesthésie|monitorización anestésica|anesthesiebewaking|anestesiövervakning|monitoraggio anestesiologico|monitorização anestésica|monitorowanie znieczulenia
Animal handling|animal handling|handling animals|handle animals|animal restraint|restraint of animals|Umgang mit Tieren|Tierhandling|contention des animaux|manipulation des animaux|manejo de animales|sujeción de animales|omgang met dieren|djurhantering|hantering av djur|håndtering af dyr|manipolazione degli animali|contenimento degli animali|maneio de animais|contenção de animais|obchodzenie się ze zwierzętami
Radiography|radiography|Röntgen|Röntgendiagnostik|radiographie|radiographies|radiografía|radiografías|radiografie|radiografia|radiografias|rentgen|radiologia
Nurse clinics|nurse clinics|nurse clinic|nurse consults|nurse consultations|nurse-led clinics
Manual therapy|manual therapy|manual therapies|Manuelle Therapie|Manualtherapie|thérapie manuelle|terapia manual|manuele therapie|manuell terapi|manuel terapi|terapia manuale|terapia manualna
Therapeutic exercise|therapeutic exercise|therapeutic exercises|exercise therapy|exercise prescription|Bewegungstherapie|Krankengymnastik|Trainingstherapie|exercice thérapeutique|exercices thérapeutiques|ejercicio terapéutico|ejercicios terapéuticos|oefentherapie|träningsterapi|træningsterapi|esercizio terapeutico|esercizi terapeutici|exercício terapêutico|exercícios terapêuticos|kinezyterapia|ćwiczenia terapeutyczne
Rehabilitation|rehabilitation|rehab|Reha|rééducation|rehabilitación|revalidatie|rehabilitering|genoptræning|riabilitazione|reabilitação|rehabilitacja
Electrotherapy|electrotherapy|electrical stimulation|TENS|Elektrotherapie|électrothérapie|electroterapia|elektrotherapie|elektroterapi|elettroterapia|eletroterapia|elektroterapia
Dry needling|dry needling|dry-needling|puncture sèche|punción seca|puntura secca|agulhamento seco|suche igłowanie`,
  ],
  [
    'banking-and-public',
    `Lending|lending|consumer lending|mortgage lending|loan origination|loan applications|credit applications|Kreditvergabe|Kreditgeschäft|Konsumentenkredite|Konsumentenkrediten|Baufinanzierung|Baufinanzierungen|Ratenkredite|Privatkredite|octroi de crédit|crédit immobilier|crédits immobiliers|crédit à la consommation|préstamos hipotecarios|concesión de préstamos|hypotheken|kredietverlening|kreditgivning|bolån|udlån|concessione del credito|mutui|concessão de crédito|crédito habitação|crédito à habitação|kredyty hipoteczne|kredytów hipotecznych|Kreditanträge|Kreditanträgen|Kreditbearbeitung|Finanzierungsberatung
Investment advisory|investment advisory|investment advice|investment advisor|investment adviser|Anlageberatung|Wertpapierberatung|Vermögensberatung|Geldanlage|Geldanlagen|conseil en investissement|conseil en placements|asesoramiento de inversiones|beleggingsadvies|placeringsrådgivning|investeringsrådgivning|consulenza sugli investimenti|aconselhamento de investimentos|consultoria de investimentos|doradztwo inwestycyjne
Financial advisory|financial advisory|financial advice|financial adviser|financial advisor|Finanzberatung|Privatkundenberatung|Privatkundenberater|Kundenberater Privatkunden|Beratung von Privatkunden|conseil financier|conseiller bancaire|asesoramiento financiero|asesor financiero|financieel advies|finansiell rådgivning|finansiel rådgivning|consulenza finanziaria|consulente finanziario|consultoria financeira|doradztwo finansowe|doradca finansowy
Bankkaufmann|Bankkauffrau|Bankkaufleute|Bank clerk training|Ausbildung zum Bankkaufmann
Corporate income tax|corporate income tax|corporation tax|corporate tax|Körperschaftsteuer|Körperschaftssteuer|impôt sur les sociétés|Impuesto de Sociedades|Impuesto sobre Sociedades|vennootschapsbelasting|bolagsskatt|selskabsskat|imposta sul reddito delle società|IRES|IRPJ|podatek dochodowy od osób prawnych|CIT-8
Administrative procedures|administrative procedures|administrative proceedings|Verwaltungsverfahren|Bescheide|Bescheiden|Erlass von Bescheiden|Bescheiderstellung|Widerspruchsverfahren|Bearbeitung von Widersprüchen|procédures administratives|actes administratifs|procedimientos administrativos|procedimenti amministrativi|atti amministrativi|procedimentos administrativos|postępowania administracyjne|decyzje administracyjne|bestuursrechtelijke procedures|beschikkingen|förvaltningsärenden
English teaching|English teaching|teaching English|English language teaching|Englischunterricht|enseignement de l'anglais|enseñanza de inglés|enseñanza del inglés|profesor de inglés|Engelse les|docent Engels|engelskundervisning|engelsklärare|insegnamento dell'inglese|insegnante di inglese|ensino de inglês|professor de inglês|nauczanie języka angielskiego|nauczyciel języka angielskiego|lekcji języka angielskiego|lekcje języka angielskiego|enseigner l'anglais|enseigne l'anglais
Shift work|shift work|rotating shifts|shift pattern|shift patterns|Schichtarbeit|Schichtdienst|Wechselschicht|Wechselschichten|Schichtbetrieb|travail posté|travail en équipes|horaires postés|trabajo a turnos|turnos rotativos|ploegendienst|ploegendiensten|skiftarbete|skiftarbejde|skiftarbeid|vuorotyö|lavoro su turni|lavoro a turni|trabalho por turnos|turnos rotativos|praca zmianowa|pracy zmianowej|system zmianowy|systemie zmianowym|systemie trzyzmianowym|pracy w systemie trzyzmianowym|Dreischichtbetrieb|Zweischichtbetrieb|Dreischichtsystem`,
  ],
  [
    'trades-and-kitchen-more',
    `Metal fabrication|metal fabrication|metalwork|metalworking|steel fabrication|Metallbau|Metallbearbeitung|chaudronnerie|métallerie|construction métallique|calderería|construcción metálica|metaalbewerking|plåtslageri|metallbearbetning|carpenteria metallica|lavorazione dei metalli|serralharia|metalomecânica|ślusarstwo|obróbka metali
Grinding|grinding|meulage|Schleifarbeiten|amolado|esmerilado|slijpen|slipning|slibning|molatura|smerigliatura|rebarbagem|esmerilagem|szlifowanie
Presto|Presto
Pasta making|pasta making|fresh pasta|handmade pasta|pasta fresca|pasta fatta a mano|pasta fatta in casa|frische Pasta|pâtes fraîches|verse pasta|massa fresca|świeży makaron
Catheterisation|catheterisation|catheterization|catheter care|urinary catheterisation|urinary catheterization|Katheterisierung|Blasenkatheter|Legen von Blasenkathetern|sondage urinaire|pose de sonde urinaire|sondaje vesical|katheteriseren|blåskateterisering|kateterisering|cateterismo vescicale|cateterismo vesical|cewnikowanie
Order processing|order processing|sales order processing|process customer orders|Auftragsbearbeitung|Auftragsabwicklung|Auftragsannahme|traitement des commandes clients|tramitación de pedidos de clientes|orderverwerking|orderbehandeling|orderhantering|ordrebehandling|elaborazione degli ordini|processamento de encomendas|obsługa zamówień klientów|realizacja zamówień
Legal secretary|legal secretary|legal secretaries|Rechtsanwaltsfachangestellte|Rechtsanwaltsfachangestellter|Rechtsanwalts- und Notarfachangestellte|ReFa|secrétaire juridique|secretaria jurídica|juridisch secretaresse|advocatensecretaresse|advokatsekreterare|advokatsekretær|segretaria legale|secretária jurídica|sekretarka prawna
A-level|A-levels|A Level|A Levels|A-Level|A-Levels
Smoke testing|smoke testing|sanity testing|Smoke-Tests|tests de fumée|pruebas de humo|smoketests|rooktests
DCG|Diplôme de comptabilité et de gestion|diplôme de comptabilité et de gestion
Steuerfachangestellte|Steuerfachangestellter|Steuerfachangestellten|Ausbildung zur Steuerfachangestellten|Ausbildung zum Steuerfachangestellten`,
  ],
  [
    // Skill texts 301–330: housing officers, inside sales, SDRs and kitchens.
    'housing-sales-kitchen',
    `Tenancy management|tenancy management|housing management|manage tenancies|managing tenancies|tenancies|tenancy sign-ups|tenancy audits|tenancy enforcement|Mietverwaltung|Mieterbetreuung|gestion locative|gestión de alquileres|huurbeheer|hyresadministration|gestione locativa|gestão de arrendamentos
Rent arrears|rent arrears|arrears recovery|rent collection|income recovery|Mietrückstände|Mietschulden|impayés de loyer|loyers impayés|impagos de alquiler|huurachterstand|huurachterstanden|hyresskulder|husleierestanser|morosità degli inquilini|rendas em atraso
Anti-social behaviour|anti-social behaviour|antisocial behaviour|anti-social behavior|antisocial behavior|ASB|ASB cases|neighbour disputes|neighbour nuisance|Nachbarschaftskonflikte|Nachbarschaftsstreitigkeiten|troubles de voisinage|conflits de voisinage|conflictos vecinales|woonoverlast|burenoverlast|burenruzies|störningsärenden|grannstörningar|nabokonflikter
Quotations|quotations|preparing quotes|prepare quotes|quote preparation|customer quotes|sales quotes|offertes|offertes maken|offertes opstellen|Angebote erstellen|Angebotserstellung|Erstellung von Angeboten|Angebotswesen|établissement de devis|établir des devis|rédaction de devis|elaboración de presupuestos para clientes|presupuestos a clientes|offerter|offertarbete|tilbudsgivning|preparazione dei preventivi|preventivi ai clienti|elaboração de orçamentos|przygotowywanie ofert|ofertowanie
Cold emailing|cold emailing|cold emails|cold email|cold outreach by email|outbound email sequences|e-mails à froid|emails à froid|correos en frío|Kaltakquise per E-Mail|kalla mejl
Kitchen management|kitchen management|run the kitchen|running the kitchen|run a kitchen|running a kitchen|lead the kitchen|Küchenleitung|Küchenmanagement|gestion de cuisine|gestión de cocina|jefe de cocina|keukenbeheer|köksledning|gestione della cucina|gestão de cozinha`,
  ],
  [
    'posting-coverage',
    `Tyre fitting|tyre fitting|tire fitting|tyre fitter|tire installation|tyre changes|tire changes|tyre replacement|däckmontering|däckbyte|däckskifte|däckbyten|dekkskift|dekkmontering|Reifenmontage|Reifenwechsel|montage de pneus|montaje de neumáticos|cambio de neumáticos|bandenmontage|montaggio pneumatici|montagem de pneus|wymiana opon
Ductwork|ductwork|duct installation|duct work|Lüftungskanäle|Lüftungskanälen|Lüftungskanal|Luftkanäle|Luftkanälen|gaines de ventilation|conductos de ventilación|ventilationskanaler|luchtkanalen
Mechanical assembly|mechanical assembly|assemblage|assemblage mécanique|montage mécanique|montage-assemblage|mechanische Montage|montaje mecánico|mekanisk montering|mechanische assemblage|assemblaggio meccanico|montagem mecânica|montaż mechaniczny
Final Cut Pro|Final Cut|FCPX
Audio editing|audio editing|edición de audio|montage audio|Audiobearbeitung|Audioschnitt|ljudredigering|audiobewerking
Storytelling|storytelling|narrative storytelling
Matplotlib|matplotlib
Job costing|job costing|job-costing|job cost reports|job cost accounting|Nachkalkulation|suivi des coûts par chantier|coûts de chantier
Inbound sales|inbound sales|inbound selling|ventas inbound|Inbound-Vertrieb|vente inbound
Wheel balancing|wheel balancing|balancing wheels|balansering av hjul|hjulbalansering|Auswuchten|Reifen auswuchten|équilibrage des roues|equilibrado de ruedas|wyważanie kół|balanceren van wielen|equilibratura delle ruote|balanceamento de rodas
Cable wiring|cable wiring|panel wiring|control panel wiring|câblage|câblage électrique|Verdrahtung|Schaltschrankverdrahtung|cableado|bedrading|kabeldragning|cablaggio|cablagem|okablowanie
Soldering|soldering|Löten|Lötarbeiten|brasage tendre|soudure à l'étain|soldadura electrónica|solderen|lödning|saldatura a stagno|lutowanie
Maintenance planning|maintenance planning|planning of maintenance|planification de la maintenance|planification des opérations de maintenance|planification d'opérations de maintenance|programmer les opérations de maintenance|Instandhaltungsplanung|Wartungsplanung|planificación del mantenimiento|onderhoudsplanning|underhållsplanering|vedlikeholdsplanlegging|pianificazione della manutenzione|planejamento da manutenção|planowanie konserwacji
Ventilation systems|ventilation systems|ventilation installation|Lüftungsanlagen|Lüftungstechnik|Lüftungsgeräte|Lüftungsgeräten|ventilationssystem|ventilationsanläggningar|installations de ventilation|sistemas de ventilación|ventilatiesystemen|impianti di ventilazione`,
  ],
];

/** More words for skills of the other tables, in the languages postings use. */
export const COVERAGE_ALIASES: Readonly<Record<string, string>> = {
  // Found missing on real postings: psychiatry named in the Nordic and other languages, video editing and
  // quality assurance and master data as Spanish, French and German postings write them.
  'Mental health':
    'psychiatric nursing|psychiatric care|psykiatri|psykiatrin|psykiatrisk vård|psykiatrisk öppenvård|psykiatriskt öppenvårdsarbete|psykiatrien|psykiatrisk sykepleie|Psychiatrie|psychiatrische Pflege|soins psychiatriques|psiquiatría|psichiatria|psiquiatria',
  'Video editing':
    'edición de video|edición de vídeo|edición de contenido audiovisual|montage vidéo|Videoschnitt|Videobearbeitung|videobewerking|videoredigering|montaggio video|edição de vídeo|montaż wideo|edit videos|edit short videos|editing videos|edits videos',
  'Adobe Premiere Pro': 'Adobe Premiere',
  'Monday.com': 'Monday',
  'Precision measurement': 'Messtechnik|mätteknik|meettechniek',
  'Apollo.io': 'Apollo',
  'Quality assurance':
    'Qualitätssicherung|assurance qualité|aseguramiento de la calidad|kwaliteitsborging|kvalitetssäkring|garanzia della qualità|garantia da qualidade',
  'Master data management':
    'Stammdaten|Stammdatenpflege|Stammdatenmanagement|datos maestros|données de référence|stamdata|stamgegevens',
  Electronics: 'électronique|Elektronik|electrónica|elektronica|elettronica|eletrônica|elektronika',
  'Bank reconciliation':
    'riconciliazioni bancarie|riconciliazione bancaria|conciliaciones bancarias|conciliación bancaria|rapprochements bancaires|rapprochement bancaire|reconciliações bancárias|conciliações bancárias|uzgadnianie wyciągów bankowych',
  Docketing:
    'Fristen- und Terminverwaltung|Fristenmanagement|gestion des délais de procédure|control de plazos|plazos procesales|fristhåndtering|gestione delle scadenze|controlo de prazos|kontrola terminów|deadline management',
  'Campaign management':
    'campaign planning|campaign execution|Kampagnenmanagement|Kampagnenplanung|gestion de campagnes|gestión de campañas|campagnebeheer|kampanjplanering|kampagnestyring|kampanjeplanlegging|gestione delle campagne|gestão de campanhas|zarządzanie kampaniami',
  'Payroll processing':
    'confección de nóminas|elaboración de nóminas|gestión de nóminas|nóminas|établissement des paies|gestion de la paie|traitement de la paie|salarisadministratie|salarisverwerking|loonadministratie|löneberäkning|lönekörning|lönekörningar|lönehantering|lönearbete|lönbehandling|lønkørsel|lønbehandling|lønnskjøring|lønnsbehandling|palkanlaskenta|elaborazione delle buste paga|elaborazione paghe|elaborazione cedolini|processamento salarial|processamento de salários|folha de pagamento|naliczanie wynagrodzeń|naliczanie płac|Lohn- und Gehaltsabrechnung|Lohn- und Gehaltsabrechnungen|Entgeltabrechnungen',
  'Employment law':
    'legislación laboral|derecho laboral|droit du travail|droit social|arbeidsrecht|arbetsrätt|arbejdsret|arbeidsrett|työoikeus|diritto del lavoro|direito do trabalho|legislação laboral|legislação trabalhista|prawo pracy|Wet verbetering poortwachter|UK employment law|personalejura|personalejuridiske|ansættelsesret|ansættelsesretlige|ansettelsesrett|anställningsrätt|personaljuridik|personalrätt|arbeidsrettslige|prawa pracy|przepisów prawa pracy|kodeksu pracy|kodeks pracy',
  'Account reconciliation':
    'avstemming|avstemminger|kontoavstemming|riconciliazione|riconciliazioni|conciliaciones|uzgadnianie sald|account reconciliations',
  'Journal entries': 'journal entry|prepare journal entries|posting journal entries|manual journals',
  Bookkeeping:
    'prowadzenie księgowości|pełna księgowość|pełnej księgowości|księgowość|kirjanpito|bokføring|contabilidade|registrazioni contabili|Finanzbuchhaltungen|laufende Buchhaltung|laufende Finanzbuchhaltung|laufenden Buchhaltung|löpande bokföring|løbende bogføring|løpende bokføring|tenue de la comptabilité|contabilidad diaria|lopende boekhouding|contabilità ordinaria|llevar la contabilidad|llevanza de la contabilidad|tenere la contabilità|fazer a contabilidade',
  'Accounts payable':
    'ciclo passivo|contabilità fornitori|pagamenti ai fornitori|Kreditorenbuchhaltung|comptabilité fournisseurs|cuentas a pagar|crediteurenadministratie|leverantörsreskontra|contas a pagar|rozrachunki z dostawcami',
  'Accounts receivable':
    'ciclo attivo|contabilità clienti|incassi clienti|Debitorenbuchhaltung|comptabilité clients|cuentas a cobrar|debiteurenadministratie|kundreskontra|contas a receber|należności',
  'Customer service':
    'accueil de la clientèle|accueillir la clientèle|accueillir les clients|accueil des clients|customers|homeowners|atención a la ciudadanía|atención ciudadana|atención al ciudadano|Beratung und Bedienung|Bedienung der Kunden|bediening van klanten|servizio alla clientela|obsługa klientów|customer queries|customer enquiries|customer inquiries|handle customer queries|handling customer queries|deal with customer queries|dealing with customer queries|respond to customer queries|answer customer queries|conseiller les clients|conseil à la clientèle|conseil client|conseil clientèle|aanspreekpunt voor klanten|aanspreekpunt voor onze klanten|eerste aanspreekpunt voor klanten|citizen service|hjälpa kunder|hjälpa våra kunder|hjælpe kunder|hjælpe kunderne|hjelpe kunder|klanten te woord staan|klanten helpen|atender a los clientes|aiutare i clienti|ajudar os clientes|te woord staan|te woord te staan|betjene kunder|betjene kunderne|betjene kundene|bemöta kunder|betjäna kunder',
  'Inventory counting':
    'inwentaryzacjach|inwentaryzacji|recuentos de inventario|recuento de inventario|inventarios cíclicos|inventering|inventeringar|lagertælling|varetelling|inventaario|inventariointi|inventário',
  'Warehouse management systems':
    'SGA|sistema de gestión de almacenes|Lagerverwaltungssystem|LVS|système de gestion d’entrepôt|magazijnbeheersysteem|lagerhanteringssystem|sistema di gestione del magazzino|sistema de gestão de armazém',
  // Last, the install verbs guarded by the line ("Install … lighting and containment").
  'Electrical installation':
    'elinstallation|elinstallationer|elinstallationsarbete|Elektroinstallation|Elektroinstallationen|installations électriques|instalaciones eléctricas|elektrische installaties|impianti elettrici|instalações elétricas|instalacje elektryczne|sähköasennus|sähköasennukset|elektriske installationer|elektriske installasjoner|install|installs|installing|installation|installations|installera|installerar|installeren|installere|installer|instalar|instalación|instalação|installare|installazione|montaż',
  'PLC programming':
    'autómatas programables|programación de autómatas|autómatos|programação de autómatos|automates programmables|programmation d’automates|PLC-programmering|PLC-programmeren|programmazione PLC|programowanie sterowników PLC|sterowniki PLC|Steuerungsprogrammierung|automates',
  Pneumatics:
    'Pneumatik|pneumatique|neumática|pneumatiek|pneumatik|pneumatica|pneumática|sistemas pneumáticos|pneumatyka|sistemas neumáticos|circuitos neumáticos|Pneumatikkomponenten|pneumatische Komponenten|pneumatic components|composants pneumatiques|componentes neumáticos|pneumatische componenten|componenti pneumatici|componentes pneumáticos|komponenty pneumatyczne|collegamenti pneumatici|impianti pneumatici',
  Hydraulics: 'Hydraulik|hydraulique|hidráulica|hydrauliek|hydraulik|sistemas hidráulicos|hydraulika',
  'Preventive maintenance':
    'manutenção preventiva|manutenzione preventiva|mantenimiento preventivo|maintenance préventive|vorbeugende Instandhaltung|präventive Instandhaltung|preventief onderhoud|förebyggande underhåll|forebyggende vedligeholdelse|forebyggende vedlikehold|ennakkohuolto|konserwacja prewencyjna|planned preventive maintenance|PPM',
  'Corrective maintenance':
    'manutenção corretiva|manutenzione correttiva|mantenimiento correctivo|maintenance corrective|korrektive Instandhaltung|correctief onderhoud|avhjälpande underhåll|korrigerende vedligeholdelse|konserwacja korekcyjna',
  Welding: 'soldadura|soldagem|saldatura|Schweißen|soudure|lassen|svetsning|svejsning|sveising|hitsaus|spawanie',
  Prospecting:
    'prospecter|prospecter de nouveaux comptes|prospecter de nouveaux clients|prospecção|prospección|prospección de clientes|prospectie|prospektering|kundeemnegenerering|prospezione|prospekcja|pozyskiwanie klientów|prospect into|prospecting into|prospect new accounts|prospect new customers',
  Negotiation:
    'negociação|negociações|negoziazione|negoziare|forhandling|forhandlinger|neuvottelu|negocjacje|negocjowanie|onderhandelt|onderhandeling|onderhandelingen',
  'Lead generation':
    'qualification des leads|leads entrants|génération de leads|Leadgenerierung|generación de leads|leadgeneratie|leadgenerering|generazione di lead|geração de leads|generowanie leadów|qualify leads|qualifying leads|inbound leads|uppsökande försäljning|uppsökande säljarbete|bearbeta nya kunder|acquisizione nuovi clienti|pozyskiwanie nowych klientów|book qualified meetings|booking qualified meetings|qualified meetings|set qualified meetings|appointment setting',
  'Cold calling':
    'canvassing|canvass for|prospection téléphonique|prospection par téléphone|llamadas en frío|koude acquisitie|telefonische acquisitie|kalla samtal|telefonförsäljning|kold kanvas|chiamate a freddo|chamadas a frio|cold calls|outbound calls|telefonische Kaltakquise',
  Packing:
    'Verpackung|Verpackung der Ware|emballage|emballer les commandes|embalaje|embalar pedidos|pakkaus|pakkaaminen',
  'Pension administration':
    'hantering av pensioner|pensionshantering|pensionsadministration|pensionsärenden|pensjonsadministrasjon|pensjonsordninger|Betriebsrente|betriebliche Altersversorgung verwalten|gestion des retraites|administración de pensiones|pensioenadministratie|pensioenaangifte|gestione previdenziale|administração de pensões|eläkeasiat',
  'Time registration':
    'tidrapporter|tidrapportering|kontroll av tidrapporter|timeregistrering|tidsregistrering|Zeitwirtschaft|Auswertung der Zeiterfassung|contrôle des temps|gestion des temps de travail|control de presencia|urenregistratie|urenadministratie|rilevazione presenze|gestione presenze|controlo de assiduidade|ewidencja czasu pracy|timesheets|time and attendance systems|time reporting',
  'Pipeline management':
    'funil de vendas|pipeline commercial|Vertriebspipeline|Sales-Pipeline|embudo de ventas|embudo comercial|salgspipeline|säljpipeline|pipeline di vendita|lejek sprzedażowy|sales pipeline|sales pipeline management',
  'Account management':
    'suivi des clients existants|suivi des clients|suivi clientèle|suivi de la clientèle|gestão da carteira de clientes|gestión de la cartera de clientes|zarządzanie portfelem klientów|kundkonton|befintliga kundkonton|befintliga kunder|kundansvar|eksisterende kunder|bestaande klanten|portefeuille klanten|vaste portefeuille klanten|portefeuille van klanten|bestaande klanten beheren',
  'B2B sales':
    'vendas B2B|vente B2B|ventes B2B|venta B2B|ventas B2B|B2B-Vertrieb|B2B-verkoop|B2B-försäljning|B2B-salg|vendita B2B|sprzedaż B2B',
  'Social media marketing':
    'sociale medier|sociala medier|sociale media|sosiale medier|sosiaalinen media|media społecznościowe|redes sociais|Social-Media-Marketing|marketing sui social|social network|social-mediakanalen|social media kanalen|socialemediakanalen|sociale-mediakanalen|social-media-kanalen|Social-Media-Kanäle|Social-Media-Kanälen|sociala kanaler|sociale kanaler|canali social|canais de redes sociais|kanały social media|kanałów social media|social media management',
  'Email marketing':
    'nyhedsbreve|nyhetsbrev|nyhetsbrev|nieuwsbrieven|e-mailkampanjer|e-mailmarketing|e-postmarknadsföring|email-marketing|lifecycle journeys|email journeys',
  'Meta Ads':
    'annoncering på Meta|Meta-annoncering|Meta advertising|Facebook advertising|Instagram Ads|Instagram advertising',
  Copywriting:
    'tekstforfatning|tekstforfatter|tekstschrijven|rédaction publicitaire|redacción publicitaria|Texterstellung|Werbetexte|textförfattande|copy writing|redação publicitária|scrittura dei testi|copywriting|productteksten|webteksten|teksten schrijven|Produkttexte|Produkttexte schreiben|Produktbeschreibungen|fiches produits|rédaction de fiches produits|textos de producto|descripciones de producto|produkttexter|produkttekster|produkttekstar|testi di prodotto|descrizioni prodotto|schede prodotto|textos de produto|descrições de produto|opisy produktów|escribir textos|redactar textos|redacción de textos|write captions|writing captions|caption writing',
  'Restaurant management':
    'restaurant operations|run the restaurant|gestion de restaurant|gestión de restaurantes|Restaurantleitung|Restaurantmanagement|restaurantmanagement|gestione del ristorante|gestão de restaurante|zarządzanie restauracją',
  'Retail sales':
    'retail selling|in-store sales|Verkauf im Einzelhandel|vente en magasin|venta en tienda|winkelverkoop|butiksförsäljning|butikssalg|butikksalg|vendita in negozio|venda em loja|sprzedaż detaliczna',
  'Data entry':
    'grabación de datos|introducción de datos|Dateneingabe|Datenerfassung|saisie de données|saisie des données|invoer van gegevens|gegevensinvoer|dataregistrering|datainmatning|inserimento dati|introdução de dados|wprowadzanie danych|tiedon syöttö',
  'Microsoft Office':
    'ofimática|paquete Office|bureautique|Office-Paket|MS-Office-Paket|kantoorsoftware|pacchetto Office|pakiet Office|pakiet MS Office',
  'Palliative care':
    'palliatieve zorg|palliatieve fase|palliativ vård|palliativ pleje|palliativ omsorg|cuidados paliativos|soins palliatifs|Palliativpflege|Palliativversorgung|palliative Begleitung|opieka paliatywna|saattohoito|palliatiivinen hoito|cure palliative',
  'Staff scheduling':
    'staff rotas|weekly rotas|rotas|rota planning|rota management|planning du personnel|plannings du personnel|cuadrantes|cuadrante de turnos|roosters maken|roosterplanning|bemanningsplanering|vagtplanlægning|vaktplanlegging|työvuorosuunnittelu|turni del personale|escalas de serviço|grafik pracy|grafiki pracy',
  'Shipment tracking':
    'shipment status|shipment statuses|track shipments|tracking shipments|Sendungsverfolgung|suivi des expéditions|seguimiento de envíos|track & trace|track and trace|zendingen volgen|spårning av försändelser|tracciamento delle spedizioni|rastreamento de envios|śledzenie przesyłek',
  VAT: 'MVA-melding|MVA-meldinger|mva-melding|mva-meldinger|mva-oppgave|mva-oppgaver|momsindberetning|momsangivelse|Umsatzsteuer-Voranmeldungen|Umsatzsteuer-Voranmeldung|Umsatzsteuervoranmeldungen|UStVA|USt-Voranmeldungen|USt-Voranmeldung|Umsatzsteuererklärung|Umsatzsteuererklärungen|déclarations de TVA|déclaration de TVA|declaración de IVA|declaraciones de IVA|modelo 303|btw-aangiftes|btw-aangifte doen|momsdeklarationer|momsredovisning|dichiarazione IVA|dichiarazioni IVA|liquidazione IVA|declarações de IVA|declaração periódica de IVA|deklaracje VAT|deklaracji VAT|JPK_VAT|JPK-VAT',
  'Social security reporting': 'a-melding|a-meldingen|a-meldinger',
  'Inventory control': 'control de mercancía|control de mercancías|control de stock|control del stock',
  'Kitchen sanitation':
    'limpieza de la cocina|limpieza de cocina|limpieza y orden de la cocina|orden y limpieza de la cocina|keuken schoonmaken|keuken schoon|schoonmaken van de keuken|pulizia e sanificazione della cucina|pulizia della cucina|sanificazione della cucina|limpeza da cozinha|sprzątanie kuchni',
  'Menu development':
    'creación de nuevos platos|creación de platos|création de nouveaux plats|nieuwe gerechten|seizoenskaart|seizoensmenu|neue Gerichte|nouveaux plats|nuevos platos|nya rätter|nye retter|nuovi piatti|novos pratos|seasonal menus|write menus|writing menus',
  'Business development':
    'développer un portefeuille|développer le portefeuille|développer son portefeuille|développement du portefeuille|développement commercial',
  'Graphic design':
    'graphic designer|graphic designers|graphiste|Grafikdesigner|Grafikdesignerin|diseñador gráfico|diseñadora gráfica|grafisch ontwerper|grafisk designer|grafisk formgivare|designer gráfico',
  Branding:
    'brand guidelines|brand identity|brand standards|Markenrichtlinien|charte graphique|identidad de marca|huisstijl',
  'Influencer marketing':
    "influencers|influencer campaigns|influencer partnerships|creator partnerships|Influencer-Marketing|marketing d'influence|marketing de influencers|marketing de influencia",
  'Regression testing': 'regression suite|regression suites|regression test suite|regression packs',
  'API testing': 'test our APIs|test APIs|testing APIs|API test automation',
  'Automated testing': 'automated browser tests|automating browser tests|automating tests|automate tests',
  'Forklift operation': 'reach truck licence|reach truck license|Forklift licence (UDT)',
  'Microsoft Word': 'Word',
  Cooking:
    'cocinero|cocinera|cuisinier|cuisinière|cuoco|cuoca|zelfstandig werkend kok|Ausbildung zum Koch|laga mat|tilberede retter',
  'Medication administration':
    'delegerade läkemedel|delegering av läkemedel|läkemedelsdelegering|ge läkemedel|håndtere medicin|medicinhåndtering|medicingivning|dispensering af medicin|medicinadministration|legemiddelhåndtering|administración de medicación|administração de terapêutica|administração da terapêutica|administrar terapêutica|administração de fármacos|administración de tratamientos|administrazione della terapia|administrerar läkemedel|administrera läkemedel|läkemedelsadministrering',
  'Care planning':
    'genomförandeplan|genomförandeplaner|tiltaksplan|tiltaksplaner|handleplan|handleplaner|vårdplaneringar|vårdplaneringen|vårdplaner|Pflegeplanungen|plans de soins|planes de cuidados|zorgplannen|piani di assistenza|piano di assistenza|piano assistenziale|behandlingsplan|behandlingsplaner',
  Pharmacy:
    'pharmacist|farmacia|farmacias|farmacéutico|farmacéutica|pharmacie|pharmacies|pharmacien|pharmacienne|Apotheke|Apotheken|Apotheker|Apothekerin|apotheek|apotek|apotekare|farmacista|farmácia|farmacêutico|farmacêutica',
  'Prescription verification':
    'dispense prescriptions|dispensing prescriptions|dispensación|dispensación de medicamentos|délivrance des médicaments|dispensation des médicaments|Abgabe von Arzneimitteln|Arzneimittelabgabe|terhandstelling|receptexpediering|receptekspedition|dispensazione dei farmaci|dispensa de medicamentos|recepten verwerken|receptverwerking|verwerken van recepten|terhandstellen|geneesmiddelen terhandstellen|Rezepte bearbeiten|Rezeptbelieferung',
  'Patient counseling':
    'consejo farmacéutico|conseil pharmaceutique|conseil aux patients|Patientenberatung|Beratung der Patienten|consiglio farmaceutico|aconselhamento farmacêutico|patiëntvoorlichting|patientrådgivning|patiënten voorlichten|voorlichten van patiënten|voorlichting aan patiënten|medicatievoorlichting|voorlichting over geneesmiddelen|Arzneimittelberatung|Beratung zu Arzneimitteln|conseil sur les médicaments|asesoramiento sobre medicamentos|rådgivning om läkemedel',
  'Early childhood education':
    'éducateur de jeunes enfants|éducatrice de jeunes enfants|petite enfance|DEEJE|Frühpädagogik|frühkindliche Bildung|educación infantil|voorschoolse educatie|förskolepedagogik|educazione della prima infanzia|educação de infância|educação infantil',
  Childcare:
    'crèche|crèches|Kinderkrippe|Kindertagesstätte|guardería|escuela infantil|kinderdagverblijf|asilo nido|creche',
  'Parent communication':
    'échanger avec les familles|échanges avec les familles|Zusammenarbeit mit den Eltern|Zusammenarbeit mit Eltern|colaboración con las familias|samenwerking met ouders|samarbete med vårdnadshavare|forældresamarbejde|collaborazione con le famiglie|colaboração com as famílias|work with parents|working with parents|reuniones con las familias|mantener reuniones con las familias|kontakt z rodzicami|współpraca z rodzicami|rencontrer les familles|incontri con le famiglie|reuniões com os pais',
  'Activity planning':
    "animer des activités|activités d'éveil|concevoir et animer des activités|animation d'activités|pädagogische Angebote|actividades educativas|pedagogische activiteiten|pedagogiska aktiviteter|pædagogiske aktiviteter|attività educative|atividades pedagógicas",
  'Food preparation':
    'bereiden van gerechten|gerechten bereiden|Zubereitung von Speisen|Speisen zubereiten|preparação de pratos|confeção de pratos|confecção de pratos|confeção de refeições|confecção de refeições|preparação de refeições|preparação de alimentos|preparación de platos|elaboración de platos|Zubereitung von Speisen|Speisenzubereitung|Zubereitung der Speisen|préparation des plats|préparation culinaire|bereiden van gerechten|gerechten bereiden|matlagning|tillagning av mat|madlavning|preparazione dei cibi|preparazione dei primi piatti|preparazione dei primi|preparazione dei secondi piatti|preparazione dei secondi|preparazione di piatti|przygotowywanie posiłków|przygotowanie potraw|przygotowywanie potraw',
  'Mise en place': 'mise en place voorbereiden|preparazione della linea|preparazione linea|mise en place della linea',
  Pipefitting:
    'pipework|copper pipework|plastic pipework|Rohrleitungsbau|Rohrinstallation|tuyauterie|leidingwerk|rørarbejde|rørlægning|rörarbete|tubazioni|tubagens',
  HVAC: 'Sanitär, Heizung, Klima|Sanitär, Heizung und Klima|Heizung, Sanitär und Klima|Heizung, Sanitär, Klima|Heizungs-, Lüftungs- und Klimatechnik|génie climatique|CVC|chauffage, ventilation et climatisation|calefacción y climatización|klimaattechniek|climatizzazione|climatização|AVAC|climatización|sistemas de climatización|equipos de climatización|instalaciones de climatización|Klimatechnik|klimatteknik|ilmastointi',
  'Certificate of professional competence': 'CQC|CQC merci|CQC persone|carta di qualificazione del conducente',
  'Driver card': 'digital tachograph card|digital tachograph cards',
  'Technical support':
    'tier 2 support|tier-2 support|second-line support|second line support|2nd line support|2nd-line support',
  'Escalation management':
    'escalations|handle escalations|handling escalations|escalated cases|escalated issues|Eskalationen|escalades|escalaciones|escalaties|eskaleringar',
  'Case management': 'case records|case notes',
  'Dental radiography':
    'digital X-rays|dental X-rays|take X-rays|taking X-rays|take radiographs|taking radiographs|Röntgenaufnahmen|radiographies dentaires|radiografías dentales|röntgenfoto’s|tandröntgen|radiografie dentali|radiografias dentárias',
  'Mobile development':
    'iOS development|développement iOS|desarrollo iOS|iOS-ontwikkeling|iOS-udvikling|sviluppo iOS|desenvolvimento iOS',
  'Google Analytics': 'Google Analytics 4|GA 4',
  // Named more finely by some postings; one skill for the match ("external audit" is audit work).
  Auditing:
    'External audit|external audits|statutory audit|statutory audits|audit of financial statements|Abschlussprüfung|Abschlussprüfungen|Jahresabschlussprüfung|Jahresabschlussprüfungen|audit légal|commissariat aux comptes|audit externe|auditoría externa|auditoría de cuentas|externe audit|controle van jaarrekeningen|jaarrekeningcontrole|extern revision|lovpligtig revision|revisione legale|revisione contabile|auditoria externa|revisão legal de contas|audyty wewnętrzne|audytów wewnętrznych|audyt wewnętrzny|interne Audits|interne Audits durchführen|audits internes|audit interne|auditorías internas|auditoría interna|interne audits|interne audit|internrevision|interna revisioner|interne revisioner|audit interni|audit interno|auditorias internas|auditoria interna|sisäiset auditoinnit|internal quality audits|process audits|Prozessaudits|audyty procesów|audyty procesowe|internal audits|internal audit|internal auditing|revision af|revision og review|review og revision|interne Revision|Innenrevision|revisionsopgaver|revisionsarbejde|revisionsuppdrag|revisjonsoppdrag',
  OWASP: 'OWASP Top 10|OWASP Top Ten|OWASP top 10',
  'Quality control':
    'Quality inspection|quality inspections|in-process inspection|in-process inspections|incoming inspection|incoming inspections|dimensional inspection|inspect parts|inspecting parts|Qualitätsprüfung|Qualitätsprüfungen|Endkontrolle|Wareneingangsprüfung|Sichtprüfung|contrôle qualité des pièces|inspection qualité|contrôle dimensionnel|inspección de calidad|control dimensional|kwaliteitsinspectie|kwaliteitscontrole van onderdelen|kvalitetsinspektion|kvalitetskontrol af emner|ispezione qualità|controllo dimensionale|inspeção de qualidade|controlo dimensional',
  RDH: 'Dental hygienist license|dental hygiene license|dental hygiene licence|RDH license|RDH licence|registered dental hygienist license|dental hygienist licence',
  Recruiting:
    'Full-cycle recruiting|full cycle recruiting|full-cycle recruitment|full life cycle recruiting|full-lifecycle recruiting|end-to-end recruiting|end-to-end recruitment|360 recruitment|360 recruiting|recrutement de A à Z|reclutamiento end-to-end|procesos de selección|procesos de selección de personal|gestionar procesos de selección|processos de recrutamento|processus de recrutement|rekryteringsprocesser|rekrutteringsprocesser|rekrutteringsforløb|wervingsprocessen|wervingstrajecten|processi di selezione|procesy rekrutacyjne|procesów rekrutacyjnych',
  'Sourcing candidates':
    'source candidates|sourcing candidates|source passive candidates|sourcing passive candidates|candidate sourcing|talent sourcing|Active Sourcing|Kandidatensuche|sourcing de candidats|búsqueda de candidatos|kandidaten sourcen|kandidatsökning|kandidatsøgning|ricerca di candidati|ricerca candidati|prospecção de candidatos|búsqueda activa de candidatos|busca ativa de candidatos|recherche active de candidats|sourcing de candidats|actieve werving|aktiv sökning efter kandidater|ricerca attiva di candidati|aktywne poszukiwanie kandydatów|Active Sourcing|Direktansprache|direct sourcing',
  'Content writing':
    'blog posts|write blog posts|writing blog posts|blog articles|blog writing|blogposts|Blogartikel|Blogbeiträge|articles de blog|artículos de blog|blogartikelen|blogginlägg|blogindlæg|articoli per il blog|artigos para blog',
  'Content strategy':
    'content calendar|editorial calendar|content plan|Redaktionsplan|calendrier éditorial|calendario editorial|contentkalender|innehållskalender|indholdskalender|calendario editoriale|calendário editorial',
  'Link building': 'build links|building links|link outreach',
  Tachograph:
    'cronotachigrafo|cronotachigrafo digitale|tachigrafo|tacógrafo|tacógrafo digital|färdskrivare|fartskriver|digitaler Tachograph',
  'CMR documentation':
    'documenti di trasporto|DDT|documents de transport|documentos de transporte|Frachtpapiere|Begleitpapiere|vrachtbrieven|transportdokument|transportdokumenter|fragtbreve',
  'Truck driving':
    'HGV driver|HGV drivers|Class 1 driver|Class 2 driver|LGV driver|lorry driver|guida di camion|guida del camion|autista di camion|chauffeur poids lourd|chauffeur PL|conductor de camión|camionero|vrachtwagenchauffeur|lastbilschaufför|lastbilchauffør|motorista de pesados|commercial driving',
  'Central lines':
    'central venous catheters|central venous catheter|zentrale Venenkatheter|zentralen Venenkathetern|cathéters veineux centraux|cathéter veineux central|catéteres venosos centrales|centraal veneuze katheters|centrala venkatetrar|cateteri venosi centrali|catetere venoso centrale|cateteres venosos centrais|cateter venoso central|cewniki centralne|wkłucia centralne',
  'Arterial blood gases':
    'arterial blood gas|arterial blood gas analysis|arterial blood gas sampling|blood gas analysis|blood gases|Blutgasanalyse|Blutgasanalysen|gazométrie artérielle|gaz du sang|gasometría arterial|gasometrías arteriales|bloedgasanalyse|arteriële bloedgassen|artärblodgas|blodgasanalys|emogasanalisi|gasometria arterial|gazometria',
  'Year-end close':
    'annual accounts|annual financial statements|preparation of annual accounts|preparing annual accounts|årsbokslut|årsregnskab|årsregnskaber|årsregnskap|contas anuais|Jahresabschlüssen',
  'Variable frequency drives':
    'frequency converters|frequency converter|frequency inverters|variable speed drive|Frequenzumrichter|Frequenzumformer|variateurs de fréquence|variateurs de vitesse|variateur de vitesse|variadores de frecuencia|variador de frecuencia|variadores de velocidad|frequentieregelaars|frequentieomvormers|frekvensomriktare|frekvensomformere|frekvensomformer|taajuusmuuttajat|inverter di frequenza|variatori di frequenza|inversores de frequência|variadores de frequência|falowniki|przemienniki częstotliwości',
  'Hand tools':
    'hand tools|handgereedschap|elektrisch handgereedschap|elektrisch gereedschap|Handwerkzeug|Handwerkzeuge|Elektrowerkzeuge|Elektrowerkzeug|outillage électroportatif|outils électroportatifs|outillage à main|outils à main|herramientas manuales|herramientas eléctricas|herramienta eléctrica|handverktyg|elverktyg|håndværktøj|el-værktøj|håndverktøy|elektroverktøy|utensili manuali|elettroutensili|ferramentas manuais|ferramentas elétricas|elektronarzędzia|narzędzia ręczne|narzędzia elektryczne',
  Carpentry:
    'carpenters|carpentry work|timmeren|timmerwerk|timmerwerkzaamheden|Zimmererarbeiten|Zimmerarbeiten|Tischlerarbeiten|Schreinerarbeiten|menuiserie|travaux de menuiserie|charpente bois|carpintería|carpintería de madera|carpintaria|falegnameria|snickeri|snickeriarbete|tømrerarbejde|tømrerarbeid|snekkerarbeid|ciesielstwo|stolarka budowlana|puusepäntyöt|kirvesmiestyöt',
  'Concrete work':
    'bekistingen|bekistingswerk|Schalungsarbeiten|Betonierarbeiten|encofrados|cofragens|szalunki|forskaling|forskalling|forskalingsarbeid',
  'Handheld scanners':
    'skanera ręcznego|skanerem ręcznym|skanerów ręcznych|skanery ręczne|skaner ręczny|escáner de mano|escáneres de mano|scanner portatif|scanner palmare|leitor portátil|terminales de radiofrecuencia|radiofrecuencia|RF-Scanner|RF-Handscanner|skaner|skanera|skanerów|lukulaite|leitor RF|terminal de radiofrequência',
  'Goods receiving':
    'receção de mercadorias|receção de mercadoria|receção de encomendas|recepção de mercadorias|receção e conferência de mercadorias|conferência de mercadorias|przyjęcie dostaw',
  'Stock rotation':
    'rotação de stock|rotação de stocks|rotação de produtos|controlo de validades|controlo de prazos de validade|controle de validade|control de caducidades|controllo delle scadenze|kontrola dat ważności',
  'Employee onboarding':
    "plan de acogida|planes de acogida|programa de acogida|acogida de nuevas incorporaciones|onboarding-forløb|onboardingforløb|introduktionsforløb|introduktion af nye medarbejdere|introduktionsprogram|programa de integração|percorso di onboarding|inwerkprogramma|inwerktraject|Onboarding-Prozess|Onboardingprozess|parcours d'intégration|wdrożenie nowych pracowników|onboarding nowych pracowników",
  'Organizational development':
    'organisational development|organisationsudvikling|organisationsutveckling|organisasjonsutvikling|organisatieontwikkeling|développement organisationnel|desarrollo organizacional|desarrollo organizativo|sviluppo organizzativo|desenvolvimento organizacional|desenvolvimento organizacional|rozwój organizacji|rozwój organizacyjny|organisaation kehittäminen',
  'HR advisory':
    'rådgive ledere|rådgivning af ledere|rådgive ledelsen|rådgivning til ledere|rådgive ledere og medarbejdere|rådgi ledere|rådgiva chefer|Führungskräfte beraten|Beratung der Führungskräfte|asesorar a los mandos|asesoramiento a managers|consulenza ai manager|doradztwo dla menedżerów',
  'Performance reviews':
    "MUS|MUS-samtaler|medarbejderudviklingssamtaler|medarbeidersamtaler|Mitarbeiterjahresgespräche|entretiens annuels d'évaluation|evaluación de desempeño|beoordelingscyclus|oceny pracownicze|ocena pracownicza|kehityskeskustelut",
  'Collective agreements':
    "accords collectifs|accord collectif|accords d'entreprise|accord d'entreprise|négociation collective|négociations collectives|accordi collettivi|accordo collettivo|acordos coletivos|acordo coletivo|convenios de empresa|convenio de empresa|układ zbiorowy pracy|cao|cao’s|caos",
  'Legal research':
    'veille juridique|veille jurisprudentielle|veille législative|veille législative et réglementaire|veille juridique et réglementaire|ricerche giurisprudenziali|ricerca giurisprudenziale|ricerche normative|ricerca normativa|ricerche dottrinali|pesquisa de legislação|pesquisa de jurisprudência|investigación jurisprudencial|Rechtsprechungsrecherche',
  'Contract drafting':
    'rédaction de contrats|rédaction des contrats|rédiger des contrats|rédiger les contrats|Vertragsgestaltung|Verträge entwerfen|Entwurf von Verträgen|Erstellung von Verträgen|redacción de contratos|redactar contratos|contracten opstellen|opstellen van contracten|avtalsskrivning|udarbejdelse af kontrakter|udarbejde kontrakter|redazione di contratti|redazione dei contratti|redazione contratti|redação de contratos|elaboração de contratos|redagowanie umów|sporządzanie umów',
  'Fleet management':
    "fleet maintenance|fleet maintenance scheduling|Fuhrparkmanagement|Fuhrparkverwaltung|Flottenmanagement|gestion de flotte|gestion de parc automobile|gestión de flotas|gestión de flota|wagenparkbeheer|fleetmanagement|fordonsflotta|flådestyring|flåtestyring|gestione della flotta|gestione flotta|gestão de frota|gestão de frotas|zarządzanie flotą|zarządzanie flotą pojazdów|fleet utilisation|fleet utilization|ocupação da frota|taux d'utilisation de la flotte",
  'Content marketing':
    'contentmarketing|Content-Marketing|marketing de contenu|marketing de contenidos|innehållsmarknadsföring|indholdsmarkedsføring|innholdsmarkedsføring|marketing dei contenuti|content marketing strategico|marketing de conteúdo|marketing treści|content marketer|content marketeer|contentmarketeer',
  'GD&T':
    'Form- und Lagetoleranzen|Form- und Lagetolerierung|Form und Lagetoleranzen|Form- und Lagetoleranz|tolérancement géométrique|tolérances géométriques|cotation GPS|tolerancias geométricas|tolerancias dimensionales y geométricas|vorm- en plaatstoleranties|geometrisk toleransättning|geometriske tolerancer|toleranze geometriche|tolleranze geometriche|tolerâncias geométricas|tolerancje geometryczne',
  'Sheet metal':
    'sheet metal design|sheet metal parts|Blechteile|Blechteilen|Blechkonstruktion|Blechkonstruktionen|Blechbearbeitung|tôlerie|pièces de tôlerie|chapa metálica|piezas de chapa|plaatwerk|plåtdetaljer|plåtbearbetning|pladebearbejdning|platearbeid|lamiera|lamiere|particolari in lamiera|peças em chapa|blacharstwo|obróbka blachy|elementy z blachy',
  'Complaint handling':
    'reklamacje|reklamacji klientów|analiza reklamacji|Kundenreklamationen|Reklamationsmanagement|réclamations clients|réclamations client|reclamaciones de clientes|klantklachten|reklamationshantering|kundreklamationer|håndtering af reklamationer|reklamationsbehandling|reclami dei clienti|gestão de reclamações|reclamações de clientes',
  MLOps: 'plateforme MLOps',
  'Intensive care':
    'Fachweiterbildung Intensivpflege|Fachweiterbildung Intensiv- und Anästhesiepflege|Fachweiterbildung Anästhesie- und Intensivpflege|Fachweiterbildung Intensivpflege und Anästhesie|Fachweiterbildung für Intensivpflege|Fachweiterbildung Intensiv|Fachkrankenpfleger für Intensivpflege|Fachkrankenschwester für Intensivpflege|Fachpflegekraft für Intensivpflege|Fachpflegekraft Intensiv',
  'Distributed training':
    'verteiltes Training|verteilten Training|verteiltem Training|entraînement distribué|entrenamiento distribuido|gedistribueerde training|distribuerad träning|addestramento distribuito|treinamento distribuído|trening rozproszony',
  'Model deployment':
    'mettere in produzione i modelli|messa in produzione dei modelli|poner modelos en producción|colocar modelos em produção|Modelle in Produktion bringen|LLM serving|serve LLMs|serving LLMs|LLM inference|model inference|inference serving',
  'Technical drawing reading':
    "Fertigungszeichnungen|Werkstattzeichnungen|Zeichnungsableitung|Zeichnungserstellung|plans d'exécution|dessins de fabrication|planos de fabricación|werktekeningen|tillverkningsritningar|disegni costruttivi|desenhos de fabrico|rysunki wykonawcze|plans de fabrication|interpréter les plans|lire les plans|lire et interpréter les plans|leer planos|interpretar los planos|disegni di cantiere|ler desenhos",
  Interviewing:
    'entrevistas por competencias|entrevista por competencias|entretiens par compétences|entretien par compétences|kompetenzbasierte Interviews|kompetenzbasierte Auswahlgespräche|competentiegerichte interviews|kompetensbaserad intervju|kompetensbaserade intervjuer|kompetencebaserede interviews|colloqui per competenze|entrevistas por competências|wywiady kompetencyjne|competency-based interviewing|competency based interviews|structured interviews',
  DATEV:
    'DATEV Unternehmen online|DATEV DUO|DATEV Kanzlei-Rechnungswesen|DATEV Lohn und Gehalt|DATEV LODAS|DATEV Rechnungswesen|DATEV Mittelstand',
  'Finite element analysis':
    'FEM|FEM-Berechnungen|FEM-Berechnung|FEM-Simulation|FEM-Simulationen|FEM-Analysen|Finite-Elemente-Methode|calcul par éléments finis|calculs par éléments finis|análisis por elementos finitos|cálculo por elementos finitos|eindige-elementenmethode|finita elementmetoden|analisi agli elementi finiti|calcolo agli elementi finiti|análise por elementos finitos|metoda elementów skończonych',
  Quantization:
    'INT8 quantization|FP8 quantization|INT4 quantization|AWQ|GPTQ|post-training quantization|quantization-aware training|quantisation-aware training|Quantisierung|quantification des modèles|cuantización|kwantisatie|quantizzazione|quantização|kwantyzacja',
  Ray: 'KubeRay|Ray on Kubernetes',
  'Curriculum development':
    'curriculum design|curriculum planning|schemes of work|scheme of work|schemes of learning|Lehrplanentwicklung|Curriculumentwicklung|conception de programmes|conception pédagogique|diseño curricular|curriculumontwikkeling|läroplansarbete|progettazione curricolare|desenho curricular|planeamento curricular|projektowanie programów nauczania',
  'Physical therapy':
    'physiotherapist|physical therapist|Physiotherapie|Physiotherapeut|Physiotherapeutin|kinésithérapie|kinésithérapeute|fisioterapia|fisioterapeuta|fysiotherapie|fysiotherapeut|fysioterapi|fysioterapeut|fisioterapista|fizjoterapia|fizjoterapeuta',
  'Patient assessment':
    'valoración de los pacientes|valoración del paciente|valoración fisioterapéutica|bilan kinésithérapique|physiotherapeutische Befundaufnahme|Befundaufnahme|valutazione del paziente|avaliação do paciente|badanie pacjenta|vurdere patienternes tilstand|observere og vurdere|observation og vurdering af patienter|klinisk observation|vurdering af patienter',
  'Wound care':
    'dressing changes|dressing change|change dressings|changing dressings|Verbandswechsel|changement de pansements|réfection des pansements|cambio de apósitos|curas|wondverzorging|verbandbyte|medicazione|troca de pensos|zmiana opatrunków|Versorgung von Wunden|Wunden versorgen|Wundbehandlung|soin des plaies|soins des plaies|cuidado de heridas|cura delle ferite|sårbehandling',
  'Fraud prevention':
    'counter-fraud|indicators of fraud|fraud indicators|suspected fraud|Betrugsverdacht|soupçons de fraude|indicios de fraude|sospetto di frode',
  Compliance:
    'regulatorischen Vorgaben|regulatorische Vorgaben|regulatorischer Vorgaben|regulatorische Anforderungen|MiFID II|MiFID|exigences réglementaires|requisitos regulatorios|requisiti normativi|wymogów regulacyjnych',
  'Construction management':
    'ejecución de obras|dirigir la ejecución|direction de travaux|Bauausführung|esecuzione dei lavori|execução de obras',
  'Construction scheduling':
    'planificación de la obra|planifier le chantier|Bauablaufplanung|pianificazione del cantiere|planeamento da obra',
  'Health and safety':
    'plan de seguridad y salud|seguridad y salud|sicurezza cantieri|sicurezza nei cantieri|sicurezza in cantiere|corso sicurezza|règles de sécurité|consignes de sécurité|regras de segurança|zasady BHP|occupational health and safety|Occupational health and safety',
  'Lesson planning':
    'planów lekcji|plany lekcji|przygotowywanie lekcji|unidades didácticas|programar las unidades didácticas|préparer les séances|planera undervisningen|planering av undervisningen|planera och genomföra undervisning|undervisningsplanering|planlegge undervisningen|planlægge undervisningen|Planung und Vorbereitung des Unterrichts|Vorbereitung des Unterrichts|Unterricht planen|Unterricht vorbereiten|planificación de clases|preparación de clases|preparazione delle lezioni|planejamento de aulas|planejamento das aulas',
  'Classroom management':
    "dyscypliny w klasie|utrzymanie dyscypliny|gérer la classe|gestión de la clase|gestione dell'aula|studiero|studiero i klassrummet|arbetsro i klassrummet|klasseledelse|klasseledelsen|orde in de klas|Klassenmanagement|gestione della classe",
  Teaching:
    'impartir clases|imparte clases|impartición de clases|dar clases|Unterricht erteilen|prowadzenie lekcji|prowadzenie zajęć|tenere lezioni|dar aulas|lesgeven',
  'HR administration':
    'dokumentacji kadrowej|dokumentacja kadrowa|dokumentacji pracowniczej|dokumentacja pracownicza|akt osobowych|akta osobowe|in- en uitdiensttredingen|uitdiensttredingen|indiensttredingen|personeelsmutaties',
  'Social insurance': 'przepisów ZUS|składek ZUS|składki ZUS|ubezpieczeń społecznych|ubezpieczenia społeczne',
  'Microsoft Excel': 'Excela|Excelu|Excelem|Excelin|Excelissä',
  'Loading and unloading':
    'laadt en lost|laad en los|laden en lossen|lost en laadt|loading trucks|unloading trucks|load trucks|unload trucks|truck loading|truck unloading|loading outgoing trucks|unloading incoming trucks',
  'Legal writing':
    'redazione di pareri|pareri legali|pareri|legal opinions|legal memoranda|legal memos|rédaction de consultations|redacción de dictámenes|dictámenes jurídicos|juridische adviezen|Rechtsgutachten|pareceres jurídicos|opinie prawne',
  'Corporate law':
    'diritto societario|Gesellschaftsrecht|droit des sociétés|derecho societario|vennootschapsrecht|bolagsrätt|selskabsret|direito societário|direito das sociedades|prawo spółek|company law',
  'Shelf replenishment': 'mettre en rayon|met en rayon|mettez en rayon',
  A3innuva: 'A3ECO|A3SOC|A3ASESOR|a3ASESOR|A3CON|a3innuva',
  'Dangerous goods': 'hazardous goods handling|hazardous goods',
  "Commercial driver's license": 'driving licence C|driving license C',
  Bricklaying: 'murature|muratura|muratore|Maurer|metselaar|albañil|pedreiro|murarz',
  'Route planning':
    'ritten inplannen|planning van de ritten|routes optimaliseren|optimaliseert routes|Touren planen|planifier les tournées|planificar rutas|planera rutter|pianificare i percorsi|planear rotas|planowanie tras przejazdu|planear as rotas|planeamento de rotas|planejamento de rotas|planejar rotas|rotas de distribuição|routes de livraison',
  'Transportation management': 'Transport management systems|transport management system',
  'E-government': 'electronic administration|Electronic administration',
  'Driving licence B': 'Driving licence (B)',
  'Mechanical ventilation':
    'beatmeter|beatmeten Patienten|Beatmungsgerät|Beatmungsgeräte|Beatmungsgeräten|Beatmungstherapie|Umgang mit Beatmungsgeräten',
  'Financial reporting':
    'reporting financiero|información financiera|reporting finanziario|financiële rapportage|finansiell rapportering|relatórios financeiros|Finanzberichterstattung',
  Budgeting:
    'presupuesto anual|preparación del presupuesto|budget annuale|predisposizione del budget|redazione del budget|budget annuel|Jahresbudget|jaarbegroting|årsbudget|orçamento anual',
  'Variance analysis':
    'seguimiento de desviaciones|análisis de desviaciones|desviaciones presupuestarias|analisi degli scostamenti|analisi scostamenti|analyse des écarts|écarts budgétaires|Abweichungsanalyse|Abweichungsanalysen|afwijkingsanalyse|afwijkingsanalyses|avvikelseanalys|análise de desvios|variance reporting|variance reports',
  'Financial modeling':
    'modelos financieros|modelización financiera|modelli finanziari|modèles financiers|modélisation financière|Finanzmodelle|Finanzmodellierung|financiële modellen|modelos financeiros|finansiella modeller',
  'Financial analysis':
    'análisis financiero|analisi finanziaria|analyse financière|Finanzanalyse|financiële analyse|análise financeira|finansiell analys|analiza finansowa',
  'Inside sales':
    'binnendienst verkoop|verkoop binnendienst|commerciële binnendienst|verkoop-binnendienst|Vertriebsinnendienst|Innendienst Vertrieb|Verkaufsinnendienst|ventes sédentaires|innesälj|innesäljare',
  'Team leadership':
    'team|coordenar a equipa|coordenar equipas|coordenar a equipe|gestão de equipas|gestão de equipa|liderar equipas|liderar a equipa',
  'Inventory management':
    'controle de estoque|controlar o estoque|gestão de estoque|gestão do estoque|níveis de stock|níveis de estoque|niveaux de stocks|niveaux de stock|niveles de stock|livelli di stock|Lagerbestände steuern|piloter les stocks',
  'Student assessment': 'betygsätta|betygssätta|bedöma och betygsätta|bedömning och betygsättning',
  eDiscovery: 'discovery requests|discovery responses|written discovery|document productions|document production',
  Nursing:
    'sygepleje|sygeplejerske|sygeplejersker|sykepleie|sykepleier|sairaanhoitaja|infermiere|infermiera|enfermagem|enfermeiro|enfermeira|pielęgniarka|pielęgniarstwo',
  'Discharge planning':
    'planlægge udskrivelser|udskrivelser|udskrivelse|udskrivningsplanlægning|Entlassmanagement|Entlassungsmanagement|planification de la sortie|planificación del alta|ontslagplanning|utskrivningsplanering|pianificazione della dimissione|planeamento da alta',
  'Order picking': 'plukk|plukk og pakking|ordreplukk|ordreplukking|plukking av ordre',
  'Warehouse management':
    "Lagerarbeiten|travaux d'entrepôt|trabajo de almacén|varastotyö|varastotyöt|trabajos de almacén",
  Triage:
    'triaje|triaje Manchester|clasificación de pacientes|Manchester Triage|Manchester-Triage|triage Manchester|sistema de triaje',
  'Emergency nursing':
    "enfermería de urgencias|enfermero de urgencias|enfermera de urgencias|enfermero/a de urgencias|experiencia en urgencias|experiencia previa en urgencias|Notfallpflege|soins infirmiers d'urgence|spoedeisende hulp verpleegkunde|akutsjukvård|infermiere di pronto soccorso|enfermagem de urgência|emergency room nurse|emergency room nursing|ER nurse|akutsjuksköterska|akutsjuksköterskor",
  Venepuncture: 'extracción de analíticas|extracciones analíticas|extracción de muestras sanguíneas',
  BLS: 'soporte vital básico|SVB|Basic Life Support|Basismaßnahmen der Reanimation|supporto vitale di base|suporte básico de vida',
  ACLS: 'advanced life support|Advanced Life Support|ALS|ALS provider|ILS|immediate life support|soporte vital avanzado|SVA|réanimation avancée|erweiterte Reanimation|Advanced Life Support (ALS)|supporto vitale avanzato|suporte avançado de vida',
  'Care documentation':
    'registro de cuidados|registros de cuidados|registro de enfermería|dokumentation i EPJ|Dokumentation|dokumentasjon|dokumentere|dokumenterer|dokumenterar|dokumentera|dokumentieren|dokumentiert|documenteren|documenteert|documentazione sanitaria|documentazione infermieristica',
  'Model monitoring': 'drift monitoring|drift and performance monitoring|performance monitoring for models',
  Forecasting:
    'forecast trimestrali|forecast trimestrale|forecast mensili|quarterly forecasts|quarterly reforecasts|reforecasts|reforecasting',
  'Management accounting':
    'controllo di gestione|contabilità industriale|contabilità analitica|Kostenrechnung|comptabilité analytique|contabilidad analítica|contabilidad de costes|kostprijsberekening|kostnadsredovisning|contabilidade analítica|rachunkowość zarządcza',
  'Data visualization':
    'visualização de dados|visualización de datos|visualisation de données|visualisation des données|Datenvisualisierung|datavisualisatie|visualizzazione dei dati|datavisualisering|wizualizacja danych',
  Schematics: 'Schaltplan|nach Schaltplan|Schaltplanlesen|Stromlaufplan',
  'Supply chain management':
    'supply chain planning|Supply Chain Planung|Supply-Chain-Planung|planification supply chain|planificateur supply chain|planificación de la cadena de suministro|pianificazione della supply chain|ketenplanning',
  'Demand planning':
    'prévisions de ventes|prévision des ventes|prévisions des ventes|Absatzplanung|Absatzprognose|previsión de la demanda|previsión de ventas|vraagplanning|efterfrågeplanering|previsioni di vendita|previsão de vendas|previsão da procura|planowanie popytu',
  'Order processing': 'verwerkt orders|orders verwerken|verwerken van orders|verwerking van orders',
  // Skills of the other tables as trades, pharmacies, hotels, schools and offices write them in ten languages (texts 391–420).
  'Boiler installation':
    'Brennwertkessel|Brennwertkesseln|Gas-Brennwertkessel|Gas-Brennwertkesseln|Gasbrennwertkessel|Brennwerttechnik|montaje de calderas|installazione di caldaie|pannbyte|pannbyten|kedeludskiftning',
  'Air conditioning':
    'aire acondicionado|equipos de aire acondicionado|aires acondicionados|climatiseurs|Klimaanlagen|airconditioningsystemen|luftkonditionering|aria condizionata|condizionatori|ar condicionado|aparelhos de ar condicionado|klimatyzatory|klimatyzatorów',
  'Refrigerant handling':
    'air conditioning re-gas|air con re-gas|aircon re-gas|air-con re-gas|Klimaservice|Sachkunde für Fahrzeugklimaanlagen|Kältemittelsachkunde|ChemKlimaschutzV|gases refrigerantes|gas refrigerante|fluides frigorigènes|manipulation des fluides frigorigènes|Kältemittel|Kältemitteln|Umgang mit Kältemitteln|koudemiddelen|köldmedier|köldmedium|kølemidler|gas refrigeranti|fluidos refrigerantes|czynniki chłodnicze|czynników chłodniczych',
  'F-Gas':
    'gases fluorados|manipulación de gases fluorados|carné de gases fluorados|carnet de gases fluorados|F-Gase-Zertifikat|Kältescheinkategorie|F-gascertificaat|gas fluorurati|certificado F-gás|certyfikat F-gazowy',
  Typography: 'typographic|typografie|typographie|tipografía|tipografia|typografi|typografia',
  'Differentiated instruction':
    'inklusiver Unterricht|inklusiven Unterricht|inklusiven Unterrichts|inclusive teaching|inclusive classroom|inclusive classrooms|enseignement inclusif|educación inclusiva|inclusief onderwijs|inkluderande undervisning|inkluderende undervisning|educação inclusiva|edukacja włączająca|differentiated curriculum|differentiated provision',
  'Administrative support':
    'suivi administratif|tâches administratives|travaux administratifs|administrative tasks|administrative duties|administratieve taken|administrativa uppgifter|administrative opgaver|compiti amministrativi|zadania administracyjne',
  '3D modeling':
    '3D models|3D model|3D modelling|3D-Modellierung|modélisation 3D|modelado 3D|3D-modellering|modellazione 3D|modelagem 3D|modelação 3D|modelowanie 3D',
  Tax: 'selvangivelser|selvangivelse|skattemeldinger|skattemelding|skatteregnskab|skatteregnskaber',
  Reservations:
    'gestão de reservas|gestão das reservas|gestión de las reservas|gestion des réservations|gestione delle prenotazioni|Reservierungsmanagement|Bearbeitung von Reservierungen|reserveringen verwerken|hantera bokningar|obsługa rezerwacji',
  'Front desk':
    "receção de hotel|recepção de hotel|recepción de hotel|réception d'hôtel|Hotelrezeption|hotelreceptie|hotellreception|hotelreception|reception d'albergo",
  'Pharmacy software': 'Pharmacom|CGM Lauer|Lauer-Fischer|Awinta|IXOS|Pharmatechnik|Winapo|Sifarma',
  'Sanitary installation':
    'sanitetsporslin|sanitetsinstallation|montering av sanitet|sanitære installationer|sanitærinstallasjoner',
  // Found missing on a blind batch's tuned texts (486–505): the Romance and Polish words for purchasing, safety,
  // earthworks, gardening and data science, and English phrasings written verb first.
  'Machine learning':
    'apprendimento automatico|aprendizaje automático|aprendizado de máquina|apprentissage automatique|maschinelles Lernen|maskininlärning|uczenie maszynowe',
  'Data science':
    'data scientist|data scientists|scienza dei dati|ciencia de datos|ciência de dados|science des données',
  Statistics: 'statistica|estatística|statystyka',
  'A/B testing': 'test A/B|testes A/B|A/B-test|A/B-testen|A/B-testning|testy A/B',
  Procurement:
    'Suprimentos|área de compras|departamento de compras|setor de compras|gestão de compras|gestión de compras|experiência em compras|experiencia en compras|compras na indústria|ufficio acquisti|service achats|Beschaffung',
  'Purchase orders':
    'pedidos de compra|pedido de compra|órdenes de compra|orden de compra|ordens de compra|bons de commande|bon de commande|inkooporders|inköpsorder',
  'Supplier management':
    'desempenho de fornecedores|desempeño de proveedores|avaliação de fornecedores|evaluación de proveedores|évaluation des fournisseurs|Lieferantenbewertung|valutazione dei fornitori|ocena dostawców',
  'Supplier quality':
    'homologar fornecedores|homologação de fornecedores|homologar novos fornecedores|homologación de proveedores|homologar proveedores|qualification des fournisseurs|Lieferantenqualifizierung|qualifica dei fornitori',
  'Contract management':
    'gestão de contratos|gerir contratos|gerenciar contratos|gestionar contratos|gestione dei contratti|contractbeheer|avtalshantering|zarządzanie umowami',
  'Import/export':
    'importação|exportação|comércio exterior|comercio exterior|processos de importação|importación y exportación|Außenhandel|commercio estero|handel zagraniczny',
  'Cost control': 'controle de custos|controlo de custos|redução de custos|reducción de costes|reducción de costos',
  'Risk assessment':
    'assess risk|assessing risk|assess the risk|assessing the risk|evaluaciones de riesgos|evaluaciones de riesgo|evaluación de riesgo|avaliações de riscos|avaliação de riscos|évaluations des risques|valutazioni dei rischi|ocena ryzyka zawodowego|ocena ryzyka',
  'Root cause analysis':
    'análisis de causas|análisis de causa raíz|análise de causa raiz|analyse des causes|analyse des causes racines|Ursachenanalyse|analisi delle cause|analiza przyczyn',
  'Incident reporting':
    'accident investigation|accident investigations|investigate accidents|incident investigation|incident investigations|investigate incidents|investigación de accidentes|investigar accidentes|investigación de incidentes|investigar incidentes|enquêtes accidents|analyse des accidents du travail|Unfalluntersuchung|Unfalluntersuchungen|indagini sugli infortuni|investigação de acidentes|badanie wypadków',
  'Lockout/tagout': 'consignación de máquinas|consignación de equipos|consignación y bloqueo|bloqueo y etiquetado',
  'Staff training':
    'impartir formación|impartir la formación|formación a la plantilla|formación del personal|formar al personal|formation du personnel|former le personnel|Mitarbeiterschulungen|Schulung der Mitarbeiter|formazione del personale|treinamento de equipe|treinar a equipe|szkolenia pracowników',
  'Subcontractor management':
    'coordinate contractors|coordinating contractors|contractor management|manage contractors|managing contractors|coordinación de contratas|coordinar contratas|coordinar actividades empresariales|coordinación de actividades empresariales|coordination des sous-traitants|gestion des sous-traitants|Koordination von Fremdfirmen|Fremdfirmenkoordination|Fremdfirmenmanagement|coordinamento dei subappaltatori|koordynacja podwykonawców',
  Earthworks: 'prace ziemne|prac ziemnych|roboty ziemne|robót ziemnych|wykopy|wykopów',
  Drainage: 'odwodnienie|odwodnienia|drenaż|drenażu',
  'Pavement construction':
    'podbudowa drogowa|podbudowę drogową|nawierzchnie drogowe|budowa dróg|budowę dróg|budowa nawierzchni',
  'Machine maintenance':
    'mantenimiento de la maquinaria|mantenimiento de maquinaria|mantenimiento básico de la maquinaria|manutenzione delle macchine|manutenção de máquinas|onderhoud van machines|konserwacja maszyn|obsługa techniczna maszyn|obsługa techniczna maszyny|codzienna obsługa techniczna maszyny',
  Fertilisation: 'abonado|abonados|abonar|concimazione|adubação|adubagem|nawożenie|bemesting|gödsling|gødskning',
  'Plant protection certificate':
    'aplicador de productos fitosanitarios|aplicador de fitosanitarios|carné de manipulador de productos fitosanitarios|carné de aplicador de productos fitosanitarios',
  Mechatronics: 'Kfz-Mechatroniker|Kfz-Mechatronikerin|Mechatroniker|Mechatronikerin|mécatronicien|mecatrónico',
  'Vehicle inspection':
    'MOT tests|MOT testing|MOT test|MOT tester|MOT inspections|HU/AU|Hauptuntersuchung|Hauptuntersuchungen',
  'Appointment scheduling':
    "gérer les rendez-vous|gestion des rendez-vous|gestion de l'agenda|Terminvergabe|Terminplanung|Termine vereinbaren|agendamento de consultas|agendamentos|afspraken plannen|tidsbokning|umawianie wizyt",
  'Wi-Fi': 'wireless network|wireless networking|wireless infrastructure',
  'Network security': 'network segmentation|segmentation réseau|Netzwerksegmentierung',
  'Tenancy management': 'tenancy agreements|tenancy agreement|tenancy renewals',
  'Housing law': 'lettings legislation|letting legislation|housing legislation|landlord and tenant law',
  'Requirements gathering':
    'gathering requirements|gather requirements|Aufnahme von Anforderungen|Anforderungen aufnehmen|Anforderungsaufnahme|recueil des besoins|levantamiento de requisitos|raccolta dei requisiti|levantamento de requisitos',
  Agile: 'sprints|two-week sprints',
  'Dimensional modeling':
    'Sternschema|Star-Schema|schéma en étoile|esquema en estrella|schema a stella|esquema estrela',
  // Found missing on a third blind batch's tuned texts (506–525): butchers, MOT testers, events, databases, lifeguards,
  // confectioners and caretakers, in their own words.
  Butchery:
    'butcher|butchers|boning|breaking down carcasses|carcass breaking|Metzger|Fleischer|boucher|carnicero|slager|slaktare|macellaio|açougueiro|rzeźnik',
  'Tyre fitting': 'fitting tyres|fit tyres|fitting and balancing tyres|Reifen montieren|montage de pneus',
  'Event planning':
    'événementiel|événementielle|projets événementiels|organisation événementielle|organisation de séminaires|Eventplanung|Veranstaltungsplanung|organización de eventos|organizzazione di eventi|organização de eventos|evenementenorganisatie',
  'Project management':
    'piloter vos projets|piloter des projets|pilotage de projets|pilotage de projet|gestión de proyectos|gestão de projetos|gestione dei progetti|Projektleitung|projectmanagement|projektledning',
  'Sterile technique': 'sterile field|sterile fields|maintain the sterile field|campo estéril|champ stérile',
  'Labor and delivery':
    'labour ward|labour and delivery|delivery suite|intrapartum care|salle de naissance|Kreißsaal|sala de partos|verloskamer',
  'Database administration':
    'administration de bases de données|administrateur de bases de données|administration PostgreSQL|administration Oracle|administrador de bases de datos|Datenbankadministration|databasebeheer',
  'Query optimization':
    'requêtes lentes|optimiser les requêtes|optimisation des requêtes|slow queries|optimizar consultas|optimización de consultas|Abfrageoptimierung',
  Monitoring:
    'superviser les bases|supervision des bases|supervision des serveurs|supervision des systèmes|supervision de la production',
  'Access control':
    'gestion des accès|gestion des habilitations|contrôle d’accès|gestión de accesos|Zugriffsverwaltung|Berechtigungsverwaltung',
  CPR: 'RCP|reanimación cardiopulmonar|réanimation cardio-pulmonaire|reanimação cardiopulmonar|rianimazione cardiopolmonare|Herz-Lungen-Wiederbelebung|hart-longreanimatie',
  'Food safety':
    'Boas Práticas de Fabricação|Boas Práticas de Manipulação|buenas prácticas de manipulación|bonnes pratiques d’hygiène',
  'Food hygiene certificate':
    'Certificado de Boas Práticas de Manipulação de Alimentos|curso de manipulação de alimentos|certificado de manipulador de alimentos',
  'Food cost control':
    'custo das receitas|custo de receitas|custeio de receitas|recipe costing|costing recipes|cost recipes|escandallo|escandallos|coût de revient des recettes',
  Insurance: 'P&C|property and casualty|property & casualty|commercial lines|personal lines|Sachversicherung|IARD',
  'Oxygen therapy':
    'administración de oxígeno|administrar oxígeno|oxygen administration|administer oxygen|Sauerstoffgabe|administration d’oxygène',
  'Ventilation systems':
    'ventilationsaggregat|ventilationssystem|ventilationsanläggningar|ventilatiesystemen|Lüftungsanlagen|systèmes de ventilation',
  'On-call':
    'jourtjänst|beredskapstjänst|beredskap|vakttelefon|astreinte|astreintes|Rufbereitschaft|guardias localizadas|reperibilità',
};

/** Words of a farm posting: where "tractors", "récolte" or "Ernte" are the farm's. */
const FARM_CONTEXT =
  'farm|agri|snöröjning|gräsklipp|winterdienst|grünpflege|grounds|snow|abon|Düng|jard[ií]n|garden|Garten|giardin|tuin|trädgård|césped|lawn|Rasen|gazon|fitosanit|pruning|\\bpoda\\b|crop|harvest|Dünge|engrais|épandage|nawo|gödsl|gødsk|concim|aduba|bemest|field|silage|livestock|dairy|cattle|cows|herd|telehandler|plough|slurry|arable|Acker|Feld|Ernte|Aussaat|Landwirt|Agrar|Hof|Fendt|John Deere|Claas|Gülle|Dünge|Stall|Vieh|Rinder|Kühe|agricol|vigne|vendange|céréales|élevage|cultures|tracteur|campo|cultivo|ganad|vacas|cosecha|fruta|akker|boer|oogst|vee|koeien|lantbruk|gård|jordbruk|trattor|vendemmia|olive|uva|frutta|ortaggi|stalla|colheita|lavoura|gado|vinha|rolni|zbiór|uprawy|ciągnik|Melk|milk|calves|Kälber|veaux|feeder';
/** Words beside the therapy: patients, injuries, physiotherapy. */
const REHAB_CONTEXT =
  'patient|physio|injur|therap|clinic|stroke|post-op|postoperative|surgery|sport|orthop|neuro|cardiac|Patient|Physio|Therap|Verletz|Klinik|kiné|kiné|blessure|fisio|lesion|lesión|postquirúrg|paciente|pazient|pacjent|patiënt|fysio|uraz|terap|revalid|genoptræn';

/** Words beside a patient's care: where "mobilisation" is getting a patient moving. */
const PATIENT_CONTEXT =
  'patient|resident|client|ward|nurs|care|physio|therap|falls|bed|hoist|transfer|Patient|Pflege|Bewohner|patiënt|pacjent|paciente|pazient';
/** Words of a kitchen's pass: where "plating" is dishes, not a metal finish. */
const PLATING_CONTEXT =
  'dish|food|kitchen|chef|cook|menu|presentation|garnish|service|restaurant|\\bpass\\b|prep|portion|brigade|cuisine|plates|grill|sauté|saute|fryer|FIFO|stock rotation|mise en place';
/** Words of resuscitation courses: where ALS, ILS, SVA and SVB are life support. */
const RESUSCITATION_CONTEXT =
  'life support|BLS|ACLS|PALS|resus|CPR|RCP|reanimaci|Reanimation|réanimation|soporte vital|certif|provider|course|curso|formación|ERC|Resuscitation Council';
/** German words of food and kitchens: where hygiene rules are food safety. */
const FOOD_CONTEXT_DE =
  'Lebensmittel|Küche|HACCP|Speise|Gastronom|Restaurant|Bäcker|Zubereitung|Kantine|Metzger|Gäste|Service|Koch|Köch|Gericht';
/** Words of a building site or a survey: where "setting out" is marking out the works. */
const SETTING_OUT_CONTEXT =
  'site|survey|levels?\\b|total station|GPS|engineer|construction|foundations?|drainage|kerbs?|roads?|grid|civils|groundworks|steelwork|gridlines';
/** Words of selling: where "build pipeline" is a sales pipeline. */
const SALES_PIPELINE_CONTEXT =
  '\\b(?:sales|Salesforce|quota|deals?|CRM|HubSpot|prospect\\w*|forecast\\w*|revenue|outbound|leads?|opportunit\\w*|accounts?)\\b';
/** What else is harvested, right before the word: "data harvesting", "energy harvesting". */
const HARVESTED_NOT_CROPS =
  '\\b(?:[Dd]ata|[Ee]nergy|[Cc]redential|[Ee]mail|[Ww]eb|[Cc]ontent|[Tt]alent|[Ll]ead|[Ii]dea)\\s+$';
/** Words of group accounts: where "consolidation" is the accounts of a group. */
const GROUP_ACCOUNTS_CONTEXT =
  'financ|accounts|accounting|IFRS|GAAP|intercompany|statutory|subsidiar|month-end|year-end|ledger|close|reporting|entities|eliminations';

/** Words of a line about care for people, where documenting is care documentation. */
const CARE_LINE =
  '\\b(?:läkemedel\\w*|medicin\\w*|legemid\\w*|Medikament\\w*|medicatie|omsorg\\w*|pleie\\w*|pleje\\w*|vård\\w*|omvårdnad|Pflege\\w*|zorg\\w*|cliënt\\w*|borger\\w*|brukar\\w*|beboer\\w*|Bewohner\\w*|Patient\\w*|patiënt\\w*|pasient\\w*|Klient\\w*|hemtjänst\\w*|hjemmetjenest\\w*|sygeplej\\w*|sykepleie\\w*)';
/** What is electrical in a line: the word itself, wiring, conduit, boards, sockets, lighting and chargers, in the languages read. */
const ELECTRICAL_OBJECTS =
  '\\belectric|\\belektri|\\belektr|électri|eléctri|elétri|elettri|\\bwir(?:e|es|ing)\\b|conduit|sockets?\\b|switchgear|distribution boards?|consumer units?|\\blighting\\b|belysning|Beleuchtung|éclairage|iluminación|illuminazione|iluminação|verlichting|laddbox\\w*|charging points?|EV charg\\w*|Wallbox\\w*|Schaltanlag\\w*|Steckdose\\w*|eluttag|luminaires?';
/** A verb of leading before a team, with up to three other words between: the team is led. */
const LEADING_A_TEAM =
  // "the lead developer and the team": a lead after an article is a person, and the team joined by "and" is another.
  '(?<!\\b(?:the|a|an|our|your|tech|team)\\s)\\b(?:lead|leads|leading|supervis(?:e|es|ing))\\s+(?:(?:an?|the|our|your)\\s+)?(?:(?!(?:and|or|with|to)\\b)[\\w-]+\\s+){0,3}team\\b';
/** Customers kept informed or dealt with in person: customer service named by what it is. */
const SERVING_CUSTOMERS =
  '\\b(?:keep|keeps|keeping|kept)\\s+(?:[\\w-]+\\s+){0,3}(?:customers?|homeowners?|clients?)\\s+(?:informed|updated)|\\bdeal(?:s|ing)?\\s+with\\s+(?:the\\s+|our\\s+)?(?:customers?|homeowners?)';

/**
 * The words before a department the hire answers or works with ("Ansprechpartner für Einkauf und", "point of
 * contact for the"): the department there is a counterpart, not a skill.
 */
const COUNTERPART_BEFORE =
  '(?:partner\\w*\\s+für|\\bSchnittstelle\\s+zu\\w*|contact\\s+for|liais\\w+\\s+with|interlocut\\w+\\s+d\\w*)\\s+(?:(?:den|die|der|dem|das|the|our|la|le|les)\\s+)?(?:\\S+\\s+(?:und|and|et|&)\\s+)?$';

export const COVERAGE_GUARDS: Readonly<Record<string, SkillGuard>> = {
  // "Observe and document" children's learning in early years; a guard or a nurse observes and documents other things.
  'Observation and assessment|*': {
    lineContext:
      'child|learning|development|pupil|play|toddler|infant|Kinder|Kind\\b|enfant|niñ[oa]s|infantil|kinderen|leerling|barn',
  },
  'Procurement|*': { notAfter: COUNTERPART_BEFORE },
  // A sales tool's short name, when the line names other sales tools ("Apollo, Pipedrive, Slack").
  'Apollo.io|Apollo': {
    caseSensitive: true,
    context: 'Pipedrive|HubSpot|Salesforce|Outreach|Salesloft|ZoomInfo|Gong|prospect|CRM|Lusha',
  },
  // The weekday is the work-management tool only among other tools ("Slack, 3CX & Monday").
  'Monday.com|Monday': {
    caseSensitive: true,
    context: '(?:Slack|Asana|Trello|Jira|ClickUp|Notion|Pipedrive|Airtable)\\s*(?:[,/&]|and\\b|or\\b)|\\btools?\\b',
  },
  // The employer's "safe working environment" ("ett bolag med trygg arbetsmiljö") is not the skill.
  'Health and safety|arbetsmiljö': {
    notAfter:
      '\\b(?:trygg|tryggt|god|bra|säker|trivsam|sund|härlig|rolig|stimulerande|utvecklande|modern|inkluderande|fin)\\s+$',
  },
  // Short names that are other words outside their field.
  DSN: { caseSensitive: true, context: 'paie|payroll|social|salari|URSSAF|DSN mensuelle|déclarations' },
  CW1: { caseSensitive: true, context: 'CargoWise|freight|forward|customs|shipment|logisti' },
  SGA: { caseSensitive: true, context: 'almac|logístic|radiofrecuencia|stock|inventario|pedidos' },
  LVS: { caseSensitive: true, context: 'Lager|Kommission|Stapler|Warenein|Logistik|Inventur|Versand' },
  LEAP: { caseSensitive: true, context: 'legal|law|case management|practice management|conveyanc|matter|solicitor' },
  Proclaim: { caseSensitive: true, context: 'case management|legal|law|conveyanc|solicitor|matter|system' },
  CQS: { caseSensitive: true },
  SDLT: { caseSensitive: true },
  HMLR: { caseSensitive: true },
  RVG: { caseSensitive: true },
  Grundbuch: { lineContext: 'Notar|Kanzlei|Recht|Antr|Eintragung|Grundstück|Immobil' },
  Kadaster: { lineContext: 'notari|juridisch|akte|hypothe|eigendom|vastgoed|inschrijving' },
  Nedap: { caseSensitive: true, context: 'Ons|rapport|dossier|zorg|ECD|planning|Caren' },
  'Meal assistance|help with eating': { lineContext: 'resident|patient|client|care|elderly|dementia|personal care' },
  Sachbearbeitung: { notAfter: '(?:in der|der|die)\\s*$' },
  'Casework|caseworker': { notBefore: '^\\s+(?:manager|team)\\b' },
  // "Disciplinary" alone is an HR word only beside its HR context; "multi-disciplinary team" is never it.
  'Disciplinary and grievance|disciplinary': {
    notAfter: '(?:multi|inter|cross|trans|pluri)[-‐ ]?$',
    lineContext:
      'grievance|hearing|investigation|capability|employee relations|casework|cases|\\bHR\\b|procedure|polic',
  },
  'Disciplinary and grievance|disciplinaries': { notAfter: '(?:multi|inter|cross|trans|pluri)[-‐ ]?$' },
  'Disciplinary and grievance|grievance': {
    lineContext: 'disciplinar|employee relations|casework|cases|\\bHR\\b|procedure|polic|hearing|investigation|union',
  },
  'Disciplinary and grievance|grievances': {
    lineContext: 'disciplinar|employee relations|casework|cases|\\bHR\\b|procedure|polic|hearing|investigation|union',
  },
  // "verzuim", "sjukfrånvaro", "sykefravær" name the absence itself; they count with managing or advising words.
  'Absence management|verzuim': {
    lineContext:
      'begeleid|beleid|advis|management|re-integratie|terugdring|Poortwachter|arbodienst|bedrijfsarts|ziekmeld|registr',
  },
  'Absence management|sjukfrånvaro': { lineContext: 'hanter|uppfölj|rehabiliter|rådgiv|arbete med' },
  'Absence management|sykefravær': { lineContext: 'oppfølg|håndter|rådgiv|IA-avtal' },
  'Absence management|sickness absence': { lineContext: 'manag|support|advis|return-to-work|meetings|cases|monitor' },
  'Collective agreements|Tarifvertrag': {
    lineContext: 'Kenntnis|Anwendung|anwenden|Beratung|beraten|Auslegung|Erfahrung|sicher',
  },
  'Collective agreements|Tarifverträge': {
    lineContext: 'Kenntnis|Anwendung|anwenden|Beratung|beraten|Auslegung|Erfahrung|sicher',
  },
  'Collective agreements|overenskomst': { lineContext: 'kendskab|erfaring|rådgiv|fortolk|anvend|indsigt' },
  'Collective agreements|overenskomster': { lineContext: 'kendskab|erfaring|rådgiv|fortolk|anvend|indsigt' },
  'Collective agreements|kollektivavtal': {
    lineContext: 'kunskap|erfarenhet|rådgiv|tolk|tillämp|kännedom|om kollektivavtal',
  },
  'Collective agreements|collective agreement': {
    notAfter: '(?:under|per|according to|in line with|covered by)\\s+(?:the|a|our)?\\s*$',
  },
  // "Shipping" is also what software teams do with features ("shipping to production").
  // Patient and client records only: "accurate records in our HRIS" is office work.
  'Clinical documentation|accurate records': {
    lineContext: 'patient|clinical|care|resident|medical|nursing|client notes|treatment|health',
  },
  // "Buchungen in SAP EWM" are stock movements; accounting bookings sit beside accounting words.
  'Journal entries|Buchungen': {
    lineContext:
      'Buchhaltung|Konten|Sachkonten|Kreditor|Debitor|Finanz|Lohn|Journal|Beleg|Abschluss|Hauptbuch|DATEV|Rechnungs|Bank',
  },
  'Shipping|Shipping': {
    lineContext:
      'orders?\\b|parcels?|packages?|pallets?|warehouse|goods|carriers?|couriers?|freight|receiving|dispatch|packing|labels?|DHL|UPS|FedEx|inventory|stock\\b|logistic',
  },
  'Shipping|spedizioni': { lineContext: 'magazzin|merce|imballagg|ordini|DDT|pacchi|logistic' },
  'Records management|record keeping': { notAfter: '(?:accurate|clinical|patient|medical)\\s+$' },
  'Community nursing|community nurse': { notBefore: '^\\s+(?:team|teams|service|services)\\b' },
  'Conveyancing|property transactions': {
    lineContext: 'convey|solicitor|legal|law|completion|Land Registry|leasehold|freehold',
  },
  'Social media marketing|social network': { lineContext: 'marketing|campagn|contenut|post|community|advertising' },
  'Account reconciliation|riconciliazione': { lineContext: 'bancari|conti|contabil|fornitori|clienti' },
  'Account reconciliation|riconciliazioni': { lineContext: 'bancari|conti|contabil|fornitori|clienti' },
  'Account reconciliation|conciliaciones': { lineContext: 'bancari|cuentas|contab|proveedores|clientes' },
  'Bookkeeping|księgowość': { notAfter: '(?:dział|działu|biuro|biura)\\s+$' },
  'PLC programming|automates': { lineContext: 'programm|Siemens|Schneider|automatis|maintenance|électri' },
  // "Datenschutz" and "data protection" are also the privacy notice at the foot of a posting.
  'Data protection|*': {
    lineContext:
      'knowledge|comply|complian|GDPR|DSGVO|RGPD|AVG|UK GDPR|law|legislation|regulation|Kenntnis|Recht|Einhaltung|conformité|réglement|normativa|cumplimiento|LOPD|wetgeving|lagstiftning|lovgivning|regler|conoscenza|legislação|LGPD|RODO|przepis|officer|Beauftragt|DPO|handle personal|handling personal|personal data|données personnelles|datos personales|persoonsgegevens|personuppgifter|personoplysninger|personopplysninger|dati personali|dados pessoais|dane osobowe',
  },
  'Painting and decorating|decorating': { lineContext: 'paint|decorat|wallpaper|plaster|interior|site|trade' },
  'Plastering|enduits': { lineContext: 'plâtr|façade|mur|chantier|peinture|bâtiment' },
  'Packing|Verpackung': { lineContext: 'Kommission|Versand|Ware|Lager|Paket|Auftr|Sendung|Etikett' },
  'Packing|emballage': { lineContext: 'commande|colis|expédition|entrepôt|préparation|palette|étiquet' },
  'Packing|embalaje': { lineContext: 'pedidos|almac|envío|paquete|expedición|palet|etiquet' },
  // Portuguese "rotas" are routes: staff rotas sit beside staff, shifts or cover.
  'Staff scheduling|rotas': {
    notAfter: '(?:on|our|the|a)\\s+(?:\\w+\\s+)?$',
    lineContext: '\\b(?:staff|shifts?|team|employees|cover|colleagues|weekly|holidays?|annual leave|staffing)\\b',
  },
  'Containment installation|trunking': { lineContext: 'cable|electric|conduit|tray|wiring|install|containment' },
  'Containment installation|containment': { lineContext: 'cable|electric|conduit|tray|wiring|trunking|install' },
  // Braze the marketing platform, brazing the joining of copper pipes: each needs its own field's words.
  'Braze|*': {
    context:
      'email|push|CRM|marketing|campaign|lifecycle|journey|messaging|Iterable|Klaviyo|Customer\\.io|Segment|in-app',
  },
  'Brazing|braze': {
    lineContext: 'copper|pipe|solder|weld|line set|joint|HVAC|refrigera|torch|metal|fitting|tube|compressor',
  },
  'Brazing|brazes': {
    lineContext: 'copper|pipe|solder|weld|line set|joint|HVAC|refrigera|torch|metal|fitting|tube|compressor',
  },
  // "Excel and Word", "Word and Outlook": the editor beside other office tools, not the noun.
  'Microsoft Word|Word': { caseSensitive: true, context: 'Excel|Outlook|PowerPoint|Microsoft|MS Office|Office 365' },
  // "Hitting sales targets" in a shop is selling, not a sales team's quota.
  'Quota attainment|sales targets': {
    lineContext:
      'quota|pipeline|deal|territor|B2B|SaaS|account|OTE|closing|export|market share|business growth|revenue',
  },
  // Skill texts 173–212: short names that are other words outside their field.
  MTM: { caseSensitive: true, context: 'medication|pharmac|patient|review|therap|prescri' },
  ATS: {
    caseSensitive: true,
    context: 'recruit|candidate|applicant|hiring|requisition|Greenhouse|Workday|Lever|iCIMS|Taleo|sourcing|talent',
  },
  GSC: { caseSensitive: true, context: 'SEO|Search|GA4|Analytics|Ahrefs|Semrush|ranking|crawl|traffic' },
  FAI: { caseSensitive: true, context: 'inspect|article|quality|CMM|PPAP|AS9102|machin|parts' },
  NCR: { caseSensitive: true, context: 'conformance|quality|inspect|CAPA|defect|reject|audit|8D|ISO' },
  NCRs: { caseSensitive: true, context: 'conformance|quality|inspect|CAPA|defect|reject|audit|8D|ISO' },
  SPC: {
    caseSensitive: true,
    context: 'statistic|process control|quality|Cpk|control chart|inspect|manufactur|production|Six Sigma|machin',
  },
  MSP: { caseSensitive: true, context: 'statistique|procédé|qualité|production|capabilit|Cpk|cartes de contrôle' },
  ACA: { caseSensitive: true, context: 'ICAEW|ACCA|CIMA|ICAS|chartered|finalist|accountan|audit' },
  CVC: { caseSensitive: true, context: 'chauffage|climatisation|ventilation|génie|plomberie|frigori|technicien' },
  AVAC: { caseSensitive: true },
  CQC: { caseSensitive: true, context: 'patente|merci|autista|camion|conducente|tachigraf|persone|guida' },
  DEEJE: { caseSensitive: true },
  // A crèche as a perk ("on-site crèche") is no childcare skill.
  'Childcare|crèche': { notAfter: '(?:on-site|onsite|workplace|our|free|subsidised|subsidized)\\s+$' },
  'Childcare|creche': { notAfter: '(?:on-site|onsite|workplace|our|free|subsidised|subsidized)\\s+$' },
  'Escalation management|escalations': { lineContext: 'customer|ticket|support|complain|client|case|issue|manag' },
  // X-rays a dental team takes, not a radiographer's or a physicist's.
  'Dental radiography|digital X-rays': { lineContext: 'dental|dentist|hygien|periodont|Dentrix|Eaglesoft|patient' },
  'Dental radiography|take X-rays': { lineContext: 'dental|dentist|hygien|periodont|Dentrix|Eaglesoft' },
  'Dental radiography|taking X-rays': { lineContext: 'dental|dentist|hygien|periodont|Dentrix|Eaglesoft' },
  'Dental radiography|take radiographs': { lineContext: 'dental|dentist|hygien|periodont|Dentrix|Eaglesoft' },
  'Dental radiography|taking radiographs': { lineContext: 'dental|dentist|hygien|periodont|Dentrix|Eaglesoft' },
  'Dental radiography|Röntgenaufnahmen': { lineContext: 'Zahn|zahn|ZFA|Praxis|Patient|Röntgenschein' },
  // "Observations" are a patient's vital signs only beside clinical words; a nursery's observations are not.
  'Vital signs|observations': {
    lineContext:
      'patient|resident|temperature|pulse|blood pressure|NEWS|ward|nurs|clinical|vital|deteriorat|escalat|oxygen|saturation',
  },
  // "Hygiène" alone is food safety only beside food or kitchen words ("l'hygiène des enfants" is not).
  'Food safety|hygiène': {
    lineContext: 'aliment|cuisine|cuisin|repas|HACCP|restaura|denrée|plats|nourriture|boulang|pâtiss|traiteur|produits',
  },
  // Transport documents as a skill where they are written, not where goods received are checked against them.
  // Shipping to the App Store is a skill; an app's rating or downloads there is not.
  'App Store|App Store': {
    lineContext: 'submi|releas|publish|ship|deploy|guidelines|Connect|TestFlight|distribut|launch|review process',
  },
  'App Store|Apple App Store': {
    lineContext: 'submi|releas|publish|ship|deploy|guidelines|Connect|TestFlight|distribut|launch|review process',
  },
  DDT: { caseSensitive: true, lineContext: 'compil|redazione|emission|emett|autista|guida' },
  'CMR documentation|documenti di trasporto': { lineContext: 'compil|redazione|emission|emett|autista|guida' },
  // A pharmacist is the field in a title or a requirement, not a colleague ("physicians and pharmacists").
  'Pharmacy|pharmacist': {
    notAfter: '\\b(?:with|and|or|the|our|to|a|an|of|by|under)\\s+$',
    notBefore: '^\\s+(?:supervision|oversight|colleagues?|staff|team|review)\\b',
  },
  'Paragon|*': { context: 'route|routing|TMS|transport|planning|Microlise|fleet|deliver|vehicle' },
  'Tapestry|*': { context: 'EYFS|learning journ|observ|nursery|early years|key person|children' },
  'Activity planning|*': {
    lineContext:
      'éveil|pédagog|pædagog|pedagog|pädagog|crèche|educativ|child|pupil|nursery|care|learning|play|EYFS|elderly|resident|recreation|Kind|Bewohner|enfant|résident|niñ|resident|kinder|bewoner|barn|boende|bambin|ospiti|criança|utente|dzieci',
  },
  // Skill texts 241–270: short names that are other words outside their field.
  MUS: { caseSensitive: true, context: 'samtal|medarbejder|medarbeider|HR|leder|trivsel|udvikling|personale' },
  '8D': {
    caseSensitive: true,
    context:
      'report|problem|quality|complain|root cause|CAPA|reklam|qualit|calidad|jakoś|raport|rapport|informe|Bericht|metho|méthode|FMEA|PPAP',
  },
  MSA: {
    caseSensitive: true,
    context:
      'measure|gauge|gage|R&R|quality|PPAP|APQP|SPC|FMEA|Cpk|pomiar|Mess|qualit|jakoś|calibr|kalibr|analiz|calidad|control plan',
  },
  BOM: {
    caseSensitive: true,
    context: 'material|ERP|SAP|engineer|assembl|CAD|manufactur|part|component|cost|PLM|design|product',
  },
  BOMs: {
    caseSensitive: true,
    context: 'material|ERP|SAP|engineer|assembl|CAD|manufactur|part|component|cost|PLM|design|product',
  },
  // "GCSE Maths and English at grade 4" is an entry requirement; the stage taught is a teacher's skill.
  'GCSE|*': {
    caseSensitive: true,
    lineContext:
      'teach|KS[345]|key stage|lesson|classes|exam board|AQA|OCR|Edexcel|WJEC|specification|syllab|sixth form|department',
  },
  // A control plan also belongs to an epidemic or a project; in quality work it sits beside the core tools.
  'Control plans|*': {
    lineContext:
      'FMEA|PPAP|APQP|MSA|quality|qualit|jakoś|calidad|kwaliteit|kvalitet|qualità|process|proces|produc|IATF|ISO',
  },
  // Skill texts 241–270, breadth: short names that are other words (a Bible, a cartoon family, a phone).
  NIV: {
    caseSensitive: true,
    context: 'ventilat|Beatmung|patient|respirat|ICU|oxygen|BiPAP|CPAP|Intensiv|airway|ward|nurs|therap',
  },
  FORS: { caseSensitive: true, context: 'fleet|transport|haulage|driver|vehicle|operator|CLOCS|HGV|logistic' },
  '5S': {
    caseSensitive: true,
    context:
      'lean|Kaizen|workplace|organi|Ordnung|continuous|improvement|production|warehouse|Sauberkeit|visual|Six Sigma|shop floor|SMED|TPM|quality|qualit|méthode|metod|mejora|verbeter|miglioramento|melhoria|doskonal',
  },
  DFM: {
    caseSensitive: true,
    context: 'design|manufactur|engineer|CAD|tooling|mold|mould|DFA|product|assembl|Konstruktion|conception',
  },
  PLM: {
    caseSensitive: true,
    context:
      'Teamcenter|Windchill|CAD|engineering|SAP|product|data|Konstruktion|ERP|BOM|Stückl|SolidWorks|Creo|CATIA|NX|Inventor|design',
  },
  PDM: {
    caseSensitive: true,
    context:
      'Teamcenter|Windchill|CAD|engineering|SAP|product|data|Konstruktion|ERP|BOM|Stückl|SolidWorks|Creo|CATIA|NX|Inventor|design',
  },
  Inventor: {
    caseSensitive: true,
    context: 'CAD|SolidWorks|Autodesk|3D|Konstruktion|AutoCAD|modell|model|drawing|Zeichnung|design|Creo|CATIA',
  },
  Jetson: {
    caseSensitive: true,
    context: 'NVIDIA|edge|embedded|GPU|TensorRT|CUDA|device|boîtier|inference|inférence|DeepStream|robot|camera|caméra',
  },
  FEM: {
    caseSensitive: true,
    context:
      'Berechnung|Simulation|Analys|ANSYS|Abaqus|CAD|structural|stress|mechani|calcul|simula|Festigkeit|Konstruktion|engineer|thermal|thermisch',
  },
  // A site's or a project's deadlines are no court's: "controlar plazos y costes" on a building site.
  'Docketing|control de plazos': {
    lineContext: 'procesal|judicial|jurídic|abogad|tribunal|juzgado|despacho|legal|demanda',
  },
  // "cao" is the Dutch collective agreement; elsewhere it is a chief administrative officer.
  'Collective agreements|cao': { lineContext: '\\b(?:de|het|van|volgens|binnen|over|en)\\b' },
  'Collective agreements|caos': { lineContext: '\\b(?:de|het|van|volgens|binnen|over|en)\\b' },
  'Collective agreements|cao’s': { lineContext: '\\b(?:de|het|van|volgens|binnen|over|en)\\b' },
  // "Maurer" is also a family name: the trade beside building words.
  'Bricklaying|Maurer': { caseSensitive: true, lineContext: 'Bau|Mauer|Beton|Rohbau|Handwerk|Geselle|Ausbildung' },
  // "On-time reporting", "real-time reporting" are a delivery's or a dashboard's, not hours worked.
  'Time registration|time reporting': { notAfter: '(?:[Oo]n|[Rr]eal|[Rr]un|[Ll]ead|[Dd]own|[Uu]p)[\\s-]*$' },
  ReFa: { caseSensitive: true },
  // "Legal Secretary" as a job's title is no skill of it; a qualification or experience as one is.
  'Legal secretary|Legal secretary': { lineContext: 'qualif|diploma|certif|training|experience|background' },
  'Legal secretary|legal secretary': { lineContext: 'qualif|diploma|certif|training|experience|background' },
  'Legal secretary|legal secretaries': { lineContext: 'qualif|diploma|certif|training|experience|background' },
  DCG: { caseSensitive: true, lineContext: 'compta|diplôme|BTS|DSCG|gestion|bac' },
  // "A-levels at grade B" asks a graduate for grades; a teacher teaches to A-level.
  'A-level|*': { caseSensitive: true, lineContext: 'teach|KS5|sixth form|specification|exam board' },
  // Farm words that are other words elsewhere: "tractors" of a haulier's fleet, "Schlepper" at a port, "récolte de données".
  // "Drive a tractor-trailer" is a lorry driver's duty.
  // "RCP" is the French and Spanish CPR; in English it is also the Royal College of Physicians.
  'CPR|RCP': {
    caseSensitive: true,
    lineContext:
      'DEA|DESA|DAE|primeros auxilios|premiers secours|socorr|rescate|secourisme|sauvetage|réanimation|reanimaci|PSC1|PSE',
  },
  'Tractor operation|Tractor operation': { notBefore: '^-?\\s*trailer' },
  'Tractor operation|tractors': { lineContext: FARM_CONTEXT },
  'Tractor operation|Traktor': { lineContext: FARM_CONTEXT },
  'Tractor operation|Traktoren': { lineContext: FARM_CONTEXT },
  'Tractor operation|Schlepper': { lineContext: FARM_CONTEXT },
  'Tractor operation|Schleppern': { lineContext: FARM_CONTEXT },
  'Tractor operation|traktor': { lineContext: FARM_CONTEXT },
  'Tractor operation|traktorer': { lineContext: FARM_CONTEXT },
  'Harvesting|récolte': { lineContext: FARM_CONTEXT },
  'Harvesting|récoltes': { lineContext: FARM_CONTEXT },
  'Harvesting|cosecha': { lineContext: FARM_CONTEXT },
  'Harvesting|raccolta': { lineContext: FARM_CONTEXT },
  'Harvesting|colheita': { lineContext: FARM_CONTEXT },
  'Harvesting|zbiory': { lineContext: FARM_CONTEXT },
  'Harvesting|oogst': { lineContext: FARM_CONTEXT },
  'Harvesting|Ernte': { lineContext: FARM_CONTEXT },
  'Animal husbandry|ganadería': { lineContext: FARM_CONTEXT },
  'Crop production|coltivazioni': { lineContext: FARM_CONTEXT },
  'Livestock feeding|Fütterung': { lineContext: FARM_CONTEXT },
  'Livestock feeding|utfodring': { lineContext: FARM_CONTEXT },
  'Livestock feeding|fodring': { lineContext: FARM_CONTEXT },
  // In vitro fertilisation is a clinic's, not a farm's.
  'Fertilisation|*': { notAfter: '(?:[Ii]n[\\s-][Vv]itro|FIV|IVF)[\\s-]*$', lineContext: FARM_CONTEXT },
  'Driving licence T|Klasse T': { caseSensitive: true },
  RVN: { caseSensitive: true },
  TENS: { caseSensitive: true },
  IRES: { caseSensitive: true },
  IRPJ: { caseSensitive: true },
  Reha: { caseSensitive: true, lineContext: REHAB_CONTEXT },
  // Buildings, offenders and drugs are rehabilitated too: the therapy counts beside patients or injuries.
  'Rehabilitation|*': { lineContext: REHAB_CONTEXT },
  Röntgen: { lineContext: 'Aufnahme|Diagnost|Strahlenschutz|Fachkunde|Praxis|Patient|Tier|MTR|MFA|ZFA' },
  rentgen: { lineContext: 'zdję|pracowni|diagnost|pacjent|badan' },
  // "Presto" is also a query engine (Trino) and a word: the construction estimating program beside its trade's words.
  'Presto|Presto': {
    caseSensitive: true,
    lineContext: 'AutoCAD|Revit|BIM|obra|presupuest|medicion|mediciones|construc|edifica|Arquitect',
  },
  'Grinding|grinding': {
    lineContext: 'weld|metal|steel|fabricat|angle|grinder|deburr|cut|machin|surface|casting|finish',
  },
  'Grinding|Grinding': {
    lineContext: 'weld|metal|steel|fabricat|angle|grinder|deburr|cut|machin|surface|casting|finish',
  },
  // "pasta fresca" is what an Italian kitchen makes; "mutui" and "Geldanlage" stand alone in bank postings.
  pareri: { lineContext: 'redazione|redigere|legal|giuridic|atti|avvocat' },
  'Lending|lending': { notBefore: '^\\s+(?:a\\s+)?(?:hand|support|weight|itself|credibility)' },
  'Shift work|shift pattern': { lineContext: 'rotat|work|rota|nights|days|hour|shift pattern' },
  // Skill texts 301–330, an audit of unguarded aliases: names that are ordinary words in some language
  // the summarizer reads ("lassen" in German, "dinero" in Spanish, "cura" in Italian, "vite" in French),
  // and ordinary English words that name a skill only in its field ("plating", "routing", "interpreting").
  'Welding|lassen': {
    lineContext:
      '\\b(?:MIG|MAG|TIG|lasser|lassers|laswerk|lasapparaat|lastechniek|lascertificaat|lasnaden|staal|rvs|aluminium|metaal|constructiewerk|plaatwerk|ISO 9606)\\b',
  },
  'Dinero|Dinero': {
    caseSensitive: true,
    context: 'regnskab|bogføring|bogholderi|e-conomic|Billy|Uniconta|økonomi|moms|faktur|afstemning',
  },
  // Care work written down by those who give it ("dokumenterar i Lifecare" beside the medicines given,
  // "Dokumentation i omsorgssystemet"): documentation is care documentation in a line about care.
  'Care documentation|Dokumentation': { lineContext: CARE_LINE },
  'Care documentation|dokumentasjon': { lineContext: CARE_LINE },
  'Care documentation|dokumentere': { lineContext: CARE_LINE },
  'Care documentation|dokumenterer': { lineContext: CARE_LINE },
  'Care documentation|dokumenterar': { lineContext: CARE_LINE },
  'Care documentation|dokumentera': { lineContext: CARE_LINE },
  'Care documentation|dokumentieren': { lineContext: CARE_LINE },
  'Care documentation|dokumentiert': { lineContext: CARE_LINE },
  'Care documentation|documenteren': { lineContext: CARE_LINE },
  'Care documentation|documenteert': { lineContext: CARE_LINE },
  // Customers served by talking to them ("keep customers informed", "keep the office and customers updated",
  // "deal with customers and stores"), never customers only named ("selling to customers").
  // A team one leads or supervises, with words between ("Lead a night shift team of 25", "supervising
  // the packing team"); never a team one joins or works in.
  'Team leadership|team': { lineContext: LEADING_A_TEAM },
  'Customer service|customers': { lineContext: SERVING_CUSTOMERS },
  'Customer service|homeowners': { lineContext: SERVING_CUSTOMERS },
  'Cura|Cura': {
    caseSensitive: true,
    context: 'EPJ|journal|dokumentation|borger|pleje|sundhed|omsorg|Nexus|FSIII|Sensum',
  },
  'Vite|Vite': {
    caseSensitive: true,
    context: 'React|Vue|Svelte|TypeScript|JavaScript|Webpack|esbuild|Rollup|bundl|Vitest|front-?end|npm|pnpm|Node',
  },
  'Parquet|Parquet': {
    caseSensitive: true,
    context: 'Avro|ORC|Iceberg|Delta|Spark|data|lake|columnar|format|Arrow|S3|Snowflake|files?\\b|Hive|Trino',
  },
  'Packer|Packer': {
    caseSensitive: true,
    context: 'Terraform|HashiCorp|Vagrant|Ansible|AMI|images?\\b|infrastructure|Vault|Consul|cloud|IaC|Chef|Puppet',
  },
  'PyTorch|Torch': {
    caseSensitive: true,
    context: 'TensorFlow|deep learning|neural|machine learning|\\bML\\b|models?\\b|Lua|JAX|Keras|GPU|CUDA',
  },
  'Route planning|Routing': {
    lineContext:
      'routes?\\b|deliver|drivers?\\b|vehicles?|fleet|transport|logistic|dispatch|trucks?\\b|vans?\\b|couriers?|stops\\b|loads?\\b|haulage|scheduling',
  },
  'Interpreting|Interpreting': {
    lineContext:
      '\\binterpreters?\\b|translat|sign language|\\b(?:BSL|ASL)\\b|consecutive|simultaneous|liaison|bilingual|languages?\\b|English|Spanish|French|German|Arabic|Polish|Portuguese|Mandarin|Urdu|Romanian|Italian|Russian|Ukrainian|Farsi|Somali',
  },
  'Intercom|Intercom': {
    caseSensitive: true,
    context:
      'Zendesk|Freshdesk|HubSpot|Salesforce|Gorgias|live chat|chat\\b|support|help ?desk|tickets?|CRM|customers?',
  },
  'Amplitude|Amplitude': {
    caseSensitive: true,
    context:
      'analytics|Mixpanel|Heap|Pendo|product|GA4|Google Analytics|events?\\b|funnels?|Segment|Looker|dashboards?|A/B',
  },
  'Creo|Creo': {
    caseSensitive: true,
    context:
      'CAD|SolidWorks|CATIA|Inventor|\\bNX\\b|PTC|Windchill|3D|modell|model|design|drawings?|Konstruktion|Zeichnung|diseño|conception|progett',
  },
  // "IPC-A-610" is the electronics soldering standard, IPC in firmware the inter-process messages.
  'Infection control|IPC': {
    caseSensitive: true,
    lineContext:
      'infection|hygien|patient|clinical|nurs|ward\\b|PPE|isolation|outbreak|decontamin|steril|health|care home|resident|hand wash',
  },
  // PPM is also parts per million (defect rates) and project portfolio management.
  'Preventive maintenance|PPM': {
    caseSensitive: true,
    lineContext:
      'maint|servic|asset|plant\\b|building|facilit|HVAC|engineer|CMMS|mechanical|electrical|planned|schedul|Wartung|tasks|reactive|statutory',
  },
  // A factory's assembler is a job; the programming language sits beside other languages and low-level work.
  'Assembly|assembler': {
    context:
      '\\bC\\b|C\\+\\+|Rust|firmware|embedded|x86|ARM|microcontroller|low-level|programming|registers|MIPS|RISC|Cortex|bare-metal|disassembl',
  },
  // "Emailing customers" is a duty of any job; French "emailing" is the marketing channel.
  'Email marketing|emailing': {
    lineContext:
      'marketing|campa|newsletter|Mailchimp|Klaviyo|Brevo|Sendinblue|HubSpot|automation|segment|open rates?|leads?\\b|lifecycle|contenu|acquisition',
  },
  'Order picking|picking': {
    notBefore: '^\\s+(?:up|out|the right|the best|apart|through|and choosing|your)\\b',
    notAfter: '[Cc]herry[-‐\\s]?$',
  },
  'Loss prevention|shrink': {
    lineContext: 'retail|store|stock|inventory|theft|loss|shop|merchandise|audit|tills?\\b|cash|shrinkage',
  },
  'Kitchen sanitation|sanitized': {
    lineContext:
      'kitchen|dish|surface|utensil|food|equipment|station|work area|counter|cutting board|cook|restroom|tables',
  },
  'Kitchen sanitation|sanitised': {
    lineContext:
      'kitchen|dish|surface|utensil|food|equipment|station|work area|counter|cutting board|cook|restroom|tables',
  },
  // Chrome, zinc or gold plating is a metal finish, not a kitchen's presentation of dishes.
  'Plating|Plating': { lineContext: PLATING_CONTEXT },
  'Plating|plating': { lineContext: PLATING_CONTEXT },
  // A vaccine maker's own products are no nurse's immunizations.
  'Immunizations|vaccines': {
    lineContext:
      'administer|patients?|clinic|immuni|injections?|nurs|cold chain|flu\\b|childhood|travel health|vaccinat|pharmacist|give|giving|consent',
  },
  // Italian "commessa" is also an industrial job order ("project manager di commessa", "gestione della commessa").
  'Retail sales|commessa': {
    notAfter: '\\b(?:di|della|la|alla|per la|sulla|gestione|responsabile)\\s+$',
    notBefore: '^\\s+(?:industriale|industriali|esterna|interna|pubblica|cliente|di\\s+lavoro)',
  },
  'Retail sales|commesso': { notAfter: '\\b(?:di|del|il|al|per il|sul|gestione|responsabile)\\s+$' },
  // Norwegian "vurdering", Finnish "arviointi" are any assessment (of a risk, a case); a pupil's in a school.
  'Student assessment|vurdering': {
    lineContext:
      'elev|skole|skule|undervis|karakter|klasse|lærer|opplæring|pedagog|læreplan|trinn|vurdering for læring|fag\\b|fagene',
  },
  'Student assessment|arviointi': { lineContext: 'oppila|opetu|koulu|arvosan|opettaj|luokka|opetussuunnitelm' },
  // "Cobrar" is also being paid ("cobrarás por horas"); till work sits beside customers, cash or cards.
  'Cash handling|cobrar': {
    lineContext: 'client|caja|efectivo|tarjeta|TPV|datáfono|cuentas?\\b|mesas?\\b|tickets?|comandas?|cobros',
  },
  // A valid passport is something a posting asks the hire to hold; the skill is issuing them at a counter.
  'Passport and ID applications|*': {
    lineContext:
      'solicitud|expedici|renovaci|tramit|emisi|atenci[oó]n ciudadana|demandes?\\b|délivr|titres?\\s|mairie|aanvra|uitgifte|burgerzaken|balie|wniosk|wydaw|Antr[aä]g|Ausstell|Bürgerbüro|Bürgeramt|Bürgerservice|Meldebehörde|Pass- und|Passwesen|issu|applications|counter|Ausweisdokumente',
  },
  // "soziale Netzwerke" are social media, "Netzwerke knüpfen" is making contacts.
  'Networking|Netzwerke': {
    lineContext:
      'TCP|\\bIP\\b|VPN|Wi-?Fi|W?LAN|Router|Switch|Firewall|DNS|Cisco|VLAN|Server|IT-Infrastruktur|Netzwerktechnik|Administration',
  },
  // "Mobilisation" of a construction site or of resources is no patient's.
  'Patient mobility|Mobilisation': { lineContext: PATIENT_CONTEXT },
  'Patient mobility|mobilisation': { lineContext: PATIENT_CONTEXT },
  'Patient mobility|mobilization': { lineContext: PATIENT_CONTEXT },
  // Freight and server consolidation are not the group accounts.
  'Consolidation|Consolidation': { lineContext: GROUP_ACCOUNTS_CONTEXT },
  'Consolidation|consolidations': { lineContext: GROUP_ACCOUNTS_CONTEXT },
  // "Compounding growth" is no pharmacy's preparation of medicines.
  'Compounding|Compounding': {
    lineContext:
      'pharm|sterile|USP|prescri|medication|ointment|capsule|cream|dosage|formul|technician|hazardous drugs|cleanroom',
  },
  // "Ware in Empfang nehmen" is receiving goods, not a front desk.
  'Reception duties|Empfang': {
    notBefore: '^\\s+(?:nehmen|genommen|zu nehmen|nimmst|nimmt)\\b',
    notAfter: '\\b(?:[Ii]n|[Nn]ach|[Bb]ei|[Bb]eim|[Aa]b)\\s+(?:dem\\s+)?$',
  },
  'Storybook|Storybook': {
    caseSensitive: true,
    context: 'React|components?|UI\\b|front-?end|design system|Vue|Angular|Chromatic|TypeScript|Jest|Playwright',
  },
  // The table writes this name capitalised and in lower case: both carry the guard.
  'Lending|Lending': { notBefore: '^\\s+(?:a\\s+)?(?:hand|support|weight|itself|credibility)' },
  // ASB is the housing nuisance beside housing words; "tenancies" a landlord's.
  'Anti-social behaviour|ASB': {
    caseSensitive: true,
    context: 'tenan|housing|neighbour|police|communit|nuisance|council|estate|injunction|casework',
  },
  'Tenancy management|tenancies': {
    lineContext: '\\btenants?\\b|housing|landlord|sign-ups?|\\brent\\b|estate|council|homes|properties|patch',
  },
  // A cook's mention of "the kitchen" as a place is not running it.
  'Kitchen management|jefe de cocina': {
    lineContext: 'experiencia|experiencia como|ausencia|dirigir|gestionar|brigada|equipo',
  },
  // "Hygienevorschriften" alone, without food or patients, names neither food safety nor infection control.
  'Food safety|Hygienevorschriften': { lineContext: FOOD_CONTEXT_DE },
  'Food safety|Hygienestandards': { lineContext: FOOD_CONTEXT_DE },
  'Food safety|Hygieneregeln': { lineContext: FOOD_CONTEXT_DE },
  // A school's "utvecklingssamtal" is with a pupil and guardians, not an employee's appraisal.
  'Performance reviews|utvecklingssamtal': { lineContext: 'medarbetar|personal|chef|anställd|\\bHR\\b|lön|ledare' },
  // "As set out in our policy", "setting out our vision": a site's setting out sits beside site or survey words.
  'Surveying|set-out': { lineContext: SETTING_OUT_CONTEXT },
  'Surveying|setting out': { lineContext: SETTING_OUT_CONTEXT },
  'Surveying|uitzetten': {
    lineContext: 'bouw|maatvoering|landmeet|GPS|total ?station|peil|fundering|wegen|riolering|tekening|werk',
  },
  // A CI or data team also builds pipelines: the sales pipeline sits beside sales words.
  'Pipeline management|build pipeline': { lineContext: SALES_PIPELINE_CONTEXT },
  'Pipeline management|building pipeline': { lineContext: SALES_PIPELINE_CONTEXT },
  // Clean rooms of a lab or a fab are where one works, not hotel rooms cleaned.
  'Room cleaning|clean rooms': {
    notAfter: '\\b(?:in|within|inside|to|for)\\s+(?:the\\s+|our\\s+)?$',
    lineContext: 'guest|hotel|housekeep|linen|beds?\\b|bathroom|room attendant|check-?out|stays?\\b|resident|holiday',
  },
  // "In Abstimmung mit dem Einkauf", "mit der Buchhaltung": the department next door.
  'Procurement|Einkauf': { notAfter: `\\b(?:mit dem|mit unserem|zum|vom|dem|den|des)\\s+$|${COUNTERPART_BEFORE}` },
  'Bookkeeping|Buchhaltung': { notAfter: '\\b(?:mit der|mit unserer|zur|von der)\\s+$' },
  // Data, energy and credentials are harvested too: a crop's harvest is not named after them.
  'Harvesting|Harvesting': { notAfter: HARVESTED_NOT_CROPS },
  'Harvesting|harvesting': { notAfter: HARVESTED_NOT_CROPS },
  // "Good housekeeping" on a site or a shop floor, "code housekeeping": tidiness, not a hotel's rooms.
  'Housekeeping|Housekeeping': {
    notAfter:
      '\\b(?:[Gg]ood|[Ss]ite|[Cc]ode|[Dd]ata|[Dd]atabase|[Ll]og|[Ss]hop floor|[Yy]ard|[Ww]orkshop|[Ww]orkplace)\\s+$',
  },
  // Life-support courses by their short names: ALS is also a disease, ILS a landing system, SVB a Dutch agency.
  'ACLS|ALS': { caseSensitive: true, context: RESUSCITATION_CONTEXT },
  'ACLS|ILS': { caseSensitive: true, context: RESUSCITATION_CONTEXT },
  'ACLS|SVA': { caseSensitive: true, context: RESUSCITATION_CONTEXT },
  'BLS|SVB': { caseSensitive: true, context: RESUSCITATION_CONTEXT },
  // "dados de vendas", "equipo de ventas", "mit dem Vertrieb": sales as data or as the team next door;
  // "Ansprechpartner für Einkauf und Vertrieb": the departments the hire answers.
  'Sales|*': {
    notAfter:
      COUNTERPART_BEFORE +
      '|\\b(?:dados|datos|dati|informes|relatórios|cifras|números|numeri|volumes?|volumen|equipo|equipa|equipe|departamento|área|time|dirección|direção|direzione|rete|canal|canais|canales|ufficio|afdeling|avdelning|avdeling|mit dem|mit unserem|zum|vom)\\s+(?:de|di|da|do|dos|das|del|della|delle|van|voor|för)?\\s*(?:la|las|los|le|i|o|a)?\\s*$',
  },
  // Installing is the electrician's only when the line names what is electrical ("Install and maintain lighting,
  // power and containment", "Installation av laddboxar och belysning"); never software, boilers or kitchens.
  'Electrical installation|install': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|installs': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|installing': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|installation': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|installations': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|installera': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|installerar': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|installeren': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|installere': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|installer': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|instalar': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|instalación': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|instalação': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|installare': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|installazione': { lineContext: ELECTRICAL_OBJECTS },
  'Electrical installation|montaż': { lineContext: ELECTRICAL_OBJECTS },
  // Dutch "te woord staan" (speak with) is customer service when those spoken to are customers, patients or
  // visitors ("Klanten aan de balie en telefonisch te woord staan"), not a press officer's journalists.
  'Customer service|te woord staan': {
    lineContext: 'klant|cliënt|client|patiënt|bezoeker|burger|gast|huurder|reiziger',
  },
  'Customer service|te woord te staan': {
    lineContext: 'klant|cliënt|client|patiënt|bezoeker|burger|gast|huurder|reiziger',
  },
};
