/**
 * More of the skills taxonomy, by profession: what a job seeker in each field lists on a résumé
 * (tools, certifications, licences, methods). Same format as `SKILL_TABLE` in `skills.ts`; a
 * canonical name lives in one of the two tables only (a test checks). Ambiguous names carry a
 * guard in `PROFESSION_GUARDS`.
 */
import { IT_ACCESS, type SkillGuard } from './skills';

export const PROFESSION_SKILLS: ReadonlyArray<readonly [string, string]> = [
  [
    'healthcare',
    `NMC registration|NMC PIN|NMC registered|NMC-registered|Nursing and Midwifery Council|registered with the NMC
HCPC registration|HCPC|HCPC registered|HCPC-registered|Health and Care Professions Council
Intensive care|Critical care|ICU nursing|critical care nursing|Intensivpflege|Intensivstation|Intensivmedizin|soins intensifs|réanimation|cuidados intensivos|intensivvård
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
Certified Nursing Assistant|CNA|CNA certification|CNA certificate|CNA license|nursing assistant certification
Medical assistant|CMA (AAMA)|certified medical assistant
Renal replacement therapy|CRRT|continuous renal replacement therapy|Nierenersatzverfahren|Nierenersatztherapie|Dialyseverfahren|épuration extrarénale|terapia de reemplazo renal|terapia renal sustitutiva|nierfunctievervangende therapie
ECMO
NIHSS
TNCC
NRP|neonatal resuscitation
Immunizations|immunization|vaccinations|vaccines
Prescription verification|verify prescriptions|verifying prescriptions|prescription processing|process prescriptions|processing prescriptions|fill prescriptions|filling prescriptions|prescription entry|enter prescriptions|prescription filling|dispensing|dispense medications
Drug interactions|drug interaction
Patient counseling|counsel patients|counseling patients
Controlled substances|controlled substance
Compounding|non-sterile compounding|non-sterile compounds|nonsterile compounding|USP 795|USP 800
PharmD|Doctor of Pharmacy
Pharmacist license|pharmacist licence|licensed pharmacist|GPhC|GPhC registration|GPhC registered|GPhC-registered
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
Sterile technique
Specimen collection
EKG|ECG|electrocardiogram|electrocardiograms
Behavioral health
Substance use disorder treatment|addiction treatment
Crisis intervention
Hospice care
Pediatrics|pediatric nursing
Elderly care|Geriatrics|geriatric care|aged care|eldercare|Altenpflege|Altenpfleger|Altenpflegerin|gériatrie|soins aux personnes âgées|geriatría|cuidado de personas mayores|atención a personas mayores|ouderenzorg|äldreomsorg|äldrevård|geriatria|ældrepleje|Seniorenbetreuung|Seniorenpflege|Altenhilfe|care of older people|care for older people|care of the elderly|äldreboende|äldreboenden|äldreomsorgen|omsorg om äldre|omsorg till äldre|eldreomsorg|eldreomsorgen|ældreomsorg|ældreplejen|vanhustyö|vanhustenhoito|opieka nad osobami starszymi|opieka nad seniorami|Seniorenheim|maison de retraite|EHPAD|residencia de mayores|residencias de mayores|verpleeghuis|verpleeghuizen|casa di riposo|lar de idosos|plejehjem|sykehjem|hoivakoti|dom opieki|opieka nad pacjentami starszymi|opiekunka osób starszych|opiekun osób starszych|assistenza anziani
Oncology
Labor and delivery
Perioperative nursing|operating room nursing
Surgical technology|surgical technologist
Care documentation|Nursing documentation|Pflegedokumentation|nursing documentation|transmissions ciblées|registros de enfermería|verpleegkundige verslaglegging|Dokumentation der Pflege|Pflegeberichte|Pflegeplanung und Pflegedokumentation|omvårdnadsdokumentation|sygeplejefaglig dokumentation|dossier de soins|dossier de soin|documentazione infermieristica|documentazione assistenziale|registos de enfermagem|dokumentacja medyczna|zorgdossier|care records|care notes|care documentation|dokumentation i journal|journalföring|hoitotyön kirjaaminen|Pflegedokumentation im|documentar los cuidados|registro de los cuidados|social dokumentation|dokumentation i verksamhetssystemet|dokumentation i journalsystemet|dokumentera i journalen|omsorgsjournal|omsorgsjournalen|dokumentation i omsorgsjournalen|sundhedsfaglig dokumentation
Insurance claims|third-party claims|third-party billing|third-party rejections
Prior authorizations|prior authorization|prior authorisations|prior auth|prior auths`,
  ],
  [
    'trades',
    `hyperMILL
Electrical panels|electrical panel|panelboards|switchgear|distribution boards|consumer units|panel upgrades|Verteilerschränke|Unterverteilungen|tableaux électriques|cuadros eléctricos|verdeelkasten|elcentraler|quadros elétricos|rozdzielnice
Precision measurement|Measuring instruments|measuring tools|measuring equipment|precision measuring|precision measuring tools|Messmittel|Messmitteln|Messwerkzeuge|Prüfmittel|Prüfmitteln|instruments de mesure|instrumentos de medición|instrumentos de medida|meetinstrumenten|meetgereedschap|mätinstrument|mätverktyg|strumenti di misura|instrumentos de medição|przyrządy pomiarowe|control dimensional|contrôle dimensionnel|Maßkontrolle|maatcontrole|måttkontroll|controllo dimensionale|controlo dimensional|kontrola wymiarowa|precision measuring instruments|dimensional inspection|dimensional checks|strumenti di misura di precisione|outils de contrôle|instruments de contrôle|appareils de mesure|outils de mesure
Coordinate measuring machines|CMM|coordinate measuring machine|Koordinatenmessgerät|Koordinatenmessgeräte|Koordinatenmesstechnik|3D-Messmaschine|machine à mesurer tridimensionnelle|máquina de medición por coordenadas|máquina de medir por coordenadas|3D-meetmachine|macchina di misura a coordinate|CMM programming
Mastercam
CAM programming|CAM-Programmierung|CAM software|CAM|programmation FAO|FAO|programación CAM|CAM-programmering|programmazione CAM
Fanuc|FANUC
Siemens Sinumerik|Sinumerik
Heidenhain|Heidenhain TNC|TNC 640|TNC 530
Conduit bending|conduit
Troubleshooting|troubleshoot|troubleshooting skills|diagnose and repair|diagnose and fix|diagnosing and repairing|resolución de incidencias|résolution d'incidents|résolution des incidents|Fault finding|fault finding|Fehlersuche|dépannage|Störungsbehebung|Störungssuche|Fehlerdiagnose|Fehleranalyse|diagnostic de pannes|diagnostic des pannes|recherche de pannes|resolución de averías|diagnóstico de averías|localización de averías|storingen verhelpen|storingsanalyse|storingzoeken|felsökning|felsöka|risoluzione dei guasti|ricerca guasti|diagnosi guasti|diagnóstico de avarias|fejlfinding|fejlsøgning|diagnostyka usterek|fault-finding|find faults|finding faults|diagnose faults|diagnosing faults|diagnose electrical faults|Fehlersuche und Störungsbeseitigung|Störungsbeseitigung|Störungen beheben|Fehler beheben|recherche de panne|dépannages|diagnostic des défauts|detección de averías|reparación de averías|storingsdiagnose|storingsonderzoek|fejlretning|feilsøking|feilsøke|vianetsintä|vianmääritys|vikojen korjaus|usuwanie awarii|usuwanie usterek|lokalizacja usterek|ricerca dei guasti|diagnosi dei guasti|localização de avarias|fault find|fault-find
Motor controls|motor control circuits
Fire alarm systems|fire alarm|fire alarms
Fire codes|fire codes|fire code|NFPA 72|NFPA 101|NFPA 13|NFPA 25|Life Safety Code|NFPA codes|NFPA standards
Low-voltage systems|low voltage wiring
National Electrical Code|NEC|NFPA 70|NFPA-70
Electrician license|journeyman electrician license|master electrician license|journeyman license|Elektrofachkraft|electrical license|electrical licence|electrician licence|electrical contractor license|A-Grade electrical licence|A-grade licence
Variable frequency drives|VFD|VFDs|variable speed drives
Heat pumps|heat pump|Wärmepumpe|Wärmepumpen|Luft-Wasser-Wärmepumpen|pompe à chaleur|pompes à chaleur|bomba de calor|bombas de calor|aerotermia|warmtepomp|warmtepompen|värmepump|värmepumpar|pompa di calore|pompe di calore|bomba de calor|varmepumpe|varmepumper|lämpöpumppu|lämpöpumput|ilmalämpöpumppu|pompa ciepła|pompy ciepła|air source heat pumps|ground source heat pumps
Solar PV installation|solar PV|solar PV installation|solar panel installation|install solar panels|installing solar panels|PV installation|PV-Anlagen|Photovoltaikanlagen|Photovoltaik|installation photovoltaïque|installations photovoltaïques|panneaux photovoltaïques|instalaciones fotovoltaicas|instalación fotovoltaica|placas solares|zonnepanelen|zonnepanelen installeren|solcellsanläggningar|solceller|solcelleanlæg|impianti fotovoltaici|fotowoltaika|instalacje fotowoltaiczne|painéis solares|energia fotovoltaica
EV charger installation|EV chargers|EV charging points|EV charge points|electric vehicle chargers|Ladestationen|Wallboxen|Wallbox|Ladeinfrastruktur|bornes de recharge|IRVE|puntos de recarga|laadpalen|laadpunten|laddboxar|laddstolpar|ladestandere|colonnine di ricarica|stacje ładowania|carregadores elétricos
VCA certificate|VCA|VCA-basis|VCA basis|VCA-VOL|VCA VOL|VCA-certificaat|VCA certificaat
NEN 1010|NEN1010
NEN 3140|NEN3140
Butchery|butchery|butchering|meat cutting|Fleischzerlegung|Zerlegung von Fleisch|découpe de viande|despiece de carne|uitbenen|styckning|sezionatura della carne
Snagging|snag lists|snagging lists|snag list
Early Years Learning Framework|EYLF
Furnaces|furnace|gas furnaces
Air conditioning|AC systems|split AC|air conditioners|refrigeration|urządzeń klimatyzacyjnych|instalacji klimatyzacyjnych|klimatyzacyjnych
Boilers|boiler
Refrigerant handling|refrigerant charging|refrigerant recovery|refrigerants
EPA 608|EPA Section 608|EPA 608 Universal
NATE|NATE certification
Multimeter|multimeters
Preventive maintenance|preventative maintenance|planned maintenance|seasonal maintenance|PM schedules|vorbeugende Instandhaltung|präventive Wartung|Wartungsarbeiten|maintenance préventive|entretien préventif|mantenimiento preventivo|preventief onderhoud|gepland onderhoud|förebyggande underhåll|manutenzione preventiva|manutenção preventiva|forebyggende vedligehold|preventivo|preventiva|préventive|preventief|vorbeugenden Instandhaltung|vorbeugende Wartung|präventiven Wartung
ServiceTitan
Hand tools|power tools|outillage manuel|outillages manuels|outils manuels|Handwerkzeug|Handwerkzeuge|herramientas manuales|handgereedschap
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
Gas piping|gas lines|gas line|gas fitting
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
Subcontractor management|subcontractors|subcontractor meetings|Nachunternehmer|Nachunternehmern|Subunternehmer|Subunternehmern|sous-traitants|gestion des sous-traitants|subcontratas|subcontratistas|onderaannemers|subappaltatori|podwykonawcy|podwykonawcami|subempreiteiros|underentreprenörer|underleverandører
RFIs|RFI|requests for information
Submittals|submittal
Procore
Cost control|cost controls|Kostenkontrolle|Kostensteuerung|Kostenüberwachung|Kostencontrolling|contrôle des coûts|maîtrise des coûts|control de costes|control de costos|kostenbeheersing|controllo dei costi|kontrola kosztów|controlo de custos|kostnadskontroll|omkostningsstyring
Construction estimating|cost estimating|takeoffs|quantity takeoffs
Bluebeam
Site management|Site supervision|jobsite supervision|site supervisor|site foreman|foreman|supervise site|supervising site works|supervise crews|supervising crews|Bauleitung|Bauleiter|Bauüberwachung|Baustellenleitung|Polier|conduite de travaux|conducteur de travaux|chef de chantier|encargado de obra|jefe de obra|dirección de obra|uitvoerder|werkvoorbereider|platschef|arbetsledare|arbetsledning|direzione lavori|direttore di cantiere|capocantiere|encarregado de obra|direção de obra|byggeleder
LEED|LEED AP|LEED Green Associate
ICRA|infection control risk assessment
AIA contracts|AIA
Quantity surveying|Aufmaß|Aufmaße|Mengenermittlung|métré|métrés|mediciones|hoeveelheidsbepaling|computo metrico|przedmiar|przedmiary|medições|mängdberäkning
Construction industry|construction industry|construction sector|sector de la construcción|Baubranche|secteur du BTP|BTP|bouwsector|byggbranschen`,
  ],
  [
    'transport-logistics',
    `Transport planning|transportplanning|transport planner|Transportplanung|planification des transports|planificación del transporte|transportplanering|pianificazione dei trasporti|planowanie transportu|ritplanning|ritten plannen|planner in het wegtransport|Transportdisposition|planowanie tras|planowanie przewozów|planowanie i optymalizacja tras|Tourenplanung|planification des tournées|planificación de rutas|ruttplanering|pianificazione dei viaggi|ruteplanlægning|ruteplanlegging|reittisuunnittelu|kuljetussuunnittelu
Tachograph|tachographs|tachografu|tachografem|tachografów|tachografy|Fahrtenschreibers|digital tachograph|tachograaf|tachograafgegevens|Fahrtenschreiber|tachygraphe|tacógrafo|färdskrivare|tachigrafo|tachograf
Truck driving|OTR driving|over-the-road|regional driving|truck driver|lorry driving|HGV driving|heavy goods vehicles|LKW fahren|Lkw-Fahrer|Berufskraftfahrer|Berufskraftfahrerin|Kraftfahrer|conducteur poids lourd|chauffeur poids lourd|chauffeur PL|conducteur routier|conductor de camión|camionero|chauffeur vrachtwagen|vrachtwagenchauffeur|lastbilschaufför|lastbilsförare|autista di camion|autista patente C|camionista|motorista de caminhão|lastbilchauffør|lastebilsjåfør|yhdistelmäajoneuvonkuljettaja|kuorma-autonkuljettaja|kierowca zawodowy|kierowca C+E|kierowca ciężarówki|transport towarów
Refrigerated transport|reefer|refrigerated freight|refrigerated loads|cold chain|koeltransport|koeltransporten|vriestransport|vriestransporten|Kühltransport|Kühltransporte|transport frigorifique|transporte refrigerado|kyltransport|kyltransporter|trasporto refrigerato|transporte frigorífico|przewozy chłodnicze|przewozach chłodniczych|przewozów chłodniczych|transport chłodniczy|transportu chłodniczego|kylmäkuljetukset|kjøletransport|køletransport|trasporti refrigerati
Vehicle inspection|DVIR
Electronic logging devices|ELD|ELDs|electronic logs
Hours of service|HOS|hours-of-service|drivers' hours|drivers hours|rij- en rusttijden|rij- en rusttijdenwet|Lenk- und Ruhezeiten|temps de conduite et de repos|tiempos de conducción y descanso|kör- och vilotider|tempi di guida e di riposo|tempos de condução e repouso|log hours|logging hours|log your hours|driving hours|Lenkzeiten
DOT regulations|DOT compliance|FMCSA|DOT rules|DOT|DOT drug screen|DOT drug test
Hazmat endorsement|hazmat|HAZMAT|hazardous materials
Tanker endorsement|tanker
Bills of lading|bill of lading|BOL|BOLs
Freight brokerage|freight broker|brokerage
3PL|third-party logistics
LTL|less-than-truckload
FTL|full truckload|truckload
McLeod|McLeod Software
DAT load board|DAT|load boards|load board
Shipment tracking|track shipments|tracking shipments|monitorowanie realizacji zleceń|monitorowanie przesyłek|śledzenie przesyłek|Sendungsverfolgung|suivi des expéditions|suivi des livraisons|seguimiento de envíos|track and trace|zendingen volgen|spårning av försändelser|tracciamento spedizioni|rastreamento de cargas|lähetysten seuranta|parcel tracking|package tracking|track parcels|tracking parcels|suivi des colis|tracciamento delle spedizioni|rastreamento de encomendas
EDI|electronic data interchange
Freight forwarding|freight forwarder|spedycja|spedycji|spedycyjne|spedycyjny|spedytor|spedytorzy|Spedition|Speditionskaufmann|Speditionskauffrau|transitaire|transitario|expeditie|speditör|spedizioniere|transitário|speditør|huolinta|huolintaliike
Customs clearance|Customs brokerage|clear customs|clearing customs|Zollabwicklung|Zollabfertigung|Verzollung|Zollformalitäten|dédouanement|formalités douanières|despacho aduanero|despacho de aduanas|trámites aduaneros|gestión aduanera|douaneafhandeling|inklaring|tullklarering|förtullning|tullhantering|toldbehandling|toldklarering|fortolling|sdoganamento|pratiche doganali|desembaraço aduaneiro|odprawa celna
Shipping documentation|import documentation|export documentation|customs documentation|shipping documents|Zolldokumente|Ausfuhrdokumente|Exportdokumente|Ausfuhrpapiere|Zollpapiere|documents douaniers|documentation douanière|documentos aduaneros|documentación aduanera|documentación de exportación|douanedocumenten|exportdocumenten|tulldokument|exportdokument|tolddokumenter|documenti doganali|documentação aduaneira
Route optimization|ruteoptimering|ruttoptimering|Routenoptimierung|Tourenoptimierung|optimisation des tournées|optimisation des itinéraires|optimización de rutas|routeoptimalisatie|ottimizzazione dei percorsi|otimização de rotas|optymalizacja tras|route optimisation|optimize routes|optimise routes|optimizing routes
Carrier management|carrier relations|carrier sourcing
Supply planning|supply planner|supply plan
Purchase orders|purchase order|PO management|ordini di acquisto|ordine di acquisto|zamówienia zakupu
Safety stock|reorder points|reorder point
Supplier management|supplier relationship management|supplier performance|Vendor management|vendor relationships|vendor relations|supplier relationships|supplier relations|manage vendors|managing vendors|Lieferantenmanagement|gestion des fournisseurs|gestión de proveedores|leveranciersmanagement|gestione dei fornitori|zarządzanie dostawcami|gestão de fornecedores|leverantörshantering|rapporti con i fornitori|supervisione dei fornitori|relazioni con i fornitori
Expediting
Kinaxis
Blue Yonder|JDA|JDA WMS
Oracle SCM
APICS CPIM|CPIM
APICS CSCP|CSCP
Cycle counting|cycle counts|inventaires tournants|inventaire tournant|Permanente Inventur|conteo cíclico|recuento cíclico|cycle count|cyclical counts|cyclische telling|cyclische tellingen|cykelinventering|rullande inventering|inventario ciclico|inventari ciclici|contagem cíclica|contagens cíclicas|rullende optælling
Handheld scanners|handheld scanner|hand scanner|hand scanners|barcode scanner|barcode scanners|barcode scanning|Handscanner|MDE-Gerät|MDE-Geräte|mobile Datenerfassung|scanner RF|scanners RF|terminal RF|terminaux RF|pistolet scanner|escáner RF|escáneres RF|pistola de radiofrecuencia|terminal de radiofrecuencia|handscanners|streckkodsläsare|handdator|handdatorer|lettore di codici a barre|coletor de dados|coletores de dados|lettore barcode|lettori barcode|terminale radiofrequenza|czytnik kodów kreskowych|skaner kodów|leitor de código de barras|pistola RF|lector de códigos de barras|håndscanner|håndscannere|håndterminal|håndterminaler|käsipääte|käsipäätteellä|skaner ręczny|skanerem|terminal portátil|scanner portatile|handterminal|handterminaler|håndskanner|handheld terminals|scan guns|scanning guns|RF scanners|RF scanner|RF scanning|RF gun|RF guns|RF terminal|RF terminals|radio frequency scanner|terminale in radiofrequenza|terminali in radiofrequenza|terminale RF|terminali RF
Shipping and receiving|Warenausgang|réception et expédition|recepción y expedición|ontvangst en verzending|ricevimento e spedizione
Material handling|materials handling|material handling equipment|MHE|Materialfluss|Warenbewegung|manutention|manutentionnaire|manejo de materiales|manipulación de mercancías|materiaalbehandeling|goederenbehandeling|materialhantering|godshantering|movimentazione merci|movimentação de materiais|movimentação de cargas|Elektro-Hubwagen|Handhubwagen|Gabelhubwagen|pompwagen|pallyft|handtruck|transpallet elettrico|paleciak|paleciaki|Elektrohubwagen`,
  ],
  [
    'education',
    `TEFL|TESOL|CELTA|DELTA certificate|TEFL certificate|TESOL certificate
Mathematics|math|maths|mathématiques|Mathematik|matemáticas|wiskunde|matematik|matematica|matemática
Physics|physics|Physik|physique|física|natuurkunde|fysik|fysikk|fisica|fizyka|fysiikka
Common Core|Common Core standards
Differentiated instruction|differentiate instruction|differentiation|omgaan met verschillen|verschillen tussen leerlingen|differentiëren|differentiatie|Binnendifferenzierung|différenciation pédagogique|enseñanza diferenciada|differentiated teaching|differentiated learning|differentiated lessons|differentiate lessons|differentiate learning|differentiating instruction|adapt lessons|adapting lessons|personalised learning|personalized learning|individualised learning|individualized instruction|differenzierter Unterricht|innere Differenzierung|individuelle Förderung|pédagogie différenciée|atención a la diversidad|enseñanza personalizada|instrucción diferenciada|gedifferentieerd lesgeven|differentiatie in de klas|anpassad undervisning|individanpassad undervisning|differentierad undervisning|didattica differenziata|didattica personalizzata|didattica inclusiva|ensino diferenciado|diferenciação pedagógica|undervisningsdifferentiering|adapt your teaching|adapt their teaching|adapt teaching|adapting teaching|adapting your teaching|Unterricht differenzieren|adapter son enseignement|adaptar la enseñanza|lesgeven afstemmen|anpassa undervisningen|adattare la didattica|adaptar o ensino|tilpasse undervisningen|adapter l'enseignement|adapter son enseignement|adapter ses cours|enseñanza adaptada|adaptar la enseñanza|undervisning anpassad
English language learners|English learners|ELL|ESL|ESOL|EAL
Formative assessment|formative assessments
Summative assessment|summative assessments
Teacher certification|Teaching license|teaching licence|teaching certificate|teaching credential|pabo|Lehramt|Lehrbefähigung|lärarlegitimation|bevoegdheid|CAPES|teaching degree|PGCE|PGDE|Postgraduate Certificate in Education|lektorkompetanse|undervisningskompetanse|lærerutdanning|lärarexamen|opettajan pätevyys|opettajan kelpoisuus|uprawnienia pedagogiczne|przygotowanie pedagogiczne|abilitazione all'insegnamento|habilitação para a docência|Lehramtsstudium|zweites Staatsexamen|2. Staatsexamen|CRPE|máster de profesorado|máster en profesorado|lesbevoegdheid|tweedegraads bevoegdheid|eerstegraads bevoegdheid|lærereksamen|læreruddannelse|lärarlegitimation med behörighet|praktisk-pedagogisk utdanning|PPU|lektorutdanning|pedagogisk utdanning|praktisk pædagogikum|pædagoguddannelse|pedagogiska studier
Google Classroom
Pronote
École Directe|EcoleDirecte
Canvas LMS|Canvas
Schoology
Blackboard
Moodle
IXL
Desmos
Restorative practices|restorative justice
Social-emotional learning|SEL
Behaviour management|Behavior management|classroom behaviour|managing behaviour|behaviour policy|positive behaviour|expectations of behaviour|high expectations of behaviour|behaviour for learning
STEM education|STEM
Literacy instruction|reading instruction
Student assessment|assessment design|toetsen|leerlingvolgsysteem|Leistungsbeurteilung|évaluation des élèves|evaluación del alumnado|assessment for learning|assess student progress|assessing student progress|assess pupils|assessing pupils|pupil assessment|pupil progress|student progress|assessment and feedback|marking and assessment|marking|grading|Leistungsbewertung|Notengebung|Lernstandserhebung|Lernstandserhebungen|évaluation des apprentissages|evaluación continua|evaluación del aprendizaje|evaluar al alumnado|beoordeling van leerlingen|betygsättning|betygssättning|valutazione degli studenti|valutazione degli apprendimenti|avaliação dos alunos|avaliação das aprendizagens|evaluering af elever|assessment data|assessment results|pupil data|Lernstandsdaten|données d'évaluation|datos de evaluación|toetsgegevens|toetsresultaten|bedömningsunderlag|dati di valutazione|dados de avaliação
Parent communication|parent-teacher conferences|keep parents informed|communicate with parents|communication with parents|Elternarbeit|Elterngespräche|oudergesprekken|oudercontact|relations avec les parents|relations suivies avec les parents|lien avec les familles|communication avec les familles|comunicación con las familias|contacto con las familias|tutorías con familias|Elternkommunikation|vårdnadshavare|föräldrakontakt|rapporti con le famiglie|comunicação com os pais|forældresamarbejde|rencontrer les parents|rencontres avec les parents|réunions parents-professeurs|réunions parents-profs|föräldrasamtal|föräldramöten|forældremøder|relationships with families|communicate with families|communicating with families|share daily updates with families|Zusammenarbeit mit Eltern|Zusammenarbeit mit den Eltern|samarbete med vårdnadshavare|samarbejde med forældre
Learning management systems|LMS
Science|Science education|science teaching|science teacher|science curriculum|science|sciences|naturfag|naturkunskap|naturvetenskap|naturvetenskapliga ämnen|Naturwissenschaften|naturwissenschaftliche Fächer|ciencias|ciencias naturales|natuurwetenschappen|scienze|ciências|luonnontieteet|przyroda|natur/teknik|naturfag og matematikk
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
Ticketing systems|ticketing system|ticketing tools|gestión de tickets|gestion des tickets|Ticketsystem|Ticketsystemen|ticketsysteem|ärendehanteringssystem|sistema di ticketing|sistema de tickets|seguimiento de tickets|suivi des tickets|Ticketbearbeitung|ticketafhandeling|gestione dei ticket|gestão de tickets|obsługa zgłoszeń|ärendehantering|support tickets|escalated tickets|resolve tickets|resolving tickets|handle tickets|handling tickets|ticket queue|ticket queues|Jira tickets|Tickets bearbeiten|tickets de soporte|tickets de support|ticketing tool|ticket system|ticketing platform
Knowledge base|help-center articles|help center articles|knowledge base articles|help articles
SLAs|SLA|service level agreements
Freshdesk
Jira Service Management|Jira Service Desk
Bug reproduction|reproduce bugs|reproducing bugs|reproduce issues
Log analysis|read logs|reading logs|log files
Endpoint management
Printers|printer support
Hardware troubleshooting|hardware support|hardware repair|hardware repairs|repair laptops|repairing laptops|laptop repair|laptop repairs|PC repair|PC repairs|Hardware-Support|Hardwarereparatur|dépannage matériel|réparation de matériel informatique|reparación de hardware|reparación de ordenadores|hardwareondersteuning|hårdvarusupport
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
Paid acquisition|paid media|paid search
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
Fixed assets|fixed asset|fixed asset accounting|Anlagenbuchhaltung|immobilisations|anläggningsregister|anläggningstillgångar|anlægsaktiver|anlægskartotek|vaste activa|activos fijos|inmovilizado|Anlagevermögen|immobilizzazioni
Sales tax|sales and use tax
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
Consolidation|consolidations|group consolidation|koncernkonsolidering|konsolidering|Konzernkonsolidierung|Konsolidierung|consolidation des comptes|consolidation statutaire|consolidación contable|consolidación de estados financieros|consolidatie|koncernregnskab|bilancio consolidato
1099 reporting|1099
Expense reporting|Expense reports
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
    `SLOs|SLO|SLIs|SLI|service level objectives
Alerting|alerts
Postmortems|postmortem|post-mortems|blameless postmortems
Chaos engineering
Agones
Runbooks|runbook`,
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
    `Front desk|Front desk operations|front office|guest services|hotel reception
Opera PMS|Opera Cloud|Opera
Property management systems|property management system|hotel PMS|PMS
Night audit|night audits|night auditor
Revenue management|yield management
Hotel operations|hotel management|hotel operations management|Hotelbetrieb|Hotelmanagement|gestion hôtelière|gestión hotelera|hotelmanagement|hotelldrift|hoteldrift|gestione alberghiera|gestão hoteleira
Complaint handling|guest complaints|customer complaints|handle complaints|handling complaints|Beschwerdemanagement|Reklamationsbearbeitung|gestion des réclamations|gestión de reclamaciones|klachtenafhandeling|réclamation client|réclamations clients|réclamations client|reclamaciones de clientes|Kundenreklamationen|réclamation clients|klachten afhandelen|klachtafhandeling|klachtenbehandeling|klagehåndtering|klagebehandling|gestión de quejas|traitement des réclamations|Beschwerden bearbeiten`,
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
DBS check|DBS|DBS clearance|PVG|PVG scheme|Disclosure and Barring Service|Enhanced DBS check|enhanced DBS|enhanced DBS check|enhanced DBS disclosure|enhanced DBS certificate|enhanced Disclosure and Barring Service|enhanced disclosure|Enhanced DBS with barred list|DBS update service
Working With Children Check|WWCC|Working with Children Check card|Working with Children clearance
Health and social care|health & social care|health and social care diploma
NVQ|QCF|SVQ|RQF|NVQs
Care Certificate
Moving and handling|manual handling|moving and handling people|hoists|patient hoists|Patientenlifter|Transferhilfen|manutention des patients|movilización de pacientes|tiltechnieken|förflyttningsteknik|movimentazione dei pazienti|movimentação de doentes|förflyttningar|förflyttning med hjälpmedel|förflyttningshjälpmedel|taklyft|lyfthjälpmedel|forflytning|forflytningsteknik|Transfers mit Hilfsmitteln
PointClickCare
MatrixCare
SBAR|SBAR communication
First aid|first-aid|first aid certificate|Erste Hilfe|Ersthelfer|Ersthelferin|premiers secours|secourisme|primeros auxilios|EHBO|eerste hulp|BHV|första hjälpen|førstehjælp|primo soccorso|primeiros socorros
Healthcare|health care industry|healthcare industry|healthcare sector|healthcare settings|Gesundheitswesen|secteur de la santé|sector sanitario|zorgsector|gezondheidszorg|hälso- och sjukvård|sanità|setor da saúde|sundhedssektoren
Safeguarding|safeguarding children|safeguarding adults|child protection|Kinderschutz|protection de l'enfance|protección de menores|protección infantil|kinderbescherming|barnskydd|tutela dei minori|proteção de crianças
Personal care|personal care assistance|Körperpflege|soins d'hygiène|aide à la toilette|cuidados personales|aseo personal|persoonlijke verzorging|personlig omvårdnad|igiene personale|cuidados de higiene|Grundpflege und Körperpflege|personlig pleie|stell og pleie|stell og personlig pleie|personlig hygiene|personlig hygiejne|personlig pleje|hjælp til personlig pleje|henkilökohtainen hygienia|perushoito|pielęgnacja|czynności higieniczne|toegang tot persoonlijke verzorging|washing and dressing|help with washing|help with dressing|toileting|bathing|higiene personal|aseo e higiene|cure igieniche|igiene della persona|higiene pessoal|cuidados de higiene pessoal|personlig hygien|hygien och omvårdnad|pomoc w ubieraniu|pomoc przy ubieraniu|higiena osobista`,
  ],
  [
    'restaurant',
    `Responsible service of alcohol|RSA|RSA certificate|RCG|responsible alcohol service|TIPS certification|TIPS certified|TIPS-certified|alcohol server certification
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
Menu development|menu planning|menu design|menu costing|Menüplanung|Speisekartengestaltung|élaboration des menus|création de menus|elaboración de menús|diseño de menús|menuontwikkeling|menyplanering|menyutveckling|elaborazione dei menu|elaboração de menus|élaboration de la carte|création de la carte|elaboración de la carta|Speisekartenplanung|creazione del menù|creazione del menu|creazione dei menù|elaborazione del menù
Food cost control|food cost|food costs|food costing|Wareneinsatz|Wareneinsatzkontrolle|coût matière|coûts matière|escandallo|escandallos|control de costes de alimentos|foodcost|råvarukostnad|controllo del food cost|custo das mercadorias
Wine knowledge|wine pairing|wine pairings|sommelier|WSET|Weinkenntnisse|Weinberatung|connaissance des vins|œnologie|conocimiento de vinos|sumiller|wijnkennis|vinkunskap|conoscenza dei vini|conhecimento de vinhos
Bartending|bartender|mixology|Barkeeper|barman|barmaid|coctelería|cocteleria|cocktailbar|mixologia|preparar cócteles|preparación de cócteles|make cocktails|making cocktails|mix cocktails|mixing cocktails|préparer des cocktails|Cocktails zubereiten|cocktails maken|preparare cocktail
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
18th Edition Wiring Regulations|18th Edition|17th Edition|IET Wiring Regulations|City & Guilds 2382
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
Concrete work|concreting|concrete pours|concrete pouring|formwork|reinforced concrete|Betonbau|Betonarbeiten|Schalung|Schalungsbau|coffrage|béton armé|encofrado|hormigonado|bekisting|betonwerk|betongarbete|formsättning|casseforme|calcestruzzo|cofragem|betonarbejde|betonowanie|betonowania|zalewania betonem|zalewanie betonem|prace betoniarskie
Traffic management|traffic control|traffic management plans|traffic management plan|traffic controller|Verkehrssicherung|Verkehrsführung|signalisation temporaire|señalización de obras|verkeersregelaar|verkeersmaatregelen|trafikanordningsplan|TA-plan|segnaletica di cantiere|sinalização temporária
White Card|General Construction Induction|construction induction card|SafePass|SSG-kort|ID06
CSCS card|CSCS|CSCS Card|CSCS Blue Card|CSCS Gold Card|CSCS Black Card|CSCS Green Card|CSCS Red Card|Construction Skills Certification Scheme
Lockout/tagout|LOTO|lockout tagout|lockout-tagout|lock-out tag-out|lock out tag out|lock-out/tag-out|lockout/tag-out|isolation procedures|LOTO-Verfahren|consignation|consignation électrique|consignation/déconsignation|bloqueo y etiquetado|LOTO-procedure|vergrendelen en labelen|låsning och märkning|lucchettaggio|bloqueio e etiquetagem
CMMS|computerized maintenance management system|computerised maintenance management system|maintenance management system|maintenance management software|GMAO|Instandhaltungssoftware|Instandhaltungsplanungssystem|onderhoudsbeheersysteem|underhållssystem|sistema di gestione della manutenzione
IBM Maximo|Maximo
SAP PM|SAP Plant Maintenance
Fiix
UpKeep
Limble|Limble CMMS
eMaint
Pneumatics|pneumatic|pneumatic systems|Pneumatik|pneumatisch|pneumatische|pneumatique|pneumatiques|neumática|neumático|pneumatiek|pneumatische systemen|pneumatica|pneumático|pneumática|neumáticas|neumáticos|pneumatiche|pneumatici|pneumáticos|pneumáticas|pneumatischen
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
Loading and unloading|Truck loading and unloading|loading/unloading|loading and unloading trucks|Be- und Entladen|Be- und Entladung|Verladung|chargement et déchargement|carga y descarga|laden en lossen|lastning och lossning|carico e scarico|carga e descarga|læsning og losning|lastaus ja purku|kuormien lastaus|lastaus|lasting og lossing|lasting og lossing av biler|załadunek i rozładunek|załadunek|rozładunek|Laden und Entladen|Be- und Entladen von LKW|load and unload trucks|load and unload lorries|loading lorries|loading trucks|unloading trucks|unloading lorries|unloading containers|carico e scarico merci|chargement des camions|carga y descarga de camiones|lossen en laden|lastning och lossning av lastbilar|læsse og losse|purkaminen`,
  ],
  [
    'finance-office',
    `Invoice processing|process invoices|processing invoices|invoice matching|invoice entry|supplier invoices|vendor invoices|purchase invoices|Rechnungsprüfung|Rechnungsbearbeitung|Rechnungseingang|Eingangsrechnungen|Kreditorenrechnungen|traitement des factures|saisie des factures|factures fournisseurs|facturas de proveedores|procesamiento de facturas|contabilización de facturas|factuurverwerking|inkoopfacturen|facturen verwerken|fakturahantering|fakturor|registrazione fatture|fatture passive|fatture fornitori|processamento de faturas|faturas de fornecedores|fakturabehandling|leverandørfakturaer|leverantörsfakturor|kundfakturor
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
BACS|BACS payments|BACS runs|Zahlungsvorschläge|SEPA payments|SEPA|betaalbatches|betalningskörningar|distinte di pagamento|betalingskørsler
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
Employment contracts|Contracts of employment|Arbeitsverträge|Arbeitsvertrag|contrats de travail|contratos de trabajo|contratos laborales|arbeidscontracten|anställningsavtal|contratti di lavoro|contratos de trabalho|ansættelseskontrakter`,
  ],
  [
    'legal-office',
    `Docketing|docket management|docket calendar|docketing deadlines|court deadlines|manage the docket|managing the docket|Fristenkontrolle|Fristenverwaltung|Fristenbuch|Fristenüberwachung|suivi des délais de procédure|control de plazos procesales|agenda procesal|termijnbewaking|termijnenbewaking|bevakning av frister|fristbevakning|controle de prazos|prazos processuais|fristovervågning|docket court dates|docket deadlines|docket dates|docketing system
E-filing|e-file|efiling|electronic filing|electronic court filing|file electronically|beA|besonderes elektronisches Anwaltspostfach|elektronischer Rechtsverkehr|RPVA|e-barreau|LexNET|eJustice|e-justice|Processo Civile Telematico|processo telemático|e-Curia|filing documents electronically|filing electronically|electronically file|electronically filing|CE-File
CM/ECF|PACER
Calendar management|Calendaring|diary management|manage calendars|managing calendars|calendar coordination|Terminverwaltung|Terminkoordination|Kalenderführung|gestion d'agendas|gestion des agendas|gestion de l'agenda|gestión de agendas|gestión de agenda|agendabeheer|agenda beheren|kalenderhantering|gestione dell'agenda|gestione agende|gestão de agendas|gestão de agenda|kalenderstyring
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
Azure Data Factory|ADF|Data Factory
Azure Event Hubs|Event Hubs|Event Hub|Azure Event Hub
ADLS Gen2|ADLS|Azure Data Lake Storage|Azure Data Lake Storage Gen2|Azure Data Lake|Data Lake Storage Gen2
Azure Blob Storage|Blob Storage|Azure Blob
Azure Cosmos DB|Cosmos DB|CosmosDB
Azure Key Vault|Key Vault
Azure Logic Apps|Logic Apps
Azure App Service|App Service|App Services
Azure Monitor
Azure Stream Analytics|Stream Analytics
Azure AD|Azure Active Directory|Microsoft Entra ID|Entra ID|Entra`,
  ],
  [
    'care-nursing',
    `Epic|Epic Systems|Epic EHR|Epic Clarity|Epic Caboodle|Caboodle|Epic documentation|Epic charting
Home care|Home health|home health care|domiciliary care|homecare|domiciliary|häusliche Pflege|häuslichen Pflege|ambulante Pflege|ambulanten Pflege|ambulanter Pflegedienst|Pflege zu Hause|soins à domicile|aide à domicile|ayuda a domicilio|atención domiciliaria|asistencia domiciliaria|thuiszorg|wijkverpleging|hemtjänst|hemtjänsten|hemsjukvård|hemsjukvården|assistenza domiciliare|apoio domiciliário|cuidados domiciliários|atendimento domiciliar|hjemmesykepleie|hjemmesykepleien|hjemmetjeneste|hjemmetjenesten|hjemmepleje|hjemmeplejen|kotihoito|kotihoidon|kotihoidossa|opieka domowa|opieka środowiskowa|visit clients at home|clients in their own homes|in their own homes
Activities of daily living|activities of daily living|ADLs|ADL|Aktivitäten des täglichen Lebens|actes de la vie quotidienne|actividades de la vida diaria|ABVD|algemene dagelijkse levensverrichtingen|ADL-stöd|attività della vita quotidiana|atividades de vida diária|daglige gjøremål|daglige gøremål|päivittäiset toiminnot
Patient mobility|patient mobility|mobilisation|mobilization|mobilising patients|mobilizing patients|ambulation|ambulate patients|ambulating patients|turning and repositioning|repositioning|Mobilisation|Mobilisierung|Mobilisation der Patienten|mobilisation des patients|mobilización|movilización de pacientes|mobilisatie|mobilisering|mobilizzazione|mobilização|liikkumisen tukeminen|mobilizacja|pomoc przy podnoszeniu|pomoc w poruszaniu się|pomoc przy poruszaniu się
Safe patient handling|safe patient handling|patient handling|patient transfers|transfer patients|transferring patients|patient lifts|mechanical lifts|Hoyer lift|Hoyer lifts|gait belts|gait belt
Blood glucose monitoring|blood glucose|blood glucose checks|blood sugar|blood sugar checks|finger sticks|fingersticks|glucose monitoring|point-of-care glucose|Blutzuckermessung|Blutzuckerkontrolle|Blutzuckermessungen|BZ-Kontrolle|BZ-Kontrollen|glycémie|glycémies|contrôle de la glycémie|glucemia|glucemias|control de glucemia|bloedsuiker|bloedsuikercontrole|blodsocker|blodsockerkontroll|glicemia|blodsukker|blodsukkermåling|verensokeri|verensokerin mittaus|poziom cukru
Post-surgical care|post-surgical care|post-operative care|postoperative care|post-op care|postoperative patients|post-surgical patients|postoperative Pflege|postoperative Versorgung|soins post-opératoires|soins postopératoires|cuidados postoperatorios|cuidados posoperatorios|postoperatieve zorg|postoperativ vård|cure post-operatorie|cuidados pós-operatórios
Orthopedics|orthopedics|orthopaedics|orthopedic|orthopaedic|orthopedic unit|Orthopädie|Unfallchirurgie|orthopédie|traumatologie|traumatología|ortopedia|orthopedie|ortopedi|ortopedia e traumatologia
Ventilator weaning|ventilator weaning|weaning|Weaning|Beatmungsentwöhnung|Entwöhnung von der Beatmung|Respiratorentwöhnung|sevrage ventilatoire|sevrage de la ventilation|destete ventilatorio|destete de la ventilación|weanen|respiratoravvänjning
Infusion pumps|infusion pumps|syringe pumps|IV pump|Perfusor|Perfusoren|Infusomat|Infusomaten|Spritzenpumpen|Spritzenpumpe|Infusionspumpen|pousse-seringues|pousse-seringue|pompes à perfusion|bombas de infusión|bombas de perfusión|infuuspompen|spuitpompen|infusionspumpar|sprutpumpar|pompe infusionali|pompe a siringa|bombas infusoras
Anesthesia nursing|anesthesia nursing|anaesthetic nursing|anaesthesia nursing|Anästhesiepflege|Anästhesie- und Intensivpflege|soins d'anesthésie|infirmier anesthésiste|enfermería de anestesia|anesthesiemedewerker|anestesisjuksköterska|infermieristica di anestesia
PDMS|patient data management system|Patientendatenmanagementsystem|ICCA|COPRA
Venepuncture|venepuncture|venipuncture|blood draws|drawing blood|draw blood|Blutentnahme|Blutentnahmen|prise de sang|prises de sang|prélèvements sanguins|extracción de sangre|venapunctie|bloedafname|bloedafnames|blodprovstagning|prelievi ematici|prelievo venoso|colheita de sangue|colheitas de sangue|blodprøvetagning|blodprøvetaking|verinäytteiden otto|pobieranie krwi|Phlebotomy|phlebotomist|take blood samples|taking blood samples|blood sampling|blood samples|Blutabnahme|Blutabnahmen|extracciones de sangre|bloed prikken|prelievo di sangue|pobieranie materiału do badań
Cannulation|cannulation|cannulas|cannula insertion|IV cannulation|peripheral cannulation|Venenverweilkanülen|Venenverweilkanüle|venöse Zugänge legen|Zugänge legen|pose de cathéter veineux périphérique|pose de voies veineuses|canalización venosa|canalización de vías|canalización de vía periférica|infuus prikken|perifere infuus|PVK-inläggning|perifer venkateter|posizionamento di accessi venosi|inserzione di cateteri venosi|cateterização venosa
Clinical documentation|clinical documentation|clinical records|clinical notes|patient records|medical records documentation|accurate records|ärztliche Dokumentation|documentation clinique|documentación clínica|historia clínica|klinische documentatie|journalanteckningar|journaldokumentation|documentazione clinica|cartella clinica|registos clínicos|prontuário|journalføring|journalføre
Intravenous medication|intravenous medication|intravenous medications|IV medication|intravenous drugs|i.v.-Medikamente|intravenöse Medikation|médicaments intraveineux|medicación intravenosa|medicación endovenosa|intraveneuze medicatie|intravenös läkemedelsbehandling|farmaci endovenosi|medicação endovenosa|suonensisäinen lääkehoito
Household assistance|household assistance|light housework|housework|domestic tasks|domestic support|household tasks|hauswirtschaftliche Versorgung|hauswirtschaftliche Tätigkeiten|hauswirtschaftliche Unterstützung|Hauswirtschaft|Hilfe im Haushalt|Unterstützung im Haushalt|aide ménagère|entretien du logement|tâches ménagères|tareas domésticas|tareas del hogar|huishoudelijke hulp|huishoudelijke taken|huishoudelijke ondersteuning|hushållssysslor|hushållsarbete|städning och tvätt|lavori domestici|faccende domestiche|tarefas domésticas|praktisk bistand|praktisk hjælp|rengøring og tøjvask|kodinhoito|kotityöt|pomoc w prowadzeniu gospodarstwa domowego
Healthcare worker certification|autorisasjon som helsefagarbeider|fagbrev som helsefagarbeider|fagbrev i helsearbeiderfaget|helsefagarbeider|helsefagarbeidere|autorisert helsefagarbeider|yrkesbevis som undersköterska|undersköterskeutbildning|undersköterskeexamen|skyddad yrkestitel undersköterska|social- og sundhedsassistent|SOSU-assistent|SOSU-hjælper|social- og sundhedshjælper|lähihoitajan tutkinto|lähihoitaja|Pflegehelferausbildung|Pflegeassistenzausbildung|Pflegeassistenz|diplôme d'aide-soignant|DEAS|técnico en cuidados auxiliares de enfermería|TCAE|certificado de profesionalidad de atención sociosanitaria|verzorgende IG|Verzorgende-IG|helpende zorg en welzijn|qualifica OSS|operatore socio-sanitario|skyddad yrkestitel som undersköterska|yrkestitel som undersköterska
Gerica|Gerica
CosDoc|CosDoc
Lifecare|Lifecare
Treserva|Treserva
Procapita|Procapita
Vivendi PD|Vivendi PD
Medifox|Medifox|MediFox
SENSO|SENSO
Cura|Cura EPJ`,
  ],
  [
    'warehouse',
    `Forklift operation|Forklift|forklift|forklifts|forklift truck|forklift trucks|forklift driving|forklift operation|forklift operator|operate a forklift|operating forklifts|counterbalance forklift|counterbalance|Gabelstapler|Gabelstaplern|Gabelstaplerfahrer|Staplerfahren|Stapler fahren|Staplerfahrer|Staplerfahrerin|Flurförderzeuge|Flurförderzeugen|Frontstapler|chariot élévateur|chariots élévateurs|conduite de chariots|conduite d'engins|cariste|caristes|carretilla elevadora|carretillas elevadoras|carretillero|carretillera|manejo de carretilla|manejo de carretillas|montacargas|heftruck|heftrucks|heftruckchauffeur|heftruckchauffeurs|truckförare|truckkörning|gaffeltruck|gaffeltrucks|gaffeltrucken|muletto|carrellista|carrelli elevatori|carrello elevatore|empilhador|empilhadores|empilhadeira|empilhadeiras|operador de empilhadeira|wózek widłowy|wózkiem widłowym|wózków widłowych|operator wózka widłowego|trukki|trukilla|trukinkuljettaja|trukkikuski|truckfører|truckkjøring|truckkørsel|kørsel med gaffeltruck|Stapler|Gegengewichtsstapler|Elektro-Gegengewichtsstapler|Elektrostapler|Staplerbetrieb|Staplerfahrten|Gabelstaplerbetrieb|Forklift licence|forklift licence|forklift license|forklift certification|forklift certificate|forklift ticket|forklift certified|forklift-certified|counterbalance licence|RTITB|Staplerschein|Gabelstaplerschein|Fahrausweis für Flurförderzeuge|Staplerführerschein|CACES|CACES R489|CACES 1 3 5|carné de carretillero|carnet de carretillero|carné de carretilla|carnet de carretilla elevadora|heftruckcertificaat|heftruckdiploma|heftruckrijbewijs|certificaat heftruck|truckkort|truckkortet|truckcertifikat|gaffeltruckcertifikat|truckførerbevis|truckførerkurs|truckførerkort|patentino del muletto|patentino muletto|patentino per carrelli elevatori|patentino carrellista|uprawnienia UDT|uprawnienia na wózki widłowe|trukkikortti|trukkikorttia|carteira de operador de empilhadeira|certificado de empilhador|patentino del carrello elevatore|patentino per carrello elevatore|patentino carrello elevatore|patentino per il carrello elevatore|patentino per carrellisti
Reach truck operation|reach truck|reach trucks|reach truck operation|Schubmaststapler|Schubmaststaplern|Schubmaststaplerfahrer|chariot à mât rétractable|chariots à mât rétractable|carretilla retráctil|carretillas retráctiles|reachtruck|reachtrucks|skjutstativtruck|skjutstativtruckar|retrattile|carrello retrattile|carrelli retrattili|wózek wysokiego składowania|wózki wysokiego składowania|työntömastotrukki|työntömastotrukilla|retraktil|empilhador retrátil|työntömastotrukista|työntömastotrukin|työntömastotrukkia|retráctil|retráctiles
Narrow-aisle truck operation|narrow aisle|narrow-aisle|very narrow aisle|VNA|VNA truck|VNA trucks|Schmalgangstapler|Hochregalstapler|chariot tridirectionnel|carretilla trilateral|carretillas trilaterales|smalgangtruck|höglyftare|hyllytrukki|kapeakäytävätrukki|trilaterale|wózek systemowy|kapeakäytävätrukista|kapeakäytävätrukilla|kapeakäytävätrukin|hyllytrukista|hyllytrukilla
Goods receiving|Goods receipt|receiving goods|receive deliveries|receiving deliveries|receive goods|incoming goods|incoming deliveries|check deliveries|checking deliveries|receive and check deliveries|goods-in|goods inward|Wareneingang|Warenannahme|Wareneingangskontrolle|réception des marchandises|réception de marchandises|recepción de mercancías|goederenontvangst|inleverans|godsmottagning|ricevimento merci|recebimento de mercadorias|varemodtagelse|eingehende Ware|eingehenden Ware|eingehender Ware|Warenkontrolle|Wareneingangsprüfung|Warenannahmen|réceptionner les livraisons|réceptionner les marchandises|réception des livraisons|réception de la marchandise|recepción de mercancía|recepción de la mercancía|recepción de pedidos|recepción de proveedores|ontvangst van goederen|ontvangen van goederen|goederen ontvangen|varumottagning|ta emot gods|ta emot leveranser|ricezione merci|ricevimento della merce|recebimento de mercadoria|recebimento de materiais|varemottak|mottak av varer|tavaran vastaanotto|tavaranvastaanotto|vastaanotto ja hyllytys|przyjęcie towaru|przyjmowanie towaru|przyjmowanie dostaw|przyjęcia towaru|saapuvan tavaran|saapuva tavara|saapuvat tavarat|purku ja vastaanotto|tavaran vastaanottoa
Inventory counting|inventory counting|inventory counts|inventory count|stock counts|stock count|stock counting|stocktaking|stock-taking|physical inventory|count stock|counting stock|stocktake|stock take|inventaire physique|inventarios físicos|voorraadtelling|voorraadtellingen|inventario fisico|Inventur|Inventuren|Inventurarbeiten|inventaire|inventaires|recuento de inventario|conteo de inventario|inventarisatie|inventarisaties|inventering|inventeringar|inventariering|optælling|vareoptælling|optælling af lager|optælling af varer|varetelling|telling av varer|inventaario|inventaariot|inwentaryzacja|inwentaryzacji|inventariação|contagem de estoque|Durchführung von Inventuren|stocktakes|stock takes|inventaarion|inventaarioita|inventaariota|inwentaryzacje|inventari periodici|inventari|inventario periodico|inventarios|inventários|lageroptælling
Warehouse management systems|warehouse management systems|WMS|WMS system|WMS systems|system WMS|WMS-system|warehouse management system|Lagerverwaltungssystem|Lagerverwaltungssysteme|Lagerverwaltungssoftware|logiciel WMS|sistema de gestión de almacenes|sistema de gestión de almacén|magazijnbeheersysteem|lagerhanteringssystem|lagerstyringssystem|lagerstyringssystemet|lagerstyringssystemer|varastonhallintajärjestelmä|varastonhallintajärjestelmässä|sistema di gestione del magazzino|sistema de gestão de armazém|system magazynowy|varastonhallintajärjestelmästä|varastonhallintajärjestelmän|varastonhallintajärjestelmää
Warehouse logistics|warehouse logistics|Lagerlogistik|Lagerlogistiker|Fachkraft für Lagerlogistik|Fachlagerist|logistique d'entrepôt|logística de almacén|magazijnlogistiek|lagerlogistik|logistica di magazzino|logística de armazém|lagerlogistikk|varastologistiikka|logistyka magazynowa
Pick-by-voice|pick-by-voice|pick by voice|voice picking|voice-directed picking|voice picking system|Pick-by-Voice|Sprachkommissionierung|picking vocal|préparation vocale|picking por voz|voice-picking|röstplock|röststyrd plockning|stemmeplukk|voice-plukning|ääniohjattu keräily|ääniohjatusti|ääniohjauksella|kompletacja głosowa
Occupational safety card|occupational safety card|työturvallisuuskortti|työturvallisuuskortin|Työturvallisuuskortti
Food hygiene certificate|food hygiene certificate|hygiene certificate|hygiene passport|hygieniapassi|hygieniapassin|Gesundheitszeugnis|Belehrung nach IfSG|Infektionsschutzbelehrung|carnet de manipulador de alimentos|certificado de manipulador de alimentos|hygiejnebevis|hygienbevis|food handler's certificate|Food Handler card|food handler card|food handler's card|food handlers card|food handler permit|food handler's permit|food handler certificate|Food Handler certification|carné de manipulador de alimentos|carné de manipulador|carnet de manipulador|certificado de manipulador`,
  ],
  [
    'transport',
    `Driving licence B|Driving|driving licence|driving license|driver's license|driver's licence|drivers licence|drivers license|driver licence|driver license|valid driving licence|Führerschein|Führerschein Klasse B|Führerschein der Klasse B|Fahrerlaubnis Klasse B|Führerschein B|Fahrerlaubnis|Pkw-Führerschein|driving record|motor vehicle record|MVR|carnet de conducir|carné de conducir|permiso de conducir|carnet B|carné B|permis B|permis de conduire|permis de conduire B|rijbewijs|rijbewijs B|körkort|körkort B|B-körkort|B-kørekort|kørekort|kørekort til bil|førerkort|førerkort klasse B|ajokortti|B-ajokortti|B-luokan ajokortti|prawo jazdy|prawo jazdy kat. B|prawa jazdy|patente B|patente di guida|carta de condução|carta de condução B|CNH categoria B|CNH B|CNH categoria AB|carteira de habilitação|carteira de motorista|habilitação categoria B|řidičský průkaz|řidičské oprávnění sk. B
UK driving licence|UK driving licence|UK driving license|full UK driving licence|full UK licence|clean UK driving licence|valid UK driving licence|full clean UK driving licence|UK licence
Driving licence C+E|CE licence|prawo jazdy kat|prawo jazdy kategorii|Führerschein Klasse|C+E licence|Class CE|Class 1 licence|HGV Class 1|Class 1 HGV|HGV1|Führerschein CE|Führerschein Klasse CE|Fahrerlaubnis Klasse CE|Führerschein C/CE|Klasse CE|permis CE|permis C et CE|carnet C+E|carné C+E|rijbewijs CE|rijbewijs C+E|körkort CE|CE-körkort|CE-kort|kørekort C/E|førerkort klasse CE|CE-ajokortti|CE-kortti|prawo jazdy kat. CE|prawem jazdy kat. CE|patente CE|patente C+E|CNH categoria E
Certificate of professional competence|certificate of professional competence|Driver CPC|driver CPC card|CPC|Transport Manager CPC|Berufskraftfahrerqualifikation|Berufskraftfahrer-Qualifikation|Fahrerqualifizierungsnachweis|BKrFQG|Schlüsselzahl 95|code 95|kod 95|kodem 95|świadectwo kwalifikacji zawodowej|świadectwa kwalifikacji zawodowej|certyfikat kompetencji zawodowych|FIMO|FCO|certificat de capacité professionnelle|certificat de capacité|CAP transport|código 95|CAP de conductor|vakbekwaamheid|Code 95|YKB|yrkeskompetensbevis|ammattipätevyys|kvalifikationsbevis|yrkessjåførkompetanse|Fachkundenachweis|Fachkunde im Güterkraftverkehr
Driver card|driver card|driver smart card|tachograph card|Fahrerkarte|karta kierowcy|karty kierowcy|carte conducteur|tarjeta de conductor|tarjeta de tacógrafo|bestuurderskaart|chauffeurskaart|förarkort|sjåførkort|førerkort for fartsskriver|chaufførkort|kuljettajakortti|carta tachigrafica|cartão de condutor
International transport|international transport|international haulage|international routes|international freight|transport międzynarodowy|transportu międzynarodowego|przewozy międzynarodowe|internationaler Fernverkehr|internationaler Transport|internationale Transporte|transport international|transports internationaux|transporte internacional|internationaal transport|internationaal vervoer|internationella transporter|trasporto internazionale|trasporti internazionali|transporte internacional rodoviário|international kørsel|internasjonal transport|kansainväliset kuljetukset
CMR documentation|CMR consignment note|CMR consignment notes|CMR notes|CMR documents|listów przewozowych CMR|list przewozowy CMR|listy przewozowe CMR|dokumentacja CMR|lettre de voiture CMR|lettres de voiture|CMR-Frachtbrief|CMR-Frachtbriefe|Frachtbriefe|Frachtpapiere|carta de porte CMR|cartas de porte|CMR-vrachtbrief|vrachtbrieven|fraktsedel|fraktsedlar|lettera di vettura CMR|fragtbrev|fraktbrev|rahtikirja|rahtikirjat|consignment notes|transport documents|dokumentacja przewozowa|dokumentacji przewozowej|documentos de transporte|Transportdokumente|documents de transport|dokumentów przewozowych|dokumenty przewozowe
CMR Convention|CMR Convention|CMR convention|konwencja CMR|konwencji CMR|Convention CMR|convention relative au contrat de transport|CMR-Übereinkommen|CMR-Abkommen|Convenio CMR|CMR-verdrag|CMR-konventionen
Cargo securing|cargo securing|load restraint|Ladungssicherung|zabezpieczenie ładunku|zabezpieczenia ładunku|zabezpieczanie ładunku|arrimage|arrimage des marchandises|sujeción de la carga|estiba|ladingzekering|lastsäkring|fissaggio del carico|ancoraggio del carico|amarração de carga|lastsikring|lastsikring|kuormansidonta|kuorman sidonta|Load securement|secure loads|securing loads|secure the load|securing the load|load securing|securing freight|secure freight|lading zekeren|lading gezekerd|zekeren van de lading|lading goed gezekerd
Road transport|road transport|road haulage|road freight|transport drogowy|transportu drogowego|Straßengüterverkehr|Güterkraftverkehr|transport routier|transporte por carretera|transporte rodoviário|wegtransport|wegvervoer|vägtransport|vägtransporter|autotrasporto|trasporto su strada|vejtransport|veitransport|maantiekuljetus|maantiekuljetukset|spedycji drogowej|spedycja drogowa|transporcie drogowym
Freight exchanges|freight exchange|freight exchanges|load boards|giełda transportowa|giełdy transportowe|giełd transportowych|Frachtenbörse|Frachtenbörsen|bourse de fret|bourses de fret|bolsa de cargas|bolsas de carga|vrachtbeurs|vrachtbeurzen|fraktbörs|borsa carichi|bolsa de fretes|giełdach transportowych|giełdzie transportowej
Trans.eu|Trans.eu
Timocom|TimoCom|Timocom|TIMOCOM
Teleroute|Teleroute
Rate negotiation|rate negotiation|negotiate rates|negotiating rates|negotiate freight rates|negotiating freight rates|freight rate negotiation|negocjowanie stawek|negocjacje stawek|negocjacja stawek|Frachtratenverhandlung|Preisverhandlungen mit Frachtführern|négociation des tarifs|négocier les tarifs|negociación de tarifas|negociar tarifas|tariefonderhandelingen|förhandla frakt|negoziazione delle tariffe|negociação de fretes
Claims handling|claims handling|handle claims|handling claims|damage claims|freight claims|obsługa reklamacji|rozpatrywanie reklamacji|Schadensbearbeitung|Schadensregulierung|Schadenfälle|gestion des litiges|gestion des réclamations transport|gestión de siniestros|gestión de incidencias de transporte|schadeafhandeling|skadehantering|gestione dei reclami|gestione sinistri|reklamationshåndtering|skadebehandling
ATP|ATP|ATP certificate|ATP agreement|umowa ATP|certyfikat ATP|ATP-Bescheinigung|attestation ATP|certificado ATP`,
  ],
  [
    'electrical-heating',
    `Electrical installation|electrical installation|electrical installations|Elektroinstallation|Elektroinstallationen|Elektroinstallateur|installation électrique|installations électriques|instalaciones eléctricas|instalación eléctrica|elektrische installaties|elinstallation|elinstallationer|impianti elettrici|impianto elettrico|instalações elétricas|el-installation|installation work|Elektroinstallationsarbeiten|Installation elektrischer Anlagen|Elektroinstallation in|travaux d'électricité|montaje eléctrico|montajes eléctricos|elektrotechnische installaties|sähköasennus|sähköasennukset|sähköasennustyöt|instalacje elektryczne|instalacji elektrycznych|elektroinstallasjon|el-installasjoner|elinstallationsarbejde|install electrical systems|installing electrical systems|first and second fix|Electrical wiring|wiring|pull wire|pulling wire|wire pulling|terminate circuits
Testing and commissioning|testing and commissioning|test and commission|commissioning|commission systems|commissioning of systems|Inbetriebnahme|Inbetriebnahmen|Prüfung und Inbetriebnahme|Inbetriebsetzung|mise en service|mises en service|essais et mise en service|puesta en marcha|puestas en marcha|pruebas y puesta en marcha|inbedrijfstelling|inbedrijfstellingen|idrifttagning|driftsättning|messa in servizio|collaudo e messa in servizio|colocação em serviço|comissionamento|idriftsættelse|igangsetting|käyttöönotto|käyttöönotot|uruchomienie|uruchomienia|rozruch
Electrical safety testing|VDE 0100|DIN VDE 0100|VDE 0100-600|VDE 0105|DIN VDE 0105|VDE 0701|VDE 0702|DGUV V3|DGUV Vorschrift 3|Prüfung nach DGUV V3|E-Check|PAT testing|portable appliance testing|Anlagenprüfung|Prüfung von Anlagen|Prüfung elektrischer Anlagen|vérification des installations électriques|essais électriques|keuring elektrische installaties|NEN 3140|NEN 1010|elsäkerhetskontroll|verifiche impianti elettrici|sähkötarkastus|käyttöönottotarkastus|pomiary elektryczne|pomiarów elektrycznych
Electrical certification|electrical certification|electrical certificates|electrical installation certificates|electrical installation certificate|minor works certificates|minor works certificate|EIC|EICs|certification paperwork|Prüfprotokolle|Messprotokolle|certificats de conformité électrique|attestation Consuel|Consuel|boletín eléctrico|certificado de instalación eléctrica
Apprentice supervision|supervise apprentices|supervising apprentices|mentor apprentices|mentoring apprentices|support apprentices|train apprentices|training apprentices|Auszubildende betreuen|Betreuung von Auszubildenden|Anleitung von Auszubildenden|Ausbildung von Lehrlingen|Lehrlingsausbildung|encadrer des apprentis|encadrement des apprentis|tutorat d'apprentis|formar aprendices|leerlingen begeleiden|handleda lärlingar|lærlingeansvar|formare apprendisti|szkolenie uczniów
Electrician apprenticeship|electrical apprenticeship|electrician apprenticeship|Ausbildung als Elektroniker|Ausbildung zum Elektroniker|Ausbildung als Elektronikerin|Ausbildung als Elektriker|Ausbildung zum Elektriker|Elektroniker für Energie- und Gebäudetechnik|Elektronikerin für Energie- und Gebäudetechnik|Elektroniker/in für Energie- und Gebäudetechnik|Elektroinstallateur/in|Lehre als Elektroinstallateur|Elektroinstallateur EFZ|Montage-Elektriker EFZ|CAP électricien|CAP Électricien|Bac pro MELEC|BP électricien|técnico en instalaciones eléctricas|ciclo de instalaciones eléctricas|opleiding elektrotechniek|elektricien niveau|elbehörighet|elinstallatør|elektrikerlærling|svendebrev som elektriker|fagbrev som elektriker|fagbrev elektriker|sähköasentajan tutkinto|sähköalan perustutkinto|qualifica di elettricista
LV systems|LV systems|low voltage systems|LV installations|low-voltage installations|LV distribution|Niederspannung|Niederspannungsanlagen|basse tension|baja tensión|laagspanning|lågspänning|bassa tensione|baixa tensão|lavspænding|lavspenning|pienjännite|niskie napięcie
Containment installation|containment|cable containment|cable tray|cable trays|cable trunking|trunking|cable ladder|Kabeltrassen|Kabelkanäle|chemins de câbles|bandejas portacables|kabelgoten|kabelstegar|passerelle portacavi|eletrocalhas|kabelbakker
Emergency lighting|emergency lighting|emergency lights|Sicherheitsbeleuchtung|Notbeleuchtung|éclairage de sécurité|alumbrado de emergencia|noodverlichting|nödbelysning|illuminazione di emergenza|iluminação de emergência|nødbelysning|turvavalaistus|oświetlenie awaryjne
AM2|AM2|AM2 assessment|AM2S
City & Guilds 2391|City & Guilds 2391|2391|C&G 2391|2391-52|inspection and testing qualification
Smart home systems|smart home|smart homes|smart-home|Smart Home|Smart-Home|home automation|Gebäudeautomation|Gebäudesystemtechnik|domotique|domótica|domotica|domotiikka|smarthus|smart hjem|hemautomation|automatyka domowa|inteligentny dom
KNX|KNX|KNX-Anlagen|KNX-Programmierung|ETS5|ETS6
Heating systems|heating systems|heating system|central heating|central heating systems|heating installations|heating installation|Heizungsanlagen|Heizungsanlage|Heizungstechnik|Heizungsbau|Heizungsinstallation|Heizungsinstallationen|Heizungsmontage|Heizsysteme|installations de chauffage|chauffage central|systèmes de chauffage|calefacción|sistemas de calefacción|instalaciones de calefacción|cv-installaties|verwarmingsinstallaties|centrale verwarming|värmesystem|värmeanläggningar|impianti di riscaldamento|impianti termici|sistemas de aquecimento|varmeanlæg|varmeanlegg|lämmitysjärjestelmät|lämmitysjärjestelmien|instalacje grzewcze|instalacji grzewczych
Gas installation|gas installation|gas installations|gas appliances|Gasinstallation|Gasinstallationen|Gasgeräte|installations gaz|instalaciones de gas|instalación de gas|gasinstallaties|gasinstallation|impianti gas|instalações de gás|gasinstallationer|kaasuasennus|instalacje gazowe
Sanitary installation|sanitary installation|sanitary installations|bathroom installation|bathroom installations|bathroom fitting|Sanitäranlagen|Sanitärbereich|Badinstallation|Badinstallationen|Badsanierung|Badsanierungen|installations sanitaires|instalaciones sanitarias|sanitaire installaties|sanitetsinstallationer|badrumsinstallation|impianti sanitari|instalações sanitárias|sanitetsinstallationer|saniteettiasennukset|instalacje sanitarne
Boiler servicing|boiler servicing|boiler service|boiler services|service boilers|servicing boilers|service gas boilers|servicing gas boilers|service and repair gas boilers|service and repair boilers|boiler repairs|boiler breakdowns|boiler maintenance|Kesselwartung|Wartung von Heizkesseln|Heizungswartung|Wartung von Heizungsanlagen|entretien de chaudières|entretien des chaudières|entretien de chaudière|mantenimiento de calderas|revisión de calderas|ketelonderhoud|cv-ketel onderhoud|onderhoud van cv-ketels|pannservice|manutenzione caldaie|manutenção de caldeiras|kedelservice|Gasheizungen|Ölheizungen|Gasthermen|Gastherme|Brennwertgeräte|Brennwertgeräten|Brennwertkessel|Brennwertkesseln|Heizkessel|Heizkesseln|chaudières gaz|chaudières fioul|calderas de gas|cv-ketels|cv-installaties
Boiler installation|boiler installation|boiler installations|install boilers|installing boilers|install new boilers|installation of boilers|boiler replacements|boiler swaps|Kesselmontage|Kesselinstallation|Heizkesselmontage|installation de chaudières|installation de chaudière|pose de chaudières|instalación de calderas|cv-ketel installatie|installatie van cv-ketels|panninstallation|installazione caldaie|instalação de caldeiras
Unvented hot water systems|unvented hot water|unvented hot water systems|unvented cylinders|unvented cylinder|G3 unvented|G3 qualification|G3
Water supply installation|Trinkwasserinstallation|Trinkwasserinstallationen|Trinkwasserhygiene|potable water systems|réseaux d'eau potable|instalaciones de agua|drinkwaterinstallaties|tappvatteninstallation`,
  ],
  [
    'machining-maintenance',
    `CNC operation|CNC operation|CNC operator|CNC operators|operate CNC machines|operating CNC machines|CNC machines|CNC machine|CNC machine tools|CNC-Maschinen|CNC-Maschine|CNC-Bediener|CNC-Maschinenbediener|Bedienung von CNC-Maschinen|machines CNC|machine CNC|opérateur CNC|opérateur sur machines|máquinas CNC|máquina CNC|operario CNC|operador CNC|CNC-machines|CNC-machine|CNC-operator|CNC-maskiner|CNC-maskin|CNC-operatör|macchine CNC|macchina CNC|operatore CNC|operatore macchine CNC|operador de CNC|CNC-maskiner|CNC-operatør|CNC-koneet|CNC-koneistaja|maszyny CNC|operator CNC|operator maszyn CNC|obsługa maszyn CNC
CNC turning|CNC turning|CNC lathe|CNC lathes|CNC turner|lathe operation|CNC-Drehen|CNC-Drehmaschinen|CNC-Drehmaschine|CNC-Dreher|Drehmaschinen|Drehen|Zerspanungsmechaniker Drehtechnik|tournage CNC|tourneur CNC|tour CNC|tours CNC|torneado CNC|torno CNC|tornos CNC|tornero CNC|tornera CNC|torneado|CNC-draaien|CNC-draaibank|CNC-draaier|CNC-svarvning|CNC-svarv|svarvning|svarvare|tornitura CNC|tornio CNC|torni CNC|tornitore CNC|tornitura|torneamento CNC|torno CNC|torneiro CNC|CNC-drejning|CNC-drejebænk|CNC-dreier|CNC-sorvaus|CNC-sorvi|sorvaus|toczenie CNC|tokarka CNC|tokarz CNC|tokarki CNC
CNC milling|CNC milling|CNC mill|CNC mills|CNC miller|CNC machining centres|machining centers|CNC-Fräsen|CNC-Fräsmaschinen|CNC-Fräsmaschine|CNC-Fräser|Fräsen|Bearbeitungszentren|Zerspanungsmechaniker Frästechnik|fraisage CNC|fraiseur CNC|centres d'usinage|fresado CNC|fresadora CNC|fresadoras CNC|fresador CNC|centros de mecanizado|CNC-frezen|CNC-freesmachine|CNC-frezer|CNC-fräsning|CNC-fräs|fräsning|fresatura CNC|fresatrice CNC|fresatore CNC|centri di lavoro|fresagem CNC|fresadora CNC|CNC-fræsning|CNC-fræser|CNC-jyrsintä|jyrsintä|frezowanie CNC|frezarka CNC|frezer CNC|centra obróbcze
CNC machine setup|CNC machine setup|CNC setup|CNC set-up|machine setup|machine set-up|set up CNC machines|setting up CNC machines|setup and operation|set-up and operation|Einrichten von CNC-Maschinen|Einrichten der Maschinen|Einrichten und Bedienen|Rüsten|Rüsten der Maschinen|Rüsten von Maschinen|Einrichter|réglage des machines|régleur|réglage machine|préparation et réglage|preparación y puesta a punto|puesta a punto de máquinas|puesta a punto de tornos|preparación de máquinas|ajuste de máquinas|instellen van machines|machines instellen|omställning|ställa in maskiner|attrezzaggio|attrezzaggio macchine|attrezzare|setup macchina|preparação de máquinas|omstilling|opsætning af maskiner|koneen asetus|ustawianie maszyn|przezbrajanie
G-code programming|G-code|G-Code|G code|ISO programming|ISO code|DIN/ISO programming|DIN/ISO-Programmierung|ISO-Programmierung|programmation ISO|programmation en code ISO|programación ISO|programación en código ISO|ISO-programmering|programmazione ISO|programmazione in linguaggio ISO|programação ISO|programowanie ISO|G-koodi
Calipers|calipers|callipers|vernier calipers|vernier callipers|digital calipers|Messschieber|Messschiebern|Schieblehre|Schieblehren|pied à coulisse|pieds à coulisse|pie de rey|calibre pie de rey|schuifmaat|schuifmaten|skjutmått|calibro|calibri|paquímetro|paquímetros|skydelære|skyvelære|työntömitta|suwmiarka|suwmiarki|suwmiarką
Micrometers|micrometers|micrometer|Mikrometer|Bügelmessschraube|Bügelmessschrauben|Messschraube|micromètre|micromètres|micrómetro|micrómetros|micrometer|mikrometer|micrometro|micrometri|micrômetro|micrômetros|mikrometri|mikrometr|mikrometrem
Technical drawing reading|technical drawings|reading drawings|read drawings|interpret drawings|interpreting drawings|engineering drawings|read technical drawings|Zeichnungen lesen|technische Zeichnungen|technischen Zeichnungen|lecture de plans|plans techniques|lectura de planos|interpretar planos|interpretación de planos|planos técnicos|tekeningen lezen|technische tekeningen|ritningsläsning|läsa ritningar|ritningar|lettura del disegno tecnico|lettura dei disegni|disegni tecnici|leitura de desenhos técnicos|tegningslæsning|mechanical drawings|work from drawings|working from drawings|technischer Zeichnungen|desenhos técnicos|rysunek techniczny|rysunków technicznych|dokumentacji technicznej|reading technical drawings|read engineering drawings|technical drawing|Zeichnungslesen|technisches Zeichnen|Lesen von technischen Zeichnungen|Lesen technischer Zeichnungen|lecture de plans techniques|interpréter des plans|plans mécaniques|lectura de planos técnicos|interpretación de planos técnicos|dibujo técnico|planos mecánicos|technisch tekenen|ritningsförståelse|tolkning av ritningar|lettura disegno tecnico|lettura di disegni tecnici|disegno tecnico|interpretazione del disegno tecnico|leitura de desenho técnico|interpretação de desenhos técnicos|tekniske tegninger|læse tegninger|tekniske tegningar|lese tegninger|piirustusten lukutaito|teknisten piirustusten lukeminen|czytanie rysunku technicznego|czytanie rysunków technicznych|znajomość rysunku technicznego|Blueprint reading|blueprints|read blueprints|reading blueprints|construction drawings|plan reading|read plans|reading plans|Baupläne|Bauplänen|Pläne lesen|lire des plans|lecture des plans|bouwtekeningen|leitura de plantas|set out from drawings|ritningsunderlag|electrical drawings|lecture de plan|lire et interpréter des plans|lire les plans
Swiss-type lathes|Swiss-type lathe|Swiss-type lathes|Swiss-type|Swiss lathes|sliding head lathes|sliding-head|Langdrehautomat|Langdrehautomaten|Langdrehen|Langdreher|décolletage|décolleteur|tours à poupée mobile|torno tipo suizo|tornos tipo suizo|tornos suizos|langdraaiautomaten|torni a fantina mobile|fantina mobile|torni a testa mobile|tornos de cabeçote móvel
Machine maintenance|machine maintenance|basic machine maintenance|routine machine maintenance|first-level maintenance|first level maintenance|Wartung der Maschinen|Maschinenwartung|Wartung und Pflege der Maschinen|maintenance de premier niveau|maintenance de 1er niveau|entretien des machines|mantenimiento básico de la máquina|mantenimiento de primer nivel|mantenimiento de máquinas|machineonderhoud|onderhoud van machines|maskinunderhåll|manutenzione ordinaria|manutenzione ordinaria della macchina|manutenzione di primo livello|manutenção de primeiro nível|vedligeholdelse af maskiner|koneiden huolto|konservacja maszyn|obsługa codzienna maszyn
Corrective maintenance|corrective maintenance|reactive maintenance|breakdown maintenance|breakdown repairs|repair breakdowns|maintenance corrective|maintenance curative|mantenimiento correctivo|correctief onderhoud|korrigerande underhåll|avhjälpande underhåll|manutenzione correttiva|manutenzione straordinaria|manutenção corretiva|korrigerende vedligehold|korjaava kunnossapito|utrzymanie ruchu|konserwacja awaryjna|Instandsetzung|Instandsetzungen|Reparaturen an Maschinen|correctivo|correctiva|curative|corrective|correttiva|corretiva|correctief
Predictive maintenance|predictive maintenance|condition monitoring|condition-based maintenance|thermography|maintenance prédictive|maintenance conditionnelle|mantenimiento predictivo|vorausschauende Instandhaltung|vorausschauende Wartung|Zustandsüberwachung|voorspellend onderhoud|prediktivt underhåll|manutenzione predittiva|manutenção preditiva|forudsigende vedligehold|ennakoiva kunnossapito|konserwacja predykcyjna|predictivo|predictiva|prédictive|predittiva|preditiva|voorspellend
Electrical troubleshooting|electrical troubleshooting|electrical fault finding|electrical faults|electrical breakdowns|pannes électriques|dépannage électrique|diagnostic électrique|averías eléctricas|diagnóstico de averías eléctricas|resolución de averías eléctricas|elektrische Fehlersuche|elektrische Störungen|Störungen an elektrischen Anlagen|elektrische storingen|elektrische storingzoeken|elfel|elektriska fel|guasti elettrici|ricerca guasti elettrici|avarias elétricas|elektriske fejl|sähkövikojen|usterki elektryczne|awarie elektryczne|eléctricas|électriques|elettrici|elétricas|Fehlersuche und Störungsbeseitigung an elektrischen Anlagen|Störungsbeseitigung an elektrischen Anlagen|Störungsbehebung an elektrischen Anlagen|Fehlersuche an elektrischen Anlagen|Fehlersuche in elektrischen Anlagen
Mechanical maintenance|mechanical maintenance|mechanical repairs|mechanical breakdowns|mechanische Instandhaltung|mechanische Wartung|mechanische Reparaturen|maintenance mécanique|pannes mécaniques|mécanique industrielle|mantenimiento mecánico|averías mecánicas|mechanisch onderhoud|mekaniskt underhåll|mekaniska fel|manutenzione meccanica|guasti meccanici|manutenção mecânica|mekanisk vedligehold|mekaaninen kunnossapito|konserwacja mechaniczna|usterki mechaniczne|mecánicas|mecánicos|mécaniques|meccanici|meccaniche|mecânicas|mechanische
Electrical clearance|electrical clearance|habilitation électrique|habilitations électriques|habilitation B2V|B2V|Elektrofachkraft für festgelegte Tätigkeiten|EFKffT|elektrotechnisch unterwiesene Person|BA5|NEN 3140 vakbekwaam|PES PAV|qualifica PES|uprawnienia elektryczne SEP|sähkötyöturvallisuuskortti|SFS 6002|elsäkerhetsutbildning
Packaging lines|packaging lines|packaging line|packing lines|filling lines|bottling lines|Verpackungslinien|Verpackungsanlagen|Abfüllanlagen|lignes de conditionnement|ligne de conditionnement|lignes d'emballage|lignes de production|líneas de envasado|líneas de envasado y embalaje|líneas de producción|verpakkingslijnen|afvullijnen|förpackningslinjer|linee di confezionamento|linee di imbottigliamento|linhas de embalagem|pakkelinjer|pakkauslinjat|linie pakujące|linie rozlewnicze
Food industry|food industry|food manufacturing|food production|food processing|FMCG food|Lebensmittelindustrie|Lebensmittelproduktion|Nahrungsmittelindustrie|agroalimentaire|industrie agroalimentaire|agro-alimentaire|industria alimentaria|sector alimentario|industria agroalimentaria|voedingsmiddelenindustrie|levensmiddelenindustrie|voedingsindustrie|livsmedelsindustrin|livsmedelsindustri|industria alimentare|settore alimentare|indústria alimentar|indústria alimentícia|fødevareindustrien|fødevarebranchen|næringsmiddelindustrien|elintarviketeollisuus|przemysł spożywczy|branży spożywczej
Continuous improvement|continuous improvement|kaizen|Kaizen|KVP|kontinuierlicher Verbesserungsprozess|kontinuierliche Verbesserung|amélioration continue|mejora continua|continu verbeteren|continue verbetering|ständiga förbättringar|miglioramento continuo|melhoria contínua|løbende forbedringer|kontinuerlig forbedring|jatkuva parantaminen|ciągłe doskonalenie
Sterilization equipment|sterilization equipment|sterilisation equipment|sterilizers|sterilisers|Sterilisatoren|Sterilisationsanlagen|stérilisateurs|équipements de stérilisation|equipos de esterilización|esterilizadores|sterilisatoren|sterilisatorer|sterilizzatori|esterilizadores|líneas de esterilización|lignes de stérilisation|sterilisatielijnen|linee di sterilizzazione
IFS Food|IFS Food|IFS|International Featured Standards
BRCGS|BRCGS|BRC|BRC Global Standard|BRCGS Food Safety
Industrial electricity|industrial electricity|industrial electrical systems|électricité industrielle|electricidad industrial|Industrieelektrik|industriële elektrotechniek|industriell elteknik|elettrotecnica industriale|eletricidade industrial|teollisuussähkö|elektryka przemysłowa
Autoclaves|autoclaves|autoclave|Autoklaven|Autoklav|autoclavi|autoklaver|autoklawy|autoclavagem
BS 7671|BS7671`,
  ],
  [
    'hospitality-service',
    `POS systems|Point of sale|POS|POS system|POS systems|EPOS|EPOS system|EPOS systems|point-of-sale systems|point of sale system|till system|till systems|tills|operate the till|Kassensystem|Kassensysteme|Kassensystemen|Kassensystems|Kasse|Kassen|logiciel de caisse|caisse enregistreuse|terminal de caisse|la caisse|sistema de caja|sistemas de caja|sistema TPV|TPV|kassasysteem|kassasystemen|kassa|kassasystem|kassasystemet|kassan|kassor|sistema di cassa|registratore di cassa|sistema de ponto de venda|PDV|caixa registradora|kasseapparat|kassesystem|kassasysteemi|kassajärjestelmä|kasa fiskalna|system POS|Square POS|Lightspeed|caisse tactile|caisses tactiles
Table service|table service|serve tables|serving tables|wait tables|waiting tables|waiting on tables|serve guests at their tables|serve food and drinks|serving food and drinks|food and beverage service|F&B service|Service am Gast|Servieren|Servieren von Speisen und Getränken|Bedienung der Gäste|service à table|service en salle|service des plats|servir à table|servir les clients|servicio de mesas|servicio en sala|servicio de sala|servir mesas|atender mesas|bedienen aan tafel|aan tafel bedienen|gasten bedienen|servering|bordsservering|servera gäster|servizio ai tavoli|servizio in sala|servire ai tavoli|serviço de mesa|serviço de sala|atendimento às mesas|servering ved bordene|servere gjester|tarjoilu|obsługa sali|obsługa gości przy stolikach|service à l'assiette|service à la française|service au guéridon|servir los platos|servir platos|servir las mesas|servir en sala|atender la sala|atender las mesas
Order taking|order taking|take orders|taking orders|take customer orders|taking customer orders|take food orders|Bestellungen aufnehmen|Bestellungen entgegennehmen|Bestellaufnahme|Aufnahme von Bestellungen|prise de commande|prise de commandes|prise des commandes|prendre les commandes|prendre la commande|prendre des commandes|tomar comandas|toma de comandas|tomar pedidos|toma de pedidos|tomar nota de pedidos|bestellingen opnemen|bestelling opnemen|opnemen van bestellingen|ta emot beställningar|ta upp beställningar|ta beställningar|prendere le ordinazioni|presa delle comande|prendere le comande|anotar pedidos|tirar pedidos|anotar os pedidos|tage imod bestillinger|tage bestillinger|ta imot bestillinger|ta bestillinger|tilausten vastaanotto|ottaa vastaan tilauksia|przyjmowanie zamówień|przyjmowanie zamówień od gości
Card payments|card payments|card payment|card terminal|card terminals|card machine|payment terminal|payment terminals|chip and pin|contactless payments|Kartenzahlung|Kartenzahlungen|Kartenterminal|EC-Kartenzahlung|EC-Terminal|paiement par carte|paiements par carte|terminal de paiement|terminal de paiement électronique|TPE|pagos con tarjeta|pago con tarjeta|datáfono|terminal de pago|pinautomaat|pinbetalingen|pinnen|kortbetalning|kortbetalningar|kortterminal|betalterminal|pagamenti con carta|POS bancario|pagamentos com cartão|maquininha|kortbetaling|korttimaksut|płatności kartą|terminal płatniczy
Dining room setup|dining room setup|set tables|setting tables|table setting|table settings|lay tables|laying tables|laying up tables|set up the dining room|setting up the dining room|Tische eindecken|Eindecken der Tische|Eindecken|Tische decken|mise en place de la salle|dressage des tables|dresser les tables|mise en place en salle|montaje de mesas|montar las mesas|montaje de sala|preparación de la sala|tafels dekken|tafels opdekken|dukning|duka bord|duka borden|apparecchiare|apparecchiare i tavoli|allestimento della sala|mise en place di sala|montagem das mesas|arrumar as mesas|dække borde|borddækning|dekke bord|kattaus|pöytien kattaminen|nakrywanie do stołów|nakrywanie stołów
Cleaning|cleaning duties|cleaning tasks|keep the area clean|Reinigung|Reinigungsarbeiten|Reinigungstätigkeiten|reinigen|nettoyage|nettoyer|entretien des locaux|limpieza|tareas de limpieza|limpiar|schoonmaken|schoonmaak|schoonmaakwerkzaamheden|schoonhouden|städning|städa|rengöring|pulizia|pulizie|pulire|limpeza|limpar|rengøring|gøre rent|renhold|rengjøring|siivous|siivoaminen|puhtaanapito|sprzątanie|utrzymanie czystości|úklid
Menu knowledge|menu knowledge|knowledge of the menu|know the menu|knowing the menu|menu recommendations|recommend dishes|connaissance de la carte|connaître la carte|conseiller les clients sur la carte|conocimiento de la carta|conocer la carta|recomendar platos|Speisekartenkenntnis|Kenntnis der Speisekarte|Speiseempfehlungen|kennis van de menukaart|kennis van de kaart|gerechten adviseren|menykunskap|conoscenza del menù|conoscenza del menu|consigliare i piatti|conhecimento do cardápio|menukendskab|présenter la carte|conseiller sur les plats|conseils sur les plats|présentation de la carte
Wine recommendations|wine recommendations|recommend wines|recommending wines|wine service|suggest wines|conseiller les vins|conseil en vins|conseils sur les vins|accords mets-vins|recomendar vinos|recomendación de vinos|maridaje|Weinempfehlungen|Weinempfehlung|Weine empfehlen|wijnadvies|wijnen adviseren|vinrekommendationer|rekommendera vin|consigliare i vini|abbinamento vini|recomendar vinhos|harmonização de vinhos|vinanbefalinger
Plate carrying|plate carrying|carry plates|carrying plates|carry multiple plates|port d'assiettes|porter les assiettes|porter plusieurs assiettes|port de plateau|llevar platos|llevar varios platos|Tellertragen|mehrere Teller tragen|borden dragen|bära tallrikar|portare i piatti|portare più piatti|carregar pratos|port de trois assiettes|port de 3 assiettes|port de plusieurs assiettes|port de deux assiettes|porter trois assiettes
Drinks preparation|drinks preparation|drink preparation|prepare drinks|preparing drinks|make drinks|making drinks|beverage preparation|mix drinks|pour drinks|Getränke zubereiten|Zubereitung von Getränken|Getränkezubereitung|Getränkeausgabe|préparation des boissons|préparer les boissons|préparation de boissons|preparación de bebidas|preparar bebidas|elaboración de bebidas|dranken bereiden|dranken maken|drankjes maken|bereiden van dranken|dryckesberedning|förbereda drycker|preparazione bevande|preparazione delle bevande|preparare bevande|preparo de bebidas|preparação de bebidas|preparar bebidas|tilberede drikkevarer|lave drinks|juomien valmistus|przygotowywanie napojów|preparar cafés|preparar café|préparer les cafés|Kaffee zubereiten|Kaffeespezialitäten zubereiten|koffie zetten|preparare caffè
Espresso preparation|espresso preparation|espresso|espressos|espresso-based drinks|espresso beverages|pull shots|pulling shots|extract espresso|espresso extraction|Espressozubereitung|Zubereitung von Espresso|Espresso zubereiten|préparation d'espressos|préparation des espressos|préparer des espressos|extraction d'espresso|preparación de espresso|preparación de espressos|extracción de espresso|preparo de espressos|preparo de espresso|extração de espresso|espresso-bereiding|espresso zetten|espressoberedning|preparazione dell'espresso|preparazione espresso|espressotilberedning|espresson valmistus|przygotowywanie espresso
Milk steaming|milk steaming|steam milk|steaming milk|steamed milk|milk texturing|texturing milk|texture milk|microfoam|Milchschaum|Milch aufschäumen|Milchaufschäumen|mousse de lait|moussage du lait|texturisation du lait|texturizar la leche|leche texturizada|vaporizar leche|leite vaporizado|vaporizar leite|vaporização do leite|melk opschuimen|opgeschuimde melk|mjölkskumning|skumma mjölk|montare il latte|latte montato|skumme mælk|maidon vaahdotus|spienianie mleka
Latte art|latte art|Latte Art|latte-art
Filter coffee brewing|filter coffee|filter coffee brewing|brew methods|manual brewing|pour-over|pour over|V60|Chemex|AeroPress|French press|batch brew|Filterkaffee|Handfilter|café filtre|méthodes douces|café de filtro|métodos de filtrado|métodos filtrados|métodos de filtro|café coado|filterkoffie|filterkaffe|bryggkaffe|caffè filtro|metodi di estrazione alternativi|suodatinkahvi|kawa przelewowa|prensa francesa|prensa francesa
Grinder calibration|grinder calibration|calibrate the grinder|calibrating the grinder|dial in|dialling in|dialing in|dial in espresso|grind adjustment|grind settings|Mühle einstellen|Mahlgrad einstellen|Einstellen der Mühle|réglage du moulin|réglage de la mouture|calibrar el molino|calibración del molino|regular el molino|regulagem do moedor|regular o moedor|calibragem do moedor|molen afstellen|maalgraad instellen|kalibrera kvarnen|justera kvarnen|regolazione del macinino|taratura del macinino|justere kværnen|myllyn säätö|kalibracja młynka
Line cooking|line cooking|line cook|line cooks|cook on the line|work the line|working the line|kitchen line|Linienkoch|cuisinier de ligne|cocinero de línea|lijnkok|linjekock|cuoco di linea
Grilling|grilling|grill station|grill cooking|charbroiling|Grillen|Grillstation|grillades|grillade|poste grill|parrilla|plancha|a la parrilla|grillen|grillstation|grillning|griglia|alla griglia|grelhados|grelha|grilning|grillaus|grillowanie|grill|grills|open-flame grills|flat-top grill
Sautéing|sautéing|sauteing|sauté|saute|sauté station|saute station|sautieren|Sautieren|sautés|saltear|salteados|sauteren|sautera|saltare in padella|saltear|sautere|paistaminen pannulla|smażenie
Plating|plating|plate dishes|plating dishes|food presentation|Anrichten|Anrichten der Speisen|Tellergerichte anrichten|dressage des assiettes|dresser les assiettes|dressage|emplatado|emplatar|presentación de platos|opmaken van borden|borden opmaken|uppläggning|impiattamento|impiattare|empratamento|anretning|anrette|annostelu|annosten kokoaminen|dekorowanie talerzy
Knife skills|knife skills|knife handling|Messertechnik|Schnitttechniken|Umgang mit dem Messer|techniques de découpe|taille des légumes|maniement du couteau|técnicas de corte|cortes de verdura|manejo del cuchillo|snijtechnieken|mestechniek|knivteknik|knivhantering|tecniche di taglio|uso del coltello|técnicas de corte|knivteknik|veitsitekniikka|techniki krojenia
Kitchen sanitation|kitchen sanitation|kitchen cleaning|clean the kitchen|cleaning the kitchen|clean and sanitize|sanitize surfaces|sanitizing|sanitising|sanitation|dishwashing|Küchenhygiene|Reinigung der Küche|Küchenreinigung|Reinigen der Küche|Spülen|nettoyage de la cuisine|nettoyer et désinfecter|désinfection|plonge|la plonge|limpieza de cocina|limpieza de la cocina|limpieza y desinfección|friegaplatos|keukenhygiëne|keuken schoonmaken|afwas|köksstädning|pulizia della cucina|lavaggio stoviglie|limpeza da cozinha|higienização|køkkenrengøring|opvask|kjøkkenrenhold|keittiön siivous|astianpesu|utrzymanie czystości w kuchni|zmywanie|clean and sanitized|clean and sanitised|sanitized|sanitised
Stock rotation|FIFO stock rotation|FIFO|first in first out|first in, first out|FIFO-Prinzip|Warenrotation|rotation des stocks|rotation des produits|rotación de stock|rotación de existencias|rotación de productos|voorraadrotatie|roteren van voorraad|lagerrotation|rotazione delle scorte|rotação de estoque|varerotation|varekierto|rotacja towaru|rotate stock|rotating stock|rotation of stock|rotazione dei prodotti|rotazione della merce
Food labeling|food labeling|food labelling|date labeling|date labelling|label and date|labelling and dating|Etikettierung von Lebensmitteln|Lebensmittelkennzeichnung|étiquetage des produits|étiquetage|etiquetado de alimentos|etiquetado|etikettering|datummärkning|etichettatura|rotulagem|etikettering af fødevarer|pakkausmerkinnät|etykietowanie
HACCP|HACCP|HACCP principles|attestato HACCP|HACCP-Konzept|HACCP-Richtlinien|normes HACCP|règles HACCP|normas HACCP|APPCC|HACCP-normen|HACCP-regels|HACCP-certifikat|norme HACCP|normas HACCP|omavalvonta
ServSafe Food Handler|ServSafe Food Handler
Cooking techniques|cooking techniques|culinary techniques|Garmethoden|Kochtechniken|techniques culinaires|techniques de cuisson|técnicas culinarias|técnicas de cocción|kooktechnieken|tillagningstekniker|tecniche di cottura|tecniche culinarie|técnicas culinárias|tilberedningsmetoder|kypsennysmenetelmät|techniki kulinarne`,
  ],
  [
    'retail-office-public',
    `Retail sales|retail sales|sales assistant|shop floor sales|in-store sales|store sales|selling in store|Verkauf im Laden|Verkauf und Beratung|Verkaufsberatung|Beratung und Verkauf|vente en magasin|vente en boutique|conseil et vente|conseiller de vente|venta en tienda|venta asesorada|venta al público|dependiente|dependienta|winkelverkoop|verkoop in de winkel|verkoopmedewerker|butiksförsäljning|butikssäljare|försäljning i butik|vendita in negozio|vendita assistita|addetto vendite|addetta vendite|commesso|commessa|vendas em loja|atendimento em loja|butikssalg|salg i butik|butiksmedarbejder|salg i butikk|butikkmedarbeider|myymälämyynti|sprzedaż w sklepie|doradca klienta
Purchase ledger|purchase ledger|purchase ledger clerk|purchase invoices|supplier invoices|process supplier invoices|processing supplier invoices|supplier invoice processing
Sales ledger|sales ledger|sales invoices|raise sales invoices|raising sales invoices
Bank reconciliation|bank reconciliation|bank reconciliations|bank recs|bank rec|reconcile bank accounts|reconciling bank accounts|reconcile bank statements|reconciling bank statements|Bankabstimmung|Bankabstimmungen|Bankkontenabstimmung|Abstimmung der Bankkonten|rapprochement bancaire|rapprochements bancaires|conciliación bancaria|conciliaciones bancarias|conciliaciones de bancos|bankafstemning|bankafstemninger|afstemning af bank|bankavstämning|bankavstämningar|bankafstemming|bankafstemmingen|aansluiten van bankrekeningen|riconciliazione bancaria|riconciliazioni bancarie|conciliação bancária|conciliações bancárias|bankavstemming|bankavstemminger|pankkitilien täsmäytys|täsmäytykset|uzgadnianie wyciągów bankowych|uzgadnianie sald bankowych|uzgadnianie kont bankowych|reconciliações bancárias|reconciliação bancária|uzgodnienia bankowe
VAT|VAT|Umsatzsteuer|moms|btw|TVA|IVA|Mehrwertsteuer|MWST|Mehrwertsteuer|value added tax|value-added tax|taxe sur la valeur ajoutée|impuesto al valor agregado|impuesto sobre el valor añadido|omzetbelasting|mervärdesskatt|imposta sul valore aggiunto|imposto sobre o valor acrescentado|merværdiafgift|merverdiavgift|arvonlisävero|ALV|podatek VAT|MwSt|VAT returns|Umsatzsteuervoranmeldung|VAT returns|momsdeklaration|momsredovisning|btw-aangifte|déclarations de TVA|declaraciones de IVA|liquidazioni IVA|VAT return|VAT reporting|VAT filings|VAT submissions|prepare VAT returns|quarterly VAT returns|Making Tax Digital|Umsatzsteuervoranmeldungen|Umsatzsteuererklärung|déclaration de TVA|déclarations TVA|declaración de IVA|declaración del IVA|declaraciones del IVA|modelo 303|btw-aangiftes|aangifte omzetbelasting|momsdeklarationer|momsindberetning|momsafregning|moms- og afgiftsindberetning|momsrapportering|mva-melding|mva-oppgaver|arvonlisäveroilmoitus|ALV-ilmoitukset|dichiarazione IVA|dichiarazioni IVA|liquidazione IVA|declaração de IVA|deklaracje VAT|deklaracji VAT|JPK_VAT|JPK
Supplier payments|supplier payments|pay suppliers|paying suppliers|Zahlungsläufe vorbereiten|Lieferantenzahlungen|règlements fournisseurs|paiements fournisseurs|pagos a proveedores|programación de pagos|betalingen aan leveranciers|leverantörsbetalningar|pagamenti fornitori|pagamentos a fornecedores|betalinger til leverandører|leverandørbetalinger|toimittajamaksut|płatności dla dostawców|płatności do dostawców
Credit control|credit control|credit controller|chase overdue|chasing overdue|chase payments|chasing payments|chase overdue accounts|chasing debts|debt chasing|Forderungsmanagement|contrôle du crédit|relance des impayés|recouvrement des créances|control de crédito|gestión de cobros|kredietbeheer|debiteurenbeheer en incasso|kreditkontroll|kravhantering|controllo crediti|gestione del credito|controlo de crédito|debitorstyring|rykkerprocedure|rykkere|perintä|windykacja
Year-end close|year-end close|year-end closing|year end close|year-end accounts|year end accounts|Jahresabschluss|Jahresabschlüsse|Jahresabschlussarbeiten|clôture annuelle|clôture de l'exercice|bilan annuel|cierre anual|cierre del ejercicio|cierre contable anual|jaarafsluiting|jaarrekening|bokslut|årsbokslut|bokslutsarbete|chiusura di bilancio|chiusura annuale|bilancio d'esercizio|fecho de contas|encerramento do exercício|årsafslutning|årsregnskab|årsoppgjør|årsregnskap|tilinpäätös|tilinpäätökset|zamknięcie roku|bilans roczny|sprawozdanie finansowe
Debt collection|debt collection|Inkasso|inkasso|recouvrement|cobranza|cobro de deudas|indrivning|recupero crediti|cobrança|inddrivelse|perintätoimisto|windykacja należności
Income tax|income tax|ISR|impuesto sobre la renta|Einkommensteuer|Lohnsteuer|impôt sur le revenu|prélèvement à la source|inkomstenbelasting|loonheffing|inkomstskatt|preliminärskatt|imposta sul reddito|IRPEF|imposto de renda|indkomstskat|A-skat|inntektsskatt|forskuddstrekk|tulovero|ennakonpidätys|podatek dochodowy
Tax calculation|tax calculation|tax calculations|calculate taxes|calculating taxes|cálculo de impuestos|cálculo de contribuciones|Steuerberechnung|Berechnung von Steuern|calcul des impôts|calcul des taxes|belastingberekening|skatteberäkning|calcolo delle imposte|cálculo de impostos|skatteberegning|verolaskenta|naliczanie podatków
CFDI|CFDI|CFDIs|facturación electrónica|factura electrónica|facturas electrónicas|comprobantes fiscales
DIOT|DIOT
CONTPAQi|CONTPAQi|CONTPAQ|Contpaq|CONTPAQi Contabilidad|CONTPAQi Nóminas
Aspel COI|Aspel COI|Aspel NOI|Aspel
Danløn|Danløn|DanLøn
Dataløn|Dataløn
Visma Lønn|Visma Lønn|Visma Løn
Hogia|Hogia|Hogia Lön
Tripletex|Tripletex
Netvisor|Netvisor
Procountor|Procountor
Symfonia|Symfonia|Sage Symfonia
Comarch Optima|Comarch Optima|Comarch ERP Optima
enova365|enova365
Holiday pay|holiday pay|holiday entitlement calculations|holiday accrual|vacation pay|feriepenge|ferieløn|ferie og feriepenge|feriepenger|semesterlön|semesterersättning|lomapalkka|Urlaubsentgelt|indemnité de congés payés|vacaciones y prima vacacional|prima vacacional|ferie e permessi|subsídio de férias|wynagrodzenie urlopowe|ekwiwalent za urlop
Pension administration|pension administration|pension contributions|pension schemes administration|pensionsindberetning|indberetning af pension|pensionsadministration|pensjonsinnberetning|pensjonsrapportering|betriebliche Altersvorsorge verwalten|gestion des retraites|cotisations retraite|aportaciones a planes de pensiones|pensioenadministratie|pensioenaangifte|amministrazione previdenziale|eläkeilmoitukset|składki emerytalne
Pension auto-enrolment|auto-enrolment|auto enrolment|automatic enrolment|pension auto-enrolment|auto-enrollment
Time registration|Time and attendance|time tracking|timeregistrering|tidsregistrering|tidregistrering|Zeiterfassung|Arbeitszeiterfassung|gestion des temps|control horario|registro horario|urenregistratie|tijdregistratie|rilevazione presenze|registo de horas|työaikaseuranta|tuntikirjaukset|ewidencja czasu pracy|timecards|timecard|time cards
Payroll reconciliation|payroll reconciliation|payroll reconciliations|reconcile payroll|reconciling payroll|afstemning af lønkonti|lønafstemning|lønnsavstemming|lönekontoavstämning|Lohnabstimmung|Abstimmung der Lohnkonten|rapprochement de la paie|conciliación de nóminas|salarisaansluiting|quadratura paghe|reconciliação da folha|palkkojen täsmäytys|uzgadnianie listy płac
Statutory payments|statutory payments|SSP|SMP|SPP|statutory sick pay|statutory maternity pay|statutory paternity pay|statutory pay|sygedagpenge|refusion af sygedagpenge|sjuklön|sykepenger|incapacidad temporal|ziektegeld|malattia e maternità|sairauspäiväraha|zasiłek chorobowy
Starters and leavers administration|starters and leavers|new starters and leavers|starters, leavers|P45|P45s|Ein- und Austritte|entrées et sorties du personnel|altas y bajas|altas y bajas en la Seguridad Social|in- en uitdiensttreding|in- och utträden|assunzioni e cessazioni|admissões e demissões|til- og fratrædelser|ansettelser og avganger|zgłoszenia i wyrejestrowania
RTI submissions|RTI|RTI submissions|Real Time Information|FPS submissions|EPS submissions|full payment submissions
HMRC compliance|HMRC|HMRC compliance|HMRC regulations|HMRC guidelines|PAYE|PAYE compliance|PAYE and NIC|National Insurance
CIPP|CIPP|CIPP qualification|Chartered Institute of Payroll Professionals|CIPP Foundation Degree
Sage 50 Payroll|Sage 50 Payroll|Sage Payroll|Sage 50 Cloud Payroll
Qualified Teacher Status|Qualified Teacher Status|QTS|qualified teacher|QTLS|Qualified Teacher Learning and Skills
Key Stage 1|Key Stage 1|KS1|Key Stage One|Year 1 and Year 2|end of Key Stage 1
Key Stage 2|Key Stage 2|KS2|Key Stage Two|Upper Key Stage 2|Lower Key Stage 2|LKS2|UKS2|Year 4|Year 5|Year 6|Year 3
Key Stage 3|Key Stage 3|KS3
Key Stage 4|Key Stage 4|KS4
EYFS|EYFS|Early Years Foundation Stage|Reception class
National Curriculum|National Curriculum|the national curriculum
Phonics|phonics|systematic synthetic phonics|SSP scheme|Read Write Inc|RWI|Little Wandle|Letters and Sounds|phonics scheme|Lautiermethode|Anlauttabelle|méthode syllabique|método fonético|klankgebaseerd|ljudmetod|metodo fonico|método fônico
Early reading|early reading|early literacy|reading for pleasure|Leseförderung|Erstlesen|apprentissage de la lecture|lectoescritura|aanvankelijk lezen|läsinlärning|letto-scrittura|alfabetização|lukemaan oppiminen|nauka czytania
SEND support|SEND support|SEND|SEN|SENCo|SENCO|special educational needs|special educational needs and disabilities|pupils with SEND|pupils with SEN|EHCP|EHCPs|Education, Health and Care Plans|inclusion support
Class tutoring|form tutor|form tutoring|class tutor|kontaktlærer|kontaktlærerarbeid|kontaktlärare|Klassenleitung|Klassenlehrer|Klassenlehrerin|professeur principal|tutor de grupo|tutoría de grupo|tutor/a de grupo|klassenmentor|coordinatore di classe|wychowawca klasy|wychowawstwo|luokanvalvoja|luokanvalvojana|klasselærer|klasseforstander|mentor för en klass|mentorskap|kontaktlæreransvar|kontaktlärarskap|Klassenlehrerfunktion|mentorsansvar
LK20 curriculum|LK20|Kunnskapsløftet|Fagfornyelsen|LK06
Lgr22 curriculum|Lgr22|Lgr11|läroplanen för grundskolan|Lpo94|Gy11|Lgy11
GeoGebra|GeoGebra
Civil registration|civil registration|registry office|register office|registrar services|Burgerzaken|burgerzaken|burgerlijke stand|Personenstandswesen|Personenstandsangelegenheiten|Personenstand|Standesamt|Standesamtes|état civil|registro civil|folkbokföring|folkbokföringen|folkeregister|folkeregisteret|folkeregistrering|CPR-registrering|anagrafe|stato civile|servizi demografici|registo civil|conservatória|väestörekisteri|väestökirjanpito|urząd stanu cywilnego|USC|akta stanu cywilnego|rejestracja stanu cywilnego
Residence registration|residence registration|registration of residence|address registration|Meldewesen|Meldeangelegenheiten|Meldebehörde|Meldebescheinigung|Meldebescheinigungen|An- und Ummeldungen|Wohnsitzanmeldung|Anmeldung des Wohnsitzes|inscription au registre|déclaration de domicile|empadronamiento|empadronamientos|padrón municipal|padrón de habitantes|adreswijzigingen|verhuizingen verwerken|inschrijving in de BRP|flyttanmälan|flyttanmälningar|iscrizione anagrafica|residenza anagrafica|cambi di residenza|atestado de residência|flytteanmeldelse|flyttemelding|muuttoilmoitus|meldunek|zameldowanie|wymeldowanie|sprawy meldunkowe
Passport and ID applications|passport applications|passport and ID applications|ID card applications|identity card applications|passports and ID cards|passports and identity cards|Personalausweis|Personalausweise|Personalausweisen|Reisepass|Reisepässe|Reisepässen|Ausweisdokumente|Pass- und Ausweiswesen|Pass- und Personalausweiswesen|paspoort|paspoorten|reisdocumenten|identiteitskaart|identiteitskaarten|ID-kaart|ID-kaarten|reisdocument|passeports|passeport|cartes d'identité|carte nationale d'identité|titres d'identité|pasaporte|pasaportes|DNI|documento nacional de identidad|pass och id-kort|passansökningar|id-kort|passaporti|carta d'identità|carte d'identità|passaporte|passaportes|cartão de cidadão|pas og ID-kort|passøknader|passi ja henkilökortti|passihakemukset|henkilökortit|dowód osobisty|dowody osobiste|dowodów osobistych|paszporty|paszport
Administrative law|administrative law|Verwaltungsrecht|Verwaltungsverfahrensrecht|VwVfG|Verwaltungsverfahrensgesetz|Allgemeines Verwaltungsrecht|droit administratif|derecho administrativo|procedimiento administrativo|bestuursrecht|Algemene wet bestuursrecht|Awb|förvaltningsrätt|förvaltningslagen|diritto amministrativo|procedimento amministrativo|direito administrativo|forvaltningsret|forvaltningsloven|forvaltningsrett|hallinto-oikeus|hallintolaki|prawo administracyjne|KPA|kodeks postępowania administracyjnego
Public administration|public administration|public sector administration|Verwaltungsfachangestellte|Verwaltungsfachangestellter|Verwaltungsfachangestellten|Verwaltungsfachwirt|Verwaltungsfachwirtin|Angestelltenlehrgang|Angestelltenlehrgang I|Angestelltenlehrgang II|Verwaltungslehrgang|öffentliche Verwaltung|öffentlichen Verwaltung|administration publique|administración pública|openbaar bestuur|offentlig förvaltning|pubblica amministrazione|administração pública|offentlig forvaltning|julkishallinto|julkinen hallinto|administracja publiczna|administracji publicznej
Basisregistratie Personen (BRP)|Basisregistratie Personen|BRP|Basisregistratie Personen (BRP)
Patrolling|patrolling|patrols|patrol|mobile patrols|foot patrols|carry out patrols|conduct patrols|Streifendienst|Streifengänge|Kontrollgänge|Rundgänge|Revierdienst|rondes|rondes de surveillance|effectuer des rondes|rondas|rondas de vigilancia|surveillancerondes|rondes lopen|ronder|rondering|ronderingar|ronde di vigilanza|rondas de vigilância|vagtrunder|runderinger|vartiokierrokset|patrole
Access control|control access|controlling access|visitor management|sign in visitors|Zutrittskontrolle|Zugangskontrolle|Zutrittskontrollen|Einlasskontrolle|Einlasskontrollen|contrôle d'accès|contrôle des accès|filtrage des accès|control de accesos|control de acceso|toegangscontrole|passerkontroll|tillträdeskontroll|adgangskontrol|adgangskontroll|controllo accessi|controllo degli accessi|controle de acesso|controle de acessos|kulunvalvonta|kulunvalvontaa|kontrola dostępu|kontrola ruchu osobowego
Incident reporting|incident reporting|incident reports|write incident reports|writing incident reports|report incidents|reporting incidents|daily occurrence book|DOB entries|Vorfallberichte|Berichtswesen im Wachdienst|Wachbuch|Protokollierung von Vorfällen|rapports d'incident|rapports d'incidents|main courante|informes de incidencias|partes de incidencias|incidentrapportage|incidentrapporten|incidentrapporter|avvikelserapportering|rapporti di incidente|relatórios de ocorrências|livro de ocorrências|hændelsesrapporter|hendelsesrapporter|avviksrapportering|poikkeamaraportit|raporty z incydentów|książka służby
Alarm response|alarm response|alarm responses|respond to alarms|responding to alarms|alarm monitoring|keyholding|key holding|Alarmverfolgung|Alarmintervention|Alarmreaktion|intervention sur alarme|levée de doute|respuesta a alarmas|alarmopvolging|larmutryckning|larmhantering|intervento su allarme|resposta a alarmes|alarmudrykning|alarmrespons|hälytyskäynnit|reagowanie na alarmy
Security licence §34a|Sachkundeprüfung nach § 34a|Sachkundeprüfung §34a|§34a GewO|34a GewO|Unterrichtung nach § 34a|Unterrichtung nach §34a|Sachkunde §34a|Sachkundeprüfung
BS7858 vetting|BS7858|BS 7858|BS7858 screening|BS7858 vetting|BS 7858 screening
Conflict management|conflict management|de-escalation|de-escalate|deescalation|defuse situations|conflict de-escalation|Deeskalation|Deeskalationstechniken|Konfliktmanagement|gestion des conflits|désescalade|gestión de conflictos|desescalada|de-escalatie|conflicthantering|konflikthantering|deeskalering|gestione dei conflitti|gestão de conflitos|konflikthåndtering|konflikthåndtering|konfliktinhallinta|rozwiązywanie konfliktów|deeskalacja
Commercial cleaning|commercial cleaning|office cleaning|contract cleaning|clean offices|cleaning offices|Büroreinigung|Unterhaltsreinigung|Gebäudereinigung|Gebäudereiniger|nettoyage de bureaux|nettoyage des bureaux|nettoyage des locaux|agent de propreté|agent d'entretien|limpieza de oficinas|limpieza de edificios|kantoorschoonmaak|schoonmaak van kantoren|kantoren schoonmaken|kontorsstädning|lokalvård|lokalvårdare|pulizia uffici|pulizie civili|impresa di pulizie|limpeza de escritórios|limpeza comercial|kontorrengøring|erhvervsrengøring|kontorrenhold|toimistosiivous|toimitilasiivous|sprzątanie biur
Floor cleaning|floor cleaning|floor care|clean floors|cleaning floors|mopping|vacuuming|floor polishing|Bodenreinigung|Bodenpflege|Böden reinigen|lavage des sols|entretien des sols|nettoyage des sols|limpieza de suelos|fregado de suelos|fregar suelos|vloeronderhoud|vloerreiniging|vloeren schoonmaken|golvvård|golvrengöring|lavaggio pavimenti|pulizia dei pavimenti|limpeza de pavimentos|gulvvask|gulvrengøring|lattioiden pesu|mycie podłóg
Cleaning machines|cleaning machines|cleaning machinery|cleaning equipment|scrubber dryer|scrubber dryers|scrubber-dryer|floor scrubber|floor scrubbers|rotary floor machine|Reinigungsmaschinen|Scheuersaugmaschine|Scheuersaugmaschinen|Einscheibenmaschine|autolaveuse|autolaveuses|monobrosse|monobrosses|machines de nettoyage|fregadora|fregadoras|rotativa|maquinaria de limpieza|schrobzuigmachine|schrobzuigmachines|schrobmachine|schoonmaakmachines|skurmaskin|skurmaskiner|städmaskiner|lavasciuga|lavasciuga pavimenti|monospazzola|macchinari per la pulizia|máquinas de limpeza|lavadora de pavimentos|gulvvaskemaskine|skuremaskine|lattianpesukone|yhdistelmäkone|maszyny czyszczące|szorowarka
Waste sorting|waste sorting|waste segregation|recycling|sort waste|sorting waste|waste separation|Mülltrennung|Abfalltrennung|Müllentsorgung|tri des déchets|tri sélectif|évacuation des déchets|separación de residuos|reciclaje|afvalscheiding|afval scheiden|sopsortering|källsortering|raccolta differenziata|separação de resíduos|reciclagem|affaldssortering|kildesortering|jätteiden lajittelu|lajittelu|segregacja odpadów|sortowanie odpadów
Cleaning products|cleaning products|cleaning chemicals|cleaning agents|chemical dilution|dilution rates|Reinigungsmittel|Reinigungsmitteln|Dosierung der Reinigungsmittel|produits d'entretien|produits de nettoyage|dosage des produits|dosages des produits|productos de limpieza|productos químicos de limpieza|schoonmaakmiddelen|reinigingsmiddelen|rengöringsmedel|städkemikalier|prodotti per la pulizia|detergenti|prodotti detergenti|produtos de limpeza|rengøringsmidler|rengjøringsmidler|puhdistusaineet|środki czystości|chemia gospodarcza
Restroom cleaning|restroom cleaning|sanitaires|restrooms|washrooms|washroom cleaning|toilet cleaning|clean toilets|cleaning toilets|Sanitärreinigung|Reinigung der Sanitäranlagen|Toilettenreinigung|nettoyage des sanitaires|entretien des sanitaires|limpieza de baños|limpieza de aseos|sanitair schoonmaken|sanitairreiniging|toalettstädning|städning av toaletter|pulizia dei bagni|pulizia servizi igienici|limpeza de casas de banho|limpeza de banheiros|toiletrengøring|toalettrenhold|wc-tilojen siivous|sprzątanie toalet
Reception duties|reception duties|reception desk|meet and greet visitors|greeting visitors|welcome visitors|Empfang|Empfangstätigkeiten|Besucherempfang|accueil physique|accueil des visiteurs|accueil physique et téléphonique|recepción de visitas|atención en recepción|receptie|baliewerkzaamheden|receptionstjänst|accoglienza visitatori|receção|recepção de visitantes|receptionsarbejde|recepcja|obsługa recepcji
Phone handling|phone handling|answer the phone|answering phones|answering calls|answer calls|handle calls|switchboard|telephone enquiries|answer phone|answering phone|answer the phones|answering the phone|answering the phones|phone queries|telephone queries|phone enquiries|Telefonzentrale|Telefondienst|Anrufe entgegennehmen|accueil téléphonique|standard téléphonique|gestion des appels|atención telefónica|centralita|atender llamadas|telefoon aannemen|telefonische bereikbaarheid|telefoonbeantwoording|telefonväxel|besvara samtal|centralino|gestione delle chiamate|atendimento telefónico|atendimento telefônico|telefonpasning|puhelinvaihde|puheluihin vastaaminen|obsługa telefoniczna|odbieranie telefonów|obsługa centrali telefonicznej
Minute taking|minute taking|take minutes|taking minutes|minutes of meetings|meeting minutes|Protokollführung|Protokolle führen|Protokollerstellung|prise de notes|rédaction de comptes rendus|comptes rendus de réunion|redacción de actas|levantar actas|actas de reuniones|notuleren|notulen|notulist|protokollföring|föra protokoll|verbalizzazione|redazione di verbali|elaboração de atas|atas de reunião|referatskrivning|tage referat|pöytäkirjat|pöytäkirjan laatiminen|protokołowanie|sporządzanie protokołów|stesura verbali|stesura dei verbali|redazione dei verbali
Mail handling|mail handling|post handling|incoming and outgoing post|incoming and outgoing mail|Postbearbeitung|Posteingang|Postein- und -ausgang|Postausgang|gestion du courrier|courrier entrant et sortant|gestión del correo|correspondencia entrante y saliente|postverwerking|postafhandeling|posthantering|gestione della posta|posta in entrata e in uscita|gestão de correspondência|posthåndtering|postinkäsittely|obsługa korespondencji|korespondencja przychodząca i wychodząca|incoming mail|gestión de correspondencia
Filing|filing systems|archiving|Ablage|Ablagesysteme|Archivierung|archivage|archivar|archivering|archiveren|arkivering|arkivera|archiviazione|archiviare|arquivamento|arkivering|arkistointi|archiwizacja|archiwizowanie dokumentów`,
  ],
  [
    'customer-support',
    `Phone support|telephone support|phone-based support|support by phone|answer phone calls|answering phone calls|inbound calls|handle inbound calls|telefonischer Support|Telefonsupport|telefonische Kundenbetreuung|support téléphonique|assistance téléphonique|soporte telefónico|telefonische ondersteuning|telefonsupport|supporto telefonico|assistenza telefonica|telefonisk kundeservice|phone|telephone|by phone|over the phone|via phone
Live chat support|live chat|chat support|webchat support|Chat-Support|support par chat|chat en vivo|soporte por chat|chatondersteuning|supporto via chat|suporte por chat|chat|by chat|via chat
Email support|e-mail support|email enquiries|email inquiries|E-Mail-Support|support par e-mail|soporte por correo electrónico|soporte por email|e-mailondersteuning|supporto via email|suporte por e-mail|email|e-mail|by email|via email
Refund processing|refund requests|issue refunds|issuing refunds|Rückerstattungen bearbeiten|Bearbeitung von Rückerstattungen|traitement des remboursements|gestión de reembolsos|tramitación de reembolsos|terugbetalingen verwerken|gestione dei rimborsi|obsługa zwrotów pieniędzy|processamento de reembolsos
Order tracking|order status enquiries|order status inquiries|suivi des commandes|seguimiento de pedidos|tracciamento degli ordini|śledzenie zamówień|acompanhamento de encomendas
Typing|typing speed|touch typing|words per minute|10-Finger-System|Zehnfingersystem|dactylographie|mecanografía|blind typen|dattilografia
Returns handling|returns processing|process returns|processing returns|handle returns|handling returns|Retourenbearbeitung|Retourenabwicklung|gestion des retours|gestión de devoluciones|retourverwerking|gestione dei resi|obsługa zwrotów|gestão de devoluções|returhantering`,
  ],
  [
    'front-office',
    `Patient check-in|patient check-in|check patients in|checking patients in|greet patients|greeting patients|welcome patients|welcoming patients|patient registration|Patientenaufnahme|Patientenanmeldung|accueil des patients|admisión de pacientes|patiëntenregistratie|accettazione pazienti|rejestracja pacjentów|receção de utentes
Insurance verification|insurance eligibility|eligibility verification|benefits verification|verification of benefits|verify insurance|verifying insurance|Versicherungsprüfung|vérification des droits|verificación de seguros
Dental insurance|dental insurance plans|dental benefits
CDT codes|CDT coding|CDT code
Multi-line phone|multi-line phones|multi-line phone system|multiline phone|multi-line telephone|multi-line telephones
Payment posting|posting payments|post payments|payment entry|cash posting
Billing statements|patient statements|billing statement
Co-pay collection|collect co-pays|collecting co-pays|copay collection|collect copays|co-payments|co-pays|copays
Office management|office manager experience|Büromanagement|Büroorganisation|gestion de bureau|gestión de oficina|kantoormanagement|gestione dell'ufficio|zarządzanie biurem|gestão de escritório|kontorsadministration
Office administration|office admin|Büroverwaltung|administration de bureau|administración de oficina|kantooradministratie|amministrazione d'ufficio|administracja biurowa|administração de escritório|kontorsarbete
Meeting coordination|coordinate meetings|coordinating meetings|arrange meetings|arranging meetings|arrange client meetings|organise meetings|organize meetings|book meetings|meeting planning|Besprechungsorganisation|Organisation von Besprechungen|organisation de réunions|organización de reuniones|vergaderingen organiseren|organizzazione di riunioni|organizacja spotkań|organização de reuniões|meeting scheduling|client meetings
Event planning|plan events|planning events|organise events|organize events|organising events|organizing events|event organisation|event organization|Eventplanung|Veranstaltungsorganisation|Organisation von Veranstaltungen|organisation d'événements|organización de eventos|evenementenorganisatie|organizzazione di eventi|organizacja wydarzeń|organização de eventos|eventplanering
Written communication|written communication skills|schriftliche Kommunikation|communication écrite|comunicación escrita|schriftelijke communicatie|comunicazione scritta|komunikacja pisemna|comunicação escrita
Interview scheduling|schedule interviews|scheduling interviews|coordinate interviews|coordinating interviews|Terminierung von Vorstellungsgesprächen|planification des entretiens|programación de entrevistas|sollicitatiegesprekken plannen|pianificazione dei colloqui
Microsoft 365|Office 365|M365|O365
QuickBooks Online|QBO`,
  ],
  [
    'warehouse-more',
    `Packing|order packing|packing orders|pack orders|packing goods|Verpacken|Verpackung von Waren|emballage des commandes|empaquetado|embalaje de pedidos|inpakken|orders inpakken|imballaggio|confezionamento|pakowanie|embalagem|packning|pakning af ordrer
Pallet jack|pallet jacks|pallet-jack|pallet truck|pallet trucks|hand pallet truck|electric pallet truck|Hubwagen|transpalette|transpalettes|transpaleta|transpaletas|palletwagen|transpallet|wózek paletowy|porta-paletes|palldragare|palleløfter
Team leadership|team leader experience|lead a team|leading a team|lead a crew|leading a crew|lead a shift|team lead experience|Teamleitung|Teamführung|chef d'équipe|liderazgo de equipo|liderazgo de equipos|teamleiding|guida del team|kierowanie zespołem|liderança de equipa|liderança de equipe|teamledning|teamledelse
Inventory control|stock control|Bestandskontrolle|contrôle des stocks|control de existencias|voorraadcontrole|controllo delle scorte|kontrola zapasów|controlo de stock|lagerkontroll|inventory discrepancies|investigate discrepancies|stock discrepancies|Bestandsdifferenzen|écarts d'inventaire|écarts de stock|descuadres de inventario|voorraadverschillen|lagerdifferenser
Putaway|put-away|put away stock|putting away stock|Einlagerung|rangement des marchandises|ubicación de mercancía|stoccaggio della merce|rozlokowanie towaru|inlagring
Batch tracking|lot tracking|batch traceability|lot traceability|batch and expiry|expiry date control|Chargenverfolgung|MHD-Kontrolle|traçabilité des lots|trazabilidad de lotes|controllo lotti|lotti e scadenze|kontrola partii|rastreabilidade de lotes
Night work|night shifts|night shift work|work nights|working nights|Nachtarbeit|Nachtschicht|Nachtschichten|travail de nuit|trabajo nocturno|turno de noche|nachtdienst|nachtdiensten|lavoro notturno|praca w nocy|trabalho noturno|nattarbete|natarbejde|yötyö
Fishbowl|Fishbowl Inventory`,
  ],
  [
    'pharmacy',
    `Sterile compounding|sterile compounding|IV compounding|aseptic compounding|cleanroom compounding|sterile products|Sterilherstellung|préparations stériles|preparación de estériles|steriele bereiding|allestimento sterile
USP 797|USP <797>|USP Chapter 797
Aseptic technique|aseptic techniques|aseptische Technik|aseptisches Arbeiten|technique aseptique|técnica aséptica|aseptisch werken|tecnica asettica|technika aseptyczna|técnica assética|aseptisk teknik
IV admixtures|IV admixture|intravenous admixtures|IV preparation|IV preparations|prepare IVs|preparing IVs|IV bags
TPN preparation|TPN|total parenteral nutrition|parenteral nutrition|parenterale Ernährung|nutrition parentérale|nutrición parenteral
Omnicell
Pyxis|Pyxis MedStation|BD Pyxis
Automated dispensing cabinets|automated dispensing cabinet|automated dispensing|dispensing cabinets
Epic Willow|Willow
Medication order entry|medication order|medication orders
PTCB certification|PTCB|PTCB certified|PTCB-certified|PTCB certificate
ExCPT certification|ExCPT|ExCPT certified
CSPT certification|CSPT`,
  ],
  [
    'construction-more',
    `Building services engineering (TGA)|building services engineering|building services|MEP engineering|mechanical, electrical and plumbing|Technische Gebäudeausrüstung|TGA|TGA-Projekte|Gebäudetechnik|génie climatique et électrique|instalaciones de edificios|installatietechniek|impiantistica civile|instalacje budowlane|instalações técnicas
Claims management|Nachtragsmanagement|Nachtragswesen|Nachträge|change order management|variation management|variations management|gestion des avenants|gestión de modificados|meerwerkbeheer|gestione delle varianti
VOB|VOB/B|VOB/A|VOB/C|Vergabe- und Vertragsordnung für Bauleistungen
VDE standards|VDE-Normen|VDE-Vorschriften|VDE-Bestimmungen|VDE regulations|VDE
DIN 18015
Design review|design reviews|Planprüfung|Prüfung der Ausführungsplanung|Prüfung von Planunterlagen|revue de conception|revisión de diseño|ontwerpreview|revisione del progetto|Ausführungsplanung prüfen|prüfen die Ausführungsplanung|Prüfung der Planung
Construction scheduling|Terminsteuerung|Bauzeitenplan|Bauzeitenplanung|planning de chantier|planificación de obra|bouwplanning|programmazione dei lavori|harmonogram robót|planeamento de obra|construction programme|construction schedule|construction schedules|Terminkontrolle|Termincontrolling
Nevaris
DATAflor
RIB iTWO|iTWO
ORCA AVA
California.pro`,
  ],
  [
    'kitchen-bakery',
    `Commercial cookery|commercial cookery|professional cookery|culinary arts|cuisine professionnelle|cocina profesional|vakopleiding kok|cucina professionale
Section management|run a section|run your own section|running a section|run the section|manage a section|managing a section|own section|Postenverantwortung|eigenen Posten|gestion de poste|responsable de partida|sectie leiden|gestione della partita
Mise en place|mise en place|mise-en-place|Mise en Place
Larder|larder section|larder chef|garde manger|garde-manger
Ordering|stock ordering|order stock|ordering stock|place orders|placing orders|write orders|writing orders|supplier orders|Bestellwesen|Warenbestellung|Warenbestellungen|passation des commandes|commandes fournisseurs|pedidos a proveedores|bestellingen plaatsen|ordini ai fornitori|zamówienia towaru|encomendas a fornecedores
Waste management|waste reduction|reduce waste|reducing waste|keep waste down|food waste|waste control|Abfallmanagement|Abfallvermeidung|gestion des déchets|lutte contre le gaspillage|gestión de residuos|afvalbeheer|gestione dei rifiuti|gospodarka odpadami|gestão de resíduos
Certificate III in Commercial Cookery|Cert III in Commercial Cookery|Cert III Commercial Cookery|Certificate III Commercial Cookery|Certificate III in Cookery
Certificate IV in Kitchen Management|Cert IV in Kitchen Management|Cert IV Kitchen Management
Food Safety Supervisor certificate|Food Safety Supervisor|FSS certificate|food safety supervisor certificate
Bread making|bread making|breadmaking|bread baking|bread production|artisan bread|Brotherstellung|Brotbacken|fabrication du pain|fabrication des pains|panification|panificación|elaboración de pan|brood bakken|broodproductie|panificazione|wypiek chleba|fabrico de pão|brödbakning|brødbagning
Kneading|knead dough|kneading dough|pétrissage|Kneten|Teig kneten|amasado|kneden|impastamento|impastare|wyrabianie ciasta|amassar
Shaping|dough shaping|shape dough|shaping dough|shaping loaves|façonnage|Formgebung|Teig formen|formado de masas|boleado|opmaken van deeg|formatura|formowanie ciasta|modelação
Baking|bake bread|baking bread|cuisson des pains|cuisson du pain|enfournement|Backen|Abbacken|horneado|hornear|afbakken|cottura del pane|wypiek|cozedura
Sourdough|sourdough starter|levain|levain naturel|levains|Sauerteig|masa madre|zuurdesem|lievito madre|pasta madre|zakwas|surdeg|surdej|massa mãe
Viennoiserie|viennoiseries|laminated dough|laminated pastry|croissants|Plundergebäck|Plunderteig|bollería|bollería hojaldrada|viennoiseriedeeg|viennoiserie
CAP Boulanger|CAP boulangerie|CAP de boulanger
BP Boulanger|brevet professionnel boulanger|BP boulangerie
CAP Pâtissier|CAP pâtisserie`,
  ],
  [
    'hotel-housekeeping',
    `Room cleaning|guest room cleaning|clean rooms|cleaning rooms|clean guest rooms|cleaning guest rooms|room attendant|Zimmerreinigung|Reinigung der Zimmer|Reinigung der Gästezimmer|nettoyage des chambres|limpieza de habitaciones|limpieza y preparación de habitaciones|kamers schoonmaken|schoonmaken van kamers|pulizia delle camere|pulizia camere|sprzątanie pokoi|limpeza de quartos|städning av rum|städning av hotellrum|rengøring af værelser
Public area cleaning|public areas|public area|common areas|cleaning common areas|limpieza de zonas comunes|zonas comunes|nettoyage des parties communes|parties communes|Reinigung der Allgemeinbereiche|Allgemeinflächen|pulizia delle aree comuni|aree comuni|openbare ruimtes|części wspólne|áreas comuns
Linen handling|bed linen|linen change|change linen|changing linen|change bed linen|changing bed linen|lencería|ropa de cama|cambio de lencería|linge de lit|changement du linge|Bettwäsche|Wäschewechsel|biancheria|cambio biancheria|linnengoed|pościel|roupa de cama|sängkläder|sengetøj
Amenities replenishment|amenities|guest amenities|reposición de amenities|produits d'accueil|Gästeartikel
Minibar restocking|minibar|minibars|reposición del minibar|réassort du minibar|Minibar auffüllen
Maintenance reporting|fault reporting|report faults|reporting faults|report maintenance issues|maintenance requests|comunicar averías|informar de averías|signaler les anomalies|signaler les pannes|Mängel melden|Schäden melden|storingen melden|segnalare guasti|zgłaszanie usterek`,
  ],
  [
    'care-more',
    `Palliative care|palliative care|end-of-life care|end of life care|Palliativpflege|Palliativversorgung|palliative Begleitung|Sterbebegleitung|soins palliatifs|fin de vie|cuidados paliativos|palliatieve zorg|palliativ vård|palliativ omvårdnad|palliativ pleje|palliativ indsats|den sidste tid|cure palliative|opieka paliatywna|cuidados paliativos|palliatiivinen hoito|palliation|palliativ|palliativt arbejde
Clinical observation|patient observation|observe patients|observing patients|Patientenbeobachtung|observation clinique|surveillance clinique|observación clínica|osservazione clinica|obserwacja pacjenta|observação clínica|observation af borgere|observation af borgernes|observation af borgerens|observationer|sygeplejefaglige observationer
Student supervision|supervise students|supervising students|supervise PhD students|supervise PhD|help supervise|student supervision|vejledning af elever|vejledning af studerende|handledning av studenter|handledning av elever|encadrement des étudiants|encadrement des stagiaires|tutorat|supervisión de estudiantes|tutorización de alumnos|begeleiden van studenten|stagebegeleiding|tutoraggio|opieka nad studentami|supervisão de estudantes
Social and healthcare assistant authorisation|autorisation som social- og sundhedsassistent|autoriseret social- og sundhedsassistent|social- og sundhedsassistent med autorisation|uddannet social- og sundhedsassistent
Nexus|KMD Nexus
Cosmic|Cambio Cosmic`,
  ],
  [
    'transport-more',
    `Pre-trip inspection|pre-trip inspection|pre-trip inspections|pre-trip|pretrip inspection|pretrip inspections|pre-trip checks|vehicle walkaround checks|walkaround checks|Abfahrtskontrolle|Abfahrtskontrollen
Post-trip inspection|post-trip inspection|post-trip inspections|post-trip|posttrip inspection|post-trip checks
Tractor-trailer operation|tractor-trailer|tractor trailer|tractor-trailers|semi-truck|semi truck|articulated lorry|Sattelzug|Sattelzüge|semi-remorque|tráiler|trekker-oplegger|autoarticolato|ciągnik siodłowy|semirreboque|semitrailer
CDL Class A|Class A CDL|CDL-A|CDL A|Class A commercial driver's license|Class A license|Class A licence|Class A driver's license
DOT medical card|DOT medical certificate|DOT physical|DOT medical|medical card|medical examiner's certificate|DOT medical examination
Freight delivery|deliver freight|delivering freight|freight deliveries|freight delivery|deliveries to stores|store deliveries|Warenzustellung|livraison de marchandises|entrega de mercancías|goederen afleveren|consegna merci
Samsara|Samsara ELD|Omnitracs|PeopleNet|KeepTruckin`,
  ],
  [
    'lab-science',
    `Battery materials|battery material|battery research|Batteriematerialien|Batterieforschung|matériaux pour batteries|materiales para baterías|batterijmaterialen|materiali per batterie
Lithium-ion batteries|lithium-ion battery|lithium-ion|Li-ion batteries|Li-ion battery|Li-ion|Lithium-Ionen-Batterien|Lithium-Ionen-Akkus|batteries lithium-ion|baterías de ion-litio|baterías de iones de litio|lithium-ionbatterijen|batterie agli ioni di litio
Sodium-ion batteries|sodium-ion battery|sodium-ion|Na-ion batteries|Na-ion|Natrium-Ionen-Batterien|batteries sodium-ion
Cathode materials|cathode material|cathode|cathodes|Kathodenmaterialien|matériaux de cathode|materiales catódicos
Anode materials|anode material|anode|anodes|Anodenmaterialien
Solid-state synthesis|solid-state synthesis|solid-state routes|solid-state route|solid-state reaction|solid-state reactions|solid state synthesis|Festkörpersynthese|synthèse à l'état solide|síntesis en estado sólido
Sol-gel synthesis|sol-gel|sol–gel|Sol-Gel-Verfahren
Electrochemical testing|electrochemical testing|electrochemical characterisation|electrochemical characterization|electrochemical measurements|electrochemical data|electrochemical analysis|elektrochemische Charakterisierung|elektrochemische Messungen|caractérisation électrochimique|caracterización electroquímica
Galvanostatic cycling|galvanostatic cycling|galvanostatic|battery cycling|cycling tests|charge-discharge cycling|galvanostatische Zyklisierung
Electrochemical impedance spectroscopy|electrochemical impedance spectroscopy|impedance spectroscopy|EIS|Impedanzspektroskopie|spectroscopie d'impédance|espectroscopia de impedancia
Cyclic voltammetry|cyclic voltammetry|Zyklovoltammetrie|voltampérométrie cyclique|voltametría cíclica
Coin cell assembly|coin cell|coin cells|coin-cell|coin-cells|Knopfzellen|piles bouton
Pouch cell assembly|pouch cell|pouch cells|Pouchzellen
Powder X-ray diffraction|powder X-ray diffraction|X-ray diffraction|XRD|PXRD|powder diffraction|Röntgendiffraktometrie|Röntgenbeugung|diffraction des rayons X|difracción de rayos X|diffrazione a raggi X
Rietveld refinement|Rietveld|Rietveld-Verfeinerung|affinement Rietveld
Electron microscopy|electron microscopy|Elektronenmikroskopie|microscopie électronique|microscopía electrónica|elektronenmicroscopie|microscopia elettronica
Scanning electron microscopy|scanning electron microscopy|SEM|SEM/EDX|SEM-EDX|SEM/EDS|Rasterelektronenmikroskopie|REM|microscopie électronique à balayage|MEB
Transmission electron microscopy|transmission electron microscopy|TEM|Transmissionselektronenmikroskopie|microscopie électronique en transmission|MET
Glovebox operation|glovebox|glove box|glove-box|gloveboxes|argon glovebox|Glovebox|Handschuhbox|boîte à gants|caja de guantes
X-ray photoelectron spectroscopy|XPS|X-ray photoelectron spectroscopy
Thermogravimetric analysis|thermogravimetric analysis|TGA analysis|Thermogravimetrie`,
  ],
  [
    'robotics',
    `ROS 2|ROS2|ROS 2 Humble|ROS 2 Jazzy|ROS|Robot Operating System
Gazebo|Gazebo Sim|Ignition Gazebo
Lidar|LiDAR|LIDAR|lidar|Lidar-Daten|lidar data
Point Cloud Library|PCL|point clouds|point cloud processing|Punktwolken
Autonomous navigation|autonomous navigation|navigation stack|Nav2|autonome Navigation|navigation autonome|navegación autónoma
Motion planning|motion planning|path planning|trajectory planning|Bahnplanung|Pfadplanung|planification de trajectoire|planificación de trayectorias
MoveIt|MoveIt 2
Isaac Sim|NVIDIA Isaac`,
  ],
  [
    'cloud-more',
    `Cloud cost optimization|cloud cost optimization|cloud cost optimisation|cloud cost management|cloud costs|cloud spend|FinOps|Cloud-Kostenoptimierung|optimisation des coûts cloud|optimización de costes en la nube
Azure networking|Azure networking|Azure VNet|Azure VNets|Azure Virtual Network|Azure Virtual Networks|VNet|VNets|VNet peering|Azure Front Door|Azure Firewall
AZ-104|Azure Administrator Associate|Microsoft Certified: Azure Administrator
AZ-400|Azure DevOps Engineer Expert|Microsoft Certified: DevOps Engineer
AZ-900|Azure Fundamentals
AZ-305|Azure Solutions Architect Expert|Azure Solutions Architect
AZ-204|Azure Developer Associate
DP-203|Azure Data Engineer Associate
Argo Rollouts
Pinia
Vuex
Progressive delivery|progressive delivery|progressive rollouts|canary releases|canary release|canary deployments|canary deployment|canaries|blue-green deployments|blue/green deployments|blue-green deployment
Monorepo|monorepo|monorepos|mono-repo|mono repo|Turborepo|Nx monorepo
Reporting automation|reporting automation|automate reporting|automating reporting|automated reporting|report automation|automate reports|automating reports|Berichtsautomatisierung|automatisation du reporting|automatización de informes
Energy trading|energy trading|power trading|electricity trading|Energiehandel|Stromhandel|trading d'énergie|comercio de energía|energiehandel
FHIR|HL7 FHIR
X12 EDI|X12|ANSI X12|EDI X12|X12 837|837 claims
Performance testing|performance testing|performance tests|Performancetests|Lasttests und Performancetests|tests de performance|pruebas de rendimiento|performancetesten|test di performance|testy wydajnościowe|testes de desempenho
Mobile testing|mobile testing|mobile app testing|testing mobile apps|testing on mobile devices|mobile QA`,
  ],
  [
    'retail-finance-more',
    `Price labelling|price labelling|price labeling|price tagging|price tags|prismerking|prismärkning|prismärka|prismärker|Preisauszeichnung|Preise auszeichnen|étiquetage des prix|etiquetado de precios|etiquetar precios|prijzen etiketteren|prijsetikettering|prezzatura|prezzare|metkowanie|etiquetagem de preços|prismærkning
Bicycle repair|bicycle repair|bike repair|bike repairs|bicycle repairs|bicycle maintenance|cykelreparation|cykelreparationer|cykelservice|Fahrradreparatur|Fahrradreparaturen|réparation de vélos|reparación de bicicletas|fietsreparatie|fietsreparaties|riparazione biciclette|naprawa rowerów|reparação de bicicletas|cykelverkstad|cykelmekaniker|Fahrradwerkstatt|bike workshop|bicycle workshop|atelier vélo|taller de bicicletas|fietsenwerkplaats|officina biciclette|serwis rowerowy
Purchase order matching|purchase order matching|PO matching|three-way matching|three-way match|3-way matching|3-way match|two-way matching|match invoices to purchase orders|matching invoices to purchase orders|Rechnungsabgleich mit Bestellungen|rapprochement des factures avec les bons de commande|rapprochement factures commandes|conciliación de facturas con pedidos|factuur-orderafstemming
Payment runs|payment run|payment runs|weekly payment run|prepare the payment run|Zahlungsläufe|Zahlungslauf|campagnes de paiement|campagne de paiement|propuestas de pago|remesas de pago|betaalrun|betaalruns|betalingskørsel|betalningskörning
Supplier reconciliation|supplier reconciliation|supplier statement reconciliation|supplier statements|reconcile supplier statements|reconciling supplier statements|Kreditorenabstimmung|lettrage des comptes fournisseurs|justification des comptes fournisseurs|conciliación de proveedores|crediteurenafstemming|riconciliazione fornitori|uzgadnianie sald z dostawcami|reconciliação de fornecedores|leverantörsavstämning|kreditorafstemning
Audit support|audit support|support the audit|supporting the audit|support the annual audit|audit preparation|prepare audit schedules|audit schedules|Prüfungsvorbereitung|Unterstützung bei der Abschlussprüfung|préparation de l'audit|préparation des audits|apoyo en auditorías|preparación de auditorías|auditvoorbereiding|supporto alle revisioni
Document management|document management|Dokumentenmanagement|gestion documentaire|gestión documental|archivo de documentos|documentbeheer|gestione documentale|archiwizacja dokumentów|arquivo de documentos|gestão documental|dokumenthantering
Primavera ERP|Primavera BSS|Primavera Starter|Primavera Executive|Primavera
Invoicing|issue invoices|issuing invoices|raise invoices|raising invoices|emissão de faturas|emitir faturas|emisión de facturas|emitir facturas|émission des factures|émettre les factures|Rechnungsstellung|Rechnungen erstellen|emissione fatture|emissione delle fatture|wystawianie faktur|facturen opmaken|fakturaskrivning|Fakturierung|facturation|facturación|facturatie|fakturering|fatturazione|faturação|fakturowanie`,
  ],
  [
    // What a careful reader lists that no product name says: practices of ML infrastructure, finance,
    // front office, retail, care and public-sector security, each in the languages postings use.
    'practices',
    `Performance profiling|profiling|profilers|profiler|performance profiling|Profiling-Tools|profilage|perfilado de rendimiento|Nsight Systems|Nsight Compute|py-spy
Checkpointing|checkpointing|model checkpointing|checkpoint/restart|checkpoint and restart|checkpoints and restarts
GPU scheduling|GPU scheduling|GPU scheduler|GPU schedulers|scheduling of GPU jobs|GPU job scheduling|GPU cluster scheduling|GPU allocation|GPU quota|GPU quotas|GPU sharing|share GPUs|sharing GPUs|allocate GPUs|allocating GPUs
DDP|DistributedDataParallel|PyTorch DDP
Volcano
InfiniBand|Infiniband|RDMA over InfiniBand
Headcount planning|headcount planning|headcount forecasting|headcount forecasts|headcount budgets|headcount budget
Caseload management|caseload management|manage a caseload|managing a caseload|manage your own caseload|manage their own caseload|own caseload|caseload
Pastoral care|pastoral care|pastoral support|pastoral role|pastorale Betreuung|accompagnement pastoral
Check-in/check-out|check-in and check-out|check-in/check-out|check-ins and check-outs|check in and check out|check-in e check-out|check-in y check-out|check-in et check-out|check-in und check-out|check-in en check-out|check-in och check-out|check-in og check-out|check-in e check-out dos hóspedes|arrivals and departures|inchecken en uitchecken|in- en uitchecken|incheck en uitcheck|checka in och ut|in- und auschecken
Guest relations|guest relations|apoio aos hóspedes|atención a huéspedes|atención al huésped|Gästebetreuung|relations avec les clients de l'hôtel|gastenbegeleiding|gjestebehandling|assistenza agli ospiti
Computer literacy|computer literacy|computer literate|computer skills|IT literacy|PC skills|conhecimentos de informática|conocimientos de informática|conoscenze informatiche|PC-Kenntnisse|EDV-Kenntnisse|connaissances informatiques|maîtrise de l'outil informatique|computervaardigheden|datorvana|IT-kunnskaper|IT-kendskab|tietotekniikan perustaidot|obsługa komputera|umiejętność obsługi komputera
Click and collect|click and collect|click & collect|click-and-collect|klikk og hent|klick och hämta|retrait en magasin|Abholung im Markt|recogida en tienda
Data cleaning|data cleaning|data cleansing|clean data|cleaning data|cleanse data|limpiar datos|limpieza de datos|Datenbereinigung|nettoyage des données|nettoyage de données|limpeza de dados|limpar dados|pulizia dei dati|datarensning|datatvätt|opschonen van data|data opschonen|czyszczenie danych
Firmware development|firmware development|firmwarea|firmwaren kehitys|laiteohjelmistoa|laiteohjelmistojen kehitys|develop firmware|developing firmware|firmware engineering|Firmware-Entwicklung|Firmwareentwicklung|développement firmware|développement de firmware|desarrollo de firmware|firmware-ontwikkeling|sviluppo firmware|sviluppo di firmware|firmwareutveckling|firmwareudvikling|laiteohjelmistokehitys|laiteohjelmistojen kehitys
Mesh networking|mesh networking|mesh networks|mesh network|Bluetooth Mesh|mesh-verkko|mesh-verkot|mesh-verkkojen|mesh-verkoista|mesh-verkoissa|mesh-verkkoja|Mesh-Netzwerk|Mesh-Netzwerke|réseaux maillés|réseau maillé|redes mesh
MYOB
SystmOne|TPP SystmOne
DISA STIGs|STIG|STIGs|DISA STIG|Security Technical Implementation Guides
FISMA compliance|FISMA|FISMA compliance
POA&M|POA&Ms|plan of action and milestones|plans of action and milestones
Operations research|operations research|operational research|recherche opérationnelle|investigación operativa|investigación de operaciones|Operations Research|Operationsforschung|pesquisa operacional|ricerca operativa
Component libraries|component library|component libraries|UI component library|bibliothèque de composants|Komponentenbibliothek|biblioteca de componentes|componentenbibliotheek|komponentbibliotek
Apprentice training|train apprentices|training apprentices|apprentice training|mentor apprentices|Lernendenbetreuung|Betreuung von Lernenden|Betreuung der Lernenden|Ausbildung von Lernenden|Lehrlingsausbildung|Lehrlingsbetreuung|Betreuung von Auszubildenden|Ausbildung von Auszubildenden|formation des apprentis|encadrement des apprentis|formación de aprendices|leerlingbegeleiding|lærlingeoplæring|opplæring av lærlinger
High-bay warehouse|high-bay warehouse|high bay warehouse|high-bay racking|Hochregallager|Hochregal|entrepôt à hauts rayonnages|magasin automatisé|almacén de gran altura|hoogbouwmagazijn|höglager|højlager`,
  ],
];

