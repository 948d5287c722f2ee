// The Finnish personal identity code (henkilötunnus), as domain.md describes it: DDMMYYCNNNQ,
// century sign + (1800s), - Y X W V U (1900s), A B C D E F (2000s), check character
// DDMMYYNNN mod 31, individual number 002–999. The server is authoritative; this only gives the
// user an early hint.

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

export type HetuProblem = 'format' | 'date' | 'individual' | 'checksum';

export function checkCharacter(ddmmyy: string, individual: string): string {
  return CHECK_CHARS[Number(ddmmyy + individual) % 31];
}

/** Returns null when the code is valid, else what is wrong with it. */
export function hetuProblem(input: string): HetuProblem | null {
  const code = input.trim().toUpperCase();
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-FHJ-NPR-Y])$/.exec(code);
  if (!m) return 'format';
  const [, dd, mm, yy, sign, nnn, check] = m;
  const year = CENTURY[sign] + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return 'date';
  }
  if (Number(nnn) < 2) return 'individual';
  if (checkCharacter(dd + mm + yy, nnn) !== check) return 'checksum';
  return null;
}

/** Whole years between an ISO date of birth and `today`. */
export function ageOn(birthDate: string, today: Date = new Date()): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let age = today.getFullYear() - y;
  if (today.getMonth() + 1 < mo || (today.getMonth() + 1 === mo && today.getDate() < d)) age -= 1;
  return age;
}
