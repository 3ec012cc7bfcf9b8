import { useState } from 'react';

export interface ResumeSkillPickerProps {
  /** Skills found in a pasted résumé (the page does the matching). */
  findSkills: (resume: string) => string[];
  /** Skills the user already has, shown as already added. */
  have: string[];
  onAdd: (skills: string[]) => void;
}

/** Paste a résumé, see the skills it names, tick the ones to add. The text is not stored. */
export function ResumeSkillPicker({ findSkills, have, onAdd }: ResumeSkillPickerProps) {
  const [resume, setResume] = useState('');
  const [found, setFound] = useState<string[] | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const haveLower = new Set(have.map((skill) => skill.toLowerCase()));

  const find = () => {
    const skills = findSkills(resume);
    setFound(skills);
    setPicked(new Set(skills.filter((skill) => !haveLower.has(skill.toLowerCase()))));
  };

  return (
    <div className="resume-picker">
      <label htmlFor="resume-text">Paste your résumé to pick skills from it</label>
      <textarea
        id="resume-text"
        rows={5}
        value={resume}
        placeholder="Paste the text of your résumé or LinkedIn profile…"
        data-testid="resume-text"
        onChange={(event) => setResume(event.target.value)}
      />
      <div className="inline-form">
        <button
          type="button"
          className="button button-secondary"
          disabled={!resume.trim()}
          onClick={find}
          data-testid="find-skills"
        >
          Find skills
        </button>
        {found && found.length > 0 ? (
          <button
            type="button"
            className="button button-primary"
            disabled={picked.size === 0}
            onClick={() => {
              onAdd([...picked]);
              setFound(null);
              setResume('');
            }}
          >
            Add {picked.size} {picked.size === 1 ? 'skill' : 'skills'}
          </button>
        ) : null}
      </div>
      {found ? (
        found.length === 0 ? (
          <p className="muted">No known skills found in this text.</p>
        ) : (
          <fieldset className="skill-choices">
            <legend className="visually-hidden">Skills found in your résumé</legend>
            {found.map((skill) => {
              const already = haveLower.has(skill.toLowerCase());
              return (
                <label key={skill} className={`skill-choice${already ? ' skill-choice-have' : ''}`}>
                  <input
                    type="checkbox"
                    disabled={already}
                    checked={already || picked.has(skill)}
                    onChange={() =>
                      setPicked((current) => {
                        const next = new Set(current);
                        if (next.has(skill)) next.delete(skill);
                        else next.add(skill);
                        return next;
                      })
                    }
                  />
                  {skill}
                  {already ? <span className="muted"> (added)</span> : null}
                </label>
              );
            })}
          </fieldset>
        )
      ) : null}
    </div>
  );
}