const SOFTWARE_API_WORDS =
  '\\b(?:REST|GraphQL|design|develop|d[ée]velopp|integrat|int[ée]gr|endpoints?|HTTP|JSON|build|consum|calls?|Postman|webhooks?|SDKs?|docs|documentation|backend|services?|platforms?|our API|public|LLM|responses?|Diseñar|desarroll)';

/** Words of a line about running software in production, where on-call and incident response are incident management. */
const SOFTWARE_OPS_WORDS =
  '\\b(?:PagerDuty|Opsgenie|outages?|pager|postmortems?|post-mortems?|production|SRE|SLOs?|reliability|DevOps|uptime|runbooks?)\\b';

/**
 * A channel word counts as a support skill only where customers' questions are answered through it:
 * "answer customer questions by phone, chat and email", not "apply by email" or "a phone allowance".
 */
const CHANNEL_GUARD: SkillGuard = {
  lineContext:
    '(?:answer|respond|reply|help|support|assist|handle|resolv)\\w*\\b[^.;]*\\b(?:customers?|merchants?|clients?|guests?|callers?|shoppers?|buyers?|patients?|passengers?|consumers?)\\b[^.;]*\\b(?:by|via|over|through|across)\\b',
};

/** Words of a materials or chemistry lab, beside which SEM, TEM or XPS is an instrument. */
const LAB_CONTEXT =
  'microscop|EDX|EDS|XRD|TEM|SEM|imaging|characteri|sample|materials|diffraction|spectroscop|nanostruct|crystal|morpholog|Mikroskop|microscopie|lab';

