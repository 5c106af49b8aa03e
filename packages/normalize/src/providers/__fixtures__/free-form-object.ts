/**
 * A free-form JSON object typed the way the generated types spell a spec's bare `type: object`.
 *
 * openapi-typescript renders `type: object` without properties (Hyperbrowser's `data.steps` items, Dari's
 * `final_result` and event `data`, Browser Use v1's `metadata`) as `Record<string, never>`, which no object
 * with a key satisfies. This keeps the value unchanged and only gives it that type; once the generator
 * emits `Record<string, unknown>` for these, the fixtures still compile and this can go.
 */
export function freeFormObject(value: object): Record<string, never> {
  return value as Record<string, never>;
}
