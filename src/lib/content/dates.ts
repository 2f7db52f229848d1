/**
 * Whether a date read from a page or typed by an editor is a day on the calendar. "31/02/2025" is a
 * typo, not a day, and `new Date` would quietly roll it over to 3 March.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether year, month (1–12) and day name a day that exists: 29/2 only in a leap year. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** Whether a day and month (no year given) can be a date: 29/2 can. */
export function isDayOfMonth(month: number, day: number): boolean {
  return isCalendarDate(2024, month, day);
}

/** Whether text is a `yyyy-mm-dd` date of a day that exists. */
export function isIsoCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
