/**
 * The page scripts (capture, reader, finish, readability) start with V8's file-level compile hint.
 * A click runs nearly every function in them once, in a renderer that has compiled none of them:
 * lazily, V8 pre-parses each function with the script and parses it again on its first call. With
 * the hint it compiles them all with the script, once (Chromium 136+; other engines read a comment).
 * Measured on the e2e build, 10 pages in fresh tabs, with and without, interleaved, three runs on a
 * loaded machine: the in-page run's median 17–58 ms (20–37%) shorter, the whole injection (compile
 * included) 9–27 ms shorter. The popup's own chunks gained nothing measurable and stay lazy.
 */
import type { Plugin as VitePlugin } from 'vite';

export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The scripts injected into the posting's page on a click (WXT entrypoint names). */
export const PAGE_SCRIPTS: ReadonlySet<string> = new Set(['capture', 'reader', 'finish', 'readability']);

/** Puts the hint first in every script of a build of page scripts, after minifying (which drops comments). */
export function eagerCompileVite(): VitePlugin {
  return {
    name: 'jobshelf-eager-compile',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle))
        if (output.type === 'chunk' && !output.code.startsWith(EAGER_COMPILE_HINT))
          output.code = EAGER_COMPILE_HINT + output.code;
    },
  };
}
