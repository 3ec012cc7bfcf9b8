import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ImportPreviewPanel } from '@/components/dashboard/ImportPreviewPanel';
import { JobMatchCard } from '@/components/dashboard/JobMatchCard';
import type { ImportMode, ImportPreview } from '@/utils/backup/import-plan';
import type { Match } from '@/utils/schema/summary';
import { markupText } from './markup-text';

const text = markupText;

describe('JobMatchCard', () => {
  const match: Match = {
    score: 31,
    matchedRequired: ['Rust', 'Linux'],
    missingRequired: ['Kubernetes', 'Go', 'Terraform'],
    matchedPreferred: [],
    reason: '2 of 5 must-have skills; missing: Kubernetes, Go, Terraform; not your work mode',
    checks: [
      { kind: 'skills', status: 'unmet', label: '2 of 5 must-have skills' },
      { kind: 'workMode', status: 'unmet', label: 'On-site; you want remote' },
      { kind: 'years', status: 'unknown', label: 'Years of experience not stated' },
    ],
  };

  it('gives the skills count once: in the reason, not again as a check line', () => {
    const shown = text(renderToStaticMarkup(<JobMatchCard match={match} settingsHref="#/settings" />));
    expect(shown.match(/2 of 5 must-have skills/g)).toHaveLength(1);
    expect(shown).toContain('On-site; you want remote');
    expect(shown).toContain('Years of experience not stated');
  });

  it('lists the skills check when the reason does not state it', () => {
    const shown = text(
      renderToStaticMarkup(
        <JobMatchCard
          match={{
            ...match,
            reason: 'not your work mode',
            checks: [{ kind: 'skills', status: 'unknown', label: 'No skills named' }],
          }}
          settingsHref="#/settings"
        />,
      ),
    );
    expect(shown).toContain('No skills named');
  });

  it('invites the user to add skills when there is nothing to match with', () => {
    expect(text(renderToStaticMarkup(<JobMatchCard match={null} settingsHref="#/settings" />))).toContain(
      'Add your skills',
    );
  });
});

describe('ImportPreviewPanel', () => {
  const preview = (mode: ImportMode): ImportPreview => ({
    mode,
    jobsInFile: 12,
    added: 2,
    updated: 3,
    unchanged: 7,
    conflicts: 0,
    conflictExamples: [],
    removed: 40,
    notes: 1,
    reminders: 0,
    history: 5,
    settingsKeys: 0,
    aiProvider: null,
  });
  const render = (mode: ImportMode, syncedWith: string | null) =>
    renderToStaticMarkup(
      <ImportPreviewPanel
        fileName="jobshelf-backup.json"
        preview={preview(mode)}
        mode={mode}
        onModeChange={() => {}}
        onApply={() => {}}
        onCancel={() => {}}
        busy={false}
        useAiProvider={false}
        onUseAiProviderChange={() => {}}
        syncedWith={syncedWith}
      />,
    );

  it('warns before a replace that every synced browser loses the deleted jobs too', () => {
    expect(render('replace', 'dav.example.org')).toContain('data-testid="import-sync-warning"');
    expect(text(render('replace', 'dav.example.org'))).toContain(
      'deleted on every browser that syncs with dav.example.org',
    );
  });

  it('says nothing of sync for a merge, or when sync is off', () => {
    expect(render('merge', 'dav.example.org')).not.toContain('import-sync-warning');
    expect(render('replace', null)).not.toContain('import-sync-warning');
  });
});
