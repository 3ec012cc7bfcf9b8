import { describe, expect, it } from 'vitest';
import { JobshelfDatabase } from '@/utils/db/database';
import { applyImport, deleteAllJobs, previewImport, readBackup } from '@/utils/db/backup-repository';
import { backupToJson, makeBackup } from '@/utils/backup/export-backup';
import { parseBackup } from '@/utils/backup/parse-backup';
import { csvCell, exportJobsCsv, jobsToCsv } from '@/utils/backup/csv';
import type { Backup } from '@/utils/backup/backup-schema';
import type { Note, Reminder } from '@/utils/schema/job';
import { makeJob } from '../job-factory';

function newDatabase() {
  return new JobshelfDatabase('test-' + crypto.randomUUID());
}

function sampleBackup(): Backup {
  const jobs = [
    makeJob(
      {
        id: 'j1',
        status: 'applied',
        tags: ['dream'],
        history: [{ id: 'e1', at: 5, type: 'status', status: 'applied', fromStatus: null }],
      },
      { title: 'Frontend Engineer' },
    ),
    makeJob({ id: 'j2' }, { title: '=HYPERLINK("http://evil")', company: 'Comma, "Quoted" Inc' }),
  ];
  const notes: Note[] = [{ id: 'n1', jobId: 'j1', createdAt: 6, updatedAt: 6, text: 'Call Ana' }];
  const reminders: Reminder[] = [
    { id: 'r1', jobId: 'j1', kind: 'follow-up', dueAt: 7, state: 'pending', firedAt: null, text: 'Follow up' },
  ];
  return makeBackup(
    { jobs, notes, reminders, settings: { notifyHour: 8, profile: { skills: ['React'] } } },
    1_700_000_000_000,
  );
}

/** Everything in the database, to check an import left it untouched. */
async function snapshot(db: JobshelfDatabase) {
  return {
    jobs: await db.jobs.toArray(),
    notes: await db.notes.toArray(),
    reminders: await db.reminders.toArray(),
    settings: await db.settings.toArray(),
  };
}

describe('CSV export', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+49 30')).toBe("'+49 30");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });

  it('writes one row per job with a header', () => {
    const csv = jobsToCsv(sampleBackup().jobs);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Title,Company,Locations,Work mode,Status,/);
    expect(lines[1]).toMatch(/^Frontend Engineer,Acme Corp,"Berlin, Germany",Hybrid,Applied,/);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil"")","Comma, ""Quoted"" Inc"`);
  });
});

