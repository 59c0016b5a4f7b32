/**
 * Matchers for the regexes of the R4 primitive types that are checked most (datatypes.html):
 * date, dateTime, instant, time and id as character-code scans; uri, url, canonical and code as a
 * search for the whitespace they may not hold (a regex that looks for one character is several
 * times faster than one that must match the whole string). Each accepts exactly the strings
 * the definition's regex (`^(?:<regex>)$`) accepts; `test/unit/fhir-primitive-grammar.test.ts`
 * checks that on real values and on many variations of them. The structure generator uses a
 * matcher where the definition's regex is the one written beside it in {@link MATCHERS}, and the
 * regex itself for any other.
 */

/** The decimal digit at `index`, or -1 (past the end too). */
function digit(value: string, index: number): number {
  const code = value.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Two decimal digits at `index` as a number, or -1. */
function twoDigits(value: string, index: number): number {
  const high = digit(value, index);
  const low = digit(value, index + 1);
  return high < 0 || low < 0 ? -1 : high * 10 + low;
}

/** `hh:mm:ss(.f+)?` at `index` (hours 00-23, minutes 00-59, seconds 00-60): the index after it, or -1. */
function timeAt(value: string, index: number): number {
  const hours = twoDigits(value, index);
  if (hours < 0 || hours > 23 || value.charCodeAt(index + 2) !== 58 /* : */) return -1;
  const minutes = twoDigits(value, index + 3);
  if (minutes < 0 || minutes > 59 || value.charCodeAt(index + 5) !== 58) return -1;
  const seconds = twoDigits(value, index + 6);
  if (seconds < 0 || seconds > 60) return -1;
  let end = index + 8;
  if (value.charCodeAt(end) === 46 /* . */) {
    end++;
    if (digit(value, end) < 0) return -1;
    while (digit(value, end) >= 0) end++;
  }
  return end;
}

/** `Z` or `(+|-)hh:mm` (00:00-13:59, or 14:00) from `index` to the end. */
function zoneToEnd(value: string, index: number): boolean {
  const sign = value.charCodeAt(index);
  if (sign === 90 /* Z */) return value.length === index + 1;
  if ((sign !== 43 /* + */ && sign !== 45) /* - */ || value.length !== index + 6 || value.charCodeAt(index + 3) !== 58) return false;
  const hours = twoDigits(value, index + 1);
  const minutes = twoDigits(value, index + 4);
  if (hours < 0 || minutes < 0 || minutes > 59) return false;
  return hours <= 13 || (hours === 14 && minutes === 0);
}

/**
 * A date of the calendar layout, then what the kind allows after it: `date` YYYY(-MM(-DD)?)?,
 * `dateTime` the same or a full date with a time and zone, `instant` only the latter. The year is
 * four digits other than 0000, the month 01-12, the day 01-31 (whether the day exists in its month
 * is checked elsewhere, as the regex does not).
 */
function dateLayout(value: string, kind: 'date' | 'dateTime' | 'instant'): boolean {
  const length = value.length;
  if (length < 4) return false;
  const a = digit(value, 0);
  const b = digit(value, 1);
  const c = digit(value, 2);
  const d = digit(value, 3);
  if (a < 0 || b < 0 || c < 0 || d < 0 || a + b + c + d === 0) return false;
  if (length === 4) return kind !== 'instant';
  const month = twoDigits(value, 5);
  if (value.charCodeAt(4) !== 45 || month < 1 || month > 12) return false;
  if (length === 7) return kind !== 'instant';
  const day = twoDigits(value, 8);
  if (value.charCodeAt(7) !== 45 || day < 1 || day > 31) return false;
  if (length === 10) return kind !== 'instant';
  if (kind === 'date' || value.charCodeAt(10) !== 84 /* T */) return false;
  const end = timeAt(value, 11);
  return end > 0 && zoneToEnd(value, end);
}

export function isDate(value: string): boolean {
  return dateLayout(value, 'date');
}

export function isDateTime(value: string): boolean {
  return dateLayout(value, 'dateTime');
}

export function isInstant(value: string): boolean {
  return dateLayout(value, 'instant');
}

export function isTime(value: string): boolean {
  return timeAt(value, 0) === value.length;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * datatypes.html#date: "Dates SHALL be valid dates", which the regexes alone do not say (they
 * accept 2019-02-31): whether a date, dateTime or instant that has a day names one that exists.
 * True when it has no day, or is not in the date layout (the regex judges that).
 */
export function isCalendarDate(value: string): boolean {
  if (value.length < 10 || value.charCodeAt(7) !== 45 /* - */) return true;
  const century = twoDigits(value, 0);
  const yearOf = twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  if (century < 0 || yearOf < 0 || month < 0 || day < 0) return true;
  const year = century * 100 + yearOf;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const limit = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1];
  return limit === undefined || day <= limit;
}

