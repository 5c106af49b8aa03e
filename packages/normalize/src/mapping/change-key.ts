import type { AgentTaskSource, RawTaskOf } from "../model/agent-task.js";
import { asRecord } from "./coerce.js";
import type { Fields } from "./fields.js";

/**
 * How one source's `TaskMapper.changeKey` finds what it keys on: the id field, the steps array, and (for a source
 * whose steps have a status of their own) the field of each step holding it.
 */
export interface ChangeKeyFields<Source extends AgentTaskSource> {
  idField: keyof Fields<RawTaskOf<Source>> & string;
  /** The array the mapper reads its steps from (`undefined` or anything else: no steps). */
  stepsOf: (task: Fields<RawTaskOf<Source>>) => unknown;
  stepStatusField?: string | undefined;
}

/** `text` with its length before it, so that keys made of several texts never run into each other. */
function field(text: string): string {
  return `${text.length}:${text}`;
}

/**
 * The change key of `rawTask` (see `TaskMapper.changeKey`): its id, its raw status, its step count and, with
 * `stepStatusField`, each step's raw status (`-` when not a string), each text prefixed with its length. `null` when
 * the raw task is not a plain object (as `JSON.parse` makes them) with an id `readTaskId` accepts and a string
 * status, or reading it threw. It reads only what it keys on, so a raw task with the same key as the last one is
 * never normalized again by a poll loop: a getter elsewhere on it that throws is not run until the task changes.
 */
export function changeKeyOf<Source extends AgentTaskSource>(
  rawTask: unknown,
  fields: ChangeKeyFields<Source>,
): string | null {
  try {
    const task = asRecord(rawTask);
    if (task === null) return null;
    const prototype = Object.getPrototypeOf(task);
    if (prototype !== Object.prototype && prototype !== null) return null;
    const id = task[fields.idField];
    if (!(typeof id === "string" ? id.trim() !== "" : Number.isSafeInteger(id))) return null;
    const status = task.status;
    if (typeof status !== "string") return null;
    const key = field(String(id)) + field(status);
    const steps = fields.stepsOf(task as Fields<RawTaskOf<Source>>);
    if (!Array.isArray(steps)) return `${key}0`;
    let stepKey = "";
    let count = 0;
    const { stepStatusField } = fields;
    for (let index = 0; index < steps.length; index++) {
      if (!(index in steps)) continue;
      count++;
      if (stepStatusField === undefined) continue;
      const stepStatus = asRecord(steps[index])?.[stepStatusField];
      stepKey += typeof stepStatus === "string" ? `,${field(stepStatus)}` : ",-";
    }
    return `${key}${count}${stepKey}`;
  } catch {
    return null;
  }
}
