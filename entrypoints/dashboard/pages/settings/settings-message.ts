import type { Settings } from '@/utils/schema/settings';

/** The one answer line at the top of Settings: what was saved, or why not. */
export type SettingsMessage = { tone: 'info' | 'bad'; title: string; body?: string } | null;

/** Sends a change of settings to the background and says in the answer line whether `what` was saved. */
export type SaveSettings = (patch: Partial<Settings>, what: string) => Promise<void>;
