/** Alarms and the badge follow the database. (Filled in by the reminders work.) */
export async function syncReminders(): Promise<number> {
  return 0;
}
