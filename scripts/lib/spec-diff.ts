/**
 * Classifies the differences between two OpenAPI documents (3.0 or 3.1) from the point of view of code that uses
 * the generated client: requests are what the client sends, responses what it reads. Pure: no I/O, no clock.
 * Used by `pnpm specs:update` and `pnpm specs:check`.
 */

type ChangeSeverity = "breaking" | "addition" | "docs";

export interface SpecChange {
  severity: ChangeSeverity;
  /** what kind of thing changed */
  category:
    | "operation"
    | "parameter"
    | "request-field"
    | "response-field"
    | "enum"
    | "type"
    | "nullability"
    | "required"
    | "server"
    | "security"
    | "description";
  /** where, human readable, e.g. "GET /tasks/{task_id} → 200 → TaskView.doneOutput" or "GET /tasks/{task_id} → query parameter pageSize" */
  location: string;
  /**
   * Set when the change is inside a named component that several operations use: `location` is then the component
   * path alone (`TaskStatus`, `TaskView.doneOutput`) and this lists where it is used, sorted
   * (`["GET /tasks → 200", "GET /tasks/{task_id} → 200"]`). The change is reported once, not once per operation.
   */
  usedBy?: string[];
  /** what changed, one line, e.g. "removed", "added (optional)", "enum value \"created\" added", "type string → integer", "now nullable", "now required" */
  change: string;
  /** why it is (not) breaking for code that uses the generated client, one short sentence */
  reason: string;
}

type Obj = Record<string, unknown>;
type Side = "request" | "response";
type Category = SpecChange["category"];

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
/** Keys whose changes only affect documentation (JSDoc in the generated types at most). */
const DOC_KEYS = [
  "summary",
  "description",
  "title",
  "example",
  "examples",
  "externalDocs",
  "deprecated",
  // The generator runs with `defaultNonNullable: false` (scripts/lib/generate-spec.ts): a `default` only becomes an
  // `@default` JSDoc tag and never makes a field required or optional; only `required` does.
  "default",
] as const;
const SEVERITY_ORDER: Record<ChangeSeverity, number> = { breaking: 0, addition: 1, docs: 2 };
const DOCS_REASON = "documentation only: the generated types are unchanged apart from comments";

/** Length of the longest run of characters two names share, ignoring case (`doneOutput`, `output` → 6). */
function sharedNameLength(a: string, b: string): number {
  const [left, right] = [a.toLowerCase(), b.toLowerCase()];
  let longest = 0;
  for (let start = 0; start < left.length; start++) {
    for (let end = start + longest + 1; end <= left.length && right.includes(left.slice(start, end)); end++) {
      longest = end - start;
    }
  }
  return longest;
}

function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asObj(value: unknown): Obj {
  return isObj(value) ? value : {};
}

