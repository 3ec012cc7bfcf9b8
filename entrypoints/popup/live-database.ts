// The popup's database side, in a chunk of its own: Dexie is loaded after the first screen shows
// (the background's reply already says whether the posting is saved), not before.
export { liveQuery } from 'dexie';
export { getDatabase } from '@/utils/db/database';
