import type { JobshelfDatabase } from './database';
import { ItemNotFoundError, JobNotFoundError } from './errors';
import { newId } from '../jobs/identity';
import type { Note } from '../schema/job';

// The notes table's one writer.

export async function addNote(db: JobshelfDatabase, jobId: string, text: string, now = Date.now()): Promise<Note> {
  return db.transaction('rw', db.jobs, db.notes, async () => {
    if (!(await db.jobs.get(jobId))) throw new JobNotFoundError(jobId);
    const note: Note = { id: newId(), jobId, createdAt: now, updatedAt: now, text };
    await db.notes.add(note);
    return note;
  });
}

export async function editNote(db: JobshelfDatabase, noteId: string, text: string, now = Date.now()): Promise<void> {
  const changed = await db.notes.update(noteId, { text, updatedAt: now });
  if (changed === 0) throw new ItemNotFoundError('note');
}

export async function deleteNote(db: JobshelfDatabase, noteId: string): Promise<void> {
  await db.notes.delete(noteId);
}

/** The notes of these jobs, as they are deleted (inside the caller's transaction). */
export async function deleteNotesOfJobs(db: JobshelfDatabase, jobIds: readonly string[]): Promise<void> {
  await db.notes
    .where('jobId')
    .anyOf([...jobIds])
    .delete();
}