function sortedKeys(...objects: Obj[]): string[] {
  return [...new Set(objects.flatMap((object) => Object.keys(object)))].sort(compareText);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function same(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (isObj(value)) {
    return `{${Object.keys(value)
      .sort(compareText)
      .map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

/** Follows local `$ref`s (`#/...`, also chains of them); the name is the last segment of the last ref followed. */
function resolve(doc: Obj, node: unknown): { node: Obj | undefined; name: string | undefined } {
  let current = node;
  let name: string | undefined;
  const seen = new Set<string>();
  while (isObj(current) && typeof current.$ref === "string" && current.$ref.startsWith("#/")) {
    const ref = current.$ref;
    if (seen.has(ref)) return { node: undefined, name };
    seen.add(ref);
    const segments = ref
      .slice(2)
      .split("/")
      .map((segment) => decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~"));
    let target: unknown = doc;
    for (const segment of segments) target = isObj(target) ? target[segment] : undefined;
    name = segments.at(-1);
    current = target;
  }
  return { node: isObj(current) ? current : undefined, name };
}

/** A schema as the generated TypeScript sees it: its types without "null", nullability, union members. */
interface SchemaView {
  schema: Obj;
  /** the wrapper a nullable `anyOf: [X, {type: "null"}]` was collapsed from, for its description */
  wrapper: Obj | undefined;
  name: string | undefined;
  types: string[] | undefined;
  nullable: boolean;
  union: { kind: "anyOf" | "oneOf"; members: unknown[] } | undefined;
}

function isNullSchema(doc: Obj, raw: unknown): boolean {
  const node = resolve(doc, raw).node;
  return node !== undefined && (node.type === "null" || (Array.isArray(node.type) && same(node.type, ["null"])));
}

function ownTypes(node: Obj): string[] | undefined {
  if (typeof node.type === "string") return [node.type];
  if (Array.isArray(node.type)) return node.type.filter((type): type is string => typeof type === "string").sort();
  return undefined;
}

function viewSchema(doc: Obj, raw: unknown, depth = 0): SchemaView | undefined {
  const { node, name } = resolve(doc, raw);
  if (node === undefined || depth > 16) return undefined;
  let nullable = node.nullable === true;
  let types = ownTypes(node);
  if (types !== undefined && types.length > 1 && types.includes("null")) {
    nullable = true;
    types = types.filter((type) => type !== "null");
  }
  let union: SchemaView["union"];
  for (const kind of ["anyOf", "oneOf"] as const) {
    const list = node[kind];
    if (!Array.isArray(list)) continue;
    const members = list.filter((member) => !isNullSchema(doc, member));
    if (members.length < list.length) nullable = true;
    const hasOwnShape = types !== undefined || "properties" in node || "items" in node || "allOf" in node;
    if (members.length === 1 && !hasOwnShape) {
      const inner = viewSchema(doc, members[0], depth + 1);
      if (inner !== undefined) return { ...inner, wrapper: node, nullable: true };
    }
    union = { kind, members };
  }
  if (types === undefined) {
    if ("properties" in node || "additionalProperties" in node) types = ["object"];
    else if ("items" in node) types = ["array"];
    else if (Array.isArray(node.allOf)) {
      types = node.allOf
        .map((member) => viewSchema(doc, member, depth + 1)?.types)
        .find((found) => found !== undefined);
    }
  }
  return { schema: node, wrapper: undefined, name, types, nullable, union };
}

function describeType(doc: Obj, view: SchemaView): string {
  if (view.types !== undefined) return view.types.join(" | ");
  if (view.union !== undefined) {
    const members = view.union.members.map((member) => {
      const inner = viewSchema(doc, member);
      return inner === undefined ? "?" : (inner.name ?? inner.types?.join(" | ") ?? "any");
    });
    return `${view.union.kind}(${members.join(" | ")})`;
  }
  if (typeof view.schema.$ref === "string") return view.schema.$ref;
  return "(any)";
}

/** Properties and required names of an object schema, merged through `allOf`. */
function objectShape(
  doc: Obj,
  schema: Obj,
  seen = new Set<Obj>(),
): { properties: Map<string, unknown>; required: Set<string> } {
  const properties = new Map<string, unknown>();
  const required = new Set<string>();
  if (seen.has(schema)) return { properties, required };
  seen.add(schema);
  for (const [name, property] of Object.entries(asObj(schema.properties))) properties.set(name, property);
  if (Array.isArray(schema.required)) {
    for (const name of schema.required) if (typeof name === "string") required.add(name);
  }
  if (Array.isArray(schema.allOf)) {
    for (const member of schema.allOf) {
      const resolved = resolve(doc, member).node;
      if (resolved === undefined) continue;
      const inner = objectShape(doc, resolved, seen);
      for (const [name, property] of inner.properties) if (!properties.has(name)) properties.set(name, property);
      for (const name of inner.required) required.add(name);
    }
  }
  return { properties, required };
}

function enumValues(schema: Obj): string[] | undefined {
  const values = Array.isArray(schema.enum) ? schema.enum : "const" in schema ? [schema.const] : undefined;
  return values?.filter((value) => value !== null).map((value) => JSON.stringify(value));
}

function at(prefix: string, path: string): string {
  return path === "" ? prefix : `${prefix} → ${path}`;
}

/**
 * Where a change is. `prefix` is the operation part (`GET /tasks/{task_id} → 200`, `POST /tasks → request body`,
 * `GET /tasks → query parameter status`); `path` the field path inside its schema ("" for the operation part
 * itself). `component` is true when `path` starts at a named component (`TaskView.doneOutput`): the same change is
 * then found again from every operation that uses the component, and is reported once.
 */
interface Place {
  prefix: string;
  path: string;
  component: boolean;
}

function place(location: string): Place {
  return { prefix: location, path: "", component: false };
}

/** The place of field `name` (or `[]`, `<anyOf X>`, … when `name` is a suffix) inside `parent`. */
function child(parent: Place, name: string): Place {
  return { ...parent, path: parent.path === "" ? name : `${parent.path}.${name}` };
}

function suffixed(parent: Place, suffix: string): Place {
  return { ...parent, path: `${parent.path}${suffix}` };
}

interface Found {
  severity: ChangeSeverity;
  category: Category;
  place: Place;
  change: string;
  reason: string;
}

function mediaSuffix(mediaType: string): string {
  return mediaType === "application/json" ? "" : ` (${mediaType})`;
}

class SpecDiffer {
  private readonly found: Found[] = [];
  /** doc-only differences, one entry per place (keyed by its JSON), listing the keys that changed */
  private readonly docs = new Map<string, { place: Place; keys: Set<string> }>();
  private readonly visited = new Set<string>();

  constructor(
    private readonly oldDoc: Obj,
    private readonly newDoc: Obj,
  ) {}

  run(): SpecChange[] {
    this.compareInfo();
    this.compareServers();
    this.compareSecuritySchemes();
    this.compareOperations();
    for (const { place, keys } of this.docs.values()) {
      this.add("docs", "description", place, `${[...keys].sort(compareText).join(", ")} changed`, DOCS_REASON);
    }
    return this.merged().sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        compareText(a.location, b.location) ||
        compareText(a.category, b.category) ||
        compareText(a.change, b.change),
    );
  }

  /**
   * One SpecChange per distinct change: duplicates collapse, and a change inside a component that several operations
   * use is reported once, at the component path, with `usedBy` naming the operations.
   */
  private merged(): SpecChange[] {
    const groups = new Map<string, { found: Found; prefixes: Set<string> }>();
    for (const found of this.found) {
      const { prefix, path, component } = found.place;
      const where = component ? path : at(prefix, path);
      const key = stableJson([found.severity, found.category, component, where, found.change, found.reason]);
      const group = groups.get(key) ?? { found, prefixes: new Set<string>() };
      group.prefixes.add(prefix);
      groups.set(key, group);
    }
    return [...groups.values()].map(({ found: { severity, category, place, change, reason }, prefixes }) =>
      prefixes.size > 1
        ? { severity, category, location: place.path, usedBy: [...prefixes].sort(compareText), change, reason }
        : { severity, category, location: at(place.prefix, place.path), change, reason },
    );
  }

  private add(
    severity: ChangeSeverity,
    category: Category,
    where: Place | string,
    change: string,
    reason: string,
  ): void {
    this.found.push({ severity, category, place: typeof where === "string" ? place(where) : where, change, reason });
  }

  /** Records doc-only differences (one report entry per place, listing the keys). */
  private compareDocs(where: Place | string, oldNode: Obj, newNode: Obj, keys: readonly string[] = DOC_KEYS): void {
    const changed = keys.filter((key) => !same(oldNode[key], newNode[key]));
    if (changed.length === 0) return;
    const target = typeof where === "string" ? place(where) : where;
    const key = stableJson(target);
    const entry = this.docs.get(key) ?? { place: target, keys: new Set<string>() };
    for (const name of changed) entry.keys.add(name);
    this.docs.set(key, entry);
  }

  private compareInfo(): void {
    const oldInfo = asObj(this.oldDoc.info);
    const newInfo = asObj(this.newDoc.info);
    this.compareDocs("info", oldInfo, newInfo, sortedKeys(oldInfo, newInfo));
    for (const key of ["tags", "externalDocs"]) {
      if (!same(this.oldDoc[key], this.newDoc[key])) this.compareDocs(key, this.oldDoc, this.newDoc, [key]);
    }
  }

  private compareServers(): void {
    const url = (doc: Obj): string | undefined => {
      const first: unknown = Array.isArray(doc.servers) ? doc.servers[0] : undefined;
      return isObj(first) && typeof first.url === "string" ? first.url : undefined;
    };
    const oldUrl = url(this.oldDoc);
    const newUrl = url(this.newDoc);
    if (oldUrl !== newUrl) {
      this.add(
        "breaking",
        "server",
        "servers[0]",
        `url ${JSON.stringify(oldUrl ?? null)} → ${JSON.stringify(newUrl ?? null)}`,
        "the default base URL changes, so clients created without a baseUrl send requests elsewhere",
      );
    } else if (!same(this.oldDoc.servers, this.newDoc.servers)) {
      this.compareDocs("servers", this.oldDoc, this.newDoc, ["servers"]);
    }
  }

  private compareSecuritySchemes(): void {
    const oldSchemes = asObj(asObj(this.oldDoc.components).securitySchemes);
    const newSchemes = asObj(asObj(this.newDoc.components).securitySchemes);
    for (const name of sortedKeys(oldSchemes, newSchemes)) {
      const location = `security scheme ${name}`;
      const oldScheme = resolve(this.oldDoc, oldSchemes[name]).node;
      const newScheme = resolve(this.newDoc, newSchemes[name]).node;
      if (oldScheme === undefined && newScheme !== undefined) {
        this.add(
          "addition",
          "security",
          location,
          "added",
          "a new way to authenticate; existing clients are unaffected",
        );
      } else if (oldScheme !== undefined && newScheme === undefined) {
        this.add("breaking", "security", location, "removed", "clients authenticating this way are no longer accepted");
      } else if (oldScheme !== undefined && newScheme !== undefined) {
        const changed = ["type", "in", "name", "scheme", "bearerFormat", "flows", "openIdConnectUrl"].filter(
          (key) => !same(oldScheme[key], newScheme[key]),
        );
        if (changed.length > 0) {
          const detail = changed
            .map(
              (key) => `${key} ${JSON.stringify(oldScheme[key] ?? null)} → ${JSON.stringify(newScheme[key] ?? null)}`,
            )
            .join(", ");
          this.add(
            "breaking",
            "security",
            location,
            detail,
            "the client sends credentials the old way, which the API no longer accepts",
          );
        }
        this.compareDocs(location, oldScheme, newScheme, ["description"]);
      }
    }
  }

  private compareOperations(): void {
    const oldPaths = asObj(this.oldDoc.paths);
    const newPaths = asObj(this.newDoc.paths);
    for (const path of sortedKeys(oldPaths, newPaths)) {
      const oldItem = resolve(this.oldDoc, oldPaths[path]).node ?? {};
      const newItem = resolve(this.newDoc, newPaths[path]).node ?? {};
      for (const method of METHODS) {
        const location = `${method.toUpperCase()} ${path}`;
        const oldOperation = oldItem[method];
        const newOperation = newItem[method];
        if (!isObj(oldOperation) && isObj(newOperation)) {
          this.add("addition", "operation", location, "added", "a new operation; existing calls are unaffected");
        } else if (isObj(oldOperation) && !isObj(newOperation)) {
          this.add(
            "breaking",
            "operation",
            location,
            "removed",
            "calls to it no longer compile (the path or method is gone)",
          );
        } else if (isObj(oldOperation) && isObj(newOperation)) {
          this.compareOperation(location, oldItem, newItem, oldOperation, newOperation);
        }
      }
    }
  }

  private compareOperation(location: string, oldItem: Obj, newItem: Obj, oldOperation: Obj, newOperation: Obj): void {
    this.compareDocs(location, oldOperation, newOperation, [...DOC_KEYS, "tags"]);
    const oldId = oldOperation.operationId;
    const newId = newOperation.operationId;
    if (oldId === undefined && newId !== undefined) {
      // Without an operationId the operation is inlined in `paths`; with one it is also `operations[newId]`.
      this.add(
        "addition",
        "operation",
        location,
        `operationId ${JSON.stringify(newId)} added`,
        "the generated `operations` type gains this name; nothing could refer to the operation by name before",
      );
    } else if (oldId !== newId) {
      this.add(
        "breaking",
        "operation",
        location,
        newId === undefined
          ? `operationId ${JSON.stringify(oldId)} removed`
          : `operationId ${JSON.stringify(oldId)} → ${JSON.stringify(newId)}`,
        "the generated `operations` type is keyed by operationId, so references to the old name no longer compile",
      );
    }
    this.compareParameters(
      location,
      this.parameters(this.oldDoc, oldItem, oldOperation),
      this.parameters(this.newDoc, newItem, newOperation),
    );
    this.compareRequestBody(location, oldOperation.requestBody, newOperation.requestBody);
    this.compareResponses(location, asObj(oldOperation.responses), asObj(newOperation.responses));
  }

  /** Path-level parameters overridden by operation-level ones, keyed by `in` and name (headers case-insensitive). */
  private parameters(doc: Obj, item: Obj, operation: Obj): Map<string, Obj> {
    const result = new Map<string, Obj>();
    for (const list of [item.parameters, operation.parameters]) {
      if (!Array.isArray(list)) continue;
      for (const raw of list) {
        const parameter = resolve(doc, raw).node;
        if (parameter === undefined || typeof parameter.name !== "string" || typeof parameter.in !== "string") continue;
        const name = parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name;
        result.set(`${parameter.in} parameter ${name}`, parameter);
      }
    }
    return result;
  }

  private compareParameters(operation: string, oldParameters: Map<string, Obj>, newParameters: Map<string, Obj>): void {
    const isRequired = (parameter: Obj): boolean => parameter.in === "path" || parameter.required === true;
    const schemaOf = (parameter: Obj): unknown =>
      parameter.schema ?? Object.values(asObj(parameter.content)).map((media) => asObj(media).schema)[0];
    const keys = [...new Set([...oldParameters.keys(), ...newParameters.keys()])].sort(compareText);
    for (const key of keys) {
      const location = `${operation} → ${key}`;
      const oldParameter = oldParameters.get(key);
      const newParameter = newParameters.get(key);
      if (oldParameter === undefined && newParameter !== undefined) {
        if (isRequired(newParameter)) {
          this.add(
            "breaking",
            "parameter",
            location,
            "added (required)",
            "existing calls do not pass it and no longer compile",
          );
        } else {
          this.add(
            "addition",
            "parameter",
            location,
            "added (optional)",
            "callers may pass it; existing calls still compile",
          );
        }
      } else if (oldParameter !== undefined && newParameter === undefined) {
        this.add("breaking", "parameter", location, "removed", "calls passing it no longer compile");
      } else if (oldParameter !== undefined && newParameter !== undefined) {
        if (!isRequired(oldParameter) && isRequired(newParameter)) {
          this.add("breaking", "required", location, "now required", "calls that omit it no longer compile");
        } else if (isRequired(oldParameter) && !isRequired(newParameter)) {
          this.add(
            "addition",
            "required",
            location,
            "now optional",
            "callers may omit it; existing calls still compile",
          );
        }
        this.compareDocs(location, oldParameter, newParameter, ["description", "example", "examples", "deprecated"]);
        this.compareSchema(schemaOf(oldParameter), schemaOf(newParameter), "request", place(location));
      }
    }
  }

  private compareRequestBody(operation: string, oldRaw: unknown, newRaw: unknown): void {
    const location = `${operation} → request body`;
    const oldBody = resolve(this.oldDoc, oldRaw).node;
    const newBody = resolve(this.newDoc, newRaw).node;
    if (oldBody === undefined && newBody !== undefined) {
      if (newBody.required === true) {
        this.add(
          "breaking",
          "request-field",
          location,
          "added (required)",
          "existing calls send no body and no longer compile",
        );
      } else {
        this.add(
          "addition",
          "request-field",
          location,
          "added (optional)",
          "callers may send a body; existing calls still compile",
        );
      }
      return;
    }
    if (oldBody === undefined || newBody === undefined) {
      if (oldBody !== undefined)
        this.add("breaking", "request-field", location, "removed", "calls sending a body no longer compile");
      return;
    }
    if (oldBody.required !== true && newBody.required === true) {
      this.add("breaking", "required", location, "now required", "calls without a body no longer compile");
    } else if (oldBody.required === true && newBody.required !== true) {
      this.add(
        "addition",
        "required",
        location,
        "now optional",
        "callers may omit the body; existing calls still compile",
      );
    }
    this.compareDocs(location, oldBody, newBody, ["description"]);
    this.compareContent(location, asObj(oldBody.content), asObj(newBody.content), "request");
  }

  private compareResponses(operation: string, oldResponses: Obj, newResponses: Obj): void {
    for (const status of sortedKeys(oldResponses, newResponses)) {
      const location = `${operation} → ${status}`;
      const oldResponse = resolve(this.oldDoc, oldResponses[status]).node;
      const newResponse = resolve(this.newDoc, newResponses[status]).node;
      const success = status.startsWith("2");
      if (oldResponse === undefined && newResponse !== undefined) {
        if (success && Object.keys(oldResponses).some((code) => code.startsWith("2"))) {
          this.add(
            "breaking",
            "operation",
            location,
            "response added",
            "the client's `data` becomes a union with this response's body",
          );
        } else {
          this.add(
            "addition",
            "operation",
            location,
            "response added",
            "a new response the client can read; existing code still compiles",
          );
        }
      } else if (oldResponse !== undefined && newResponse === undefined) {
        this.add(
          "breaking",
          "operation",
          location,
          "response removed",
          "code reading this response's body no longer compiles",
        );
      } else if (oldResponse !== undefined && newResponse !== undefined) {
        this.compareDocs(location, oldResponse, newResponse, ["description"]);
        this.compareContent(location, asObj(oldResponse.content), asObj(newResponse.content), "response");
      }
    }
  }

  private compareContent(location: string, oldContent: Obj, newContent: Obj, side: Side): void {
    const category: Category = side === "request" ? "request-field" : "response-field";
    for (const mediaType of sortedKeys(oldContent, newContent)) {
      const oldMedia = oldContent[mediaType];
      const newMedia = newContent[mediaType];
      if (!isObj(oldMedia) && isObj(newMedia)) {
        this.add(
          side === "request" ? "addition" : "breaking",
          category,
          location,
          `media type ${mediaType} added`,
          side === "request"
            ? "callers may send this media type; existing calls still compile"
            : "the body type read from this response gains a variant",
        );
      } else if (isObj(oldMedia) && !isObj(newMedia)) {
        this.add(
          "breaking",
          category,
          location,
          `media type ${mediaType} removed`,
          "code sending or reading this media type no longer compiles",
        );
      } else if (isObj(oldMedia) && isObj(newMedia)) {
        const prefix = `${location}${mediaSuffix(mediaType)}`;
        this.compareDocs(prefix, oldMedia, newMedia, ["example", "examples"]);
        this.compareSchema(oldMedia.schema, newMedia.schema, side, place(prefix));
      }
    }
  }

  /**
   * Walks two schemas in step. The place's path restarts at the component's name whenever a `$ref` is followed.
   * Each (operation part, side, component pair) is walked once, which also stops reference cycles; the same
   * component reached from several operations is merged into one change by `merged()`.
   */
  private compareSchema(oldRaw: unknown, newRaw: unknown, side: Side, where: Place): void {
    const oldView = viewSchema(this.oldDoc, oldRaw);
    const newView = viewSchema(this.newDoc, newRaw);
    if (oldView === undefined || newView === undefined) return;
    const name = newView.name ?? oldView.name;
    let location = where;
    if (name !== undefined) {
      location = { prefix: where.prefix, path: name, component: true };
      const key = `${where.prefix}\u0000${side}\u0000${oldView.name ?? ""}\u0000${newView.name ?? ""}`;
      if (this.visited.has(key)) return;
      this.visited.add(key);
    }
    const response = side === "response";

    this.compareDocs(location, oldView.schema, newView.schema);
    if (oldView.wrapper !== undefined && newView.wrapper !== undefined) {
      this.compareDocs(location, oldView.wrapper, newView.wrapper);
    }

    const oldType = describeType(this.oldDoc, oldView);
    const newType = describeType(this.newDoc, newView);
    if (oldType !== newType) {
      this.add(
        "breaking",
        "type",
        location,
        `type ${oldType} → ${newType}`,
        response ? "code reading the old type no longer type-checks" : "calls sending the old type no longer compile",
      );
      return;
    }
    if (!same(oldView.schema.format, newView.schema.format)) {
      this.add(
        "breaking",
        "type",
        location,
        `format ${String(oldView.schema.format ?? "(none)")} → ${String(newView.schema.format ?? "(none)")}`,
        response
          ? "the values read have a different form than before"
          : "the values sent must have a different form than before",
      );
    }
    if (!oldView.nullable && newView.nullable) {
      this.add(
        response ? "breaking" : "addition",
        "nullability",
        location,
        "now nullable",
        response ? "code reading it must now handle null" : "callers may now send null; existing calls still compile",
      );
    } else if (oldView.nullable && !newView.nullable) {
      this.add(
        response ? "addition" : "breaking",
        "nullability",
        location,
        "no longer nullable",
        response ? "null checks become unnecessary but still compile" : "calls sending null no longer compile",
      );
    }
    this.compareEnums(location, side, oldView.schema, newView.schema);
    if (oldView.union !== undefined && newView.union !== undefined)
      this.compareUnions(oldView, newView, side, location);
    this.compareObjects(oldView.schema, newView.schema, side, location);
    if ("items" in oldView.schema || "items" in newView.schema) {
      this.compareSchema(oldView.schema.items, newView.schema.items, side, suffixed(location, "[]"));
    }
    if (isObj(oldView.schema.additionalProperties) && isObj(newView.schema.additionalProperties)) {
      this.compareSchema(
        oldView.schema.additionalProperties,
        newView.schema.additionalProperties,
        side,
        child(location, "*"),
      );
    }
  }

  private compareEnums(location: Place, side: Side, oldSchema: Obj, newSchema: Obj): void {
    const oldValues = enumValues(oldSchema);
    const newValues = enumValues(newSchema);
    const response = side === "response";
    if (oldValues === undefined && newValues !== undefined) {
      this.add(
        response ? "addition" : "breaking",
        "enum",
        location,
        `now an enum (${newValues.join(", ")})`,
        response
          ? "the type narrows to a union; code reading it still compiles"
          : "calls sending other values no longer compile",
      );
      return;
    }
    if (oldValues !== undefined && newValues === undefined) {
      this.add(
        response ? "breaking" : "addition",
        "enum",
        location,
        "no longer an enum",
        response
          ? "exhaustive switches over the old union no longer cover every value"
          : "callers may send any value; existing calls still compile",
      );
      return;
    }
    if (oldValues === undefined || newValues === undefined) return;
    for (const value of newValues.filter((candidate) => !oldValues.includes(candidate))) {
      this.add(
        response ? "breaking" : "addition",
        "enum",
        location,
        `enum value ${value} added`,
        response
          ? "exhaustive switches over the generated union (such as the normalize status mappers) stop compiling until it is handled"
          : "callers may send the new value; existing calls still compile",
      );
    }
    for (const value of oldValues.filter((candidate) => !newValues.includes(candidate))) {
      this.add(
        "breaking",
        "enum",
        location,
        `enum value ${value} removed`,
        response
          ? "a `case` for the removed value no longer compiles in TypeScript (it is not part of the generated union)"
          : "calls sending the removed value no longer compile",
      );
    }
  }

  private compareUnions(oldView: SchemaView, newView: SchemaView, side: Side, location: Place): void {
    const keyed = (doc: Obj, members: unknown[]): Map<string, unknown> =>
      new Map(members.map((member, index) => [resolve(doc, member).name ?? `#${index}`, member]));
    const oldMembers = keyed(this.oldDoc, oldView.union?.members ?? []);
    const newMembers = keyed(this.newDoc, newView.union?.members ?? []);
    const kind = newView.union?.kind ?? "anyOf";
    for (const key of [...new Set([...oldMembers.keys(), ...newMembers.keys()])].sort(compareText)) {
      const inOld = oldMembers.has(key);
      const inNew = newMembers.has(key);
      if (inOld && inNew) {
        this.compareSchema(oldMembers.get(key), newMembers.get(key), side, suffixed(location, `<${kind} ${key}>`));
      } else if (inNew) {
        this.add(
          side === "response" ? "breaking" : "addition",
          "type",
          location,
          `${kind} member ${key} added`,
          side === "response"
            ? "code reading it must handle one more variant"
            : "callers may send one more variant; existing calls still compile",
        );
      } else {
        this.add(
          "breaking",
          "type",
          location,
          `${kind} member ${key} removed`,
          "code sending or handling this variant no longer compiles",
        );
      }
    }
  }

  private compareObjects(oldSchema: Obj, newSchema: Obj, side: Side, parent: Place): void {
    const oldShape = objectShape(this.oldDoc, oldSchema);
    const newShape = objectShape(this.newDoc, newSchema);
    const response = side === "response";
    const category: Category = response ? "response-field" : "request-field";
    const names = [...new Set([...oldShape.properties.keys(), ...newShape.properties.keys()])].sort(compareText);
    const removed = names.filter((name) => !newShape.properties.has(name));
    const added = names.filter((name) => !oldShape.properties.has(name));
    const typeOf = (doc: Obj, raw: unknown): string => {
      const view = viewSchema(doc, raw);
      return view === undefined ? "?" : describeType(doc, view);
    };
    const renamedTo = new Map<string, string>();
    const unclaimed = [...added];
    for (const name of removed) {
      const type = typeOf(this.oldDoc, oldShape.properties.get(name));
      // A rename keeps the type and most of the name (doneOutput → output); a mere same-typed newcomer is no hint.
      let best: { index: number; score: number } | null = null;
      for (const [index, candidate] of unclaimed.entries()) {
        if (typeOf(this.newDoc, newShape.properties.get(candidate)) !== type) continue;
        const score = sharedNameLength(name, candidate);
        if (score >= 4 && (best === null || score > best.score)) best = { index, score };
      }
      const target = best === null ? undefined : unclaimed[best.index];
      if (best !== null && target !== undefined) {
        renamedTo.set(name, target);
        unclaimed.splice(best.index, 1);
      }
    }
    for (const name of names) {
      const location = child(parent, name);
      const wasRequired = oldShape.required.has(name);
      const isRequired = newShape.required.has(name);
      if (removed.includes(name)) {
        const target = renamedTo.get(name);
        this.add(
          "breaking",
          category,
          location,
          target === undefined ? "removed" : `removed (renamed to ${JSON.stringify(target)}?)`,
          response ? "code reading it no longer compiles" : "calls setting it no longer compile",
        );
      } else if (added.includes(name)) {
        const change = isRequired ? "added (required)" : "added (optional)";
        if (response) {
          this.add("addition", category, location, change, "a new field to read; existing code still compiles");
        } else if (isRequired) {
          this.add("breaking", category, location, change, "existing calls do not set it and no longer compile");
        } else {
          this.add("addition", category, location, change, "callers may set it; existing calls still compile");
        }
      } else {
        if (!wasRequired && isRequired) {
          this.add(
            response ? "addition" : "breaking",
            "required",
            location,
            "now required",
            response
              ? "it is now always present; existing code still compiles"
              : "calls that omit it no longer compile",
          );
        } else if (wasRequired && !isRequired) {
          this.add(
            response ? "breaking" : "addition",
            "required",
            location,
            "now optional",
            response
              ? "it may now be absent, so code reading it must handle undefined"
              : "callers may omit it; existing calls still compile",
          );
        }
        this.compareSchema(oldShape.properties.get(name), newShape.properties.get(name), side, location);
      }
    }
  }
}

export function diffSpecs(oldDoc: Record<string, unknown>, newDoc: Record<string, unknown>): SpecChange[] {
  return new SpecDiffer(oldDoc, newDoc).run();
}

/** semver level for the changes: "major" if any breaking, "minor" if any addition, "patch" if only docs, null if no change. */
export function releaseLevel(changes: SpecChange[]): "major" | "minor" | "patch" | null {
  if (changes.some((change) => change.severity === "breaking")) return "major";
  if (changes.some((change) => change.severity === "addition")) return "minor";
  return changes.length > 0 ? "patch" : null;
}

/** The changesets bump for a package at `version`: like releaseLevel, but below 1.0.0 breaking → "minor" and addition → "patch" (0.x convention: changesets' "major" would jump a 0.x package to 1.0.0). */
export function changesetBump(changes: SpecChange[], version: string): "major" | "minor" | "patch" | null {
  const major = /^v?(\d+)\.\d+\.\d+/.exec(version)?.[1];
  if (major === undefined) throw new Error(`changesetBump: ${JSON.stringify(version)} is not a semver version`);
  const level = releaseLevel(changes);
  if (Number(major) > 0 || level === null) return level;
  return level === "major" ? "minor" : "patch";
}

/** Markdown report: a summary line (N breaking, N additions, N docs-only), then sections Breaking / Additions / Docs only, each a bullet list "`location`: change — reason" ("`location` (used by `a`, `b`): …" for a change in a shared component). Empty spec diff → "No changes." */
export function formatChangeReport(changes: SpecChange[]): string {
  if (changes.length === 0) return "No changes.";
  const count = (severity: ChangeSeverity): number => changes.filter((change) => change.severity === severity).length;
  const additions = count("addition");
  const lines = [
    `${count("breaking")} breaking, ${additions} ${additions === 1 ? "addition" : "additions"}, ${count("docs")} docs-only`,
  ];
  const sections: [ChangeSeverity, string][] = [
    ["breaking", "Breaking"],
    ["addition", "Additions"],
    ["docs", "Docs only"],
  ];
  for (const [severity, title] of sections) {
    const entries = changes.filter((change) => change.severity === severity);
    if (entries.length === 0) continue;
    lines.push(
      "",
      `### ${title}`,
      "",
      ...entries.map((change) => {
        const usedBy =
          change.usedBy === undefined ? "" : ` (used by ${change.usedBy.map((where) => `\`${where}\``).join(", ")})`;
        return `- \`${change.location}\`${usedBy}: ${change.change} — ${change.reason}`;
      }),
    );
  }
  return lines.join("\n");
}
