/** Base class of every error thrown by `@agent-tasks` packages. */
export class AgentTasksError extends Error {
  // Every error class spells out its name: minifiers rename classes, and `error.name` comes from this.
  static override readonly name: string = "AgentTasksError";

  /** Provider id (e.g. `"hyperbrowser"`), or `null` when the error is not tied to one. */
  declare readonly provider: string | null;

  constructor(message: string, options: { provider?: string | null; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : options);
    // Own fields are set in this order everywhere (provider, name, then the subclass's), as class fields would.
    this.provider = options.provider ?? null;
    this.name = new.target.name;
  }

  /**
   * What `JSON.stringify(error)` shows: the error's own fields (`name`, `provider`, `status`, `body`...), as always,
   * but with anything nested deeper than `MAX_JSON_DEPTH` levels (a provider's error body nested thousands of levels
   * deep, a task holding one) cut to a marker, so logging an error never throws `RangeError`.
   */
  toJSON(): Record<string, unknown> {
    return depthLimited({ ...this }, MAX_JSON_DEPTH) as Record<string, unknown>;
  }
}

const MAX_JSON_DEPTH = 64;

/** `value` as JSON would see it, with objects and arrays below `depth` more levels replaced by a marker. */
function depthLimited(value: unknown, depth: number): unknown {
  if (typeof value !== "object" || value === null) return value;
  const json = (value as { toJSON?: unknown }).toJSON;
  if (typeof json === "function") return depthLimited(json.call(value), depth);
  if (depth <= 0) return "[nested too deep]";
  if (Array.isArray(value)) return value.map((item) => depthLimited(item, depth - 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, depthLimited(item, depth - 1)]));
}

/** No API key was passed and none was found in the provider's environment variable. */
export class MissingApiKeyError extends AgentTasksError {
  static override readonly name: string = "MissingApiKeyError";

  declare readonly option: "apiKey";
  declare readonly envVar: string;

  constructor(provider: string, displayName: string, factoryName: string, envVar: string) {
    super(
      `Missing ${displayName} API key: pass the \`apiKey\` option to ${factoryName}() or set the ${envVar} environment variable.`,
      { provider },
    );
    this.option = "apiKey";
    this.envVar = envVar;
  }
}

/** A client option is malformed (bad `baseUrl`, an API key that cannot be sent as a header). */
export class InvalidClientOptionError extends AgentTasksError {
  static override readonly name: string = "InvalidClientOptionError";

  declare readonly option: string;

  constructor(provider: string, option: string, problem: string) {
    super(`Invalid \`${option}\` option for ${provider}: ${problem}`, { provider });
    this.option = option;
  }
}

/** A path parameter would change which resource the URL points at, so nothing was sent. */
export class InvalidPathParameterError extends AgentTasksError {
  static override readonly name: string = "InvalidPathParameterError";

  declare readonly parameter: string;
  declare readonly schemaPath: string;

  constructor(provider: string | null, schemaPath: string, parameter: string, problem: string) {
    super(`Invalid path parameter "${parameter}" for ${schemaPath}: ${problem}. Nothing was sent.`, { provider });
    this.parameter = parameter;
    this.schemaPath = schemaPath;
  }
}

/** A redirect could not be followed safely (too many hops, or a browser hid the target). */
export class RedirectError extends AgentTasksError {
  static override readonly name: string = "RedirectError";

  declare readonly status: number;

  constructor(provider: string, status: number, problem: string) {
    super(`${provider} answered with a redirect (HTTP ${status}) that was not followed: ${problem}`, { provider });
    this.status = status;
  }
}

/** A task reference passed to a task fetcher is not usable (wrong type, empty), so nothing was sent. */
export class InvalidTaskRefError extends AgentTasksError {
  static override readonly name: string = "InvalidTaskRefError";

  /** Which part of the reference is wrong, e.g. `"jobId"`, or `"ref"` for the whole. */
  declare readonly field: string;

  constructor(provider: string, field: string, problem: string) {
    super(`Invalid ${provider} task reference: \`${field}\` ${problem}. Nothing was sent.`, { provider });
    this.field = field;
  }
}
