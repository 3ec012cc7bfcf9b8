/**
 * More of the skills taxonomy, second area: IT infrastructure and support, business software, healthcare
 * specialities, construction trades, hospitality, national qualifications and vetting checks, transport
 * data and GIS. Same format as `SKILL_TABLE` in `skills.ts` (a canonical name, the form a recruiter
 * writes, then its aliases in the languages the summarizer reads); a canonical name lives in one table
 * only. `GROWTH_ALIASES` adds words to skills of the other tables; `GROWTH_GUARDS` keeps short names and
 * ordinary words from counting out of context.
 */
import type { SkillGuard } from './skills';

export const GROWTH_SKILLS: ReadonlyArray<readonly [string, string]> = [
  [
    'it-infrastructure-growth',
    `Cisco IOS|Cisco IOS XE|IOS XE|IOS-XE|NX-OS|Cisco NX-OS
LPIC|LPIC-1|LPIC-2|LPIC-3|Linux Professional Institute Certification
CompTIA Linux+
CompTIA Server+
Microsoft 365 Certified: Administrator Expert|MS-102|MS-100|Microsoft 365 Administrator Expert
MD-102|Microsoft 365 Certified: Endpoint Administrator Associate|MD-100|MD-101
SCCM|MECM|Microsoft Endpoint Configuration Manager|System Center Configuration Manager|ConfigMgr|Configuration Manager
WSUS|Windows Server Update Services
Microsoft Exchange|Exchange Server|Exchange Online|Exchange 2016|Exchange 2019|MS Exchange|Exchange-Server
AD FS|ADFS|Active Directory Federation Services
TOPdesk
Freshservice
OTRS|Znuny
GLPI
ManageEngine ServiceDesk Plus|ServiceDesk Plus|ManageEngine
Citrix|Citrix Virtual Apps|Citrix Virtual Apps and Desktops|Citrix XenApp|XenApp|XenDesktop|Citrix ADC|NetScaler|Citrix Workspace
Nutanix|Nutanix AHV
NetApp|NetApp ONTAP|ONTAP
Synology|Synology NAS
Datto|Datto RMM|Datto BCDR
Kaseya|Kaseya VSA
ConnectWise|ConnectWise Manage|ConnectWise Automate|ConnectWise Control
NinjaOne|NinjaRMM
N-able|N-central|N-sight`,
  ],
  [
    'business-software-growth',
    `SAP SD|SAP Sales and Distribution|SAP SD module|SAP-SD-Modul
SAP PP|SAP Production Planning|SAP PP module|SAP PP/QM
SAP QM|SAP Quality Management
SAP TM|SAP Transportation Management
SAP BW|SAP BW/4HANA|SAP Business Warehouse|SAP NetWeaver BW
SAP ECC|SAP R/3|SAP ERP ECC|SAP ECC 6.0
Microsoft Dynamics GP|Dynamics GP|Great Plains
Oracle E-Business Suite|Oracle EBS|Oracle E-Business|Oracle Applications EBS
Oracle Fusion|Oracle Fusion Cloud|Oracle ERP Cloud|Oracle Cloud ERP|Oracle Fusion ERP|Oracle Fusion Financials
JD Edwards|JD Edwards EnterpriseOne|JDE|JD Edwards World
Infor M3|Infor LN|Infor CloudSuite|Infor ERP|Infor SyteLine|Infor XA
proALPHA|proALPHA ERP
abas ERP|abas
Unit4|Unit4 ERP|Unit4 Business World|Agresso
Exact Globe|Exact Globe Next|Exact Synergy
SnelStart
Moneybird
Zoho CRM|Zoho|Zoho One
Zoho Books|Zoho Invoice
SugarCRM|Sugar CRM
Teamleader Focus|Teamleader CRM
Freshsales
Dayforce|Ceridian Dayforce
Paychex|Paychex Flex
Gusto
Rippling
iTrent|MHR iTrent
CIPHR
HiBob
SD Worx
Sage People
HR2day
Youforce|Visma Raet|Raet`,
  ],
  [
    'healthcare-growth',
    `Diabetes care|diabetes management|diabetic care|diabetes education|diabetes nursing|Diabetesversorgung|Diabetesberatung|Diabetikerversorgung|prise en charge du diabète|éducation thérapeutique du diabète|cuidados al paciente diabético|educación diabetológica|diabeteszorg|diabetesvård|diabetesomsorg|diabetesbehandling|assistenza al paziente diabetico|gestão da diabetes|opieka diabetologiczna|edukacja diabetologiczna
Insulin administration|administering insulin|administer insulin|insulin injections|insulin injection|Insulingabe|Insulininjektionen|Insulin spritzen|injection d'insuline|injections d'insuline|administración de insulina|insuline toedienen|insuline injecteren|insulininjektioner|ge insulin|somministrazione di insulina|administração de insulina|podawanie insuliny
PEG feeding|enteral feeding|tube feeding|PEG tube|PEG tubes|gastrostomy feeding|nasogastric feeding|NG tube feeding|PEG care|Sondenernährung|PEG-Sonde|PEG-Sonden|enterale Ernährung|nutrition entérale|alimentation par sonde|alimentación enteral|nutrición enteral|sondevoeding|sondmatning|sondeernæring|nutrizione enterale|alimentazione enterale|alimentação entérica|nutrição entérica|alimentação por sonda|żywienie dojelitowe|żywienie przez PEG
Epilepsy care|epilepsy awareness|epilepsy training|epilepsy management|seizure management|buccal midazolam|epilepsy rescue medication|Epilepsieversorgung|Anfallsmanagement|prise en charge de l'épilepsie|gestión de crisis epilépticas|epilepsiezorg|epilepsivård|epilepsibehandling|gestione dell'epilessia|cuidados na epilepsia|opieka nad chorymi na padaczkę
Stoma care|ostomy care|colostomy care|stoma management|Stomaversorgung|Stomapflege|soins de stomie|cuidados de estomas|cuidado de ostomías|stomazorg|stomivård|stomipleje|cura della stomia|cuidados ao estoma|pielęgnacja stomii
Cervical screening|cervical smears|cervical smear tests|smear taking|smear tests|Pap smears|Pap tests|frottis cervico-utérin|citología cervical|uitstrijkjes|cellprovtagning|screening cervicale|rastreio do cancro do colo do útero|cytologia szyjki macicy
Ear irrigation|ear syringing|microsuction|ear care|Ohrspülung|lavage d'oreille|irrigación del oído|oorspoeling|öronspolning|ørerensning|irrigazione auricolare
Medication rounds|medicine rounds|drug rounds|Medikamentenrunde|Medikamente stellen|Medikamente richten|tour de médicaments|reparto de medicación|medicijnronde|medicatieronde|läkemedelsrunda|medicindosering|giro terapia|ronda de medicação|rozdawanie leków`,
  ],
  [
    'construction-growth',
    `Steel fixing|steel fixer|steelfixing|steel fixers|rebar|rebar fixing|rebar installation|reinforcement fixing|Bewehrung|Bewehrungsarbeiten|Bewehrungsbau|Eisenflechten|Eisenflechter|ferraillage|ferrailleur|ferralla|ferrallista|betonvlechten|betonvlechter|vlechtwerk|armeringsarbete|armeringsarbejde|armeringsarbeid|lavorazione del ferro|ferraiolo|armação de ferro|armador de ferro|zbrojenie|zbrojarz
Worktop templating|worktop templates|worktop template|templating worktops|worktop fitting|worktop installation|stone worktops|quartz worktops|granite worktops|Arbeitsplatten-Aufmaß|Arbeitsplattenmontage|pose de plans de travail|instalación de encimeras|werkbladmontage|montering av bänkskivor|montaggio piani di lavoro|montagem de bancadas
Curtain walling|curtain wall|curtain walls|curtain wall systems|unitised curtain walling|stick curtain walling|Vorhangfassade|Vorhangfassaden|Pfosten-Riegel-Fassade|Pfosten-Riegel-Fassaden|mur-rideau|murs-rideaux|façade rideau|muro cortina|fachada ligera|vliesgevel|vliesgevels|glasfasad|glasfacade|facciata continua|facciate continue|fachada cortina|ściana osłonowa|ściany osłonowe
Insulation|thermal insulation|insulation installation|loft insulation|cavity wall insulation|insulation installer|Dämmung|Wärmedämmung|Dämmarbeiten|Dämmtechnik|isolation thermique|travaux d'isolation|aislamiento térmico|aislamientos|isolatie|isolatiewerk|isolatiewerkzaamheden|isoleringsarbete|isoleringsarbejde|isolamento termico|isolamento térmico|izolacja termiczna|docieplenia|ocieplenia
External wall insulation|EWI|external wall insulation systems|ETICS|WDVS|Wärmedämmverbundsystem|Wärmedämmverbundsysteme|isolation thermique par l'extérieur|ITE façade|SATE|sistema SATE|gevelisolatie|buitengevelisolatie|fasadisolering|cappotto termico|sistema a cappotto|sistema ETICS|ocieplenie budynków
Cladding|rainscreen cladding|cladding installation|cladding systems|facade cladding|Fassadenbekleidung|vorgehängte hinterlüftete Fassade|bardage|bardage métallique|revestimiento de fachadas|gevelbekleding|fasadbeklädnad|facadebeklædning|rivestimento di facciata|revestimento de fachadas|okładziny elewacyjne
Underfloor heating|UFH|underfloor heating systems|Fußbodenheizung|Fußbodenheizungen|plancher chauffant|planchers chauffants|suelo radiante|vloerverwarming|golvvärme|gulvvarme|riscaldamento a pavimento|pavimento radiante|piso radiante|ogrzewanie podłogowe
Timber frame construction|timber frame|timber-framed buildings|timber frame erection|Holzrahmenbau|Holzständerbau|ossature bois|construction ossature bois|entramado ligero de madera|houtskeletbouw|regelstomme|bindingsværk|struttura a telaio in legno|construção em estrutura de madeira|konstrukcja szkieletowa drewniana
Fire stopping|firestopping|passive fire protection|fire-stopping installation|Brandschutzabschottungen|Brandabschottung|calfeutrement coupe-feu|sellado cortafuego|brandwerende doorvoeringen|brandtätning|brandlukning|sigillature antincendio|selagem corta-fogo|uszczelnienia ogniochronne
Waterproofing|waterproofing membranes|tanking and waterproofing|damp proofing|damp-proofing|Abdichtung von Bauwerken|Bauwerksabdichtung|étanchéité|impermeabilización|waterdichting|tätskikt|fugtisolering|impermeabilizzazione|impermeabilização|hydroizolacja|hydroizolacje
Pipe laying|pipelaying|pipe layer|drain laying|Rohrverlegung|pose de canalisations|poseur de canalisations|instalación de tuberías enterradas|buizen leggen|rörläggning|posa di tubazioni|assentamento de tubagens|układanie rurociągów`,
  ],
  [
    'hospitality-growth',
    `Tandoor|tandoor oven|tandoori cooking|tandoori chef
Sushi making|sushi chef|sushi preparation|Sushi-Zubereitung|préparation de sushis|elaboración de sushi|sushi maken|sushikock|preparazione del sushi|preparação de sushi
Responsible service of gambling|RSG|RSG certificate|responsible service of gaming|responsible conduct of gambling
Natasha's Law|PPDS labelling|prepacked for direct sale labelling`,
  ],
  [
    'qualifications-growth',
    `Industriekaufmann|Industriekauffrau|Industriekaufleute|Industriekaufmann/-frau|Ausbildung als Industriekaufmann|Ausbildung zur Industriekauffrau
Kaufmann für Büromanagement|Kauffrau für Büromanagement|Kaufleute für Büromanagement|Kaufmann/-frau für Büromanagement|Bürokaufmann|Bürokauffrau|Kaufmann für Bürokommunikation|Kauffrau für Bürokommunikation
Groß- und Außenhandelskaufmann|Kaufmann im Groß- und Außenhandel|Kauffrau im Groß- und Außenhandel|Kaufmann für Groß- und Außenhandelsmanagement|Kauffrau für Groß- und Außenhandelsmanagement
Sozialassistent|Sozialassistentin|staatlich geprüfter Sozialassistent|staatlich geprüfte Sozialassistentin
Medizinische Fachangestellte|Medizinischer Fachangestellter|Medizinische/r Fachangestellte/r|MFA|Arzthelferin|Arzthelfer
Zahnmedizinische Fachangestellte|Zahnmedizinischer Fachangestellter|ZFA|Zahnarzthelferin|Zahnarzthelfer
Éducateur spécialisé|DEES|diplôme d'État d'éducateur spécialisé|DEES éducateur spécialisé|éducatrice spécialisée
Moniteur éducateur|DEME|diplôme d'État de moniteur éducateur|monitrice éducatrice
BAFA|brevet d'aptitude aux fonctions d'animateur|BAFD|brevet d'aptitude aux fonctions de directeur
City & Guilds|City and Guilds|City & Guilds qualification|City and Guilds qualification|C&G qualification
BTEC|BTEC National|BTEC Level 3|BTEC Diploma|BTEC Extended Diploma|BTEC Level 2
HNC|Higher National Certificate
HND|Higher National Diploma
Führungszeugnis|erweitertes Führungszeugnis|polizeiliches Führungszeugnis|erweiterten Führungszeugnisses|erweitertes polizeiliches Führungszeugnis|Führungszeugnisses|einwandfreies Führungszeugnis
VOG|Verklaring Omtrent het Gedrag|VOG-verklaring|geldige VOG|certificate of good conduct
Criminal record certificate|extrait de casier judiciaire|casier judiciaire|bulletin n°3 du casier judiciaire|casier judiciaire vierge|certificado de delitos de naturaleza sexual|certificado negativo de delitos sexuales|certificado de delitos sexuales|certificado de antecedentes penales|utdrag ur belastningsregistret|belastningsregister|belastningsregistret|børneattest|straffeattest|ren straffeattest|politiattest|certificato penale|casellario giudiziale|certificado de registo criminal|registo criminal|zaświadczenie o niekaralności|zaświadczenie z KRK`,
  ],
  [
    'transport-gis-growth',
    `NeTEx|Transmodel
SIRI|Service Interface for Real Time Information
PTV Visum|VISUM
PTV Vissim|Vissim|PTV Vistro
Aimsun|Aimsun Next
SATURN
EMME|Emme/4|INRO Emme
TransCAD
Cube Voyager|Citilabs Cube|Bentley CUBE
MATSim
SUMO|Simulation of Urban Mobility
LinSig
TRANSYT|TRANSYT 16|Junctions 10|ARCADY|PICADY
Paramics|Q-Paramics
Transport modelling|transport modeling|traffic modelling|traffic modeling|travel demand modelling|travel demand modeling|Verkehrsmodellierung|Verkehrsmodell|modélisation des transports|modélisation du trafic|modelización del transporte|modelización de tráfico|verkeersmodellering|verkeersmodel|trafikmodellering|modellazione dei trasporti|modelação de transportes|modelowanie ruchu
HASTUS
Optibus
Trapeze|Trapeze scheduling|Trapeze Group
IVU.suite|IVU
MapInfo|MapInfo Pro|MapInfo Professional
FME|Safe FME|FME Desktop|FME Form|FME Server|FME Flow
GeoServer
GRASS GIS
Google Earth Engine
OpenStreetMap
Global Mapper
ERDAS IMAGINE|ERDAS
MicroStation|Bentley MicroStation
ArcGIS Survey123|Survey123|ArcGIS Field Maps|Field Maps|Collector for ArcGIS
GDAL|GDAL/OGR|OGR
Smallworld|GE Smallworld
Cadcorp|Cadcorp SIS
Liquidlogic|Liquidlogic LCS|Liquidlogic LAS`,
  ],
  [
    // Tools, certificates and trade techniques the sixth to eighth blind batches' labellers tagged (566–625).
    'blind-sixth-growth',
    `Lightning Web Components|Lightning Web Component|LWC|Salesforce LWC|Salesforce Lightning Web Components
SOQL|SOSL|SOQL queries|SOQL/SOSL
MuleSoft|MuleSoft Anypoint|Anypoint Platform|Mule ESB|Mule 4
Salesforce Platform Developer I|Platform Developer I|Platform Developer 1|Salesforce Certified Platform Developer I
Salesforce Platform Developer II|Platform Developer II|Platform Developer 2|Salesforce Certified Platform Developer II
Power Query|Power Query Editor|Power Query M|Power-Query
Stored procedures|stored procedure|gespeicherte Prozeduren|Stored Procedures|procédures stockées|procédure stockée|procedimientos almacenados|procedimiento almacenado|opgeslagen procedures|procedure memorizzate|procedimentos armazenados|procedures armazenadas|procedury składowane|procedur składowanych|lagrade procedurer
Row-level security|row level security|RLS|Sicherheit auf Zeilenebene|sécurité au niveau des lignes|seguridad a nivel de fila|seguridad de nivel de fila|beveiliging op rijniveau|säkerhet på radnivå|sicurezza a livello di riga|segurança em nível de linha|segurança no nível da linha|zabezpieczenia na poziomie wierszy
PL-300|PL-300 certification|Power BI Data Analyst Associate|Microsoft Certified: Power BI Data Analyst Associate|DA-100
Microsoft Fabric|MS Fabric
Doctrine ORM|Doctrine|Doctrine 2
PHPUnit
Twig|Twig templates|Twig-Templates
SOLID principles|SOLID|SOLID-Prinzipien|principes SOLID|principios SOLID|SOLID-principes|principi SOLID|princípios SOLID|zasady SOLID|zasad SOLID|zasadami SOLID|SOLID-principerna
Doctolib
Amazon CloudFront|CloudFront|AWS CloudFront
SC-200|Microsoft Security Operations Analyst|Microsoft Certified: Security Operations Analyst Associate
Microdermabrasion|microdermabrasion|Mikrodermabrasion|microdermoabrasión|microdermabrasión|microdermabrasie|mikrodermabrasion|microdermoabrasione|microdermoabrasão|mikrodermabrazja
Lensometry|lensometer|lensmeter|focimeter|lensometers|Scheitelbrechwertmesser|frontofocomètre|frontofocómetro|frontifocometro|lensômetro|dioptromierz
ABO certification|ABO certified|ABO-certified|American Board of Opticianry|ABOC
Optician license|optician license|optician licence|state optician license|opticianry license|licensed optician
NCLE certification|NCLE|NCLE certified|National Contact Lens Examiners
Wills and probate|probate|wills & probate|probate files|probate matters|estate administration|private client work|Nachlassabwicklung|Nachlassverwaltung|sucesiones y testamentos|testamentaria|nalatenschappen|boedelafwikkeling|dödsbo|bouppteckning|dødsbobehandling|successioni|sprawy spadkowe
CILEx|CILEX|CILEx Level 3|CILEx Level 6|Chartered Institute of Legal Executives|Chartered Legal Executive
Accounting Technicians Ireland|ATI qualification|Accounting Technician (ATI)|qualified Accounting Technician|Accounting Technicians Ireland (ATI)|MIATI
Aged debt reporting|aged debt report|aged debt reports|aged debtors report|aged debtor report|aged debt analysis|aged debtors analysis|aged receivables report|aged receivables|AR aging report|Offene-Posten-Liste|OP-Liste|Fälligkeitsliste|balance âgée|balance âgée clients|antigüedad de saldos|informe de antigüedad|ouderdomsanalyse|ouderdomsoverzicht|åldersanalys|kundreskontrans åldersanalys|aldersfordeling|scadenzario clienti|aging de recebíveis|relatório de aging
Credit checks|credit check|credit checks on customers|run credit checks|customer credit assessment|credit vetting|Bonitätsprüfung|Bonitätsprüfungen|Kreditprüfung von Kunden|analyse de solvabilité|enquête de solvabilité|análisis de solvencia|estudio de solvencia|kredietwaardigheidsonderzoek|kredietcontrole|kreditprövning|kreditupplysning|kreditupplysningar|kreditvurdering|kreditvurderinger|verifica dell'affidabilità creditizia|valutazione del merito creditizio|análise de crédito|consulta de crédito|ocena wiarygodności kredytowej|weryfikacja wiarygodności kontrahentów
ISOBUS|ISO 11783
Skid steer operation|skid steer|skid steers|skid-steer|skid steer loader|skid steer loaders|skid-steer loader|Kompaktlader|Kompaktlader fahren|chargeuse compacte|chargeuses compactes|minichargeuse|minicargadora|minicargadoras|schranklader|kompaktlastare|minilastare|minipala|minipale|minicarregadeira|minicarregadeiras|ładowarka burtowa|miniładowarka
GPS machine control|3D machine control|GPS machine guidance|Leica iCON|Topcon 3D-MC|GPS-Maschinensteuerung|3D-Maschinensteuerung|guidage d'engins|guidage 3D des engins|guiado de maquinaria|control de máquinas por GPS|machinebesturing|3D-machinebesturing|maskinstyrning|maskinstyring|controllo macchina GPS|guida macchina 3D|controle de máquina por GPS|sterowanie maszyną GPS
Vehicle diagnostics|vehicle diagnostics|OBD diagnostics|OBD-II|OBD|OBD2|diagnostic tools for vehicles|Bosch KTS|Jaltest|Texa|Launch X431|DAF DAVIE|Fahrzeugdiagnose|Kfz-Diagnose|Diagnosegeräte|Fehlerspeicher auslesen|diagnostic automobile|valise de diagnostic|valises de diagnostic|valise constructeur|valises constructeurs|diagnosis de vehículos|equipos de diagnosis|equipo de diagnosis|equipos de diagnóstico|voertuigdiagnose|uitleesapparatuur|fordonsdiagnostik|diagnosi veicoli|diagnóstico automotivo|scanner automotivo|diagnostyka samochodowa|diagnostyka pojazdów|komputerowa diagnostyka
Wheel alignment|wheel alignments|four-wheel alignment|tracking and alignment|Achsvermessung|Achsvermessungen|Spureinstellung|réglage du parallélisme|géométrie des trains roulants|alineación de dirección|alineación de ruedas|alineado de dirección|uitlijnen van wielen|wieluitlijning|hjulinställning|hjulinställningar|assetto ruote|convergenza ruote|alinhamento de direção|alinhamento e balanceamento|geometria kół|ustawianie zbieżności
Diesel engine repair|diesel engines|diesel engine|diesel engine repairs|Dieselmotoren|Dieselmotor|moteurs diesel|moteur diesel|motores diésel|motores diesel|motor diésel|dieselmotoren|dieselmotorer|motori diesel|motore diesel|silniki diesla|silników diesla|silnikami diesla
Amazon Seller Central|Seller Central|Amazon Vendor Central|Vendor Central|Amazon marketplace management|Amazon-Marketplace|marketplace Amazon|gestione di Amazon
Compression stockings|compression stockings|compression hosiery|support stockings|TED stockings|apply compression stockings|Kompressionsstrümpfe|Kompressionsstrümpfe anziehen|Anziehen von Kompressionsstrümpfen|bas de contention|pose de bas de contention|medias de compresión|steunkousen|steunkousen aantrekken|steunkousen aan- en uittrekken|kompressionsstrumpor|stödstrumpor|kompressionsstrømper|calze elastiche|calze a compressione|meias de compressão|meias elásticas|pończochy uciskowe
Fachinformatiker für Systemintegration|Fachinformatiker/in für Systemintegration|Fachinformatikerin für Systemintegration|Fachinformatiker Systemintegration|Fachinformatiker (m/w/d) für Systemintegration|FISI
IP address management|IPAM|IP-Adressverwaltung|IP-Adressmanagement|Verwaltung von IP-Adressen|gestion des adresses IP|plan d'adressage IP|gestión de direcciones IP|IP-adresbeheer|IP-adresshantering|gestione degli indirizzi IP|gestão de endereços IP|zarządzanie adresacją IP
Network access control|802.1X|IEEE 802.1X|802.1X authentication|802.1X-Authentifizierung|Cisco ISE|Cisco Identity Services Engine|Netzwerkzugangskontrolle|contrôle d'accès réseau|control de acceso a la red|netwerktoegangscontrole|nätverksåtkomstkontroll|controllo degli accessi alla rete|controle de acesso à rede|kontrola dostępu do sieci
Material requirements planning|MRP|MRP run|MRP runs|material requirements planning|materials requirements planning|Materialbedarfsplanung|planification des besoins en matières|planificación de necesidades de materiales|materiaalbehoeftenplanning|materiaalplanning|materialbehovsplanering|materialbehov|materialbehovet|materialplanering|materialebehovsplanlægning|pianificazione dei fabbisogni|pianificazione dei fabbisogni di materiale|planejamento das necessidades de materiais|planowanie potrzeb materiałowych|planowanie zapotrzebowania materiałowego
Database replication|database replication|logical replication|streaming replication|replication|read replicas|read replica|Datenbankreplikation|Replikation|réplication de bases de données|réplication|replicación de bases de datos|replicación|databasereplicatie|replicatie|databasreplikering|replikering|replica del database|replicação de banco de dados|replicação|replikacja baz danych|replikacja
Floor coating|floor coatings|epoxy floor coatings|Bodenbeschichtungen|Epoxidharzbeschichtung|revêtements de sol en résine|sols en résine|revêtement de sol résine|pavimentos de resina|revestimientos de suelos|gietvloeren|vloercoating|vloercoatings|golvbeläggning|golvbeläggningar|gulvbelægning|pavimenti in resina|resine per pavimenti|pisos epóxi|revestimento de pisos|posadzki żywiczne|posadzek żywicznych
BREEAM|BREEAM assessments|BREEAM AP|BREEAM assessor
Fresha|Fresha booking system`,
  ],
  [
    'ninth-batch-growth',
    `Hot-air welding|hot-air welding|hot air welding|hot-air seam welding|hot-air welded seams|Heißluftschweißen|Heißluftverschweißung|soudure à air chaud|soudage à air chaud|soldadura por aire caliente|heteluchtlassen|varmluftssvetsning|varmluftsvejsning|saldatura ad aria calda|soldagem a ar quente|zgrzewanie gorącym powietrzem
Fall protection|fall protection systems|fall protection equipment|fall arrest|fall arrest systems|fall arrest harness|Absturzsicherung|Absturzsicherungen|protection antichute|systèmes antichute|harnais antichute|protección contra caídas|sistemas anticaídas|valbeveiliging|fallskydd|fallskyddsutrustning|faldsikring|protezione anticaduta|dispositivi anticaduta|proteção contra quedas|sprzęt chroniący przed upadkiem
Roller shutter installation|roller shutter installation|installing roller shutters|install roller shutters|pose de volets roulants|volets roulants|Rollladenmontage|Montage von Rollläden|instalación de persianas|persianas enrollables|montage van rolluiken|rolluiken plaatsen|montaggio di tapparelle|instalação de estores|montaż rolet
CAP Menuisier|CAP menuisier installateur|CAP menuisier fabricant|BP Menuisier|BP menuisier aluminium verre|CAP menuiserie|BEP menuiserie
Inmovilla|Inmovilla CRM
Creditsafe
Payment arrangements|payment arrangements|arrange payment plans|arranging payment plans|betalingsregelingen|betalingsregeling treffen|Ratenzahlungsvereinbarungen|Ratenzahlungsvereinbarung|échéanciers de paiement|échéancier de paiement|acuerdos de pago|planes de pago|avbetalningsplaner|afdragsordninger|piani di rientro|acordos de pagamento|ugody ratalne
Applied behaviour analysis|Applied behavior analysis|ABA|ABA therapy|ABA-Therapie|analisi comportamentale applicata|analisi comportamentale|analyse appliquée du comportement|análisis aplicado de la conducta|análisis de conducta aplicado|toegepaste gedragsanalyse|tillämpad beteendeanalys|anvendt adfærdsanalyse|análise do comportamento aplicada|stosowana analiza zachowania
RBT certification|Registered Behavior Technician|Registered Behaviour Technician|RBT|certificazione RBT|RBT certified
SEP qualification|uprawnienia SEP|świadectwo kwalifikacyjne SEP|SEP E|SEP D|uprawnienia SEP E|uprawnienia SEP D|SEP do 1 kV|SEP E do 1 kV|SEP D do 1 kV|uprawnienia elektryczne SEP
UDT OZE certificate|certyfikat UDT instalatora OZE|certyfikat instalatora OZE|certyfikat UDT OZE|certyfikatu UDT OZE|certyfikat OZE
Inverter installation|inverter installation|installing inverters|install inverters|montaż falowników|montażu falowników|Wechselrichtermontage|Montage von Wechselrichtern|installation d'onduleurs|pose d'onduleurs|instalación de inversores|installatie van omvormers|omvormers installeren|installation av växelriktare|installazione di inverter|instalação de inversores
Capital gains tax|CGT|capital gains|impôt sur les plus-values|ganancias patrimoniales|impuesto sobre ganancias patrimoniales|vermogenswinstbelasting|kapitalvinstskatt|kapitalvinstbeskattning|avanceskat|imposta sulle plusvalenze|imposto sobre mais-valias|imposto sobre ganho de capital|podatek od zysków kapitałowych
Inheritance tax|IHT|Capital Acquisitions Tax|gift and inheritance tax|Erbschaftsteuer|Erbschaftssteuer|Erbschaft- und Schenkungsteuer|droits de succession|impuesto de sucesiones|impuesto sobre sucesiones y donaciones|erfbelasting|schenk- en erfbelasting|arvsskatt|arveafgift|imposta di successione|imposto sobre heranças|podatek od spadków i darowizn
Chartered Tax Adviser|Chartered Tax Advisor|AITI Chartered Tax Adviser|CTA qualification|CIOT CTA|AITI qualification
CCH Central|CCH Personal Tax|CCH Corporation Tax|CCH Accounts Production
CRCST|CRCST certification|Certified Registered Central Service Technician|CBSPD certification|CSPDT
CensiTrak`,
  ],
  [
    'blind-tenth-to-twelfth-growth',
    `SAP MM|SAP MM module|SAP-MM-Modul|SAP Materials Management|SAP MM-Customizing|Modul SAP MM|module SAP MM|módulo SAP MM
Lasting powers of attorney|lasting power of attorney|lasting powers of attorney|LPA applications|powers of attorney|Vorsorgevollmacht|Vorsorgevollmachten|mandat de protection future|mandats de protection future|poderes preventivos|levenstestament|levenstestamenten|framtidsfullmakt|framtidsfullmakter|fremtidsfuldmagt|fremtidsfuldmagter|procura permanente
Estate accounts|estate accounts|estate accounting|prepare estate accounts|Nachlassabrechnung|comptes de succession|cuentas de la herencia|boedelrekening|boedelafrekening
STEP qualification|STEP Diploma|STEP membership|STEP qualified|STEP-qualified|Trust and Estate Practitioner|TEP qualified|full STEP member
Court of Protection|Court of Protection deputyship|deputyship applications|deputyship|property and affairs deputyship
Medical terminology|terminologie médicale|medizinische Terminologie|medizinische Fachbegriffe|terminología médica|medische terminologie|terminologia medica|terminologia médica|terminologia medyczna|medicinsk terminologi
Radiology information system|radiology information system|Xplore|Radiologie-Informationssystem|système d'information radiologique|sistema de información radiológica
AMF certification|Certification AMF|certification professionnelle AMF|examen AMF|certifié AMF
IOBSP|titre IOBSP|habilitation IOBSP|statut IOBSP
Farrowing|farrowing|atención a partos|atención de partos|Abferkelung|Abferkelbereich|mises bas|mise bas des truies|biggenopvang|kraamstal|parti delle scrofe|partos das porcas|porody loch|grisning
Artificial insemination|artificial insemination|inseminación artificial|künstliche Besamung|insémination artificielle|kunstmatige inseminatie|inseminazione artificiale|inseminação artificial|sztuczne unasiennianie|inseminering|seminazione artificiale
Animal welfare certificate|curso de bienestar animal|certificado de bienestar animal|Sachkundenachweis Tierschutz|certificat de compétence protection animale|certificado de bem-estar animal|animal welfare certificate|animal welfare training certificate
Home battery installation|home battery installation|home batteries|thuisbatterijen|thuisbatterij|Batteriespeicher|Stromspeicher|batteries domestiques|batteries de stockage|baterías domésticas|baterías de almacenamiento|batterie di accumulo|baterias domésticas|magazyny energii|magazynów energii|hembatterier|batterilager
Brazilian indirect taxes|ICMS|ICMS-ST|PIS e COFINS|PIS/COFINS|PIS/Cofins|substituição tributária
SPED|SPED Fiscal|SPED Contábil|EFD-Contribuições|EFD ICMS/IPI|EFD-Reinf|DCTFWeb|obrigações acessórias
Lpfö 18|Lpfö18|läroplanen för förskolan|förskolans läroplan|Lpfö
Rammeplan for barnehagen|Rammeplanen for barnehagen|rammeplanen|barnehagens rammeplan
Landlord gas safety certificates|CP12|CP12s|landlord gas safety records|landlord gas safety record|landlord gas safety certificates|landlord gas safety checks|LGSR|LGSRs
ACS gas qualifications|CCN1|CENWAT|CKR1|HTR1|CPA1|ACS gas|ACS assessments|ACS qualifications
Chocolate tempering|temper chocolate|tempering chocolate|chocolate tempering|Schokolade temperieren|Temperieren von Schokolade|tempérage du chocolat|tempérer le chocolat|templado de chocolate|templar chocolate|chocolade tempereren|temperaggio del cioccolato|temperagem de chocolate|temperowanie czekolady
Cake decorating|cake decorating|cake decoration|celebration cakes|decorate cakes|decorating cakes|Tortendekoration|Torten dekorieren|décoration de gâteaux|décor de gâteaux|decoración de tartas|decoración de pasteles|taartdecoratie|taarten decoreren|decorazione torte|decorazione di torte|decoração de bolos|dekorowanie tortów|tårtdekoration
SSIS|SQL Server Integration Services|SSIS packages|SSIS-Pakete
Solicitor qualification|qualified solicitor|Qualified solicitor in England and Wales|admitted solicitor|solicitor of England and Wales|SQE qualified|qualified as a solicitor
TUPE|TUPE transfers|TUPE regulations|TUPE consultations
Immigration law|immigration law|immigration sponsor licence|sponsor licence applications|sponsor licence compliance|business immigration|Ausländerrecht|Aufenthaltsrecht|droit des étrangers|derecho de extranjería|vreemdelingenrecht|immigratierecht|diritto dell'immigrazione|direito de imigração|prawo imigracyjne|utlänningsrätt
Conditional Access|Conditional Access policies|Entra Conditional Access|Azure AD Conditional Access|Bedingter Zugriff|accès conditionnel
Multi-factor authentication|multi-factor authentication|multifactor authentication|MFA rollout|rolling out MFA|two-factor authentication|2FA|Multi-Faktor-Authentifizierung|authentification multifacteur|autenticación multifactor|meervoudige authenticatie|autenticazione a più fattori|autenticação multifator|uwierzytelnianie wieloskładnikowe
Essential Eight|ACSC Essential Eight|Essential 8|Essential Eight maturity model
Microsoft Purview|Purview|Microsoft Purview DLP|Purview Information Protection|sensitivity labels|Microsoft Information Protection
Data loss prevention|data loss prevention|DLP policies|DLP|Data Loss Prevention|prévention des pertes de données|prevención de pérdida de datos|Datenverlustprävention|preventie van gegevensverlies|prevenzione della perdita di dati|prevenção contra perda de dados
WinCC|SIMATIC WinCC|WinCC Unified|WinCC flexible|WinCC OA
PROFINET|Profinet|PROFIBUS|Profibus
Machine safety|DIN EN ISO 13849|EN ISO 13849|ISO 13849|ISO 13849-1|Maschinensicherheit|sécurité des machines|seguridad de máquinas|machineveiligheid|sicurezza delle macchine|segurança de máquinas|bezpieczeństwo maszyn|maskinsäkerhet|EN 62061|IEC 62061
Surgical patient positioning|Lagerung der Patientinnen und Patienten|OP-Lagerung|surgical positioning|patient positioning in theatre|installation du patient au bloc|posicionamiento quirúrgico|positionering van de patiënt|posizionamento del paziente|posicionamento cirúrgico
ORBIS|ORBIS KIS|Dedalus ORBIS|Agfa ORBIS
Robotic surgery|robotic surgery|robot-assisted surgery|robotic-assisted surgery|da Vinci|da-Vinci-System|da Vinci system|robotergestützte Chirurgie|robotergestützten Chirurgie|roboterassistierte Chirurgie|chirurgie robotique|chirurgie robot-assistée|cirugía robótica|robotchirurgie|chirurgia robotica|cirurgia robótica|chirurgia robotyczna|robotkirurgi
Exotic animal care|exotic animals|exotic pets|animales exóticos|exotische Tiere|Exoten|nouveaux animaux de compagnie|exotische dieren|animali esotici|animais exóticos|zwierzęta egzotyczne|exotiska djur|eksotiske dyr
BLoC|Bloc/Cubit|flutter_bloc|BLoC pattern|Cubit
Vehicle body repair|vehicle body repair|car body repair|body repair|collision repair|panel beating|panel beater|Karosserieinstandsetzung|Unfallinstandsetzung|Karosseriearbeiten|réparation de carrosserie|carrosserie-réparation|reparación de carrocería|chapa y pintura|plaatwerkherstel|riparazione carrozzeria|bate-chapas|reparação de carroçarias|naprawa karoserii|elementów karoserii|naprawy blacharskie|naprawy blacharsko-lakiernicze|karosserireparation|billackering och plåt
Automotive refinishing|automotive refinishing|vehicle refinishing|car spray painting|vehicle spray painting|automotive painting|spray booth|paint booth|kabina lakiernicza|kabinie lakierniczej|lakierowanie samochodów|lakiernik samochodowy|lakierów wodnych|waterborne paint|Fahrzeuglackierung|Autolackierung|Lackierkabine|peinture automobile|cabine de peinture|pintura de vehículos|cabina de pintura|autospuiten|spuitcabine|verniciatura auto|forno di verniciatura|pintura automóvel|estufa de pintura|billackering
Spot welding|spot welding|resistance spot welding|zgrzewanie punktowe|Punktschweißen|soudage par points|soldadura por puntos|puntlassen|saldatura a punti|soldadura por pontos|punktsvetsning
Colour matching|colour matching|color matching|colour mixing|paint mixing|dobór koloru|dobór i mieszanie koloru|mieszanie lakierów|Farbtonermittlung|Farbtonabstimmung|recherche de teinte|igualación de color|igualación de colores|kleurbepaling|ricerca del colore|afinação de cor
Audatex|AudaPad|Audanet|Qapter
Audiometric testing|audiometric testing|audiometric tests|audiometry|hearing tests|hearing conservation testing|Audiometrie|audiométrie|audiometría|audiometrie|audiometria|badania audiometryczne
COHN|COHN-S|Certified Occupational Health Nurse
Cority
Shaft alignment|laser shaft alignment|shaft alignment|laser alignment|shaft alignments|Wellenausrichtung|Laserausrichtung|lignage d'arbres|alignement laser|alineación de ejes|alineación láser|uitlijnen van assen|asuitlijning|allineamento alberi|allineamento laser|alinhamento de eixos|alinhamento a laser|osiowanie wałów|axelriktning|akselretning
Vibration analysis|vibration analysis|vibration monitoring|Schwingungsanalyse|Schwingungsmessung|analyse vibratoire|análisis de vibraciones|trillingsanalyse|trillingsmetingen|analisi delle vibrazioni|análise de vibrações|analiza drgań|vibrationsanalys|vibrationsanalyse
Red Seal|Red Seal endorsement|Red Seal certification|Red Seal ticket|433A|Interprovincial Red Seal
Fruit thinning|fruit thinning|hand thinning|thinning crews|Ausdünnen|Fruchtausdünnung|éclaircissage|aclareo|aclareo de frutos|vruchtdunning|diradamento|raleio|przerzedzanie zawiązków|fruktgallring
Orchard platforms|Hydralada|Hydraladas|orchard platform|orchard platforms|picking platforms
Quad bike|quad bike|quad bikes|quad biking|Quad fahren
GlobalG.A.P.|GlobalGAP|Global GAP|GLOBALG.A.P.|GlobalG.A.P
SketchUp|Sketchup|SketchUp Pro
WHMIS|WHMIS 2015|SIMDUT
CRSP|Canadian Registered Safety Professional|NCSO|National Construction Safety Officer|CHSC|Construction Health and Safety Officer
WorkSafeBC|WorkSafe BC|WorkSafe
COR certification|Certificate of Recognition|COR program|COR audit|COR audits|COR certified|COR safety program
Punjabi|Panjabi|Pendschabi|pendjabi|punyabí|punjabi
Soloplan CarLo|Soloplan|CarLo TMS|CarLo
Injection moulding|injection moulding|injection molding|plastic injection|plastics injection|inyección de plásticos|inyección de plástico|moldeo por inyección|Spritzguss|Spritzgießen|injection plastique|moulage par injection|spuitgieten|stampaggio a iniezione|injeção de plásticos|moldagem por injeção|wtryskiwanie|formsprutning|sprøjtestøbning
Mould setting|mould setting|mold setting|mould changes|mold changes|mould changeovers|arranques de molde|arranque de moldes|cambio de molde|cambios de molde|Werkzeugwechsel|Werkzeugrüsten|changement de moule|changements de moules|matrijswissel|matrijswissels|cambio stampo|cambio stampi|troca de molde|troca de moldes|wymiana form|formbyte
OEE|Overall Equipment Effectiveness|OEE-Kennzahlen|Gesamtanlageneffektivität|rendement synthétique|eficiencia general de los equipos
Standardized work|standardized work|standardised work|trabajo estandarizado|Standardarbeit|standardisierte Arbeit|travail standardisé|gestandaardiseerd werk|lavoro standardizzato|trabalho padronizado|praca standaryzowana|standardiserat arbete
RITE|carné RITE|instalaciones térmicas (RITE)|Reglamento de Instalaciones Térmicas|carné de instalador térmico|instalador térmico
Press fitting|press fitting|press-fit fittings|press fittings|herramientas de prensar|herramienta de prensar|Pressfitting|Pressverbindungen|Presswerkzeug|raccords à sertir|persfittingen|persgereedschap|raccordi a pressare|pinza pressatrice|ferramentas de cravar|zaciskanie rur|pressverktyg
Phytotherapy|phytotherapy|herbal medicine|fitoterapia|Phytotherapie|phytothérapie|fitoterapie|fitoterapi|ziołolecznictwo
Occupational health administration|occupational health administration|medicina do trabalho|médecine du travail|medicina del trabajo|Arbeitsmedizin|bedrijfsgeneeskunde|medicina del lavoro|medycyna pracy|företagshälsovård|bedriftshelsetjeneste|arbejdsmedicin`,
  ],
];

