/**
 * The skills taxonomy. One skill a line: `Canonical name|alias|alias…`, grouped by category.
 * Aliases match whole words, case-insensitively, with hyphens and spaces treated alike
 * ("scikit-learn" = "scikit learn"). Names that are also ordinary words are listed in
 * SKILL_GUARDS (case-sensitive, or not before/after some words). Soft skills live apart in
 * SOFT_SKILLS: the summary lists them separately and the match score ignores them.
 */

export const SKILL_TABLE: ReadonlyArray<readonly [string, string]> = [
  [
    'programming-language',
    `Python|python3|py
JavaScript|JS|ECMAScript|Javascript ES6|ES6
TypeScript|TS
Java|Java 8|Java 11|Java 17
Java EE|J2EE|Jakarta EE
C++|C plus plus
C|ANSI C
C#|CSharp|C sharp
Go|Golang
Rust
Ruby
PHP
Kotlin
Swift
Objective-C|ObjC
Scala
R
Julia
MATLAB
Perl
Haskell
Elixir
Erlang
Clojure
F#
Dart
Lua
Groovy
COBOL
Fortran
Assembly|assembler
VB.NET|Visual Basic|VBA
Bash|shell scripting|shell script|shell scripts
PowerShell
SQL
PL/SQL|PLSQL
T-SQL|TSQL
Solidity
Zig
OCaml
Visual Basic for Applications
Apex
ABAP
Verilog
VHDL
SystemVerilog
CUDA
OpenCL
WebAssembly|WASM
Prolog
Lisp|Common Lisp
Scheme language
Delphi|Object Pascal
Crystal
Nim
GraphQL
HTML|HTML5|XHTML
CSS|CSS3
Sass|SCSS
Less CSS
JSON
XML
YAML
Protobuf|Protocol Buffers`,
  ],
  [
    'frontend',
    `React|React.js|ReactJS
Angular|AngularJS|Angular.js
Vue.js|Vue|VueJS
Svelte|SvelteKit
Next.js|NextJS
Nuxt|Nuxt.js
Redux
jQuery
Ember.js|Ember
Backbone.js
Tailwind CSS|Tailwind|TailwindCSS
Bootstrap
Material UI|MUI
Webpack
Vite
Babel
Storybook
Prototype.js|Prototype
D3.js|D3
Three.js
WebGL
MapLibre|MapLibre GL
Leaflet
Mapbox
OpenLayers
WebSockets|WebSocket
Web accessibility|a11y|accessibility|Barrierefreiheit|accessibilité|accesibilidad|acessibilidade|toegankelijkheid|tillgänglighet|accessibilità|dostępność|digital accessibility|digitale Barrierefreiheit|accessibilité numérique
WCAG|WCAG 2.1|WCAG 2.2|WCAG 2.0|Web Content Accessibility Guidelines
RGAA
BITV|BITV 2.0
EN 301 549
ARIA|WAI-ARIA
Screen reader testing|screen readers|screen reader
Responsive design|responsive web design
Single-page applications|SPA
Progressive web apps|PWA
Browser extensions|Chrome extensions
Ajax
Frontend development|front-end development|front end development|frontend|front-end
Web development|web application development|web applications
Micro-frontends`,
  ],
  [
    'backend-framework',
    `Node.js|NodeJS|Node
Express.js|ExpressJS
NestJS
Fastify
Deno
Bun runtime
Django
Django REST Framework|DRF
Flask
FastAPI
Ruby on Rails|Rails|RoR
Spring|Spring Framework
Spring Boot
Hibernate
.NET|dotnet|.NET Core|.NET Framework
ASP.NET|ASP.NET Core
Entity Framework
Laravel
Symfony
CodeIgniter
CakePHP
WordPress
Drupal
Magento
Shopify
Phoenix framework`,
  ],
  [
    'backend',
    `gRPC
REST APIs|REST|RESTful|REST API|RESTful APIs
API design|API development|API integration|design APIs|designing APIs|API-first design
Microservices|microservice architecture|microservicios|microservicio|Microservices-Architektur|mikroserwisy|mikroserwisów|mikroserwisach|mikrotjänster|microservizi|microsserviços|microservices-architectuur
Event-driven architecture|event-driven systems|event driven|event-driven architectures|event-driven services|event-driven design|ereignisgesteuerte Architektur|ereignisgesteuerte Architekturen|ereignisgesteuerten Architekturen|ereignisgesteuert|eventgetriebene Architektur|eventgetriebene Architekturen|architecture événementielle|architectures événementielles|architecture orientée événements|arquitectura orientada a eventos|arquitecturas orientadas a eventos|arquitetura orientada a eventos|arquiteturas orientadas a eventos|event-driven architectuur|händelsedriven arkitektur|händelsestyrd arkitektur|architettura a eventi|architettura event-driven|architektura sterowana zdarzeniami|hændelsesdrevet arkitektur
Domain-driven design|DDD|domain driven design|conception pilotée par le domaine|conception orientée domaine|domänengetriebenes Design|domänengetriebenem Design|domänengetriebene Entwicklung|diseño guiado por el dominio|diseño dirigido por el dominio|projeto orientado a domínio|design orientado a domínio
CQRS|command query responsibility segregation
Event sourcing
Hexagonal architecture|ports and adapters|hexagonale Architektur|architecture hexagonale|arquitectura hexagonal|arquitetura hexagonal|hexagonale architectuur|architettura esagonale|architektura heksagonalna
Clean architecture
Contract testing|consumer-driven contracts|consumer-driven contract testing|consumer-driven contract tests|contract tests|Contract-Tests|tests de contrat|pruebas de contrato|testes de contrato
Pact|Pact contract testing|Pactflow
Distributed systems|distributed computing|systemy rozproszone|systemami rozproszonymi|systemów rozproszonych|systemach rozproszonych|verteilte Systeme|verteilten Systemen|verteilter Systeme|systèmes distribués|sistemas distribuidos|gedistribueerde systemen|sistemi distribuiti|distribuerade system|distribuerede systemer|sistemas distribuídos|distribuované systémy
System design
Backend development|back-end development|backend|back-end|backend engineering
Full-stack development|full stack|full-stack|fullstack
Serverless
OAuth|OAuth2|OpenID Connect|OIDC
SOAP
LAMP stack|LAMP
Message queues|message queue
Caching
Concurrency|multithreading|multi-threading
Object-oriented programming|OOP|object oriented programming|object-oriented design
Functional programming
Data structures
Algorithms
Design patterns
Embedded systems|embedded software|embedded|sulautetut järjestelmät|sulautetuista järjestelmistä|sulautettujen järjestelmien|sulautetuissa järjestelmissä|sulautettu ohjelmistokehitys|Embedded-Entwicklung|Embedded-Systeme|systèmes embarqués|logiciel embarqué|sistemas embebidos|sistemas embarcados|embedded systemen|inbyggda system|sistemi embedded|systemy wbudowane
Embedded Linux|Yocto|Yocto Project|Buildroot
ARM Cortex-M|Cortex-M|Cortex-M0|Cortex-M3|Cortex-M4|Cortex-M7|Cortex-M33|ARM Cortex
STM32|STM32CubeIDE|STM32Cube
ESP32
Nordic nRF52|nRF52|nRF Connect SDK
SPI
I2C|I²C
UART|USART
CAN bus|CAN|CAN-Bus|CANbus|CAN FD|CANopen
USB protocol|USB stack
Ethernet
EtherCAT
Bluetooth Low Energy|BLE|Bluetooth LE
MISRA C|MISRA|MISRA C:2012|MISRA-C
IEC 62304
ISO 13485
IEC 60601|IEC 60601-1
ISO 14971
ISO 26262
IEC 61508
DO-178C|DO-178
Real-time systems|real-time embedded|hard real-time|Echtzeitsysteme|Echtzeit-Systeme|systèmes temps réel|sistemas de tiempo real
Bootloaders|bootloader
JTAG|SWD|J-Link
Altium Designer|Altium
KiCad
Firmware
RTOS|real-time operating systems
Zephyr|Zephyr RTOS
FreeRTOS
Microcontrollers|microcontroller|MCU|MCUs
Oscilloscopes|oscilloscope
Logic analyzers|logic analyzer
IMU|inertial measurement unit
AUTOSAR
Linux kernel
Device drivers|device driver|kernel drivers|sensor drivers|display drivers|Linux drivers|Treiberentwicklung
Compilers
Low latency|low-latency
High-performance computing|HPC
Performance optimization|performance tuning|profiling and optimizing|profiling and optimising|profiling and optimization|profile and optimize|profile and optimise|web performance|frontend performance|front-end performance|improving performance|Performance-Optimierung|optimisation des performances|optimización del rendimiento|prestatieoptimalisatie|prestandaoptimering|ottimizzazione delle prestazioni|optymalizacja wydajności`,
  ],
  [
    'mobile',
    `Xcode
VoiceOver|TalkBack
Bitrise
iOS
Android
React Native
Flutter
SwiftUI
ARKit|ARCore
Combine framework|Combine
XCTest
Core Data
UIKit
Jetpack Compose
Xamarin
Ionic
Mobile development|mobile app development|mobile applications|apputveckling|App-Entwicklung|développement mobile|desarrollo móvil|desenvolvimento mobile|mobiele ontwikkeling|sviluppo mobile|app development|Android-Entwicklung|iOS-Entwicklung
Kotlin Multiplatform|KMP
Room persistence library|Android Room
Retrofit
Fastlane
TestFlight
App Store Connect
Google Play Console
Mobile security|OWASP MASVS|MASVS|mobile app security|säkerhet i mobilappar|mobilsäkerhet|sécurité mobile|sécurité des applications mobiles|seguridad móvil|seguridad en aplicaciones móviles|segurança mobile|Mobile-Security|sicurezza mobile|mobiele beveiliging`,
  ],
  [
    'database',
    `PostgreSQL|Postgres|psql
MySQL
MariaDB
SQLite
Oracle|Oracle Database|Oracle DB
Microsoft SQL Server|SQL Server|MSSQL|MS SQL
MongoDB|Mongo
Redis
Celery
Memcached|Memcache
Cassandra|Apache Cassandra
DynamoDB
Elasticsearch|Elastic Search|ELK
OpenSearch
Neo4j
CouchDB
Couchbase
Firebase|Firestore
Supabase
Snowflake
BigQuery
Redshift|Amazon Redshift
ClickHouse
Databricks
Teradata
HBase
InfluxDB
TimescaleDB
CockroachDB
Vector databases|vector database|vector DB
Pinecone
pgvector
Database design|database modeling|database modelling|schema design|database schema design
Data modeling|data modelling|Datenmodellierung|modélisation des données|modélisation de données|modelado de datos|modelagem de dados|modelar dados|datamodellering|modellazione dei dati|modelowanie danych|logical data models
Dimensional modeling|dimensional modelling|star schema|star schemas|snowflake schema|dimensionale Modellierung|modélisation dimensionnelle|modelado dimensional|modelagem dimensional|dimensionele modellering|dimensionell modellering|modellazione dimensionale|modelowanie wymiarowe
Kimball|Kimball methodology
Data Vault|Data Vault 2.0|Data Vault modeling|Data Vault modelling
Medallion architecture|medallion|bronze, silver and gold|bronze/silver/gold|Medallion-Architektur|architecture médaillon|arquitectura medallion|arquitetura medalhão|medallion-architectuur|architettura medallion|architektura medallion
Data lineage|lineage|Datenherkunft|Data-Lineage|lignage des données|traçabilité des données|linaje de datos|linhagem de dados|datalineage|lineage dei dati|pochodzenie danych
Database administration|DBA
Query optimization|SQL optimization|query tuning|tune queries|tuning queries|SQL tuning|query performance
NoSQL
Relational databases|RDBMS|relational database|relationele databases|relationele database|relationale Datenbanken|relationalen Datenbanken|bases de données relationnelles|bases de datos relacionales|relationsdatabaser|database relazionali|bancos de dados relacionais|bases de dados relacionais|relacyjne bazy danych|relationelle databaser
Indexing
Columnar databases`,
  ],
  [
    'cloud',
    `Amazon RDS|RDS|AWS RDS|Amazon Aurora|Aurora PostgreSQL|Aurora MySQL
AWS|Amazon Web Services|AWS cloud
AWS networking|AWS network architecture|AWS network design
VPC security|VPC security groups
AWS Organizations|AWS Control Tower|Control Tower|service control policies|SCPs
AWS Security Hub|Security Hub
Amazon GuardDuty|GuardDuty
AWS CloudTrail|CloudTrail
AWS Config
AWS IAM Identity Center|IAM Identity Center|AWS SSO
Azure landing zones|landing zones|landing zone|Azure landing zone
Azure RBAC|Azure role-based access control
Azure Policy
Microsoft Defender for Cloud|Defender for Cloud|Azure Security Center
Microsoft Entra ID|Entra ID|Microsoft Entra
Azure Databricks
Google Cloud Storage|GCS
Cloud Run|Google Cloud Run
Microsoft Azure|Azure
Google Cloud Platform|GCP|Google Cloud
AWS Lambda|Lambda functions
Amazon S3|S3
Amazon EMR|EMR|Elastic MapReduce
AWS Glue|Glue
Amazon EC2|EC2
Amazon SQS|SQS
Amazon SNS|SNS
Amazon ECS|ECS
Amazon EKS|EKS
Azure Kubernetes Service|AKS
Google Kubernetes Engine|GKE
CloudFormation
AWS CDK|CDK
Azure DevOps
Heroku
Vercel
Netlify
Cloudflare
DigitalOcean
OpenStack
IBM Cloud
Oracle Cloud|OCI
Alibaba Cloud
Cloud computing|cloud technology|cloud|infrastrutture cloud|infrastruttura cloud|piattaforme cloud|infraestructura cloud|infraestrutura cloud|Cloud-Infrastruktur
Cloud architecture
Cloud native|cloud-native
Multi-cloud
VPC|virtual private cloud
IAM|identity and access management|access management
CDN|content delivery network`,
  ],
  [
    'devops',
    `TLS|SSL/TLS|mTLS|TLS certificates|SSL certificates
Cilium
Terragrunt
Docker|containers|containerization
Kubernetes|k8s
Helm
Terraform
Ansible
Chef
Puppet
SaltStack|Salt|Salt states|Salt Stack
Pulumi
Jenkins
GitHub Actions
GitLab CI|GitLab CI/CD
CircleCI
Travis CI
Argo CD|ArgoCD
Spinnaker
CI/CD|continuous integration|continuous delivery|continuous deployment|CICD|integración continua|intégration continue|integração contínua|entrega contínua|kontinuierliche Integration|continue integratie|kontinuerlig integration|integrazione continua|ciągła integracja|CI
Git|version control
GitHub
GitLab
Bitbucket
SVN|Subversion
Linux|GNU/Linux
Unix
Windows Server
Nginx
Apache HTTP Server|Apache httpd
HAProxy
Prometheus
Grafana
Datadog
New Relic
Splunk|Splunk Enterprise Security|Splunk ES|Splunk Enterprise|Splunk Cloud
Graylog
PagerDuty
Sentry
OpenTelemetry
Jaeger
Observability|monitoring and observability|observabilidad|observabilité|Observabilität|observabiliteit|observerbarhet|osservabilità|observabilidade
Site reliability engineering|SRE|reliability engineering|site reliability engineer|site reliability engineers
Infrastructure as code|IaC|Infrastruktur als Code|Infrastructure-as-Code|infrastructure en tant que code|infraestructura como código|infraestrutura como código|infrastructuur als code|infrastruktur som kod|infrastruktur som kode|infrastruttura come codice|infrastruktura jako kod
DevOps
Platform engineering|internal platform|developer platform
Release engineering
Incident management|incident response|incident reviews|incident review|gestion des incidents|gestión de incidentes|gestão de incidentes|Incident-Management|Störungsmanagement|incidentmanagement|incidenthantering|gestione degli incidenti|zarządzanie incydentami
On-call|on-call rotation|on-call rotations|on call rotation|on-call duty|on-call duties|pager rotation|Rufbereitschaft|Bereitschaftsdienst|astreinte|astreintes|guardias|plantão|sobreaviso|bereikbaarheidsdienst|jourtjänst|beredskapstjänst|reperibilità|dyżury|vagtordning
Error budgets|error budget|budgets d'erreur|budget d'erreur|Fehlerbudgets|Fehlerbudget|presupuestos de error|orçamentos de erro|foutbudgetten|budget di errore
Monitoring|system monitoring|infrastructure monitoring|application monitoring|production monitoring|monitorización|monitoramento|monitoraggio
Loki|Grafana Loki
Thanos
Tempo|Grafana Tempo
Opsgenie
GitOps
Flux|Flux CD|FluxCD
Crossplane
Kustomize
Karpenter
Policy as code|policy-as-code|policies as code|Policy-as-Code|politiques en tant que code|política como código|políticas como código
Open Policy Agent|OPA|Rego|OPA Gatekeeper
HashiCorp Sentinel|Sentinel policies|Sentinel
Kyverno
Load balancing|load balancers|load balancer
Networking|computer networking|network engineering|redes|réseaux|Netzwerke|Netzwerktechnik
TCP/IP|TCP
DNS
DHCP
Group Policy|Group Policies|GPO|GPOs|Gruppenrichtlinien|stratégies de groupe|directivas de grupo|groepsbeleid|grupprinciper
Backup and recovery|backup and restore|backup and recovery|backups|Datensicherung|Backup und Recovery|Backup & Recovery|sauvegarde et restauration|sauvegardes|copias de seguridad|back-ups|säkerhetskopiering|backup e ripristino|kopie zapasowe|cópias de segurança
Virtualization|VMware
Hyper-V
Vagrant
Packer
Consul
HashiCorp Vault|Vault
Istio
Envoy
Service mesh
Bazel
Gradle
Maven
CMake
Make|Makefile
npm
Yarn
Slurm
Job scheduling|workload scheduling`,
  ],
  [
    'data',
    `Deequ
RisingWave
ksqlDB|KSQL
Change data capture|CDC|change-data-capture
Debezium
Apache NiFi|NiFi
Apache Samza|Samza
Apache Storm
Dataproc|Google Dataproc|Cloud Dataproc
Unity Catalog
Amundsen
DataHub
OpenLineage
Great Expectations
Kafka Streams
Spark Streaming|Structured Streaming|Spark Structured Streaming
Airbyte
Temporal|Temporal.io|Temporal workflows
Apache Druid|Druid
Apache Pinot
Apache Spark|Spark|Spark SQL
PySpark
Spark MLlib|Spark ML|MLlib
Hadoop|HDFS
Hive|Apache Hive
Apache Kafka|Kafka
Apache Flink|Flink
Apache Beam|Beam
Google Cloud Dataflow|Dataflow
Apache Arrow|Arrow
Apache Iceberg|Iceberg
Apache Hudi|Hudi
Trino
DuckDB
Apache Pulsar|Pulsar
Apache Airflow|Airflow
dbt|data build tool
Luigi
Prefect
Dagster
ETL|ELT|ETL pipelines|extract, transform, load
Data pipelines|data pipeline|ingestion pipelines|ingestion pipeline|data ingestion pipelines|pipelines de datos|pipeline de datos|pipelines de ingesta|pipelines de données|pipeline de données|Datenpipelines|Datenpipeline|Datenstrecken|datapijplijnen|datapipelines|datapipeline|pipeline di dati|pipeline dati|pipelines de dados
Data engineering|data engineer|data engineers|ingeniero de datos|ingeniera de datos|ingeniero/a de datos|ingeniería de datos|ingénieur data|ingénieur de données|ingénierie des données|Dateningenieur|Data-Engineering|dataingenjör|data-engineer|ingegnere dei dati|ingegneria dei dati|engenheiro de dados|engenharia de dados
Data warehousing|data warehouse|DWH|warehouse
Data lakes|data lake|lakehouse
Delta Lake
Data governance|Data-Governance|gouvernance des données|gobierno de datos|gobierno del dato|gobernanza de datos|governança de dados|datagovernance|governance dei dati|zarządzanie danymi
Data catalogs|data catalog|data catalogue|data catalogues
Master data management|MDM|master data
Analytics engineering|analytics engineer|analytics engineers
LookML
Semantic layer|semantic layers|dbt Semantic Layer
Soda|Soda Core
Data observability
Data quality|calidad de datos|calidad de los datos|qualité des données|Datenqualität|datakwaliteit|datakvalitet|qualità dei dati|qualidade dos dados|qualidade de dados
Data integrity
Data analysis|data analytics|analytics|analyse de données|analyse des données|Datenanalyse|análisis de datos|análise de dados|análises de dados|data-analyse|dataanalyse|analisi dei dati|analiza danych|data analyst|data analysts
Data visualization|data visualisation|dataviz
Business intelligence|BI
Tableau
Power BI|PowerBI
Looker
Qlik|QlikView|Qlik Sense
Metabase
Superset|Apache Superset
pandas|Pandas
NumPy
SciPy
Polars
Jupyter|Jupyter notebooks
Economics|econometrics|Volkswirtschaftslehre
Statistics|statistical analysis|statistical modeling|statistiques|Statistik|estadística|descriptive statistics|estatística descritiva|statistique descriptive|estadística descriptiva|beschrijvende statistiek|deskriptive Statistik|statistica descrittiva
Exploratory data analysis|EDA|exploratory analysis|exploratory analyses|exploratory data analyses|analyse exploratoire|analyses exploratoires|análisis exploratorio|análisis exploratorios|análise exploratória|análises exploratórias|explorative Datenanalyse|explorative Analysen|verkennende data-analyse|verkennende analyse|explorativ dataanalys|analisi esplorativa|analisi esplorative|eksploracyjna analiza danych
Hypothesis testing|hypothesis tests|statistical testing|significance testing|tests d'hypothèse|tests d'hypothèses|pruebas de hipótesis|contraste de hipótesis|testes de hipótese|testes de hipóteses|Hypothesentests|Hypothesentest|hypothesetoetsing|hypothesetoetsen|toetst hypotheses|hypotesprövning|test di ipotesi|testowanie hipotez|toets hypotheses
Regression analysis|linear regression|logistic regression
A/B testing|AB testing|experimentation|online experiments|A/B tests|tests A/B|pruebas A/B|A/B-Tests
Causal inference|causal modeling|causal modelling|causal analysis|uplift modeling|uplift modelling|difference-in-differences|diff-in-diff|synthetic control|kausale Inferenz|inférence causale|inferencia causal|causale inferentie|kausal inferens|inferenza causale|inferência causal|causal methods|causal impact|causal effects
Parquet|Apache Parquet
Big data
Data mining
Data science
Stream processing|streaming data pipelines|streaming data pipeline|streaming data|streaming pipelines|streaming pipeline|streaming platform|streaming platforms|event streaming|streaming jobs|streaming
Batch processing|batch pipelines|batch jobs|batch workloads|procesamiento por lotes|procesos por lotes|por lotes|traitement par lots|traitements batch|Batch-Verarbeitung|Stapelverarbeitung|batchverwerking|elaborazione batch|processamento em lote
Kinesis|Amazon Kinesis
Pub/Sub
RabbitMQ
ActiveMQ
NATS
Excel modeling
SAS
SPSS
Stata
Alteryx
Informatica
Talend
Fivetran
Segment
Mixpanel
Amplitude
Google Analytics|GA4
Web analytics
Predictive modeling|predictive analytics
Forecasting models|time series|time-series analysis
Quantitative analysis|quantitative research
Econometrics
Geospatial data|geospatial|GIS|geospatial analysis|spatial data|datos geoespaciales|información geoespacial|données géospatiales|données géographiques|Geodaten|georeferenzierte Daten|geodata|geografische data|dati geospaziali|dados geoespaciais
ArcGIS
QGIS`,
  ],
  [
    'machine-learning',
    `Modin
Colossal-AI
NVIDIA NeMo|NeMo
GGUF
ExecuTorch
Core ML|CoreML
TensorFlow Lite|TFLite|LiteRT
Knowledge distillation|model distillation
PEFT|parameter-efficient fine-tuning|parameter efficient fine-tuning
MMDetection
Detectron2
YOLO|YOLOv5|YOLOv8|YOLOv11
Azure Machine Learning|Azure ML|AzureML
TensorFlow Serving|TF Serving
MPI|Open MPI|OpenMPI|MPI programming
OpenMP
Cython
Numba
OpenAI Triton|Triton kernels|Triton language|Triton DSL
TPU|TPUs|Cloud TPU
ROCm|AMD ROCm
CUTLASS
FAISS|Faiss
Qdrant
Milvus
Weaviate
Ollama
llama.cpp
Metaflow
Flyte
Machine learning|ML
Deep learning|DL
Artificial intelligence|AI
Generative AI|GenAI|generative-AI
Large language models|LLMs|LLM|large language model|language models|open-weight models
Vision-language models|VLM|VLMs
Natural language processing|NLP
Computer vision|CV|vision par ordinateur|modèles de vision|visión artificial|visión por computador|visión por computadora|Bildverarbeitung|maschinelles Sehen|computervisie|datorseende|visione artificiale|visão computacional|widzenie komputerowe|vision models|image recognition
Reinforcement learning|RL
RLHF|reinforcement learning from human feedback
Fine-tuning|finetuning|fine tuning
LoRA|QLoRA
Prompt engineering
Retrieval-augmented generation|RAG
AI agents|agentic systems|agentic workflows|agent frameworks|LLM agents|agents
Multimodal models|multimodal
Transformers|transformer models
Hugging Face Transformers|Hugging Face
PyTorch|Torch
PyTorch Lightning|Pytorch lightning
TensorFlow|tensorflow
Keras
JAX
scikit-learn|sklearn|scikit learn
XGBoost
LightGBM
CatBoost
OpenCV
spaCy
NLTK
LangChain
LlamaIndex
AutoGen
CrewAI
OpenAI API|OpenAI
MLflow
Kubeflow|kuberflow
Weights & Biases|W&B|wandb|Weights and Biases|Weights&Biases
MLOps
Model training|training pipelines|training pipeline|training large models|train large models|training models|train models|training stack|entrenamiento de modelos|entraînement de modèles|entraînement des modèles|Modelltraining|trainen van modellen
Model evaluation|evaluation pipelines
Model deployment|model serving|inference|serve models|serving models|industrialiser des modèles|industrialiser tes modèles|industrialiser vos modèles|industrialisation des modèles|mise en production des modèles|déploiement de modèles|despliegue de modelos|Modell-Deployment|modellen in productie|distribuzione dei modelli|deploy models|deploying models|model deployments
Distributed training
Neural networks|neural network
Convolutional neural networks|CNN|CNNs
Recurrent neural networks|RNN|LSTM
Diffusion models|diffusion model|diffusion-based|latent diffusion|Stable Diffusion
Speech recognition|ASR
Recommender systems|recommendation systems|recommendation engine|recommendation engines|recommendation models|recommendation model|recommender models|recommender|recommendations engine|Empfehlungssystem|Empfehlungssysteme|Empfehlungsalgorithmen|système de recommandation|systèmes de recommandation|moteur de recommandation|moteurs de recommandation|sistema de recomendación|sistemas de recomendación|motor de recomendaciones|aanbevelingssysteem|aanbevelingssystemen|rekommendationssystem|rekommendationsmotor|sistema di raccomandazione|sistemi di raccomandazione|sistemas de recomendação|anbefalingssystemer
Information retrieval
Search ranking|learning to rank|ranking models|ranking model
Feature engineering
Anomaly detection
Time series forecasting
Bayesian methods|Bayesian statistics
Optimization|mathematical optimization|convex optimization|optimization algorithms|optimeringsalgoritmer|Optimierungsalgorithmen|algorithmes d'optimisation|algoritmos de optimización|optimalisatiealgoritmen|algoritmi di ottimizzazione|operations research|linear programming|mixed-integer programming
Robotics
Autonomous driving|self-driving|autonomous vehicles
ADAS|advanced driver assistance systems
Sensor fusion
SLAM
Perception
Simulation|simulations
GPU programming|GPU|GPUs
TensorRT-LLM
TensorRT
Triton Inference Server|Triton
ONNX|ONNX Runtime
Ray|Ray Serve|Ray Tune|Ray Train|Ray Data|RLlib
Dask
vLLM
SGLang
Text Generation Inference|TGI
DeepSpeed
Megatron-LM|Megatron
FSDP|fully sharded data parallel
Horovod
NCCL
cuDNN
OpenVINO
Apache TVM|TVM
XLA
KServe|KFServing
BentoML
Seldon Core|Seldon
TorchServe
Feature stores|feature store|Feast|Tecton
Vector search|approximate nearest neighbour search|approximate nearest neighbor search|ANN search|vector databases|vector database
Quantization|model quantization
Llama
Mistral
Qwen
Instruction tuning
AI safety|alignment research|alignment`,
  ],
  [
    'security',
    `Cybersecurity|cyber security|information security|infosec|IT security|IT-Sicherheit|Informationssicherheit|cybersécurité|sécurité informatique|sécurité de l'information|ciberseguridad|seguridad informática|seguridad de la información|informatiebeveiliging|cyberbeveiliging|informationssäkerhet|cybersäkerhet|IT-säkerhet|sicurezza informatica|cibersegurança|segurança da informação|it-sikkerhed|informationssikkerhed
Application security|AppSec
Web application security|web application penetration testing|web application penetration tests|web app penetration testing|web app pentesting|web application pentesting|web application security testing|Webanwendungssicherheit|Sicherheit von Webanwendungen|sécurité des applications web|tests d'intrusion web|seguridad de aplicaciones web|pentesting web
Network security|network penetration testing|network penetration tests|infrastructure penetration testing|infrastructure penetration tests|internal network penetration tests|Netzwerksicherheit|sécurité réseau|sécurité des réseaux|seguridad de redes|netwerkbeveiliging|nätverkssäkerhet|netværkssikkerhed
Cloud security|sécurité du cloud|sécurité cloud|seguridad en la nube|seguridad cloud|segurança em nuvem|segurança na nuvem|Cloud-Sicherheit|Cloud Security|cloudbeveiliging|molnsäkerhet|sicurezza cloud|bezpieczeństwo chmury
CSPM|cloud security posture management
CNAPP|cloud-native application protection
Wiz
Prisma Cloud
Orca Security
Kubernetes security|Kubernetes-Sicherheit|sécurité Kubernetes|seguridad de Kubernetes|sicurezza di Kubernetes|sicurezza Kubernetes|Pod Security Standards|Pod Security
Container security|sécurité des conteneurs|seguridad de contenedores
Container scanning|container image scanning|image scanning|container vulnerability scanning|scansione delle immagini dei container|scansione delle immagini|scan des images|escaneo de imágenes
Trivy
Grype
Least privilege|least-privilege|principle of least privilege|least privileged access|moindre privilège|mínimo privilegio|menor privilégio|mínimo privilégio|Least-Privilege|geringste Privilegien|minimale Rechte|minst privilegium|minimo privilegio|najmniejszych uprawnień|mindste privilegium
Threat detection|detection rules|detection use cases|détection des menaces|detección de amenazas|detecção de ameaças|Bedrohungserkennung|dreigingsdetectie|rilevamento delle minacce|wykrywanie zagrożeń
Vulnerability remediation|remediation of vulnerabilities|remediate vulnerabilities|vulnerability fixes|remediation
Compliance audits|audit evidence|audit evidence collection|compliance audit|security audits|SOC 2 audits|SOC 2 audit|SOC2 audits|ISO 27001 audits|ISO 27001 audit|PCI audits|PCI DSS audits|HIPAA audits|FedRAMP audits|NIS2 audits|audits de conformité|auditorías de cumplimiento
FedRAMP
StateRAMP
NIST 800-53|NIST SP 800-53|NIST 800 53|800-53
NIST Cybersecurity Framework|NIST CSF
NIST 800-171|NIST SP 800-171
CMMC
CIS Benchmarks|CIS benchmark|CIS Controls|CIS hardening
ISO 27017
ISO 27018
TISAX
DORA regulation|Digital Operational Resilience Act
SecNumCloud
HDS certification|Hébergeur de Données de Santé
Esquema Nacional de Seguridad
CCSP
CCSK
CISA
GIAC
AWS Certified Security – Specialty|AWS Certified Security - Specialty|AWS Certified Security Specialty|AWS Security Specialty|AWS Security Specialty certification
AWS Certified Solutions Architect|AWS Solutions Architect|AWS Certified Solutions Architect – Associate|AWS Certified Solutions Architect - Associate|AWS Certified Solutions Architect – Professional|AWS Certified Solutions Architect - Professional
Microsoft Certified: Azure Security Engineer Associate|AZ-500
Certified Kubernetes Administrator|CKA
Certified Kubernetes Security Specialist|CKS
Databricks Certified Data Engineer Professional|Databricks Data Engineer Professional
Databricks Certified Data Engineer Associate|Databricks Data Engineer Associate
Google Professional Data Engineer
Secrets scanning
Software supply chain security|supply chain security|SBOM|SBOMs
DevSecOps
Penetration testing|pen testing|pentesting|penetration tests|pen tests|pentests
Vulnerability assessment|vulnerability assessments
Vulnerability management|vulnerability management programme|vulnerability management program|gestion des vulnérabilités|gestión de vulnerabilidades|gestão de vulnerabilidades|Schwachstellenmanagement|kwetsbaarhedenbeheer|sårbarhetshantering|gestione delle vulnerabilità|zarządzanie podatnościami
Threat modeling
SIEM
SOC|Security Operations Center|Security Operations Centre|security operations|SOC analyst|SOC operations|Cyber Defense Center
Incident response
Identity management
Cryptography|encryption
PKI
Zero trust
OWASP
ISO 27001
SOC 2|SOC2
NIST|NIST framework
GDPR|AVG|RGPD|DSGVO
HIPAA
PCI DSS|PCI-DSS|PCI
Firewalls|firewall
IDS/IPS
Burp Suite
Wireshark
Metasploit
Security clearance|security clearances|Public Trust clearance|Public Trust|Secret clearance|Top Secret clearance|TS/SCI|TS/SCI clearance|SC clearance|DV clearance|NV1 clearance|Sicherheitsüberprüfung|habilitation de sécurité|habilitation secret défense
Fuzzing|fuzz testing
Symbolic execution
Malware analysis
Reverse engineering
Digital forensics|forensics
Compliance|regulatory compliance`,
  ],
  [
    'testing',
    `UI testing|UI tests|UI test|UI-tester|UI-Tests|XCUITest|XCTest UI
Testcontainers
Unit testing|unit tests|enhetstester|enhetstestning|enhetstest|Unit-Tests|Unittests|tests unitaires|pruebas unitarias|unit testen|test unitari|testes unitários|testy jednostkowe|testów jednostkowych
Integration testing|integration tests|Integrationstests|tests d'intégration|pruebas de integración|integratietests|integrationstester|test di integrazione|testes de integração|testy integracyjne
End-to-end testing|E2E testing|e2e tests|end-to-end tests|end to end tests|tests de bout en bout|tests end-to-end|pruebas de extremo a extremo|pruebas end-to-end|testes ponta a ponta|testes end-to-end|End-to-End-Tests|E2E-Tests|end-to-end testen|end-to-end-tester|test end-to-end|testy end-to-end|testy E2E
Automated testing|Test automation|automation testing|tests automatisés|automatisierte Tests|pruebas automatizadas|automatiserede tests|automatiserade tester|geautomatiseerde tests|test automatizzati|testes automatizados|testy automatyczne|automated tests|automated test suites|automatisierte Testfälle|Testautomatisierung|automatisation des tests|automatización de pruebas|testautomatisering|automazione dei test
Test-driven development|TDD
Behavior-driven development|BDD
Selenium
Cypress
Playwright
Puppeteer
Jest
Mocha
Vitest
pytest
JUnit
TestNG
Cucumber
Postman
JMeter
Load testing
Quality assurance|QA
Manual testing
Regression testing|regression tests|testes de regressão|tests de régression|pruebas de regresión|Regressionstests|regressietests|test di regressione|testy regresyjne
API testing|API tests|testes de API|testar APIs|tests d'API|pruebas de API|API-Tests|API-testen|test delle API
Exploratory testing
Test planning|test plans|test strategy|plans de test|plan de pruebas|plano de testes|Testplanung|Teststrategie
ISTQB|ISTQB Foundation
Appium
WebdriverIO
k6|Grafana k6
Gatling
SonarQube
Software verification|verification|automated software verification
Validation|software validation
SIL|software-in-the-loop
HIL|hardware-in-the-loop
Code review|code reviews|revues de code|revue de code|Code-Reviews|revisiones de código|kodgranskning|kodgranskningar|Codereviews|revisione del codice|revisão de código|przegląd kodu|review code|reviewing code|review pull requests|reviewing pull requests|code reviewing|Code-Review|kodgennemgang|reviewt code|code reviewen|code review doen|reviewen van code|granska kod|gennemgå kode
Debugging`,
  ],
  [
    'methods',
    `Agile|agilt|agilt arbete|agile Arbeitsweise|agile Methoden|méthodes agiles|metodologías ágiles|agile werken|metodologie agili|metodologias ágeis|metodyki zwinne
Scrum
Kanban
Lean
Six Sigma|Lean Six Sigma
Waterfall
SAFe|Scaled Agile
Jira
Confluence
Trello
Asana
Monday.com
Notion
Linear
Pair programming|pairing
Software development life cycle|SDLC|full life cycle of development
Software engineering|software development
Software architecture|system architecture
Technical writing|documentation|design docs|design documents
Open source|open-source
Product management
Project management|Projektmanagement|gestion de projet|gestión de proyectos|Projektleitung|Projekte leiten|leiten Projekte|gestione progetti|gestione dei progetti|projectmanagement|projectleiding|zarządzanie projektami|gestão de projetos|projektledning|projektstyring|conduite de projet|conduite de projets|gestion de projets|gestión de proyecto|dirección de proyectos|projektlederfunktion
Program management|programme management
Stakeholder management|stakeholders management|stakeholder engagement|stakeholder relationships|stakeholder relations
Change management
Risk management|capacity risk management
Process improvement|continuous improvement|process improve|process optimization
Root cause analysis|RCA
Requirements gathering|requirements analysis|requirements engineering
Business analysis
Roadmapping|product roadmap|roadmap|roadmaps
OKRs
PMP
PRINCE2
ITIL
Capacity planning
Resource planning|resourcing plans
Escalation management|Eskalationsmanagement
Presales|pre-sales
Budgeting|budget management|Budgetplanung|budget planning|annual operating plan|operating plan|AOP|budgets|budgetansvar|budgetarbete|budgetering|arbeta med budget|Budgetverantwortung|Budgetierung|Budgetkontrolle|gestion budgétaire|gestion du budget|élaboration du budget|suivi budgétaire|gestión presupuestaria|elaboración de presupuestos|control presupuestario|control del presupuesto|budgetbeheer|budgettering|gestione del budget|controllo del budget|gestão orçamental|gestão orçamentária|orçamentação|budgetstyring|budgetlægning|budget responsibility|manage the budget|managing the budget|manage budgets|managing budgets|media budget|media budgets|marketing budget|marketing budgets|ad budget|ad budgets|advertising budget
Strategic planning|strategy
Performance management|performance metrics
KPIs|KPI|nyckeltal|Kennzahlen|KPI's|indicateurs de performance|indicateurs clés|indicadores clave|indicadores de rendimiento|prestatie-indicatoren|kengetallen|indicatori di performance|indicatori chiave|indicadores de desempenho|nøgletal
Reporting|Berichterstattung|Berichtswesen|headcount reporting|headcount reports|HR reporting|HR reports|rapportering|reporting financier|informes financieros|rapportage|rapportages|reportistica
Payment systems|payments|payment processing|pagos|paiements|Zahlungsverkehr
Stripe
Fintech
SaaS
E-commerce|ecommerce
Blockchain
Web3
IoT|Internet of Things|IIoT|Industrial IoT|industrial internet of things|connected devices|Internet der Dinge|internet des objets|objets connectés|internet de las cosas|sakernas internet|internet delle cose|internet das coisas|tingenes internet
AR/VR|augmented reality|virtual reality|AR|VR|XR|mixed reality
Game development|Unity|Unreal Engine`,
  ],
  [
    'design',
    `Figma
Sketch
Adobe XD
Adobe Photoshop|Photoshop
Adobe Illustrator|Illustrator
Adobe InDesign|InDesign
Adobe After Effects|After Effects
Adobe Premiere Pro|Premiere Pro
Adobe Creative Suite|Adobe Creative Cloud
InVision
Framer
Blender
Cinema 4D
Maya
UX design|user experience|UX
UI design|user interface design|UI
User research|UX research|user interviews|user interview|recherche utilisateur|recherche utilisateurs|investigación de usuarios|investigación con usuarios|pesquisa com usuários|pesquisa de usuário|Nutzerforschung|User Research|gebruikersonderzoek|användarundersökningar|ricerca utente|ricerca sugli utenti|badania użytkowników
Interaction design
Visual design
Graphic design
Motion design|motion graphics
Product design|product designer|product designers|diseño de producto|diseño de productos|design produit|conception produit|Produktdesign|design de produto|productontwerp|produktdesign|design del prodotto|projektowanie produktu|product design experience
Design systems|design system|Design-System|Design-Systeme|système de design|sistema de diseño|sistemas de diseño|sistema de design|Designsystem|Designsysteme|ontwerpsysteem|designsystem|sistema di design
Wireframing|wireframes|wireframe|maquettes fonctionnelles|wireframes de baja fidelidad
Prototyping|prototypes|working prototypes|prototyper|prototypage|prototypes interactifs|prototipado|prototipos|prototipagem|protótipos|Prototypen|prototipazione|prototipi|prototypowanie|interactive prototypes
High-fidelity mockups|high-fidelity mockups|high-fidelity designs|hi-fi mockups|hi-fi designs|maquettes haute fidélité|maquettes haute-fidélité|maquetas de alta fidelidad|protótipos de alta fidelidade|High-Fidelity-Mockups
Mobile app design|mobile design|app design|mobile UX|mobile UI|diseño de apps móviles|diseño de aplicaciones móviles|design d'applications mobiles|design mobile|design de aplicativos|App-Design
Usability testing|usability tests|usability studies|user testing|tests d'utilisabilité|tests utilisateurs|tests utilisateur|pruebas de usabilidad|test de usabilidad|testes de usabilidade|Usability-Tests|Usability Tests|Nutzertests|usabilitytests|gebruikerstests|användartester|användbarhetstester|test di usabilità|testy użyteczności|brugertest
Information architecture
Typography
Branding|brand design
Illustration
3D modeling
Video editing
Photography
Copywriting
Content design`,
  ],
  [
    'finance',
    `Accounting|Rechnungswesen|comptabilité|contabilidad|contabilità|rachunkowość
Financial accounting
Management accounting|cost accounting|Controlling
Bookkeeping|Finanzbuchhaltung|Buchhaltung|comptabilité générale|bookkeeper|Buchführung|tenue de comptabilité|tenue comptable|tenue des comptes|teneduría de libros|contabilidad general|boekhouding|boekhouder|bokföring|redovisning|contabilità generale|tenuta della contabilità|escrituração contabilística|escrituração contábil|bogføring|bogholderi
GAAP|US GAAP
IFRS
Financial modeling|financial modelling
Financial analysis|analisi di bilancio|analisi finanziaria|analisi finanziarie|analiza finansowa
Financial reporting|financial statements|Jahresabschluss|états financiers|estados financieros|arrêté des comptes|comptes annuels|cuentas anuales|jaarrekening|årsredovisning|bilancio d'esercizio|sprawozdania finansowe|demonstrações financeiras|bilancio di esercizio|progetti di bilancio|sprawozdań finansowych
FP&A|financial planning and analysis
Forecasting|rolling forecasts|rolling forecast|Financial forecasting|financial forecasting|financial forecasts|financial forecast|prévisions financières|previsiones financieras|previsões financeiras|previsioni finanziarie|financiële prognoses|Finanzprognosen|finansiella prognoser
Valuation
Auditing|audit|audits|annual audit|year-end audit|external audit support
Internal controls|controllo interno|controlli interni|sistemi di controllo interno|kontrola wewnętrzna
SOX|Sarbanes-Oxley
Tax|taxation|tax compliance|Steuerrecht|tax law|fiscalité|fiscalidad|tax filings|tax filing|tax returns|Steuererklärungen|déclarations fiscales|declaraciones de impuestos|belastingaangiften|deklarationer|dichiarazioni fiscali|declarações fiscais|deklaracje podatkowe|przepisów podatkowych|przepisy podatkowe|prawa podatkowego|prawo podatkowe
Accounts payable|AP|Kreditorenbuchhaltung|Kreditorenbuchhalter|comptabilité fournisseurs|comptable fournisseurs|cuentas por pagar|cuentas a pagar|crediteurenadministratie|crediteurenbeheer|leverantörsreskontra|contabilità fornitori|contas a pagar|kreditorbogholderi|contas a receber e a pagar|fatture passive|debiti verso fornitori|zobowiązania wobec dostawców
Accounts receivable|AR|Debitorenbuchhaltung|Debitorenbuchhalter|comptabilité clients|cuentas por cobrar|cuentas a cobrar|debiteurenadministratie|debiteurenbeheer|kundreskontra|contabilità clienti|contas a receber|debitorbogholderi|fatture attive|crediti verso clienti|należności
Cash application|cash applications|apply cash|applying cash|applies cash|cash posting|Zahlungszuordnung|lettrage des encaissements|aplicación de cobros|cash allocation|allocate cash|allocating cash|allocate receipts|allocating receipts|affectation des encaissements|imputación de cobros|afletteren
Payroll processing|Payroll|payroll administration|process payroll|processing payroll|run payroll|running payroll|Lohnbuchhaltung|Lohnabrechnung|Lohnabrechnungen|Entgeltabrechnung|Gehaltsabrechnung|Gehaltsabrechnungen|Lohnadministration|Lohnwesen|Lohn- und Gehaltsabrechnung|paie|gestion de la paie|gestion de paie|gestion des paies|fiches de paie|bulletins de paie|nómina|nóminas|gestión de nóminas|salarisadministratie|loonadministratie|salarisverwerking|lönehantering|löneadministration|lönearbete|elaborazione buste paga|elaborazione delle buste paga|buste paga|paghe|cedolini|folha de pagamento|processamento salarial|processamento de salários|lønbehandling|lønadministration|elaborazione degli stipendi|elaborazione stipendi|calcolo degli stipendi|Lohnverarbeitung|Lohnläufe|gestion des salaires|traitement des salaires|calcul des salaires|löneberäkning|lønkørsel
Account reconciliation|Reconciliation|reconciliations|reconcile accounts|Kontenabstimmung|reconcile|reconciling|avstämning|avstämningar|kontoavstämning|afstemning|afstemninger|afstemmingen|aansluitingen|Abstimmungen|rapprochements|conciliaciones|riconciliazioni|riconciliazione|reconciliações
Collections|debt collection|collections management
Journal entries|journal entry
Pivot tables|pivot table|PivotTables|tableaux croisés dynamiques|tableau croisé dynamique|TCD|Pivot-Tabellen|Pivottabellen|Pivot-Tabelle|tablas dinámicas|tabla dinámica|draaitabellen|draaitabel|pivottabeller|pivottabell|tabelle pivot|tabella pivot|tabelas dinâmicas|tabela dinâmica
VLOOKUP|XLOOKUP|RECHERCHEV|SVERWEIS|BUSCARV|VERT.ZOEKEN|LETARAD|CERCA.VERT|PROCV|LOPSLAG|VLOOKUPs|XLOOKUPs|V-LOOKUP|V-LOOKUPs
General ledger|ledgers
Month-end close|month end close|month-end closing|Monatsabschluss|clôture mensuelle|cierre mensual|Monats- und Jahresabschluss|month-end and year-end close|month-end|month end|period-end close|period end close|month-end reporting|Monatsabschlüsse|clôtures mensuelles|clôture comptable|cierre contable|cierres mensuales|maandafsluiting|maandafsluitingen|månadsbokslut|bokslut|chiusura mensile|chiusure mensili|chiusure contabili|fecho mensal|fechamento mensal|fecho de contas|månedsafslutning|månedsafslutninger|cierres contables|clôtures comptables
Treasury
Cash management|cash flow management
Credit risk
Market risk
Risk assessment|Risk analysis|risk assessments|Risikoanalyse|Risikoanalysen|Risikobewertung|analyse des risques|analyse de risques|évaluation des risques|análisis de riesgos|evaluación de riesgos|risicoanalyse|risicoanalyses|riskanalys|riskbedömning|analisi dei rischi|valutazione dei rischi|análise de riscos|avaliação de riscos|risikovurdering
Investment banking
Private equity
Venture capital
Portfolio management
Asset management
Wealth management
Trading
Derivatives
Fixed income
Equity research
Corporate finance
M&A|mergers and acquisitions
Due diligence
Underwriting
Actuarial
Insurance|insurance industry|insurance sector|Versicherungsbranche|Versicherungswesen|Versicherungswirtschaft|secteur de l'assurance|secteur des assurances|sector asegurador|sector de seguros|setor de seguros|mercado de seguros|verzekeringsbranche|verzekeringssector|försäkringsbranschen|settore assicurativo|branża ubezpieczeniowa|forsikringsbranchen
Banking
Anti-money laundering|AML
KYC|know your customer
QuickBooks
NetSuite|Oracle NetSuite
Xero
SAP
SAP FICO|SAP FI/CO|SAP FI|SAP CO
SAP S/4HANA|S/4HANA
Oracle Financials
Workday Financials
Bloomberg Terminal|Bloomberg
Microsoft Excel|Excel|MS Excel
CPA
CFA
ACCA
P&L management|P&L|PnL|profit and loss
Pricing|pricing strategy|pricing agreements
Billing|pre-bills|prebills|Abrechnung nach VOB|Abrechnungen|Bauabrechnung|Schlussrechnung|Schlussrechnungen
Expense management
Procurement|purchasing|Einkauf|approvvigionamento|approvvigionamenti|processo di acquisto|processi di acquisto|procedure di acquisto|zaopatrzenie`,
  ],
  [
    'sales-marketing',
    `Sales|full-cycle sales|full cycle sales|closing|sales cycle|sales cycles|sales experience|Vertrieb|ventas|venta|vente|verkoop|försäljning|vendas|vendite|sprzedaż|sprzedaży|salg|Vertriebsarbeit|Vertriebserfahrung|Vertriebsstärke|techniques de vente|técnicas de venta|Verkaufstechniken|sales techniques|tecniche di vendita|técnicas de vendas
B2B sales|B2B SaaS sales|B2B software sales|vendas B2B|ventas B2B|vente B2B|B2B-Vertrieb|B2B Vertrieb|B2B-verkoop|B2B-försäljning|vendite B2B|sprzedaż B2B|B2B-salg
B2C sales
Inside sales
Field sales|Außendienst|comercial de zona|commercial terrain|venta en campo|buitendienst|fältsäljare|territory sales|vendas externas|vendedor externo|vendedora externa|venda externa|venta externa|ventas externas|vendedor de campo|venditore esterno|agente di commercio|przedstawiciel handlowy|Außendienstmitarbeiter|Vertriebsaußendienst|representante comercial|field sales representative|outside sales
Enterprise sales
Solution selling
Consultative selling
Business development|captar nuevos clientes|captación de clientes|Neukundengewinnung|Neukundenakquise|prospection commerciale|new business development|nieuwe klanten werven|nykundsbearbetning
Lead generation
Cold calling
Prospecting|prospect new|prospection|prospectar|Kaltakquise
Account management|key account management|KAM|fidelizar|fidelización de clientes|fidélisation|Kundenbetreuung|Kundenbindung|accountmanagement|carteira de clientes|cartera de clientes|portefeuille clients|portefeuille client|klantenportefeuille|kundportfölj|portafoglio clienti|gestão de carteira|Kundenstamm betreuen|obsługa klientów kluczowych
Customer success
Customer service|customer support|customer care|atención al cliente|servicio al cliente|service client|service à la clientèle|relation client|Kundenservice|Kundendienst|Kundenberatung|klantenservice|klantcontact|kundservice|kundeservice|servizio clienti|assistenza clienti|atendimento ao cliente|atendimento ao público|guest service|Gästebetreuung|service aux clients|atención al huésped|gastvrijheid en service|gästservice|servizio ospiti|atendimento ao hóspede
Client relationship management|relationship management
Negotiation|negotiations|negotiation skills|negotiating|negotiate|négocier|négociation|négociations|negociar|negociación|Verhandlungsgeschick|Verhandlungen|verhandeln|onderhandelen|förhandla|förhandling
Distributor management|distributor sales|distribution sales|distributors|distribuidores|distributeurs|Händlernetz|Fachhändler
Channel sales|channel partners
Export|export sales|international sales|export strategies
Retail|retail industry|retail sector|retail environment|retail experience|Einzelhandel|Einzelhandels|commerce de détail|grande distribution|comercio minorista|venta al por menor|sector retail|detailhandel|retailsector|detaljhandel|detaljhandeln|arbete i butik|butiksarbete|commercio al dettaglio|vendita al dettaglio|grande distribuzione|comércio a retalho|varejo|detailhandlen
FMCG|CPG|consumer packaged goods|fast-moving consumer goods
Go-to-market|GTM|go to market
Salesforce|SFDC
HubSpot
Microsoft Dynamics|Dynamics 365
Pipedrive
Zendesk
Intercom
Marketo
Pardot
Mailchimp
Outreach.io|Outreach
Salesloft
Gong
LinkedIn Sales Navigator
CRM|customer relationship management
Marketing
Digital marketing|marketing digital|marketing numérique|Online-Marketing
Content marketing
Product marketing
Brand management
Marketing automation
Email marketing|newsletters|newsletter|email campaigns|email flows|lifecycle email|email automation|E-Mail-Marketing|emailing|e-mailmarketing
Social media marketing|social media|réseaux sociaux|redes sociales|soziale Medien
SEO|search engine optimization
SEM|search engine marketing|SEA
PPC|pay per click
Google Ads|AdWords|Google
Meta Ads|Facebook Ads|Meta|Facebook
Performance marketing
Growth marketing|growth hacking
Affiliate marketing
Influencer marketing
Public relations|PR
Market research
Market analysis|market opportunities|market trends
Competitive analysis
Trade marketing
Category management
Merchandising
Event management
Communications|corporate communications
Community management
Sales forecasting|forecasts|pipeline forecasting|forecast pipeline|forecast your pipeline|forecast the pipeline|forecast accuracy|forecasting accuracy
Sales operations|sales ops
Revenue operations|RevOps
Quota attainment|sales targets|quota|quotas`,
  ],
  [
    'healthcare',
    `Patient care|resident care|Patientenversorgung|Grundpflege|soins aux patients|soins aux résidents|atención al paciente|cuidado del paciente|patiëntenzorg|bewonerszorg|patientvård|omvårdnad|assistenza ai pazienti|assistenza infermieristica|cuidado ao paciente|cuidados ao doente|patientpleje
Nursing|registered nurse|RN|Pflegefachkraft|Pflegefachfrau|Pflegefachmann|Krankenpfleger|Krankenpflegerin|Krankenpflege|Pflegekraft|infirmier|infirmière|soins infirmiers|enfermería|enfermero|enfermera|verpleegkundige|sjuksköterska
Clinical research
Clinical trials|clinical studies
CDISC|CDISC standards|SDTM|ADaM|SDTM datasets|ADaM datasets|Define-XML
Good Clinical Practice|GCP guidelines|ICH GCP|ICH-GCP|ICH E6
Electronic health records|EHR|EMR|electronic medical records|electronic health record|electronic medical record|KIS|Krankenhausinformationssystem|dossier patient informatisé|historia clínica electrónica|elektronisch patiëntendossier|electronic charting|electronic documentation|EHR documentation|charting software|electronic records|elektronische Patientenakte|elektronische Pflegedokumentation|dossier de soins informatisé|dossier de soins|historia clínica|HCE|EPD|elektronisch cliëntdossier|elektronisk journal|journalsystem|journalföring|cartella clinica elettronica|cartella clinica|processo clínico eletrónico|registo clínico|elektronisk patientjournal|EPJ|eMARs|electronic medication administration record|electronic medication administration records
Cerner
Medical coding|ICD-10|CPT coding
Medical billing
CPR
BLS|basic life support
ACLS
Pharmacology
Pharmacy|retail pharmacy|community pharmacy|pharmacy experience
Physical therapy|physiotherapy
Occupational therapy
Radiology
Medical imaging
Telemedicine|telehealth
Public health
Epidemiology
Biostatistics
Healthcare administration
Regulatory affairs
Pharmacovigilance
Medical devices|medical device|medical technology|medtech|Medizintechnik|Medizinprodukte|dispositifs médicaux|dispositif médical|dispositivos médicos|medische hulpmiddelen|medicinteknik|dispositivi medici|wyroby medyczne|medicinsk udstyr
FDA regulations|FDA
Infection control|infection prevention|infection prevention and control|IPC|hand hygiene|Hygienemaßnahmen|Hygienerichtlinien|Krankenhaushygiene|prévention des infections|hygiène hospitalière|prevención de infecciones|control de infecciones|infectiepreventie|vårdhygien|basala hygienrutiner|prevenzione delle infezioni|controllo delle infezioni|controlo de infeção|prevenção de infeções|infektionshygiejne
Mental health
Case management
Triage
Vital signs|vitals|vital sign|Vitalzeichen|Vitalparameter|signes vitaux|signos vitales|constantes vitales|vitale functies|vitale parameters|vitalparametrar|parametri vitali|sinais vitais|vitale værdier
Wound care|Wundversorgung|Wundmanagement|Wundpflege|soins de plaies|soins des plaies|cura de heridas|wondzorg|sårvård|sårpleje|sårbehandling|sårstell|cura delle ferite|medicazioni|pielęgnacja ran|tratamento de feridas|haavanhoito|wound dressing|wound dressings|wondverzorging|wonden verzorgen|verzorgt wonden|verzorg je wonden|dress wounds|dressing wounds|såromläggning|såromläggningar|omläggning av sår
Patient education|educate patients|patient teaching|teach patients
Acute care
Medication administration|administering medication|administer medications|administer medication|administering medications|medication pass|med pass|med passes|pass medications|PRN medications|eMAR|medication administration record|Medikamentengabe|Medikamentenverabreichung|Verabreichung von Medikamenten|administration des médicaments|administration de médicaments|distribution des médicaments|administración de medicamentos|administración de medicación|medicatietoediening|medicijnen toedienen|läkemedelshantering|läkemedelsadministrering|läkemedelsdelning|somministrazione dei farmaci|somministrazione di farmaci|somministrazione della terapia|administração de medicamentos|administração de medicação|medicingivning|medicinadministration|medicatie toedienen|dient medicatie toe|medicatie toe te dienen|medicatie toedient
PALS|pediatric advanced life support
Patient assessment|patient assessments|nursing assessment|nursing assessments|resident assessment|resident assessments|head-to-toe assessment|head-to-toe assessments|health assessments|health assessment|assess patients|assessing patients|clinical assessment|clinical assessments|Krankenbeobachtung|pflegerische Einschätzung|Pflegeanamnese|évaluation clinique|évaluation infirmière|recueil de données|valoración de enfermería|valoración del paciente|valoración clínica|anamnese|verpleegkundige anamnese|observatie van patiënten|omvårdnadsbedömning|bedömning av patienter|valutazione del paziente|valutazione infermieristica|accertamento infermieristico|avaliação do doente|avaliação de enfermagem|sygeplejefaglig vurdering
Care planning|care plans|care plan|Pflegeplanung|plan de soins|plan de cuidados|zorgplan|vårdplan|vårdplanering
Dementia care|memory care|dementia|living with dementia|Demenz|Menschen mit Demenz|Demenzbetreuung|démence|demencia|dementie|demens|demenza|demência
Midwifery|midwife
Long-term care
Dental hygiene|dental hygienist|dental hygienists
Veterinary`,
  ],
  [
    'science',
    `GMP|good manufacturing practice|cGMP
GLP|good laboratory practice
Protein purification
Chromatography
HPLC
Mass spectrometry|LC-MS
Metrology|metrology|métrologie|metrología|metrologia|metrologie|metrologi|Metrologie
Sample collection|sample collection|collect samples|collecting samples|sampling plan|sampling plans|prélèvement d'échantillons|prélèvements d'échantillons|Probenahme|Probennahme|toma de muestras|campionamento|amostragem|monsterneming|provtagning
Filtration
Precipitation
Organic chemistry
Analytical chemistry
Biochemistry
Molecular biology
Cell culture
PCR|qPCR
Microbiology|microbiologie|Mikrobiologie|microbiología|microbiologia|mikrobiologi
Bioinformatics
Genomics
Biotechnology
Bioprocessing|bioprocess
Fermentation
Process development
Scale-up|scale up processes
Downstream processing
Upstream processing
Drug development
Drug substance|API manufacturing
Formulation
Toxicology
Chemistry|chemical engineering
Pharmaceutical manufacturing
Technology transfer|tech transfer
Laboratory techniques|lab techniques
Spectroscopy
Microscopy
CRISPR
Flow cytometry
ELISA
Quality control|QC|inspection and test plans|ITPs|ITP|quality records|Qualitätskontrolle|Qualitätsprüfung|contrôle qualité|contrôle de la qualité|control de calidad|kwaliteitscontrole|kvalitetskontroll|controllo qualità|controlo de qualidade|controle de qualidade|kvalitetskontrol
Quality management|quality management systems|QMS|Qualitätsmanagement|gestion de la qualité|gestión de calidad|gestión de la calidad|kwaliteitsmanagement|gestione della qualità|zarządzanie jakością|gestão da qualidade|kvalitetsledning|kvalitetsstyring
Validation protocols
CAPA
Deviation management
Documentation practices|GDP`,
  ],
  [
    'engineering',
    `CAD
AutoCAD
SolidWorks
CATIA
Siemens NX|NX CAD
Creo
Fusion 360
Revit
ANSYS
Finite element analysis|FEA
CFD|computational fluid dynamics
PLC programming|PLC|SPS-Programmierung|SPS-Steuerungen
Siemens S7|Siemens SIMATIC S7|SIMATIC S7|SIMATIC
TIA Portal
SCADA
LabVIEW
Simulink
Mechanical engineering
Electrical engineering|Elektrotechnik|génie électrique|électrotechnique|ingeniería eléctrica|elektrotechniek|ingegneria elettrica|elettrotecnica|elektrotechnika|engenharia eletrotécnica|engenharia elétrica|elektroteknik|elteknik
Civil engineering|civil construction|civil works|civil projects|Tiefbau|Bauingenieurwesen|génie civil|travaux publics|ingeniería civil|obra civil|obras civiles|GWW|grond-, weg- en waterbouw|weg- en waterbouw|anläggningsarbeten|anläggningsbranschen|ingegneria civile|opere civili|engenharia civil|construção civil|anlægsarbejde|anlægsbranchen
Structural engineering
Chemical process engineering
Industrial engineering
Manufacturing
Production planning
Lean manufacturing
Quality engineering
Reliability engineering and maintenance
Maintenance
HVAC|instalacji wentylacyjnych|instalacje wentylacyjne|urządzeń wentylacyjnych|systemów wentylacyjnych|wentylacji i klimatyzacji
Electronics|circuit design
PCB design
Schematics|schematic capture|Electrical schematics|electrical schematics|electrical schematic|schematic diagrams|read schematics|reading schematics|Schaltpläne|Schaltplänen|Schaltpläne lesen|Stromlaufpläne|schémas électriques|schéma électrique|lecture de schémas électriques|esquemas eléctricos|interpretación de esquemas eléctricos|elektrische schema's|schema's lezen|elscheman|elritningar|schemi elettrici|lettura di schemi elettrici|esquemas elétricos|el-diagrammer|sähkökaaviot|sähköpiirustukset|schematy elektryczne|czytanie schematów elektrycznych|schematów elektrycznych|schematami elektrycznymi|Wiring diagrams|wiring diagram|electrical diagrams
FPGA
Signal processing|DSP
Control systems
Mechatronics
Hydraulics|hydraulic systems|hydraulic|Hydraulik|hydraulique|hidráulica|hydrauliek|oleodinamica|hydraulischen|hydraulische
Welding|welder|Schweißen|Schweissen|Schweißarbeiten|soudage|soudeur|soldadura|soldador|saldatura|soldagem|svetsning|svetsare|svejsning|lastechniek|laswerk|weld|welds|welding repairs
Machining|CNC
3D printing|additive manufacturing
GD&T
BIM
Surveying|setting out|set-out|site surveying|land surveying|Vermessung|Vermessungsarbeiten|Absteckung|topographie|topografía|replanteo|landmeten|uitzetten|maatvoering|utsättning|mätteknik|topografia|tracciamento|levantamento topográfico|landmåling|afsætning
Construction management|construction project management|Bauprojektmanagement|Baumanagement|gestion de chantier|gestion de projets de construction|gestión de obras|gestión de la construcción|bouwmanagement|bouwprojectmanagement|byggprojektledning|byggledning|gestione del cantiere|gestione dei cantieri|gestão de obras|byggeledelse
Project engineering
Automotive
Aerospace
Energy
Renewable energy
Oil and gas
Power systems`,
  ],
  [
    'operations',
    `Supply chain management|supply chain
Logistics|last mile delivery|last mile|logistique|Logistik|logística|logistiek
Transportation management|TMS|transportation management system
Warehouse management|warehousing|gestion d'entrepôt|gestion de l'entrepôt|gestion des entrepôts|Lagerverwaltung|gestión de almacén|gestión de almacenes|magazijnbeheer|Lagerwirtschaft|Lagerhaltung|Lagerarbeit|Lagerist|entreposage|magasinier|almacenaje|mozo de almacén|magazijnmedewerker|lagerarbete|lagerarbetare|magazziniere|armazenagem|lagerarbejde|lagersystem|Warehouse operations|warehouse experience|warehouse work|warehouse environment|Lagertätigkeit|travail en entrepôt|trabajo en almacén|magazijnwerk|lavoro in magazzino|praca w magazynie|trabalho em armazém
Inventory management|gestion des stocks|gestion de stock|Bestandsmanagement|Bestandsführung|gestión de inventarios|gestión de stocks|voorraadbeheer|lagerhantering|stock management|stock levels|Warenwirtschaft|Warenwirtschaftssystem|Lagerbestand|Lagerbestände|gestion d'inventaire|inventario|inventarios|control de inventario|control de stock|voorraad|lagerstyrning|lagerhållning|gestione delle scorte|gestione del magazzino|gestione magazzino|controllo inventario|gestão de stocks|gestão de estoque|controlo de inventário|lagerstyring|varelager|optælling|vareoptælling|lageroptælling|optællinger|inventari|inwentaryzacja|inwentaryzacje
Demand planning|demand plan|demand plans
S&OP|sales and operations planning
Operations management|operations
Fleet management
Route planning|Routing|routing efficiency|routeplanning|Tourenplanung|planification des tournées|planificación de rutas|ruttplanering|pianificazione dei percorsi|planowanie tras
Distribution
Import/export|customs
Incoterms
Purchasing management
Sourcing|strategic sourcing
Category buying
Contract management|contract lifecycle management|contract lifecycle|CLM|track contracts|contract tracking|contract repository|Vertragsmanagement|gestion des contrats|gestión de contratos
Facilities management|servizi generali|gestione dei servizi generali|facility management
Health and safety|safety|EHS|HSE|sécurité au travail|santé et sécurité|Arbeitssicherheit|Arbeitsschutz|prevención de riesgos laborales|seguridad laboral|arbeidsveiligheid|arbetsmiljö|WHS|SWMS|toolbox talks|toolbox talk|toolbox meetings|safe work method statements|Sicherheitsunterweisung|Sicherheitsunterweisungen|Gefährdungsbeurteilung|Gefährdungsbeurteilungen|quart d'heure sécurité|causeries sécurité|charlas de seguridad|toolboxmeeting|toolboxmeetings|skyddsronder|skyddsrond|sicurezza sul lavoro|salute e sicurezza|segurança no trabalho|arbejdsmiljø|Workplace safety|workplace safety|safe working practices|safety at work|työturvallisuus|työturvallisuudesta|sikkerhet på arbeidsplassen|bezpieczeństwo pracy|BHP|przepisy BHP
Staff scheduling|Workforce planning|rostering|scheduling|shift schedules|staff schedules|Dienstplanung|Schichtplanung|weekly schedule|weekly schedules|build the schedule|schemaläggning|bemanning|bemanningsplanering|Personaleinsatzplanung|Einsatzplanung|planning du personnel|plannings du personnel|planification des équipes|planificación de turnos|cuadrantes de turnos|roosters maken|roosterplanning|personeelsplanning|pianificazione dei turni|turni del personale|escalas de trabalho|vagtplanlægning|vagtplaner|staffing plans|daily staffing plans|build staffing plans|Dienstpläne erstellen|planification du personnel|schemaläggning av personal
People management|direct management|team management|encadrement|encadrer une équipe|management d'équipe|Personalführung|Mitarbeiterführung|gestión de equipos|leidinggeven|personalansvar|as a supervisor|as a team lead|as a lead or supervisor|supervisory experience|supervising staff|lead a team of|leads a team of|manage a team|managing a team|manage a team of|supervise a team|supervising a team|direct a team|Führung eines Teams|ein Team führen|ein Team leiten|diriger une équipe|gérer une équipe|manager une équipe|liderar un equipo|dirigir un equipo|gestionar un equipo|een team aansturen|leiding geven aan een team|leda ett team|leder ett team|gestire un team|guidare un team|coordinare un team|liderar uma equipa|gerir uma equipa|liderar uma equipe|lede et team|run a crew|manage a crew|leder et team|leder teamet|personaleledelse|personaleansvar
Leadership
Coaching|coach|coacha|coacher|coachen|coachear|coachar|coachare
Mentoring|mentor|mentorship|Praxisanleitung|Praxisanleiter
Staff training|Training and development|train and coach|train and develop|training and coaching|Mitarbeiterschulung|Schulung neuer Mitarbeiter|former les nouveaux|formation des équipes|formación del equipo|formar al equipo|opleiden van medewerkers|medewerkers opleiden|inwerken en opleiden|utbilda personal|upplärning|introduktion och utbildning|formação de equipas|Einarbeitung von Auszubildenden|Betreuung von Auszubildenden|Ausbildung von Auszubildenden|Anleitung von Auszubildenden|Schulungen organisieren|Organisation von Schulungen|organisation des formations|organiser les formations|plan de formation|organización de formaciones|plan de formación|opleidingen organiseren|opleidingsplan|utbildningsplanering|organizzazione dei corsi di formazione|corsi di formazione|piano di formazione|organização de formações|plano de formação|uddannelsesplanlægning|train new agents|train new colleagues|neue Mitarbeitende einarbeiten|neue Mitarbeiter einarbeiten|former les nouveaux collaborateurs|formar a nuevos empleados|formar a los nuevos|nieuwe collega's opleiden|lära upp nya medarbetare|formare i nuovi colleghi|formar novos colaboradores|oplære nye|oplærer nye|oplæring af nye|lär upp nya|leert nieuwe|inwerken van nieuwe collega|train new hires|training new hires|train new starters|train new staff|train new employees|training new staff|training new employees|train new team members|train staff|training staff|Schulung von Mitarbeitern|formation du personnel|formation des nouveaux|formación del personal|formación de personal|personeel opleiden|formazione del personale|szkolenie pracowników|formação de colaboradores|upplärning av personal|oplæring af medarbejdere
Recruiting|recruitment|talent acquisition|recrutement|Personalgewinnung|Personalbeschaffung|reclutamiento|selección de personal|werving en selectie|werving|rekrytering|reclutamento|selezione del personale|recrutamento|rekruttering|rekrytera|recruter|reclutar|werven|rekruttere|reclutare|recrutar|rekrutieren|CV screening|screening candidates|screening applicants|screening applications|screen candidates|screen applicants|Bewerbermanagement|Bewerbungsprozess|Vorselektion|Vorstellungsgespräche|présélection des candidats|tri des CV|entretiens de recrutement|entretiens d'embauche|selección de candidatos|cribado de candidatos|entrevistas de selección|sollicitaties screenen|sollicitatiegesprekken|cv-screening|urval av kandidater|anställningsintervjuer|screening delle candidature|screening dei candidati|colloqui di selezione|organizzazione dei colloqui|triagem de candidatos|entrevistas de recrutamento|ansættelsessamtaler|rekrutterer|rekryterar|recrute|recrutez|recluta|werft|rekrutiert|recruit and hire|recruiting and hiring|recruit and train|hire and train|hiring and training|interview and hire|recruit
Sourcing candidates
Employee onboarding|Onboarding|new hire onboarding|Einarbeitung neuer Mitarbeitender|Einarbeitung neuer Mitarbeiter|intégration des nouveaux collaborateurs|intégration des nouveaux arrivants|incorporación de nuevos empleados|acogida de nuevos empleados|inwerken van nieuwe medewerkers|introduktion av nyanställda|inserimento dei nuovi assunti|inserimento nuovi assunti|integração de novos colaboradores|onboarding di nuovi|Einarbeitung neuer Kolleginnen und Kollegen|Einarbeitung neuer Kollegen|Onboarding-Prozess|Onboarding-Prozesse|introduktion av nya medarbetare|introducera nya medarbetare|accueil des nouveaux collaborateurs|accueil des nouveaux arrivants|acogida de nuevas incorporaciones|nieuwe medewerkers inwerken|accoglienza dei nuovi collaboratori
Human resources|HR|Personalwesen|ressources humaines|recursos humanos|personeelszaken|Personalmanagement|risorse umane|RH|personalarbete|human resource management
HRIS|HCM|HR systems|HR information systems|HRIS data
Workday
BambooHR
Greenhouse
Lever ATS
Employee relations
Compensation and benefits
Employment law|Labor law|labour law|employment legislation|labour legislation|labor legislation|labor regulations|labour regulations|employment regulations|Arbeitsrecht|arbeitsrechtlich|arbeitsrechtliche|arbeitsrechtlichen|droit du travail|droit social|derecho laboral|derecho del trabajo|legislación laboral|arbeidsrecht|arbetsrätt|diritto del lavoro|normativa giuslavoristica|direito do trabalho|legislação laboral|legislação trabalhista|ansættelsesret|Arbeitsgesetz
Organizational development|org design|organizational design|organisational design|organization design|Organisationsentwicklung
Administrative support|apoio administrativo|suporte administrativo|tarefas administrativas|funções administrativas|apoyo administrativo|tareas administrativas|supporto amministrativo|administratieve ondersteuning|administrative Unterstützung|administrative Aufgaben|soutien administratif|wsparcie administracyjne|administrativt stöd|administrativ støtte
Data entry
Appointment scheduling|Scheduling appointments|schedule meetings|manage appointments|managing appointments|appointment management|manage the appointment book|scheduling meetings|schedule client meetings|schedule depositions|scheduling depositions|book appointments|booking appointments|appointment booking|Terminvereinbarung|Terminvereinbarungen|Termine vereinbaren|Terminkoordination|prise de rendez-vous|prendre les rendez-vous|gestión de citas|concertar citas|citar pacientes|afspraken plannen|afspraken inplannen|boka möten|boka tider|tidsbokning|fissare appuntamenti|gestione appuntamenti|gestione degli appuntamenti|marcação de consultas|agendamento de reuniões|booke møder
Travel coordination
Customer experience|CX
Call center
Hospitality|hotel industry|hotel experience|Hotellerie|hôtellerie|hostelería|horeca
Food safety|food hygiene|food handling|food handler|food handlers|food safety certificate|Food Hygiene Level 2|Lebensmittelhygiene|Lebensmittelsicherheit|Hygienevorschriften|hygiène alimentaire|sécurité alimentaire|normes d'hygiène|seguridad alimentaria|higiene alimentaria|manipulador de alimentos|manipulación de alimentos|voedselveiligheid|hygiënecode|livsmedelshygien|livsmedelssäkerhet|egenkontroll|sicurezza alimentare|igiene alimentare|segurança alimentar|higiene alimentar|fødevaresikkerhed|fødevarehygiejne
Cooking|culinary|CAP cuisine|BEP cuisine|BP cuisine|Ausbildung als Koch|Ausbildung zum Koch|Ausbildung als Köchin|gelernter Koch|Kochausbildung|técnico en cocina|grado en cocina|kokkeuddannelse|kockutbildning|koksopleiding|diploma alberghiero|cozinheiro|cozinheira|kucharz
Retail operations|store operations|store management|shop management|retail management|Filialleitung|Filialmanagement|Filialführung|Ladenführung|Storemanagement|gestion de magasin|gestion d'un magasin|gestión de tienda|gestión de tiendas|gestión del punto de venta|winkelmanagement|winkelbeheer|filiaalmanagement|butiksdrift|butiksledning|butikschef|gestione del punto vendita|gestione del negozio|gestão de loja
Cash handling|cash drawer|kassearbeid|kassearbete|Kassentätigkeit|Kassentätigkeiten|Kassiertätigkeit|fecho de caixa|kassatyöt|cash drawers|cash register|cash registers|Kassenführung|Kassieren|Kassenabrechnung|Kassenabschluss|tenue de caisse|encaissement|encaissements|manejo de caja|manejo de efectivo|arqueo de caja|cuadre de caja|kasbeheer|kassabeheer|kassa opmaken|kontanthantering|kassahantering|kassaredovisning|gestione della cassa|gestione cassa|maneio de caixa|kasseopgørelse|cobro en efectivo|cobros en efectivo|cobrar en efectivo|kasopmaak|kasafsluiting|kassaopmaak
Manhattan WMS|Manhattan Associates|Manhattan SCALE|Manhattan Active|Manhattan
Dispatching|dispatch
OSHA|OSHA 10|OSHA 30
Commercial driver's license|CDL|Class B CDL|heavy rigid licence|heavy rigid|HR licence|HC licence|MC licence|heavy vehicle licence|HGV licence|LGV licence|Class C licence|Führerschein Klasse C|Führerschein C/CE|LKW-Führerschein|Berufskraftfahrer|permis C|permis poids lourd|permis poids lourds|carnet C|carné C|carnet C+E|carné de camión|rijbewijs C|C-rijbewijs|rijbewijs CE|CE-rijbewijs|C-körkort|CE-körkort|patente C|patente CE|carta de condução C|kørekort C|kørekort til lastbil
Carpentry|carpenter
Plumbing|plumber|Sanitärinstallation|Sanitärinstallationen|Sanitärtechnik|Installateur SHK|plomberie|plombier|fontanería|fontanero|loodgieterswerk|loodgieter|rörmokare|VVS-montör|idraulica|idraulico|canalização|canalizador|VVS
Food preparation|food prep|préparation des produits|Vorbereitung der Speisen|preparación de alimentos|voedselbereiding|preparazione dei piatti
Barista|espresso drinks
Housekeeping
ServSafe
Visual merchandising|visual merchandiser|store displays|window displays|product displays|merchandising standards|planograms|planogram|Warenpräsentation|Schaufenstergestaltung|merchandising visuel|présentation marchande|escaparatismo|implantación de producto|productpresentatie|winkelpresentatie|varuexponering|butiksexponering|vetrinistica|esposizione merce|exposição de produtos|exponering
Order picking|pick and pack|picking and packing|préparation de commandes|préparation des commandes|Kommissionierung|preparación de pedidos|orderpicking|plockning|preparazione degli ordini|preparazione ordini|kompletacja zamówień|kompletowanie zamówień|separação de pedidos|orderpicken|Kommissionieren
Shelf replenishment|Stock replenishment|restocking|shelf stocking|replenishment
Property management`,
  ],
  [
    'legal-education',
    `Contract law
Corporate law|company law|Gesellschaftsrecht|droit des sociétés|derecho mercantil|derecho societario|vennootschapsrecht|ondernemingsrecht|bolagsrätt|selskabsret|selskapsrett|diritto societario|direito societário
Family law|family law practice|Familienrecht|droit de la famille|derecho de familia|familierecht|familjerätt|familieret|familierett|diritto di famiglia|direito da família|direito de família
Intellectual property|IP law
Litigation|litigation support|Prozessführung|contentieux|litigios|litigación|procesvoering|procesrecht|tvistemål|contenzioso|contencioso
Legal research|juristische Recherche|recherche juridique|recherches juridiques|investigación jurídica|juridisch onderzoek|rättsutredning|juridisk research|ricerca giuridica|ricerche giuridiche|pesquisa jurídica|legal and factual research
Compliance management
Paralegal|paralegal work
Contract drafting|drafting contracts|draft NDAs|drafting NDAs|draft and review|draft and negotiate|drafting and reviewing
Regulatory compliance monitoring
Privacy law|data privacy|data protection law|privacy reviews
Teaching|lesgeven|les geven|geeft les|unterrichten|Unterricht|enseigner|docencia|undervisning|undervisa|enseignant|enseignante|professeur des écoles|docente|leerkracht|leraar|lärare|insegnante|Lehrkraft|Lehrer|Lehrerin|lærer|professor de|professora
Curriculum development
Instructional design
E-learning|eLearning
Lesson planning|plan lessons|lesson plans|plan and teach|plan and deliver lessons|Unterrichtsplanung|Unterrichtsvorbereitung|préparation des cours|lesvoorbereiding|séquences pédagogiques|préparer les séquences|préparer et conduire les séquences|préparation des séquences|programación didáctica|programaciones didácticas|lesplanning|lektionsplanering|progettazione didattica|planificação de aulas|planlægning af undervisning
Classroom management|klassenmanagement|Klassenführung|gestion de classe|gestión del aula|klassrumsledning
Special education|special needs|special education needs|Sonderpädagogik|sonderpädagogisch|sonderpädagogischen|Förderbedarf|éducation spécialisée|enseignement spécialisé|besoins éducatifs particuliers|educación especial|necesidades educativas especiales|speciaal onderwijs|passend onderwijs|specialpedagogik|specialundervisning|insegnante di sostegno|bisogni educativi speciali|educação especial
Tutoring
Academic research|research
Scientific writing|publications|peer-reviewed publications|write papers|writing papers|publish papers|publishing papers|journal papers|scientific papers|research papers
Grant writing
Translation
Interpretation
Journalism
Editing
Content writing|writing
Social work
Counseling
Early childhood education|ECE|early years education|EYFS|Early Years Foundation Stage|early years|early years practitioner
Interpreting|interpretation services|sign language interpreting
Individualized education programs|IEP|IEPs|handelingsplannen|handelingsplan|Förderplan|Förderpläne|Förderplanung`,
  ],
  [
    'office-tools',
    `Microsoft Office|MS Office|Office|ofimática|bureautique|paquete Office|pacote Office|pacchetto Office|Office-Paket|MS-Office|pakiet MS Office|pakiet Office|suite Office|herramientas ofimáticas|paquete de Office
Microsoft Word|MS Word
Microsoft PowerPoint|PowerPoint
Microsoft Outlook|Outlook
Microsoft Teams|MS Teams|Teams
Microsoft Access|MS Access|Access|Access database|Access databases|Access-Datenbank|Access-Datenbanken|base Access|base de données Access|bases de données Access|base de datos Access|bases de datos Access|Access-databases|Access-database
Microsoft Project|MS Project
Microsoft Visio|Visio
SharePoint
Google Workspace|G Suite|Google Docs|Google Sheets
Slack
Zoom
Zapier
Airtable
Smartsheet
Miro
Lucidchart
ServiceNow
Tableau Prep
Power Automate
Power Apps
UiPath|RPA|robotic process automation
Automation|workflow automation|Automatisierung|automatisation|automatización|automatisme|automatismes|automazione|automação|automatisering|automatyzacja
No-code|low-code
ERP|enterprise resource planning
Oracle ERP|Oracle
Odoo
Microsoft Dynamics NAV|Dynamics NAV|Navision|Microsoft Navision
Microsoft Dynamics 365 Business Central|Dynamics 365 Business Central|Business Central|Dynamics BC
Microsoft Dynamics 365 Finance|Dynamics 365 Finance|D365 Finance|Dynamics AX|Microsoft Dynamics AX|Axapta
Lotus Notes`,
  ],
  [
    'spoken-language',
    `English|Englisch|Englischkenntnisse|anglais|inglés|engelska|Engels|engelsk|inglese|inglês|angielski|angielskiego|język angielski|englanti|englantia|englannin|englannin kieli|englannin kielen|englannin kieltä
German|Deutsch|Deutschkenntnisse|allemand|alemán|tyska|Duits|tysk|tedesco|alemão|niemiecki|niemieckiego
French|Französisch|Französischkenntnisse|français|francés|franska|Frans|fransk|francese|francês|francuski|francuskiego
Spanish|Spanisch|Spanischkenntnisse|espagnol|español|spanska|Spaans|spansk|spagnolo|espanhol|castellano|hiszpański|hiszpańskiego
Italian|Italienisch|Italienischkenntnisse|italien|italiano|italienska|Italiaans|italiensk|włoski|włoskiego
Portuguese|Portugiesisch|Portugiesischkenntnisse|portugais|portugués|portoghese|português|portugisisk|Portugees|portugisiska
Dutch|Niederländisch|néerlandais|Nederlands|nederländska|olandese|neerlandês|holandês|hollandsk|Niederländischkenntnisse|neerlandés
Danish|Dänisch|danois|dansk|danese|dinamarquês|danés|Deens|danska
Swedish|Schwedisch|suédois|svenska|Zweeds|svedese|sueco|svensk|ruotsi|ruotsia|ruotsin|ruotsin kieli|ruotsin kielen|szwedzki
Norwegian|Norwegisch|norvégien|norsk|norvegese|norueguês|noruego|Noors|norska
Finnish|Finnisch|suomen|finnois|finlandés|finlandese|finsk|Fins|finska|suomi|suomea|suomen kieli|suomen kielen|suomen kieltä|fiński|fińskiego
Polish|Polnisch|Polnischkenntnisse|polonais|polacco|polaco|polsk|Pools|polska|polski|polskiego|język polski
Czech|Tschechisch
Slovak|Slowakisch
Hungarian|Ungarisch
Romanian|Rumänisch
Bulgarian|Bulgarisch
Greek|Griechisch|greco|grego|griego|græsk|grekiska|Grieks
Turkish|Türkisch|Türkischkenntnisse|turc|turco|tyrkisk|Turks|turkiska
Russian|Russisch|Russischkenntnisse|russe|ruso|russo|russisk|ryska
Ukrainian|Ukrainisch
Arabic|Arabisch|arabe|árabe|arabo|arabisk|arabiska
Hebrew|Hebräisch
Persian|Farsi
Hindi
Bengali
Urdu
Tamil
Mandarin|Chinese|Mandarin Chinese|Chinesisch|chinois|chino|cinese|chinês|kinesisk|Chinees|kinesiska
Cantonese
Japanese|Japanisch|japonais|japonés|giapponese|japonês|japansk|Japans|japanska
Korean|Koreanisch|coréen|coreano
Vietnamese
Thai
Indonesian|Bahasa Indonesia
Malay
Tagalog|Filipino
Swahili
Croatian|Kroatisch
Serbian|Serbisch
Slovenian|Slowenisch
Catalan|Katalanisch|catalán
Basque
Sign language|ASL|American Sign Language`,
  ],
];

