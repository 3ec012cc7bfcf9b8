import { sendMessage, type WriteReply } from '@/utils/messaging';
import type { JobStatus } from '@/utils/schema/job';
import type { UpdateJobRequest, UpdateSettingsRequest } from '@/utils/schema/messages';

/** A write's outcome for the UI: null when it worked, else the reason to show. */
export type WriteError = string | null;

async function write<T extends object>(send: () => Promise<WriteReply<T>>): Promise<WriteError> {
  try {
    const reply = await send();
    return reply.ok ? null : reply.reason;
  } catch (error) {
    // The background could not be reached (it is restarting): say so rather than fail silently.
    return `Jobshelf could not save this change (${error instanceof Error ? error.message : String(error)}). Try again.`;
  }
}

/** Every write the dashboard makes goes through the background worker, the only writer. */
export const actions = {
  setStatus: (jobId: string, status: JobStatus | null) => write(() => sendMessage('setStatus', { jobId, status })),
  updateJob: (request: UpdateJobRequest) => write(() => sendMessage('updateJob', request)),
  rereadJob: (jobId: string) => write(() => sendMessage('rereadJob', { jobId })),
  deleteJobs: (jobIds: string[]) => write(() => sendMessage('deleteJobs', { jobIds })),
  addNote: (jobId: string, text: string) => write(() => sendMessage('addNote', { jobId, text })),
  editNote: (noteId: string, text: string) => write(() => sendMessage('editNote', { noteId, text })),
  deleteNote: (noteId: string) => write(() => sendMessage('deleteNote', { noteId })),
  addReminder: (jobId: string, dueAt: number) => write(() => sendMessage('addReminder', { jobId, dueAt })),
  snoozeReminder: (reminderId: string, until: number) =>
    write(() => sendMessage('snoozeReminder', { reminderId, until })),
  completeReminder: (reminderId: string) => write(() => sendMessage('completeReminder', { reminderId })),
  deleteReminder: (reminderId: string) => write(() => sendMessage('deleteReminder', { reminderId })),
  updateSettings: (patch: UpdateSettingsRequest) => write(() => sendMessage('updateSettings', patch)),
  rebuildAlarms: () => write(() => sendMessage('rebuildAlarms', {})),
};
