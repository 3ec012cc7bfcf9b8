import { useEffect, useState } from 'react';
import { ask } from '@/utils/background-client';
import type { AiEngineChoice } from '@/utils/messaging';
import type { PostingDraft } from '@/utils/schema/posting';
import type { Summary } from '@/utils/schema/summary';
import type { ProviderResult } from '@/utils/summarize/providers/types';

export type AiState =
  | { kind: 'off' }
  | { kind: 'working'; engine: string; progress?: number }
  | { kind: 'needs-download'; start: () => void }
  | { kind: 'done'; summary: Summary }
  | { kind: 'failed'; message: string };

/**
 * Lays an AI engine's summary over the built-in one when the user turned a provider on in
 * settings. The built-in summary shows first and stays if the engine fails. Providers are
 * loaded on demand so the popup opens without them.
 */
export function useAiSummary(
  posting: PostingDraft,
  tabId: number,
  builtIn: Summary,
  ai: AiEngineChoice | undefined,
): AiState {
  const [state, setState] = useState<AiState>({ kind: 'off' });
  const kind = ai?.kind ?? 'none';
  const model = ai?.model ?? '';

  useEffect(() => {
    if (kind === 'none') return setState({ kind: 'off' });
    const controller = new AbortController();
    const finish = async (result: ProviderResult) => {
      if (controller.signal.aborted) return;
      if (!result.ok) return setState({ kind: 'failed', message: result.message });
      const { mergeAiSummary } = await import('@/utils/summarize/providers/types');
      setState({ kind: 'done', summary: mergeAiSummary(builtIn, result) });
    };
    void (async () => {
      if (kind === 'openai-compatible') {
        // The background calls the provider: it holds the key and checks the permission first.
        setState({ kind: 'working', engine: model || 'the AI provider' });
        const reply = await ask('aiSummary', { tabId, posting }, (error) => ({
          ok: false,
          reason: 'unavailable',
          message: error instanceof Error ? error.message : String(error),
        }));
        await finish(reply);
        return;
      }
      // Chrome's built-in AI (a setting carried over from Chrome in a backup): not in Firefox.
      if (import.meta.env.FIREFOX) return setState({ kind: 'off' });
      const { detectChromeAi } = await import('@/utils/summarize/providers/chrome-ai');
      const provider = await detectChromeAi();
      if (!provider) return setState({ kind: 'off' }); // Not in this browser: silently absent.
      const run = async () => {
        setState({ kind: 'working', engine: 'Chrome AI' });
        // Only what the page shows: hidden text is where pages put instructions for AIs.
        const visible = await ask('visiblePosting', { tabId, posting }, () => null);
        if (!visible)
          return finish({
            ok: false,
            reason: 'unavailable',
            message: 'None of this posting’s text is visible on the page.',
          });
        await finish(await provider.summarize(visible, { signal: controller.signal }));
      };
      if ((await provider.availability()) === 'available') return run();
      setState({
        kind: 'needs-download',
        start: () => {
          setState({ kind: 'working', engine: 'Chrome AI', progress: 0 });
          void provider
            .prepare(
              (loaded) => setState({ kind: 'working', engine: 'Chrome AI', progress: loaded }),
              controller.signal,
            )
            .then((failed) => (failed ? finish(failed) : run()));
        },
      });
    })();
    return () => controller.abort();
  }, [posting, tabId, builtIn, kind, model]);

  return state;
}