/**
 * Aliases that are also ordinary words. `caseSensitive`: match only as written in the table.
 * `notBefore` / `notAfter`: a regular expression the text right after / before the match must not match.
 * `lineContext`: the line must also match this (used for spoken languages and vague words).
 */
export interface SkillGuard {
  caseSensitive?: boolean;
  notBefore?: string;
  notAfter?: string;
  lineContext?: string;
  /**
   * Words that make an ambiguous alias mean the skill when they are in the same line. Without them
   * the alias still counts as an item of a list of other skills ("Spark, Flink and Ray").
   */
  context?: string;
}

const LANGUAGE_NAMES =
  'English|German|French|Dutch|Spanish|Italian|Portuguese|Polish|Swedish|Danish|Norwegian|Finnish|Czech|Japanese|Mandarin|Chinese|Korean|Arabic|Russian|Turkish';
/** The major languages' names in the languages the summarizer reads ("inglês", "Englisch", "engelsk"). */
const LANGUAGE_WORDS =
  'english|englisch|anglais|ingl[eé]se?|ingl[eê]s|engelsk[a]?|engels|german|deutsch|allemand|alem[aá]n|alem[aã]o|tedesco|tysk[a]?|duits|french|franz[öo]sisch|fran[cç]ais|franc[eé]se?|franc[eê]s|fransk[a]?|frans|spanish|spanisch|espagnol|espa[nñ]ol|espanhol|spagnolo|spansk[a]?|spaans|italian|italienisch|italien|italiano|italiensk[a]?|italiaans|portuguese|portugiesisch|portugais|portugu[eé]s|portugu[eê]s|portoghese|dutch|niederl[äa]ndisch|n[ée]erlandais|nederlands|olandese|danish|d[äa]nisch|danois|dansk|danese|swedish|schwedisch|su[ée]dois|svensk[a]?|norwegian|norwegisch|norsk|finnish|finnisch|suomea?|polish|polnisch|polonais|polski|arabic|arabisch|arabe|russian|russisch|russe|chinese|mandarin|chinesisch|chinois|japanese|japanisch|japonais';
