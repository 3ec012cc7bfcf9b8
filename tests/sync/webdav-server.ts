import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A real WebDAV server for the tests: Debian's Apache httpd with mod_dav, in the foreground with a
// config written to a temporary folder, on a free port of 127.0.0.1, with Basic auth.

const MODULES = '/usr/lib/apache2/modules';
export const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';

export interface WebdavServer {
  url: string;
  folderUrl: string;
  username: string;
  password: string;
  root: string;
  stop(): Promise<void>;
  /** Every file the server holds under the sync folder, with its bytes. */
  files(): Array<{ path: string; data: Buffer }>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function walk(folder: string, prefix = ''): Array<{ path: string; data: Buffer }> {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    return statSync(full).isDirectory()
      ? walk(full, `${prefix}${name}/`)
      : [{ path: `${prefix}${name}`, data: readFileSync(full) }];
  });
}

export function apacheAvailable(): boolean {
  return existsSync(APACHE) && existsSync(join(MODULES, 'mod_dav_fs.so'));
}

export async function startWebdavServer(): Promise<WebdavServer> {
  const root = mkdtempSync(join(tmpdir(), 'jobshelf-dav-'));
  const www = join(root, 'www');
  mkdirSync(join(www, 'dav'), { recursive: true });
  mkdirSync(join(root, 'lock'));
  const username = 'jobseeker';
  const password = `app-${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(root, 'htpasswd'), `${username}:{SHA}${createHash('sha1').update(password).digest('base64')}\n`);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) for (const path of [root, www, join(www, 'dav'), join(root, 'lock')]) chmodSync(path, 0o777);
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const config = `
ServerRoot "${root}"
ServerName 127.0.0.1
${['mpm_event', 'authz_core', 'authn_core', 'authn_file', 'auth_basic', 'authz_user', 'dav', 'dav_fs', 'unixd']
  .filter((name) => existsSync(join(MODULES, `mod_${name}.so`)))
  .map((name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`)
  .join('\n')}
${asRoot ? 'User www-data\nGroup www-data' : ''}
Listen 127.0.0.1:${port}
PidFile "${root}/httpd.pid"
ErrorLog "${root}/error.log"
LogLevel warn
DocumentRoot "${www}"
DAVLockDB "${root}/lock/DAVLock"
Timeout 30
# One process (-X) serves one connection at a time: no connection may stay open between requests.
KeepAlive Off
<Directory "${www}/dav">
  Dav On
  AuthType Basic
  AuthName "Jobshelf test"
  AuthBasicProvider file
  AuthUserFile "${root}/htpasswd"
  Require valid-user
</Directory>
`;
    writeFileSync(join(root, 'httpd.conf'), config);
    const child: ChildProcess = spawn(APACHE, ['-X', '-f', join(root, 'httpd.conf')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const ready = await waitForPort(port, child);
    if (!ready) {
      child.kill('SIGKILL');
      if (attempt < 3) continue;
      const log = existsSync(join(root, 'error.log')) ? readFileSync(join(root, 'error.log'), 'utf8') : '';
      throw new Error(`Apache did not start: ${output}\n${log}`);
    }
    const folderUrl = `http://127.0.0.1:${port}/dav/jobshelf`;
    return {
      url: `http://127.0.0.1:${port}`,
      folderUrl,
      username,
      password,
      root,
      files: () => walk(join(www, 'dav')),
      stop: async () => {
        if (child.exitCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
          if (child.exitCode === null) child.kill('SIGKILL');
        }
        rmSync(root, { recursive: true, force: true });
      },
    };
  }
}

async function waitForPort(port: number, child: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) return false;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      await response.arrayBuffer();
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return false;
}
