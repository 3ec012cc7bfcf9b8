import { describe, expect, it } from 'vitest';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { findSkillMentions } from '../../utils/summarize/skill-mentions';

const names = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

/** Each ambiguous alias: a line where it is the skill (context words or a list), and one where it is not. */
const CASES: ReadonlyArray<
  readonly [alias: string, skill: string, withContext: string, inList: string | null, ordinary: string]
> = [
  ['AR', 'AR/VR', 'Write firmware for our AR glasses and headsets', null, 'Reconcile AR and AP ledgers every month'],
  [
    'AR (finance)',
    'Accounts receivable',
    'Reconcile AR and AP ledgers every month',
    null,
    'Write firmware for our AR glasses',
  ],
  [
    'Ray',
    'Ray',
    'Scale distributed training with Ray on Kubernetes',
    'Experience with Spark, Flink, Ray or Dask',
    'Ray is our head of sales and will meet you',
  ],
  ['Go', 'Go', 'Backend services written in Go', 'We use Go, Rust and Python', 'Go beyond the brief for customers'],
  ['R', 'R', 'Statistical analysis in R', 'SQL, R, Excel', 'Our R&D team in Lyon'],
  ['C', 'C', 'Embedded C for microcontrollers', 'Java, C, Fortran', 'A Series C company with 40 people'],
  ['Swift', 'Swift', 'iOS apps in Swift and SwiftUI', 'Kotlin, Swift', 'Swift delivery of parcels to our customers'],
  [
    'Spark',
    'Apache Spark',
    'Batch pipelines in Spark on Databricks',
    'Spark, Flink',
    'Spark curiosity in the people around you',
  ],
  ['Rust', 'Rust', 'Systems programming in Rust', 'Go, Rust', 'Rust and corrosion inspections on steel bridges'],
  [
    'Beam',
    'Apache Beam',
    'Streaming pipelines on Beam and Dataflow',
    'Flink, Beam',
    'Beam alignment of the laser optics',
  ],
  [
    'Triton',
    'Triton Inference Server',
    'Serve models on GPUs with Triton',
    'vLLM, Triton',
    'Triton Holdings is our parent company',
  ],
  [
    'Feast',
    'Feature stores',
    'Feature pipelines with Feast for ML',
    'Tecton, Feast',
    'Feast with the team at our summer party',
  ],
  ['Arrow', 'Apache Arrow', 'Columnar data with Arrow and Parquet', 'Polars, Arrow', 'Arrow Electronics is a customer'],
  [
    'Iceberg',
    'Apache Iceberg',
    'Lakehouse tables in Iceberg on S3',
    'Hudi, Iceberg',
    'The tip of the Iceberg is what clients see',
  ],
  [
    'Combine',
    'Combine framework',
    'Reactive iOS code with Combine',
    'UIKit, Combine',
    'Combine clear writing with careful analysis',
  ],
  [
    'Oracle (database)',
    'Oracle',
    'Tune SQL queries on Oracle and PostgreSQL',
    'PostgreSQL, Oracle, MySQL',
    'Experience with an ERP such as SAP or Oracle',
  ],
  [
    'Oracle (ERP)',
    'Oracle ERP',
    'Experience with an ERP such as SAP or Oracle',
    null,
    'Tune SQL queries on Oracle and PostgreSQL',
  ],
  // The technical taxonomy's short or ordinary names (cloud security, data, SRE, design, embedded).
  ['CAN', 'CAN bus', 'Drivers for CAN and LIN on the ECU', 'SPI, I2C, UART and CAN', 'YES WE CAN help you relocate'],
  ['SPI', 'SPI', 'Write SPI drivers for the sensor board', 'UART, SPI', 'SPI is our parent company in Milan'],
  ['OPA', 'Open Policy Agent', 'Admission policies in OPA for Kubernetes', 'Kyverno, OPA', 'OPA Smith leads the team'],
  [
    'Sentinel',
    'HashiCorp Sentinel',
    'Write Terraform guardrails in Sentinel',
    'OPA, Sentinel',
    'Sentinel lymph node biopsy on the ward',
  ],
  ['Flux', 'Flux', 'GitOps deployments with Flux to Kubernetes', 'Argo CD, Flux', 'Prices are in flux this year'],
  ['Tempo', 'Tempo', 'Traces in Tempo next to Loki and Grafana', null, 'Keep up the Tempo in a busy kitchen'],
  ['Kimball', 'Kimball', 'Star schemas following Kimball for the warehouse', null, 'Ask for Kimball at reception'],
  ['Pact', 'Pact', 'Consumer contract tests in Pact', null, 'A Pact with our partners on climate'],
  ['EDA', 'Exploratory data analysis', 'EDA in Python notebooks', null, 'EDA tools from Cadence for chip design'],
  ['MDM', 'Master data management', 'MDM and data quality for SAP', null, 'MDM for our iPhones and laptops'],
  ['Wiz', 'Wiz', 'Run cloud posture scans in Wiz', 'Prisma Cloud, Wiz', 'A Wiz at spreadsheets'],
  [
    'remediation',
    'Vulnerability remediation',
    'Drive remediation of findings from Prisma Cloud',
    null,
    'Soil remediation on brownfield sites',
  ],
  [
    'medallion',
    'Medallion architecture',
    'Curate tables in medallion layers on Databricks',
    null,
    'A gold medallion for the winner',
  ],
  ['lineage', 'Data lineage', 'Track data lineage in Unity Catalog', null, 'A family lineage going back centuries'],
  [
    'on-call',
    'On-call',
    'A fair on-call rotation for production services',
    null,
    'The on-call pharmacist answers questions at night',
  ],
  ['ARIA', 'ARIA', 'Semantic HTML and ARIA for screen readers', null, 'ARIA is our onboarding buddy'],
  ['A+', 'CompTIA A+', 'CompTIA A+ or Network+ for help desk staff', null, 'Students who got an A+ in maths'],
  ['Retrofit', 'Retrofit', 'Networking with Retrofit and OkHttp on Android', null, 'Energy retrofit of old homes'],
  ['GCS', 'Google Cloud Storage', 'Land files in GCS buckets for BigQuery', null, 'GCS grades for every pupil'],
  [
    'landing zones',
    'Azure landing zones',
    'Design Azure landing zones in Terraform',
    null,
    'Helicopter landing zones near the hospital',
  ],
  [
    'image scanning',
    'Container scanning',
    'Add image scanning for containers in CI',
    null,
    'Document image scanning at the front desk',
  ],
  ['Thanos', 'Thanos', 'Long-term Prometheus metrics in Thanos', null, 'Thanos is a film villain'],
  ['Soda', 'Soda', 'Data quality checks in Soda and dbt', null, 'Soda and snacks in the kitchen'],
  ['Opera', 'Opera PMS', 'Manage rates in Opera PMS', 'Opera, Cloudbeds or another hotel PMS', 'Tickets to the opera'],
  ['Loki', 'Loki', 'Ship logs to Loki and Grafana', 'Prometheus, Loki', 'Loki leads our support team'],
  ['Synapse', 'Azure Synapse', 'SQL pools in Azure Synapse', 'Databricks, Synapse', 'Every synapse in the brain'],
  ['DAX', 'DAX', 'Write DAX measures in Power BI', 'Power BI, DAX', 'The DAX closed higher in Frankfurt'],
  ['Ironclad', 'Ironclad', 'Track contracts in Ironclad', 'DocuSign, Ironclad', 'An ironclad guarantee for customers'],
  ['Office', 'Microsoft Office', 'Manejo de Excel y Office', null, 'Our Office in Madrid is new'],
  ['API', 'APIs', 'Reproduce bugs with Postman and our APIs', null, 'CMC API Pilots in our drug substance plant'],
  [
    'Logistics',
    'Logistics',
    '2+ years in logistics, dispatch or transportation',
    null,
    'Experience selling to logistics or transportation companies',
  ],
  [
    'Pricing',
    'Pricing',
    'Negotiate multi-year contracts and pricing with buyers',
    null,
    'We sell pricing software to grocery chains',
  ],
  [
    'operations',
    'Operations management',
    'Five years of experience in operations',
    null,
    'Partner with engineering and operations leaders',
  ],
  [
    'Monitoring',
    'Monitoring',
    'Sie verbessern Monitoring und Alerting mit Prometheus',
    null,
    'Patient monitoring on a telemetry unit',
  ],
  [
    'pipeline',
    'Pipeline management',
    'Build pipeline and forecast deals in Salesforce',
    null,
    'Build a data pipeline for sales reports',
  ],
  ['PMS', 'Property management systems', 'Check guests in with the hotel PMS', null, 'PMS software for agencies'],
  ['SAFe', 'SAFe', 'Agile at scale with SAFe', null, 'Run safe lab investigations'],
  [
    'DDP',
    'DDP',
    'Scale PyTorch training with DDP across eight GPUs',
    'Experience with FSDP, DDP or DeepSpeed',
    'All quotes are DDP Antwerp, duties included',
  ],
  [
    'Volcano',
    'Volcano',
    'Gang scheduling of batch jobs on Kubernetes with Volcano',
    'Kueue, Volcano or YuniKorn',
    'Our lodge sits at the foot of a Volcano',
  ],
  [
    'ADLS',
    'ADLS Gen2',
    'Land raw files in ADLS Gen2 for the lakehouse',
    'Azure Synapse, ADLS, Delta Lake',
    'Help residents with ADLs and mobility',
  ],
  [
    'Data Factory',
    'Azure Data Factory',
    'Orchestrate ELT pipelines in Data Factory',
    'Synapse, Data Factory',
    'Tour our data factory in Leeds',
  ],
  [
    'profiling',
    'Performance profiling',
    'Profiling GPU kernels and memory use of training jobs',
    null,
    'Customer profiling for our loyalty marketing',
  ],
  [
    'suomen (Finnish)',
    'Finnish',
    'Sujuva suomen ja englannin kielen taito',
    null,
    'Suomen suurin kahvilaketju etsii myyjää',
  ],
];