/** More words for skills of the other tables, keyed by their canonical name. */
export const GROWTH_ALIASES: Readonly<Record<string, string>> = {
  Virtualization: 'vSphere|VMware vSphere|VMware ESXi|ESXi|vCenter|VMware vCenter|Proxmox|Proxmox VE|VCP-DCV',
  'Backup and recovery':
    'Veeam|Veeam Backup & Replication|Veeam Backup and Replication|Acronis|Acronis Cyber Protect|Acronis Backup|VMCE',
  Firewalls:
    'Sophos|Sophos Firewall|Sophos XG|Sophos XGS|Sophos UTM|Fortinet|FortiGate|FortiGates|FortiOS|FortiManager|FortiAnalyzer|Palo Alto Networks|Palo Alto|PAN-OS|PCNSE|PCNSA|Check Point|WatchGuard|pfSense|OPNsense',
  Networking:
    'Cisco Meraki|Meraki|HPE Aruba|Aruba Networks|Aruba ClearPass|Aruba|Ubiquiti|UniFi|MikroTik|RouterOS|Juniper Networks|Junos|Juniper|CCNP|CCNP Enterprise|CCIE|SD-WAN|SDWAN|VLANs|VLAN|VLAN-Konfiguration|LAN/WAN|LAN and WAN',
  Monitoring: 'Checkmk|Check_MK|Zabbix|Nagios|Nagios XI|Icinga|Icinga 2|PRTG|PRTG Network Monitor|Paessler PRTG',
  Linux:
    'RHEL|Red Hat Enterprise Linux|Red Hat Linux|Debian|Debian Linux|Ubuntu|Ubuntu Server|CentOS|SUSE Linux|SLES|Rocky Linux|AlmaLinux|RHCSA|RHCE|Red Hat Certified System Administrator|Red Hat Certified Engineer',
  'Load balancing':
    'F5 BIG-IP|BIG-IP|F5 load balancers|Lastverteilung|Lastenverteilung|répartition de charge|équilibrage de charge|balanceo de carga|equilibrio de carga|lastbalansering|bilanciamento del carico|balanceamento de carga|równoważenie obciążenia',
  'Endpoint management':
    'Client-Management|Clientmanagement|Endgeräteverwaltung|Endgerätemanagement|gestion des postes de travail|gestion du parc informatique|gestion de parc informatique|gestión de dispositivos|gestión de puestos de trabajo|werkplekbeheer|endpointbeheer|klienthantering|gestione degli endpoint|gestão de endpoints|zarządzanie stacjami roboczymi',
  Printers:
    'printer troubleshooting|printer setup|print management|Drucker|Netzwerkdrucker|Druckerbetreuung|Multifunktionsdrucker|imprimantes|impresoras|printers en scanners|skrivare|printere|stampanti|impressoras|drukarki',
  'Hardware troubleshooting':
    'Hardwarebetreuung|Hardware-Reparaturen|Hardwarefehler beheben|dépannage informatique|maintenance du matériel informatique|reparación de equipos informáticos|hardwareproblemen oplossen|riparazione hardware|manutenção de hardware',
  'Controlled substances':
    'controlled drugs|controlled drug administration|controlled drugs register|CD register|Betäubungsmittel|BtM-Dokumentation|stupéfiants|estupefacientes|narkotikaklassade läkemedel|stupefacenti|leki narkotyczne',
  'Home care': 'ADVF|titre professionnel ADVF|TP ADVF|assistant de vie aux familles|assistante de vie aux familles',
  ITIL: 'ITIL Foundation|ITIL 4|ITIL4|ITIL v3|ITIL V4|ITIL 4 Foundation|ITIL v3 Foundation|ITIL-Zertifizierung|certification ITIL|certificación ITIL',
  'Active Directory':
    'Active Directory Domain Services|on-premises Active Directory|on-prem Active Directory|Active-Directory-Verwaltung|administration Active Directory|administración de Active Directory|beheer van Active Directory',
  'Azure AD': 'Azure AD Connect|Entra Connect|Microsoft Entra Connect|hybrid Azure AD|hybrid identity',
  'Microsoft Intune': 'Microsoft Endpoint Manager|Endpoint Manager|Intune-Verwaltung',
  'Office 365 administration':
    'M365 administration|M365 admin|Microsoft 365 admin|Microsoft 365 admin center|Microsoft 365-Administration|Administration Microsoft 365|administration de Microsoft 365|administración de Microsoft 365|beheer van Microsoft 365|administrazione Microsoft 365',
  'SAP Business One': 'SAP B1|SAP BusinessOne|SAP Business One (B1)',
  'Microsoft Dynamics':
    'Dynamics CRM|Microsoft Dynamics CRM|MS Dynamics|D365|Dynamics 365 Sales|Dynamics 365 Customer Engagement|Dynamics 365 CE',
  'ADP Workforce Now': 'ADP Vantage|ADP GlobalView|ADP Decidium|ADP payroll',
  Salesforce:
    'Salesforce CRM|Salesforce Sales Cloud|Salesforce Service Cloud|Sales Cloud|Service Cloud|Salesforce Administrator|Salesforce administration',
  HubSpot: 'HubSpot CRM|HubSpot Sales Hub|HubSpot Marketing Hub',
  EKG: 'ECGs|EKGs|12-lead ECGs|12-lead ECG|12-lead EKG|12 lead ECG|ECG interpretation|EKG interpretation|ECG recording|perform ECGs|performing ECGs|Elektrokardiogramm|EKG schreiben|EKG-Ableitung|électrocardiogramme|réaliser des ECG|electrocardiograma|electrocardiogramas|realizar electrocardiogramas|elektrocardiogram|ECG maken|ECG’s maken|EKG-tagning|ta EKG|elettrocardiogramma|eseguire ECG|eletrocardiograma|elektrokardiogram|wykonywanie EKG',
  'Moving and handling': 'hoist transfers|using hoists|ceiling hoists|mobile hoists|stand aids|sling hoists',
  'Medical assistant': 'registered medical assistant|RMA (AMT)|RMA|CMA',
  'Concrete work':
    'shuttering|shuttering carpentry|formwork carpentry|formwork carpenter|Schalungsbauer|Betonbauer|coffreur|coffreur bancheur|encofrador|bekistingstimmerman|formsnickare',
  Surveying: 'site setting out',
};

