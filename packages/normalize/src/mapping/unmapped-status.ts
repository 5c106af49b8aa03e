/**
 * The `default` branch of an exhaustive status switch: a generated enum value without a `case`
 * fails type-checking here, and an undocumented value still maps to `"unknown"` at run time.
 */
export function unmappedStatus(_status: never): "unknown" {
  return "unknown";
}
