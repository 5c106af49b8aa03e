import fc from "fast-check";
import { type AgentTaskSource, agentTaskSources } from "../model/agent-task.js";
import { fixturesBySource, sourceCases } from "../providers/__fixtures__/index.js";

// Arbitraries for property tests of `normalizeTask`: raw tasks that are almost right, so that a run gets
// past the object and id checks and into the field mappers, where a wrong type is most likely to hurt.

/** The field each source reads its task id from. */
export const idFieldBySource = Object.fromEntries(
  Object.entries(sourceCases).map(([source, { idField }]) => [source, idField]),
) as { readonly [Source in AgentTaskSource]: string };

/** Every status any provider documents, for tasks and for BrowserAct steps. */
const documentedStatuses = [
  "pending",
  "running",
  "completed",
  "failed",
  "stopped",
  "started",
  "paused",
  "finished",
  "created",
  "canceled",
  "pausing",
  "unknown",
  "succeed",
  // Browser Use v4 and Skyvern.
  "queued",
  "dispatching",
  "cancelled",
  "timed_out",
  "terminated",
] as const;

/** Statuses one typo, case or space away from a documented one, which must still map to `unknown`. */
const nearMissStatuses = [
  "Finished",
  "FAILED",
  " running",
  "completed ",
  "cancel",
  "timed-out",
  "succeeded",
  "error",
  "",
];

/** Keys an object inherits, which a mapper must never mistake for data. */
const prototypeKeys = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "toJSON",
  "__defineGetter__",
] as const;

/** Every field name some mapper reads, at any depth. */
const mappedFieldNames = [
  ...new Set(Object.values(idFieldBySource)),
  "status",
  "data",
  "finalResult",
  "steps",
  "error",
  "liveUrl",
  "agentOutput",
  "actions",
  "action",
  "nextGoal",
  "memory",
  "idx",
  "isSuccess",
  "task",
  // Browser Use v2 of the seed era, and of today: each decides which era a task is read as.
  "doneOutput",
  "session",
  "userUploadedFiles",
  "isScheduled",
  "createdAt",
  "cost",
  "judgement",
  "judgeVerdict",
  "suggestions",
  "duration",
  "outputFiles",
  "fileName",
  "startedAt",
  "finishedAt",
  "metadata",
  "number",
  "evaluationPreviousGoal",
  "url",
  "screenshotUrl",
  "output",
  "live_url",
  "step",
  "next_goal",
  "evaluation_previous_goal",
  "output_files",
  "created_at",
  "finished_at",
  "public_share_url",
  "final_result",
  "browser_url",
  "events",
  "message",
  "timestamp",
  "updated_at",
  "total_cost_usd",
  "video_recording_url",
  "log_url",
  "downloads_link",
  "string",
  "files",
  "task_failure_info",
  "code",
  "live_url_info",
  "download_files",
  "downloadUrl",
  "guid",
  "fileSize",
  "step_goal",
  "screenshots_url",
  "credit",
  "log_detail_url",
  // Browser Use v4: the `{run, events}` wrapper, the run and its events.
  "run",
  "result",
  "totalCostUsd",
  "updatedAt",
  "ts",
  "type",
  "live_view_url",
  // Skyvern.
  "run_id",
  "run_request",
  "prompt",
  "run_metadata",
  "failure_reason",
  "errors",
  "error_code",
  "reasoning",
  "downloaded_files",
  "filename",
  "file_size",
  "artifact_id",
  "started_at",
  "modified_at",
  "recording_url",
  "recording_archived",
  "app_url",
  "step_count",
];

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 9 });

/** Mostly years our providers will send, sometimes any date JavaScript can hold. */
const instant = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.date({
      noInvalidDate: true,
      min: new Date("1990-01-01T00:00:00.000Z"),
      max: new Date("2100-01-01T00:00:00.000Z"),
    }),
  },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) },
);

