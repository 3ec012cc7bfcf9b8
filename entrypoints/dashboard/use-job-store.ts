import { liveQuery } from 'dexie';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { JobshelfDatabase } from '@/utils/db/database';
import { allJobs, jobChangesSince, jobsNewestFirst } from '@/utils/db/job-queries';
import { toJobView, withMatch, type JobView } from '@/utils/jobs-view/job-view';
import { flattenProfile } from '@/utils/jobs-view/profile';
import type { Job } from '@/utils/schema/job';
import type { Profile } from '@/utils/schema/summary';
import { buildJobIndexAsync, removeJob, upsertJob, type JobIndex, type SearchableJob } from '@/utils/search/job-index';

/** Rows for the first screen: enough to fill it while the rest loads. */
const FIRST_SCREEN = 40;

export interface JobStore {
  /** Every saved job (newest first until the full load finishes); undefined before the first read. */
  jobs: JobView[] | undefined;
  /** True once every job is loaded (counts and filters are complete). */
  complete: boolean;
  /** The full-text index; null while it is being built. */
  index: JobIndex | null;
  /** Bumped whenever the index changes, so searches re-run. */
  indexVersion: number;
  /** Reads everything again: after an import, whose rows may carry older timestamps. */
  reload: () => void;
  /** Stops following changes until `reload` (a bulk write is about to land). */
  pause: () => void;
}

function searchable(job: Job): SearchableJob {
  return {
    id: job.id,
    title: job.posting.title,
    company: job.posting.company,
    skills: job.summary?.skills.map((skill) => skill.name) ?? [],
    locations: job.posting.locations,
    description: job.posting.descriptionText,
  };
}

/**
 * Loads every job once (first screen first), then follows changes: the live query reads only the
 * ids and the jobs changed since the last one seen, so a status change made in the background
 * costs one job, not ten thousand. Views drop the description text; only the index sees it.
 */
export function useJobStore(db: JobshelfDatabase, profile: Profile | null | undefined): JobStore {
  const [views, setViews] = useState<Map<string, JobView> | undefined>(undefined);
  const [complete, setComplete] = useState(false);
  const [index, setIndex] = useState<JobIndex | null>(null);
  const [indexVersion, setIndexVersion] = useState(0);
  const [generation, setGeneration] = useState(0);
  const flatProfile = useMemo(() => flattenProfile(profile), [profile]);
  const pausedRef = useRef(false);
  const profileRef = useRef(flatProfile);
  profileRef.current = flatProfile;

  useEffect(() => {
    let cancelled = false;
    let subscription: { unsubscribe: () => void } | null = null;
    setComplete(false);
    setIndex(null);
    void (async () => {
      const first = await jobsNewestFirst(db, FIRST_SCREEN);
      if (cancelled) return;
      setViews((current) => current ?? new Map(first.map((job) => [job.id, toJobView(job, profileRef.current)])));
      // Let the first screen paint before the heavy read.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const jobs = await allJobs(db);
      if (cancelled) return;
      let watermark = 0;
      const all = new Map<string, JobView>();
      for (const job of jobs) {
        all.set(job.id, toJobView(job, profileRef.current));
        if (job.updatedAt > watermark) watermark = job.updatedAt;
      }
      setViews(all);
      setComplete(true);
      // Marks for the bench (scripts/bench/dashboard.ts): cheap, and visible in DevTools too.
      performance.mark('jobshelf:all-jobs');
      const built = await buildJobIndexAsync(jobs.map(searchable));
      if (cancelled) return;
      setIndex(built);
      setIndexVersion((version) => version + 1);
      performance.mark('jobshelf:index-ready');

      subscription = liveQuery(() => jobChangesSince(db, watermark)).subscribe({
        next: ({ ids, changed }) => {
          if (cancelled || pausedRef.current) return;
          const present = new Set(ids);
          setViews((current) => {
            const next = new Map(current);
            let touched = changed.length > 0;
            for (const id of next.keys()) {
              if (!present.has(id)) {
                next.delete(id);
                removeJob(built, id);
                touched = true;
              }
            }
            for (const job of changed) {
              next.set(job.id, toJobView(job, profileRef.current));
              upsertJob(built, searchable(job));
              if (job.updatedAt > watermark) watermark = job.updatedAt;
            }
            return touched ? next : current;
          });
          setIndexVersion((version) => version + 1);
        },
        error: (error: unknown) => console.error('Jobshelf: following changes failed', error),
      });
    })();
    return () => {
      cancelled = true;
      subscription?.unsubscribe();
    };
  }, [db, generation]);

  // A new profile changes every match score; the skills are kept on each view for this.
  useEffect(() => {
    setViews((current) =>
      current ? new Map([...current].map(([id, view]) => [id, withMatch(view, flatProfile)])) : current,
    );
  }, [flatProfile]);

  const jobs = useMemo(() => (views ? [...views.values()] : undefined), [views]);
  const pause = useCallback(() => {
    pausedRef.current = true;
  }, []);
  const reload = useCallback(() => {
    pausedRef.current = false;
    setViews(undefined);
    setGeneration((value) => value + 1);
  }, []);
  return { jobs, complete, index, indexVersion, reload, pause };
}
