import { browser } from 'wxt/browser';

/**
 * Optional host permissions, asked for at the moment a feature needs them (from the click that
 * turns it on, as the browser requires). Returns whether the user granted them.
 */
export async function requestOrigins(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins });
  } catch {
    return false;
  }
}

/** The closed-posting check reads saved postings' pages, on any site. */
export const CLOSED_CHECK_ORIGINS = ['https://*/*', 'http://*/*'];
