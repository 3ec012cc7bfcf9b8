import { useState } from 'react';

export interface SkillsEditorProps {
  skills: string[];
  onChange: (skills: string[]) => void;
  /** Known skill names, offered while typing. */
  suggestions: string[];
}

/** The user's skills as removable chips, with an input that adds one on Enter or comma. */
export function SkillsEditor({ skills, onChange, suggestions }: SkillsEditorProps) {
  const [draft, setDraft] = useState('');
  const add = (raw: string) => {
    const names = raw
      .split(',')
      .map((name) => name.trim().slice(0, 100))
      .filter(Boolean);
    const have = new Set(skills.map((skill) => skill.toLowerCase()));
    const added = names.filter((name) => !have.has(name.toLowerCase()));
    if (added.length > 0) onChange([...skills, ...added].slice(0, 1000));
    setDraft('');
  };
  return (
    <div className="skills-editor">
      {skills.length > 0 ? (
        <ul className="tag-list" aria-label="Your skills" data-testid="profile-skills">
          {skills.map((skill) => (
            <li key={skill} className="tag-chip">
              {skill}
              <button
                type="button"
                aria-label={`Remove ${skill}`}
                onClick={() => onChange(skills.filter((item) => item !== skill))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No skills yet. Add the ones you have to see a match score on every job.</p>
      )}
      <div className="inline-form">
        <label htmlFor="skill-input" className="visually-hidden">
          Add a skill
        </label>
        <input
          id="skill-input"
          list="skill-suggestions"
          value={draft}
          placeholder="Add a skill, e.g. TypeScript"
          data-testid="skill-input"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add(draft);
            }
          }}
        />
        <button type="button" className="button button-secondary" onClick={() => add(draft)} disabled={!draft.trim()}>
          Add
        </button>
      </div>
      <datalist id="skill-suggestions">
        {suggestions.slice(0, 500).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </div>
  );
}