/** Words of a network engineer's line, where a vendor's or a place's name ("Aruba", "Juniper", "Palo Alto") is the kit. */
const NETWORK_CONTEXT =
  '\\b(?:network\\w*|firewalls?|switch\\w*|routers?|routing|WLAN|wireless|Wi-?Fi|access points?|VLANs?|VPNs?|SD-WAN|LAN|WAN|NGFW|Cisco|Meraki|Fortinet|FortiGate|Sophos|Ubiquiti|Netzwerk\\w*|réseaux?|redes?|netwerk\\w*|nätverk|netværk|rete|reti|sieci)\\b';
/** A vendor named as the employer or a company ("Sophos is a leader", "join Citrix"), not its product. */
const VENDOR_AS_EMPLOYER: SkillGuard = {
  notBefore: "^\\s*(?:is|are|was|has|have|helps|offers|provides|builds|'s|’s)\\b",
  notAfter: '\\b(?:[Aa]t|[Jj]oin|[Jj]oining|[Bb]ei|[Cc]hez|[Ff]or)\\s+$',
};
/** Words of a transport planner's line, where a short model's or feed's name is the tool. */
const TRANSPORT_CONTEXT =
  '\\b(?:transport\\w*|traffic|transit|model\\w*|simulation|junction\\w*|highways?|GTFS|NeTEx|real-?time|timetabl\\w*|passenger|bus|rail|Verkehr\\w*|trafic|tráfico|verkeer|trafik|traffico|ruchu)\\b';
