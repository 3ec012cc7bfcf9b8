import { jobStatusValues } from '@/utils/job-status';
import { SAVED_LABEL, jobStatusLabels } from '@/utils/format';
import type { JobStatus } from '@/utils/schema/job';

export interface StatusPickerProps {
  status: JobStatus | null;
  onChange: (status: JobStatus | null) => void;
  disabled?: boolean;
  id?: string;
}

/** Where the application stands; "Saved" keeps the job only saved (the same word as every list). */
export function StatusPicker({ status, onChange, disabled, id = 'job-status' }: StatusPickerProps) {
  return (
    <div className="status-picker">
      <label htmlFor={id}>Status</label>
      <select
        id={id}
        data-testid="status-picker"
        value={status ?? ''}
        disabled={disabled}
        onChange={(event) => onChange((event.target.value || null) as JobStatus | null)}
      >
        <option value="">{SAVED_LABEL}</option>
        {jobStatusValues.map((value) => (
          <option key={value} value={value}>
            {jobStatusLabels[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