describe('ambiguous short skill names need context', () => {
  for (const [alias, skill, withContext, inList, ordinary] of CASES) {
    it(`${alias}: counts with context${inList ? ' or in a list' : ''}, not as an ordinary word`, () => {
      expect(names(withContext), withContext).toContain(skill);
      if (inList) expect(names(inList), inList).toContain(skill);
      expect(names(ordinary), ordinary).not.toContain(skill);
    });
  }

  it('grows the taxonomy for ML and data infrastructure', () => {
    expect(names('Serve with vLLM and SGLang, export to ONNX, optimise with TensorRT and CUDA')).toEqual(
      expect.arrayContaining(['vLLM', 'SGLang', 'ONNX', 'TensorRT', 'CUDA']),
    );
    expect(names('Pipelines on Dask, Apache Flink and Apache Beam; DeepSpeed and FSDP for training')).toEqual(
      expect.arrayContaining(['Dask', 'Apache Flink', 'Apache Beam', 'DeepSpeed', 'FSDP']),
    );
  });

  it('grows the taxonomy for non-technical professions', () => {
    expect(names('Administer medications, write care plans and educate patients; BLS and PALS required')).toEqual(
      expect.arrayContaining(['Medication administration', 'Care planning', 'Patient education', 'BLS', 'PALS']),
    );
    expect(names('Forklift and OSHA 10 certification; Class A CDL a plus; order picking and restocking')).toEqual(
      expect.arrayContaining(['Forklift operation', 'OSHA', 'CDL Class A', 'Order picking', 'Shelf replenishment']),
    );
    expect(names('Post journal entries, build pivot tables and manage collections for accounts receivable')).toEqual(
      expect.arrayContaining(['Journal entries', 'Pivot tables', 'Collections', 'Accounts receivable']),
    );
  });
});
