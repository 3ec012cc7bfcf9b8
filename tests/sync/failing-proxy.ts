import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** What the proxy does to requests that match: answer with a status, never answer, or send junk. */
export type Fault = { status: number } | { hang: true } | { junk: true } | { drop: true };

export interface Rule {
  method?: string;
  /** Part of the path, e.g. "shards/" or "manifest". */
  path?: string;
  fault: Fault;
  /** How many matching requests to spoil (default: all). */
  times?: number;
}

/**
 * A proxy on 127.0.0.1 in front of the real WebDAV server that can make it fail or lie: the
 * error statuses a real server sends (401, 403, 404, 409, 412, 507), silence, or garbage.
 */
export class FailingProxy {
  rules: Rule[] = [];
  private server: Server | null = null;
  private readonly hung = new Set<ServerResponse>();
  url = '';

  constructor(private readonly target: string) {}

  async start(): Promise<void> {
    const target = new URL(this.target);
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const rule = this.rules.find(
        (candidate) =>
          (!candidate.method || candidate.method === req.method) &&
          (!candidate.path || req.url?.includes(candidate.path)) &&
          (candidate.times ?? 1) > 0,
      );
      if (rule) {
        if (rule.times !== undefined) rule.times--;
        const fault = rule.fault;
        req.resume();
        if ('status' in fault) {
          res.writeHead(fault.status, { 'content-type': 'text/plain' }).end(`status ${fault.status}`);
          return;
        }
        if ('drop' in fault) {
          req.socket.destroy();
          return;
        }
        if ('hang' in fault) {
          this.hung.add(res);
          return;
        }
        res
          .writeHead(200, { etag: '"junk"', 'content-type': 'application/octet-stream' })
          .end('<html>Welcome to our captive portal</html>');
        return;
      }
      const upstream = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (!address || typeof address !== 'object') throw new Error('proxy has no port');
    this.url = `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.hung) res.destroy();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