export const LANGUAGE_CONTEXT =
  'fluen|proficien|speak|spoken|language|native|business|written|verbal|conversational|wort und schrift|kenntnisse|sprach|courant|langue|technique|apprécié|idioma|nivel|nível|\\b[ABC][12]\\b|bilingual|mother tongue|communication' +
  // "Good English", "Dutch is a plus": a level word right before a language's name, or a line that opens with one.
  `|\\b(?:good|very good|excellent|strong|solid|basic|working)\\s+(?:${LANGUAGE_NAMES})\\b` +
  // "inglés básico", "se valorará inglés": a level or a plus after the name (es, it, pt).
  `|\\b(?:${LANGUAGE_NAMES}|inglés|francés|alemán|italiano|portugués|catalán|inglese|francese|tedesco|spagnolo|inglês|francês|alemão|espanhol)\\s+(?:básico|básica|intermedio|avanzado|fluido|nativo|base|buono|fluente|intermédio|avançado)\\b|\\b(?:se valorar[áa]n?|valorable|se valoran?|valorizad[oa]|valorizad[oa]s|gradit[oa]|preferencial)(?=[\\s,.;:]|$)` +
  `|^\\s*(?:${LANGUAGE_NAMES})(?:\\s+(?:and|or)\\s+\\w+)?\\s+(?:is|are|would be)\\b` +
  // "Spanish a plus", "German preferred"; a line that is only languages ("French or Spanish").
  `|\\b(?:${LANGUAGE_NAMES})(?:\\s*(?:,|/|and|or)\\s*\\w+)?\\s+(?:(?:is|would be|will be|are)\\s+)?(?:a\\s+)?(?:(?:real|big|definite|strong|huge|great|clear)\\s+)?(?:plus|bonus|preferred|required|an asset|asset|advantage|nice to have)\\b` +
  `|^\\s*(?:${LANGUAGE_NAMES})(?:\\s*(?:,|/|and|or)\\s*(?:${LANGUAGE_NAMES}))*\\s*$` +
  // "Polnisch oder Rumänisch ist ein Plus", "Engels is een pré", "l'anglais est un atout": a language as a wish, written in German, Dutch or French.
  '|\\b(?:ein Plus|von Vorteil|wünschenswert|een pré|een pluspunt|un atout|est un plus|sont un plus|è un plus|costituisce un plus)(?=[\\s,.;:!]|$)' +
  // French, Spanish and Portuguese: a smattering ("Notions d'espagnol", "nociones de alemán", "noções de inglês").
  '|\\b(?:notions?|nociones|noções)\\b' +
  // "Conocimientos de alemán", "conhecimentos de inglês", "inglese di base": knowledge of a language, or a basic level.
  '|\\b(?:conocimientos?|conhecimentos?)\\s+de\\b|\\b(?:di|de)\\s+base\\b|\\bser[áa]\\s+valorad[oa]\\b' +
  // Swedish and Dutch: speak, write, fluent, language.
  '|\\b(?:talar|pratar|skriver|språk\\w*|flytande|obehindrat|vloeiend|spreekt|schrijft|taal|professionnel|niveau|tal och skrift|i tal|i skrift)\\b' +
  // Italian, Portuguese and Danish: knowledge, language, fluent, spoken, written, mother tongue.
  '|\\b(?:conoscenza|lingua|lingue|fluente|parlato|scritto|madrelingua|língua|línguas|fluência|conhecimento|conhecimentos|falado|escrito|sprog|flydende|mundtligt|skriftligt|taler)\\b' +
  // A level named after the language ("Inglês intermediário", "inglese tecnico", "intermediate English").
  '|\\b(?:intermediate|upper-intermediate|intermediário|intermediária|intermedio|intermedia|intermédiaire|avanzato|avançado|avanzado|fortgeschritten|tecnico|técnico)\\b' +
  // Dutch "command of", Polish "knowledge of the … language", French "read and written" and "written expression", Spanish and Portuguese "native".
  '|\\b(?:beheersing|beheerst|beheersen|znajomość|znajomości|języka|język|językiem|biegł\\w*|lu et écrit|écrit et parlé|parlé et écrit|expression écrite|expression orale|nativo|nativa|bilingüe|bilíngue|bilingue|fluido|fluida|redacción|hablado|hablada)\\b' +
  // German, Norwegian and Finnish: fluent, business-fluent, mother tongue, speaks, written, oral, language skills.
  '|\\b(?:flie(?:ß|ss)end\\w*|verhandlungssicher\\w*|Muttersprache\\w*|snakker|skriftlig|muntlig|behersk\\w*|sujuva\\w*|puhu\\w*|kirjoit\\w*|suullinen|kirjallinen|kielitaito\\w*|kielen|kielt\\w*)\\b' +
  // A level word before the name in the other languages: "sehr gutes Deutsch", "ottimo italiano, buon inglese", "bon anglais".
  `|\\b(?:gute[snr]?|sehr gute[snr]?|ottim[oa]|buon[oa]?|bon(?:ne)?|excellent|buen[oa]?|excelente|bom|boa|goed[e]?|uitstekend|god[at]?|mycket god[at]?)\\s+(?:${LANGUAGE_WORDS})\\b` +
  // A plus after the name in Dutch, German and the Scandinavian languages: "Duits is een pré", "Englisch von Vorteil", "tyska är meriterande".
  `|\\b(?:${LANGUAGE_WORDS})\\s+(?:(?:is|ist|är|er|wäre|ville være)\\s+)?(?:(?:een|ein|en|et)\\s+)?(?:pré|pluspunt|voordeel|von vorteil|vorteil|wünschenswert|merit|meriterande|fördel|fordel)` +
  // Languages named together after "in": "serve guests in Portuguese, English and French", "em português e inglês".
  `|\\b(?:in|em|en|auf|på|w|na|su|po)\\s+(?:${LANGUAGE_WORDS})(?:\\s*(?:,|/|and|or|e|y|et|ou|o|und|oder|og|och|eller|en|of)\\s*(?:${LANGUAGE_WORDS}))+\\b` +
  // A line that is only a language's own name ("Tyska" under a merits heading), or a French plus ("l'espagnol est un atout").
  `|^\\s*(?:${LANGUAGE_WORDS})\\s*$|\\b(?:un\\s+)?atout\\b|\\bun\\s+plus\\b`;

