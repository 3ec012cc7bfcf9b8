import type { JobshelfDatabase } from './database';
import { defaultSettings, settingsSchema, type Settings } from '../schema/settings';

/**
 * All settings, each stored under its own key. A stored value that no longer parses (an older
 * shape, a hand-edited backup) falls back to its default instead of breaking the app.
 */
export async function getSettings(db: JobshelfDatabase): Promise<Settings> {
  const rows = await db.settings.toArray();
  const settings: Settings = structuredClone(defaultSettings);
  for (const row of rows) {
    if (!(row.key in settingsSchema.shape)) continue;
    const key = row.key as keyof Settings;
    const parsed = settingsSchema.shape[key].safeParse(row.value);
    if (parsed.success) (settings as Record<keyof Settings, unknown>)[key] = parsed.data;
  }
  return settings;
}

export async function updateSettings(db: JobshelfDatabase, patch: Partial<Settings>): Promise<void> {
  const parsed = settingsSchema.partial().parse(patch);
  const rows = Object.entries(parsed)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ({ key, value }));
  await db.settings.bulkPut(rows);
}
