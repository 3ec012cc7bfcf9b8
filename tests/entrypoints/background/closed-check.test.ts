import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getDatabase } from '@/utils/db/database';
import { saveJob } from '@/utils/db/jobs-repository';
import { updateSettings } from '@/utils/db/settings-repository';
import { makePosting } from '../../posting-factory';

vi.mock('@/entrypoints/background/extension-apis', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  runScriptInTab: vi.fn(),
  createContextMenu: vi.fn(),
  removeAllContextMenus: vi.fn(async () => undefined),
}));

const { runClosedCheck } = await import('@/entrypoints/background/closed-check');

// A real HTTP server on 127.0.0.1 plays the job sites.
let server: Server;
let origin = '';
const requests: string[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === '/jobs/gone') return void response.writeHead(404).end('Not found');
    if (request.url === '/jobs/moved') return void response.writeHead(302, { location: '/jobs' }).end();
    if (request.url === '/jobs') return void response.writeHead(200).end('<h1>All jobs</h1>');
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<script type="application/ld+json">{"@type":"JobPosting"}</script><h1>Still open</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const db = getDatabase();
const DAY = 86_400_000;

async function saveAt(path: string, title: string) {
  const url = `${origin}${path}`;
  const { job } = await saveJob(db, {
    posting: makePosting({ title, url, canonicalUrl: url, company: title, validThrough: '2099-01-01' }),
  });
  return job;
}

beforeEach(async () => {
  fakeBrowser.reset();
  requests.length = 0;
  await Promise.all([db.jobs.clear(), db.settings.clear()]);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
});

describe('closed-posting check', () => {
  it('does nothing while the setting is off (the default)', async () => {
    await saveAt('/jobs/gone', 'Gone');
    expect(await runClosedCheck()).toEqual({ checked: 0, closed: 0 });
    expect(requests).toEqual([]);
  });

  it('marks 404s and redirects to a list closed, notifies once, and leaves open ones', async () => {
    await updateSettings(db, { closedCheck: true });
    const gone = await saveAt('/jobs/gone', 'Gone');
    const moved = await saveAt('/jobs/moved', 'Moved');
    const open = await saveAt('/jobs/open', 'Open');
    const result = await runClosedCheck();
    expect(result).toEqual({ checked: 3, closed: 2 });
    expect((await db.jobs.get(gone.id))?.closedAt).not.toBeNull();
    expect((await db.jobs.get(moved.id))?.closedAt).not.toBeNull();
    expect((await db.jobs.get(open.id))?.closedAt).toBeNull();
    expect(Object.keys(await fakeBrowser.notifications.getAll()).sort()).toEqual(
      [`closed:${gone.id}`, `closed:${moved.id}`].sort(),
    );

    // At most once a day each: an immediate second run fetches nothing.
    requests.length = 0;
    expect(await runClosedCheck()).toEqual({ checked: 0, closed: 0 });
    expect(requests).toEqual([]);
    // A day later only the open one is checked again.
    expect(await runClosedCheck(Date.now() + DAY + 1000)).toEqual({ checked: 1, closed: 0 });
  });

  it('skips sites the user did not grant', async () => {
    await updateSettings(db, { closedCheck: true });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const gone = await saveAt('/jobs/gone', 'Gone');
    await runClosedCheck();
    expect(requests).toEqual([]);
    expect((await db.jobs.get(gone.id))?.closedAt).toBeNull();
  });
});
