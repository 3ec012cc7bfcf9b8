import { addLocalDays, atLocalHour, localDay } from '../local-time';

/** Quick reminder times: tomorrow, in 3 days, in a week, each at 9:00 local time. */
export function reminderPresets(now: number, hour = 9): Array<{ label: string; at: number }> {
  const at = (days: number) => atLocalHour(localDay(addLocalDays(now, days)), hour);
  return [
    { label: 'Tomorrow', at: at(1) },
    { label: 'In 3 days', at: at(3) },
    { label: 'In a week', at: at(7) },
  ];
}