describe('backup JSON', () => {
  it('round-trips: export, import into an empty database, export again — equal', async () => {
    const source = newDatabase();
    const original = sampleBackup();
    const now = 1_700_000_000_000; // before the sample's closing dates: nothing closes on import
    await applyImport(source, original, 'replace', now);
    const exported = await readBackup(source, 1_700_000_000_000);
    const parsed = parseBackup(backupToJson(exported));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const target = newDatabase();
    await applyImport(target, parsed.backup, 'merge', now);
    const again = await readBackup(target, 1_700_000_000_000);
    expect(again).toEqual(exported);
    // As in the file, plus the index fields the database keeps for open postings.
    expect(again.jobs).toEqual(
      original.jobs.map((job) => ({
        ...job,
        activeExpiresAt: job.expiresAt,
        ...(job.expiresEstimated ? {} : { statedExpiresAt: job.expiresAt }),
      })),
    );
    expect(again.notes).toEqual(original.notes);
    expect(again.settings.notifyHour).toBe(8);
  });

  it('previews a merge: new, updated, unchanged and conflicts, then applies it', async () => {
    const db = newDatabase();
    const base = sampleBackup();
    await applyImport(db, base, 'replace');
    const file = structuredClone(base);
    file.jobs[0]!.updatedAt += 10; // newer in the file → updated
    file.jobs[0]!.posting.title = 'Frontend Engineer II';
    file.jobs.push(makeJob({ id: 'j3' }, { title: 'New one' })); // → added
    file.jobs.push(makeJob({ id: 'other-id', canonicalUrl: base.jobs[1]!.canonicalUrl })); // same posting → conflict
    const preview = await previewImport(db, file, 'merge');
    expect(preview).toMatchObject({ jobsInFile: 4, added: 1, updated: 1, unchanged: 1, conflicts: 1 });
    expect(preview.conflictExamples[0]?.reason).toMatch(/same posting/);
    await applyImport(db, file, 'merge');
    expect((await db.jobs.get('j1'))?.posting.title).toBe('Frontend Engineer II');
    expect(await db.jobs.count()).toBe(3);
    expect(await db.jobs.get('other-id')).toBeUndefined();
  });

  it('closes postings whose closing day has passed as it imports them, with a history entry', async () => {
    const db = newDatabase();
    const file = makeBackup({
      jobs: [makeJob({ id: 'past', expiresAt: '2026-03-01' }), makeJob({ id: 'future', expiresAt: '2026-03-10' })],
      notes: [],
      reminders: [],
      settings: {},
    });
    const now = new Date(2026, 2, 5, 12).getTime(); // 5 March, local time
    await applyImport(db, file, 'replace', now);
    const [past, future] = await db.jobs.bulkGet(['past', 'future']);
    expect(past).toMatchObject({
      closedAt: now,
      history: [{ type: 'closed', at: now, detail: 'Closing date passed' }],
    });
    expect(past?.activeExpiresAt).toBeUndefined();
    expect(future).toMatchObject({ closedAt: null, activeExpiresAt: '2026-03-10', history: [] });
    expect(file.jobs[0]?.closedAt).toBeNull(); // the file as read is left alone
  });

  it('keeps postings past an estimated closing day open, and reopens ones an older version closed on one', async () => {
    const db = newDatabase();
    const closedOnEstimate = makeJob({
      id: 'old',
      expiresAt: '2026-02-01',
      expiresEstimated: true,
      closedAt: 10,
      history: [{ id: 'c', at: 10, type: 'closed', detail: 'Closing date passed' }],
    });
    const file = makeBackup({
      jobs: [makeJob({ id: 'estimate', expiresAt: '2026-03-01', expiresEstimated: true }), closedOnEstimate],
      notes: [],
      reminders: [],
      settings: {},
    });
    const now = new Date(2026, 2, 5, 12).getTime();
    await applyImport(db, file, 'replace', now);
    const [estimate, old] = await db.jobs.bulkGet(['estimate', 'old']);
    expect(estimate).toMatchObject({ closedAt: null, activeExpiresAt: '2026-03-01', history: [] });
    expect(old).toMatchObject({ closedAt: null, activeExpiresAt: '2026-02-01' });
    expect(old?.history.at(-1)).toMatchObject({ type: 'updated', at: now });
  });

  it('replace makes the database exactly the file', async () => {
    const db = newDatabase();
    await applyImport(
      db,
      makeBackup({ jobs: [makeJob({ id: 'old' })], notes: [], reminders: [], settings: {} }),
      'replace',
    );
    const preview = await previewImport(db, sampleBackup(), 'replace');
    expect(preview.removed).toBe(1);
    await applyImport(db, sampleBackup(), 'replace');
    expect((await db.jobs.toArray()).map((job) => job.id).sort()).toEqual(['j1', 'j2']);
  });

  it('deletes every job with its notes, history and reminders', async () => {
    const db = newDatabase();
    await applyImport(db, sampleBackup(), 'replace');
    expect(await deleteAllJobs(db)).toBe(2);
    const after = await snapshot(db);
    expect([after.jobs.length, after.notes.length, after.reminders.length]).toEqual([0, 0, 0]);
  });
});

