/**
 * Build side of `utils/extract/shared-modules.ts`: in the scripts injected after the capture script
 * (reader, finish, readability), an import of a shared file becomes a read of the table the capture
 * script left in the isolated world, instead of a second copy of the file. One resolver, with a
 * plugin for WXT's Vite build (wxt.config.ts) and one for esbuild (the extract benchmark).
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { buildSync, type Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

const TABLE = 'utils/extract/shared-modules.ts';
/** The table's keys are paths from here. */
const KEYS_FROM = 'utils';
const PREFIX = '\0jobshelf-shared:';
/** Marks the import of a shared file's own code, for the exports the table leaves out. */
const OWN = '?jobshelf-own';

/** The content scripts that read shared modules (all but the capture script, which shares them). */
export const LATER_SCRIPTS: ReadonlySet<string> = new Set(['reader', 'finish', 'readability']);

/**
 * The files the capture script shares, as paths from `utils/` (the table's keys), each with
 * the names it shares: null for a whole module (`'key': namespace`), else the listed names (`'key': { a, b }`).
 */
export function sharedModuleNames(root: string): ReadonlyMap<string, ReadonlySet<string> | null> {
  const source = readFileSync(resolve(root, TABLE), 'utf8');
  return new Map(
    [...source.matchAll(/^\s*'([^']+\.ts)':\s*(\{[^}]*\}|\w+)/gm)].map((m) => [
      m[1]!,
      m[2]!.startsWith('{') ? new Set(m[2]!.slice(1, -1).match(/\w+/g) ?? []) : null,
    ]),
  );
}

/** The files the capture script shares, as paths from `utils/` (the table's keys). */
export function sharedModulePaths(root: string): ReadonlySet<string> {
  return new Set(sharedModuleNames(root).keys());
}

/** The table's key for a resolved file, or null when the file is not shared. */
function keyOf(root: string, shared: ReadonlySet<string>, file: string): string | null {
  const key = relative(resolve(root, KEYS_FROM), file).split(sep).join('/');
  return shared.has(key) ? key : null;
}

/**
 * A module with the shared file's exports: the ones the table holds read from it (empty when the
 * capture script has not run), the others from the file's own code, which this script then bundles.
 */
export function sharedModuleSource(root: string, key: string): string {
  const out = buildSync({
    entryPoints: [resolve(root, KEYS_FROM, key)],
    bundle: false,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: 'out',
    logLevel: 'silent',
  });
  const names = Object.values(out.metafile!.outputs)[0]!.exports;
  const listed = sharedModuleNames(root).get(key);
  const own = listed ? names.filter((name) => !listed.has(name)) : [];
  return [
    `const m = globalThis[Symbol.for('jobshelf.sharedModules')]?.[${JSON.stringify(key)}] ?? {};`,
    ...names.filter((name) => !own.includes(name)).map((name) => `export const ${name} = m.${name};`),
    ...(own.length
      ? [`export { ${own.join(', ')} } from ${JSON.stringify(resolve(root, KEYS_FROM, key) + OWN)};`]
      : []),
  ].join('\n');
}

export function sharedModulesVite(root: string): VitePlugin {
  const shared = sharedModulePaths(root);
  return {
    name: 'jobshelf-shared-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source.endsWith(OWN)) return source.slice(0, -OWN.length);
      if (!importer || source.startsWith(PREFIX)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const key = resolved && keyOf(root, shared, resolved.id);
      return key ? PREFIX + key : null;
    },
    load(id) {
      return id.startsWith(PREFIX) ? sharedModuleSource(root, id.slice(PREFIX.length)) : null;
    },
  };
}

export function sharedModulesEsbuild(root: string): EsbuildPlugin {
  const shared = sharedModulePaths(root);
  return {
    name: 'jobshelf-shared-modules',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.path.endsWith(OWN)) return { path: args.path.slice(0, -OWN.length) };
        if (args.kind === 'entry-point' || args.pluginData === 'resolving') return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'resolving',
        });
        const key = resolved.path ? keyOf(root, shared, resolved.path) : null;
        return key ? { path: key, namespace: 'jobshelf-shared' } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'jobshelf-shared' }, (args) => ({
        contents: sharedModuleSource(root, args.path),
        loader: 'js',
      }));
    },
  };
}
