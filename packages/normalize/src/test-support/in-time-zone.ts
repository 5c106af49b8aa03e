/**
 * Runs `read` with `process.env.TZ` set to `timeZone` (Node applies TZ changes at run time), then
 * restores the previous value. Used to prove that a result does not depend on the machine's zone.
 */
export function inTimeZone<T>(timeZone: string, read: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return read();
  } finally {
    if (previous === undefined) Reflect.deleteProperty(process.env, "TZ");
    else process.env.TZ = previous;
  }
}

/** Zones whose local time is far from UTC on both sides, one with a half-hour offset. */
export const FAR_FROM_UTC_TIME_ZONES = ["America/Los_Angeles", "Asia/Kolkata"] as const;