const FRONT_DESK_GUARD: SkillGuard = {
  notBefore: '^[\\s-]+(?:staff|teams?|employees|workers|users|software|app|tools?)\\b',
  lineContext:
    'hotel|guests?|check-?ins?|check-?outs?|reception|\\bPMS\\b|Opera|reservations|front[ -](?:desk|office)[ -](?:agent|experience|operations|supervisor|manager|associate|role|team)|visitors|lobby|concierge|phones?|patients|receptionist|dental|medical office|\\bmail\\b|deliveries|switchboard',
};

/** Words of a line about building reports for people, where "dashboards" is the BI skill. */
const DASHBOARD_WORDS =
  '\\b(?:Tableau|Power ?BI|Looker|BI|KPIs?|Metabase|Superset|Qlik|Excel|self-serve|reporting|stakeholders?|(?:build|design|creat|develop)\\w* (?:\\w+ )?dashboards?|erstell|crear|desarroll|cr[ée]er)\\b';

/** Ambiguous names in the table above: they count only in their context (or in a list of skills). */
/** Words of a school: where "maths" or "physique" is a subject taught. */
const SCHOOL_SUBJECT_CONTEXT =
  'professeur|lycée|collège|teach|grade|student|class|clase|profesor|docen|insegn|ensin|Bachillerato|ESO\\b|curriculum|lesson|tutor|education|élève|enseign|alumn|leerling|elev|Schüler|Unterricht|studenti|alunos|cours|leçon|undervis|lektor|lærer|lärare|opetta|oppila|uczni|nauczyc|lekcj|klasse|skole|skola|koulu|szko|Vg1|kurs';