// An industry named as a market ("selling to logistics companies", "partenaires logistiques") is not the skill either.
const LOGISTICS_GUARD: SkillGuard = {
  notBefore:
    '^\\s+(?:of|for)\\b|^\\s+(?:(?:or|and)\\s+\\w+\\s+)?(?:companies|company|industry|sector|customers|clients|businesses|firms|providers|partners)\\b',
  notAfter: '\\b(?:travel|event|meeting|relocation|trip|visit|wedding|offsite|partenaires|prestataires)s?\\s*$',
};

/** Words of a line about paid advertising, where "Google" or "Meta" means the ads platform. */
const PAID_MEDIA =
  'paid (?:search|social|media|acquisition|channels?|ads)|advertising|\\bads\\b|\\bPPC\\b|\\bSEM\\b|ROAS|\\bCPC\\b|ad spend|media buying';

/** Words of a line about software systems in production, where "monitoring" or "on-call" is the engineering practice. */
const OPERATIONS_CONTEXT =
  'Prometheus|Grafana|Datadog|New Relic|Dynatrace|Zabbix|Nagios|alert|\\blogs?\\b|logging|metrics|SLOs?\\b|uptime|observab|Kubernetes|infrastructure|production|services|incident|outage|pager|PagerDuty|Opsgenie|rotation|SRE\\b|DevOps|platform|reliab|Alerting|APM|Betrieb|Produktion\\w*|infra|incidents?|incidentes|incidenti|Störung|post-?mortems?|runbooks?|rota\\b|escalat|\\bTickets?\\b|Level-Support|\\b\\d(?:nd|rd)[- ]Level';
