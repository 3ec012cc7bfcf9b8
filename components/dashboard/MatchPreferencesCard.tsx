import { useState, type FormEvent } from 'react';
import { workModeLabels } from '@/utils/format';
import { workModeValues } from '@/utils/posting-values';
import type { PayPeriod, WorkMode } from '@/utils/schema/posting';
import type { Profile } from '@/utils/schema/summary';

export interface MatchPreferencesCardProps {
  profile: Profile;
  /** Saves the whole profile with the new preferences; returns nothing, the page shows the outcome. */
  onSave: (profile: Profile) => void;
}

const WORK_MODES: ReadonlyArray<readonly [WorkMode, string]> = workModeValues.map((mode) => [
  mode,
  workModeLabels[mode],
]);
const PERIODS: ReadonlyArray<readonly [PayPeriod, string]> = [
  ['year', 'a year'],
  ['month', 'a month'],
  ['hour', 'an hour'],
];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'SEK', 'DKK', 'NOK', 'PLN', 'INR', 'JPY'];

/**
 * What the match weighs besides skills: the user's years of experience, the work modes and places
 * they accept, and the lowest pay they would take. Every field may stay empty ("any").
 */
export function MatchPreferencesCard({ profile, onSave }: MatchPreferencesCardProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const salary = profile.minimumSalary ?? null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const yearsText = String(form.get('years') ?? '').trim();
    const years = yearsText ? Number(yearsText) : null;
    if (years !== null && (!Number.isFinite(years) || years < 0 || years > 70)) {
      setProblem('Years of experience is a number from 0 to 70, or empty.');
      return;
    }
    const amountText = String(form.get('salaryAmount') ?? '').replace(/[,\s]/g, '');
    const amount = amountText ? Number(amountText) : null;
    if (amount !== null && (!Number.isFinite(amount) || amount < 0 || amount > 100_000_000)) {
      setProblem('Minimum pay is a number, like 85000, or empty.');
      return;
    }
    setProblem(null);
    const locations = String(form.get('locations') ?? '')
      .split(/[,;\n]/)
      .map((place) => place.trim().slice(0, 100))
      .filter(Boolean)
      .slice(0, 20);
    onSave({
      ...profile,
      yearsExperience: years,
      workModes: WORK_MODES.map(([mode]) => mode).filter((mode) => form.get(`mode-${mode}`) === 'on'),
      locations,
      minimumSalary:
        amount === null
          ? null
          : {
              amount,
              currency: String(form.get('salaryCurrency') ?? 'USD'),
              period: String(form.get('salaryPeriod') ?? 'year') as PayPeriod,
            },
    });
  };

  return (
    <section className="card settings-card" aria-labelledby="match-preferences-heading" data-testid="match-preferences">
      <h2 id="match-preferences-heading" className="card-title">
        What you look for
      </h2>
      <p className="card-hint muted">Each job's match shows whether it meets these. Leave a field empty for “any”.</p>
      <form
        className="settings-form"
        onSubmit={onSubmit}
        key={JSON.stringify([profile.yearsExperience, profile.workModes, profile.locations, salary])}
      >
        <label>
          Your years of experience
          <input
            name="years"
            type="number"
            min={0}
            max={70}
            step={1}
            defaultValue={profile.yearsExperience ?? ''}
            inputMode="numeric"
          />
        </label>
        <fieldset className="match-preferences-modes">
          <legend>Work modes you accept</legend>
          {WORK_MODES.map(([mode, label]) => (
            <label key={mode} className="check">
              <input
                type="checkbox"
                name={`mode-${mode}`}
                defaultChecked={profile.workModes?.includes(mode) ?? false}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <label>
          Places you can work in
          <input
            name="locations"
            type="text"
            placeholder="Berlin, Germany, London"
            defaultValue={(profile.locations ?? []).join(', ')}
            maxLength={2000}
          />
        </label>
        <div className="match-preferences-salary">
          <label>
            Minimum pay
            <input
              name="salaryAmount"
              type="text"
              inputMode="numeric"
              placeholder="85000"
              defaultValue={salary ? String(salary.amount) : ''}
            />
          </label>
          <label>
            Currency
            <select name="salaryCurrency" defaultValue={salary?.currency ?? 'USD'}>
              {CURRENCIES.map((currency) => (
                <option key={currency}>{currency}</option>
              ))}
            </select>
          </label>
          <label>
            Per
            <select name="salaryPeriod" defaultValue={salary?.period ?? 'year'}>
              {PERIODS.map(([period, label]) => (
                <option key={period} value={period}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {problem ? (
          <p className="match-preferences-problem" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="button button-primary">
          Save preferences
        </button>
      </form>
    </section>
  );
}
