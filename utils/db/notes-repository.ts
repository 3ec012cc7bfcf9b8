import type { JobshelfDatabase } from './database';
import { JobNotFoundError, newId } from './ids';
import type { Note } from '../schema/job';

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
  if (changed === 0) throw new Error('This note no longer exists.');
}

export async function deleteNote(db: JobshelfDatabase, noteId: string): Promise<void> {
  await db.notes.delete(noteId);
}

export { notesOf } from './job-queries';