/** Words of a line about watching software systems, where "monitoring" is the engineering practice. */
const MONITORING_CONTEXT =
  '\\b(?:Prometheus|Grafana|Datadog|New Relic|Dynatrace|Zabbix|Nagios|Loki|alerting|alerts?|logs?|logging|metrics|SLOs?|SLIs?|uptime|observability|Kubernetes|infrastructure|APM|dashboards?|tracing|OpenTelemetry|Splunk|CloudWatch|Azure Monitor|infrastruttur\\w*|infraestructur\\w*|Infrastruktur\\w*|applicativ\\w*)\\b';
/** Words of a line about embedded hardware, where a short bus name ("SPI", "CAN") is the protocol. */
const EMBEDDED_CONTEXT =
  '\\b(?:embedded|firmware|microcontrollers?|MCUs?|STM32|Cortex|ESP32|nRF\\w*|RTOS|FreeRTOS|Zephyr|drivers?|peripherals?|bus|protocols?|I2C|UART|LIN|ECUs?|J1939|sensors?|hardware|Mikrocontroller\\w*|Treiber|microcontrôleurs?|pilotes|AUTOSAR|automotive|PCB)\\b';

/** Words before a driving-licence class ("Klasse B und", "permis C", "categoria C"): a letter there is no language. */
const LICENCE_CLASS =
  '(?:Klasse|Klassen|class|classes|category|categories|Kategorie|permis|licen[cs]e|Führerschein|carnet|kategori|kategoria|categoria|rijbewijs|körkort|kørekort|førerkort|prawo jazdy|patente)(?:\\s+[A-Z]{1,2}\\d?[,/]?)*(?:\\s*(?:,|/|und|and|or|oder|et|ou|y|o|e|en|och|og|i))?';

/** Open source as work one does (contributions, projects), or an item of a list of skills ("AI, open source"). */
const OPEN_SOURCE_GUARD: SkillGuard = { context: 'contribut|projects|experience|models|code' };

/** Words of a line about accounts, where "reconciliations" are account reconciliations. */
const ACCOUNTS_CONTEXT =
  'account|bank|ledger|statement|balance|invoice|payment|credit card|\\bGL\\b|cash|vendor|month-end|month end|year-end|close|closing|accrual|journal|financ|accounting|intercompany|payable|receivable|suspense';

/** Before "GPUs" shared out ("share GPUs between teams", "allocate GPUs"): GPU scheduling, no GPU programming. */
const GPUS_SHARED = '(?:\\bshar(?:e|es|ed|ing)|\\ballocat\\w*)\\s+$';

/** Words of a line about configuration management, where "Chef" and "Puppet" are the tools (each names the other). */
const CONFIG_TOOLS =
  'Ansible|Salt|Terraform|configuration management|Konfigurationsmanagement|gestion de configuration|cookbooks?|manifests?|infrastructure as code|\\bIaC\\b|provisioning|DevOps';

/** Words of a line about software's or systems' permissions, where "access control" is no guard's post (and access management is IAM). */
export const IT_ACCESS =
  '\\bIAM\\b|RBAC|role-based|identity (?:and access|provider|management)|Azure AD|\\bEntra ID\\b|\\bOkta\\b|LDAP|Active Directory|\\bSSO\\b|permissions|\\bcloud\\b|\\bAWS\\b|\\bGCP\\b|\\bAPIs?\\b|Kubernetes|Linux|user accounts|data platform|least privilege|microservices|codebase';