/** Which characters an id may hold: A-Z, a-z, 0-9, '-' and '.'. */
const ID_CHARACTER = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ID_CHARACTER[code] = /[A-Za-z0-9\-.]/.test(char) ? 1 : 0;
}

export function isId(value: string): boolean {
  const length = value.length;
  if (length === 0 || length > 64) return false;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    if (code > 127 || ID_CHARACTER[code] === 0) return false;
  }
  return true;
}

/** For each character code: 2 for a lower-case hexadecimal digit, 1 for an upper-case one (A-F). */
const HEX = (() => {
  const table = new Uint8Array(128);
  for (const digit of '0123456789abcdef') table[digit.charCodeAt(0)] = 2;
  for (const digit of 'ABCDEF') table[digit.charCodeAt(0)] = 1;
  return table;
})();

/**
 * `urn:uuid:` and an RFC 4122 UUID, 8-4-4-4-12 hexadecimal digits, in lower case only when
 * `lowerCase` (the uuid type asks for it). Every fullUrl of a Synthea bundle is one, and every
 * reference of its transactions, so this reads character codes rather than running the regex.
 */
export function isUrnUuidOf(value: string, lowerCase: boolean): boolean {
  const least = lowerCase ? 2 : 1;
  return (
    value.length === 45 &&
    value.startsWith('urn:uuid:') &&
    value.charCodeAt(17) === 45 /* - */ &&
    value.charCodeAt(22) === 45 &&
    value.charCodeAt(27) === 45 &&
    value.charCodeAt(32) === 45 &&
    hexRun(value, 9, 17, least) &&
    hexRun(value, 18, 22, least) &&
    hexRun(value, 23, 27, least) &&
    hexRun(value, 28, 32, least) &&
    hexRun(value, 33, 45, least)
  );
}

function hexRun(value: string, from: number, to: number, least: number): boolean {
  for (let index = from; index < to; index++) {
    const code = value.charCodeAt(index);
    if (code > 127 || HEX[code]! < least) return false;
  }
  return true;
}

/** uuid: `urn:uuid:` and 8-4-4-4-12 lower-case hexadecimal digits. */
export function isUuid(value: string): boolean {
  return isUrnUuidOf(value, true);
}

/** RFC 3986 section 4.3: an absolute URI starts with a scheme and a colon, and has more after it (no whitespace). */
export const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

export function isAbsoluteUri(value: string): boolean {
  return ABSOLUTE_URI.test(value);
}

/** uri, url, canonical: `[^ \t\n\r]*`, no whitespace anywhere. */
const WHITESPACE = /[ \t\n\r]/;

export function hasNoWhitespace(value: string): boolean {
  return !WHITESPACE.test(value);
}

/** code: `[^ \t\n\r]+([ \t\n\r][^ \t\n\r]+)*`, not empty, no whitespace at either end or twice in a row. */
const MISPLACED_WHITESPACE = /^[ \t\n\r]|[ \t\n\r]$|[ \t\n\r]{2}/;

export function isCode(value: string): boolean {
  return value.length > 0 && !MISPLACED_WHITESPACE.test(value);
}

/** Each matcher with the regex of the R4 definitions it stands for (the element model gives it as `^(?:<regex>)$`). */
export const MATCHERS: Record<string, { regex: string; matcher: string }> = {
  date: { regex: '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?', matcher: 'isDate' },
  dateTime: {
    regex: '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?',
    matcher: 'isDateTime',
  },
  instant: {
    regex: '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))',
    matcher: 'isInstant',
  },
  time: { regex: '([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?', matcher: 'isTime' },
  id: { regex: '[A-Za-z0-9\\-\\.]{1,64}', matcher: 'isId' },
  uuid: { regex: 'urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', matcher: 'isUuid' },
  uri: { regex: '[^ \\t\\n\\r]*', matcher: 'hasNoWhitespace' },
  url: { regex: '[^ \\t\\n\\r]*', matcher: 'hasNoWhitespace' },
  canonical: { regex: '[^ \\t\\n\\r]*', matcher: 'hasNoWhitespace' },
  code: { regex: '[^ \\t\\n\\r]+([ \\t\\n\\r][^ \\t\\n\\r]+)*', matcher: 'isCode' },
};
