import { useState } from 'react';

export interface TagEditorProps {
  tags: string[];
  /** Every tag in use elsewhere, offered as suggestions. */
  suggestions: string[];
  onChange: (tags: string[]) => void;
}

/** A job's tags: remove with ×, add by typing and Enter (or a comma). */
export function TagEditor({ tags, suggestions, onChange }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const add = (raw: string) => {
    const tag = raw.trim().slice(0, 60);
    if (tag && !tags.includes(tag) && tags.length < 50) onChange([...tags, tag]);
    setDraft('');
  };
  return (
    <div className="tag-editor">
      <ul className="tag-list" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="tag-chip">
            {tag}
            <button
              type="button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((item) => item !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label className="visually-hidden" htmlFor="tag-input">
        Add a tag
      </label>
      <input
        id="tag-input"
        list="tag-suggestions"
        value={draft}
        placeholder={tags.length ? 'Add another tag' : 'Add a tag, e.g. dream job'}
        onChange={(event) =>
          event.target.value.endsWith(',') ? add(event.target.value.slice(0, -1)) : setDraft(event.target.value)
        }
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add(draft);
          }
        }}
      />
      <datalist id="tag-suggestions">
        {suggestions
          .filter((tag) => !tags.includes(tag))
          .slice(0, 50)
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  );
}
