// Dates as the user types them (d.M.yyyy, the Suomi.fi DateInput format) and as the API wants
// them (ISO yyyy-mm-dd). Form values keep the typed text so that half-typed dates survive a draft.

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoOf(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function todayIso(now: Date = new Date()): string {
  return isoOf(now);
}

/** ISO → "24.11.2026" (what the date field shows). */
export function toInputDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : '';
}

/** "24.11.2026" (or an ISO date) → "2026-11-24"; null when it is not a real date. */
export function fromInputDate(text: string): string | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  let y: number, m: number, d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (fi) [y, m, d] = [Number(fi[3]), Number(fi[2]), Number(fi[1])];
  else return null;
  const date = new Date(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function todayInput(now: Date = new Date()): string {
  return toInputDate(todayIso(now));
}

/** Adds months to an ISO date (clamped to the month's last day). */
export function addMonthsIso(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(y, m - 1 + months, 1);
  const last = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(d, last));
  return isoOf(target);
}

/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  const [y1, m1, d1] = a.split('-').map(Number);
  const [y2, m2, d2] = b.split('-').map(Number);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** A date field's problem as an i18n key: required and missing, or not a date. */
export function dateProblem(text: string, required: boolean): string | undefined {
  if (!text.trim()) return required ? 'form.required' : undefined;
  return fromInputDate(text) ? undefined : 'form.invalidDate';
}
