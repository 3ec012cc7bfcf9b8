import { useState, type FormEvent } from 'react';
import { Card } from '@/components/dashboard/Card';
import { originPattern, requestOrigins } from '../../permissions';
import { aiProviderFromForm, type AiProviderSettings } from './ai-provider-form';
import type { SaveSettings, SettingsMessage } from './settings-message';

type Kind = AiProviderSettings['kind'];

const hostOf = (address: string) => {
  try {
    return new URL(address).host;
  } catch {
    return '';
  }
};

/** The endpoint, model and key appear only for the provider that needs them. */
function ProviderFields({ provider, onForgetKey }: { provider: AiProviderSettings; onForgetKey: () => void }) {
  // Firefox has no built-in AI: a Chrome setting carried over in a backup shows as built-in only.
  const [kind, setKind] = useState<Kind>(
    import.meta.env.FIREFOX && provider.kind === 'chrome-ai' ? 'none' : provider.kind,
  );
  return (
    <>
      <label>
        Provider
        <select
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.target.value as Kind)}
          data-testid="ai-provider"
        >
          <option value="none">Built-in only (nothing leaves your browser)</option>
          {import.meta.env.FIREFOX ? null : <option value="chrome-ai">Chrome’s on-device AI</option>}
          <option value="openai-compatible">OpenAI-compatible API</option>
        </select>
      </label>
      {kind === 'openai-compatible' ? (
        <>
          <label>
            API base URL
            <input name="baseUrl" type="url" defaultValue={provider.baseUrl} placeholder="https://api.example.com/v1" />
          </label>
          <label>
            Model
            <input name="model" defaultValue={provider.model} placeholder="e.g. gpt-4o-mini" />
          </label>
          <label>
            API key
            <input
              name="apiKey"
              type="password"
              autoComplete="off"
              defaultValue={provider.apiKey}
              data-testid="ai-api-key"
            />
          </label>
        </>
      ) : (
        <>
          {kind === 'chrome-ai' ? (
            <p className="card-hint muted">Runs in Chrome on this computer; nothing is sent anywhere.</p>
          ) : null}
          {provider.apiKey ? (
            // Kept, unused, until the user removes it: switching back must not mean typing it again.
            <p className="card-hint muted" data-testid="ai-key-kept">
              Your API key{hostOf(provider.baseUrl) ? ` for ${hostOf(provider.baseUrl)}` : ''} stays saved in this
              browser, unused while this provider is chosen.{' '}
              <button type="button" className="link-button" onClick={onForgetKey} data-testid="ai-forget-key">
                Remove the API key
              </button>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}

export interface SummariesCardProps {
  provider: AiProviderSettings;
  save: SaveSettings;
  show: (message: SettingsMessage) => void;
}

export function SummariesCard({ provider, save, show }: SummariesCardProps) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return value === null ? null : String(value);
    };
    const aiProvider = aiProviderFromForm(
      {
        kind: String(form.get('kind')) as Kind,
        baseUrl: field('baseUrl'),
        model: field('model'),
        apiKey: field('apiKey'),
      },
      provider,
    );
    // The background calls the endpoint, and only while the browser grants access to that one origin.
    const origin = aiProvider.kind === 'openai-compatible' ? originPattern(aiProvider.baseUrl) : null;
    if (aiProvider.kind === 'openai-compatible' && !origin) {
      show({
        tone: 'bad',
        title: 'AI provider not saved',
        body: 'The address must start with https:// (or http:// for a server on your computer).',
      });
      return;
    }
    void (async () => {
      if (origin && !(await requestOrigins([origin]))) {
        show({
          tone: 'bad',
          title: 'AI provider not saved',
          body: `Jobshelf needs your permission to reach ${origin.replace('/*', '')}.`,
        });
        return;
      }
      await save({ aiProvider }, 'AI provider');
    })();
  };
  return (
    <Card
      id="ai-heading"
      title="Summaries"
      description="The built-in summarizer runs on this computer. A remote AI provider is off unless you turn it on here; then postings are sent to it."
      className="settings-card"
    >
      <form className="settings-form" onSubmit={onSubmit} key={JSON.stringify(provider)}>
        <ProviderFields
          provider={provider}
          onForgetKey={() => void save({ aiProvider: { ...provider, apiKey: '' } }, 'AI provider')}
        />
        <button type="submit" className="button button-primary">
          Save provider
        </button>
      </form>
    </Card>
  );
}
