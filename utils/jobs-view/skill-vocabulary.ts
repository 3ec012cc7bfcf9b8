/**
 * The skill names seen in saved jobs' summaries, most common first: what a résumé is matched
 * against. From the jobs the dashboard already holds, so it never reads the database again.
 */
export function skillVocabulary(jobs: ReadonlyArray<{ skills: readonly string[] }>, limit = 5000): string[] {
  const counts = new Map<string, number>();
  for (const job of jobs) for (const skill of job.skills) counts.set(skill, (counts.get(skill) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name]) => name);
}
