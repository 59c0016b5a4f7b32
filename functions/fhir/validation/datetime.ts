/**
 * FHIRPath ordering of date, dateTime and instant values (http://hl7.org/fhirpath/N1/#datetime-equality):
 * a number below, at or above zero, or undefined (the empty result) when the values agree up to
 * the coarser of two different precisions ("2023-06-21" vs "2023-06-21T06:20:00Z").
 */
export const DATE_TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The order of two values written to the same precision in the same layout and zone, from their
 * text alone, or undefined when they are not such a pair (then compareDateTimes decides).
 */
export function sameLayoutOrder(a: string, b: string): number | undefined {
  if (!sameLayout(a, b) || !sameDigitLayout(a, b)) return undefined;
  return a === b ? 0 : a < b ? -1 : 1;
}

export function compareDateTimes(a: string, b: string): number | undefined {
  if (sameLayout(a, b) && (sameDigitLayout(a, b) || (DATE_TIME.test(a) && DATE_TIME.test(b)))) return a === b ? 0 : a < b ? -1 : 1;
  const x = DATE_TIME.exec(a);
  const y = DATE_TIME.exec(b);
  if (!x || !y) return undefined;
  const xHasTime = x[4] !== undefined;
  const yHasTime = y[4] !== undefined;
  if (xHasTime && yHasTime && x[8] !== undefined && y[8] !== undefined) {
    // Both are instants: compare on the time line (seconds and fractions are one precision).
    const ms = (m: RegExpExecArray) =>
      Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7] ? `.${m[7].slice(0, 3).padEnd(3, '0')}` : ''}${m[8]}`);
    const difference = ms(x) - ms(y);
    if (Number.isNaN(difference)) return undefined;
    if (difference !== 0) return Math.sign(difference);
    // Equal to the millisecond: compare any further digits of the fractions.
    const fx = (x[7] ?? '').padEnd(9, '0');
    const fy = (y[7] ?? '').padEnd(9, '0');
    return fx === fy ? 0 : fx < fy ? -1 : 1;
  }
  // Otherwise compare field by field as written, down to the coarser precision.
  for (const index of [1, 2, 3, 4, 5, 6]) {
    const p = x[index];
    const q = y[index];
    if (p === undefined || q === undefined) return p === undefined && q === undefined ? 0 : undefined;
    if (p !== q) return Number(p) < Number(q) ? -1 : 1;
  }
  const fx = x[7] ?? '';
  const fy = y[7] ?? '';
  return fx === fy ? 0 : Number(`0.${fx || '0'}`) < Number(`0.${fy || '0'}`) ? -1 : 1;
}

/**
 * `yyyy-mm-ddThh:mm:ss[.f...]` (or `yyyy`, `yyyy-mm`, `yyyy-mm-dd`) in both, digit for digit,
 * before the zone that {@link sameLayout} compared: what DATE_TIME would accept of two values of
 * the same layout, read without running it twice.
 */
function sameDigitLayout(a: string, b: string): boolean {
  const length = a.length;
  const end = length <= 10 ? length : a.charCodeAt(length - 1) === 90 /* Z */ ? length - 1 : length - 6;
  if (length > 10 && (end < 19 || a.charCodeAt(13) !== 58 || a.charCodeAt(16) !== 58)) return false;
  for (let index = 0; index < end; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    const separator = index === 4 || index === 7 ? 45 /* - */ : index === 10 ? 84 /* T */ : index === 13 || index === 16 ? 58 /* : */ : index === 19 ? 46 /* . */ : -1;
    if (separator >= 0) {
      if (x !== separator || y !== separator) return false;
    } else if (x < 48 || x > 57 || y < 48 || y > 57) {
      return false;
    }
  }
  // A fraction needs digits after its point; a zone is ±hh:mm.
  if (end === 20) return false;
  if (end === length - 6) return isDigitAt(a, length - 5) && isDigitAt(a, length - 4) && a.charCodeAt(length - 3) === 58 && isDigitAt(a, length - 2) && isDigitAt(a, length - 1);
  return true;
}

/**
 * Two values written to the same precision in the same layout with the same time zone (Synthea's
 * `2015-06-12T05:12:33-04:00` pairs, or two plain dates) order as their text does.
 */
function sameLayout(a: string, b: string): boolean {
  const length = a.length;
  if (length !== b.length) return false;
  if (length === 4 || length === 7 || length === 10) return true;
  if (length < 17 || a.charCodeAt(10) !== 84 /* T */ || b.charCodeAt(10) !== 84) return false;
  if (a.charCodeAt(length - 1) === 90 /* Z */) return b.charCodeAt(length - 1) === 90 && a.indexOf('.') === b.indexOf('.');
  const zone = length - 6;
  const sign = a.charCodeAt(zone);
  if ((sign !== 43 && sign !== 45) || a.indexOf('.') !== b.indexOf('.')) return false;
  for (let index = zone; index < length; index++) if (a.charCodeAt(index) !== b.charCodeAt(index)) return false;
  return true;
}

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}