export const SKILL_GUARDS: Readonly<Record<string, SkillGuard>> = {
  // Added with the technical taxonomy (cloud security, data, SRE, design, embedded): short or ordinary words.
  'Monitoring|*': { lineContext: MONITORING_CONTEXT },
  'On-call|*': { lineContext: OPERATIONS_CONTEXT },
  OPA: {
    caseSensitive: true,
    context: 'polic|Rego|Kubernetes|Terraform|Gatekeeper|Conftest|Sentinel|admission|guardrail',
  },
  Rego: { caseSensitive: true, context: 'polic|OPA|Open Policy Agent|Gatekeeper|Conftest' },
  'HashiCorp Sentinel|Sentinel': {
    caseSensitive: true,
    context: 'OPA|Open Policy Agent|Rego|polic(?:y|ies)[- ]as[- ]code|Terraform|HashiCorp|Vault|Conftest|guardrail',
  },
  Flux: { caseSensitive: true, context: 'GitOps|Argo|Kubernetes|Helm|Kustomize|deploy' },
  Tempo: { caseSensitive: true, context: 'Grafana|Loki|Prometheus|tracing|Mimir|Jaeger|observab|OpenTelemetry' },
  Thanos: { caseSensitive: true, context: 'Prometheus|Grafana|metrics|Cortex|Mimir|observab' },
  // "rest routines", "a rest day": the word, not the API style.
  REST: { caseSensitive: true },
  'Security Hub': { caseSensitive: true },
  'Public Trust': { caseSensitive: true },
  'Business Central': { caseSensitive: true },
  // "SOC 2 and HIPAA audits" are compliance audits, not the accountant's auditing.
  'Auditing|audits': {
    notAfter:
      '(?:SOC ?2|HIPAA|ISO ?2700\\d|PCI(?: DSS)?|FedRAMP|compliance|security|GDPR|NIS2)(?:\\s*(?:and|or|&|,)\\s*[\\w ]+?)?\\s*$',
  },
  'Control Tower': { caseSensitive: true },
  SCPs: { caseSensitive: true },
  GCS: { caseSensitive: true, context: 'Google|GCP|BigQuery|bucket|storage|Dataflow|Pub/Sub' },
  'Cloud Run': { caseSensitive: true },
  'landing zones': { lineContext: 'Azure|AWS|cloud|GCP|Terraform|Control Tower|Organizations|tenant' },
  'landing zone': { lineContext: 'Azure|AWS|cloud|GCP|Terraform|Control Tower|Organizations|tenant' },
  'Pod Security': { caseSensitive: true },
  'image scanning': { lineContext: 'container|Docker|vulnerab|\\bCI\\b|registry|Kubernetes|pipeline' },
  Wiz: { caseSensitive: true, context: 'cloud|CSPM|CNAPP|security|Prisma|Orca|Lacework|posture|AWS|Azure|GCP' },
  remediation: {
    lineContext:
      'vulnerab|findings|CVEs?\\b|patch|Security Hub|Prisma|Wiz|scanner|Qualys|Tenable|Defender|GuardDuty|CSPM|misconfigur',
  },
  CISA: { caseSensitive: true, context: 'ISACA|CISM|CISSP|certif|\\bIT audit' },
  GIAC: { caseSensitive: true },
  CKA: { caseSensitive: true },
  CKS: { caseSensitive: true },
  CSPM: { caseSensitive: true },
  CNAPP: { caseSensitive: true },
  SBOM: { caseSensitive: true },
  SBOMs: { caseSensitive: true },
  DDD: { caseSensitive: true },
  ereignisgesteuert: { lineContext: 'Architektur|System|Services|Kafka|Microservices|Plattform|Software' },
  Pact: { caseSensitive: true, context: 'contract|consumer|test|API|microservices|provider' },
  // Polish "jest" is "is"; Italian, Spanish and Portuguese "Informatica" is computer science ("Laurea in Informatica").
  Jest: {
    caseSensitive: true,
    context:
      'JavaScript|TypeScript|React|Node|Vue|Angular|Cypress|Mocha|Vitest|Playwright|Testing Library|Enzyme|unit tests?|front-?end',
  },
  Informatica: {
    context:
      'PowerCenter|\\bETL\\b|\\bELT\\b|IICS|data integration|\\bMDM\\b|Talend|SSIS|DataStage|data warehous|Intelligent Cloud',
  },
  Kimball: { caseSensitive: true, context: 'dimensional|data|warehous|model|star schema|Vault|Inmon|BI\\b' },
  'Data Vault': { caseSensitive: true },
  medallion: {
    lineContext: 'architect|bronze|lakehouse|Delta Lake|Databricks|layers|Schicht|couches|capas|camadas|warstw',
  },
  lineage: {
    lineContext: 'data|Unity Catalog|catalog|OpenLineage|governance|pipeline|dbt|metadata|Purview|Collibra|quality',
  },
  MDM: {
    caseSensitive: true,
    context: 'master data|data governance|SAP|ERP|data quality|golden record|Informatica|Stibo',
  },
  'master data': { notBefore: '^\\s+(?:of|for)\\b' },
  EDA: { caseSensitive: true, context: 'data|analys|pandas|Python|statistic|notebook|Jupyter|SQL|insights' },
  Soda: { caseSensitive: true, context: 'data quality|dbt|Great Expectations|checks|pipelines?|Airflow' },
  ARIA: { caseSensitive: true, context: 'accessib|WCAG|screen|HTML|a11y|semantic|keyboard' },
  BITV: { caseSensitive: true },
  RGAA: { caseSensitive: true },
  SPI: { caseSensitive: true, context: EMBEDDED_CONTEXT },
  UART: { caseSensitive: true },
  USART: { caseSensitive: true },
  CAN: { caseSensitive: true, context: EMBEDDED_CONTEXT },
  'CAN FD': { caseSensitive: true },
  BLE: { caseSensitive: true },
  JTAG: { caseSensitive: true },
  SWD: { caseSensitive: true, context: EMBEDDED_CONTEXT },
  MISRA: { caseSensitive: true },
  KMP: { caseSensitive: true, context: 'Kotlin|Android|iOS|Multiplatform|mobile|Compose' },
  Retrofit: { caseSensitive: true, context: 'Android|Kotlin|OkHttp|REST|Java|Room|Compose' },
  Gatling: { caseSensitive: true },
  Appium: { caseSensitive: true },
  // "A+" is also a grade; the CompTIA certification counts beside IT support words.
  'A+': {
    caseSensitive: true,
    context: 'CompTIA|Network\\+|Security\\+|certif|help ?desk|IT support|hardware|technician',
  },
  // Added with the ML and data infrastructure names: short or ordinary words.
  TPU: { caseSensitive: true },
  TPUs: { caseSensitive: true },
  MPI: {
    caseSensitive: true,
    context: 'HPC|parallel|OpenMP|CUDA|cluster|distributed|Slurm|C\\+\\+|Fortran|supercomput',
  },
  YOLO: { caseSensitive: true, context: 'detection|vision|PyTorch|object|model|OpenCV|image|segmentation' },
  NeMo: { caseSensitive: true, context: 'NVIDIA|LLM|speech|model|Megatron|training|GPU' },
  Druid: { caseSensitive: true, context: 'Apache|OLAP|analytics|Pinot|ClickHouse|Kafka|real-time|database' },
  Temporal: { caseSensitive: true, context: 'workflows?|orchestrat|Cadence|durable|Airflow|microservices' },
  'Great Expectations': {
    caseSensitive: true,
    context: 'data|quality|pipelines?|tests?|dbt|validation|Airflow|Spark|Soda',
  },
  Amundsen: { caseSensitive: true, context: 'DataHub|catalog|metadata|lineage|OpenLineage' },
  CDC: {
    caseSensitive: true,
    context: 'Debezium|Kafka|replicat|streaming|database|pipeline|ingest|Fivetran|Airbyte|binlog|change data',
    // The health agency's guidance ("OSHA and CDC infection control guidelines") is no data capture.
    notBefore: '^\\s+(?:infection|guidelines|guidance|recommendations|vaccin|protocols)',
  },
  KSQL: { caseSensitive: true },
  // Added with the DevOps and cloud names above.
  RDS: { caseSensitive: true, context: 'AWS|Amazon|PostgreSQL|MySQL|database|Aurora|managed|backups?' },
  TLS: { caseSensitive: true },
  // Ambiguous short names: they count with their context words in the line, or in a list of other skills.
  Go: {
    caseSensitive: true,
    notBefore: '^\\s*(?:to|above|beyond|further|live|deep|back|ahead|out|for|with|-to)\\b|^-',
    context:
      'golang|programming|language|backend|back-end|services|microservices|Python|Java|Rust|C\\+\\+|Kotlin|TypeScript|Node|written in|gRPC|Kubernetes|concurren|goroutine|developer',
  },
  C: {
    caseSensitive: true,
    notBefore: '^(?:-|\\s*(?:level|suite|corp|\\$))',
    notAfter: `(?:Series|Vitamin|Class|Type|grade|Level|[A-Z]/|${LICENCE_CLASS})\\s*$`,
    context:
      'C\\+\\+|embedded|firmware|programming|language|kernel|Linux|Rust|assembly|microcontroller|RTOS|low-level|Python|Java|drivers',
  },
  R: {
    caseSensitive: true,
    notBefore: '^(?:&|-|\\s*&)',
    notAfter: `(?:[A-Z]&|&|${LICENCE_CLASS})\\s*$`,
    context:
      'statistic|RStudio|tidyverse|ggplot|Python|SAS|SPSS|Stata|programming|language|analy|MATLAB|Shiny|CRAN|SQL|data scien',
  },
  Swift: {
    caseSensitive: true,
    context: 'iOS|Xcode|SwiftUI|Objective-C|Apple|mobile|macOS|UIKit|Kotlin|programming|language|written in|codebase',
  },
  Rust: {
    caseSensitive: true,
    context:
      // Code work: "port drivers to Rust", "services written in Rust", "a Rust codebase".
      'programming|language|systems|C\\+\\+|Golang|memory|cargo|tokio|WebAssembly|backend|embedded|Python|compiler|async|performance|firmware|drivers|\\bport(?:s|ed|ing)?\\b|rewrit|written in|codebase|crates|osaam|taito|ohjelm|sulautet|Kenntnisse|Erfahrung|Entwickl|connaissances|développ|conocimientos|desarroll|kennis|ontwikkel|utveckl|udvikl|sviluppo|programow',
  },
  // A person called Ray trains staff, scales a business and sparks ideas: the framework's words are its own
  // ("distributed training", "Spark jobs"), not "training", "scale" or "Spark" alone.
  Ray: {
    caseSensitive: true,
    context:
      'distributed|cluster|Apache Spark|PySpark|\\bSpark (?:jobs?|clusters?|SQL|Streaming)|Dask|Anyscale|parallel|Kubernetes|PyTorch|(?:model|distributed) training|training (?:jobs?|runs?|pipelines?)|serving|inference|workloads|compute|GPU|Python|scal(?:e|ing) (?:out|up )?(?:workloads|jobs|compute|training|inference)',
  },
  Triton: {
    caseSensitive: true,
    context:
      'inference|GPU|NVIDIA|serving|TensorRT|CUDA|kernel|model|inférence|Inferenz|inferencia|inferenza|inferência',
  },
  TGI: { caseSensitive: true, context: 'inference|LLM|serving|Hugging|vLLM' },
  Megatron: { caseSensitive: true, context: 'LLM|training|parallel|GPU|DeepSpeed|model' },
  TVM: { caseSensitive: true },
  XLA: { caseSensitive: true },
  Feast: { caseSensitive: true, context: 'feature|ML|machine learning|MLOps' },
  Arrow: { caseSensitive: true, context: 'Parquet|columnar|Pandas|Polars|Flight|data format|in-memory' },
  Iceberg: { caseSensitive: true, context: 'table|lakehouse|Parquet|Spark|Trino|data lake|Hudi|Delta' },
  Hudi: { caseSensitive: true },
  Pulsar: { caseSensitive: true, context: 'Kafka|messaging|streaming|queue|event' },
  Dataflow: { caseSensitive: true, context: 'Google|GCP|Beam|BigQuery|pipeline|streaming|batch' },
  Seldon: { caseSensitive: true, context: 'model|serving|ML|Kubernetes|inference' },
  OSHA: { caseSensitive: true },
  Combine: { caseSensitive: true, context: 'Swift|iOS|SwiftUI|UIKit|reactive|RxSwift' },
  Zephyr: { caseSensitive: true },
  Vault: { caseSensitive: true, context: 'HashiCorp|secrets|Terraform|Consul|Ansible|Kubernetes' },
  IMU: { caseSensitive: true },
  MCU: { caseSensitive: true },
  MCUs: { caseSensitive: true },
  Collections: { lineContext: 'receivable|\\bAR\\b|payment|invoice|credit|accounts|cash' },
  CDL: { caseSensitive: true },
  ECE: { caseSensitive: true, context: 'early|child|preschool|classroom|teach' },
  IEP: { caseSensitive: true },
  IEPs: { caseSensitive: true },
  PALS: { caseSensitive: true },
  'AR/VR|VR': { caseSensitive: true },
  'AR/VR|XR': { caseSensitive: true },
  'AR/VR|AR': {
    caseSensitive: true,
    lineContext:
      'glasses|headset|\\bVR\\b|\\bXR\\b|virtual|augmented|3D|Unity|Unreal|spatial|immersive|wearable|optic|display|rendering|OpenXR|ARKit|ARCore|mixed reality|metaverse|lens',
  },
  Ruby: { caseSensitive: true },
  Dart: { caseSensitive: true },
  Julia: { caseSensitive: true },
  Scala: { caseSensitive: true },
  Lua: { caseSensitive: true },
  Apex: { caseSensitive: true },
  Crystal: { caseSensitive: true },
  Nim: { caseSensitive: true },
  Zig: { caseSensitive: true },
  Assembly: { caseSensitive: true },
  JSON: { caseSensitive: true },
  CSS: { caseSensitive: true },
  // A clean MVR (motor vehicle record) is the driving record; in lower case it is no abbreviation.
  MVR: { caseSensitive: true },
  // An ad platform named bare ("paid acquisition across Google, Meta and TikTok") is its ads product
  // only in a line about paid media; elsewhere it is the company.
  'Google Ads|Google': { caseSensitive: true, lineContext: PAID_MEDIA },
  'Meta Ads|Meta': { caseSensitive: true, lineContext: PAID_MEDIA },
  'Meta Ads|Facebook': { caseSensitive: true, lineContext: PAID_MEDIA },
  // "Unit economics" is a SaaS metric, not the field of study.
  Economics: { notAfter: '\\bunit\\s*$' },
  HTML: { caseSensitive: true },
  Spark: {
    caseSensitive: true,
    context:
      'Apache|Hadoop|PySpark|Databricks|Kafka|Flink|Scala|Hive|big data|ETL|pipeline|streaming|batch|distributed|SQL|Python|cluster|data processing|Dask',
  },
  Rails: { caseSensitive: true },
  Spring: { caseSensitive: true },
  Bootstrap: { caseSensitive: true },
  Redux: { caseSensitive: true },
  Node: { caseSensitive: true, notBefore: '^\\s*(?:of|in)\\b' },
  Phoenix: { caseSensitive: true },
  React: { caseSensitive: true },
  Angular: { caseSensitive: true },
  Vue: { caseSensitive: true },
  Svelte: { caseSensitive: true },
  Ember: { caseSensitive: true },
  Linear: { caseSensitive: true, lineContext: '\\b(?:Jira|tool|issue track)' },
  Notion: { caseSensitive: true, lineContext: '\\b(?:Jira|Confluence|tool|Slack)' },
  // "Oracle" alone is the database beside database words; in a line about ERP or finance it is Oracle's ERP.
  Oracle: {
    caseSensitive: true,
    context: 'SQL|database|\\bDBA\\b|RDBMS|Exadata|Postgres|MySQL|schema|queries|\\bRAC\\b|Data Guard|MongoDB',
  },
  'Oracle ERP|Oracle': {
    caseSensitive: true,
    lineContext:
      '\\bERP\\b|\\bSAP\\b|NetSuite|Financials|accounting|ledger|finance|procure|supply chain|Dynamics|Workday|JD Edwards|invoic|purchas',
  },
  Mongo: { caseSensitive: true },
  Snowflake: { caseSensitive: true },
  Helm: { caseSensitive: true },
  // GPUs shared between teams are GPU scheduling.
  'GPU programming|GPU': { notAfter: GPUS_SHARED },
  'GPU programming|GPUs': { notAfter: GPUS_SHARED },
  // "ADaM datasets"; never a person called Adam.
  'CDISC|ADaM': { caseSensitive: true },
  // "Support the head Chef", "Puppet shows": the tools count beside configuration words or in a list of other tools.
  // "Access management" of systems, not of a building's doors.
  'IAM|access management': { lineContext: IT_ACCESS },
  // "The WMS (Manhattan)": the vendor named bare beside the kind of system; elsewhere it is the island.
  'Manhattan WMS|Manhattan': {
    caseSensitive: true,
    lineContext: '\\bWMS\\b|warehouse management|Lagerverwaltung|logiciel WMS|sistema de gestión de almacén',
  },
  Chef: { caseSensitive: true, context: `${CONFIG_TOOLS}|Puppet` },
  Puppet: { caseSensitive: true, context: `${CONFIG_TOOLS}|Chef` },
  // "Salt states", "Puppet, Chef or Salt"; never a pinch of salt (lower case) nor the kitchen's salt.
  'SaltStack|Salt': {
    caseSensitive: true,
    context:
      'Ansible|Puppet|Chef|configuration management|\\bstates\\b|minions?|Terraform|provisioning|Konfigurationsmanagement',
  },
  // Microsoft's database beside Office programs or database words ("Excel und Access-Datenbank", "Access, VBA");
  // never a road, a right or a control ("Access to a van", "access control").
  'Microsoft Access|Access': {
    caseSensitive: true,
    notBefore: '^\\s*(?:to|for|rights?|control|level|card|point|road|management|zu|à|al|au)\\b',
    context:
      'Excel|VBA|\\bSQL\\b|queries|Abfragen|Datenbank\\w*|databases?|base de données|bases? de datos|macros|Makros|PowerPoint|\\bWord\\b|Outlook|MS Office|Microsoft Office',
  },
  Consul: { caseSensitive: true },
  Make: { caseSensitive: true, lineContext: '\\b(?:CMake|Bazel|Gradle|build)' },
  Maven: { caseSensitive: true },
  npm: { caseSensitive: true },
  Yarn: { caseSensitive: true },
  Segment: { caseSensitive: true },
  Luigi: { caseSensitive: true },
  Prefect: { caseSensitive: true },
  Beam: { caseSensitive: true, context: 'Dataflow|pipeline|streaming|batch|Flink|Spark|Apache|data processing' },
  Hive: { caseSensitive: true },
  Flink: { caseSensitive: true },
  Looker: { caseSensitive: true },
  Excel: { caseSensitive: true },
  Outlook: { caseSensitive: true },
  Linux: {},
  Maya: { caseSensitive: true },
  Blender: { caseSensitive: true },
  Framer: { caseSensitive: true },
  Sketch: { caseSensitive: true },
  Illustrator: { caseSensitive: true },
  Gong: { caseSensitive: true },
  Lever: { caseSensitive: true },
  Greenhouse: { caseSensitive: true },
  Workday: { caseSensitive: true },
  Epic: { caseSensitive: true },
  'Stream processing|streaming': {
    lineContext: 'Kafka|Flink|Spark|Kinesis|Beam|pipeline|jobs?\\b|events?\\b|real-time|batch',
  },
  'Sales|closing': { lineContext: '\\bsales\\b|deals?\\b|quota|close rate|\\bAE\\b|pipeline' },
  'Quota attainment|quota': { lineContext: 'sales|hit|exceed|attain|carry|achiev|close|\\$' },
  'Quota attainment|quotas': { lineContext: 'sales|hit|exceed|attain|carry|achiev|close|\\$' },
  'Outreach.io|Outreach': { caseSensitive: true, context: 'Gong|Salesloft|HubSpot|Salesforce|sequenc|Apollo|ZoomInfo' },
  'Networking|redes': { lineContext: 'TCP|\\bIP\\b|VPN|Wi-?Fi|LAN|router|switch|firewall|DNS' },
  'Networking|réseaux': { lineContext: 'TCP|\\bIP\\b|VPN|Wi-?Fi|LAN|router|switch|firewall|DNS' },
  'TCP/IP|TCP': { caseSensitive: true },
  'CI/CD|CI': {
    caseSensitive: true,
    notBefore: '^\\s*/',
    context: 'pipeline|build|test|deploy|GitHub|GitLab|Jenkins|CircleCI|tool|SAST|lint|\\bCD\\b',
  },
  'Roadmapping|roadmap': {
    lineContext:
      '\\b(?:own|owning|owns|define|defining|set|build|drive|driving|plan|prioriti[sz]e)\\s+(?:the\\s+|our\\s+|a\\s+|its\\s+)?(?:product\\s+)?roadmap',
  },
  'Roadmapping|roadmaps': {
    lineContext:
      '\\b(?:own|owning|owns|define|defining|set|build|drive|driving|plan)\\s+(?:the\\s+|our\\s+)?(?:product\\s+)?roadmaps',
  },
  'Budgeting|AOP': { caseSensitive: true },
  'Budgeting|budgets': {
    lineContext:
      // "Own the departmental budgets", "manage our marketing budgets": up to two words between the verb and budgets.
      '\\b(?:own|owning|manage|managing|control|controlling|plan|planning|track|tracking)\\w*\\s+(?:(?:the|our|your|its|their|all)\\s+)?(?:[\\w-]+\\s+){0,2}budgets',
  },
  'Dispatching|dispatch': {
    lineContext: '\\b(?:loads?|drivers?|trucks?|carriers?|routes?|technicians?|crews?|vehicles?)\\b',
  },
  'Transportation management|TMS': {
    caseSensitive: true,
    context:
      'freight|carrier|load|shipment|logistics|McLeod|MercuryGate|Oracle OTM|truck|driver|haulage|route|dispatch|tachograph|pallet|depot|chauffeur|ritten|vervoer|Fahrer|Touren|Spedition|Sendung|Auftragserfassung|Dispo|conducteur|tournée|conductor|rutas|autisti|motorist|kierowc|förare',
  },
  'SEM|SEA': { caseSensitive: true, context: 'SEO|Google Ads|search|paid|SEM|campaign' },
  'Email marketing|newsletters': {
    lineContext: 'write|writ|rédiger|redactar|erstellen|campaign|email|Klaviyo|Mailchimp|Braze|HubSpot|send|envoy',
  },
  'Email marketing|newsletter': {
    lineContext: 'write|writ|rédiger|redactar|erstellen|campaign|email|Klaviyo|Mailchimp|Braze|HubSpot|send|envoy',
  },
  Claude: { caseSensitive: true, lineContext: 'fine-?tun|model|LLM|API' },
  Gemini: { caseSensitive: true, lineContext: 'fine-?tun|model|LLM|API' },
  ChatGPT: { lineContext: 'fine-?tun|model|LLM|API|prompt' },
  Llama: { caseSensitive: true },
  Mistral: { caseSensitive: true },
  Qwen: {},
  Unity: { caseSensitive: true },
  ML: { caseSensitive: true },
  DL: { caseSensitive: true },
  AI: { caseSensitive: true },
  // "… à recrutement@imagerie-….fr": an address's word holds no image.
  CV: { caseSensitive: true, lineContext: 'vision|\\bimages?\\b|image processing|\\bmodels?\\b|deep learning|ML\\b' },
  RL: { caseSensitive: true },
  RAG: { caseSensitive: true },
  UI: { caseSensitive: true },
  UX: { caseSensitive: true },
  'Accounts receivable|AR': {
    caseSensitive: true,
    lineContext: 'receivable|accounting|invoic|billing|collections|\\bAP\\b|payable|reconcil|ledger|\\bGL\\b|ERP',
  },
  AP: { caseSensitive: true, lineContext: 'payable|accounting|invoic|AR\\b' },
  PR: { caseSensitive: true, lineContext: 'media|press|communications|relations' },
  BI: { caseSensitive: true },
  QA: { caseSensitive: true },
  QC: { caseSensitive: true },
  SOC: { caseSensitive: true },
  PCI: { caseSensitive: true },
  POS: { caseSensitive: true },
  SPA: { caseSensitive: true },
  PWA: { caseSensitive: true },
  GPU: { caseSensitive: true },
  CNN: { caseSensitive: true },
  RNN: { caseSensitive: true },
  LSTM: { caseSensitive: true },
  PLC: { caseSensitive: true },
  SIL: { caseSensitive: true },
  HIL: { caseSensitive: true },
  CDK: { caseSensitive: true },
  // "ECS" is also the UK electricians' ECS card: Amazon's container service counts beside cloud and container words.
  ECS: {
    caseSensitive: true,
    context:
      'AWS|Amazon|Fargate|\\bEKS\\b|container|Docker|Kubernetes|task definition|\\bEC2\\b|Lambda|Terraform|CloudFormation|cloud',
  },
  EKS: { caseSensitive: true },
  AKS: { caseSensitive: true },
  S3: { caseSensitive: true },
  SNS: { caseSensitive: true },
  SQS: { caseSensitive: true },
  IAM: { caseSensitive: true },
  CDN: { caseSensitive: true },
  VPC: { caseSensitive: true },
  GCP: { caseSensitive: true },
  'GCP guidelines': { caseSensitive: true },
  TS: { caseSensitive: true, lineContext: 'TypeScript|JavaScript|Node|React|\\bJS\\b' },
  JS: { caseSensitive: true },
  py: { caseSensitive: true, lineContext: 'Python' },
  SAS: { caseSensitive: true },
  SAP: { caseSensitive: true },
  ERP: { caseSensitive: true },
  CRM: { caseSensitive: true },
  KAM: { caseSensitive: true },
  GTM: { caseSensitive: true },
  RN: { caseSensitive: true, lineContext: 'nurs|licen|patient' },
  IP: { caseSensitive: true },
  CX: { caseSensitive: true },
  CPR: { caseSensitive: true },
  BLS: { caseSensitive: true },
  CAD: { caseSensitive: true },
  NX: { caseSensitive: true },
  DSP: { caseSensitive: true, lineContext: 'signal|audio|filter|embedded' },
  CFA: { caseSensitive: true },
  CPA: { caseSensitive: true },
  PMP: { caseSensitive: true },
  SOX: { caseSensitive: true },
  AML: { caseSensitive: true },
  KYC: { caseSensitive: true },
  FDA: { caseSensitive: true },
  GMP: { caseSensitive: true },
  GLP: { caseSensitive: true },
  GDP: { caseSensitive: true, lineContext: 'documentation|GMP|practice' },
  PCR: { caseSensitive: true },
  ELISA: { caseSensitive: true },
  PKI: { caseSensitive: true },
  SIEM: { caseSensitive: true },
  NIST: { caseSensitive: true },
  EHR: { caseSensitive: true },
  EMR: { caseSensitive: true },
  // Amazon EMR is listed before the health-records EMR: it wins only next to AWS data tools.
  'Amazon EMR|EMR': {
    caseSensitive: true,
    lineContext: '\\b(?:AWS|Amazon|Spark|Hadoop|S3|Glue|Hive|Presto|Athena|Redshift)\\b',
  },
  Glue: { caseSensitive: true, lineContext: '\\b(?:AWS|Amazon|ETL|Spark|S3|Athena|EMR|data catalog)\\b' },
  DRF: { caseSensitive: true },
  Stripe: { caseSensitive: true },
  Leaflet: { caseSensitive: true },
  Caboodle: { caseSensitive: true },
  GIS: { caseSensitive: true },
  Controlling: { caseSensitive: true, notBefore: '^\\s+(?:the|a|an|costs?|access|our|your|their|for)\\b' },
  warehouse: { lineContext: '\\b(?:Snowflake|BigQuery|Redshift|Synapse|Databricks|dbt|SQL)\\b' },
  coach: {
    lineContext: '\\b(?:engineers?|developers?|juniors?|team members|colleagues|analysts|designers|scientists)\\b',
  },
  mentor: {
    lineContext: '\\b(?:engineers?|developers?|juniors?|team members|colleagues|analysts|designers|scientists)\\b',
  },
  pairing: { lineContext: '\\b(?:engineers?|developers?|code|programming|mentor\\w*)\\b' },
  ledgers: { lineContext: '\\b(?:payments?|billing|accounting|financ\\w*)\\b' },
  accessibility: { lineContext: '\\b(?:web|WCAG|ARIA|frontend|front-end|UI|UX|design|testing|screen readers?)\\b' },
  HPC: { caseSensitive: true },
  RTOS: {},
  SRE: { caseSensitive: true },
  IaC: { caseSensitive: true },
  OOP: { caseSensitive: true },
  SDLC: { caseSensitive: true },
  RCA: { caseSensitive: true },
  ASR: { caseSensitive: true },
  OCI: { caseSensitive: true },
  DBA: { caseSensitive: true },
  DWH: { caseSensitive: true },
  ETL: { caseSensitive: true },
  ELT: { caseSensitive: true },
  SEO: { caseSensitive: true },
  SEM: { caseSensitive: true },
  PPC: { caseSensitive: true },
  ASL: { caseSensitive: true },
  Lean: { caseSensitive: true },
  'Staff scheduling|weekly schedule': {
    lineContext: '\\b(?:agents|staff|employees|team|shifts|associates|crew|nurses|labou?r)\\b',
  },
  'Staff scheduling|weekly schedules': {
    lineContext: '\\b(?:agents|staff|employees|team|shifts|associates|crew|nurses|labou?r)\\b',
  },
  'Staff scheduling|build the schedule': {
    lineContext: '\\b(?:agents|staff|employees|team|shifts|associates|crew|nurses|labou?r)\\b',
  },
  Logistics: LOGISTICS_GUARD,
  logistique: LOGISTICS_GUARD,
  Logistik: LOGISTICS_GUARD,
  logística: LOGISTICS_GUARD,
  logistiek: LOGISTICS_GUARD,
  SAFe: { caseSensitive: true },
  // "Operations leaders" or "the operations team" are people, not the field.
  operations: {
    // "Director of Operations", "store operations", "front-of-house operations": someone's title or a place's running.
    notAfter:
      '\\b(?:(?:Director|Head|VP|Vice President|Manager|Chief)\\s+of|store|shop|house|security|kitchen|daily|day-to-day|restaurant|hotel|Kafka|PostgreSQL|Postgres|MySQL|database|cluster|platform|cloud|IT|network|infrastructure|data|ML|model|SRE|DevOps|Kubernetes)\\s*$',
    notBefore:
      '^\\s+(?:(?:and|or|&)\\s+\\w+\\s+)?(?:leaders?|leadership|teams?|staff|colleagues|partners|counterparts|heads?|folks|buyers|stakeholders|functions|roles?|positions?|jobs?|vacancies|hires)\\b',
  },
  'Sales|venta': { notAfter: '\\b(?:punto|puntos)\\s+de\\s*$' },
  'Sales|vente': { notAfter: '\\b(?:point|points|après)[\\s-]+(?:de\\s+)?$' },
  'Distributor management|distribuidores': {
    lineContext: 'venta|comercial|fideliz|gestión|negoci|red de|visitar',
  },
  'Distributor management|distributeurs': { lineContext: 'vente|commercial|fidélis|gestion|négoci|réseau|visiter' },
  'Microsoft Office|Office': {
    caseSensitive: true,
    lineContext: '\\b(?:Excel|Word|PowerPoint|Outlook|Access|ofimática|bureautique)\\b',
  },
  'Account reconciliation|reconcile': {
    lineContext: 'account|bank|ledger|statement|balance|invoice|payment|credit card|\\bGL\\b|cash|vendor',
  },
  // "Inventory audits and reconciliations" reconcile stock counts, not accounts: the noun counts beside finance words.
  'Account reconciliation|reconciliations': { lineContext: ACCOUNTS_CONTEXT },
  'Account reconciliation|Reconciliation': { lineContext: ACCOUNTS_CONTEXT },
  // "A comprehensive mentorship program", "mentorship opportunities": what the employer offers, not a skill asked for.
  'Mentoring|mentorship': { notBefore: '^\\s+(?:programs?|programmes?|opportunit|schemes?|sessions?\\s+with|from\\b)' },
  'Account reconciliation|reconciling': {
    lineContext: 'account|bank|ledger|statement|balance|invoice|payment|credit card|\\bGL\\b|cash|vendor',
  },
  AVG: { caseSensitive: true, lineContext: 'privacy|persoonsgegevens|gegevens|GDPR|data' },
  RGPD: { caseSensitive: true },
  DSGVO: { caseSensitive: true },
  CACES: { caseSensitive: true },
  KIS: { caseSensitive: true, lineContext: 'Pflege|Dokumentation|Klinik|Patient|Station' },
  ZVK: { caseSensitive: true },
  Agile: {},
  Sales: {
    caseSensitive: true,
    lineContext: 'experience|background|skills|B2B|B2C|roles|proven|track record|Erfahrung|Vertrieb',
  },
  Marketing: { caseSensitive: true, lineContext: 'experience|background|skills|roles|proven|track record|Erfahrung' },
  Operations: { caseSensitive: true, lineContext: 'experience|background|management|roles|Erfahrung' },
  Distribution: { caseSensitive: true, lineContext: 'experience|management|logistics|roles' },
  Retail: { lineContext: 'experience|background|roles|Erfahrung' },
  Export: { lineContext: 'experience|strateg|sales|manager|markets' },
  Banking: { lineContext: 'experience|background|knowledge' },
  Insurance: { lineContext: 'experience|background|knowledge|industry' },
  Energy: { lineContext: 'experience|background|knowledge|industry|sector' },
  Automotive: { lineContext: 'experience|background|knowledge|industry|platforms|software' },
  Aerospace: { lineContext: 'experience|background|knowledge|industry' },
  Manufacturing: { lineContext: 'experience|background|knowledge|industry|environment|GMP' },
  Maintenance: { lineContext: 'technician|mechanical|preventive|equipment|facilit' },
  // "An accounting professional", "all office accounting tasks": the work named as the hire's.
  Accounting: { lineContext: 'experience|background|knowledge|degree|skills|professional|tasks|duties' },
  Tax: { caseSensitive: true, lineContext: 'experience|background|knowledge|compliance|return' },
  Trading: { lineContext: 'experience|background|knowledge|desk|systems' },
  Teaching: { lineContext: 'experience|background|certif|licen' },
  Writing: { lineContext: 'experience|skills|technical|content' },
  writing: { lineContext: 'experience with content|copywriting|content writing' },
  Translation: { lineContext: 'experience|skills|translat' },
  Interpretation: { lineContext: 'interpreter|language|translat' },
  Research: { caseSensitive: true, lineContext: 'academic|experience in research' },
  research: { lineContext: 'academic research' },
  Coaching: { lineContext: 'experience|skills' },
  Mentoring: { lineContext: 'experience|skills' },
  Leadership: {
    lineContext: 'leadership (?:skills|experience)|(?:proven|demonstrated|people|team|dotted-line) leadership',
  },
  // "Reporting to the site manager" is where the job sits, not the skill.
  Reporting: {
    lineContext: 'experience|skills|financial|tools|Projektreporting',
    notBefore: '^\\s+(?:directly\\s+)?(?:to|into|line)\\b',
  },
  Strategy: { caseSensitive: true, lineContext: 'experience|skills|strategic' },
  strategy: { lineContext: 'experience in strategy|strategy consulting' },
  Safety: { caseSensitive: true, lineContext: 'OTR|health|EHS|metrics|regulations' },
  safety: { lineContext: 'safety metrics|safety projects|health and safety|safety standards' },
  Perception: { lineContext: 'ADAS|robot|autonom|sensor|vision' },
  Simulation: { lineContext: 'experience|engineer|software|ADAS|driving|SIL' },
  simulations: { lineContext: 'simulation data|driving|ADAS|models' },
  Validation: { lineContext: 'software|automated|pipelines|test|SIL|HIL|firmware' },
  validation: { lineContext: 'software|automated|pipelines|test|SIL|HIL|firmware' },
  Verification: { lineContext: 'software|automated|frameworks|test' },
  verification: { lineContext: 'software|automated|frameworks|test' },
  Optimization: { lineContext: 'mathematical|convex|linear programming|solver' },
  Forecasting: { lineContext: 'financial|demand|sales|budget|exact forecasts' },
  forecasts: { lineContext: 'prepare|financial|sales|exact' },
  Pricing: {
    lineContext:
      'strategy|agreements|models|(?<!customer |user |guest |candidate )experience|negotiat|elasticity|margins?\\b|pric(?:ing|es) (?:decisions|analysis|strateg)|set (?:the )?pric',
  },
  Distributors: { lineContext: 'sales|manage|partners' },
  distributors: { lineContext: 'sales|manage|partners' },
  Communications: { caseSensitive: true, lineContext: 'corporate|internal|external|PR' },
  Compliance: {
    lineContext:
      'regulatory|experience|knowledge|SOX|GDPR|HIPAA|automation|SOC ?2|ISO 27001|PCI|FMLA|OSHA|employment law|labou?r law|EEO|state compliance',
  },
  compliance: { lineContext: 'regulatory compliance|compliance automation|compliance-heavy|compliance experience' },
  Cloud: { caseSensitive: true, lineContext: 'experience|environment|platform|infrastructure|AWS|GCP|Azure' },
  cloud: { lineContext: 'experience|environment|platform|infrastructure|AWS|GCP|Azure' },
  containers: { lineContext: 'Docker|Kubernetes|orchestration' },
  Containers: { lineContext: 'Docker|Kubernetes|orchestration' },
  agents: { lineContext: 'LLM|AI|agentic|prompt|multi-agent|orchestrat' },
  Agents: { lineContext: 'LLM|AI|agentic|prompt|multi-agent|orchestrat' },
  Inference: { lineContext: 'model|LLM|GPU|serving|latency' },
  inference: { lineContext: 'model|LLM|GPU|serving|latency|platform' },
  Transformers: { lineContext: 'PyTorch|TensorFlow|Hugging|model|frameworks' },
  transformers: { lineContext: 'PyTorch|TensorFlow|Hugging|model|frameworks' },
  Alignment: { lineContext: 'research|AI|model|RLHF' },
  alignment: { lineContext: 'alignment research|AI alignment' },
  Scheduling: { lineContext: 'job scheduling|shift|rostering|workforce' },
  scheduling: { lineContext: 'shift scheduling|staff scheduling' },
  Embedded: { lineContext: 'systems|software|C\\b|firmware|Linux' },
  embedded: { lineContext: 'embedded (?:systems|software|code|linux|c\\b)|firmware' },
  Firmware: { lineContext: 'develop|engineer|embedded|write' },
  firmware: { lineContext: 'firmware (?:development|engineer)|write firmware|embedded firmware' },
  Debugging: {},
  Algorithms: { lineContext: 'data structures|algorithm design|background|knowledge|skills' },
  algorithms: {
    lineContext:
      'data structures|algorithm design|background|knowledge|skills|finetuning algorithms|training algorithm',
  },
  // "Data & Analytics team" is a department's name.
  Analytics: { caseSensitive: true, lineContext: 'data|web|product|tools|experience', notAfter: '(?:&|\\band)\\s*$' },
  analytics: { lineContext: 'data analytics|web analytics|product analytics|analytics tools' },
  Caching: { lineContext: 'Redis|Memcache|CDN|layer|strateg' },
  Concurrency: {},
  Indexing: { lineContext: 'database|SQL|query|search' },
  // Development in every language the taxonomy reads ("Développement front-end", "sviluppo back-end").
  Frontend: {
    lineContext:
      'develop|d[ée]velopp|desarroll|svilupp|desenvolv|entwickl|ontwikkel|utveckl|udvikl|engineer|experience|React|JavaScript|framework',
  },
  frontend: {
    lineContext:
      'frontend develop|frontend engineer|frontend experience|React|JavaScript|framework|frontend-entwickl|frontend-ontwikkel|frontend-utveckl',
  },
  'front-end': {
    lineContext:
      'develop|d[ée]velopp|desarroll|svilupp|desenvolv|entwickl|ontwikkel|utveckl|udvikl|engineer|experience|React|JavaScript|framework',
  },
  Backend: {
    lineContext:
      'develop|d[ée]velopp|desarroll|svilupp|desenvolv|entwickl|ontwikkel|utveckl|udvikl|engineer|experience|services|language|architecture',
  },
  backend: {
    lineContext:
      'backend develop|backend engineer|experience|backend services|backend language|backend architecture|d[ée]veloppe(?:ment|ur|use) backend|backend-entwickl|backend-ontwikkel|backend-utveckl|desarroll\\w* backend',
  },
  'back-end': {
    lineContext:
      'develop|d[ée]velopp|desarroll|svilupp|desenvolv|entwickl|ontwikkel|utveckl|udvikl|engineer|experience|services|language|architecture',
  },
  'full stack': {},
  Payments: { lineContext: 'systems|processing|platform|experience' },
  // "Viajes y pagos", "paiements des clients": payments as a thing happening, unless a line is about payment systems.
  'Payment systems|pagos': {
    lineContext:
      'pasarelas?|sistemas? de pagos?|procesamiento de pagos|medios de pago|plataformas? de pagos?|PSP|Stripe|Adyen|fintech',
  },
  'Payment systems|paiements': {
    lineContext: 'systèmes? de paiement|moyens de paiement|plateformes? de paiement|monétique|PSP|Stripe|Adyen|fintech',
  },
  payments: {
    lineContext:
      'payment systems|payments platform|payments experience|payment processing|(?<!\\d[BMKbmk]?\\s)(?<!(?:illion|year)\\s)\\b(?:on|in) payments\\b|\\(payments\\)|payments,? (?:billing|banking|ledgers?)|payments (?:team|infrastructure|products?|flows?|engineering|domain)',
  },
  Open: {},
  'open source': OPEN_SOURCE_GUARD,
  // The table writes the name capitalised too: both spellings carry the guard.
  'Open source|Open source': OPEN_SOURCE_GUARD,
  'open-source': { lineContext: 'contribut|projects|experience|models|code' },
  Documentation: { lineContext: 'technical|writing|experience|skills' },
  documentation: { lineContext: 'technical documentation|documentation skills|Projektreporting' },
  Publications: { lineContext: 'peer|venues|research|track record' },
  publications: { lineContext: 'peer|venues|research|track record' },
  Automation: { caseSensitive: true, lineContext: 'workflow|test|process|RPA|tools' },
  automation: { lineContext: 'workflow automation|test automation|process automation|automation tools' },
  Event: {},
  Lambda: { caseSensitive: true },
  Prototype: { caseSensitive: true, lineContext: 'jQuery|JavaScript|MooTools' },
  audit: {
    lineContext:
      'internal audit|external audit|financial audit|audit experience|auditing|annual audit|year-end audit|auditors',
  },
  Audit: { lineContext: 'internal audit|external audit|financial audit|audit experience|auditing' },
  'Asset management': { lineContext: 'portfolio|investment|fund|wealth|IT asset' },
  'Account management': { lineContext: 'key account|account manager|client|customer accounts|experience' },
  'Customer experience': { lineContext: 'CX|customer experience (?:management|design|strategy)' },
  Onboarding: {
    lineContext:
      '\\b(?:Mitarbeit\\w*|collaborat\\w*|empleados|medewerkers|medarbetare|medarbejdere|dipendenti|colaboradores|neue[rn]?|nouveaux|nuevos|nieuwe|employees?|new[- ]hires?|HR|customer onboarding|hires)\\b',
  },
  Waterfall: { lineContext: 'methodolog|agile|scrum|project' },
  HR: {
    caseSensitive: true,
    lineContext:
      'experience|background|human resources|HRIS|department|generalist|business partner|HRBP|policies|\\bHR (?:team|manager|processes)',
  },
  Kinesis: {},
  'Pub/Sub': {},
  Bloomberg: { caseSensitive: true, lineContext: 'terminal|data|market' },
  Driving: { caseSensitive: true, lineContext: "licen|driver's|clean record" },
  // "Logistics" is the field unless it is the arranging of something else ("the logistics of", "event logistics").

  Distributor: {},
  Procurement: { lineContext: 'experience|background|management|strateg' },
  procurement: { lineContext: 'procurement experience|procurement management|strategic procurement' },
  Sourcing: { lineContext: 'strategic|supplier|experience' },
  FMCG: {},
  Hospitality: { lineContext: 'experience|background|industry' },
  Chemistry: { lineContext: 'degree|background|knowledge|organic|analytical|experience|within' },
  chemistry: { lineContext: 'degree|background|knowledge|experience|within' },
  Pharmacy: { lineContext: 'degree|background|pharmacist|licen|within' },
  pharmacy: { lineContext: 'degree|background|pharmacist|licen|within' },
  Filtration: { lineContext: 'separation|chromatography|purification' },
  filtration: { lineContext: 'separation|chromatography|purification' },
  Precipitation: { lineContext: 'separation|chromatography|purification' },
  precipitation: { lineContext: 'separation|chromatography|purification' },
  Formulation: { lineContext: 'drug|pharma|product|develop' },
  Editing: { lineContext: 'copy|video|content|proofread' },
  Illustration: { lineContext: 'design|digital|drawing|portfolio' },
  Photography: { lineContext: 'camera|portfolio|photo|experience' },
  Networking: { lineContext: 'TCP|network|protocol|Cisco|routing|DNS|LAN|WAN' },
  Interaction: {},
  Profiling: { lineContext: 'performance|CPU|memory|code' },
  profiling: { lineContext: 'performance profiling|CPU|memory profiling|code profiling' },
  Robotics: {},
  'Web development': {},
  DNS: { caseSensitive: true },
  Triage: { lineContext: 'patient|nurs|clinical|injur|first aid|referral|urgent care|emergency|medical' },
  triaging: {},
  Zoom: { caseSensitive: true, lineContext: 'Slack|Teams|tools|video' },
  // A list of other tools confirms it too ("Pipedrive, Slack, Monday"): context, not lineContext.
  Slack: { caseSensitive: true, context: 'tools|Zoom|Jira|Confluence|Google Workspace' },
  Miro: { caseSensitive: true },
  Linear_: {},
  Security: {},
  Forensics: {},
  Dispatching: {},
  Billing: { lineContext: 'systems|experience|medical|platform|(?:client|customer|patient) billing' },
  billing: {
    lineContext:
      'billing systems|billing experience|medical billing|billing platform|billing drafts|prepar\\w* (?:\\w+ )?billing|legal billing|client billing|billing (?:cycle|process|runs?)',
  },
  Insights: {},
  Distributed: {},
  Performance: {},
  Energy_: {},
};

