// The yearly range and its format live in utils/money (one home for money); the dashboard's views
// read them here.
export { yearlySalary, type YearlySalary } from '../money/yearly';
export { formatYearly } from '../money/format';