/** Words of a medical practice's line, where "MFA", "ZFA", "RMA" or "CMA" is the assistant's qualification. */
const MEDICAL_PRACTICE =
  '\\b(?:medical|clinic\\w*|patients?|physicians?|doctor|phlebotomy|vital signs|EHR|EMR|AAMA|AMT|NHA|Praxis|Arzt\\w*|Zahnarzt\\w*|Patient\\w*|medizinisch\\w*|Ausbildung|Behandlung\\w*|Prophylaxe)\\b';

export const GROWTH_GUARDS: Readonly<Record<string, SkillGuard>> = {
  // Monitoring tools are no ordinary word: they count without the monitoring words the skill's other names need.
  Checkmk: {},
  Check_MK: {},
  Icinga: {},
  'Icinga 2': {},
  'PRTG Network Monitor': {},
  'Paessler PRTG': {},
  'Nagios XI': {},
  // Vendors that also hire engineers: their name in the employer's own lines is no product.
  Sophos: VENDOR_AS_EMPLOYER,
  Fortinet: VENDOR_AS_EMPLOYER,
  Citrix: VENDOR_AS_EMPLOYER,
  Nutanix: VENDOR_AS_EMPLOYER,
  NetApp: VENDOR_AS_EMPLOYER,
  Veeam: VENDOR_AS_EMPLOYER,
  Acronis: VENDOR_AS_EMPLOYER,
  Datto: VENDOR_AS_EMPLOYER,
  Kaseya: VENDOR_AS_EMPLOYER,
  ConnectWise: VENDOR_AS_EMPLOYER,
  Rippling: { caseSensitive: true, ...VENDOR_AS_EMPLOYER },
  Gusto: { caseSensitive: true, lineContext: 'payroll|HR\\b|benefits|Rippling|ADP|QuickBooks|Xero|Paychex|BambooHR' },
  Meraki: {
    lineContext:
      'network|firewall|switch|router|Wi-?Fi|WLAN|wireless|access point|VLAN|VPN|SD-WAN|Cisco|Netzwerk|réseau|red(?:es)?\\b|netwerk',
  },
  // A city, an island, a plant, a free word, a magazine: the kit only in a network line.
  'Palo Alto': { caseSensitive: true, lineContext: NETWORK_CONTEXT },
  Aruba: { caseSensitive: true, lineContext: NETWORK_CONTEXT },
  Juniper: { caseSensitive: true, lineContext: NETWORK_CONTEXT },
  'Check Point': { caseSensitive: true, lineContext: NETWORK_CONTEXT },
  Ubuntu: { notBefore: '^\\s+(?:philosophy|spirit)\\b' },
  SLES: { caseSensitive: true },
  RHEL: { caseSensitive: true },
  RHCE: { caseSensitive: true },
  VLAN: { caseSensitive: true },
  ADFS: { caseSensitive: true },
  'AD FS': { caseSensitive: true },
  OTRS: { caseSensitive: true },
  GLPI: { caseSensitive: true },
  PRTG: { caseSensitive: true },
  Zabbix: {},
  Nagios: {},
  WSUS: { caseSensitive: true },
  MECM: { caseSensitive: true },
  SCCM: { caseSensitive: true },
  ConfigMgr: { caseSensitive: true },
  'Configuration Manager': {
    caseSensitive: true,
    context: 'Microsoft|Endpoint|SCCM|MECM|Intune|WSUS|Windows|deploy|patch',
  },
  ONTAP: { caseSensitive: true },
  ManageEngine: VENDOR_AS_EMPLOYER,
  'Endpoint Manager': { caseSensitive: true },
  'N-able': { caseSensitive: true },
  // SAP's short module names are safe with "SAP" before them; these are ordinary words alone.
  abas: { caseSensitive: true, lineContext: 'ERP|abas' },
  'Great Plains': { caseSensitive: true, lineContext: 'Dynamics|GP|ERP|accounting|Microsoft' },
  JDE: { caseSensitive: true },
  Agresso: { caseSensitive: true },
  Zoho: { caseSensitive: true },
  Raet: { caseSensitive: true },
  'Sales Cloud': { caseSensitive: true },
  'Service Cloud': { caseSensitive: true },
  D365: { caseSensitive: true },
  // Healthcare's short names.
  'PEG tube': { caseSensitive: true },
  'PEG tubes': { caseSensitive: true },
  'PEG care': { caseSensitive: true },
  'CD register': { caseSensitive: true },
  'ear care': { lineContext: 'irrigation|microsuction|syringing|nurse|wax|clinic|patient' },
  'Medical assistant|RMA': { caseSensitive: true, lineContext: MEDICAL_PRACTICE },
  'Medical assistant|CMA': { caseSensitive: true, lineContext: MEDICAL_PRACTICE },
  // The management accountant's CMA (its guard in PROFESSION_GUARDS), and never in a medical practice's line.
  'CMA|CMA': {
    caseSensitive: true,
    context: 'CPA|accountant|accounting|Certified Management|cost|CFA|ACCA|finance',
    lineContext: `^(?!.*${MEDICAL_PRACTICE})`,
  },
  MFA: { caseSensitive: true, lineContext: MEDICAL_PRACTICE },
  ZFA: { caseSensitive: true, lineContext: MEDICAL_PRACTICE },
  Arzthelfer: { caseSensitive: true },
  Drucker: {
    caseSensitive: true,
    lineContext: 'IT|Netzwerk|Hardware|Client|Windows|Support|Server|Scanner|einricht|Betreuung|PCs?\\b|Laptops?',
  },
  Betäubungsmittel: {
    lineContext: 'BtM|Dokumentation|Pflege|Patient|Station|Apotheke|Medikament|verabreich|Verwaltung',
  },
  stupéfiants: { lineContext: 'soins|patient|pharmac|infirmi|médicament|armoire|traçabilité|registre' },
  estupefacientes: { lineContext: 'pacient|farmac|enfermer|medicament|registro|custodia' },
  stupefacenti: { lineContext: 'pazient|farmac|infermier|terapi|registro|armadio' },
  // Construction's ordinary words.
  rebar: { notAfter: '\\b(?:the|a)\\s+$' },
  Insulation: {
    notBefore: '^\\s+(?:resistance|tests?|testing|monitoring|faults?)\\b',
    notAfter: '\\b(?:cable|electrical|wire)\\s+$',
  },
  isolatie: {
    lineContext: 'bouw|dak|gevel|vloer|spouw|woning|isolatiewerk|montage|aanbrengen|isoleren|na-isolatie|energie',
  },
  aislamientos: { lineContext: 'obra|térmic|acústic|fachada|cubierta|construcción|instal' },
  EWI: { caseSensitive: true },
  ETICS: { caseSensitive: true },
  WDVS: { caseSensitive: true },
  SATE: { caseSensitive: true },
  'ITE façade': { caseSensitive: true },
  UFH: { caseSensitive: true },
  Cladding: { notAfter: '\\b(?:nuclear|fuel|weld|metal)\\s+$' },
  bardage: { lineContext: 'façade|facade|bâtiment|bois|métallique|pose|chantier|couverture|étanchéité|isolation' },
  étanchéité: {
    lineContext:
      'toiture|terrasse|bâtiment|chantier|membrane|couverture|étancheur|bardage|façade|isolation|fondation|sous-sol|cuvelage|menuiser|fenêtre|compribande|mousse expansive|à l.air et à l.eau',
  },
  Waterproofing: { notAfter: '\\b(?:fabric|garment|textile|product|phone)s?\\s+$' },
  'pipe layer': { lineContext: 'drain|sewer|water|site|groundwork|excavat|trench|civil' },
  // Hospitality's short names.
  RSG: { caseSensitive: true },
  // Qualifications' short names, as written.
  ADVF: { caseSensitive: true },
  DEES: { caseSensitive: true },
  DEME: { caseSensitive: true },
  BAFA: {
    caseSensitive: true,
    lineContext: 'animat|brevet|BAFD|centre de loisirs|colonie|séjour|accueil|périscolaire|enfants|jeunes',
  },
  BAFD: { caseSensitive: true },
  BTEC: { caseSensitive: true },
  HNC: { caseSensitive: true },
  HND: { caseSensitive: true },
  VOG: { caseSensitive: true },
  'certificate of good conduct': {
    lineContext: 'VOG|Dutch|Netherlands|criminal|police|background|vetting|screening|required|must',
  },
  'casier judiciaire': {
    lineContext: 'extrait|bulletin|vierge|fournir|exigé|demand|B3|n°3|justifier|compatible|présenter',
  },
  'registo criminal': { lineContext: 'certificado|apresentar|limpo|exig|registo criminal' },
  belastningsregister: { lineContext: 'utdrag|uppvisa|visa upp|kontroll|begär|lämna' },
  belastningsregistret: { lineContext: 'utdrag|uppvisa|visa upp|kontroll|begär|lämna' },
  'casellario giudiziale': { lineContext: 'certificato|carichi pendenti|presentare|richiesto|pulito' },
  // Transport models and feeds that are ordinary words elsewhere.
  SIRI: { caseSensitive: true, lineContext: TRANSPORT_CONTEXT },
  VISUM: { caseSensitive: true },
  SATURN: { caseSensitive: true, lineContext: TRANSPORT_CONTEXT },
  EMME: { caseSensitive: true, lineContext: TRANSPORT_CONTEXT },
  SUMO: { caseSensitive: true, lineContext: TRANSPORT_CONTEXT },
  TRANSYT: { caseSensitive: true },
  'Junctions 10': { caseSensitive: true },
  ARCADY: { caseSensitive: true },
  PICADY: { caseSensitive: true },
  Trapeze: { caseSensitive: true, lineContext: TRANSPORT_CONTEXT },
  IVU: { caseSensitive: true, lineContext: TRANSPORT_CONTEXT },
  HASTUS: { caseSensitive: true },
  FME: { caseSensitive: true, lineContext: 'GIS|spatial|ETL|data|Safe|ArcGIS|QGIS|transform|geo' },
  ERDAS: { caseSensitive: true },
  OGR: { caseSensitive: true },
  'Field Maps': { caseSensitive: true },
  // The sixth to eighth blind batches' new names (566–625): short names as written, ordinary words in their field.
  'Lightning Web Components|LWC': { caseSensitive: true },
  'Row-level security|RLS': { caseSensitive: true },
  'SOLID principles|SOLID': { caseSensitive: true },
  'Vehicle diagnostics|OBD': { caseSensitive: true },
  'Vehicle diagnostics|Texa': { caseSensitive: true },
  'Fachinformatiker für Systemintegration|FISI': { caseSensitive: true },
  'Material requirements planning|MRP': { caseSensitive: true },
  'IP address management|IPAM': { caseSensitive: true },
  // "Doctrine" and "twig" are ordinary words; in a PHP developer's line they are the ORM and the template engine.
  'Doctrine ORM|Doctrine': { lineContext: 'PHP|Symfony|ORM|Laravel|entit|migra|MySQL|PostgreSQL|Shopware' },
  'Twig|Twig': { lineContext: 'Symfony|PHP|templat|Vue|front-?end|Drupal|Craft|Shopware|HTML' },
  // Replication is also a lab's and a study's word: the database's only beside a database's words.
  ...Object.fromEntries(
    [
      'replication',
      'Replikation',
      'réplication',
      'replicación',
      'replicatie',
      'replikering',
      'replicação',
      'replikacja',
    ].map((alias) => [
      `Database replication|${alias}`,
      {
        lineContext:
          'database|Datenbank|base de données|base de datos|banco de dados|baz danych|SQL|Postgre|MySQL|Oracle|Mongo|regions?\\b|cluster|DBA',
      },
    ]),
  ),
  // The ninth blind batch (646–665): short names and ordinary words that name the skill only in their field.
  'Applied behaviour analysis|ABA': {
    caseSensitive: true,
    lineContext:
      'autis|behavio|therap|terap|RBT|BCBA|comportament|conduct|Verhalten|gedrag|beteende|zachowa|formazione|training',
  },
  'Applied behaviour analysis|analisi comportamentale': {
    lineContext: 'ABA|autis|RBT|terap|disabil|comportamenti problema|educat',
  },
  'RBT certification|RBT': { caseSensitive: true },
  'SEP qualification|SEP E': { caseSensitive: true },
  'SEP qualification|SEP D': { caseSensitive: true },
  'Capital gains tax|CGT': { caseSensitive: true, lineContext: 'tax|Revenue|HMRC|returns?\\b|gains|disposal|clients' },
  'Capital gains tax|capital gains': { lineContext: 'tax|Revenue|HMRC|returns?\\b|disposal|clients|advis' },
  'Inheritance tax|IHT': { caseSensitive: true, lineContext: 'tax|Revenue|HMRC|estate|probate|trust|planning|clients' },
  'Roller shutter installation|volets roulants': {
    lineContext: 'pose|install|pos[ée]|montage|motoris|menuis|fermeture',
  },
  'Individualized education programs|PEI': {
    caseSensitive: true,
    lineContext: 'educativ|progett|piano|alunn|ospit|disabil|scuola|studen',
  },
  'Augmentative and alternative communication|TAKK': { caseSensitive: true },
  'Meal assistance|måltider': { lineContext: 'stöd|hjälp|hygien|klädning|omvårdnad' },
  'Electrical certification|przygotowanie protokołów': { lineContext: 'pomiar|elektr|instalac|odbior' },
  // A licence for lifting platforms is no forklift's; hot-air welding of a roof's seams is no welder's trade; the nurse a duty is delegated from is no skill; a tax client's correspondence is no lawyer's.
  'Forklift operation|uprawnienia UDT': { notBefore: '^\\s+(?:na|do)\\s+(?:podest|podnośnik|żuraw|suwnic|dźwig)' },
  'Welding|Welding': { notAfter: '[Hh]ot[- ]air\\s+$' },
  'Welding|soudage': { notBefore: '^\\s+à air chaud' },
  'Welding|soldadura': { notBefore: '^\\s+(?:por aire caliente|blanda|de estaño)' },
  'Welding|saldatura': { notBefore: '^\\s+(?:ad aria calda|dolce)' },
  'Welding|soldagem': { notBefore: '^\\s+(?:a ar quente|branda)' },
  'Nursing|sjuksköterska': { notAfter: '\\b(?:från|av|till|med|efter)\\s+(?:en\\s+|vår\\s+)?$' },
  // The tenth to twelfth blind batches (626–705): words that name the skill only beside their field, short names as written.
  'Hair colouring|foils': { lineContext: 'balayage|colou?r|hair|salon|highlight|toner|blond' },
  'Haircutting|precision cuts': { lineContext: 'hair|salon|blow|styl|colou?r|barber|fade|women|\\bmen\\b' },
  'Boiler servicing|annual servicing': { lineContext: 'boiler|heating|\\bgas\\b|appliance' },
  'Copper piping|en cobre': { lineContext: 'agua|fontaner|tuber|redes|multicapa|PPR|sanitari|calefac' },
  'Observation and assessment|TRAS': { caseSensitive: true, lineContext: 'språk|observ|barn|utvikling' },
  'Surgical technology|OTA': {
    caseSensitive: true,
    lineContext: 'Ausbildung|Anerkennung|\\bOP\\b|Operation|chirurg|Fachweiterbildung',
  },
  'Surgical technology|Instrumentieren': { lineContext: '\\bOP\\b|Eingriff|chirurg|Operation|Saal|steril' },
  'Surgical patient positioning|Lagerung der Patientinnen und Patienten': {
    lineContext: '\\bOP\\b|Anästhesie|Operat|chirurg|Saal',
  },
  'Data entry|encodage': {
    lineContext: 'données|dossier|commande|factur|client|système|SAP|Salesforce|logiciel|administrati|changements',
  },
  'Legal advice|advising employers on': {
    lineContext: 'dismiss|tribunal|employment law|legal|redundanc|TUPE|discriminat|litigation|solicitor|law firm',
  },
  'Legal advice|advise employers on': {
    lineContext: 'dismiss|tribunal|employment law|legal|redundanc|TUPE|discriminat|litigation|solicitor|law firm',
  },
  // "Within the purview of", "Carlo", "a rite": ordinary words unless written as the product's or the licence's name.
  'Microsoft Purview|Purview': { caseSensitive: true },
  'BLoC|BLoC': { caseSensitive: true },
  'BLoC|Cubit': { caseSensitive: true },
  'Soloplan CarLo|CarLo': { caseSensitive: true },
  'RITE|RITE': { caseSensitive: true },
  'ORBIS|ORBIS': { caseSensitive: true },
  'Fruit thinning|Ausdünnen': { lineContext: 'Obst|Frucht|Apfel|Baum|Plantage|Ernte|Schnitt' },
  'Fruit thinning|diradamento': { lineContext: 'frutt|mel[eio]\\b|pesch|potatur|raccolt|alber' },
  'Fruit thinning|aclareo': { lineContext: 'fruta|frutal|poda|cosecha|recolecci|árbol|melocot' },
  'Fruit thinning|raleio': { lineContext: 'fruta|poda|colheita|pomar' },
  'Exotic animal care|Exoten': { lineContext: 'Tier|Praxis|Klinik|Hund|Katze|Vogel|Reptil' },
  'Farrowing|atención a partos': { lineContext: 'lechon|cerda|porcin|granja|ganad|vaca|oveja|animal' },
  'Farrowing|atención de partos': { lineContext: 'lechon|cerda|porcin|granja|ganad|vaca|oveja|animal' },
  // A farm's or a cage's disinfection is no kitchen's; the bricklayers one works beside are no skill asked; "DM us on Instagram" is how to apply; a solar fitter's hand-over report is no property inventory.
  'Kitchen sanitation|limpieza y desinfección': {
    lineContext: 'cocina|menaje|utensilio|office|alimento|comedor|restaura|plancha|vajilla|cámara|obrador',
  },
  'Bricklaying|albañiles': { notAfter: '\\b(?:con|y|junto a)\\s+(?:los\\s+|las\\s+)?$' },
  // Pre-start checks on a plant's machines are no driver's walk-round of a vehicle.
  'Pre-trip inspection|pre-start checks': { lineContext: 'truck|vehicle|\\bvan\\b|lorry|\\bbus\\b|trailer|HGV|LGV' },
  'Pre-trip inspection|pre-start check': { lineContext: 'truck|vehicle|\\bvan\\b|lorry|\\bbus\\b|trailer|HGV|LGV' },
  'Pre-trip inspection|prestart checks': { lineContext: 'truck|vehicle|\\bvan\\b|lorry|\\bbus\\b|trailer|HGV|LGV' },
  'Pre-trip inspection|pre-start inspections': {
    lineContext: 'truck|vehicle|\\bvan\\b|lorry|\\bbus\\b|trailer|HGV|LGV',
  },
  // "Microsoft 365 Certified: Administrator Expert": the colon parts the certificate's name, its second half names it beside Microsoft 365.
  'Microsoft 365 Certified: Administrator Expert|Administrator Expert': {
    lineContext: 'Microsoft 365|M365|MS-102|Office 365',
  },
  // Belgian French "encoder" is to key data in, beside a system or the records keyed.
  'Data entry|encoder': {
    lineContext: 'données|dossier|commande|factur|système|SAP|Salesforce|logiciel|administrati|changements|relevés',
  },
  'Safe patient handling|patient handling': { notBefore: '^\\s+(?:case|information|data|records?|files?|details)\\b' },
  Instagram: {
    notAfter:
      '\\b(?:DM|[Mm]essage|[Ff]ollow|[Cc]ontact)\\s+us\\b.{0,20}$|\\b(?:photos?|pictures?|portfolio|your work)\\b.{0,20}$',
  },
  'Property inventories|opleverrapport': { lineContext: 'woning|huur|verhuur|vastgoed|makelaar|inspectie' },
  'Legal correspondence|client correspondence': {
    lineContext:
      'legal|law\\b|court|solicitor|matters?\\b|litig|conveyanc|lawyer|attorney|paralegal|tribunal|probate|fee earner',
  },
};