/** Soft skills: listed apart from the skills above, never part of the match score. */
export const SOFT_SKILLS: readonly string[] = [
  'Communication|communication skills|communicator|communicate|verbal and written communication|written and verbal communication|Kommunikationsfähigkeit|kommunikativ',
  'Teamwork|team player|collaboration|collaborative|Teamorientierung|teamfähig|cross-functional|travail en équipe|trabajo en equipo|lavoro di squadra|lavoro in team|trabalho em equipa|trabalho em equipe|Teamarbeit|Teamfähigkeit|teamspeler|samarbetsförmåga|samarbejdsevne|in teamverband|werken in een team|werkt graag in een team|in een team werken|espírito de equipa|espírito de equipe|praca zespołowa|praca w zespole|teamarbejde|lavorare in squadra|lavorare in team|as part of a team|as part of a small team|part of a close-knit team|travailler en équipe|trabajar en equipo|werken in teamverband|arbeta i team',
  'Problem solving|problem-solving|problem solver|lösungsorientiert|solving problems|solve problems|Problemlösungskompetenz|résolution de problèmes|resolución de problemas|probleemoplossend vermogen|problemlösningsförmåga|risoluzione dei problemi|resolução de problemas|rozwiązywanie problemów',
  'Analytical thinking|analytical skills|analytical capability|analytisch|analytical',
  'Attention to detail|detail-oriented|detail oriented',
  'Time management',
  'Ownership|take ownership|own your work|Verantwortung',
  'Adaptability|flexibility|flexible|adaptable|thrive in ambiguity|ambiguity',
  'Independence|work independently|independent|Eigenständige Arbeitsweise|selbstständig|autonomy',
  'Leadership skills|leadership',
  'Curiosity|eager to learn|ability to learn quickly|willingness to learn|Bereitschaft diese zu lernen|learn quickly',
  'Creativity|creative thinking|creative',
  'Critical thinking',
  'Interpersonal skills|relationship building|build trust|strong relations',
  'Presentation skills|public speaking',
  'Organization|organizational skills|structured|strukturierte',
  'Strategic thinking|strategische Denkweise|strategic direction',
  'Customer focus|customer-centric|customer obsession|close to the customer',
  'Results orientation|results-oriented|results oriented|drive results',
  'Resilience',
  'Empathy|empathetic',
  'Integrity|personal integrity',
  'Intercultural competence|multi-cultural|intercultural|cultural awareness|interpret different cultures',
  'Initiative|proactive|take initiative|self-starter|self-motivated',
  'Mentorship|mentor others|mentoring',
  'Decision making|decision-making',
  'Prioritization|prioritize|prioritizing',
  'Multitasking|multi-tasking',
  'Work ethic',
  'Passion|passionate',
];

/**
 * Skills that count on their own when a longer skill's name holds them: "Tailwind CSS" asks for CSS,
 * "GitLab CI" for CI/CD, "AWS Lambda" for AWS, "B2B SaaS sales" for SaaS. Others inside a longer
 * name are parts of that name only ("Oracle" in "Oracle Financials", "Analytics" in "Google Analytics").
 */
export const STANDALONE_INSIDE: readonly string[] = [
  'End-to-end testing',
  // "Lean Six Sigma" asks for Lean too.
  'Lean',
  'POS systems',
  'ISO 27001',
  'SOC 2',
  'PCI DSS',
  'HIPAA',
  'FedRAMP',
  'NIS2',
  'Welding',
  'CSS',
  'CI/CD',
  'SaaS',
  'Ruby',
  'Java',
  'SQL',
  'AWS',
  'Microsoft Azure',
  'Kubernetes',
  'PyTorch',
  'Jira',
  'Tableau',
  'Pipeline management',
  // "Streaming data pipelines": stream processing, and data pipelines too.
  'Data pipelines',
  // "Network penetration testing": the kind of security, and penetration testing too.
  'Penetration testing',
];

