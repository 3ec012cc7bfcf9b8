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
    `Critical care|intensive care|ICU nursing|critical care nursing|Intensivpflege|Intensivstation|Intensivmedizin|soins intensifs|réanimation|cuidados intensivos|intensivvård
Emergency nursing|emergency department nursing|ER nursing
Medical-surgical nursing|med-surg|med surg
Mechanical ventilation|ventilated patients|ventilator management|ventilators|Beatmung|beatmete|beatmeten|ventilation mécanique|ventilación mecánica|beademing
Arterial blood gases|ABG|ABGs
Central lines|central line care|PICC lines|arterial lines|ZVK|zentraler Venenkatheter|zentralen Venenkatheter|arterielle Zugänge|arteriellen Zugängen|arterieller Zugang|voie centrale|voies centrales|catéter venoso central
IV therapy|IV insertion|intravenous therapy|IV starts
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
Compounding|sterile compounding
PharmD|Doctor of Pharmacy
Pharmacist license|pharmacist licence|licensed pharmacist
Pharmacy technician|pharmacy technicians|CPhT
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
Geriatrics|geriatric care
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
    `Electrical wiring|wiring|electrical installation|electrical installations
Conduit bending|conduit
Blueprint reading|blueprints|read blueprints|reading blueprints|construction drawings
Troubleshooting|troubleshoot|troubleshooting skills|fault finding|Fehlersuche|dépannage|diagnose and repair|diagnose and fix|diagnosing and repairing
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
Preventive maintenance|preventative maintenance|planned maintenance|seasonal maintenance
ServiceTitan
Hand tools|power tools
Drywall
Pipefitting|pipe fitting|pipefitter
Sheet metal
Millwright
Instrumentation technician|instrument technician
Industrial maintenance
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
Site supervision|site management|jobsite supervision
LEED|LEED AP|LEED Green Associate
ICRA|infection control risk assessment
AIA contracts|AIA
Quantity surveying
Construction industry|construction industry|construction sector|sector de la construcción|Baubranche|secteur du BTP|BTP|bouwsector|byggbranschen`,
  ],
  [
    'transport-logistics',
    `Truck driving|tractor-trailer|tractor trailer|OTR driving|over-the-road|regional driving|truck driver
Refrigerated transport|reefer|refrigerated freight|refrigerated loads|cold chain
Vehicle inspection|pre-trip inspections|pre-trip inspection|post-trip inspections|DVIR
Electronic logging devices|ELD|ELDs|electronic logs
Hours of service|HOS|hours-of-service
DOT regulations|DOT compliance|FMCSA|DOT rules|DOT physical|DOT
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
Route optimization
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
Cycle counting|cycle counts|inventaires tournants|inventaire tournant|Permanente Inventur|conteo cíclico|recuento cíclico
RF scanners|RF scanner|RF scanning
Shipping and receiving|receiving
Material handling|materials handling`,
  ],
  [
    'education',
    `Mathematics|math|maths
Common Core|Common Core standards
Differentiated instruction|differentiate instruction|differentiation|omgaan met verschillen|verschillen tussen leerlingen|differentiëren|differentiatie|Binnendifferenzierung|différenciation pédagogique|enseñanza diferenciada
English language learners|English learners|ELL|ESL|ESOL|EAL
Formative assessment|formative assessments
Summative assessment|summative assessments
Teaching license|teaching licence|teaching certificate|teaching credential|teacher certification|QTS|pabo|Lehramt|Lehrbefähigung|lärarlegitimation|bevoegdheid|CAPES|teaching degree
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
Student assessment|assessment design|toetsen|leerlingvolgsysteem|Leistungsbeurteilung|évaluation des élèves|evaluación del alumnado
Parent communication|parent-teacher conferences|keep parents informed|communicate with parents|communication with parents|Elternarbeit|Elterngespräche|oudergesprekken|oudercontact|relations avec les parents
Learning management systems|LMS
Science education|science teaching|science teacher|science curriculum
Cito LOVS|Cito|LOVS|Cito-toetsen
Snappet
Gynzy`,
  ],
  [
    'legal',
    `Legal drafting|drafting|draft agreements|draft contracts
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
Performance reviews|performance review
Succession planning
DEI|diversity, equity and inclusion
Employee engagement
HR business partnering|HR business partner|HRBP|people partner|people partnering|HR-Business-Partner`,
  ],
  [
    'it-support',
    `IT support|soporte técnico|support informatique|IT-Support|desktop support
Technical support|tech support|technical support engineer
Help desk|helpdesk|service desk
Active Directory|AD DS|Azure AD|Entra ID
Windows|Windows 10|Windows 11|Windows 7
macOS|Mac OS
Microsoft Intune|Intune
Jamf|Jamf Pro
VPN|VPNs
Wi-Fi|WiFi|wireless networks|WLAN
Ticketing systems|ticketing system|ticketing tools
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
Dashboarding|dashboard design|dashboard development
Looker Studio|Google Data Studio|Data Studio`,
  ],
  [
    'design',
    `ProtoPie
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
    `Paid acquisition|paid media|paid social|paid search
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
    `Accruals|accrual|accrual accounting
Prepaid expenses|prepaid schedules|prepaids
Balance sheet|balance sheets
Fixed assets|fixed asset|fixed asset accounting|Anlagenbuchhaltung|immobilisations
Sales tax|sales and use tax|VAT|Umsatzsteuer|Umsatzsteuervoranmeldung|VAT returns
Inventory costing|inventory accounting|standard costing|standard cost
Variance analysis|variance analyses|variances
CMA|Certified Management Accountant
SAP Business One
Sage Intacct|Sage
Dunning|Mahnwesen|relances clients
DATEV
HGB
Bilanzbuchhalter|Bilanzbuchhaltung
Adaptive Insights|Workday Adaptive Planning|Adaptive Planning
Anaplan
Hyperion|Oracle Hyperion
Board reporting|board reports|board decks
Gross margin|gross margins|margin analysis
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
Time-series databases|time-series database|time series databases|TSDB
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
];

const SOFTWARE_API_WORDS =
  '\\b(?:REST|GraphQL|design|develop|d[ée]velopp|integrat|int[ée]gr|endpoints?|HTTP|JSON|build|consum|calls?|Postman|webhooks?|SDKs?|docs|documentation|backend|services?|platforms?|our API|public|LLM|responses?|Diseñar|desarroll)';

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
  campaigns: { lineContext: 'marketing|email|ads?\\b|paid|Google|Meta|social|advertis|launch' },
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
};
