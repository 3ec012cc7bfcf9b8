/**
 * More of the skills taxonomy, by profession: what a job seeker in each field lists on a résumé
 * (tools, certifications, licences, methods). Same format as `SKILL_TABLE` in `skills.ts`; a
 * canonical name lives in one of the two tables only (a test checks). Ambiguous names carry a
 * guard in `PROFESSION_GUARDS`.
 */
import type { SkillGuard } from './skills';

export const PROFESSION_SKILLS: ReadonlyArray<readonly [string, string]> = [
  [
    'healthcare',
    `NMC registration|NMC PIN|NMC registered|NMC-registered|Nursing and Midwifery Council|registered with the NMC
HCPC registration|HCPC|HCPC registered|HCPC-registered|Health and Care Professions Council
Critical care|intensive care|ICU nursing|critical care nursing|Intensivpflege|Intensivstation|Intensivmedizin|soins intensifs|réanimation|cuidados intensivos|intensivvård
Emergency nursing|emergency department nursing|ER nursing
Medical-surgical nursing|med-surg|med surg
Mechanical ventilation|ventilated patients|ventilator management|ventilators|Beatmung|beatmete|beatmeten|ventilation mécanique|ventilación mecánica|beademing
Arterial blood gases|ABG|ABGs
Central lines|central line care|PICC lines|arterial lines|ZVK|zentraler Venenkatheter|zentralen Venenkatheter|arterielle Zugänge|arteriellen Zugängen|arterieller Zugang|voie centrale|voies centrales|catéter venoso central
IV therapy|IV insertion|intravenous therapy|IV starts|IV certification|IV certified|IV-certified|peripheral IV|peripheral IVs|IV medications|IV antibiotics|IV pumps|infusion therapy|Infusionstherapie|Infusionen|i.v.-Therapie|perfusions|pose de perfusion|terapia intravenosa|terapia endovenosa|vía periférica|vías periféricas|infuustherapie|infusen|infuus|intravenös behandling|infusioner|terapia infusionale|flebo|terapêutica endovenosa|infusionsterapi|IV infusions|IV infusion|IV drips
Telemetry|cardiac monitoring|telemetry nursing
CCRN
CEN
BSN|Bachelor of Science in Nursing
MSN|Master of Science in Nursing
Nurse practitioner|NP|APRN
LPN|LVN|licensed practical nurse
CNA|certified nursing assistant
Medical assistant|CMA (AAMA)|certified medical assistant
CRRT|continuous renal replacement therapy
ECMO
NIHSS
TNCC
NRP|neonatal resuscitation
Immunizations|immunization|vaccinations|vaccines
Prescription verification|verify prescriptions|verifying prescriptions|prescription processing|process prescriptions|processing prescriptions|fill prescriptions|filling prescriptions|prescription entry|enter prescriptions|prescription filling|dispensing|dispense medications
Drug interactions|drug interaction
Patient counseling|counsel patients|counseling patients
Controlled substances|controlled substance
Compounding|sterile compounding|non-sterile compounding|non-sterile compounds|nonsterile compounding|USP 795|USP 797|USP 800
PharmD|Doctor of Pharmacy
Pharmacist license|pharmacist licence|licensed pharmacist|GPhC|GPhC registration|GPhC registered|GPhC-registered
Pharmacy technician|pharmacy technicians|CPhT|PTCB certification|PTCB certified|PTCB-certified|PTCB|ExCPT|ExCPT certification
PioneerRx
QS/1
Prophylaxis|dental prophylaxis|prophy
Scaling and root planing|SRP
Dental radiography|dental radiographs|dental x-rays|digital radiographs
Periodontal charting|perio charting|periodontal findings
Dentrix
Eaglesoft
Open Dental
Local anesthesia|local anaesthesia
Intraoral photography|intraoral photos|intraoral photographs
Dental laser therapy|laser therapy|dental lasers
Dental assisting|dental assistant|chairside assisting
RDH
Meditech
athenahealth|athenaOne
Medicare
Medicaid
Utilization review
Discharge planning
Sterile technique|aseptic technique
Specimen collection
EKG|ECG|electrocardiogram|electrocardiograms
Behavioral health
Substance use disorder treatment|addiction treatment
Crisis intervention
Hospice care|palliative care
Pediatrics|pediatric nursing
Geriatrics|geriatric care|elderly care|aged care|eldercare|Altenpflege|Altenpfleger|Altenpflegerin|gériatrie|soins aux personnes âgées|geriatría|cuidado de personas mayores|atención a personas mayores|ouderenzorg|äldreomsorg|äldrevård|geriatria|ældrepleje
Oncology
Labor and delivery
Perioperative nursing|operating room nursing
Surgical technology|surgical technologist
Nursing documentation|Pflegedokumentation|nursing documentation|transmissions ciblées|registros de enfermería|verpleegkundige verslaglegging
Insurance claims|third-party claims|claims processing|third-party billing|third-party rejections
Prior authorizations|prior authorization|prior authorisations|prior auth|prior auths`,
  ],
  [
    'trades',
    `hyperMILL
Electrical panels|electrical panel|panelboards|switchgear|distribution boards|consumer units|panel upgrades|Verteilerschränke|Unterverteilungen|tableaux électriques|cuadros eléctricos|verdeelkasten|elcentraler|quadros elétricos|rozdzielnice
Measuring instruments|measuring tools|measuring equipment|precision measuring|precision measuring tools|calipers|callipers|micrometers|Messmittel|Messmitteln|Messschieber|Messwerkzeuge|Prüfmittel|Prüfmitteln|instruments de mesure|pied à coulisse|instrumentos de medición|instrumentos de medida|meetinstrumenten|meetgereedschap|mätinstrument|mätverktyg|strumenti di misura|instrumentos de medição|przyrządy pomiarowe
Coordinate measuring machines|CMM|coordinate measuring machine|Koordinatenmessgerät|Koordinatenmessgeräte|Koordinatenmesstechnik|3D-Messmaschine|machine à mesurer tridimensionnelle|máquina de medición por coordenadas|máquina de medir por coordenadas|3D-meetmachine|macchina di misura a coordinate|CMM programming
Mastercam
CAM programming|CAM-Programmierung|CAM software|CAM|programmation FAO|FAO|programación CAM|CAM-programmering|programmazione CAM
Fanuc|FANUC
Siemens Sinumerik|Sinumerik
Heidenhain|Heidenhain TNC|TNC 640|TNC 530
Electrical wiring|wiring|electrical installation|electrical installations|Elektroinstallation|Elektroinstallationen|Elektroinstallateur|installation électrique|installations électriques|instalaciones eléctricas|instalación eléctrica|elektrische installaties|elinstallation|elinstallationer|impianti elettrici|impianto elettrico|instalações elétricas|el-installation|pull wire|pulling wire|wire pulling|terminate circuits
Conduit bending|conduit
Blueprint reading|blueprints|read blueprints|reading blueprints|construction drawings|technical drawings|reading drawings|read drawings|interpret drawings|interpreting drawings|plan reading|read plans|reading plans|engineering drawings|read technical drawings|Baupläne|Bauplänen|Pläne lesen|Zeichnungen lesen|technische Zeichnungen|technischen Zeichnungen|lecture de plans|lire des plans|lecture des plans|plans techniques|lectura de planos|interpretar planos|interpretación de planos|planos técnicos|tekeningen lezen|bouwtekeningen|technische tekeningen|ritningsläsning|läsa ritningar|ritningar|lettura del disegno tecnico|lettura dei disegni|disegni tecnici|leitura de plantas|leitura de desenhos técnicos|tegningslæsning|mechanical drawings|electrical drawings|set out from drawings|work from drawings|working from drawings|ritningsunderlag|technischer Zeichnungen|desenhos técnicos|rysunek techniczny|rysunków technicznych|dokumentacji technicznej
Troubleshooting|troubleshoot|troubleshooting skills|fault finding|Fehlersuche|dépannage|diagnose and repair|diagnose and fix|diagnosing and repairing|Störungsbehebung|Störungssuche|Fehlerdiagnose|Fehleranalyse|diagnostic de pannes|diagnostic des pannes|recherche de pannes|resolución de averías|diagnóstico de averías|localización de averías|storingen verhelpen|storingsanalyse|storingzoeken|felsökning|felsöka|risoluzione dei guasti|ricerca guasti|diagnosi guasti|diagnóstico de avarias|fejlfinding|fejlsøgning|resolución de incidencias|résolution d'incidents|résolution des incidents|diagnostyka usterek
Motor controls|motor control circuits
Fire alarm systems|fire alarm|fire alarms
Low-voltage systems|low voltage wiring
National Electrical Code|NEC
Electrician license|journeyman electrician license|master electrician license|journeyman license|Elektrofachkraft
Variable frequency drives|VFD|VFDs|variable speed drives
Heat pumps|heat pump
Furnaces|furnace|gas furnaces
Air conditioning|AC systems|split AC|air conditioners|refrigeration
Boilers|boiler
Refrigerant handling|refrigerant charging|refrigerant recovery|refrigerants
EPA 608|EPA Section 608|EPA 608 Universal
NATE|NATE certification
Wiring diagrams|wiring diagram|electrical diagrams
Multimeter|multimeters
Preventive maintenance|preventative maintenance|planned maintenance|seasonal maintenance|PM schedules|vorbeugende Instandhaltung|präventive Wartung|Wartungsarbeiten|maintenance préventive|entretien préventif|mantenimiento preventivo|preventief onderhoud|gepland onderhoud|förebyggande underhåll|manutenzione preventiva|manutenção preventiva|forebyggende vedligehold
ServiceTitan
Hand tools|power tools
Drywall
Pipefitting|pipe fitting|pipefitter
Sheet metal
Millwright
Instrumentation technician|instrument technician
Industrial maintenance|maintenance technician|maintenance mechanic|Instandhaltung|Industriemechaniker|Instandhaltungsarbeiten|maintenance industrielle|technicien de maintenance|mantenimiento industrial|técnico de mantenimiento|industrieel onderhoud|onderhoudsmonteur|technische dienst|underhållstekniker|industriellt underhåll|manutenzione industriale|manutentore|manutenção industrial|vedligeholdelse
Apprenticeship|registered apprenticeship
Commercial construction
Residential construction
Water heaters|water heater|tankless water heaters|tankless water heater|Warmwasserbereiter|chauffe-eau
Gas piping|gas lines|gas line|gas fitting|Gasinstallation
Drain cleaning|drain clearing|hydro jetting|hydro-jetting|jetter|jetters|cable machine|cable machines|sewer cleaning
Backflow prevention|backflow preventers|backflow preventer|backflow prevention devices
Backflow testing|backflow assembly tester|backflow tester|backflow testing certification
Camera inspection|camera inspections|sewer camera|sewer camera inspections|video pipe inspection
Plumber license|journey level plumber|journeyman plumber|master plumber|plumbing license|plumber's license|plumber certificate
PEX piping|PEX|PEX repiping
Copper piping|copper repiping|copper pipe|copper pipes|sweat copper`,
  ],
  [
    'construction',
    `Preconstruction|pre-construction|precon
Project closeout|closeout
Change orders|change order
Primavera P6|Primavera|P6 scheduling
Subcontractor management|subcontractors|subcontractor meetings
RFIs|RFI|requests for information
Submittals|submittal
Procore
Cost control|cost controls
Construction estimating|cost estimating|takeoffs|quantity takeoffs
Bluebeam
Site supervision|site management|jobsite supervision|site supervisor|site foreman|foreman|supervise site|supervising site works|supervise crews|supervising crews|Bauleitung|Bauleiter|Bauüberwachung|Baustellenleitung|Polier|conduite de travaux|conducteur de travaux|chef de chantier|encargado de obra|jefe de obra|dirección de obra|uitvoerder|werkvoorbereider|platschef|arbetsledare|arbetsledning|direzione lavori|direttore di cantiere|capocantiere|encarregado de obra|direção de obra|byggeleder
LEED|LEED AP|LEED Green Associate
ICRA|infection control risk assessment
AIA contracts|AIA
Quantity surveying
Construction industry|construction industry|construction sector|sector de la construcción|Baubranche|secteur du BTP|BTP|bouwsector|byggbranschen`,
  ],
  [
    'transport-logistics',
    `Transport planning|transportplanning|transport planner|Transportplanung|planification des transports|planificación del transporte|transportplanering|pianificazione dei trasporti|planowanie transportu|ritplanning|ritten plannen|planner in het wegtransport|Transportdisposition
Tachograph|tachographs|digital tachograph|tachograaf|tachograafgegevens|Fahrtenschreiber|tachygraphe|tacógrafo|färdskrivare|tachigrafo|tachograf
Truck driving|tractor-trailer|tractor trailer|OTR driving|over-the-road|regional driving|truck driver
Refrigerated transport|reefer|refrigerated freight|refrigerated loads|cold chain|koeltransport|koeltransporten|vriestransport|vriestransporten|Kühltransport|Kühltransporte|transport frigorifique|transporte refrigerado|kyltransport|kyltransporter|trasporto refrigerato|transporte frigorífico
Vehicle inspection|pre-trip inspections|pre-trip inspection|post-trip inspections|DVIR
Electronic logging devices|ELD|ELDs|electronic logs
Hours of service|HOS|hours-of-service|drivers' hours|drivers hours|rij- en rusttijden|rij- en rusttijdenwet|Lenk- und Ruhezeiten|temps de conduite et de repos|tiempos de conducción y descanso|kör- och vilotider|tempi di guida e di riposo|tempos de condução e repouso|log hours|logging hours|log your hours|driving hours|Lenkzeiten
DOT regulations|DOT compliance|FMCSA|DOT rules|DOT physical|DOT|DOT medical card|DOT medical certificate|DOT medical|DOT drug screen|DOT drug test
Hazmat endorsement|hazmat|HAZMAT|hazardous materials
Tanker endorsement|tanker
Bills of lading|bill of lading|BOL|BOLs
Freight brokerage|freight broker|brokerage
3PL|third-party logistics
LTL|less-than-truckload
FTL|full truckload|truckload
McLeod|McLeod Software
DAT load board|DAT|load boards|load board
Shipment tracking|track shipments|tracking shipments
EDI|electronic data interchange
Freight forwarding|freight forwarder
Customs brokerage|customs clearance
Route optimization|ruteoptimering|ruttoptimering|Routenoptimierung|Tourenoptimierung|optimisation des tournées|optimisation des itinéraires|optimización de rutas|routeoptimalisatie|ottimizzazione dei percorsi|otimização de rotas|optymalizacja tras|route optimisation|optimize routes|optimise routes|optimizing routes
Carrier management|carrier relations|carrier sourcing
Supply planning|supply planner|supply plan
Purchase orders|purchase order|PO management
Safety stock|reorder points|reorder point
Supplier management|supplier relationship management|supplier performance
Expediting
Kinaxis
Blue Yonder|JDA
Oracle SCM
APICS CPIM|CPIM
APICS CSCP|CSCP
Cycle counting|cycle counts|inventaires tournants|inventaire tournant|Permanente Inventur|conteo cíclico|recuento cíclico|cycle count|cyclical counts|cyclische telling|cyclische tellingen|cykelinventering|rullande inventering|inventario ciclico|inventari ciclici|contagem cíclica|contagens cíclicas|rullende optælling|stocktake|stock take|inventaire physique|inventarios físicos|voorraadtelling|voorraadtellingen|inventario fisico
RF scanners|RF scanner|RF scanning|RF gun|RF guns|handheld scanner|handheld scanners|hand scanner|hand scanners|barcode scanner|barcode scanners|barcode scanning|Handscanner|MDE-Gerät|MDE-Geräte|mobile Datenerfassung|scanner RF|scanners RF|terminal RF|terminaux RF|pistolet scanner|escáner RF|escáneres RF|pistola de radiofrecuencia|terminal de radiofrecuencia|handscanners|streckkodsläsare|handdator|handdatorer|terminale RF|lettore di codici a barre|coletor de dados|coletores de dados|lettore barcode|lettori barcode|terminale radiofrequenza|czytnik kodów kreskowych|skaner kodów|leitor de código de barras|pistola RF|lector de códigos de barras
Shipping and receiving|receiving|goods-in|goods inward|goods receipt|Wareneingang|Warenausgang|Warenannahme|Wareneingangskontrolle|réception des marchandises|réception de marchandises|réception et expédition|recepción de mercancías|recepción y expedición|goederenontvangst|ontvangst en verzending|inleverans|godsmottagning|ricevimento merci|ricevimento e spedizione|recebimento de mercadorias|varemodtagelse|eingehende Ware|eingehenden Ware|eingehender Ware|Warenkontrolle|Wareneingangsprüfung
Material handling|materials handling|material handling equipment|MHE|pallet jack|pallet jacks|Materialfluss|Warenbewegung|manutention|manutentionnaire|manejo de materiales|manipulación de mercancías|materiaalbehandeling|goederenbehandeling|materialhantering|godshantering|movimentazione merci|movimentação de materiais|movimentação de cargas|Hubwagen|Elektro-Hubwagen|Handhubwagen|Gabelhubwagen|transpalette|transpalettes|transpaleta|transpaletas|palletwagen|pompwagen|pallyft|handtruck|transpallet|transpallet elettrico|paleciak|paleciaki|porta-paletes|Elektrohubwagen`,
  ],
  [
    'education',
    `TEFL|TESOL|CELTA|DELTA certificate|TEFL certificate|TESOL certificate
Mathematics|math|maths|mathématiques|Mathematik|matemáticas|wiskunde|matematik|matematica|matemática
Common Core|Common Core standards
Differentiated instruction|differentiate instruction|differentiation|omgaan met verschillen|verschillen tussen leerlingen|differentiëren|differentiatie|Binnendifferenzierung|différenciation pédagogique|enseñanza diferenciada|differentiated teaching|differentiated learning|differentiated lessons|differentiate lessons|differentiate learning|differentiating instruction|adapt lessons|adapting lessons|personalised learning|personalized learning|individualised learning|individualized instruction|differenzierter Unterricht|innere Differenzierung|individuelle Förderung|pédagogie différenciée|atención a la diversidad|enseñanza personalizada|instrucción diferenciada|gedifferentieerd lesgeven|differentiatie in de klas|anpassad undervisning|individanpassad undervisning|differentierad undervisning|didattica differenziata|didattica personalizzata|didattica inclusiva|ensino diferenciado|diferenciação pedagógica|undervisningsdifferentiering|adapt your teaching|adapt their teaching|adapt teaching|adapting teaching|adapting your teaching|Unterricht differenzieren|adapter son enseignement|adaptar la enseñanza|lesgeven afstemmen|anpassa undervisningen|adattare la didattica|adaptar o ensino|tilpasse undervisningen
English language learners|English learners|ELL|ESL|ESOL|EAL
Formative assessment|formative assessments
Summative assessment|summative assessments
Teaching license|teaching licence|teaching certificate|teaching credential|teacher certification|QTS|pabo|Lehramt|Lehrbefähigung|lärarlegitimation|bevoegdheid|CAPES|teaching degree|PGCE|PGDE|Postgraduate Certificate in Education
Google Classroom
Canvas LMS|Canvas
Schoology
Blackboard
Moodle
IXL
Desmos
Restorative practices|restorative justice
Social-emotional learning|SEL
Behavior management|behaviour management
STEM education|STEM
Literacy instruction|reading instruction|phonics
Student assessment|assessment design|toetsen|leerlingvolgsysteem|Leistungsbeurteilung|évaluation des élèves|evaluación del alumnado|assessment for learning|assess student progress|assessing student progress|assess pupils|assessing pupils|pupil assessment|pupil progress|student progress|assessment and feedback|marking and assessment|marking|grading|Leistungsbewertung|Notengebung|Lernstandserhebung|Lernstandserhebungen|évaluation des apprentissages|evaluación continua|evaluación del aprendizaje|evaluar al alumnado|beoordeling van leerlingen|betygsättning|betygssättning|valutazione degli studenti|valutazione degli apprendimenti|avaliação dos alunos|avaliação das aprendizagens|evaluering af elever|assessment data|assessment results|pupil data|Lernstandsdaten|données d'évaluation|datos de evaluación|toetsgegevens|toetsresultaten|bedömningsunderlag|dati di valutazione|dados de avaliação
Parent communication|parent-teacher conferences|keep parents informed|communicate with parents|communication with parents|Elternarbeit|Elterngespräche|oudergesprekken|oudercontact|relations avec les parents|relations suivies avec les parents|lien avec les familles|communication avec les familles|comunicación con las familias|contacto con las familias|tutorías con familias|Elternkommunikation|vårdnadshavare|föräldrakontakt|rapporti con le famiglie|comunicação com os pais|forældresamarbejde
Learning management systems|LMS
Science education|science teaching|science teacher|science curriculum
Cito LOVS|Cito|LOVS|Cito-toetsen
Snappet
Gynzy`,
  ],
  [
    'legal',
    `Trial preparation|trial prep|trial binders|prepare for trial|preparing for trial|trial support
Document review|doc review|privilege review|privilege logs|privilege log|first-level review|second-level review|revisión documental|documentreview
Legal drafting|drafting|draft agreements|draft contracts|draft pleadings|drafting pleadings|draft motions|drafting motions|draft correspondence|drafting correspondence|draft legal documents|drafting legal documents|legal documents|Schriftsätze|Schriftsätzen|Schriftsatzentwürfe|juristische Schriftsätze|rédaction juridique|rédaction d'actes|rédiger des actes|rédaction de conclusions|redacción jurídica|redacción de escritos|redactar escritos|processtukken|juridische stukken|stukken opstellen|juridisk skrivande|upprätta avtal|redazione di atti|redazione atti|redação jurídica|redação de peças|processuelle dokumenter|pleadings|prepare pleadings|preparing pleadings
Cap table management|capitalization tables|capitalization table|cap tables|cap table
Carta
Entity management|entity formation|entity filings
Corporate governance|board consents|minute books
Data rooms|data room|virtual data room
Securities law|securities filings|securities regulation
iManage
NetDocuments
Intapp
Clio
Relativity
eDiscovery|e-discovery|electronic discovery
Westlaw
LexisNexis|Lexis
Legal writing
Trademark law|trademark prosecution|trademark filings
Patent prosecution
Notary|notary public
Ironclad
Contract review|review contracts|reviewing contracts|contract reviews|review vendor contracts|review commercial contracts|Vertragsprüfung|revue de contrats|revisión de contratos
DocuSign|Adobe Sign`,
  ],
  [
    'human-resources',
    `Workplace investigations|investigations
I-9 compliance|I-9|Form I-9|E-Verify
Benefits administration|benefits open enrollment|open enrollment|benefits enrollment
Leave management|leave of absence|leaves of absence|leave administration
FMLA
ADA|Americans with Disabilities Act
ADP Workforce Now|ADP
UKG|Kronos|UKG Pro
SuccessFactors|SAP SuccessFactors
iCIMS
SHRM-CP|SHRM-SCP|SHRM
PHR|SPHR
CIPD
Boolean search
Compensation analysis|compensation benchmarking
Performance reviews|performance review|appraisals|performance appraisals|annual reviews|utvecklingssamtal|medarbetarsamtal|Mitarbeitergespräche|Mitarbeitergespräch|Jahresgespräche|entretiens annuels|entretiens individuels|entretiens professionnels|evaluaciones de desempeño|evaluación del desempeño|functioneringsgesprekken|beoordelingsgesprekken|colloqui di valutazione|valutazione delle prestazioni|avaliações de desempenho|avaliação de desempenho|medarbejdersamtaler
Succession planning
DEI|diversity, equity and inclusion
Employee engagement
HR business partnering|HR business partner|HRBP|people partner|people partnering|HR-Business-Partner`,
  ],
  [
    'it-support',
    `IT support|soporte técnico|support informatique|IT-Support|desktop support
Technical support|tech support|technical support engineer|support technique|technischer Support|technische ondersteuning|teknisk support|supporto tecnico|suporte técnico|wsparcie techniczne|IT-Support-Anfragen
Help desk|helpdesk|service desk
Active Directory|AD DS
Windows|Windows 10|Windows 11|Windows 7
macOS|Mac OS
Microsoft Intune|Intune
Jamf|Jamf Pro
VPN|VPNs
Wi-Fi|WiFi|wireless networks|WLAN
Ticketing systems|ticketing system|ticketing tools|gestión de tickets|gestion des tickets|Ticketsystem|Ticketsystemen|ticketsysteem|ärendehanteringssystem|sistema di ticketing|sistema de tickets|seguimiento de tickets|suivi des tickets|Ticketbearbeitung|ticketafhandeling|gestione dei ticket|gestão de tickets|obsługa zgłoszeń|ärendehantering|support tickets|escalated tickets|resolve tickets|resolving tickets|handle tickets|handling tickets|ticket queue|ticket queues|Jira tickets|Tickets bearbeiten|tickets de soporte|tickets de support
Knowledge base|help-center articles|help center articles|knowledge base articles|help articles
SLAs|SLA|service level agreements
Freshdesk
Jira Service Management|Jira Service Desk
Bug reproduction|reproduce bugs|reproducing bugs|reproduce issues
Log analysis|read logs|reading logs|log files
Endpoint management
Printers|printer support
Hardware troubleshooting
Office 365 administration|Microsoft 365 administration
CompTIA A+
CompTIA Network+
CompTIA Security+
CCNA`,
  ],
  [
    'security',
    `SAST|static analysis security testing|static application security testing
DAST|dynamic application security testing
Semgrep
Snyk
Bug bounty|bug bounties|bug bounty program
HackerOne
Bugcrowd
Secure coding|secure code review|secure coding practices
Secure design review|security design reviews|secure design reviews|security reviews
AWS KMS|KMS
Secrets management|secrets
OSCP
OSWE
CISSP
CISM
CEH
Incident response playbooks`,
  ],
  [
    'product',
    `Product requirements documents|PRDs|PRD|product requirements
User stories|user story
Backlog prioritization|prioritize the backlog|backlog management|product backlog|backlog grooming|backlog refinement
Customer interviews|customer interview
Success metrics|product metrics
Product discovery|discovery
Product analytics
Pendo
Heap
Go-to-market launches|product launches|product launch
ACH|ACH payments|ACH transfers
Card networks|card issuing|card processing
Dashboarding|dashboard design|dashboard development|dashboards|dashboard|build dashboards|building dashboards|Dashboards erstellen|tableaux de bord|tableau de bord|cuadros de mando|cuadro de mando|dashboards bouwen|instrumentpaneler|cruscotti|painéis
Looker Studio|Google Data Studio|Data Studio`,
  ],
  [
    'design',
    `User flows|user flow|task flows|flow diagrams
ProtoPie
Principle
Lottie
Rive
Framer Motion
Journey mapping|journey maps|journey map|customer journey mapping|user journey mapping
Personas|persona development|user personas
Diary studies|diary study
Surveys|survey|survey research
Survey design|questionnaire design
Research synthesis|synthesize findings|synthesis
Mixed methods research|mixed-methods|mixed methods
Qualitative research|qualitative methods
Quantitative methods
Dovetail
UserTesting|UserTesting.com
Maze
Optimal Workshop
Card sorting
Tree testing
Service design
Accessibility audits|accessibility audit`,
  ],
  [
    'marketing',
    `Conversion rate optimization|conversion rate optimisation|CRO|conversion optimization|conversion optimisation|lift conversion|conversion rates|Conversion-Optimierung|Conversion Rate Optimierung|optimisation du taux de conversion|optimisation des conversions|optimización de la conversión|conversieoptimalisatie|konverteringsoptimering|ottimizzazione delle conversioni
Paid acquisition|paid media|paid social|paid search
Lifecycle marketing|lifecycle emails|lifecycle campaigns|CRM marketing|retention marketing
SMS marketing|SMS journeys|SMS campaigns
Braze
Iterable
Klaviyo
Customer.io
Optimizely
VWO
Landing pages|landing page|landing-page
CAC|customer acquisition cost
LTV|CLV|customer lifetime value|lifetime value
ROAS|return on ad spend
Marketing attribution|attribution|multi-touch attribution|attribution tools
AppsFlyer
Adjust
Triple Whale
Marketing mix modeling|marketing mix models|MMM
Incrementality testing|incrementality|lift tests
Instagram
TikTok|TikTok Ads
LinkedIn Ads
YouTube Ads
Canva
Google Tag Manager|GTM container
Semrush|SEMrush
Ahrefs
Hootsuite
Sprout Social
Campaign management|campaigns
Content strategy
Copy editing`,
  ],
  [
    'sales',
    `MEDDIC|MEDDICC|MEDDPICC
Challenger Sale|Challenger selling|Challenger
SPIN selling
Sandler
Product demos|product demo|product demonstrations|demos
Pipeline management|pipeline generation|build pipeline|building pipeline|pipeline building|pipeline
Territory management|territory planning
Upselling|upsell|cross-selling|cross-sell
Renewals|contract renewals
Apollo.io
ZoomInfo`,
  ],
  [
    'finance',
    `CAPM|Certified Associate in Project Management
Accruals|accrual|accrual accounting
Prepaid expenses|prepaid schedules|prepaids
Balance sheet|balance sheets
Fixed assets|fixed asset|fixed asset accounting|Anlagenbuchhaltung|immobilisations
Sales tax|sales and use tax|VAT|Umsatzsteuer|Umsatzsteuervoranmeldung|VAT returns|moms|momsdeklaration|momsredovisning|btw-aangifte|btw|TVA|déclarations de TVA|IVA|declaraciones de IVA|liquidazioni IVA|Mehrwertsteuer|MWST
Inventory costing|inventory accounting|standard costing|standard cost
Variance analysis|variance analyses|variances
CMA|Certified Management Accountant
SAP Business One
Sage Intacct|Sage
Sage 100|Sage 100c|Sage 1000
Dunning|Mahnwesen|relances clients
DATEV
HGB
Bilanzbuchhalter|Bilanzbuchhaltung
Adaptive Insights|Workday Adaptive Planning|Adaptive Planning
Anaplan
Hyperion|Oracle Hyperion
Board reporting|board reports|board decks
Gross margin|gross margins|margin analysis|bruttomarginal|Bruttomarge|Rohertrag|Deckungsbeitrag|marge brute|margen bruto|margen comercial|brutomarge|margine lordo|margem bruta|dækningsbidrag
MBA
Intercompany accounting|intercompany
Revenue recognition|ASC 606
Lease accounting|ASC 842
Consolidation|consolidations
1099 reporting|1099
Expense reports|expense reporting
Bill.com
Concur|SAP Concur
BlackLine
Depreciation|depreciation schedules|Abschreibungen|amortissements|amortización|afschrijvingen`,
  ],
  [
    'data-ml',
    `Data contracts|data contract
Time-series databases|time-series database|time series databases|TSDB|InfluxDB time series|time-series DB|tijdreeksdatabase|tijdreeksdatabases|Zeitreihendatenbank|Zeitreihendatenbanken|base de données de séries temporelles|bases de datos de series temporales|tidsseriedatabas
Kueue
DCGM
Amazon SageMaker|SageMaker
Vertex AI
statsmodels
Gradient boosting|gradient-boosted trees|GBMs|GBDT
Demand forecasting|demand forecasts
Price elasticity|elasticity models|price elasticity models
Azure Synapse|Synapse Analytics|Synapse
DAX|Data Analysis Expressions`,
  ],
  [
    'devops-sre',
    `SLOs|SLO|SLIs|SLI|service level objectives|error budgets
Alerting|alerts
Postmortems|postmortem|post-mortems|blameless postmortems
Chaos engineering
Agones
Runbooks|runbook
Grafana Loki|Loki`,
  ],
  [
    'frontend',
    `State management
Zustand
MobX
CSS-in-JS|styled-components|Emotion CSS
Testing Library|React Testing Library|RTL
Web Workers|web worker|web workers|service workers
CRDTs|CRDT
Yjs
Real-time collaboration|real-time collaborative editing|multiplayer editing
JPA|Jakarta Persistence`,
  ],
  [
    'hospitality',
    `Front desk operations|front desk|front office|guest services|hotel reception
Opera PMS|Opera Cloud|Opera
Property management systems|property management system|hotel PMS|PMS
Night audit|night audits|night auditor
Revenue management|yield management
Complaint handling|guest complaints|customer complaints|handle complaints|handling complaints|Beschwerdemanagement|Reklamationsbearbeitung|gestion des réclamations|gestión de reclamaciones|klachtenafhandeling`,
  ],
  [
    'integration',
    `APIs|API|web APIs|third-party APIs|public APIs
Webhooks|webhook
WooCommerce
BigCommerce
Shopware
PrestaShop`,
  ],
  [
    'care',
    `Mental Health First Aid|MHFA|mental health first aider
Meal preparation|meal prep|prepare meals|preparing meals|prepare simple meals|préparation des repas|preparación de comidas|maaltijden bereiden|Zubereitung von Mahlzeiten|preparazione dei pasti
Companionship|companionship care|companion care
DBS check|DBS|enhanced DBS|enhanced DBS check|DBS clearance|PVG|PVG scheme|Disclosure and Barring Service
Health and social care|health & social care|health and social care diploma
NVQ|QCF|SVQ|RQF|NVQs
Care Certificate
Moving and handling|manual handling|patient handling|safe patient handling|moving and handling people|hoists|patient hoists|Patientenlifter|Transferhilfen|manutention des patients|movilización de pacientes|tiltechnieken|förflyttningsteknik|movimentazione dei pazienti|movimentação de doentes
PointClickCare
MatrixCare
SBAR|SBAR communication
First aid|first-aid|first aid certificate|Erste Hilfe|Ersthelfer|Ersthelferin|premiers secours|secourisme|primeros auxilios|EHBO|eerste hulp|BHV|första hjälpen|førstehjælp|primo soccorso|primeiros socorros
Healthcare|health care industry|healthcare industry|healthcare sector|healthcare settings|Gesundheitswesen|secteur de la santé|sector sanitario|zorgsector|gezondheidszorg|hälso- och sjukvård|sanità|setor da saúde|sundhedssektoren
Safeguarding|safeguarding children|safeguarding adults|child protection|Kinderschutz|protection de l'enfance|protección de menores|protección infantil|kinderbescherming|barnskydd|tutela dei minori|proteção de crianças
Personal care|personal care assistance|activities of daily living|ADLs|ADL|Körperpflege|soins d'hygiène|aide à la toilette|cuidados personales|aseo personal|persoonlijke verzorging|personlig omvårdnad|igiene personale|cuidados de higiene`,
  ],
  [
    'restaurant',
    `Responsible service of alcohol|RSA|RSA certificate|RCG|responsible alcohol service|TIPS certification|TIPS certified|TIPS-certified|alcohol server certification|Personal Licence|personal licence holder|APLH
Food allergens|allergen management|allergens|allergen awareness|allergen control|Allergene|Allergenkennzeichnung|allergènes|alérgenos|allergenen|allergener|allergeni|alergénios|alergeny
Pastry|pastries|pâtisserie|pâtissier|pâtissière|Konditorei|Patisserie|pastelería|repostería|pasticceria|banketbakkerij|konditori|confeitaria|cukiernictwo
Restaurant management|restaurant operations|restaurant manager|Restaurantleitung|Restaurantleiter|Restaurantmanagement|gestion de restaurant|directeur de restaurant|gestión de restaurantes|gestión de restaurante|gerente de restaurante|restaurantmanager|restaurangchef|restaurangdrift|gestione del ristorante|direttore di ristorante|gestão de restaurantes|restaurantchef
Toast POS|Toast
Square POS|Square for Restaurants
Lightspeed|Lightspeed Retail|Lightspeed Restaurant
Oracle MICROS|MICROS|Micros POS
Clover POS
7shifts
OpenTable
SevenRooms
Resy
Menu development|menu planning|menu design|menu costing|Menüplanung|Speisekartengestaltung|élaboration des menus|création de menus|elaboración de menús|diseño de menús|menuontwikkeling|menyplanering|menyutveckling|elaborazione dei menu|elaboração de menus|élaboration de la carte|création de la carte|elaboración de la carta|Speisekartenplanung
Food cost control|food cost|food costs|food costing|Wareneinsatz|Wareneinsatzkontrolle|coût matière|coûts matière|escandallo|escandallos|control de costes de alimentos|foodcost|råvarukostnad|controllo del food cost|custo das mercadorias
Wine knowledge|wine pairing|wine pairings|sommelier|WSET|Weinkenntnisse|Weinberatung|connaissance des vins|œnologie|conocimiento de vinos|sumiller|wijnkennis|vinkunskap|conoscenza dei vini|conhecimento de vinhos
Bartending|bartender|mixology|Barkeeper|barman|barmaid|coctelería|cocteleria|cocktailbar|mixologia
Reservations|reservation systems|booking systems|Reservierungssystem|Reservierungen|système de réservation|gestión de reservas|sistema de reservas|reserveringssysteem|bokningssystem|sistema di prenotazione`,
  ],
  [
    'retail',
    `Loss prevention|shrink|shrinkage|inventory shrink|theft prevention|Inventurdifferenzen|Diebstahlprävention|démarque inconnue|prévention des pertes|prevención de pérdidas|mermas|derving|svinn|svinnhantering|prevenzione delle perdite|differenze inventariali|prevenção de perdas|quebras
Extenda|Extenda Retail
LS Retail|LS Central
Store opening|store openings|store launches|Neueröffnung|Neueröffnungen|ouverture de magasin|ouvertures de magasins|apertura de tiendas|winkelopening|butiksöppning|apertura di negozi|abertura de lojas`,
  ],
  [
    'construction-trades',
    `Lighting installation|light fixtures|lighting fixtures|luminaires|lighting installations|Beleuchtungsanlagen|installation d'éclairage|instalación de iluminación|verlichtingsinstallaties|belysningsinstallation|impianti di illuminazione|instalação de iluminação|instalacje oświetleniowe
ECS card|ECS Gold Card|JIB Gold Card|JIB card|ECS/JIB Gold Card|JIB/ECS card
Inspection and testing|2391|C&G 2391|City & Guilds 2391|EICR|EICRs|electrical installation condition reports|periodic inspection and testing|Prüfung nach DGUV V3|DGUV V3|E-Check
BS 7671|18th Edition|17th Edition|18th Edition Wiring Regulations|IET Wiring Regulations|City & Guilds 2382
F-Gas|F-Gas certificate|F-Gas certification|F-Gas category 1|F-Gas-Zertifikat|attestation de capacité fluides frigorigènes|certificado de gases fluorados|F-gassen certificaat|köldmediecertifikat|patentino F-Gas|patentino FGAS
Gas Safe|Gas Safe registered|Gas Safe registration|Gas Safe Register|Gas Safe engineer
Rigging|rigger|riggers|slinging|slinger signaller|slinger/signaller|Anschlagen von Lasten|Anschläger|élingage|eslingado|aanslaan van lasten|stroppning|imbracatura
Crane operation|crane operator|crane operators|mobile crane|mobile cranes|tower crane|tower cranes|overhead crane|overhead cranes|Kranführer|Kranfahrer|Kranschein|grutier|grue à tour|gruista|operador de grúa|kraanmachinist|kranförare|gru a torre|operador de grua|operator dźwigu
Scaffolding|scaffolder|scaffolders|scaffold erection|Gerüstbau|Gerüstbauer|échafaudage|échafaudages|andamios|andamiaje|steigerbouw|ställningsbyggnad|ponteggi|andaimes|rusztowania
PASMA|PASMA tower|PASMA towers|mobile scaffold towers
Aerial work platforms|IPAF|IPAF licence|IPAF card|MEWP|MEWPs|scissor lift|scissor lifts|boom lift|boom lifts|aerial lift|aerial lifts|aerial work platform|cherry picker|Hubarbeitsbühne|Hubarbeitsbühnen|Arbeitsbühnen|CACES R486|plataforma elevadora|plataformas elevadoras|hoogwerker|hoogwerkers|skylift|piattaforme di lavoro elevabili|PEMP
Confined spaces|confined space|confined space entry|confined-space entry|enge Räume|espaces confinés|espacios confinados|besloten ruimten|besloten ruimte|slutna utrymmen|spazi confinati|ambienti confinati|espaços confinados
Working at height|work at height|working at heights|work at heights|working-at-height|Arbeiten in der Höhe|Höhenarbeiten|travaux en hauteur|travail en hauteur|trabajos en altura|trabajo en altura|werken op hoogte|arbete på hög höjd|lavori in quota|trabalho em altura|trabalhos em altura|praca na wysokości|prace na wysokości
COSHH|COSHH assessments|Control of Substances Hazardous to Health
IOSH|IOSH Managing Safely|IOSH Working Safely
NEBOSH|NEBOSH certificate|NEBOSH General Certificate|NEBOSH Construction Certificate|NEBOSH Diploma
SMSTS|SSSTS|Site Management Safety Training Scheme|Site Supervisor Safety Training Scheme
Earthworks|earthwork|earthmoving|earth moving|bulk earthworks|excavation|excavations|Erdarbeiten|Erdbau|Aushub|terrassement|terrassements|movimiento de tierras|excavaciones|grondwerk|grondverzet|markarbete|markarbeten|schaktning|movimento terra|scavi|terraplenagem|movimentação de terras|jordarbejde
Drainage|stormwater|storm water|drainage works|Entwässerung|Kanalbau|assainissement|réseaux d'assainissement|drenaje|alcantarillado|saneamiento|riolering|dränering|VA-arbeten|fognatura|drenaggio|drenagem|afvanding|kloakering
Pavement construction|paving|asphalt paving|asphalting|road construction|roadworks|road works|pavement|Straßenbau|Asphaltbau|voirie|enrobés|pavimentación|asfaltado|construcción de carreteras|wegenbouw|asfaltering|vägbyggnad|vägbygge|costruzione stradale|asfaltatura|pavimentação|vejbygning
Concrete work|concreting|concrete pours|concrete pouring|formwork|reinforced concrete|Betonbau|Betonarbeiten|Schalung|Schalungsbau|coffrage|béton armé|encofrado|hormigonado|bekisting|betonwerk|betongarbete|formsättning|casseforme|calcestruzzo|cofragem|betonarbejde
Traffic management|traffic control|traffic management plans|traffic management plan|traffic controller|Verkehrssicherung|Verkehrsführung|signalisation temporaire|señalización de obras|verkeersregelaar|verkeersmaatregelen|trafikanordningsplan|TA-plan|segnaletica di cantiere|sinalização temporária
White Card|General Construction Induction|construction induction card|CSCS card|CSCS|SafePass|VCA|VCA-certificaat|SSG-kort|ID06
Lockout/tagout|LOTO|lockout tagout|lockout-tagout|lock-out tag-out|lock out tag out|lock-out/tag-out|lockout/tag-out|isolation procedures|LOTO-Verfahren|consignation|consignation électrique|consignation/déconsignation|bloqueo y etiquetado|LOTO-procedure|vergrendelen en labelen|låsning och märkning|lucchettaggio|bloqueio e etiquetagem
CMMS|computerized maintenance management system|computerised maintenance management system|maintenance management system|maintenance management software|GMAO|Instandhaltungssoftware|Instandhaltungsplanungssystem|onderhoudsbeheersysteem|underhållssystem|sistema di gestione della manutenzione
IBM Maximo|Maximo
SAP PM|SAP Plant Maintenance
Fiix
UpKeep
Limble|Limble CMMS
eMaint
Pneumatics|pneumatic|pneumatic systems|Pneumatik|pneumatisch|pneumatische|pneumatique|pneumatiques|neumática|neumático|pneumatiek|pneumatische systemen|pneumatica|pneumático|pneumática
Allen-Bradley|Allen Bradley|ControlLogix|CompactLogix|Allen-Bradley ControlLogix|Studio 5000|RSLogix|RSLogix 5000|Rockwell Automation|Rockwell PLCs|Rockwell
Beckhoff TwinCAT|TwinCAT|Beckhoff
Schneider Modicon|Modicon
CODESYS
TIG welding|GTAW|TIG|WIG-Schweißen|WIG-Schweissen|WIG|soudage TIG|soldadura TIG|TIG-lassen|TIG-svetsning|saldatura TIG|TIG-svejsning
MIG welding|GMAW|MIG|MIG/MAG|MIG-MAG|MAG welding|MIG/MAG-Schweißen|MAG-Schweißen|MIG-Schweißen|soudage MIG|soudage MIG/MAG|soldadura MIG|soldadura MIG/MAG|MIG/MAG-lassen|MIG-lassen|MIG/MAG-svetsning|MIG-svetsning|saldatura MIG|saldatura a filo|MIG/MAG-svejsning
Stick welding|SMAW|arc welding|manual metal arc|MMA welding|Elektrodenschweißen|E-Hand-Schweißen|E-Hand|soudage à l'arc|soudage à l'électrode|soldadura por arco|soldadura con electrodo|elektrodelassen|BMBE-lassen|MMA-svetsning|saldatura ad elettrodo|soldadura por elétrodo
Building materials|construction materials|builders merchant|builders merchants|Baustoffe|Baustoffhandel|matériaux de construction|négoce de matériaux|materiales de construcción|materiais de construção|bouwmaterialen|bouwmaterialenhandel|byggmaterial|byggvaruhandel|materiali edili|materiali da costruzione|byggematerialer`,
  ],
  [
    'logistics-products',
    `SAP EWM|EWM|SAP Extended Warehouse Management
SAP WM|SAP Warehouse Management
Körber WMS|HighJump
Infor WMS
Reflex WMS
Dangerous goods|dangerous goods handling|ADR|ADR certificate|Gefahrgut|Gefahrgutschein|ADR-Schein|matières dangereuses|transport de matières dangereuses|mercancías peligrosas|gevaarlijke stoffen|ADR-certificaat|farligt gods|ADR-intyg|merci pericolose|mercadorias perigosas
Loading and unloading|loading/unloading|loading and unloading trucks|Be- und Entladen|Be- und Entladung|Verladung|chargement et déchargement|carga y descarga|laden en lossen|lastning och lossning|carico e scarico|carga e descarga|læsning og losning`,
  ],
  [
    'finance-office',
    `Invoice processing|process invoices|processing invoices|invoice matching|three-way matching|3-way matching|three-way match|invoice entry|supplier invoices|vendor invoices|purchase invoices|Rechnungsprüfung|Rechnungsbearbeitung|Rechnungseingang|Eingangsrechnungen|Kreditorenrechnungen|traitement des factures|saisie des factures|factures fournisseurs|facturas de proveedores|procesamiento de facturas|contabilización de facturas|factuurverwerking|inkoopfacturen|facturen verwerken|fakturahantering|leverantörsfakturor|fakturor|registrazione fatture|fatture passive|fatture fornitori|processamento de faturas|faturas de fornecedores|fakturabehandling|leverandørfakturaer
Sage 50|Sage 50cloud|Sage 50 Accounts|Sage Line 50
Sage 200|Sage 200cloud
Sage X3
Exact Online|Exact
Twinfield
AFAS
Visma|Visma eEkonomi|Visma.net
Fortnox
e-conomic
Dinero
Lexware|Lexware Office
Abacus|Abacus ERP
Bexio
Cegid
Pennylane
Silae
Holded
A3innuva|A3ERP|a3nom
ContaPlus|Contasol
Zucchetti
TeamSystem
Personio
Nmbrs
Loket.nl
BACS payments|BACS|BACS runs|Zahlungsläufe|Zahlungslauf|Zahlungsvorschläge|SEPA payments|SEPA|campagnes de paiement|remesas de pago|betaalbatches|betalningskörningar|distinte di pagamento|betalingskørsler
Fraud prevention|fraud detection|anti-fraud|fraud checks|fraud controls|Betrugsprävention|Betrugserkennung|prévention de la fraude|détection de la fraude|lutte contre la fraude|prevención del fraude|detección de fraude|fraudepreventie|fraudedetectie|bedrägeribekämpning|prevenzione delle frodi|prevenção de fraude|svindelforebyggelse
AAT|AAT Level 3|AAT Level 4|AAT qualified|AAT qualification
ICAEW|ACA qualified|ACA qualification
CIMA
Wage garnishments|wage garnishment|garnishments|garnishment|Lohnpfändungen|Lohnpfändung|saisies sur salaire|saisie sur salaire|embargos de nómina|embargos salariales|loonbeslag|löneutmätning|pignoramento dello stipendio|penhora de salário
W-2 processing|W-2|W-2s|Form W-2|W2s
FLSA|Fair Labor Standards Act
FPC|Fundamental Payroll Certification
CPP|Certified Payroll Professional
Social insurance|social security contributions|social insurance contributions|Sozialversicherung|Sozialversicherungen|Sozialversicherungsrecht|Sozialabgaben|AHV|AHV/IV/EO|BVG|cotisations sociales|charges sociales|assurances sociales|seguridad social|cotizaciones a la seguridad social|cotizaciones sociales|sociale verzekeringen|sociale lasten|sociala avgifter|arbetsgivaravgifter|contributi previdenziali|oneri sociali|assicurazioni sociali|previdenza sociale|segurança social|contribuições sociais|sociale bidrag|AVS|LPP|LAINF|AVS/AI/IPG|assicurazioni sociali svizzere
Work permits|work permit|work visa|work visas|immigration paperwork|Arbeitsbewilligung|Arbeitsbewilligungen|Arbeitserlaubnis|Aufenthaltsbewilligungen|Aufenthaltstitel|permis de travail|autorisations de travail|permiso de trabajo|permisos de trabajo|werkvergunning|werkvergunningen|arbetstillstånd|permesso di lavoro|permessi di lavoro|permessi di soggiorno|autorização de trabalho|vistos de trabalho|arbejdstilladelse
HR administration|HR admin|personnel administration|personnel files|employee records|HR records|Personaladministration|Personalverwaltung|Personalsachbearbeitung|Personalakten|administration du personnel|gestion administrative du personnel|administration RH|administración de personal|gestión administrativa de personal|personeelsadministratie|personeelsdossiers|personaladministrativa|amministrazione del personale|gestione amministrativa del personale|administração de pessoal|departamento pessoal|personaleadministration
Contracts of employment|employment contracts|Arbeitsverträge|Arbeitsvertrag|contrats de travail|contratos de trabajo|contratos laborales|arbeidscontracten|anställningsavtal|contratti di lavoro|contratos de trabalho|ansættelseskontrakter`,
  ],
  [
    'legal-office',
    `Docketing|docket management|docket calendar|docketing deadlines|court deadlines|manage the docket|managing the docket|Fristenkontrolle|Fristenverwaltung|Fristenbuch|Fristenüberwachung|suivi des délais de procédure|control de plazos procesales|agenda procesal|termijnbewaking|termijnenbewaking|bevakning av frister|fristbevakning|controle de prazos|prazos processuais|fristovervågning|docket court dates|docket deadlines|docket dates|docketing system
E-filing|e-file|efiling|electronic filing|electronic court filing|file electronically|beA|besonderes elektronisches Anwaltspostfach|elektronischer Rechtsverkehr|RPVA|e-barreau|LexNET|eJustice|e-justice|Processo Civile Telematico|processo telemático|e-Curia|filing documents electronically|filing electronically|electronically file|electronically filing|CE-File
CM/ECF|PACER
Calendaring|Calendar management|diary management|manage calendars|managing calendars|calendar coordination|Terminverwaltung|Terminkoordination|Kalenderführung|gestion d'agendas|gestion des agendas|gestion de l'agenda|gestión de agendas|gestión de agenda|agendabeheer|agenda beheren|kalenderhantering|gestione dell'agenda|gestione agende|gestão de agendas|gestão de agenda|kalenderstyring
Proofreading|proofread|proof-reading|proofreading documents|Korrekturlesen|Korrektorat|Korrektur lesen|relecture|corrección de textos|corrección de pruebas|revisión de textos|correctie lezen|korrekturläsning|korrekturläsa|correzione di bozze|revisione dei testi|revisão de textos|korrekturlæsning
Adobe Acrobat|Acrobat|Acrobat Pro|Adobe Acrobat Pro
Aderant
RA-MICRO
Legal transcription|audio typing|digital dictation|transcribing dictation|Phonodiktat|Phonodiktate|dictées juridiques|transcripción de dictados`,
  ],
  [
    'security-ops',
    `Door supervision|door supervisor|door supervisors
CCTV|CCTV monitoring|video surveillance|Videoüberwachung|vidéosurveillance|videovigilancia|cameratoezicht|kameraövervakning|videosorveglianza|videovigilância|monitoring wizyjny
SIA licence|SIA license|SIA badge|SIA Door Supervisor|SIA Security Guarding|SIA CCTV|SIA-licensed|SIA licensed|SIA
EDR|endpoint detection and response|endpoint detection & response|XDR|extended detection and response|endpoint detection|endpoint detections|endpoint security|Endpoint-Security|détection sur les terminaux
CrowdStrike Falcon|CrowdStrike|Falcon
Microsoft Defender for Endpoint|Defender for Endpoint|MDE
Microsoft Defender for Office 365|Defender for Office 365|MDO
Microsoft Defender|Defender XDR|Microsoft 365 Defender
SentinelOne
Carbon Black|VMware Carbon Black
Cortex XDR
Microsoft Sentinel|Azure Sentinel|Sentinel
IBM QRadar|QRadar
Elastic Security|Elastic SIEM
Google Chronicle|Chronicle|Google SecOps
Sumo Logic
LogRhythm
Exabeam
ArcSight
SOAR|security orchestration, automation and response|security orchestration|Cortex XSOAR|XSOAR|Splunk SOAR
Tines
Threat hunting|threat hunt|threat hunts|hunt for threats|hunting for threats|chasse aux menaces|caza de amenazas
MITRE ATT&CK|ATT&CK|MITRE ATT&CK framework|MITRE framework
Threat intelligence|cyber threat intelligence|CTI|threat intel|Bedrohungsanalyse|renseignement sur les menaces|inteligencia de amenazas|dreigingsinformatie|hotunderrättelser
Phishing analysis|phishing investigations|phishing investigation|phishing triage|phishing response|analyze phishing|analyse phishing|investigate phishing|reported phishing|phishing emails|phishing mails
KQL|Kusto Query Language|Kusto
SPL|Search Processing Language
Sigma rules|Sigma
YARA|YARA rules
Suricata
Zeek|Bro IDS
Snort
Detection engineering|detection rules|detection content
Digital forensics and incident response|DFIR
GCIH
GCIA
GCFA
GPEN
CySA+|CompTIA CySA+|CySA
ISO 27001 Lead Auditor|ISO 27001 Lead Implementer|ISO/IEC 27001 Lead Auditor|Lead Auditor ISO 27001
ISMS|information security management system|information security management systems|Informationssicherheitsmanagementsystem|Informationssicherheits-Managementsystem|ISMS-Aufbau|SMSI|SGSI
BSI IT-Grundschutz|IT-Grundschutz|BSI-Grundschutz|Grundschutz|BSI-Standards|BSI-Standard 200
NIS2|NIS 2|NIS-2|NIS2 directive|NIS2-Richtlinie|NIS2-Umsetzung|directive NIS 2|directiva NIS2
KRITIS|critical infrastructure|kritische Infrastrukturen|kritischen Infrastrukturen|infrastructures critiques|infraestructuras críticas|vitale infrastructuur|samhällsviktig verksamhet
Business continuity planning|business continuity|business continuity management|BCM|BCP|continuity planning|Notfallmanagement|Notfallplanung|continuité d'activité|plan de continuité d'activité|continuidad de negocio|plan de continuidad|bedrijfscontinuïteit|kontinuitetsplanering|kontinuitetshantering|continuità operativa|continuidade de negócio|Notfallpläne|Notfallplänen|Notfallkonzept|Notfallkonzepte|Notfallvorsorge|Notfallhandbuch
Disaster recovery|DR planning|disaster recovery planning|disaster recovery plans|Wiederherstellung im Notfall|reprise d'activité|plan de reprise d'activité|recuperación ante desastres|herstel na calamiteiten|katastrofåterställning|ripristino di emergenza|recuperação de desastres
Security awareness training|security awareness|awareness training|security awareness programs|phishing simulations|Security-Awareness|Awareness-Schulungen|Sensibilisierungsmaßnahmen|Sensibilisierung der Mitarbeitenden|sensibilisation à la sécurité|sensibilisation cybersécurité|concienciación en seguridad|formación en ciberseguridad|securitybewustzijn|security awareness-trainingen|säkerhetsmedvetenhet|sensibilizzazione alla sicurezza|consciencialização de segurança
Tenable|Nessus|Tenable.io
Qualys
Rapid7|InsightVM|InsightIDR
Vulnerability scanning|vulnerability scans|vulnerability scanners`,
  ],
  [
    'data-more',
    `PostGIS
H3
GeoPandas
Shapely
Protein design|protein engineering|de novo protein design|protein structure prediction
AlphaFold|AlphaFold2|AlphaFold 2|AlphaFold 3
RDKit|cheminformatics
Molecular dynamics|MD simulations|molecular simulations
Experiment design|experimental design|design of experiments
Survival analysis
Marketing analytics
Customer segmentation|clustering customers|Kundensegmentierung|segmentation client|segmentación de clientes|klantsegmentatie|kundsegmentering|segmentazione della clientela|segmentação de clientes
Churn prediction|churn modeling|churn modelling|churn models
Optuna
Hyperparameter tuning|hyperparameter optimization|hyperparameter search
SHAP|model explainability|explainable AI|XAI
MQTT|Mosquitto
OPC UA|OPC-UA|OPC Unified Architecture
Modbus|Modbus TCP
LoRaWAN
Zigbee
CoAP
Node-RED
TanStack Query|React Query|TanStack
Linkerd
Backstage|Backstage.io
Azure SQL|Azure SQL Database|Azure SQL Managed Instance
Azure Service Bus|Service Bus
Azure Functions
Azure Data Factory|ADF
Azure AD|Azure Active Directory|Microsoft Entra ID|Entra ID|Entra`,
  ],
];

