/**
 * An error told in full, for people: `Name: message`, the fields that say what was sent and answered, then each
 * cause in turn (and each error of an AggregateError), never cut; any secret (an API key) is replaced wherever it
 * appears.
 */
import { inspect } from "node:util";
import { redactSecret } from "@agent-tasks/core/internal";

/** Fields shown as they are; the rest of an error's own fields are shown only when they are plain values. */
const SKIPPED_FIELDS = new Set(["name", "message", "stack", "cause", "errors", "lastTask"]);
const MAX_DEPTH = 8;

function redact(text: string, secrets: readonly string[]): string {
  return secrets.reduce(redactSecret, text);
}

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object" && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return inspect(value, { depth: 4, breakLength: Number.POSITIVE_INFINITY });
    }
  }
  return String(value);
}

/** The error's own fields worth reading (`status`, `url`, `code`, `body`...), as `name=value`, skipping empty ones. */
function fieldsOf(error: object): string[] {
  const fields: string[] = [];
  for (const [name, fieldValue] of Object.entries(error)) {
    if (SKIPPED_FIELDS.has(name) || fieldValue === null || fieldValue === undefined) continue;
    if (typeof fieldValue === "function") continue;
    fields.push(`${name}=${show(fieldValue)}`);
  }
  const lastTask = (error as { lastTask?: { status?: unknown; providerStatus?: unknown } | null }).lastTask;
  if (lastTask) fields.push(`lastTask.status=${show(lastTask.status)} (${show(lastTask.providerStatus)})`);
  return fields;
}

function headline(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return `thrown ${typeof error}: ${show(error)}`;
}

/**
 * The lines that tell `error` in full: its name and message, its fields, then `caused by` each cause, nested errors
 * indented. `secrets` (API keys) never appear: each is replaced by `[redacted]`.
 */
export function describeError(error: unknown, secrets: readonly string[] = []): string[] {
  const lines: string[] = [];
  const seen = new Set<unknown>();
  const visit = (current: unknown, indent: string, prefix: string, depth: number) => {
    if (seen.has(current) || depth > MAX_DEPTH) {
      lines.push(`${indent}${prefix}(the same error again)`);
      return;
    }
    seen.add(current);
    lines.push(`${indent}${prefix}${headline(current)}`);
    if (typeof current !== "object" || current === null) return;
    const fields = fieldsOf(current);
    if (fields.length > 0) lines.push(`${indent}    ${fields.join(", ")}`);
    if (current instanceof AggregateError) {
      for (const [index, inner] of current.errors.entries()) visit(inner, `${indent}    `, `[${index}] `, depth + 1);
    }
    if ("cause" in current && current.cause !== undefined) visit(current.cause, indent, "caused by ", depth + 1);
  };
  visit(error, "", "", 0);
  return lines.map((line) => redact(line, secrets));
}

/** `Name: message` of `error`, whole, secrets replaced: the one-line form. */
export function errorHeadline(error: unknown, secrets: readonly string[] = []): string {
  return redact(headline(error), secrets);
}

/** The error's class name (`ApiConnectionError`), or what was thrown when it is no `Error`. */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : `thrown ${typeof error}`;
}