/** A school-leaving qualification right before a subject ("GCSE English and "), in a line that does not teach it. */
const SCHOOL_QUALIFICATION_BEFORE =
  '^(?![\\s\\S]*\\b[Tt](?:each|utor))[\\s\\S]*\\b(?:I?GCSEs?|A[- ]?[Ll]evels?|Functional Skills)\\s+(?:(?:in|at)\\s+)?(?:(?:English|Science)\\s*(?:and|&|,)\\s*)?$';

/** Words of an Italian line about machines or plant, where routine and extraordinary maintenance is the trade's. */
const ITALIAN_PLANT_CONTEXT =
  'macchin|impiant|attrezzatur|apparecchiatur|\\blinee?\\b|produzion|mezzi|veicol|guast|elettric|meccanic|idraulic|carrell';
/** Words of a French line about machines, where "pneumatique" is the adjective (compressed air), not the tyre. */
const FRENCH_MACHINE_CONTEXT =
  'hydraul|électri|electri|mécani|automatism|vérins?|air comprimé|circuits?|systèmes?|installations?|machines?|équipements?|maintenance|pannes?|outillage';
/** Words of a French line in which recruiting is the hire's duty: selecting, interviewing, training and onboarding people. */
const FRENCH_HIRING_DUTY =
  '\\b(?:former|formation|entretiens?|candidat\\w*|sélection\\w*|sélectionner|intégr\\w*|sourcing|embauch\\w*|fidélis\\w*|encadr\\w*|manager|animer)';

