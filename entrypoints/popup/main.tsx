import '@/components/theme.css';
import './popup.css';
import { readTabOnce } from './read-tab';

// The boot script (popup-boot.ts) has already asked the background to read the tab; this finds
// that reading (or starts one, if the boot script did not run), then loads React and the UI while
// the background reads: the two overlap, and the popup shows the posting sooner.
void readTabOnce();
void import('./mount');