describe('version 1 backups (history in a separate list)', () => {
  /** The sample as Jobshelf wrote it before version 2: jobs without history, an events list. */
  function version1(events: unknown[]) {
    const current = sampleBackup();
    return JSON.stringify({
      ...current,
      version: 1,
      jobs: current.jobs.map(({ history: _history, ...job }) => job),
      events,
    });
  }

  it("reads each job's events as its history, oldest first", async () => {
    const parsed = parseBackup(
      version1([
        { id: 'e2', jobId: 'j1', at: 9, type: 'status', status: 'interview', fromStatus: 'applied' },
        { id: 'e1', jobId: 'j1', at: 5, type: 'status', status: 'applied', fromStatus: null },
        { id: 'e3', jobId: 'j2', at: 3, type: 'saved' },
      ]),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.version).toBe(2);
    expect(parsed.backup.jobs.map((job) => job.history.map((entry) => entry.id))).toEqual([['e1', 'e2'], ['e3']]);
    const db = newDatabase();
    await applyImport(db, parsed.backup, 'replace');
    expect((await db.jobs.get('j1'))?.history[1]).toEqual({
      id: 'e2',
      at: 9,
      type: 'status',
      status: 'interview',
      fromStatus: 'applied',
    });
  });

  it('refuses an event of a job that is not in the file, or two events with one id', () => {
    const orphan = parseBackup(version1([{ id: 'e1', jobId: 'nope', at: 5, type: 'saved' }]));
    expect(orphan.ok).toBe(false);
    if (!orphan.ok) expect(orphan.reason).toMatch(/history event .* not in it/);
    const twice = parseBackup(
      version1([
        { id: 'e1', jobId: 'j1', at: 5, type: 'saved' },
        { id: 'e1', jobId: 'j2', at: 6, type: 'saved' },
      ]),
    );
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.reason).toMatch(/share the id e1/);
  });
});