/** Servicing words beside a boiler's name. */
const BOILER_SERVICING: SkillGuard = {
  lineContext:
    'Wartung|Instandsetzung|Instandhaltung|Service|Kundendienst|warten|entretien|dépannage|mantenimiento|reparación|onderhoud|storing|servic|repair',
};

export const PROFESSION_GUARDS: Readonly<Record<string, SkillGuard>> = {
  // Added with the unseen-text families (70–89): short names and ordinary words.
  // A contact channel ("by phone, chat and email") is a support skill in a line about customers' questions.
  'Phone support|phone': CHANNEL_GUARD,
  'Phone support|telephone': CHANNEL_GUARD,
  'Phone support|by phone': CHANNEL_GUARD,
  'Phone support|over the phone': CHANNEL_GUARD,
  'Phone support|via phone': CHANNEL_GUARD,
  'Live chat support|chat': CHANNEL_GUARD,
  'Live chat support|by chat': CHANNEL_GUARD,
  'Live chat support|via chat': CHANNEL_GUARD,
  'Email support|email': CHANNEL_GUARD,
  'Email support|e-mail': CHANNEL_GUARD,
  'Email support|by email': CHANNEL_GUARD,
  'Email support|via email': CHANNEL_GUARD,
  'Microsoft Teams|Teams': {
    caseSensitive: true,
    context: 'Outlook|Excel|Word|SharePoint|Zoom|Slack|Microsoft|Office|365|OneDrive|Google Workspace',
  },
  // Primavera is Oracle's scheduling tool for projects and a Portuguese accounting ERP.
  // "La mise en place de la salle", "mise en place de processus": French for setting up, not kitchen prep.
  'Mise en place|*': { notBefore: "^\\s*(?:de|du|des|d['’]|of)\\b" },
  'Primavera P6|Primavera': {
    caseSensitive: true,
    lineContext: 'P6|schedul|Oracle|project|planning|critical path|CPM|programme',
  },
  'Primavera ERP|Primavera': {
    caseSensitive: true,
    lineContext:
      'ERP|fatura|contab|document|registo|factur|accounting|invoice|SAGE|PHC|gestão|software de gestão|salari|processamento|payroll',
  },
  'SEM|SEM': {
    caseSensitive: true,
    lineContext: 'SEO|Google Ads|search|paid|PPC|campaign|marketing|advertis|Bing',
  },
  'Scanning electron microscopy|SEM': { caseSensitive: true, lineContext: LAB_CONTEXT },
  'Scanning electron microscopy|REM': { caseSensitive: true, lineContext: LAB_CONTEXT },
  'Scanning electron microscopy|MEB': { caseSensitive: true, lineContext: LAB_CONTEXT },
  'Transmission electron microscopy|TEM': { caseSensitive: true, lineContext: LAB_CONTEXT },
  'Transmission electron microscopy|MET': { caseSensitive: true, lineContext: LAB_CONTEXT },
  'Electrochemical impedance spectroscopy|EIS': {
    caseSensitive: true,
    lineContext: 'impedance|electrochem|batter|cells?\\b|spectroscop|corrosion|potentiostat',
  },
  XRD: { caseSensitive: true },
  PXRD: { caseSensitive: true },
  XPS: { caseSensitive: true, lineContext: LAB_CONTEXT },
  'ROS 2|ROS': {
    caseSensitive: true,
    context: 'robot|Gazebo|C\\+\\+|Python|navigation|Linux|sensor|lidar|autonom|MoveIt|drone|SLAM|Nav2|embedded',
  },
  Gazebo: { caseSensitive: true, context: 'ROS|robot|simulat|Isaac|Webots|MoveIt' },
  'Point Cloud Library|PCL': { caseSensitive: true, context: 'point|cloud|lidar|C\\+\\+|3D|ROS|Open3D|perception' },
  'Building services engineering (TGA)|TGA': {
    caseSensitive: true,
    lineContext: 'Gebäude|Elektro|HLS|Heizung|Lüftung|Bau|building|MEP|Sanitär|Projekt|Klima|Planung',
  },
  VOB: { caseSensitive: true },
  'VOB/B': { caseSensitive: true },
  'VOB/A': { caseSensitive: true },
  'VOB/C': { caseSensitive: true },
  'VDE standards|VDE': { caseSensitive: true },
  'Construction scheduling|*': {
    lineContext:
      'Bau|Projekt|Gewerk|construction|chantier|obra|bouw|Baustelle|site|lavori|Nachunternehm|budowy|building',
  },
  'Epic Willow|Willow': { caseSensitive: true, lineContext: 'Epic|pharmac|medication|Pyxis|Omnicell' },
  Nexus: { caseSensitive: true, lineContext: 'journal|dokument|EPJ|EHR|omsorg|borger|pleje|care|records|system' },
  Cosmic: { caseSensitive: true, lineContext: 'journal|dokument|vård|EHR|patient|records|system|Region' },
  'Ordering|*': {
    lineContext:
      'stock|suppliers?|ingredients|goods|kitchen|section|inventory|food|produce|Waren|fournisseurs|proveedores|fornitori|leveranciers|towar|menu|chef|grossist|magazzino|Großhandel|mayorista|groothandel|fornecedores',
  },
  'Shaping|*': {
    lineContext:
      'dough|bread|loaves|pain|baguette|bak|boulang|façonnage|pétrissage|Teig|Brot|masa|\\bpan\\b|deeg|brood|pane\\b|impast|ciasta|massa',
  },
  Typing: { notAfter: '(?:static|strong|strongly|type|gradual|duck|dynamic|weak)\\s*$' },
  typing: { notAfter: '(?:static|strong|strongly|type|gradual|duck|dynamic|weak)\\s*$' },
  // "Point-of-sale material", "POS displays": print and shop fittings a designer or merchandiser makes, not a till.
  'POS systems|Point of sale': {
    notBefore:
      '^[\\s-]*(?:material|materials|display|displays|marketing|signage|design|artwork|merchandising|campaigns?|kits?|units?)\\b',
  },
  'POS systems|POS': {
    caseSensitive: true,
    notBefore:
      '^[\\s-]*(?:material|materials|display|displays|marketing|signage|design|artwork|merchandising|campaigns?|kits?|units?)\\b',
    // (The same written first, as Polish, German and French do: "materiały POS", "Material am POS".)
    notAfter: '(?:^|\\s)(?:materia\\S*|Werbemittel\\S*|am|au|at the|del|no|w)\\s+$',
  },
  // "Setting up and packing down signs": putting kit away, not packing goods.
  Packing: { notBefore: '^\\s*(?:lists?|slips?|material|down|away)\\b' },
  // German "Controlling" is management accounting; English "Controlling vehicles" is a verb with its object.
  'Management accounting|Controlling': {
    notBefore:
      '^\\s+(?:the|a|an|all|any|our|their|your|its|vehicles?|traffic|access|costs?|entry|crowds?|pedestrians|stock|temperatures?|infections?|pests?|machines?|equipment|quality|risks?|hazards?|movements?|doors?|gates?)\\b',
  },
  'Amenities replenishment|amenities': {
    lineContext: 'reposi|replenish|restock|stock|rooms?\\b|housekeep|minibar|habitaci|chambre|Zimmer',
  },
  'Amenities replenishment|guest amenities': {
    lineContext: 'reposi|replenish|restock|stock|rooms?\\b|housekeep|minibar|habitaci|chambre|Zimmer',
  },
  Samsara: { caseSensitive: true },
  Pyxis: { caseSensitive: true },
  Omnicell: { caseSensitive: true },
  Fishbowl: { caseSensitive: true, lineContext: 'WMS|inventory|warehouse|stock|QuickBooks|ERP|system' },
  Larder: { lineContext: 'kitchen|chef|section|cook|food|partie|menu' },
  larder: { lineContext: 'kitchen|chef|section|cook|food|partie|menu' },
  'Baking|*': { notAfter: '(?:soda|baking)\\s*$', notBefore: '^\\s*(?:soda|powder|paper|sheets?|trays?)\\b' },
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
  // "JCT and NEC forms of contract": the construction contracts, not the electrical code.
  'National Electrical Code|NEC': {
    caseSensitive: true,
    context: 'electric|code|wiring|NFPA|conduit|journeyman',
    notBefore: '^\\s+(?:forms?\\s+of\\s+contract|contracts?\\b|ECC\\b)',
    notAfter: '\\bJCT\\s+(?:and|or|&|/)\\s*$',
  },
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
  math: { lineContext: 'teach|grade|student|class|curriculum|lesson|tutor', notAfter: SCHOOL_QUALIFICATION_BEFORE },
  maths: { lineContext: 'teach|grade|student|class|curriculum|lesson|tutor', notAfter: SCHOOL_QUALIFICATION_BEFORE },
  Mathematics: {
    lineContext: 'teach|grade|student|class|curriculum|lesson|tutor|education',
    notAfter: SCHOOL_QUALIFICATION_BEFORE,
  },
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
  'Front desk|Front desk': FRONT_DESK_GUARD,
  'Front desk|front office': FRONT_DESK_GUARD,
  'Front desk|Front desk operations': FRONT_DESK_GUARD,
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
    // "BLS certification for healthcare providers" names a course, not the sector.
    notAfter: '\\b(?:BLS|CPR|ACLS|PALS|certification|certified|course)\\b[^.]{0,15}\\bfor\\s+$',
  },
  // "Committed to safeguarding and promoting the welfare of children" is every school's statement, not a duty.
  // "Knowledge of safeguarding": the noun asked for as knowledge is the skill.
  'Safeguarding|Safeguarding': {
    notBefore: '^\\s+and\\s+promot',
    lineContext:
      'child|children|adults?\\b|vulnerable|pupils?|students?|young people|residents?|patients?|\\bDBS\\b|polic|training|level|lead|procedures|concerns|(?:knowledge|understanding|awareness) of safeguarding',
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
  // Case management asks for a case load: a client's or patient's care, or a firm's legal matters
  // ("case files in our case management system": labellers tag it for paralegals and legal secretaries).
  'Case management|Case management': {
    lineContext:
      'patients?|clients?|care|social|nurs|clinical|discharge|hospital|health|members?|benefits|caseload|case files?|matters|legal|litigation|probate|conveyancing|law',
  },
  // "Tableau interactif" is a classroom whiteboard; "tableau de bord" a dashboard.
  'Tableau|Tableau': { notBefore: '^\\s+(?:interactif|blanc|noir|de bord|numérique|croisé|récapitulatif|d\\W)' },
  // A language's name and a school subject share words; in a classroom line it is the subject.
  // "GCSE Maths and English at grade 4", "grade C in GCSE Maths": an entry qualification, unless the line teaches it.
  'Mathematics|*': { lineContext: SCHOOL_SUBJECT_CONTEXT, notAfter: SCHOOL_QUALIFICATION_BEFORE },
  // "Educación física", "condition physique" are sport and fitness, no physics.
  'Physics|*': {
    lineContext: SCHOOL_SUBJECT_CONTEXT,
    notAfter:
      '(?:educación|condición|actividad|condition|activité|éducation|educação|atividade|educazione|attività|preparación|forma)\\s+$',
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
  'Employment contracts|*': {
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
      'civil|pipe|stormwater|sewer|earthwork|road|construction|install|works|pits?\\b|culvert|excavat|site|subdivision|pavement|irrigation|golf|turf|grounds|bunkers',
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
  'CSCS card': { caseSensitive: true },
  // "Counterbalance" alone is a forklift only beside a truck or forklift word ("counterbalance and reach truck").
  'Forklift operation|counterbalance': { context: 'truck|forklift|FLT|lift truck|Stapler|heftruck|carretilla|chariot' },
  // "Plan and deliver" is lesson planning only where lessons are taught ("plan and deliver projects" is not).
  'Lesson planning|plan and deliver': {
    lineContext: 'lessons?|teach|pupils?|students?|learners?|classroom|class|curricul|school|key stage|EYFS|children',
  },
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
  // "Notre agence recrute des préparateurs": the employer hiring is no duty of the hire; "recruter et former l'équipe" is.
  'Recruiting|recrute': { lineContext: FRENCH_HIRING_DUTY },
  'Recruiting|recrutez': { lineContext: FRENCH_HIRING_DUTY },
  'Recruiting|recruter': { lineContext: FRENCH_HIRING_DUTY },
  // "Recruit, hire and train the crew": the bare verb counts beside other hiring words.
  'Recruiting|recruit': { lineContext: '\\b(?:hire|hiring|train|training|interview|onboard|retain|develop)\\b' },
  // A "Recruitment agency" sending CVs is not the skill.
  'Recruiting|recruitment': {
    notBefore: '^(?:@|\\s+(?:agenc|firms?|consultan|partners?\\s+please|process|procedure|journey|stages?|steps?))',
  },
  // "recrutamento@…", "processus de recrutement": an address or the hiring process, not the skill.
  // "Ashby Freight are recruiting Class 1 drivers": the employer hiring, not a duty.
  'Recruiting|*': {
    notBefore: '^(?:@|[.\\w-]*@|\\s+(?:process|procedure|journey|stages?|steps?|agenc))',
    notAfter:
      "\\b(?<!(?:[Gg]est(?:ão|ion|ión|ione)|[Cc]oordena(?:ção|ción))\\s+d(?:[oeu]|el)\\s+)(?:proceso|processo|processus|procedimento|Prozess|etapas?|fases?) de\\s*$|\\b(?:the|our|this|during|du|le|del|no|do)\\s*$|(?:\\b(?:is|are|currently|now|actively)|'re)\\s*$",
  },
  // A process's profile is no performance work: "customer profiling", "risk profiling".
  'Performance profiling|profiling': {
    notAfter:
      '\\b(?:customer|client|risk|offender|racial|user|data|audience|market|psychological|DNA|genetic|criminal)\\s*$',
    lineContext:
      'performance|latency|CPU|GPU|memory|bottleneck|throughput|code|kernel|training|perf|trac|flame|optimi|runtime|profil\\w* tools?',
  },
  'Performance profiling|profiler': {
    lineContext: 'performance|latency|CPU|GPU|memory|code|kernel|perf|optimi|runtime',
  },
  'Performance profiling|profilers': {
    lineContext: 'performance|latency|CPU|GPU|memory|code|kernel|perf|optimi|runtime',
  },
  // "DDP" is also Delivered Duty Paid in shipping terms.
  DDP: {
    caseSensitive: true,
    context: 'PyTorch|FSDP|distributed|training|GPU|NCCL|DeepSpeed|data parallel|Horovod|Megatron',
  },
  // "Our data factory", "app service agents": the Azure products come with other cloud words.
  'Azure Data Factory|Data Factory': {
    caseSensitive: true,
    context: 'Azure|ADF|pipelines?|Databricks|Synapse|ETL|ELT|ADLS',
  },
  'Azure App Service|App Service': { caseSensitive: true, context: 'Azure|Functions|Web Apps?|deploy|hosting|cloud' },
  'Azure App Service|App Services': { caseSensitive: true, context: 'Azure|Functions|Web Apps?|deploy|hosting|cloud' },
  'Azure Monitor': { caseSensitive: true },
  'Azure Stream Analytics|Stream Analytics': { caseSensitive: true, context: 'Azure|Event Hubs?|IoT|streaming|Kafka' },
  'Azure Key Vault|Key Vault': { caseSensitive: true },
  'Azure Blob Storage|Blob Storage': { caseSensitive: true },
  // "ADLs" in care work are activities of daily living; ADLS the Azure storage is written in capitals beside its cloud.
  'ADLS Gen2|ADLS': {
    caseSensitive: true,
    context: 'Azure|Gen2|Data Lake|Databricks|Synapse|Data Factory|storage|lakehouse|Delta',
  },
  // A volcano is a mountain; Volcano the Kubernetes batch scheduler comes with its neighbours.
  Volcano: { caseSensitive: true, context: 'Kubernetes|Kueue|scheduler|schedul|batch|Slurm|GPU|K8s|gang' },
  // "Clean data" as a claim about a product, not the task: "we keep clean data".
  'Data cleaning|clean data': { notAfter: '\\b(?:with|has|have|keep|keeps|on|from|of|need|needs|providing)\\s*$' },
  // "caseload" alone: a therapist's or nurse's own caseload to manage.
  'Caseload management|caseload': { lineContext: 'manag|own|caseload of|hold|carry|varied|mixed|community' },
  // "STIG" as a Scandinavian word ("stig" = path) is lower case.
  'DISA STIGs|STIG': { caseSensitive: true },
  'DISA STIGs|STIGs': { caseSensitive: true },
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
  'Home care|Home care': {
    notBefore: '^\\s+(?:and\\s+fluoride|instructions?|routines?|products?|regimens?|techniques)',
    notAfter: '\\b(?:[Tt]each|[Tt]eaching|[Ee]ducate|[Ee]ducating|[Oo]ral|[Dd]ental)\\b[\\w\\s]{0,20}$',
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
  '18th Edition': {
    lineContext:
      '^\\W*1[78]th Edition\\W*$|wiring|regulations|BS ?7671|electric|IET|City|Guilds|qualif|NVQ|AM2|2391|JIB|ECS',
  },
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

  // "Prawo jazdy kat. C+E", "Führerschein Klasse CE": a lorry licence, not a car's; "+" splits the class in two words.
  // Calves are weaned too: ventilator weaning beside breathing support only.
  'Ventilator weaning|weaning': {
    lineContext: 'ventilat|respirat|ICU|intubat|extubat|BiPAP|CPAP|oxygen|airway|breathing|tracheost',
  },
  'Ventilator weaning|Weaning': {
    lineContext: 'ventilat|respirat|ICU|intubat|extubat|BiPAP|CPAP|oxygen|airway|breathing|tracheost',
  },
  'Driving licence B|*': {
    notBefore:
      '^[\\s.:(]*(?:(?:kat|kategorii|Klasse|classe|class|categoría|categoria|cat)\\.?\\s*)?(?:C1?E?|CE|C\\s*\\+\\s*E|D1?|HGV|T|L)\\b',
  },
  'Driving licence C+E|prawo jazdy kat': { notBefore: '^[\\s.]*(?![\\s.]|C\\s*\\+\\s*E|CE\\b)' },
  'Driving licence C+E|prawo jazdy kategorii': { notBefore: '^[\\s.]*(?![\\s.]|C\\s*\\+\\s*E|CE\\b)' },
  'Driving licence C+E|Führerschein Klasse': { notBefore: '^[\\s.]*(?![\\s.]|C\\s*\\+\\s*E|CE\\b)' },
  // "Mantenimiento preventivo, correctivo y predictivo", "pannes électriques, mécaniques": an adjective standing for
  // the whole phrase counts in a maintenance line only.
  // "Manutenzione ordinaria e straordinaria dei locali" is upkeep of the premises; of machines or plant it is the trade's.
  'Machine maintenance|manutenzione ordinaria': { lineContext: ITALIAN_PLANT_CONTEXT },
  'Corrective maintenance|manutenzione straordinaria': { lineContext: ITALIAN_PLANT_CONTEXT },
  // "Gestire i rapporti con gli istituti di credito" is banking relations, not the credit control of customers' accounts.
  'Credit control|gestione del credito': { lineContext: 'clienti|incass|insolut|sollecit|recupero|scadut|fido|fidi' },
  'Corrective maintenance|correctivo': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Corrective maintenance|correctiva': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Corrective maintenance|curative': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Corrective maintenance|corrective': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Corrective maintenance|correttiva': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Corrective maintenance|corretiva': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Corrective maintenance|correctief': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Predictive maintenance|predictivo': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Predictive maintenance|predictiva': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Predictive maintenance|prédictive': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Predictive maintenance|predittiva': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Predictive maintenance|preditiva': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Predictive maintenance|voorspellend': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Preventive maintenance|preventivo': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Preventive maintenance|preventiva': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Preventive maintenance|préventive': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Preventive maintenance|preventief': {
    lineContext: 'mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll',
  },
  'Mechanical maintenance|mecánicas': {
    lineContext:
      'averías|pannes|guasti|avarias|mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll|diagnost|Störungen|storingen',
  },
  'Mechanical maintenance|mecánicos': {
    lineContext:
      'averías|pannes|guasti|avarias|mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll|diagnost|Störungen|storingen',
  },
  'Mechanical maintenance|mécaniques': {
    lineContext:
      'averías|pannes|guasti|avarias|mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll|diagnost|Störungen|storingen',
  },
  'Mechanical maintenance|meccanici': {
    lineContext:
      'averías|pannes|guasti|avarias|mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll|diagnost|Störungen|storingen',
  },
  'Mechanical maintenance|meccaniche': {
    lineContext:
      'averías|pannes|guasti|avarias|mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll|diagnost|Störungen|storingen',
  },
  'Mechanical maintenance|mecânicas': {
    lineContext:
      'averías|pannes|guasti|avarias|mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll|diagnost|Störungen|storingen',
  },
  'Mechanical maintenance|mechanische': {
    lineContext:
      'averías|pannes|guasti|avarias|mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll|diagnost|Störungen|storingen',
  },
  'Pneumatics|neumáticas': {
    lineContext:
      'averías|pannes|guasti|avarias|mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll|diagnost|Störungen|storingen',
  },
  'Pneumatics|neumáticos': {
    lineContext:
      'averías|pannes|guasti|avarias|mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll|diagnost|Störungen|storingen',
  },
  'Pneumatics|pneumatiche': {
    lineContext:
      'averías|pannes|guasti|avarias|mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll|diagnost|Störungen|storingen',
  },
  'Pneumatics|pneumatici': {
    lineContext:
      'averías|pannes|guasti|avarias|mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll|diagnost|Störungen|storingen',
  },
  'Pneumatics|pneumáticos': {
    lineContext:
      'averías|pannes|guasti|avarias|mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll|diagnost|Störungen|storingen',
  },
  'Pneumatics|pneumáticas': {
    lineContext:
      'averías|pannes|guasti|avarias|mantenimiento|maintenance|manutenzione|manutenção|Instandhaltung|onderhoud|underhåll|diagnost|Störungen|storingen',
  },
  // French "pneumatiques" is also the noun for tyres ("pneumatiques, batteries, huiles moteur"): the adjective counts beside machines.
  'Pneumatics|pneumatiques': { lineContext: FRENCH_MACHINE_CONTEXT },
  'Pneumatics|pneumatique': { lineContext: FRENCH_MACHINE_CONTEXT },
  'Electrical troubleshooting|eléctricas': { lineContext: 'averías|pannes|guasti|avarias|diagnost' },
  'Electrical troubleshooting|électriques': { lineContext: 'averías|pannes|guasti|avarias|diagnost' },
  'Electrical troubleshooting|elettrici': { lineContext: 'averías|pannes|guasti|avarias|diagnost' },
  'Electrical troubleshooting|elétricas': { lineContext: 'averías|pannes|guasti|avarias|diagnost' },
  // "Computer Science", "data science": the school subject only in a teaching line.
  'Science|*': {
    lineContext:
      'teach|grade|student|pupil|class|curriculum|lesson|tutor|école|élève|enseign|alumn|leerling|elev|Schüler|Unterricht|studenti|alunos|undervis|lektor|lærer|lärare|opetta|oppila|uczni|nauczyc|lekcj|skole|skola|koulu|szko|GCSE|A-level|KS[34]|Key Stage',
  },
  'Hydraulics|hidráulicas': { lineContext: 'averías|mantenimiento|neumátic|mecánic|sistemas|diagnost' },
  'Hydraulics|hidráulicos': { lineContext: 'averías|mantenimiento|neumátic|mecánic|sistemas|diagnost|equipos' },
  'Hydraulics|hydrauliques': { lineContext: 'pannes|maintenance|pneumati|mécani|systèmes|diagnost' },
  'Hydraulics|idrauliche': { lineContext: 'guasti|manutenzione|pneumati|meccani|sistemi|diagnosi' },
  'Norwegian|ferdigheter i norsk': {},
  'Norwegian|gode ferdigheter i norsk': {},
  PPU: { caseSensitive: true },
  // Unambiguous language phrases ("suomen kielen taito", "norskkunnskaper"): no language word needed nearby.
  'Finnish|suomen kielen': {},
  'Finnish|suomen kieli': {},
  'Finnish|suomen kieltä': {},
  'Finnish|suomen kielellä': {},
  'Norwegian|norskkunnskaper': {},
  'Norwegian|norskferdigheter': {},
  'Norwegian|norsk muntlig og skriftlig': {},
  'Norwegian|gode norskkunnskaper': {},
  'Norwegian|kunnskaper i norsk': {},
  'Norwegian|beherske norsk': {},
  'Swedish|kunskaper i svenska': {},
  'Swedish|svenska i tal och skrift': {},
  'Swedish|behärskar svenska': {},
  'Swedish|svenskkunskaper': {},
  'Danish|dansk i skrift og tale': {},
  'Danish|taler og skriver dansk': {},
  'Danish|danskkundskaber': {},
  'Danish|kendskab til dansk': {},
  'French|parlez français': {},
  'French|parler français': {},
  'French|lisez le français': {},
  'French|lire le français': {},
  'French|maîtrise du français': {},
  'French|maîtrise de la langue française': {},
  'French|français courant': {},
  'French|français obligatoire': {},
  'Dutch|beheersing van de Nederlandse taal': {},
  'Polish|języka polskiego': {},
  'Polish|język polski': {},
  'German|Deutschkenntnisse': {},
  'English|języka angielskiego': {},
  'English|englannin kielen': {},
  'Portuguese|língua portuguesa': {},
  'Italian|lingua italiana': {},
  // Short profession aliases: exact case, and some only beside their field's words.
  SENSO: { caseSensitive: true },
  Lifecare: { caseSensitive: true },
  ICCA: { caseSensitive: true },
  COPRA: { caseSensitive: true },
  PDMS: { caseSensitive: true },
  DEAS: { caseSensitive: true },
  TCAE: { caseSensitive: true },
  VNA: { caseSensitive: true },
  BHP: { caseSensitive: true },
  CPC: { caseSensitive: true, context: 'driv|transport|haul|HGV|Class|licen|manager|lorry|truck|tachograph' },
  FIMO: { caseSensitive: true },
  FCO: { caseSensitive: true, context: 'FIMO|conduct|transport|permis|routier' },
  YKB: { caseSensitive: true },
  ATP: {
    caseSensitive: true,
    context: 'transport|refrigerat|frigo|chłodni|certyfikat|umowa|reefer|perishable|temperat|chłodnicz|ADR',
  },
  G3: { caseSensitive: true, context: 'unvented|hot water|qualif|Gas Safe|cylinder' },
  EIC: { caseSensitive: true, context: 'certif|electric|EICR|minor works' },
  EICs: { caseSensitive: true, context: 'certif|electric|EICR|minor works' },
  ISR: { caseSensitive: true, context: 'impuesto|SAT|nómina|retenci|fiscal|IVA|contab' },
  ALV: { caseSensitive: true, context: 'vero|kirjanpito|ilmoitu|tilit' },
  JPK: { caseSensitive: true },
  HMRC: { caseSensitive: true },
  PAYE: { caseSensitive: true },
  RTI: { caseSensitive: true, context: 'HMRC|payroll|PAYE|submission|pension' },
  SSP: { caseSensitive: true, context: 'statutory|payroll|HMRC|sick|maternity|paternity|\\bpay\\b' },
  SMP: { caseSensitive: true, context: 'statutory|payroll|HMRC|sick|maternity|paternity|\\bpay\\b' },
  SPP: { caseSensitive: true, context: 'statutory|payroll|HMRC|sick|maternity|paternity|\\bpay\\b' },
  SENCo: { caseSensitive: true },
  EHCP: { caseSensitive: true },
  EHCPs: { caseSensitive: true },
  KS1: { caseSensitive: true },
  KS2: { caseSensitive: true },
  KS3: { caseSensitive: true },
  KS4: { caseSensitive: true },
  LKS2: { caseSensitive: true },
  UKS2: { caseSensitive: true },
  EYFS: { caseSensitive: true },
  QTLS: { caseSensitive: true },
  RWI: { caseSensitive: true },
  'Year 3': { caseSensitive: true, lineContext: 'teach|class|pupil|school|curriculum|children' },
  'Year 4': { caseSensitive: true, lineContext: 'teach|class|pupil|school|curriculum|children' },
  'Year 5': { caseSensitive: true, lineContext: 'teach|class|pupil|school|curriculum|children' },
  'Year 6': { caseSensitive: true, lineContext: 'teach|class|pupil|school|curriculum|children' },
  DNI: { caseSensitive: true },
  USC: { caseSensitive: true, context: 'stanu|cywil|urz' },
  BRP: { caseSensitive: true },
  Awb: { caseSensitive: true },
  KPA: { caseSensitive: true, context: 'administracyjn|postępowani|prawo|kodeks' },
  IFS: { caseSensitive: true, context: 'Food|BRC|certif|standard|audit|HACCP|quality|qualité|calidad' },
  BRC: { caseSensitive: true, context: 'IFS|Food|certif|standard|audit|HACCP|quality|qualité|calidad' },
  TPE: { caseSensitive: true, context: 'paiement|carte|caisse|encaiss|CB' },
  PDV: { caseSensitive: true, context: 'caixa|pagamento|cartão|venda|atendimento' },
  ABVD: { caseSensitive: true },
  LK20: { caseSensitive: true },
  LK06: { caseSensitive: true },
  Lgr22: { caseSensitive: true },
  Lgr11: { caseSensitive: true },
  Gy11: { caseSensitive: true },
  CMR: { caseSensitive: true },
  KNX: { caseSensitive: true },
  AM2: { caseSensitive: true },
  AM2S: { caseSensitive: true },
  CIPP: { caseSensitive: true },
  FPS: { caseSensitive: true },
  FIFO: {
    caseSensitive: true,
    context:
      'stock|food|rotat|date|label|storage|deliver|product|inventory|Lager|magazzino|almac|entrepôt|lager|varast|marchandise|mercanc|kitchen|cuisine|cocina|Küche|keuken|Ware|scorte|estoque|produits',
  },
  HACCP: { caseSensitive: true },
  APPCC: { caseSensitive: true },
  ETS5: { caseSensitive: true },
  ETS6: { caseSensitive: true },
  SMSTS: { caseSensitive: true },
  // "Cleaning schedules" and "temperature logs" are a kitchen's records; the job's cleaning is a duty of its own.
  'Cleaning|Cleaning': {
    notAfter: '(?:[Dd]ata|[Cc]ode|[Dd]ry|[Dd]rain|[Dd]uct|[Ll]og)[\\s-]*$',
    notBefore: '^\\s+(?:schedules?|rotas?|logs?|records?|checklists?)\\b',
  },
  // "Advising on cuts and cooking times": what a butcher tells a customer, not cooking.
  'Cooking|Cooking': { notBefore: '^\\s+(?:times?|instructions|tips|advice|suggestions)\\b' },
  // The guard's access control: at a gate, door or site, never in a line about systems' permissions, where it is IAM.
  // A boiler or a gas heater named beside servicing words is its servicing ("Wartung von Gasthermen", "entretien des chaudières gaz").
  // A boiler or a gas heater named beside servicing words is its servicing ("Wartung von Gasthermen", "entretien des chaudières gaz").
  'Boiler servicing|Gasheizungen': BOILER_SERVICING,
  'Boiler servicing|Ölheizungen': BOILER_SERVICING,
  'Boiler servicing|Gasthermen': BOILER_SERVICING,
  'Boiler servicing|Gastherme': BOILER_SERVICING,
  'Boiler servicing|Brennwertgeräte': BOILER_SERVICING,
  'Boiler servicing|Brennwertkessel': BOILER_SERVICING,
  'Boiler servicing|Heizkessel': BOILER_SERVICING,
  'Boiler servicing|Heizkesseln': BOILER_SERVICING,
  'Boiler servicing|Brennwertgeräten': BOILER_SERVICING,
  'Boiler servicing|Brennwertkesseln': BOILER_SERVICING,
  'Boiler servicing|chaudières gaz': BOILER_SERVICING,
  'Boiler servicing|chaudières fioul': BOILER_SERVICING,
  'Boiler servicing|calderas de gas': BOILER_SERVICING,
  'Boiler servicing|cv-ketels': BOILER_SERVICING,
  'Boiler servicing|cv-installaties': BOILER_SERVICING,
  'Access control|Access control': {
    lineContext: `^(?!.*(?:${IT_ACCESS}))(?=.*(?:security|guard|visitor|site|gate|reception|premises|building|entrance|badge|CCTV|patrol|door|officer|warden|steward))`,
  },
  'Access control|control access': {
    lineContext: `^(?!.*(?:${IT_ACCESS}))(?=.*(?:security|guard|visitor|site|gate|premises|building|entrance|badge|CCTV|patrol|door))`,
  },
  // "Retráctil" names the reach truck beside a forklift word ("carretilla elevadora frontal y retráctil").
  'Reach truck operation|retráctil': { lineContext: 'carretill|toro|máquina' },
  'Reach truck operation|retráctiles': { lineContext: 'carretill|toro|máquina' },
  'Epic|Epic': {
    caseSensitive: true,
    context: 'chart|EHR|EMR|document|Cerner|clinical|nurs|patient|Clarity|MyChart|Meditech|health record',
  },
  // "Drehen" and "Fräsen" are machining only beside machine words; "Kasse" a till only beside till words.
  'CNC turning|Drehen': { lineContext: 'CNC|Drehmaschin|Maschine|Zerspan|Werkstück|Fräs|Bauteil|Drehteil' },
  'CNC milling|Fräsen': { lineContext: 'CNC|Drehmaschin|Maschine|Zerspan|Werkstück|Fräsmaschin|Bauteil|Drehteil' },
  'Electrical clearance|B2V': { caseSensitive: true },
  'Electrical clearance|BA5': { caseSensitive: true },
  'Electrical clearance|EFKffT': { caseSensitive: true },
  'Income tax|Lohnsteuer': { lineContext: 'Lohn|Gehalt|Abrechnung|Meldung|Anmeldung|Buchhaltung|Steuer\\w' },
  'Filing|Filing': {
    notBefore: '^\\s+(?:of|for|tax|returns?|deadlines?|patents?)\\b',
    notAfter: '(?:[Tt]ax|[Pp]atent|[Ee]-|[Cc]ourt)\\s*$',
  },
  'Patrolling|patrol': { lineContext: 'security|guard|site|premises|building|CCTV|officer|night|mobile|foot|alarm' },
  'Health and safety|BHP': { caseSensitive: true },
};

/**
 * More aliases, by profession, for skills whose home is `SKILL_TABLE` in `skills.ts` (one canonical name, one
 * table): the words care, warehouse, kitchen, shop, school and office postings use in each language.
 */
export const PROFESSION_ALIASES: Readonly<Record<string, string>> = {
  'Patient assessment':
    'patient assessments|holistic assessments|holistic patient assessments|nursing assessments|nursing assessment|assess patients|assessing patients|pflegerische Einschätzung|Pflegeanamnese|Assessment der Patienten|évaluation clinique|évaluation des patients|valoración de enfermería|valoración del paciente|anamnese|verpleegkundige anamnese|omvårdnadsbedömning|valutazione infermieristica|avaliação de enfermagem',
  'Patient care':
    'Versorgung der Patienten|Versorgung von Patienten|Patientenbetreuung|Betreuung der Patienten|Grund- und Behandlungspflege|Behandlungspflege|prise en charge des patients|cuidados al paciente|atención de pacientes|zorg voor patiënten|pasientbehandling|pasientomsorg|pleje af patienter|potilastyö|potilaiden hoito|opieka nad pacjentem|opieka nad pacjentami|cuidados de enfermagem|direct patient care|bedside care|bedside nursing|deliver patient care|delivering patient care',
  'Medication administration':
    'legemiddelhåndtering|legemiddelutdeling|läkemedelsdelning|läkemedelshantering|medicinhåndtering|medicingivning|medicindosering|lääkehoito|lääkkeiden jakaminen|lääkkeiden jako|podawanie leków|Medikamente stellen|Medikamente verabreichen|Stellen und Verabreichen von Medikamenten|Stellen von Medikamenten|distribution de médicaments|distribution des traitements|administrar medicación|preparar medicación|administer medicines|administering medicines|medicines administration|prompt and administer medication|medicatie delen|medicijnen uitdelen|somministrazione dei farmaci|somministrazione farmaci|administração de medicamentos|administração de medicação',
  'Dementia care':
    'muistisairaat|muistisairaiden|muistisairaiden hoito|demensomsorg|personer med demens|demenssjukdom|demenssjuka|osoby z demencją|otępieniem|demenzerkrankten|demenzkranke|Demenzkranken|demensvård|demensvården|demensomsorgen|demenspleje|demensboende',
  'Order picking':
    'keräily|keräilijä|keräilyä|plukning|plukke|plukking|plukkarbeid|plockning|plocka order|orderplock|kompletacja|kompletowanie|pick orders|picking orders|picking|pickers|Kommissionierer|Kommissioniererin|préparateur de commandes|preparador de pedidos|orderpicker|orderpickers|plocktruck|picking e packing|picking & packing|separador de pedidos',
  'Customer service':
    'Kundenkontakt|Kundenbetreuung|Publikumsverkehr|Bürgerservice|Beratung der Bürgerinnen und Bürger|Bürgerberatung|accueil du public|accueil client|accueil des clients|atención al público|atención a clientes|dienstverlening|klantvriendelijk|klantgericht|asiakaspalvelu|asiakaspalvelutaidot|obsługa klienta|obsługi klienta|kundebetjening|kundebehandling|kundeservice|kundtjänst|kundbemötande|servizio al cliente|accoglienza clienti|atendimento ao cliente|atendimento a clientes|atendimento no balcão|atendimento|serve customers|serving customers|customer-facing|front-of-house service|greet customers|greeting customers|welcome guests|welcoming guests|Gäste empfangen|accueillir les clients|accueil des clients|recibir a los clientes|gasten ontvangen|ta emot gäster|accogliere i clienti|receber os clientes|modtage gæster|ta imot gjester',
  'Cash handling':
    'afrekenen|afrekening|kassawerk|kassadienst|Abrechnung mit den Gästen|Abkassieren|kassieren|encaisser|encaissement des clients|tenue de la caisse|cobro en caja|cobrar|cobrar a los clientes|cuadrar la caja|kassaarbete|kassatjänst|kassaarbeid|kassearbejde|kassetjeneste|kassatyöskentely|kassatyö|obsługa kasy|obsługa kasy fiskalnej|rozliczanie kasy|operação de caixa|operar o caixa|fechamento de caixa|gestire la cassa|cassa e pagamenti|handle cash|handling cash|cash and card payments|cashing up|till balancing|balance the till|balancing the till',
  'Shelf replenishment':
    'reposición|reposición de producto|reposición de productos|reponer|Warenverräumung|Regale auffüllen|Regalpflege|Verräumen|mise en rayon|réassort|réapprovisionnement des rayons|vakkenvullen|vakken vullen|påfyllning|varupåfyllning|fylla på varor|rifornimento scaffali|rifornimento degli scaffali|reposição|reposição de produtos|varepåfyldning|påfyldning|varepåfylling|fylle på varer|påfylling|påfylling av varer|uzupełnianie towaru|wykładanie towaru|restock shelves|restocking shelves|replenish stock|replenishing stock|fill shelves',
  'Visual merchandising':
    'escaparates|escaparatismo|montaje de escaparates|vitrines|mise en valeur des produits|etalages|etalage|skyltning|exponering|vetrine|allestimento vetrine|vitrinismo|varepræsentation|vareeksponering|somistus|ekspozycja towaru|merchandising wizualny',
  'Journal entries':
    'pólizas contables|registro de pólizas|pólizas de diario|asientos contables|écritures comptables|saisie des écritures|Buchungen|Buchungssätze|boekingen|memoriaalboekingen|bokföringsorder|verifikationer|registrazioni contabili|prima nota|lançamentos contábeis|posteringer|bogføring|føring av bilag|kirjaukset|księgowanie dokumentów|dekretacja',
  'Month-end close':
    'månedsafslutning|månedsafslutninger|månadsbokslut|månedsavslutning|kuukausisulkeminen|kuukausikirjanpito|zamknięcie miesiąca|cierre contable mensual|maandafsluiting|maandafsluitingen|chiusura mensile|chiusure mensili|fecho mensal|fechamento mensal|clôtures mensuelles',
  Machining:
    'Zerspanung|Zerspanungsmechaniker|Zerspanungsmechanikerin|Zerspanungstechnik|spanende Bearbeitung|usinage|mecanizado|mecanizados|verspaning|verspanende bewerking|skärande bearbetning|spånskärande bearbetning|lavorazioni meccaniche|asportazione di truciolo|maquinação|usinagem|spåntagning|spanende bearbejdning|sponfraskilling|lastuava työstö|koneistus|obróbka skrawaniem|machinist|machinists',
  'Accounts payable':
    'kreditorer|kreditorstyring|kreditorbogføring|leverandørreskontro|ostoreskontra|ostolaskut|rozrachunki z dostawcami|cuentas por pagar a proveedores',
  'Accounts receivable':
    'debitorer|debitorstyring|kunde- og leverandørreskontro|kundereskontro|myyntireskontra|myyntilaskut|rozrachunki z odbiorcami',
  'Classroom management':
    'klasseledelse|klassledarskap|klassrumsledarskap|luokanhallinta|zarządzanie klasą|gestione della classe|gestão da sala de aula|trygt læringsmiljø|trygg studiemiljö|trygg lärmiljö|Klassenmanagement',
  'Student assessment':
    "bedömning och betygssättning|betygssättning|betygsättning|bedömning|vurdering av elever|vurdering|underveisvurdering|standpunktkarakter|karaktersetting|bedømmelse|evaluering af elever|arviointi|oppilasarviointi|évaluation des élèves|évaluer les élèves|evaluación del alumnado|evaluación de los alumnos|Leistungsbeurteilung|Notengebung|Leistungsbewertung|beoordeling van leerlingen|toetsing|valutazione degli studenti|valutazione degli alunni|avaliação dos alunos|ocenianie|ocenianie uczniów|assess pupils|assessing pupils|assess pupil progress|assess pupils' progress|assessing pupils' progress|pupil progress|marking and assessment|assessment and marking",
  'Parent communication':
    "utvecklingssamtal med vårdnadshavare|kontakt med vårdnadshavare|vårdnadshavare|foreldresamtaler|foreldremøter|samarbeid med foreldre|skole-hjem-samarbejde|forældresamtaler|forældresamarbejde|Elterngespräche|Elternarbeit|Elternabende|réunions parents-professeurs|relations avec les familles|tutorías con familias|reuniones con familias|comunicación con las familias|oudergesprekken|oudercontacten|colloqui con i genitori|rapporti con le famiglie|reuniões de pais|reuniões com encarregados de educação|wywiadówki|kontakt z rodzicami|współpraca z rodzicami|vanhempainillat|kodin ja koulun yhteistyö|keep parents informed|parents evenings|parents' evenings|relationships with parents|relationships with parents and carers|working with parents|communicate with parents|communication with parents|parents and carers",
  Mathematics: 'matematikk|matematiikka|matematyka|math teacher|maths teacher',
  KPIs: 'KPI tracking|track KPIs|tracking KPIs|KPI monitoring|monitor KPIs|monitoring KPIs|seguimiento de KPIs|seguimiento a KPIs|seguimiento de indicadores|suivi des KPI|suivi des KPIs|suivi des indicateurs|KPI-Tracking|KPI-Monitoring|monitoraggio dei KPI|acompanhamento de KPIs|acompanhamento de indicadores',
  'Lesson planning':
    'planlegge undervisning|planlegging av undervisning|planlægning af undervisning|planera undervisning|planera, genomföra och utvärdera undervisning|opetuksen suunnittelu|planowanie lekcji|planowanie zajęć|plan and teach|plan and teach engaging lessons|plan and deliver|plan engaging lessons|preparar las clases|preparar clases|préparer les cours|lessen voorbereiden|progettare le lezioni',
  Teaching: 'undervise|undervisar|opettaa|opetus|nauczanie|nauczyciel|nauczycielka|opettaja|lektor|Lehrtätigkeit',
  'Vital signs':
    'observations|NEWS2|vital signs monitoring|take observations|taking observations|vitale tegn|elintoiminnot|parametry życiowe|funkcje życiowe',
  'Infection control':
    'infection prevention and control procedures|smittevern|smittevernrutiner|hygiejneregler|infektionshygiejne|infektioiden torjunta|aseptiikka|kontrola zakażeń|controllo delle infezioni|controlo de infeção|hygiènes des mains',
  'Food safety':
    "hygiène|règles d'hygiène|Hygieneregeln|Hygienestandards|normas de higiene|hygieneregels|livsmedelshygien|igiene alimentare|higiene alimentar|fødevarehygiejne|mattrygghet|elintarvikehygienia|higiena żywności|sanepid",
  Hydraulics:
    'hydraulische|hydrauliques|hydrauliikka|hydraulika|sistemas hidráulicos|averías hidráulicas|hidráulicas|hydrauliques|idrauliche|hidráulicos',
  'PLC programming':
    "automates|automates programmables|automate programmable|programmation d'automates|programmation automate|autómatas|autómatas programables|PLC-programmering|PLC-ohjelmointi|programowanie sterowników PLC|sterowniki PLC|programmazione PLC|PLC's|intervenir sur les automates|SPS-Programmierungen|SPS",
  'Food preparation':
    'préparer la mise en place|préparation culinaire|preparación de platos|elaboración de platos|Zubereitung von Speisen|Speisenzubereitung|matlagning|matförberedelser|preparazione degli alimenti|preparação de alimentos|madlavning|ruoanvalmistus|przygotowywanie posiłków|food prep|prep lists|prep list|daily prep|prep work',
  Cooking: 'cuisson|cuissons|assurer la cuisson|koken|kokken|matlaging|cucinare|cozinhar|ruoanlaitto|gotowanie',
  English: 'englanti|englannin kielen|angielski|języka angielskiego',
  Finnish: 'suomen kielen|suomen kieli|suomen kieltä|suomen kielellä|suomi|suomea',
  Norwegian:
    'norskkunnskaper|norskferdigheter|norsk muntlig og skriftlig|gode norskkunnskaper|kunnskaper i norsk|beherske norsk|norsk språk|ferdigheter i norsk|gode ferdigheter i norsk',
  Swedish: 'kunskaper i svenska|svenska i tal och skrift|behärskar svenska|svenskkunskaper',
  Danish: 'dansk i skrift og tale|taler og skriver dansk|dansk på|danskkundskaber|kendskab til dansk',
  French:
    'parlez français|parler français|lisez le français|lire le français|maîtrise du français|maîtrise de la langue française|français courant|français obligatoire|francophone',
  Spanish: 'español|castellano',
  Dutch: 'Nederlandse taal|Nederlands|beheersing van de Nederlandse taal|Nederlandstalig',
  Polish: 'język polski|języka polskiego|polski',
  German: 'Deutschkenntnisse|deutsche Sprache|Deutsch|deutschsprachig',
  Italian: 'italiano|lingua italiana',
  Portuguese: 'português|língua portuguesa',
  Czech: 'čeština|český jazyk',
};
