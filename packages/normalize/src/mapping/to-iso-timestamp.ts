import { asString } from "./coerce.js";

// Date, optional time with optional fraction (any precision), optional zone. A missing zone means UTC.
const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

// RFC 2822 / HTTP dates ("Wed, 15 Jan 2025 10:30:00 GMT"), accepted only with an explicit zone, so the
// runtime's parser never falls back to the machine's local time.
const RFC_2822_WITH_ZONE =
  /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s+(?:GMT|UTC|UT|Z|[+-]\d{4})$/;

function zoneOffsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone === "Z" || zone === "z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 23 || minutes > 59) return Number.NaN;
  return sign * (hours * 60 + minutes);
}

/**
 * Reads an ISO 8601 timestamp and writes it as UTC (`Date#toISOString()`), or returns `null`.
 * A value with no zone designator is UTC (Browser Use's "naive UTC"), never the machine's local time.
 */
export function toIsoTimestamp(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  const text = asString(value)?.trim();
  if (!text) return null;
  const match = ISO_LIKE.exec(text);
  if (match === null) {
    const parsed = RFC_2822_WITH_ZONE.test(text) ? Date.parse(text) : Number.NaN;
    return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
  }
  const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "", zone] = match;
  const parts = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = parts;
  if (mo < 1 || mo > 12 || d < 1 || h > 24 || mi > 59 || s > 59) return null;
  if (h === 24 && (mi !== 0 || s !== 0 || Number(fraction || "0") !== 0)) return null;
  const milliseconds = Number(`0.${fraction || "0"}`) * 1000;
  const offset = zoneOffsetMinutes(zone);
  if (Number.isNaN(offset)) return null;
  const calendar = new Date(0);
  calendar.setUTCFullYear(y, mo - 1, d);
  // Reject overflowing dates such as 2023-02-30 instead of rolling them into March.
  if (calendar.getUTCFullYear() !== y || calendar.getUTCMonth() !== mo - 1 || calendar.getUTCDate() !== d) return null;
  const epoch = calendar.getTime() + ((h * 60 + mi - offset) * 60 + s) * 1000 + Math.floor(milliseconds);
  const result = new Date(epoch);
  return Number.isNaN(result.getTime()) ? null : result.toISOString();
}
