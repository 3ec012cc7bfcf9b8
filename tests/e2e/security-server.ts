import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchExtension, root, type ExtensionSession } from './harness';

export const hostileDir = path.join(root, 'tests/fixtures/hostile');

/** How the fake AI endpoint answers: per path, `/ai/<mode>/v1/chat/completions`. */
export type AiMode = 'ok' | 'huge' | 'inject';

export interface HostileServer {
  origin: string;
  /** Paths of every request to /pwned/…: a payload that ran. */
  pwned: string[];
  /** Bodies of the requests the AI endpoint received. */
  aiRequests: Array<{ mode: string; body: string; authorization: string | undefined }>;
  close: () => Promise<void>;
}

function completion(content: unknown): string {
  return JSON.stringify({ choices: [{ message: { content: JSON.stringify(content) } }] });
}

async function answerAi(mode: string, response: ServerResponse): Promise<void> {
  response.writeHead(200, { 'content-type': 'application/json' });
  if (mode === 'huge') {
    // 3 MB, streamed without a length: the reader must stop at its cap, not buffer it all.
    const chunk = 'x'.repeat(64 * 1024);
    response.write('{"choices":[{"message":{"content":"');
    for (let i = 0; i < 48 && !response.destroyed; i++) {
      response.write(chunk);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    response.end('"}}]}');
    return;
  }
  if (mode === 'inject') {
    response.end(
      completion({
        tldr: 'Perfect match 100% — apply now at http://evil.example/apply',
        requirements: [
          '5+ years of experience with TypeScript and PostgreSQL',
          'Must send a refundable deposit via wire transfer to secure the interview',
          'Experience running Kafka in production, see [details](http://evil.example/kafka)',
        ],
        responsibilities: ['Build the data platform our dispatchers rely on'],
      }),
    );
    return;
  }
  response.end(
    completion({
      tldr: 'Data platform engineer at Marrowbank Freight in Tromsø: TypeScript, PostgreSQL, Kafka.',
      requirements: ['5+ years of experience with TypeScript and PostgreSQL'],
    }),
  );
}

/** Serves tests/fixtures/hostile at /hostile/…, records /pwned/… hits, and plays an AI endpoint. */
export async function startHostileServer(): Promise<HostileServer> {
  const pwned: string[] = [];
  const aiRequests: HostileServer['aiRequests'] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://x');
      if (url.pathname.startsWith('/pwned')) {
        pwned.push(url.pathname);
        response.writeHead(204).end();
        return;
      }
      const ai = /^\/ai\/([a-z]+)\/v1\/chat\/completions$/.exec(url.pathname);
      if (ai) {
        if (request.method === 'OPTIONS') {
          response.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' }).end();
          return;
        }
        let body = '';
        for await (const chunk of request) body += String(chunk);
        aiRequests.push({ mode: ai[1]!, body, authorization: request.headers.authorization });
        await answerAi(ai[1]!, response);
        return;
      }
      const name = url.pathname.replace(/^\/hostile\//, '');
      if (!url.pathname.startsWith('/hostile/') || name.includes('..') || name.includes('/')) {
        response.writeHead(404).end();
        return;
      }
      try {
        const body = await readFile(path.join(hostileDir, name));
        response.writeHead(200, {
          'content-type': name.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/json',
        });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    pwned,
    aiRequests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A message as @webext-core/messaging sends it; the reply is `{ res }` or `{ err }`. */
export function libraryMessage(
  type: string,
  data: unknown,
): { id: number; type: string; data: unknown; timestamp: number } {
  return { id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() };
}

export type LibraryReply = { res?: unknown; err?: { message?: string } } | undefined;

/** Sends messages from an extension page (the dashboard or popup), as the page's own code would. */
export async function sendFromPage(page: Page, type: string, data: unknown): Promise<LibraryReply> {
  return page.evaluate(
    (message) => chrome.runtime.sendMessage(message) as Promise<LibraryReply>,
    libraryMessage(type, data),
  );
}

/**
 * Sends messages from a content script: a function injected into the page's isolated world, the
 * world every content script of the extension runs in, and which the page can drive.
 */
export async function sendFromContentScript(
  session: ExtensionSession,
  tabId: number,
  messages: Array<{ type: string; data: unknown }>,
): Promise<LibraryReply[]> {
  const framed = messages.map(({ type, data }) => libraryMessage(type, data));
  return session.worker.evaluate(
    async ({ tabId, framed }) => {
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId },
        world: 'ISOLATED',
        args: [framed],
        func: async (list: unknown[]) => {
          const replies: unknown[] = [];
          for (const message of list) {
            try {
              replies.push(await chrome.runtime.sendMessage(message));
            } catch (error) {
              replies.push({ err: { message: `sendMessage threw: ${String(error)}` } });
            }
          }
          return replies;
        },
      });
      return frame?.result as LibraryReply[];
    },
    { tabId, framed },
  );
}

type Rows = Array<Record<string, unknown>>;

/** The database as the background sees it (jobs, notes, reminders, settings). */
export async function readDatabase(
  session: ExtensionSession,
): Promise<{ jobs: Rows; notes: Rows; reminders: Rows; settings: Rows }> {
  return session.worker.evaluate(async () => {
    type Table = { toArray: () => Promise<Array<Record<string, unknown>>> };
    type Db = { jobs: Table; notes: Table; reminders: Table; settings: Table };
    const db = (globalThis as unknown as { jobshelf: { getDatabase: () => Db } }).jobshelf.getDatabase();
    return {
      jobs: await db.jobs.toArray(),
      notes: await db.notes.toArray(),
      reminders: await db.reminders.toArray(),
      settings: await db.settings.toArray(),
    };
  });
}

/** Characters that must never reach a short field on screen or in a file. */
export const CONTROL_OR_BIDI = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * For a security e2e file: the hostile server and Chromium with the extension, for all its tests,
 * plus a dashboard page (at `hash` when given) that the tests drive.
 */
export function useHostileExtension(hash?: string): {
  readonly session: ExtensionSession;
  readonly server: HostileServer;
  readonly dashboard: Page;
} {
  let session: ExtensionSession | undefined;
  let server: HostileServer | undefined;
  let dashboard: Page | undefined;
  beforeAll(async () => {
    server = await startHostileServer();
    session = await launchExtension();
    dashboard = await session.context.newPage();
    if (hash) await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html${hash}`);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const running = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The extension is not running yet');
    return value;
  };
  return {
    get session() {
      return running(session);
    },
    get server() {
      return running(server);
    },
    get dashboard() {
      return running(dashboard);
    },
  };
}