const SOFTWARE_API_WORDS =
  '\\b(?:REST|GraphQL|design|develop|d[ée]velopp|integrat|int[ée]gr|endpoints?|HTTP|JSON|build|consum|calls?|Postman|webhooks?|SDKs?|docs|documentation|backend|services?|platforms?|our API|public|LLM|responses?|Diseñar|desarroll)';

/** Words of a line about running software in production, where on-call and incident response are incident management. */
const SOFTWARE_OPS_WORDS =
  '\\b(?:PagerDuty|Opsgenie|outages?|pager|postmortems?|post-mortems?|production|SRE|SLOs?|reliability|DevOps|uptime|runbooks?)\\b';

const FRONT_DESK_GUARD: SkillGuard = {
  notBefore: '^[\\s-]+(?:staff|teams?|employees|workers|users|software|app|tools?)\\b',
  lineContext:
    'hotel|guests?|check-?ins?|check-?outs?|reception|\\bPMS\\b|Opera|reservations|front (?:desk|office) (?:agent|experience|operations|supervisor|manager|associate|role|team)|visitors|lobby|concierge|phones?|patients|receptionist',
};

/** Words of a line about building reports for people, where "dashboards" is the BI skill. */
const DASHBOARD_WORDS =
  '\\b(?:Tableau|Power ?BI|Looker|BI|KPIs?|Metabase|Superset|Qlik|Excel|self-serve|reporting|stakeholders?|(?:build|design|creat|develop)\\w* (?:\\w+ )?dashboards?|erstell|crear|desarroll|cr[ée]er)\\b';

