import { write } from '@/utils/background-client';
import type { NotesPanelProps } from './NotesPanel';
import type { RemindersPanelProps } from './RemindersPanel';

/** How a page shows a write's outcome: the reason it failed (null: it worked); true when it worked. */
export type ReportWrite = (write: Promise<string | null>) => Promise<boolean>;

/**
 * The writes the notes and reminders panels make for one job: one home for the popup and the job
 * page, which differ only in where they show a failure.
 */
export function trackingWrites(
  jobId: string,
  report: ReportWrite,
): {
  notes: Pick<NotesPanelProps, 'onAdd' | 'onEdit' | 'onDelete'>;
  reminders: Pick<RemindersPanelProps, 'onAdd' | 'onSnooze' | 'onComplete' | 'onDelete'>;
} {
  return {
    notes: {
      onAdd: (text) => report(write('addNote', { jobId, text })),
      onEdit: (noteId, text) => report(write('editNote', { noteId, text })),
      onDelete: (noteId) => void report(write('deleteNote', { noteId })),
    },
    reminders: {
      onAdd: (dueAt) => void report(write('addReminder', { jobId, dueAt })),
      onSnooze: (reminderId, until) => void report(write('snoozeReminder', { reminderId, until })),
      onComplete: (reminderId) => void report(write('completeReminder', { reminderId })),
      onDelete: (reminderId) => void report(write('deleteReminder', { reminderId })),
    },
  };
}
