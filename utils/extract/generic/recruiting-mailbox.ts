/**
 * A recruiting mailbox in the posting's own text ("Interested? Write to jobs@…", "karriere@…") is a way to apply
 * (issue 10), like "send your CV to …" (`appliesByEmail`). Only the content root's text is read: a footer's
 * "Careers: jobs@…" on any company page is not. Read only by detection (a finishing step).
 */
import { RECRUITING_MAILBOX } from '../data/lead-in-words';

export function namesRecruitingMailbox(text: string): boolean {
  const head = text.slice(0, 20_000);
  return head.includes('@') && RECRUITING_MAILBOX.test(head);
}
