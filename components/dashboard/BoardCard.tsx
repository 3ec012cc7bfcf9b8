import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { describeClosing, formatDate, formatDateLong, formatSavedAgo, statusLabels } from '@/utils/format';
import { stageKeys, type JobView, type StageKey } from '@/utils/jobs-view/job-view';
import { formatYearly } from '@/utils/money/format';

export interface BoardCardProps {
  job: JobView;
  /** The column the card is in: ahead of \`job.stage\` while a move is being saved. */
  stage: StageKey;
  href: string;
  now: number;
  onMove: (id: string, stage: StageKey) => void;
  /** The next pending reminder's due time, if any. */
  nextReminderAt?: number | null;
}

export const JOB_DRAG_TYPE = 'application/x-jobshelf-job';

/** When the job last moved: "applied 5 days ago", "saved 2 days ago". */
function stageSince(job: JobView, now: number): string {
  return `${statusLabels[job.stage].toLowerCase()} ${formatSavedAgo(job.statusChangedAt, now)}`;
}

/**
 * A compact card: title, company, salary, when it reached its stage, the closing note when it
 * matters. Move it by drag, with the "Move" menu, or with Shift+←/→.
 */
export function BoardCard({ job, stage: column, href, now, onMove, nextReminderAt }: BoardCardProps) {
  // Fixed to the viewport (the board scrolls sideways and would clip it), opened upward near the bottom.
  const [menuAt, setMenuAt] = useState<CSSProperties | null>(null);
  const menuOpen = menuAt !== null;
  const setMenuOpen = (open: boolean | ((open: boolean) => boolean)) => {
    const next = typeof open === 'function' ? open(menuOpen) : open;
    const rect = buttonRef.current?.getBoundingClientRect();
    if (!next || !rect) return setMenuAt(null);
    const up = rect.bottom + 260 > window.innerHeight;
    setMenuAt(
      up ? { left: rect.left, bottom: window.innerHeight - rect.top + 4 } : { left: rect.left, top: rect.bottom + 4 },
    );
  };
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const closing = describeClosing(job, now);
  // Closing matters before applying: a card further along shows no closing note.
  const showClosing =
    closing &&
    (job.stage === 'saved' || job.stage === 'interested') &&
    (closing.tone === 'soon' || closing.tone === 'maybe')
      ? closing
      : null;
  // From the column shown, not the record: a second Shift+→ before the first move is saved goes on from there.
  const position = stageKeys.indexOf(column);

  useEffect(() => {
    if (!menuOpen) return;
    menuRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const close = (event: MouseEvent) => {
      if (!menuRef.current?.contains(event.target as Node) && event.target !== buttonRef.current) setMenuAt(null);
    };
    const dismiss = () => setMenuAt(null);
    document.addEventListener('mousedown', close);
    window.addEventListener('scroll', dismiss, true);
    window.addEventListener('resize', dismiss);
    return () => {
      document.removeEventListener('mousedown', close);
      window.removeEventListener('scroll', dismiss, true);
      window.removeEventListener('resize', dismiss);
    };
  }, [menuOpen]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.shiftKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    const next = stageKeys[position + (event.key === 'ArrowRight' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      onMove(job.id, next);
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      setMenuOpen(false);
      buttonRef.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    }
  };

  const move = (stage: StageKey) => {
    setMenuOpen(false);
    onMove(job.id, stage);
  };

  return (
    <li
      className="board-card"
      draggable
      data-testid="board-card"
      data-job-id={job.id}
      onDragStart={(event) => {
        event.dataTransfer.setData(JOB_DRAG_TYPE, job.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={onKeyDown}
    >
      <a className="board-card-title" href={href} aria-keyshortcuts="Shift+ArrowLeft Shift+ArrowRight">
        {job.title}
      </a>
      <p className="board-card-company">{job.company ?? 'Company not stated'}</p>
      {job.yearly ? <p className="board-card-salary">{formatYearly(job.yearly)}</p> : null}
      <p className="board-card-facts">
        <span>{stageSince(job, now)}</span>
        {showClosing ? (
          <span className={showClosing.tone === 'maybe' ? 'closes-maybe' : 'closes-soon'} title={showClosing.title}>
            {showClosing.text}
          </span>
        ) : null}
        {nextReminderAt ? (
          <span className="board-card-reminder" title={formatDateLong(nextReminderAt) ?? undefined}>
            Reminder {formatDueShort(nextReminderAt, now)}
          </span>
        ) : null}
      </p>
      <div className="board-card-move">
        <button
          ref={buttonRef}
          type="button"
          className="board-card-move-button"
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          aria-controls={menuOpen ? menuId : undefined}
          aria-label={`Move ${job.title}`}
          title="Move to another stage"
          data-testid="board-move"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">⋯</span>
        </button>
        {menuOpen ? (
          <ul
            id={menuId}
            ref={menuRef}
            className="board-move-menu"
            style={menuAt ?? undefined}
            role="menu"
            aria-label={`Move ${job.title} to`}
            onKeyDown={onMenuKey}
          >
            {stageKeys
              .filter((stage) => stage !== column)
              .map((stage) => (
                <li key={stage} role="none">
                  <button type="button" role="menuitem" data-testid={`board-move-${stage}`} onClick={() => move(stage)}>
                    {statusLabels[stage]}
                  </button>
                </li>
              ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}

/** "due now", "today", "tomorrow", "Dec 3". */
function formatDueShort(at: number, now: number): string {
  if (at <= now) return 'due now';
  const day = (time: number) => new Date(time).toDateString();
  if (day(at) === day(now)) return 'today';
  if (day(at) === day(now + 86_400_000)) return 'tomorrow';
  return formatDate(at, now) ?? '';
}
