import { describe, expect, it } from 'vitest';
import { aiProviderFromForm } from '@/entrypoints/dashboard/pages/settings/ai-provider-form';

const stored = {
  kind: 'openai-compatible',
  baseUrl: 'https://llm.example/v1',
  model: 'small-1',
  apiKey: 'sk-kept',
} as const;

describe('aiProviderFromForm (Settings → Summaries)', () => {
  it('choosing the built-in summarizer keeps the stored address, model and key', () => {
    expect(aiProviderFromForm({ kind: 'none', baseUrl: null, model: null, apiKey: null }, stored)).toEqual({
      ...stored,
      kind: 'none',
    });
  });

  it('takes what the form shows, trimmed; a cleared key field removes the key', () => {
    expect(
      aiProviderFromForm(
        { kind: 'openai-compatible', baseUrl: ' http://127.0.0.1:8080/v1 ', model: 'local', apiKey: '' },
        stored,
      ),
    ).toEqual({ kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:8080/v1', model: 'local', apiKey: '' });
  });
});
