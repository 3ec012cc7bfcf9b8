import type { Settings } from '@/utils/schema/settings';

export type AiProviderSettings = Settings['aiProvider'];

/** What the Summaries form sent: a field the chosen provider does not show is absent (null). */
export interface AiProviderForm {
  kind: AiProviderSettings['kind'];
  baseUrl: string | null;
  model: string | null;
  apiKey: string | null;
}

/**
 * The provider to store. Fields the form did not show keep their stored values: choosing the
 * built-in summarizer turns the remote one off without forgetting its address or key, which the
 * user removes themselves (clearing the key field, or "Remove the API key").
 */
export function aiProviderFromForm(form: AiProviderForm, stored: AiProviderSettings): AiProviderSettings {
  return {
    kind: form.kind,
    baseUrl: form.baseUrl === null ? stored.baseUrl : form.baseUrl.trim(),
    model: form.model === null ? stored.model : form.model.trim(),
    apiKey: form.apiKey === null ? stored.apiKey : form.apiKey.trim(),
  };
}
