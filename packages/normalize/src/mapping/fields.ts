// Typed reads of untrusted provider JSON. A mapper reads a raw object through the field names of the schema the
// provider package generates from its spec, so removing or renaming a field in the spec fails type-checking in
// the mapper that reads it ("Property 'doneOutput' does not exist on type 'Fields<TaskView>'"). Every value is
// still `unknown`: the provider can send anything, so the coercers in `coerce.ts` check each one.

import { asRecord } from "./coerce.js";

declare const schema: unique symbol;

/** Every key of every member of a union (`keyof (A | B)` would keep only the shared ones). */
type KeysOf<Schema> = Schema extends unknown ? keyof Schema : never;

/**
 * A raw object read through the field names of `Schema`. Reading a field the schema does not declare is a type
 * error; every field reads as `unknown`. A schema that declares no fields of its own (an open object, an
 * untyped step) allows any name.
 */
export type Fields<Schema> = { readonly [Key in KeysOf<NonNullable<Schema>>]-?: unknown } & {
  /** Carries the schema for `nestedFields`; never present at run time. */
  readonly [schema]?: NonNullable<Schema>;
};

/** The schema of one field, whichever union member declares it. */
type FieldSchema<Schema, Key extends PropertyKey> = Schema extends unknown
  ? Key extends keyof Schema
    ? NonNullable<Schema[Key]>
    : never
  : never;

/** `value` read through `Schema`'s field names, or `null` when it is not a plain object (arrays included). */
export function fieldsOf<Schema>(value: unknown): Fields<Schema> | null {
  return asRecord(value) as Fields<Schema> | null;
}

/** The object in field `key` of `record`, read through that field's own schema; `null` when it is not an object. */
export function nestedFields<Schema, Key extends KeysOf<NonNullable<Schema>>>(
  record: Fields<Schema> | null,
  key: Key,
): Fields<FieldSchema<NonNullable<Schema>, Key>> | null {
  return fieldsOf(record?.[key]);
}

/**
 * Maps each item of the array in field `key` of `record` (read through the item schema) with its 1-based
 * position; an item mapped to `null` is dropped, and a field that is not an array gives `[]`.
 */
export function mapFieldItems<Schema, Key extends KeysOf<NonNullable<Schema>>, Mapped>(
  record: Fields<Schema> | null,
  key: Key,
  mapItem: (item: unknown, position: number) => Mapped | null,
): Mapped[] {
  const items = record?.[key];
  if (!Array.isArray(items)) return [];
  const mapped: Mapped[] = [];
  for (let index = 0; index < items.length; index++) {
    // A hole of a sparse array is no item (as `flatMap` skips it); positions still count it.
    if (!(index in items)) continue;
    const item = mapItem(items[index], index + 1);
    if (item !== null) mapped.push(item);
  }
  return mapped;
}
