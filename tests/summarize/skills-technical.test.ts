/**
 * The technical taxonomy (cloud security, data engineering, SRE, product design, software
 * architecture, embedded, QA, mobile) and the matcher rules it needed: names that keep a "+", an
 * elided article inside an alias, a discipline named on a platform, and a field named as a team.
 * Lines are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Profile, SummarySkill } from '../../utils/schema/summary';
import { summarize } from '../../utils/summarize/index';
import { matchProfile } from '../../utils/summarize/match';
import { skillMatcher } from '../../utils/summarize/skill-matcher';
import { canonicalSkill, findSkillMentions } from '../../utils/summarize/skill-mentions';
import { blankPosting } from '../posting-factory';

const names = (line: string): string[] =>
  findSkillMentions(line).map((mention) => skillMatcher().skills[mention.skill]?.name ?? '');

const postingSkills = (html: string, title = 'Engineer'): string[] =>
  summarize(blankPosting({ title, descriptionHtml: html })).skills.map((skill) => skill.name);

describe('the tokenizer keeps the symbols skill names carry', () => {
  it('reads a trailing "+" (CompTIA certifications), with or without the vendor', () => {
    expect(names('CompTIA Security+ required')).toEqual(['CompTIA Security+']);
    expect(names('Security+ or CySA+ within six months')).toEqual(['CompTIA Security+', 'CySA+']);
    expect(names('Network+ and A+ for the help desk team')).toEqual(
      expect.arrayContaining(['CompTIA Network+', 'CompTIA A+']),
    );
    // A plain "security" is not the certification, nor is a "+" between two words.
    expect(names('A strong security mindset')).not.toContain('CompTIA Security+');
    expect(names('Java+Spring services')).toEqual(expect.arrayContaining(['Java', 'Spring']));
  });

  it('still reads C++, C#, .NET, Node.js, CI/CD and A/B testing', () => {
    expect(names('Experience with C++, C# and .NET, Node.js, CI/CD and A/B testing')).toEqual([
      'C++',
      'C#',
      '.NET',
      'Node.js',
      'CI/CD',
      'A/B testing',
    ]);
  });

  it('reads an alias across an en dash and across an elided French article', () => {
    expect(names('AWS Certified Security – Specialty is a plus')).toEqual(['AWS Certified Security – Specialty']);
    expect(names('Animer des tests d’utilisabilité avec les clients')).toEqual(['Usability testing']);
  });
});

describe('specific and general skills', () => {
  it('takes the specific standard over the general one named inside it', () => {
    expect(names('Map controls to NIST 800-53')).toEqual(['NIST 800-53']);
    expect(names('Apply the NIST framework')).toEqual(['NIST']);
  });

  it('does not read the platform alone out of a discipline on that platform', () => {
    expect(names('Experience with Kubernetes security and container scanning')).toEqual([
      'Kubernetes security',
      'Container scanning',
    ]);
    expect(names('Strong AWS networking skills')).toEqual(['AWS networking']);
    // A product of the platform still asks for the platform.
    expect(names('Functions on AWS Lambda')).toEqual(['AWS Lambda', 'AWS']);
  });

  it('gives both when the posting also names the platform on its own', () => {
    const found = postingSkills(
      '<h3>Requirements</h3><ul><li>Run production Kubernetes clusters</li><li>Kubernetes security (RBAC, network policies)</li></ul>',
    );
    expect(found).toEqual(expect.arrayContaining(['Kubernetes', 'Kubernetes security']));
  });

  it('keeps Apache Spark and PySpark, Databricks and Azure Databricks apart', () => {
    expect(names('Strong Python (PySpark) and Apache Spark')).toEqual(['Python', 'PySpark', 'Apache Spark']);
    expect(names('Pipelines on Azure Databricks; Databricks certification')).toEqual(
      expect.arrayContaining(['Azure Databricks', 'Databricks']),
    );
  });
});

describe('the technical taxonomy', () => {
  it('grows cloud security and compliance', () => {
    expect(
      names(
        'Guardrails as policy-as-code (OPA / Sentinel) for AWS Organizations and Azure landing zones; least-privilege IAM',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Policy as code',
        'Open Policy Agent',
        'HashiCorp Sentinel',
        'AWS Organizations',
        'Azure landing zones',
        'Least privilege',
        'IAM',
      ]),
    );
    expect(names('Triage Wiz, Prisma Cloud and AWS Security Hub findings; GuardDuty and CloudTrail')).toEqual(
      expect.arrayContaining(['Wiz', 'Prisma Cloud', 'AWS Security Hub', 'Amazon GuardDuty', 'AWS CloudTrail']),
    );
    expect(names('FedRAMP, SOC 2, ISO 27001 and CIS Benchmarks; CCSP or CISSP')).toEqual(
      expect.arrayContaining(['FedRAMP', 'SOC 2', 'ISO 27001', 'CIS Benchmarks', 'CCSP']),
    );
    expect(names('Defender for Cloud and Entra ID')).toEqual(['Microsoft Defender for Cloud', 'Microsoft Entra ID']);
    expect(names('Gestion des vulnérabilités et détection des menaces')).toEqual([
      'Vulnerability management',
      'Threat detection',
    ]);
  });

  it('grows data engineering and analytics, in several languages', () => {
    expect(
      names('Medallion architecture in Delta Lake, data lineage in Unity Catalog, Kimball and Data Vault modelling'),
    ).toEqual(
      expect.arrayContaining(['Medallion architecture', 'Delta Lake', 'Data lineage', 'Unity Catalog', 'Kimball']),
    );
    expect(names('Datenmodellierung nach Data Vault 2.0 und Datenherkunft dokumentieren')).toEqual([
      'Data modeling',
      'Data Vault',
      'Data lineage',
    ]);
    expect(names('Análises exploratórias, testes de hipótese e modelagem dimensional')).toEqual([
      'Exploratory data analysis',
      'Hypothesis testing',
      'Dimensional modeling',
    ]);
    expect(names('Python (pandas) on BigQuery')).toEqual(['Python', 'pandas', 'BigQuery']);
  });

  it('grows SRE: error budgets, on-call, monitoring and the Grafana stack', () => {
    expect(names('Define SLOs and error budgets; a fair on-call rotation')).toEqual([
      'SLOs',
      'Error budgets',
      'On-call',
    ]);
    expect(names("Participer à l'astreinte et piloter les budgets d'erreur de la production")).toEqual(
      expect.arrayContaining(['On-call', 'Error budgets']),
    );
    expect(names('Monitoring and alerting with Prometheus, Loki and Tempo')).toEqual(
      expect.arrayContaining(['Monitoring', 'Prometheus', 'Loki', 'Tempo']),
    );
    // Watching a patient is not the engineering practice.
    expect(names('Monitoring of vital signs after surgery')).not.toContain('Monitoring');
  });

  it('grows product design and accessibility', () => {
    expect(names('Pruebas de usabilidad, prototipos en Figma y sistema de diseño')).toEqual([
      'Usability testing',
      'Prototyping',
      'Figma',
      'Design systems',
    ]);
    expect(names('Conformité RGAA et WCAG 2.1, recherche utilisateur')).toEqual(['RGAA', 'WCAG', 'User research']);
  });

  it('grows software architecture', () => {
    expect(
      names(
        'Domain-driven design, event sourcing and CQRS in a hexagonal architecture; consumer-driven contracts in Pact',
      ),
    ).toEqual(['Domain-driven design', 'Event sourcing', 'CQRS', 'Hexagonal architecture', 'Contract testing', 'Pact']);
    expect(names('Fundierte Kenntnisse in ereignisgesteuerten Architekturen')).toEqual(['Event-driven architecture']);
  });

  it('grows embedded, with bus names only in a hardware line', () => {
    expect(names('Drivers for SPI, I2C, UART and CAN on STM32 (Cortex-M4) under FreeRTOS')).toEqual(
      expect.arrayContaining(['SPI', 'I2C', 'UART', 'CAN bus', 'STM32', 'ARM Cortex-M', 'FreeRTOS']),
    );
    expect(names('MISRA C, IEC 62304 and ISO 13485')).toEqual(['MISRA C', 'IEC 62304', 'ISO 13485']);
    expect(names('WE CAN OFFER YOU A BONUS')).toEqual([]);
  });

  it('grows QA and mobile', () => {
    expect(names('Testes de regressão e testes de API com Postman')).toEqual([
      'Regression testing',
      'API testing',
      'Postman',
    ]);
    expect(names('Des tests de bout en bout avec Playwright')).toEqual(['End-to-end testing', 'Playwright']);
    expect(names('Kotlin Multiplatform and Jetpack Compose')).toEqual(['Kotlin Multiplatform', 'Jetpack Compose']);
  });

  it('reads a spoken language with a level after it', () => {
    expect(names('Inglês intermediário para leitura de documentação')).toEqual(['English']);
    expect(names('Inglese tecnico')).toEqual(['English']);
  });
});

describe('precision on technical postings', () => {
  it('does not count a field named as a team', () => {
    const found = postingSkills(
      '<h3>Responsabilidades</h3><ul><li>Modelar dados junto ao time de Engenharia de Dados</li></ul>' +
        '<h3>What you bring</h3><ul><li>Data engineering experience with Spark</li></ul>',
      'Analista',
    );
    expect(found).toContain('Data engineering');
    const teamOnly = postingSkills(
      '<h3>What you do</h3><ul><li>Work with the Data Engineering team on SQL models</li></ul>',
      'Analyst',
    );
    expect(teamOnly).not.toContain('Data engineering');
  });

  it('does not read compliance audits, a department or a tool’s operations as other skills', () => {
    expect(names('Collect evidence for SOC 2 and HIPAA audits')).toEqual(['SOC 2', 'Compliance audits', 'HIPAA']);
    expect(names('Support the year-end audits')).toEqual(['Auditing']);
    expect(names('Knowledge of Kafka or PostgreSQL operations at scale')).toEqual(['Apache Kafka', 'PostgreSQL']);
  });
});

describe('renamed skills', () => {
  it('maps the old names a user saved to the new canonical ones', () => {
    expect(canonicalSkill('Amazon Web Services')).toBe('AWS');
    expect(canonicalSkill('Pandas')).toBe('pandas');
    expect(canonicalSkill('Grafana Loki')).toBe('Loki');
    expect(canonicalSkill('UX research')).toBe('User research');
  });

  it('matches a summary saved under an old name against a profile with the new one', () => {
    const saved: SummarySkill[] = [{ name: 'Amazon Web Services', category: 'cloud', score: 5, required: true }];
    const profile: Profile = { skills: ['AWS'] };
    expect(matchProfile(saved, profile)?.score).toBe(100);
  });
});
