/**
 * A label written into the employer's name element for screen readers ("Company nameWellspring Care"):
 * boards hide it with a hashed class the reader cannot know, so its words are read with the name. WP Job
 * Manager puts the employer's "Website" link first in the same element ("WebsiteFenwick Vets").
 * Checked in the finishing steps, not the capture script (no room there).
 */
const NAME_LABEL = /^(?:(?:[Cc]ompany|[Ee]mployer) name(?::\s*|(?=\p{Lu}))|Website(?=\p{Lu}))/u;

/** The name without a leading "Company name" or "Website" label; the name itself when it has none (or is only one). */
export function withoutNameLabel(name: string): string {
  const out = name.replace(NAME_LABEL, '');
  return out.trim() ? out : name;
}