describe('bad backup files are refused and change nothing', () => {
  const good = backupToJson(sampleBackup());
  const withJob = (patch: (raw: Record<string, unknown>) => void) => {
    const raw = JSON.parse(good) as Record<string, unknown>;
    patch(raw);
    return JSON.stringify(raw);
  };
  const jobsOf = (raw: Record<string, unknown>) => raw.jobs as Array<Record<string, unknown>>;

  const cases: Array<[string, string, RegExp]> = [
    ['empty', '', /empty/],
    ['corrupt', '{"format": "jobshelf-backup", "version": 1, jobs: [}', /not valid JSON/],
    ['truncated', good.slice(0, Math.floor(good.length / 2)), /cut off/],
    ['not a backup', '[1,2,3]', /not a Jobshelf backup/],
    ['another format', JSON.stringify({ format: 'something-else', version: 1 }), /not a Jobshelf backup/],
    ['newer version', withJob((raw) => (raw.version = 3)), /newer Jobshelf/],
    ['version zero', withJob((raw) => (raw.version = 0)), /not one Jobshelf can read/],
    ['version as text', withJob((raw) => (raw.version = '2')), /no valid version/],
    [
      'history in the wrong shape',
      withJob((raw) => (jobsOf(raw)[0]!.history = [{ at: 1, type: 'hired' }])),
      /jobs\[0\]\.history/,
    ],
    ['wrong types', withJob((raw) => (jobsOf(raw)[0]!.savedAt = 'yesterday')), /jobs\[0\]\.savedAt/],
    ['bad status', withJob((raw) => (jobsOf(raw)[0]!.status = 'hired')), /jobs\[0\]\.status/],
    ['missing table', withJob((raw) => delete raw.notes), /notes/],
    ['prototype key', good.replace('"format":', '"__proto__":{"polluted":true},"format":'), /"__proto__"/],
    [
      'constructor key',
      withJob((raw) => (jobsOf(raw)[0]!.posting = JSON.parse('{"constructor":{"prototype":{}}}'))),
      /"constructor"/,
    ],
    [
      'huge string',
      withJob((raw) => ((jobsOf(raw)[0]!.summary as Record<string, unknown>).tldr = 'x'.repeat(2_000_001))),
      /characters long/,
    ],
    ['deep nesting', withJob((raw) => (raw.exportedAt = JSON.parse('['.repeat(40) + ']'.repeat(40)))), /nested deeper/],
    [
      'duplicate ids',
      withJob((raw) => jobsOf(raw).push({ ...jobsOf(raw)[0]!, canonicalUrl: 'https://x.example/1' })),
      /share the id/,
    ],
    ['orphan note', withJob((raw) => ((raw.notes as Array<Record<string, unknown>>)[0]!.jobId = 'nope')), /not in it/],
    ['unknown setting', withJob((raw) => ((raw.settings as Record<string, unknown>).evil = 1)), /settings/],
    ['negative timestamp', withJob((raw) => (jobsOf(raw)[0]!.updatedAt = -1)), /updatedAt/],
  ];

  for (const [name, text, reason] of cases) {
    it(`refuses a ${name} file with a clear reason`, async () => {
      const db = newDatabase();
      await applyImport(db, sampleBackup(), 'replace');
      const before = await snapshot(db);
      const result = parseBackup(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
      expect(await snapshot(db)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('rolls back the whole import when a write fails midway', async () => {
    const db = newDatabase();
    await applyImport(db, sampleBackup(), 'replace');
    const before = await snapshot(db);
    const file = sampleBackup();
    file.jobs.push(makeJob({ id: 'j9' }));
    // Not a valid row for the reminders table (no key): IndexedDB throws inside the transaction.
    (file.reminders as unknown[]).push({ jobId: 'j9' });
    await expect(applyImport(db, file, 'replace')).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('hostile settings and HTML in a backup', () => {
  const withProvider = () => ({
    ...sampleBackup(),
    settings: {
      notifyHour: 8,
      aiProvider: {
        kind: 'openai-compatible' as const,
        baseUrl: 'https://ai.example.net/v1',
        model: 'm',
        apiKey: 'sk-file',
      },
    },
  });

  it('counts only the settings keys the file has', () => {
    const parsed = parseBackup(JSON.stringify({ ...sampleBackup(), settings: { notifyHour: 7 } }));
    expect(parsed.ok && Object.keys(parsed.backup.settings)).toEqual(['notifyHour']);
  });

  it('names an AI provider in the preview and applies it only when accepted', async () => {
    const parsed = parseBackup(JSON.stringify(withProvider()));
    if (!parsed.ok) throw new Error(parsed.reason);
    const db = newDatabase();
    const preview = await previewImport(db, parsed.backup, 'merge');
    expect(preview.aiProvider).toEqual({ kind: 'openai-compatible', baseUrl: 'https://ai.example.net/v1', model: 'm' });
    expect(preview.settingsKeys).toBe(1);
    await applyImport(db, parsed.backup, 'replace');
    expect((await db.settings.toArray()).map((row) => row.key)).toEqual(['notifyHour']);
    await applyImport(db, parsed.backup, 'replace', Date.now(), { acceptAiProvider: true });
    expect((await db.settings.get('aiProvider'))?.value).toMatchObject({
      kind: 'openai-compatible',
      apiKey: 'sk-file',
    });
  });

  it('exports leave the API key out', async () => {
    const db = newDatabase();
    await db.settings.put({
      key: 'aiProvider',
      value: { kind: 'openai-compatible', baseUrl: 'https://ai.example.net/v1', model: 'm', apiKey: 'sk-secret' },
    });
    expect(backupToJson(await readBackup(db))).not.toContain('sk-secret');
  });

  it('sanitizes description HTML on import, as a capture does', () => {
    const backup = sampleBackup();
    backup.jobs[0]!.posting.descriptionHtml =
      '<p>Hi</p><img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a><a href="java&#x09;script&#x3a;alert(1)">y</a><script>alert(1)</script>';
    const parsed = parseBackup(JSON.stringify(backup));
    const html = parsed.ok ? parsed.backup.jobs[0]!.posting.descriptionHtml : '';
    expect(html).toContain('<p>Hi</p>');
    expect(html).not.toMatch(/onerror|javascript:|<script|<img|x3a|x09/i);
    expect(html).toContain('<a>y</a>');
  });

  it('a CSV export leaves out a damaged record by name instead of failing', () => {
    const jobs = sampleBackup().jobs;
    jobs[1] = { ...jobs[1]!, savedAt: 8.8e15 };
    const { csv, skipped } = exportJobsCsv(jobs);
    expect(csv).toContain('Frontend Engineer');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toContain('HYPERLINK');
  });
});

describe('the allow-list fast path', () => {
  it('passes clean HTML through and sends anything else to the sanitizer', async () => {
    const { isAllowListClean } = await import('@/utils/extract/sanitize');
    expect(
      isAllowListClean(
        '<h2>Role</h2><p>Text &amp; more</p><ul><li>One</li></ul><a href="https://x.example/a?b=1&amp;c=2">x</a>',
      ),
    ).toBe(true);
    for (const bad of [
      '<p onclick="x">',
      '<img src=x>',
      '<a href="javascript:x">',
      '<!-- c -->',
      '<P >',
      '<a href="https://x" onclick="y">',
      '<scr<script>',
    ]) {
      expect(isAllowListClean(`<p>ok</p>${bad}`), bad).toBe(false);
    }
  });
});
