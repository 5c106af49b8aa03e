// The few assertions the page needs; each failure says what was checked, what came and what was expected.

type ErrorClass<E> = abstract new (...args: never[]) => E;

function show(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
}

/** Fails unless `actual` equals `expected` (deeply, for plain data). */
export function expectEqual<T>(what: string, actual: T, expected: T): void {
  const same =
    typeof expected === "object" && expected !== null
      ? JSON.stringify(actual) === JSON.stringify(expected)
      : Object.is(actual, expected);
  if (!same) throw new Error(`${what}: got ${show(actual)}, expected ${show(expected)}`);
}

/** Fails unless `condition` holds. */
export function expectTrue(what: string, condition: boolean, seen?: unknown): asserts condition {
  if (!condition) throw new Error(`${what}${seen === undefined ? "" : ` (got ${show(seen)})`}`);
}

/** Fails unless `value` is an instance of `expected`. */
export function expectInstanceOf<E>(value: unknown, expected: ErrorClass<E>): asserts value is E {
  if (!(value instanceof expected)) throw new Error(`expected ${expected.name}, got ${show(value)}`);
}
