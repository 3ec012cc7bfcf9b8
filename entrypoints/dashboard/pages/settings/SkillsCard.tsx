import { Card } from '@/components/dashboard/Card';
import { ResumeSkillPicker } from '@/components/dashboard/ResumeSkillPicker';
import { SkillsEditor } from '@/components/dashboard/SkillsEditor';
import type { Profile } from '@/utils/schema/summary';
import { resumeSkills } from '@/utils/summarize/resume-skills';
import type { SaveSettings } from './settings-message';

export interface SkillsCardProps {
  profile: Profile;
  /** Skills the saved jobs ask for: suggestions, and what a résumé is matched against. */
  vocabulary: string[];
  save: SaveSettings;
}

export function SkillsCard({ profile, vocabulary, save }: SkillsCardProps) {
  const setSkills = (skills: string[]) => void save({ profile: { ...profile, skills } }, 'Skills');
  return (
    <Card
      id="profile-heading"
      title="Your skills"
      description="Every job shows how well these cover what it asks for."
      className="settings-card"
    >
      <SkillsEditor skills={profile.skills} onChange={setSkills} suggestions={vocabulary} />
      <ResumeSkillPicker
        findSkills={(resume) => resumeSkills(resume, vocabulary)}
        have={profile.skills}
        onAdd={(skills) => setSkills([...profile.skills, ...skills])}
      />
    </Card>
  );
}
