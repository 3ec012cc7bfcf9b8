// Unit tests get a fresh in-memory IndexedDB; the real one is only used by the e2e run in Chromium.
import 'fake-indexeddb/auto';
