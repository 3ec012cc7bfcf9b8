import { FieldRow } from '@/components/dashboard/FieldRow';
import { write } from '@/utils/background-client';
import { formatDateLong, formatEmploymentType, formatSalary, formatWorkMode, safeHttpUrl } from '@/utils/format';
import { formatYearly } from '@/utils/money/format';
import { yearlySalary } from '@/utils/money/yearly';
import {
  applyUrlEdit,
  companyEdit,
  dateEdit,
  employmentTypeEdit,
  placesFromText,
  salaryEdit,
  titleEdit,
  workModeEdit,
  type FieldEdit,
} from '@/utils/posting-edits';
import { employmentTypeValues } from '@/utils/posting-values';
import type { Job } from '@/utils/schema/job';
import type { PostingDraft } from '@/utils/schema/posting';
import { resolvedPosting } from '@/utils/posting-resolved';

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

/** Every posting field with its source and an edit control; edits go to the background. */
export function PostingFields({ job }: { job: Job }) {
  // Work mode and salary as the header and the match see them (the description's, if the page gave none).
  const posting = resolvedPosting(job.posting, job.summary);
  const source = (field: keyof PostingDraft['provenance']) => posting.provenance[field];
  const save = (edit: FieldEdit): Promise<string | null> => {
    if (!edit.ok) return Promise.resolve(edit.reason);
    const { salary } = edit.changes;
    // A salary typed as numbers is shown in words the way every other salary is.
    const changes = salary
      ? { ...edit.changes, salary: { ...salary, text: formatSalary(salary) ?? '' } }
      : edit.changes;
    return write('updateJob', { jobId: job.id, posting: changes });
  };
  const yearly = yearlySalary(posting.salary);
  return (
    <dl className="field-list" data-testid="posting-fields">
      <FieldRow
        label="Title"
        display={posting.title}
        source={source('title')}
        testId="field-title"
        editor={
          <input name="value" defaultValue={posting.title} aria-label="Title" required maxLength={500} autoFocus />
        }
        onSave={(form) => save(titleEdit(text(form, 'value')))}
      />
      <FieldRow
        label="Company"
        display={posting.company}
        source={source('company')}
        editor={
          <input name="value" defaultValue={posting.company ?? ''} aria-label="Company" maxLength={300} autoFocus />
        }
        onSave={(form) => save(companyEdit(text(form, 'value')))}
      />
      <FieldRow
        label="Locations"
        display={posting.locations.join(' · ')}
        source={source('locations')}
        editor={
          <textarea
            name="value"
            defaultValue={posting.locations.join('\n')}
            aria-label="Locations, one a line"
            rows={3}
            autoFocus
          />
        }
        onSave={(form) => save({ ok: true, changes: { locations: placesFromText(text(form, 'value')) } })}
      />
      <FieldRow
        label="Work mode"
        display={formatWorkMode(posting.workMode)}
        source={source('workMode')}
        editor={
          <select name="value" defaultValue={posting.workMode ?? ''} aria-label="Work mode" autoFocus>
            <option value="">Not stated</option>
            <option value="remote">Remote</option>
            <option value="hybrid">Hybrid</option>
            <option value="onsite">On-site</option>
          </select>
        }
        onSave={(form) => save(workModeEdit(text(form, 'value')))}
      />
      <FieldRow
        label="Employment"
        display={formatEmploymentType(posting.employmentType)}
        source={source('employmentType')}
        editor={
          <select name="value" defaultValue={posting.employmentType ?? ''} aria-label="Employment type" autoFocus>
            <option value="">Not stated</option>
            {employmentTypeValues.map((type) => (
              <option key={type} value={type}>
                {formatEmploymentType(type)}
              </option>
            ))}
          </select>
        }
        onSave={(form) => save(employmentTypeEdit(text(form, 'value')))}
      />
      <FieldRow
        label="Salary"
        display={
          posting.salary ? (
            <>
              {formatSalary(posting.salary)}
              {yearly && posting.salary.period !== 'year' ? (
                <span className="muted"> ≈ {formatYearly(yearly)}</span>
              ) : null}
            </>
          ) : null
        }
        source={source('salary')}
        editor={
          <div className="salary-editor">
            <label>
              Min <input name="min" inputMode="numeric" defaultValue={posting.salary?.min ?? ''} autoFocus />
            </label>
            <label>
              Max <input name="max" inputMode="numeric" defaultValue={posting.salary?.max ?? ''} />
            </label>
            <label>
              Currency{' '}
              <input name="currency" defaultValue={posting.salary?.currency ?? ''} maxLength={3} placeholder="USD" />
            </label>
            <label>
              Per
              <select name="period" defaultValue={posting.salary?.period ?? 'year'}>
                <option value="hour">hour</option>
                <option value="day">day</option>
                <option value="week">week</option>
                <option value="month">month</option>
                <option value="year">year</option>
              </select>
            </label>
          </div>
        }
        onSave={(form) =>
          save(
            salaryEdit({
              min: text(form, 'min'),
              max: text(form, 'max'),
              currency: text(form, 'currency'),
              period: text(form, 'period'),
            }),
          )
        }
      />
      <FieldRow
        label="Posted"
        display={formatDateLong(posting.datePosted)}
        source={source('datePosted')}
        editor={
          <input type="date" name="value" defaultValue={posting.datePosted ?? ''} aria-label="Date posted" autoFocus />
        }
        onSave={(form) => save(dateEdit('datePosted', text(form, 'value')))}
      />
      <FieldRow
        label="Closes"
        display={
          posting.validThrough ? (
            formatDateLong(posting.validThrough)
          ) : job.expiresAt ? (
            <span>
              {job.expiresEstimated ? '~' : ''}
              {formatDateLong(job.expiresAt)}{' '}
              <span className="muted">
                ({job.expiresEstimated ? 'estimated: no closing date was stated' : 'from the description'})
              </span>
            </span>
          ) : null
        }
        source={source('validThrough')}
        editor={
          <input
            type="date"
            name="value"
            defaultValue={posting.validThrough ?? ''}
            aria-label="Closing date"
            autoFocus
          />
        }
        onSave={(form) => save(dateEdit('validThrough', text(form, 'value')))}
      />
      <FieldRow
        label="Apply link"
        display={
          safeHttpUrl(posting.applyUrl) ? (
            <a href={safeHttpUrl(posting.applyUrl)} target="_blank" rel="noopener noreferrer">
              {posting.applyUrl}
            </a>
          ) : null
        }
        source={source('applyUrl')}
        editor={
          <input type="url" name="value" defaultValue={posting.applyUrl ?? ''} aria-label="Apply link" autoFocus />
        }
        onSave={(form) => save(applyUrlEdit(text(form, 'value')))}
      />
    </dl>
  );
}
