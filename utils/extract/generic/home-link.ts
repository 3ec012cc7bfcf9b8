/**
 * The site's own name as the page writes it: the text of a link back to the site's home page in its header or
 * navigation ("<header><a href="home">JobHub</a></header>"). A page titled only with that name ("JobHub") names
 * no job, whatever the host is called. Reader side: the capture script does not bundle it.
 */
import { all, clean, visibleText } from '../dom';

/** "/", "./", "home", "/index.html", "index.php?lang=pl": a link to the site's front page. */
const HOME_HREF = /^(?:\.{0,2}\/)?(?:home|index(?:\.\w{2,5})?|start)?\/?(?:[?#].*)?$/i;

/** Whether `text` is the name on a link to the site's home page inside its header or navigation. */
export function namesHomeLink(document: Document, text: string): boolean {
  const key = clean(text).toLowerCase();
  if (!key || key.length > 60) return false;
  for (const link of all(document, 'header a[href], nav a[href], [role="banner"] a[href]', 40)) {
    if (!HOME_HREF.test((link.getAttribute('href') ?? '').trim())) continue;
    const name =
      clean(visibleText(link, 80)).toLowerCase() ||
      clean(link.querySelector('img')?.getAttribute('alt') ?? '').toLowerCase();
    if (name === key) return true;
  }
  return false;
}