/** Ambiguous names in the table above: they count only in their context (or in a list of skills). */
export const PROFESSION_GUARDS: Readonly<Record<string, SkillGuard>> = {
  Principle: {
    caseSensitive: true,
    context: 'prototyp|ProtoPie|Figma|Framer|Sketch|After Effects|design tool|animation',
  },
  Maze: { caseSensitive: true, context: 'UserTesting|usability|Dovetail|research|Lookback|Optimal|unmoderated' },
  Dovetail: { caseSensitive: true, context: 'research|UserTesting|Maze|insight|interview' },
  Lottie: { caseSensitive: true, context: 'animation|After Effects|motion|Rive|Bodymovin' },
  Rive: { caseSensitive: true, context: 'animation|Lottie|motion' },
  Challenger: {
    caseSensitive: true,
    context: 'sell|sales|MEDDIC|MEDDPICC|SPIN|Sandler|methodolog',
  },
  Sandler: { caseSensitive: true, context: 'sell|sales|MEDDIC|SPIN|Challenger|methodolog' },
  Carta: { caseSensitive: true, context: 'cap table|capitali[sz]ation|equity|stock|409A|shareholder' },
  Clio: { caseSensitive: true, context: 'legal|law|matter|practice management|paralegal|iManage|NetDocuments' },
  Canvas: {
    caseSensitive: true,
    context: 'LMS|learning management|Schoology|Blackboard|Moodle|Google Classroom|course',
  },
  Heap: { caseSensitive: true, context: 'analytics|Amplitude|Mixpanel|Pendo|product' },
  Adjust: { caseSensitive: true, context: 'AppsFlyer|attribution|Branch|mobile measurement|MMP' },
  Emotion: { caseSensitive: true },
  'Emotion CSS': { caseSensitive: true },
  Windows: {
    caseSensitive: true,
    context:
      'Windows\\s*(?:1[01]|7|8|XP|Server)|macOS|Linux|Intune|Active Directory|Microsoft|laptop|desktop|operating system|\\bOS\\b|PCs?\\b|Office|Mac\\b',
  },
  'Windows 10': { caseSensitive: true },
  'Windows 11': { caseSensitive: true },
  'Windows 7': { caseSensitive: true },
  Zustand: { caseSensitive: true, context: 'React|Redux|state management|MobX|Jotai|Recoil|TypeScript' },
  MobX: { caseSensitive: true },
  RTL: { caseSensitive: true, context: 'React|Jest|Testing Library|Vitest|Cypress|Playwright|tests?\\b' },
  NATE: { caseSensitive: true },
  RDH: { caseSensitive: true },
  SRP: { caseSensitive: true, context: 'scaling|root planing|prophy|hygien|periodont|dental' },
  NEC: { caseSensitive: true, context: 'electric|code|wiring|NFPA|conduit|journeyman' },
  VFD: { caseSensitive: true },
  VFDs: { caseSensitive: true },
  ABG: { caseSensitive: true },
  ABGs: { caseSensitive: true },
  NP: { caseSensitive: true, context: 'nurse|APRN|prescrib|clinic|patient|FNP|DNP' },
  CEN: { caseSensitive: true, context: 'nurs|emergency|certif|RN\\b|TNCC' },
  NRP: { caseSensitive: true },
  CNA: { caseSensitive: true },
  LPN: { caseSensitive: true },
  LVN: { caseSensitive: true },
  BSN: { caseSensitive: true },
  MSN: { caseSensitive: true },
  CMA: {
    caseSensitive: true,
    context: 'CPA|accountant|accounting|Certified Management|cost|CFA|ACCA|finance',
  },
  'CMA (AAMA)': { caseSensitive: true },
  PHR: { caseSensitive: true, context: 'SHRM|\\bHR\\b|human resources|SPHR|certif' },
  SPHR: { caseSensitive: true },
  SHRM: { caseSensitive: true },
  ADA: {
    caseSensitive: true,
    context: 'FMLA|accommodation|leave|disabilit|employment law|EEOC|HR\\b|human resources|compliance|OSHA',
  },
  ADP: { caseSensitive: true },
  UKG: { caseSensitive: true },
  AIA: { caseSensitive: true, context: 'contract|construction|architect|G70[0-9]|A20[0-9]' },
  LEED: { caseSensitive: true },
  ICRA: { caseSensitive: true },
  RFI: { caseSensitive: true },
  RFIs: { caseSensitive: true },
  P6: { caseSensitive: true },
  Primavera: { caseSensitive: true },
  closeout: { lineContext: 'project|construction|punch|warranty|commissioning' },
  precon: { caseSensitive: true },
  DAT: { caseSensitive: true, context: 'load board|freight|carrier|truck|broker|dispatch' },
  EDI: { caseSensitive: true },
  LTL: { caseSensitive: true },
  FTL: { caseSensitive: true },
  HOS: { caseSensitive: true },
  ELD: { caseSensitive: true },
  ELDs: { caseSensitive: true },
  BOL: { caseSensitive: true },
  BOLs: { caseSensitive: true },
  JDA: { caseSensitive: true, context: 'supply chain|planning|Blue Yonder|WMS|Kinaxis|Manhattan' },
  CPIM: { caseSensitive: true },
  CSCP: { caseSensitive: true },
  reefer: { lineContext: 'truck|trailer|freight|load|temperature|driv|haul' },
  tanker: { lineContext: 'endorsement|CDL|driv|haul|truck' },
  HAZMAT: { caseSensitive: true },
  hazmat: { lineContext: 'endorsement|CDL|driv|haul|truck|certif|DOT|materials|shipping|training' },
  brokerage: { lineContext: 'freight|logistics|truck|carrier|load|customs' },
  receiving: { lineContext: 'shipping|warehouse|dock|inventory|freight|pallet' },
  'Shipping and receiving|receiving': { lineContext: 'shipping|warehouse|dock|inventory|freight|pallet' },
  math: { lineContext: 'teach|grade|student|class|curriculum|lesson|tutor' },
  maths: { lineContext: 'teach|grade|student|class|curriculum|lesson|tutor' },
  Mathematics: { lineContext: 'teach|grade|student|class|curriculum|lesson|tutor|education' },
  ELL: { caseSensitive: true },
  ESL: { caseSensitive: true },
  ESOL: { caseSensitive: true },
  EAL: { caseSensitive: true },
  QTS: { caseSensitive: true },
  SEL: { caseSensitive: true, context: 'social|emotional|student|classroom|teach|restorative' },
  STEM: {
    caseSensitive: true,
    context: 'teach|student|class|curriculum|education|lesson|club|science|olympiad|robotics',
  },
  LMS: { caseSensitive: true },
  IXL: { caseSensitive: true },
  drafting: { lineContext: 'legal|contract|agreement|consent|pleading|motion|brief|document|law' },
  investigations: { lineContext: 'employee|HR\\b|workplace|relations|complaint|harassment|misconduct' },
  Lexis: { caseSensitive: true },
  Relativity: { caseSensitive: true, context: 'eDiscovery|e-discovery|discovery|review|litigation|legal' },
  notary: { lineContext: 'public|commission|certif|licen' },
  AD: { caseSensitive: true },
  'AD DS': { caseSensitive: true },
  SLA: { caseSensitive: true },
  SLAs: { caseSensitive: true },
  secrets: { lineContext: 'management|vault|KMS|rotation|manager|HashiCorp' },
  KMS: { caseSensitive: true },
  discovery: { lineContext: 'product discovery|discovery (?:work|phase|research|interviews)|continuous discovery' },
  ACH: { caseSensitive: true },
  CAC: { caseSensitive: true },
  LTV: { caseSensitive: true },
  CLV: { caseSensitive: true },
  MMM: { caseSensitive: true },
  ROAS: { caseSensitive: true },
  attribution: { lineContext: 'marketing|channel|AppsFlyer|touch|model|campaign|ads?\\b|tool' },
  incrementality: { lineContext: 'test|marketing|ads?\\b|campaign|lift' },
  // "Design campaigns" or "measurement campaigns" in a lab are not marketing.
  campaigns: { lineContext: 'marketing|email|\\bads?\\b|paid|Google|\\bMeta\\b|social|advertis|launch' },
  demos: { lineContext: 'product|sales|customer|prospect|buyer|run|deliver' },
  alerts: { lineContext: 'monitor|SLO|Prometheus|Datadog|PagerDuty|Grafana|on-call|observability' },
  synthesis: { lineContext: 'research|insight|finding|interview|qualitative|user' },
  survey: { lineContext: 'research|design|user|customer|question|Qualtrics|method' },
  Surveys: { lineContext: 'research|design|user|customer|question|Qualtrics|method|interview|usability' },
  wiring: { lineContext: 'electric|install|conduit|panel|circuit|troubleshoot|low.voltage|diagram' },
  conduit: { lineContext: 'electric|install|wire|wiring|panel|bend|EMT|raceway' },
  refrigeration: { lineContext: 'HVAC|technician|repair|install|service|EPA|commercial|equipment' },
  accrual: { lineContext: 'accounting|journal|close|expense|ledger|reconcil' },
  variances: { lineContext: 'cost|budget|analy|forecast|standard|price|margin|plan' },
  consolidation: { lineContext: 'financ|accounting|entit|statements?\\b|intercompany|close|IFRS|GAAP' },
  consolidations: { lineContext: 'financ|accounting|entit|statements?\\b|intercompany|close|IFRS|GAAP' },
  intercompany: { lineContext: 'accounting|reconcil|eliminat|transactions?\\b|journal|close' },
  VAT: { caseSensitive: true },
  MBA: { caseSensitive: true },
  HGB: { caseSensitive: true },
  DOT: { caseSensitive: true, context: 'CDL|driv|truck|FMCSA|hours|physical|carrier|freight|compliance|regulat' },
  Telemetry: { lineContext: 'cardiac|nurs|patient|\\bRN\\b|vital signs' },
  differentiation: { lineContext: 'instruction|student|learner|classroom|teach' },
  Blackboard: { caseSensitive: true },
  Concur: { caseSensitive: true },
  DEI: { caseSensitive: true },
  Sage: { caseSensitive: true, context: 'accounting|ledger|QuickBooks|Xero|NetSuite|Intacct|payroll|finance' },
  'Pipeline management|pipeline': {
    lineContext: '\\b(?:sales|Salesforce|quota|deals?|CRM|HubSpot|prospect\\w*|forecast\\w*|revenue)\\b',
    notAfter: '\\b(?:data|CI/CD|CI|CD|build|deployment|ETL|ML|training|inference|release)\\s*$',
  },
  // "API" is also a drug's active ingredient ("API manufacturing", "CMC API Pilots").
  API: { caseSensitive: true, lineContext: SOFTWARE_API_WORDS },
  APIs: { caseSensitive: true, lineContext: SOFTWARE_API_WORDS },
  'Student assessment|toetsen': { lineContext: 'leerling|groep|les|Cito|toets' },
  Cito: { caseSensitive: true },
  LOVS: { caseSensitive: true },
  CAPES: { caseSensitive: true },
  BTP: { caseSensitive: true },
  Opera: { caseSensitive: true, context: 'PMS|hotel|property management|front desk|reservations|Micros|guest|Cloud' },
  PMS: { caseSensitive: true, context: 'hotel|Opera|front desk|reservations|guest|Mews|Cloudbeds|property' },
  Loki: { caseSensitive: true, context: 'Grafana|Prometheus|log|Promtail|Tempo|observability|Monitoring' },
  Synapse: { caseSensitive: true, context: 'Azure|data|SQL|Databricks|warehouse|Fabric' },
  DAX: { caseSensitive: true, context: 'Power BI|Power Pivot|measures|Tabular|Excel|SSAS' },
  PEX: { caseSensitive: true },
  HCM: { caseSensitive: true },
  CLM: { caseSensitive: true },
  HRBP: { caseSensitive: true },
  Ironclad: { caseSensitive: true, context: 'contract|CLM|legal|DocuSign|signature' },
  'Prescription verification|dispensing': { lineContext: 'medication|prescription|pharmac|drug' },
  '1099': { lineContext: 'report|filing|vendor|tax|contractor|form' },
  // "Front-desk staff use our app": the users of a product, not the hospitality skill.
  'Front desk operations|front desk': FRONT_DESK_GUARD,
  'Front desk operations|front office': FRONT_DESK_GUARD,
  'Front desk operations|Front desk operations': FRONT_DESK_GUARD,
  // Being on call is a condition of the job (a nurse's on-call provider, a technician on call); it is incident work only beside incidents.
  'Incident management|on-call': {
    lineContext: `${SOFTWARE_OPS_WORDS}|\\b(?:incidents?|engineers?|services|systems|infrastructure|platforms?|software)\\b`,
  },
  // Incident response is the security skill unless the line is about running software in production.
  'Incident management|incident response': { lineContext: SOFTWARE_OPS_WORDS },
  // Added with the care, trades, logistics, office, legal and security skills above.
  PointClickCare: {},
  SBAR: { caseSensitive: true },
  BHV: { caseSensitive: true },
  // "Healthcare benefits" is a perk, not the industry.
  Healthcare: {
    lineContext: 'industry|sector|settings?|environment|domain|organi[sz]ations?|provider',
    notBefore: '^\\s+(?:benefits|insurance|coverage|plans?|spending|FSA|HSA|reimbursement|allowance)\\b',
  },
  // "Committed to safeguarding and promoting the welfare of children" is every school's statement, not a duty.
  'Safeguarding|Safeguarding': {
    notBefore: '^\\s+and\\s+promot',
    lineContext:
      'child|children|adults?\\b|vulnerable|pupils?|students?|young people|residents?|patients?|\\bDBS\\b|polic|training|level|lead|procedures|concerns',
  },
  'Personal care|Personal care': {
    lineContext:
      'residents?|patients?|clients?|assist|bath|dress|toilet|elderly|care home|\\bADLs?\\b|support|service users?',
  },
  ADL: { caseSensitive: true },
  moms: { lineContext: 'redovisning|deklaration|bokföring|skatt|faktur|ekonomi|arbetsgivar|bokslut|moms\\w' },
  btw: { lineContext: 'aangifte|administratie|boekhoud|facturen|fiscal|belasting|grootboek' },
  TCD: { caseSensitive: true },
  'Batch processing|por lotes': { lineContext: 'datos|pipelines?|streaming|Spark|ingesta|ETL|procesos|Airflow' },
  IVA: { caseSensitive: true },
  TVA: { caseSensitive: true },
  MWST: { caseSensitive: true },
  MwSt: { caseSensitive: true },
  rapportering: { lineContext: 'Excel|ekonomi|månad|ledning|chef|KPI|nyckeltal|verktyg|finans|økonomi|ledelse' },
  rapportage: { lineContext: 'Excel|financi|maand|management|KPI|Power BI|dashboards?' },
  rapportages: { lineContext: 'Excel|financi|maand|management|KPI|Power BI|dashboards?' },
  // A case management system in a law firm is software, not the care skill.
  'Case management|Case management': {
    lineContext: 'patients?|clients?|care|social|nurs|clinical|discharge|hospital|health|members?|benefits|caseload',
    notBefore: '^\\s+(?:system|software|tool|platform)s?\\b',
  },
  // "Tableau interactif" is a classroom whiteboard; "tableau de bord" a dashboard.
  'Tableau|Tableau': { notBefore: '^\\s+(?:interactif|blanc|noir|de bord|numérique|croisé|récapitulatif|d\\W)' },
  // A language's name and a school subject share words; in a classroom line it is the subject.
  'Mathematics|*': {
    lineContext:
      'teach|grade|student|class|curriculum|lesson|tutor|education|élève|enseign|alumn|leerling|elev|Schüler|Unterricht|studenti|alunos|cours|leçon',
  },
  ITP: { caseSensitive: true },
  ITPs: { caseSensitive: true },
  WHS: { caseSensitive: true },
  SWMS: { caseSensitive: true },
  GWW: { caseSensitive: true },
  AVS: { caseSensitive: true },
  LAINF: { caseSensitive: true },
  LPP: { caseSensitive: true, context: 'AVS|AHV|assicurazion|assurances? sociales|prévoyance|previdenza|LAINF|IPG' },
  // Retail named as a market ("customers in fashion and retail") is not the skill; retail experience is.
  'Retail|*': {
    lineContext:
      'experience|background|roles?\\b|Erfahrung|erfarenhet|expérience|experiencia|ervaring|esperienza|experiência|erfaring|arbete i|work(?:ed|ing)? in|knowledge',
  },
  exponering: { lineContext: 'butik|varor|koncept|kampanj|säljyta|sortiment' },
  // "Ein unbefristeter Arbeitsvertrag" is an offer; drafting and keeping contracts is the HR skill.
  'Contracts of employment|*': {
    lineContext:
      'prepar|draft|issu|erstell|Erstellung|rédig|rédaction|redact|elabor|opstellen|upprätta|redazione|redigir|manag|administ|Verwaltung|gestion|gestión|gestione|gestão|beheer|from hire|dall.assunzione|certificat',
  },
  ADLs: { caseSensitive: true },
  Toast: {
    caseSensitive: true,
    context:
      'POS|restaurant|point of sale|7shifts|Square|MICROS|Lightspeed|Clover|OpenTable|Resy|kitchen|service|checks|servers|menu|\\bbar\\b',
  },
  Lightspeed: {
    caseSensitive: true,
    context: 'POS|retail|restaurant|point of sale|Shopify|inventory|kassa|caisse|Kasse|store',
  },
  MICROS: { caseSensitive: true },
  Resy: { caseSensitive: true },
  'Reservations|Reservations': {
    lineContext: 'restaurant|hotel|guest|table|booking|OpenTable|Resy|SevenRooms|front desk|reception|PMS|phone',
  },
  Extenda: { caseSensitive: true },
  // "Paving the way" is a figure of speech.
  paving: {
    notBefore: '^\\s+the\\s+way\\b',
    lineContext: 'asphalt|road|concrete|civil|construction|kerb|curb|crew|works|pavement|site',
  },
  pavement: { lineContext: 'asphalt|road|concrete|civil|construction|kerb|curb|crew|works|site|design' },
  // Wound drainage or lymphatic drainage is care work, not civil works.
  'Drainage|Drainage': {
    lineContext:
      'civil|pipe|stormwater|sewer|earthwork|road|construction|install|works|pits?\\b|culvert|excavat|site|subdivision|pavement',
  },
  'Traffic management|traffic control': {
    lineContext:
      'road|site|works|plan|ticket|certif|construction|highway|lane|controller|\\bTMP\\b|signage|stop.slow|card',
  },
  'Traffic management|Traffic management': {
    lineContext:
      'road|site|works|plan|ticket|certif|construction|highway|lane|controller|\\bTMP\\b|signage|stop.slow|card',
  },
  excavation: { lineContext: 'site|civil|earth|trench|dig|machine|excavator|construction|works|plant|operator' },
  excavations: { lineContext: 'site|civil|earth|trench|dig|machine|excavator|construction|works|plant|operator' },
  'White Card': { caseSensitive: true },
  CSCS: { caseSensitive: true },
  VCA: { caseSensitive: true },
  LOTO: { caseSensitive: true },
  consignation: {
    lineContext:
      'électrique|sécurité|habilitation|machine|énergie|maintenance|installations?|équipements?|déconsignation',
  },
  GMAO: { caseSensitive: true },
  UpKeep: { caseSensitive: true },
  Rockwell: { caseSensitive: true, context: 'PLC|automation|Allen|Logix|Studio 5000|controls|Siemens|HMI' },
  TIG: { caseSensitive: true },
  MIG: { caseSensitive: true },
  WIG: { caseSensitive: true },
  GTAW: { caseSensitive: true },
  GMAW: { caseSensitive: true },
  SMAW: { caseSensitive: true },
  'E-Hand': { caseSensitive: true },
  EWM: { caseSensitive: true },
  // ADR is also an architecture decision record in software postings.
  ADR: {
    caseSensitive: true,
    lineContext:
      'Gefahrgut|dangerous|hazard|transport|driv|Fahrer|LKW|truck|certif|Schein|licen|chauffeur|conductor|gods|merci|matières|permis|carné|Führerschein|rijbewijs|körkort',
  },
  Exact: {
    caseSensitive: true,
    context: 'Exact Online|boekhoud|accounting|AFAS|Twinfield|administratie|software|financ|Excel|ERP|pakket',
  },
  AFAS: { caseSensitive: true },
  Abacus: {
    caseSensitive: true,
    context:
      'ERP|accounting|Buchhaltung|Lohn|payroll|software|contabil|Finanz|SAP|Bexio|HR|paghe|salari|Personal|Excel',
  },
  TeamSystem: { caseSensitive: true },
  Silae: { caseSensitive: true },
  Holded: { caseSensitive: true },
  BACS: { caseSensitive: true },
  SEPA: { caseSensitive: true },
  AAT: { caseSensitive: true, context: 'accounting|accountant|qualif|level|study|studying|ACCA|CIMA|bookkeep|finance' },
  'AAT qualified': { caseSensitive: true },
  'ACA qualified': { caseSensitive: true },
  'ACA qualification': { caseSensitive: true },
  CIMA: { caseSensitive: true },
  ICAEW: { caseSensitive: true },
  // "A W-2 position" is the kind of job; processing W-2s is the payroll skill.
  'W-2': {
    caseSensitive: true,
    lineContext: 'process|prepar|year-end|forms?\\b|filing|1099|reconcil|issu|distribut|payroll tax',
  },
  'W-2 processing|W-2s': { caseSensitive: true },
  W2s: { caseSensitive: true },
  FLSA: { caseSensitive: true },
  FPC: { caseSensitive: true, context: 'payroll|\\bCPP\\b|APA|PayrollOrg|certif' },
  CPP: { caseSensitive: true, context: 'payroll|\\bFPC\\b|APA|PayrollOrg|certif' },
  AHV: { caseSensitive: true },
  'AHV/IV/EO': { caseSensitive: true },
  BVG: { caseSensitive: true, context: 'AHV|Pensionskasse|Sozialversicherung|Vorsorge|UVG|KTG|Lohn' },
  // Holding a work permit is a condition of the job; handling others' permits is the HR skill.
  'Work permits|*': {
    lineContext:
      'process|manag|handl|administ|applic|immigration|coordinat|prepar|renew|Verwaltung|Abwicklung|Bearbeitung|Einholen|beantrag|gestion|gestión|tramit|trámite|gestione|pratiche|beheer|aanvra|ansök|handlägg|gestão|pedidos|dossiers?',
  },
  beA: { caseSensitive: true },
  RPVA: { caseSensitive: true },
  PACER: { caseSensitive: true },
  'CM/ECF': { caseSensitive: true },
  LexNET: { caseSensitive: true },
  Acrobat: { caseSensitive: true },
  EDR: { caseSensitive: true },
  XDR: { caseSensitive: true },
  Falcon: { caseSensitive: true, context: 'CrowdStrike|EDR|endpoint|SIEM|Splunk|Sentinel|Defender' },
  MDE: { caseSensitive: true, context: 'Defender|Microsoft|EDR|Sentinel|endpoint|XDR' },
  MDO: { caseSensitive: true, context: 'Defender|Microsoft|EDR|Sentinel|email|XDR' },
  Sentinel: { caseSensitive: true, context: 'Microsoft|Azure|SIEM|KQL|Splunk|SOC|Defender|Log Analytics' },
  Chronicle: { caseSensitive: true, context: 'Google|SIEM|SecOps|SOC|YARA-L|Splunk' },
  SOAR: { caseSensitive: true },
  Tines: { caseSensitive: true },
  CTI: { caseSensitive: true, context: 'threat|intel|MITRE|SOC|IOC|adversar' },
  SPL: { caseSensitive: true, context: 'Splunk|SIEM|KQL|queries|detection' },
  Sigma: { caseSensitive: true, context: 'rules?\\b|detection|SIEM|YARA|Splunk|Sentinel|KQL' },
  YARA: { caseSensitive: true },
  Zeek: { caseSensitive: true },
  Snort: { caseSensitive: true },
  GCIH: { caseSensitive: true },
  GCIA: { caseSensitive: true },
  GCFA: { caseSensitive: true },
  GPEN: { caseSensitive: true },
  ISMS: { caseSensitive: true },
  SMSI: { caseSensitive: true },
  SGSI: { caseSensitive: true },
  KRITIS: { caseSensitive: true },
  BCM: { caseSensitive: true },
  BCP: { caseSensitive: true },
  H3: { caseSensitive: true, context: 'geospatial|hexagon|spatial|PostGIS|GIS|Uber|index|GeoPandas|Shapely' },
  Shapely: { caseSensitive: true },
  Backstage: {
    caseSensitive: true,
    context: 'developer portal|IDP|platform|Spotify|plugins?|catalog|internal developer|golden paths?|TechDocs',
  },
  ADF: { caseSensitive: true, context: 'Azure|Data Factory|pipelines?|Synapse|Databricks|ETL' },
  Entra: { caseSensitive: true },
  SHAP: { caseSensitive: true },
  Tenable: { caseSensitive: true },
  MHE: { caseSensitive: true },
  TPV: { caseSensitive: true },
  EPOS: { caseSensitive: true },
  ePOS: { caseSensitive: true },
  RH: {
    caseSensitive: true,
    lineContext:
      'ressources humaines|recursos humanos|\\bRH\\b (?:team|équipe|equipo|service|departamento)|généraliste|administration|paie|nómina|gestión|gestion',
  },
  SEN: { caseSensitive: true },
  SEND: { caseSensitive: true, context: 'pupils?|students?|children|learners|needs|SENCO|EHCP|school|classroom|teach' },
  SENCO: { caseSensitive: true },
  EPD: { caseSensitive: true, context: 'patiënt|zorg|cliënt|verpleeg|dossier|rapport|HiX|Nedap|ONS' },
  HCE: { caseSensitive: true },
  EPJ: { caseSensitive: true },
  kassa: { lineContext: 'winkel|klant|butik|betal|afrekenen|kund|försälj|kassasysteem|kassawerk|pinnen' },
  Kasse: { caseSensitive: true, lineContext: 'Kunden|Verkauf|Laden|Filiale|Markt|Kassieren|bedienen|Ware' },
  marking: { lineContext: 'pupils?|students?|homework|books|assessment|feedback|exam|coursework|assignments?' },
  grading: { lineContext: 'pupils?|students?|homework|papers|assessment|feedback|exam|coursework|assignments?|rubric' },
  'month-end': { lineContext: 'clos|reconcil|journal|accrual|report|ledger|accounts|balance' },
  'month end': { lineContext: 'clos|reconcil|journal|accrual|report|ledger|accounts|balance' },
  bokslut: { lineContext: 'redovisning|ekonomi|bokföring|månad|års|konto|avstämning' },
  // Grafana dashboards for on-call work are observability, not BI dashboarding.
  'Dashboarding|dashboards': { lineContext: DASHBOARD_WORDS },
  'Dashboarding|dashboard': { lineContext: DASHBOARD_WORDS },
  // "Personas" is also Spanish and Portuguese for "people".
  Personas: {
    lineContext: 'user|\\bUX\\b|research|design|journey|customer|persona development|segment|buyer',
    notAfter: '\\b(?:\\d+|cinco|cuatro|tres|dos|seis|siete|ocho|nueve|diez|las|de|con|para|a|muchas|varias|otras)\\s*$',
  },
  // "Recruit, hire and train the crew": the bare verb counts beside other hiring words.
  'Recruiting|recruit': { lineContext: '\\b(?:hire|hiring|train|training|interview|onboard|retain|develop)\\b' },
  // A "Recruitment agency" sending CVs is not the skill.
  'Recruiting|recruitment': { notBefore: '^\\s+(?:agenc|firms?|consultan|partners?\\s+please)' },
  // Added with the care, machining, security and marketing skills above: short names that are also other things.
  'Moving and handling|hoists': {
    lineContext: 'patients?|clients?|residents?|service users?|people|care|stand aids?|slings?|transfers?',
  },
  CAM: {
    caseSensitive: true,
    context: 'CNC|CAD|machin|mill|lath|programm|Fräs|Dreh|usinage|G-code|Mastercam|hyperMILL|toolpath',
  },
  FAO: { caseSensitive: true, context: 'CAO|CFAO|programm|usinage|CNC|fraisage|tournage' },
  CMM: {
    caseSensitive: true,
    context: 'measur|inspection|quality|CNC|metrology|Zeiss|programm|machin|gauge|calipers|micrometers',
  },
  PTCB: { caseSensitive: true },
  // "Teach patients home care and fluoride use" is oral hygiene, not care at home.
  'Home health|home care': {
    notBefore: '^\\s+(?:and\\s+fluoride|instructions?|routines?|products?|regimens?|techniques)',
    notAfter: '\\b(?:teach|teaching|educate|educating|oral|dental)\\b[\\w\\s]{0,12}$',
  },
  CRO: {
    caseSensitive: true,
    context: 'conversion|landing|A/B|funnel|e-?commerce|growth|website|UX|experiment|SEO|analytics',
  },
  'Conversion rate optimization|conversion rates': {
    lineContext:
      'landing|A/B|tests?\\b|funnel|checkout|e-?commerce|marketing|website|campaigns?|optimi[sz]|lift|improv',
  },
  SIA: { caseSensitive: true, context: 'licen|badge|security|door|guard|CCTV|steward|officer|supervisor' },
  DBS: {
    caseSensitive: true,
    context: 'check|enhanced|clearance|disclosure|safeguard|children|vulnerable|care|school|required|satisfactory',
  },
  PVG: { caseSensitive: true },
  NVQ: { caseSensitive: true },
  NVQs: { caseSensitive: true },
  QCF: { caseSensitive: true },
  SVQ: { caseSensitive: true },
  RQF: { caseSensitive: true },
  // Site-safety cards, trade certificates and licences added above.
  IOSH: { caseSensitive: true },
  IPAF: { caseSensitive: true },
  CAPM: { caseSensitive: true },
  HCPC: { caseSensitive: true },
  MHFA: { caseSensitive: true },
  RCG: { caseSensitive: true },
  'Personal Licence': { caseSensitive: true },
  RSA: {
    caseSensitive: true,
    context: 'alcohol|\\bbar\\b|bartend|RCG|gaming|hospitality|venue|\\bpub\\b|liquor|beverage|licen[cs]e|certificate',
  },
  '2391': { lineContext: 'inspect|test|City|Guilds|C&G|qualif|electric' },
  '17th Edition': { lineContext: 'wiring|regulations|BS ?7671|electric|IET|City|Guilds|qualif' },
  '18th Edition': { lineContext: 'wiring|regulations|BS ?7671|electric|IET|City|Guilds|qualif' },
  // "Early years" is also "the early years of the company".
  'Early childhood education|early years': {
    lineContext: 'child|practitioner|EYFS|nursery|education|teach|setting|level|qualif|foundation|pupils',
  },
  // Character rigging is animation; scaffolding is also a teaching and coding word.
  'Rigging|*': { lineContext: '^(?!.*\\b(?:animation|animator|animated|Maya|Blender|characters?)\\b)' },
  'Scaffolding|Scaffolding': {
    lineContext:
      'erect|towers?|construction|site|CISRS|PASMA|height|dismantl|scaffolders?|tube|fitting|Gerüst|échafaud|andami|steiger|ställning|ponteggi',
  },
  // "Log hours on the ELD" is a driver's hours of service; "log hours in Harvest" is a timesheet.
  'Hours of service|log hours': { lineContext: 'ELD|logbook|driv|DOT|truck|CDL|tachograph' },
  'Hours of service|logging hours': { lineContext: 'ELD|logbook|driv|DOT|truck|CDL|tachograph' },
  'Hours of service|driving hours': { lineContext: 'ELD|logbook|driv|DOT|truck|CDL|tachograph|rest|regulat|rules' },
};