/**
 * Skills that name a discipline applied to a platform ("Kubernetes security", "AWS networking", "VPC
 * security"): the platform inside their name is not asked for on its own. A posting that also names
 * the platform by itself gets both.
 */
export const SCOPED_SKILLS: readonly string[] = [
  'Kubernetes security',
  'Container security',
  'AWS networking',
  'VPC security',
  'Cloud security',
  'AWS Security Hub',
  'AWS Certified Security – Specialty',
  'AWS Certified Solutions Architect',
  'Microsoft Certified: Azure Security Engineer Associate',
  'Certified Kubernetes Administrator',
  'Certified Kubernetes Security Specialist',
];

/**
 * A general skill that says nothing more when a line names a specific one beside it: "REST APIs"
 * already says "APIs".
 */
export const GENERAL_SKILLS: Readonly<Record<string, readonly string[]>> = {
  // "Pharmacy software such as PioneerRx" asks for PioneerRx.
  'Pharmacy software': ['PioneerRx', 'QS/1'],
  APIs: ['REST APIs', 'GraphQL', 'API design', 'gRPC', 'SOAP'],
  // "AWS or an equivalent cloud", "Azure cloud": the named cloud is the skill.
  'Cloud computing': ['AWS', 'Microsoft Azure', 'Google Cloud Platform', 'Oracle Cloud', 'IBM Cloud', 'Alibaba Cloud'],
  // "Residential conveyancing experience" from a "conveyancer": one skill, the specific one.
  Conveyancing: ['Residential conveyancing'],
  // "Sales tax returns", "Körperschaftsteuererklärungen": the tax named is the skill.
  Tax: ['Sales tax', 'Income tax', 'Payroll tax', 'VAT', 'Corporate income tax'],
  // "B2B-försäljning", "retail sales": the kind of selling is the skill.
  Sales: ['B2B sales', 'B2C sales', 'Retail sales', 'Field sales', 'Inside sales', 'Enterprise sales'],
};

/**
 * A practice asked for beside the tool that does it ("dashboards in Power BI"): recruiters tag both, the tool
 * ranks first, so the practice counts at a fraction of its weight in that line.
 */
export const PRACTICE_BESIDE_TOOL: Readonly<Record<string, readonly string[]>> = {
  Dashboarding: [
    'Tableau',
    'Power BI',
    'Looker',
    'Looker Studio',
    'Metabase',
    'Superset',
    'Qlik',
    'Grafana',
    'Google Analytics',
  ],
};

/**
 * Fields of work rather than skills one lists: a title names them ("Registered Nurse", "Backend
 * Engineer"), and they rank below the named skills a posting asks for.
 */
export const BROAD_SKILLS: readonly string[] = [
  'Machine learning',
  'Artificial intelligence',
  'Deep learning',
  'Data science',
  'Data engineering',
  'Data analysis',
  'Software engineering',
  'Backend development',
  'Frontend development',
  'Full-stack development',
  'Web development',
  'Mobile development',
  'DevOps',
  'Site reliability engineering',
  'Cloud computing',
  'Cybersecurity',
  'Nursing',
  'Logistics',
  'Supply chain management',
  'Sales',
  'Marketing',
  'Digital marketing',
  'Accounting',
  'Teaching',
  'Human resources',
  'Customer service',
  'Hospitality',
  'Plumbing',
  'Operations management',
  'Project management',
  'Product management',
  'Product design',
  'UX design',
  'Paralegal',
  'Pharmacy',
  'Construction management',
  'Quality assurance',
];

/**
 * A skill named as a duty's noun ("Refund processing", "Appointment scheduling") is written in a
 * posting's duties as a verb and its object: "process refunds", "schedule and confirm appointments".
 * Each duty noun with the forms of its verb (English); the matcher reads the verb, then the object
 * within a few words of the same clause.
 */
export const DUTY_VERBS: Readonly<Record<string, string>> = {
  processing: 'process|processes|processed|processing',
  administration: 'administer|administers|administered|administering',
  scheduling: 'schedule|schedules|scheduled|scheduling|book|books|booked|booking',
  posting: 'post|posts|posted|posting',
  verification: 'verify|verifies|verified|verifying|check|checks|checked|checking',
  planning: 'plan|plans|planned|planning',
  collection: 'collect|collects|collected|collecting',
  management: 'manage|manages|managed|managing',
  tracking: 'track|tracks|tracked|tracking',
  reporting: 'report|reports|reported|reporting',
  coordination: 'coordinate|coordinates|coordinated|coordinating',
  handling: 'handle|handles|handled|handling',
  monitoring: 'monitor|monitors|monitored|monitoring',
  maintenance: 'maintain|maintains|maintained|maintaining',
  preparation: 'prepare|prepares|prepared|preparing',
  review: 'review|reviews|reviewed|reviewing',
  inspection: 'inspect|inspects|inspected|inspecting',
  inspections: 'inspect|inspects|inspected|inspecting',
  reconciliation: 'reconcile|reconciles|reconciled|reconciling',
  installation: 'install|installs|installed|installing',
  repair: 'repair|repairs|repaired|repairing|fix|fixes|fixed|fixing',
  supervision: 'supervise|supervises|supervised|supervising',
  entry: 'enter|enters|entered|entering|input|inputs|inputting',
  cleaning: 'clean|cleans|cleaned|cleaning',
  assembly: 'assemble|assembles|assembled|assembling',
  testing: 'test|tests|tested|testing',
  replenishment: 'replenish|replenishes|replenished|replenishing|restock|restocks|restocked|restocking',
  restocking: 'restock|restocks|restocked|restocking|replenish|replenishes|replenished|replenishing',
  ordering: 'order|orders|ordered|ordering',
  labelling: 'label|labels|labelled|labeled|labelling|labeling',
  labeling: 'label|labels|labelled|labeled|labelling|labeling',
  rotation: 'rotate|rotates|rotated|rotating',
  training: 'train|trains|trained|training',
  onboarding: 'onboard|onboards|onboarded|onboarding',
  documentation: 'document|documents|documented|documenting',
  analysis: 'analyse|analyses|analysed|analysing|analyze|analyzes|analyzed|analyzing',
  writing: 'write|writes|wrote|written|writing',
  forecasting: 'forecast|forecasts|forecasting',
  budgeting: 'budget|budgets|budgeted|budgeting',
  invoicing: 'invoice|invoices|invoiced|invoicing',
  counting: 'count|counts|counted|counting',
  securement: 'secure|secures|secured|securing',
  securing: 'secure|secures|secured|securing',
  delivery: 'deliver|delivers|delivered|delivering',
  preparing: 'prepare|prepares|prepared|preparing',
  loading: 'load|loads|loaded|loading',
  unloading: 'unload|unloads|unloaded|unloading',
  picking: 'pick|picks|picked|picking',
  packing: 'pack|packs|packed|packing',
  receiving: 'receive|receives|received|receiving',
  operation: 'operate|operates|operated|operating|drive|drives|drove|driving',
  recruitment: 'recruit|recruits|recruited|recruiting|hire|hires|hired|hiring',
  feeding: 'feed|feeds|feeding',
  drafting: 'draft|drafts|drafted|drafting',
  negotiation: 'negotiate|negotiates|negotiated|negotiating',
  estimating: 'estimate|estimates|estimated|estimating',
  sourcing: 'source|sources|sourced|sourcing',
  screening: 'screen|screens|screened|screening',
  auditing: 'audit|audits|audited|auditing',
  rearing: 'rear|rears|reared|rearing',
};

/**
 * The duty nouns that French, Spanish, Italian and Portuguese write before their object ("rédaction
 * de contrats", "gestión de proyectos", "preparazione degli ordini") and the verb forms duties use
 * instead ("Rédiger les contrats", "gestionar proyectos"): each skill named "<noun> de <object>"
 * is also read as one of these verbs followed by its object.
 */
export const HEAD_FIRST_DUTY_VERBS: Readonly<Record<string, string>> = {
  rédaction: 'rédiger|rédige|rédigez|rédigent|rédigé|rédigée|rédigés|rédigées',
  redacción: 'redactar|redacta|redactas|redactan|redactará',
  redazione: 'redigere|redige|redigi|redigono|redatto|redatti',
  redação: 'redigir|redige|redigem',
  élaboration: 'élaborer|élabore|élaborez|élaborent',
  elaboración: 'elaborar|elabora|elaboras|elaboran|elaborará',
  elaborazione: 'elaborare|elabora|elabori|elaborano',
  elaboração: 'elaborar|elabora|elaboram',
  gestion: 'gérer|gère|gérez|gèrent',
  gestión: 'gestionar|gestiona|gestionas|gestionan|gestionará',
  gestione: 'gestire|gestisce|gestisci|gestiscono',
  gestão: 'gerir|gere|gerem|gerenciar|gerencia',
  préparation: 'préparer|prépare|préparez|préparent',
  preparación: 'preparar|prepara|preparas|preparan|preparará',
  preparazione: 'preparare|prepara|prepari|preparano',
  preparação: 'preparar|prepara|preparam',
  contrôle: 'contrôler|contrôlez|contrôlent',
  control: 'controlar|controla|controlas|controlan',
  controllo: 'controllare|controlla|controlli|controllano',
  controlo: 'controlar|controla|controlam',
  planification: 'planifier|planifie|planifiez|planifient',
  planificación: 'planificar|planifica|planificas|planifican',
  pianificazione: 'pianificare|pianifica|pianificano',
  planeamento: 'planear|planeia|planeiam',
  réception: 'réceptionner|réceptionne|réceptionnez',
  recepción: 'recepcionar|recepciona|recepcionas',
  receção: 'rececionar|receciona|receber|recebe',
  recepção: 'recepcionar|recepciona|receber|recebe',
  nettoyage: 'nettoyer|nettoie|nettoyez',
  limpieza: 'limpiar|limpia|limpias|limpian',
  pulizia: 'pulire|pulisce|pulisci',
  limpeza: 'limpar|limpa|limpam',
  lecture: 'lire|lit|lisez',
  lectura: 'leer|lee|lees',
  lettura: 'leggere|legge|leggi',
  leitura: 'ler|lê',
  analyse: 'analyser|analysez|analysent',
  análisis: 'analizar|analiza|analizas',
  analisi: 'analizzare|analizza|analizzi',
  análise: 'analisar|analisa|analisam',
  saisie: 'saisir|saisit|saisissez',
  traitement: 'traiter|traite|traitez',
  tramitación: 'tramitar|tramita|tramitas',
  conciliación: 'conciliar|concilia|concilias',
  accueil: 'accueillir|accueille|accueillez',
  atención: 'atender|atiende|atiendes',
  négociation: 'négocier|négocie|négociez',
  negociación: 'negociar|negocia|negocias',
  negoziazione: 'negoziare|negozia|negozi',
  negociação: 'negociar|negocia|negociam',
  supervision: 'superviser|supervise|supervisez',
  supervisión: 'supervisar|supervisa|supervisas',
  supervisione: 'supervisionare|supervisiona',
  supervisão: 'supervisionar|supervisiona',
  coordination: 'coordonner|coordonne|coordonnez',
  coordinación: 'coordinar|coordina|coordinas',
  coordinamento: 'coordinare|coordina|coordini',
  coordenação: 'coordenar|coordena',
  organisation: 'organiser|organise|organisez',
  organización: 'organizar|organiza|organizas',
  organizzazione: 'organizzare|organizza|organizzi',
  organização: 'organizar|organiza',
  installation: 'installer|installe|installez',
  instalación: 'instalar|instala|instalas',
  installazione: 'installare|installa|installi',
  instalação: 'instalar|instala',
  réparation: 'réparer|répare|réparez',
  reparación: 'reparar|repara|reparas',
  riparazione: 'riparare|ripara|ripari',
  reparação: 'reparar|repara',
};

/** What stands between a duty noun and its object, or before the object after a duty verb: "de la", "des", "degli". */
export const DUTY_FUNCTION_WORDS =
  'de|des|du|d|la|le|les|l|et|ou|à|au|aux|un|une|el|los|las|y|o|del|al|un|una|il|lo|gli|i|e|di|della|delle|dei|degli|dello|da|do|dos|das|os|as|a|em|no|na|nos|nas|um|uma|con|avec|nos|vos|notre|votre|sus|su|nuestros|nuestras|nostri|nostre|nossos|nossas';

/**
 * Words before an ambiguous name that show it is asked for as a skill ("experience with Rust",
 * "worked with Temporal or Backstage", "Erfahrung mit Go"): such a name counts without other context.
 */
export const REQUIREMENT_CUE =
  /(?:\b(?:experience|experienced|expertise|knowledge|familiarity|familiar|proficiency|proficient|fluency|skilled|skills|background|worked|hands-on|comfortable|exposure)\s+(?:(?:in|with|of|using|on|at)\s+)?(?:\w+\s+){0,1}|\b(?:Erfahrung(?:en)?|Kenntnisse|Know-how)\s+(?:mit|in|im|von)\s+|\b(?:expérience|connaissance|maîtrise|connaissances)\s+(?:en|avec|de|du|d')\s*|\b(?:experiencia|conocimientos?)\s+(?:en|con|de)\s+|\b(?:esperienza|conoscenza)\s+(?:con|in|di|del)\s+|\b(?:ervaring|kennis)\s+(?:met|van|in)\s+|\b(?:erfarenhet|kunskap(?:er)?)\s+(?:av|i|inom)\s+|\b(?:erfaring|kendskab)\s+(?:med|til|i)\s+|\bdoświadczenie\s+(?:w|z)\s+|\bznajomość\s+|\b(?:experiência|conhecimentos?)\s+(?:com|em|de)\s+)$/i;

/**
 * Words after a name, or a list of names, that ask for it as a skill: "Go is a plus", "Rust or Zig
 * would be a bonus", "Swift von Vorteil", "Spark est un plus".
 */
export const PLUS_CUE =
  /^\s*(?:(?:(?:is|are)\s+not\s+(?:a\s+)?(?:requirement|required|must)\s+but\s+)?(?:is|are|would be)\s+(?:good|nice)\s+to\s+have|(?:is|are|would be|will be)\s+(?:a\s+)?(?:(?:real|big|definite|strong|huge|great|nice)\s+)?(?:plus|bonus|advantage|asset|preferred|nice to have)|(?:a\s+)?(?:plus|bonus)\b|(?:preferred|desirable|required)\b|(?:von\s+)?Vorteil|wünschenswert|(?:est|serait)\s+un\s+(?:plus|atout)|(?:es|será)\s+un\s+plus|(?:è|sarà)\s+un\s+plus|(?:é|será)\s+um\s+(?:plus|diferencial)|(?:is|zijn)\s+een\s+pluspunt|(?:är|er)\s+(?:meriterande|en\s+fordel)|on\s+eduksi)/i;

/**
 * Words that say a skill named before them is not needed: "Dutch is not required", "no prior
 * Kubernetes experience needed", "SAP n'est pas obligatoire", "Deutsch ist keine Voraussetzung".
 */
export const NOT_REQUIRED_CUE =
  /(?<![\p{L}\p{N}])(?:(?:is|are)\s+not\s+(?:required|necessary|needed|essential|mandatory|a\s+(?:must|requirement|prerequisite))|(?:isn't|aren't)\s+(?:required|necessary|needed|essential|a\s+must)|not\s+a\s+(?:requirement|prerequisite)|no\s+(?:prior\s+|previous\s+)?(?:[\p{L}\p{N}+#./-]+\s+){1,4}(?:required|needed|necessary)|(?:ist\s+)?(?:nicht\s+(?:erforderlich|notwendig|zwingend\s+erforderlich|Voraussetzung)|keine\s+Voraussetzung)|n'est\s+pas\s+(?:requis|requise|nécessaire|obligatoire|exigée?|indispensable)|no\s+es\s+(?:necesari[oa]|imprescindible|obligatori[oa]|requisito)|no\s+se\s+requiere|(?:is\s+)?niet\s+(?:vereist|noodzakelijk|verplicht)|geen\s+(?:vereiste|must)|non\s+(?:è\s+)?(?:richiest[oa]|necessari[oa]|indispensabile|obbligatori[oa])|não\s+é\s+(?:necessári[oa]|obrigatóri[oa]|requisito)|är\s+inte\s+ett\s+krav|er\s+ikke\s+(?:et\s+krav|påkrævet|påkrevd|nødvendig)|nie\s+jest\s+(?:wymagan[ya]|konieczn[ya]))/iu;

/** Words that, in the same sentence as a `NOT_REQUIRED_CUE`, still ask for the skill: "a plus but not required". */
export const NOT_REQUIRED_WELCOME =
  /(?<![\p{L}\p{N}])(?:plus|bonus|advantage|asset|nice[\s-]to[\s-]have|good[\s-]to[\s-]have|beneficial|preferred|desirable|helpful|welcome|atout|apprécié|appréciée|Vorteil|wünschenswert|ventaja|valorará|pluspunt|meriterande|fordel|gradit[oa]|diferencial|mile\s+widziane)(?![\p{L}\p{N}])/iu;

/**
 * What follows the employer's name when a sentence tells what the employer does ("Coralyne Payments
 * processes card payments", "Grupo Almendral distribuye material eléctrico", "Trasporti Gallo, azienda di
 * autotrasporto"): a verb of its business, or an apposition naming what kind of company it is. The skills
 * such a sentence names are the employer's trade, not the hire's. Hiring verbs ("is looking for", "sucht")
 * are not listed.
 */
export const EMPLOYER_BUSINESS =
  /^(?:\s+(?:builds?|makes?|turns?|process(?:es)?|delivers?|runs?|serves?|provides?|produces?|sells?|develops?|designs?|operates?|distributes?|manufactures?|powers?|supplies|transforms?|creates?|helps?|conçoit|développe|fabrique|produit|distribue|commercialise|exploite|produce|distribuye|fabrica|desarrolla|comercializa|gestiona|produz|distribui|desenvolve|fabrica|gere|tem|verzorgt|levert|maakt|ontwikkelt|produceert|versendet|entwickelt|produziert|vertreibt|betreibt|liefert|säljer|utvecklar|tillverkar|levererar|driver|sælger|udvikler|producerer|leverer|sviluppa|distribuisce|realizza|gestisce|produkuje|dostarcza|tworzy|rozwija|obsługuje|toimittaa|valmistaa|kehittää)\b|\s*,?\s+(?:speciali[sz]ed|specializing|specialising|spécialisée?s?|spezialisiert|especializad[oa]s?|specializzat[oa]|gespecialiseerd)\s+(?:in|on|dans|en|sur|auf|im)\b|\s*,\s+(?:an?|the|azienda|società|empresa|entreprise|société|eine?|das|bedrijf|firma|företag|virksomhed|spółka|yritys|leader|acteur|spécialiste|specialist|líder)\b)/iu;

/**
 * How a recruiter or an agency names the employer it hires for, at a sentence's start: "Notre client,
 * leader des solutions de marquage …", "Our client, a specialist in …". Read as the employer's name
 * (`EMPLOYER_BUSINESS` then tells whether the sentence is about its trade).
 */
export const EMPLOYER_STAND_INS: readonly string[] = [
  'our client',
  'notre client',
  'unser kunde',
  'unser mandant',
  'nuestro cliente',
  'il nostro cliente',
  'o nosso cliente',
  'onze klant',
  'vår kund',
  'vores kunde',
  'vår kunde',
];

/**
 * Words by which an employer's blurb says whom it is hiring: "is looking for", "è alla ricerca di", "recherche un",
 * "sucht", "busca un", "zoekt", "söker", "poszukuje". The rest of that sentence describes the role.
 */
export const HIRING_CUE =
  /(?<![\p{L}\p{N}])(?:(?:is|are)\s+(?:currently\s+)?(?:looking\s+for|seeking|hiring|recruiting)|seeks\s+an?|(?:è|sono)\s+alla\s+ricerca\s+d\p{L}*|cerchiamo|(?:recherche|recrute)\s+(?:un|une|des|son|sa|ses)\b|recrutons|sucht|suchen\s+wir|(?:busca|buscamos|selecciona)\s+(?:un|una|a)\b|procura\s+(?:um|uma)\b|procuramos|zoekt|zoeken\s+wij|söker|søger|søker|poszukuje|zatrudni)(?![\p{L}\p{N}])/iu;

/** Skills that rank like a spoken language: conditions of the job and basic abilities, not what it is about. */
export const LOW_SIGNAL_SKILLS: readonly string[] = ['Typing', 'Night work', 'Shift work', 'Multitasking'];

/**
 * Other names of a skill that a reader keeps as the posting writes them: both are common names of
 * the same skill ("Test automation" and "Automated testing"), so the summary repeats the posting's.
 * Each must be an alias of its skill; matching reads it back to the canonical name.
 */
export const WRITTEN_NAMES: readonly string[] = [
  'Test automation',
  'Goods receipt',
  'Time and attendance',
  'Risk analysis',
  'Routing',
  'Month-end closing',
  'Year-end closing',
  'Payroll administration',
  'ISTQB Foundation',
  'ERP systems',
  'Point of sale systems',
  // British postings' names: "recruitment", "stock control".
  'Recruitment',
  'Stock control',
  // Merged names kept as the posting writes them: an American food handler card, an enhanced DBS check.
  'Food Handler card',
  'Enhanced DBS check',
  'KPI tracking',
  // Merged skills keep the name a posting writes: American trades say "blueprint reading", warehouses "RF scanners".
  'Blueprint reading',
  'RF scanners',
  'Phlebotomy',
  'Load securement',
];
