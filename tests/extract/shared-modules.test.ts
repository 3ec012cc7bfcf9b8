/**
 * The capture script shares modules with the scripts injected after it (utils/extract/shared-modules.ts);
 * the build reads the table's keys and each file's exports (scripts/shared-modules.ts). A key that
 * named another file than its module, or a table the build reads differently, would give the later
 * scripts the wrong functions or none.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_MODULES } from '@/utils/extract/shared-modules';
import { sharedModuleNames, sharedModulePaths, sharedModuleSource } from '../../scripts/shared-modules';

const ROOT = resolve(__dirname, '..', '..');

describe('modules the capture script shares', () => {
  it('keys each module by its own file, as the build reads the table', async () => {
    const keys = Object.keys(SHARED_MODULES);
    expect(keys.length).toBeGreaterThan(5);
    expect([...sharedModulePaths(ROOT)].sort()).toEqual([...keys].sort());
    const names = sharedModuleNames(ROOT);
    for (const key of keys) {
      const module = (await import(resolve(ROOT, 'utils', key))) as Record<string, unknown>;
      const listed = names.get(key);
      if (!listed) {
        expect(SHARED_MODULES[key], key).toBe(module);
        continue;
      }
      // A list of names: the build reads the same names, each the module's own export.
      const shared = SHARED_MODULES[key] as Record<string, unknown>;
      expect(Object.keys(shared).sort(), key).toEqual([...listed].sort());
      for (const name of listed) expect(shared[name], `${key} ${name}`).toBe(module[name]);
    }
  });

  it('gives a later script every export of a shared file, read from the table', () => {
    const key = 'extract/dom.ts';
    const source = sharedModuleSource(ROOT, key);
    const exported = [...source.matchAll(/^export const (\w+) = m\.\1;$/gm)].map((m) => m[1]);
    expect(exported.sort()).toEqual(Object.keys(SHARED_MODULES[key]!).sort());
    expect(source).toContain(`globalThis[Symbol.for('jobshelf.sharedModules')]?.["${key}"] ?? {}`);
  });

  it('gives a later script its own copy of the exports a listed module leaves out of the table', () => {
    // Only the finishing steps call these two: the capture script leaves them out.
    const key = 'extract/normalize.ts';
    const shared = Object.keys(SHARED_MODULES[key]!);
    expect(shared).not.toContain('upcomingDate');
    expect(shared).not.toContain('isWorkModeOnly');
    const source = sharedModuleSource(ROOT, key);
    for (const name of shared) expect(source).toContain(`export const ${name} = m.${name};`);
    expect(source).toContain(
      `export { isWorkModeOnly, upcomingDate } from ${JSON.stringify(resolve(ROOT, 'utils', key) + '?jobshelf-own')};`,
    );
  });
});
