import '@/components/theme.css';
import './popup.css';
import { readTabOnce } from './read-tab';

// Ask the background to read the tab first, then load React and the UI while it does: the
// two overlap, and the popup shows the posting sooner.
void readTabOnce();
document.documentElement.dataset.readingStartedMs = String(Math.round(performance.now()));
void import('./mount');
