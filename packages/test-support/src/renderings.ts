import { inspect } from "node:util";

/**
 * Every way a value (an error, a hook event, a result) could be shown to a person or a log: `JSON.stringify`,
 * `util.inspect` with everything visible, `String()`, and an error's message and stack. Key-safety tests assert a
 * key shows in none of them.
 */
export function renderings(value: unknown): string[] {
  const rendered = [
    JSON.stringify(value) ?? "",
    inspect(value, { depth: Number.POSITIVE_INFINITY }),
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    String(value),
  ];
  if (value instanceof Error) rendered.push(value.message, value.stack ?? "");
  return rendered;
}