/** No zone (naive UTC), `Z`, or an offset in each spelling, including offsets out of range (`+24:00`, `-07:60`). */
const zoneDesignator = fc.oneof(
  fc.constantFrom("", "Z", "z", "+00:00", "-00:00", " Z", "+24:00", "-23:59"),
  fc
    .tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
    .chain(([sign, hours, minutes]) =>
      fc.constantFrom(
        `${sign}${pad(hours, 2)}:${pad(minutes, 2)}`,
        `${sign}${pad(hours, 2)}${pad(minutes, 2)}`,
        `${sign}${pad(hours, 2)}`,
      ),
    ),
);

/** `.123`, `,5`, microseconds, nanoseconds, or no fraction at all. */
const secondFraction = fc.oneof(
  fc.constant(""),
  digits.map((fraction) => `.${fraction}`),
  digits.map((fraction) => `,${fraction}`),
);

/** An ISO 8601-like text of a real instant, in the spellings providers use. */
const isoLikeTimestamp = fc
  .tuple(instant, fc.constantFrom("T", "t", " "), secondFraction, zoneDesignator, fc.boolean())
  .map(([date, separator, fraction, zone, withSeconds]) => {
    const year = date.getUTCFullYear();
    // Years outside 0000-9999 are written unpadded ("-12", "10000"), which no ISO reader accepts.
    const yearText = year >= 0 && year <= 9999 ? pad(year, 4) : String(year);
    const day = `${yearText}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
    const time = `${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}`;
    const seconds = withSeconds ? `:${pad(date.getUTCSeconds(), 2)}${fraction}` : "";
    return `${day}${separator}${time}${seconds}${zone}`;
  });

/** Every part out of range on its own or together: `2024-13-45T99:99:99`. */
const outOfRangeTimestamp = fc
  .tuple(
    fc.integer({ min: 0, max: 99999 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 0, max: 99 }),
    secondFraction,
    zoneDesignator,
  )
  .map(
    ([year, month, day, hour, minute, second, fraction, zone]) =>
      `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${fraction}${zone}`,
  );

/** Any timestamp-like value: ISO spellings, RFC 2822, epoch numbers, calendar edge cases and plain garbage. */
const timestampValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: isoLikeTimestamp },
  { weight: 2, arbitrary: outOfRangeTimestamp },
  { weight: 1, arbitrary: instant.map((date) => date.toISOString()) },
  { weight: 1, arbitrary: instant.map((date) => date.toISOString().slice(0, 10)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(instant, fc.constantFrom("GMT", "UTC", "UT", "Z", "+0200", "-0530", "", "PST", "+02:00"))
      .map(([date, zone]) => date.toUTCString().replace("GMT", zone)),
  },
  { weight: 1, arbitrary: instant.map((date) => date.toString()) },
  { weight: 1, arbitrary: instant.map((date) => date.getTime()) },
  { weight: 1, arbitrary: instant.map((date) => String(Math.floor(date.getTime() / 1000))) },
  { weight: 1, arbitrary: isoLikeTimestamp.map((text) => ` \n${text}\t`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "2024-13-45T99:99:99",
      "2023-02-30T00:00:00Z",
      "2025-02-29T12:00:00Z",
      "2024-02-29T12:00:00Z",
      "2025-12-31T24:00:00Z",
      "2025-12-31T24:00:00.000001Z",
      "0000-01-01T00:00:00+23:59",
      "9999-12-31T23:59:59.999-23:59",
      "+275760-09-13T00:00:00.000Z",
      "-271821-04-20T00:00:00.000Z",
      "2025-03-04T",
      "2025-03-04T10",
      "2025-03-04T10:15:30.Z",
      "31 Feb 2025 10:00 GMT",
      "yesterday",
      "",
      "   ",
    ),
  },
  { weight: 1, arbitrary: fc.string() },
);

/** Documented statuses of every provider, near misses, inherited key names and values that are not strings. */
const statusValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...documentedStatuses) },
  { weight: 2, arbitrary: fc.constantFrom(...nearMissStatuses) },
  { weight: 1, arbitrary: fc.constantFrom(...prototypeKeys) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** Numbers JSON can carry, including huge, tiny, negative zero and unsafe integers, and numeric strings. */
const numberValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    0,
    -0,
    -1,
    0.5,
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    -(2 ** 64),
  ),
  fc.integer().map(String),
);

/** Ids as strings (some blank), safe and unsafe integers, fractions and other types. */
const idValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.uuid() },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\t\n", "0", "78412563098214567", "__proto__") },
  { weight: 2, arbitrary: numberValue },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
);

/** URLs, blank text, and paths whose last segment is empty, blank or badly percent-encoded once decoded. */
const urlValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "/",
      "//",
      "?",
      "#",
      "%",
      "not a url",
      "http://[::1",
      "https://cdn.example.com/",
      "https://cdn.example.com/%20",
      "https://cdn.example.com/%09%0A/",
      "https://cdn.example.com/%E0%A4%A",
      "https://cdn.example.com/a%2Fb",
      "outputs/%20?x=1",
      " /x",
    ),
  },
  { weight: 1, arbitrary: fc.string() },
);

/** Text as mappers read it: blank or not, plain, JSON (for structured output) or almost JSON. */
const textValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\t\n", "desks.csv", "{not json}", '[{"a":1}', '"done"', "null") },
  { weight: 1, arbitrary: fc.json({ maxDepth: 2 }) },
);

/** Browser Use v2's `cost`: a USD amount as a decimal string, or text and numbers that are not one. */
const usdAmountValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }).map((cents) => (cents / 10_000).toFixed(4)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "0",
      "-0",
      "0.0425",
      ".5",
      "5.",
      "1e-3",
      "1e999",
      "-1e999",
      "-0.01",
      "NaN",
      "Infinity",
      "0x10",
      "0b1",
      "1_000",
      "$0.04",
      "0.04 USD",
      "1,5",
      "",
      " ",
      " 0.5\n",
    ),
  },
  { weight: 1, arbitrary: numberValue },
  { weight: 1, arbitrary: fc.string() },
);

/** Items of a file list: names (Browser Use v1) or URLs (BrowserAct `output.files`), some blank. */
const fileListItemValue = fc.oneof(urlValue, textValue);

// Which values to try for a field, by its name; an array item is named after its array (`files[]`).
const nameClasses: readonly (readonly [RegExp, fc.Arbitrary<unknown>])[] = [
  [/^(?:files|output_files)\[\]$/, fileListItemValue],
  [/status/i, statusValue],
  [/(?:^|_)at$|[a-z]At$|timestamp|Time$|^ts$/, timestampValue],
  [/^(?:id|jobId|job_id|guid|run_id|artifact_id)$/, idValue],
  [/url|Url|link/, urlValue],
  [/^(?:cost|totalCostUsd)$/, usdAmountValue],
  [/^(?:idx|step|number|fileSize|file_size|step_count|credit|total_cost_usd|code|duration)$/, numberValue],
  [
    /^(?:fileName|filename|message|error|task|doneOutput|judgement|finalResult|final_result|string|memory|nextGoal|next_goal|step_goal|evaluationPreviousGoal|evaluation_previous_goal|result|failure_reason|reasoning|error_code|prompt|type)$/,
    textValue,
  ],
];

/** A typed value for a field whose name says what it holds, else `null`. */
function typedValueForName(name: string): fc.Arbitrary<unknown> | null {
  return nameClasses.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

/** Options for the values a near-valid task is mutated with. */
export interface ValueOptions {
  /** Extra leaf values beyond JSON (BigInt, Date, Map, ...), for inputs built with a JSON reviver. */
  extraLeaves?: fc.Arbitrary<unknown>;
  /** Keys for fields added to objects; defaults to mapped field names, inherited key names and any string. */
  insertKey?: fc.Arbitrary<string>;
}

function anyValue(options: ValueOptions): fc.Arbitrary<unknown> {
  const leaves: fc.Arbitrary<unknown>[] = [
    fc.constantFrom(null, true, false),
    textValue,
    timestampValue,
    statusValue,
    idValue,
    urlValue,
    numberValue,
  ];
  if (options.extraLeaves !== undefined) leaves.push(options.extraLeaves);
  const leaf = fc.oneof(...leaves);
  const key = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...mappedFieldNames) },
    { weight: 1, arbitrary: fc.constantFrom(...prototypeKeys) },
    { weight: 1, arbitrary: fc.string() },
  );
  // Records and lists of any depth, whose keys are mostly the names mappers read.
  const { value } = fc.letrec<{ value: unknown; record: Record<string, unknown>; list: unknown[] }>((tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("record"), tie("list")),
    record: fc.dictionary(key, tie("value"), { maxKeys: 5, noNullPrototype: options.extraLeaves === undefined }),
    list: fc.array(tie("value"), { maxLength: 4 }),
  }));
  return value;
}

type PathKey = string | number;
type Container = Record<string, unknown> | unknown[];

type Mutation =
  | { kind: "delete"; path: readonly PathKey[] }
  | { kind: "replace"; path: readonly PathKey[]; value: unknown }
  | { kind: "insert"; path: readonly PathKey[]; key: string; position: number; value: unknown };

function isContainer(value: unknown): value is Container {
  return typeof value === "object" && value !== null;
}

function keysOf(container: Container): PathKey[] {
  return Array.isArray(container) ? container.map((_item, index) => index) : Object.keys(container);
}

/** The path to every node below `root`, and separately to every object or array (the root included). */
function pathsOf(root: unknown): { nodes: PathKey[][]; containers: PathKey[][] } {
  const nodes: PathKey[][] = [];
  const containers: PathKey[][] = [];
  const visit = (value: unknown, path: PathKey[]): void => {
    if (path.length > 0) nodes.push(path);
    if (!isContainer(value)) return;
    containers.push(path);
    for (const key of keysOf(value)) visit((value as Record<PathKey, unknown>)[key], [...path, key]);
  };
  visit(root, []);
  return { nodes, containers };
}

function nodeAt(root: unknown, path: readonly PathKey[]): unknown {
  let node = root;
  for (const key of path) node = isContainer(node) ? (node as Record<PathKey, unknown>)[key] : undefined;
  return node;
}

function setOwn(container: Container, key: PathKey, value: unknown): void {
  // defineProperty, not assignment: an own `__proto__` key stays data instead of swapping the prototype.
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The container at `path` in `root`, or `null` when an earlier mutation removed it or replaced it with a
 * generated value (which must not be changed: fast-check reuses it while shrinking).
 */
function containerAt(root: Container, path: readonly PathKey[], ownContainers: WeakSet<object>): Container | null {
  let node: unknown = root;
  for (const key of path) {
    if (!isContainer(node) || !Object.hasOwn(node, key)) return null;
    node = (node as Record<PathKey, unknown>)[key];
  }
  return isContainer(node) && ownContainers.has(node) ? node : null;
}

function applyMutation(root: Container, mutation: Mutation, ownContainers: WeakSet<object>): void {
  if (mutation.kind === "insert") {
    const target = containerAt(root, mutation.path, ownContainers);
    if (target === null) return;
    if (Array.isArray(target)) target.splice(mutation.position % (target.length + 1), 0, mutation.value);
    else setOwn(target, mutation.key, mutation.value);
    return;
  }
  const parent = containerAt(root, mutation.path.slice(0, -1), ownContainers);
  const key = mutation.path.at(-1);
  if (parent === null || key === undefined || !Object.hasOwn(parent, key)) return;
  if (mutation.kind === "replace") setOwn(parent, key, mutation.value);
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[String(key)];
}

/** The name of the field at `path`; an array item is named after its array (`steps[]`). */
function nameAt(path: readonly PathKey[]): string {
  const last = path.at(-1);
  if (typeof last === "string") return last;
  const parent = path.at(-2);
  return typeof parent === "string" ? `${parent}[]` : "";
}

function mutationOf(fixture: unknown, options: ValueOptions): fc.Arbitrary<Mutation> {
  const { nodes, containers } = pathsOf(fixture);
  const arrayPaths = new Set(
    containers.filter((path) => Array.isArray(nodeAt(fixture, path))).map((path) => JSON.stringify(path)),
  );
  const generic = anyValue(options);
  const valueForName = (name: string): fc.Arbitrary<unknown> => {
    const typed = typedValueForName(name);
    return typed === null ? generic : fc.oneof({ weight: 3, arbitrary: typed }, { weight: 1, arbitrary: generic });
  };
  const insertKey =
    options.insertKey ??
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...mappedFieldNames) },
      { weight: 1, arbitrary: fc.constantFrom(...prototypeKeys) },
      { weight: 1, arbitrary: fc.string() },
    );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...nodes).map((path): Mutation => ({ kind: "delete", path })) },
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(...nodes)
        .chain((path) => valueForName(nameAt(path)).map((value): Mutation => ({ kind: "replace", path, value }))),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...containers), insertKey, fc.nat())
        .chain(([path, key, position]) =>
          valueForName(arrayPaths.has(JSON.stringify(path)) ? nameAt([...path, 0]) : key).map(
            (value): Mutation => ({ kind: "insert", path, key, position, value }),
          ),
        ),
    },
  );
}

/** A deep copy of `fixture` with `mutations` applied; the fixture and the generated values stay untouched. */
function mutated(fixture: unknown, mutations: readonly Mutation[]): unknown {
  const copy: unknown = structuredClone(fixture);
  if (!isContainer(copy)) return copy;
  const ownContainers = new WeakSet<object>();
  const collect = (value: unknown): void => {
    if (!isContainer(value)) return;
    ownContainers.add(value);
    for (const key of keysOf(value)) collect((value as Record<PathKey, unknown>)[key]);
  };
  collect(copy);
  for (const mutation of mutations) applyMutation(copy, mutation, ownContainers);
  return copy;
}

/**
 * A fixture of `source` (now and then one of another source) with one to six fields deleted, replaced with
 * a value of any type and depth, or added: statuses, timestamps, ids, steps and files included.
 */
export function nearValidRawTask(source: AgentTaskSource, options: ValueOptions = {}): fc.Arbitrary<unknown> {
  const ownFixtures = Object.values(fixturesBySource[source]);
  const allFixtures = agentTaskSources.flatMap((anySource) => Object.values(fixturesBySource[anySource]));
  const fixture = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...ownFixtures) },
    { weight: 1, arbitrary: fc.constantFrom(...allFixtures) },
  );
  return fixture.chain((chosen: unknown) =>
    fc
      .array(mutationOf(chosen, options), { minLength: 1, maxLength: 6 })
      .map((mutations) => mutated(chosen, mutations)),
  );
}

/**
 * JSON text parsed the way a response body is: objects whose keys are inherited names (`__proto__`,
 * `constructor`, `toString`), as own properties at any depth, next to the fields `source` reads.
 */
export function rawTaskWithPrototypeKeys(source: AgentTaskSource): fc.Arbitrary<unknown> {
  const key = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...prototypeKeys) },
    { weight: 2, arbitrary: fc.constantFrom(...mappedFieldNames) },
  );
  const { value } = fc.letrec<{ value: unknown; record: Record<string, unknown> }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.jsonValue({ maxDepth: 0 }),
      statusValue,
      tie("record"),
    ),
    record: fc.dictionary(key, tie("value"), { maxKeys: 6, noNullPrototype: true }),
  }));
  const withValidId = fc
    .tuple(fc.dictionary(key, value, { maxKeys: 8, noNullPrototype: true }), fc.uuid())
    .map(([record, id]) => ({ ...record, [idFieldBySource[source]]: id }));
  const fixtureWithPrototypeKeys = nearValidRawTask(source, { insertKey: fc.constantFrom(...prototypeKeys) });
  return fc
    .oneof(withValidId, value, fixtureWithPrototypeKeys)
    .map((built) => JSON.parse(JSON.stringify(built) ?? "null") as unknown);
}
