/**
 * A form that sends a candidate's details without asking for a CV file (issue 10): name, e-mail and phone
 * posted to "insert_recrut.php", or a "Postuler" button. The capture script only knows CV upload forms
 * (`readPageSignals`); this is read by detection alone (a finishing step).
 */
import { all, attr, visibleText } from '../dom';
import { APPLY_FORM_WORDS, NOT_APPLY_FORM_WORDS } from '../data/lead-in-words';

/** A form with an e-mail field whose action, name, id, class or submit button names applying for a job. */
export function namedApplyForm(document: Document): boolean {
  for (const form of all(document, 'form', 20)) {
    if (
      !form.querySelector('input[type="email"], input[name*="mail" i]') ||
      form.querySelector('input[type="password"]')
    )
      continue;
    const buttons = all(form, 'button, input[type="submit"]', 5).map((b) => visibleText(b, 60) || attr(b, 'value'));
    const named = `${attr(form, 'action')} ${attr(form, 'id')} ${attr(form, 'name')} ${attr(form, 'class')}`;
    if (NOT_APPLY_FORM_WORDS.test(`${named} ${buttons.join(' ')}`)) continue;
    if (APPLY_FORM_WORDS.test(named) || buttons.some((text) => text.length <= 40 && APPLY_FORM_WORDS.test(text)))
      return true;
  }
  return false;
}
