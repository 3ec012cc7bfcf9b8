// Build-time flags that wxt.config.ts defines (next to WXT's own import.meta.env.FIREFOX etc.).
interface ImportMetaEnv {
  /** True only in `npm run build:e2e` / `build:e2e:firefox`: test-only wiring is compiled in. */
  readonly JOBSHELF_E2E: boolean;
}
