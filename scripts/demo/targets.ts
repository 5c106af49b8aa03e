/**
 * Where each provider's demo task runs, read from the environment: the simulation, a new task on the real
 * service (key set, no task id), or an existing task followed on the real service (key and task reference set).
 * Pure: it reads only `env` and the registry, so it is tested in-process.
 */
import type { AgentTaskSource } from "@agent-tasks/normalize";
import { type ProviderEntry, providers, refEnvVarNames, refFromEnv } from "../providers.js";
import { type StartableProvider, startableProviders } from "./live-providers.js";

type Env = Readonly<Record<string, string | undefined>>;

/** Where one provider's column runs. */
type Target =
  | { readonly kind: "simulation" }
  | {
      readonly kind: "start";
      readonly apiKey: string;
      /** From `<ID>_BASE_URL`; `undefined`: the client's default (the spec's server URL). */
      readonly baseUrl: string | undefined;
      /** The start variables' values, by field (`startVars`). */
      readonly vars: Readonly<Record<string, string>>;
    }
  | { readonly kind: "follow"; readonly apiKey: string; readonly baseUrl: string | undefined; readonly ref: unknown };

/** One column of the demo: a provider, where it runs, and how it starts (`null`: it can only follow). */
export interface Column {
  readonly entry: ProviderEntry<AgentTaskSource>;
  readonly startable: StartableProvider | null;
  readonly target: Target;
}

/** The demo's columns, and a note for each provider whose variables are set but not enough to use them. */
export interface DemoPlan {
  readonly columns: readonly Column[];
  readonly notes: readonly string[];
}

/** The variable that points a provider's client somewhere else than the spec's server: `BROWSER_USE_BASE_URL`. */
export function baseUrlEnvVar(entry: ProviderEntry<AgentTaskSource>): string {
  return `${entry.id.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}_BASE_URL`;
}

function value(env: Env, name: string): string | undefined {
  const text = env[name];
  return text === undefined || text.trim() === "" ? undefined : text;
}

function list(names: readonly string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The column of one provider (or `null`: no column), and its note. */
function planOne(
  entry: ProviderEntry<AgentTaskSource>,
  startable: StartableProvider | null,
  env: Env,
): { column: Column | null; note: string | null } {
  const apiKey = value(env, entry.apiKeyEnvVar);
  const baseUrl = value(env, baseUrlEnvVar(entry));
  const refVars = refEnvVarNames(entry);
  const startVarNames = Object.values(startable?.startVars ?? {}).map((startVar) => startVar.envVar);
  // The variables that name one task (a task id; Dari's job id): setting one means "follow that task".
  const taskIdVars = refVars.filter((name) => !startVarNames.includes(name));
  const simulated: Column | null = startable === null ? null : { entry, startable, target: { kind: "simulation" } };
  const fallback = startable === null ? "is not shown" : "runs on the simulation";

  if (taskIdVars.some((name) => value(env, name) !== undefined)) {
    const missing = [entry.apiKeyEnvVar, ...refVars].filter((name) => value(env, name) === undefined);
    if (apiKey === undefined || missing.length > 0) {
      return {
        column: simulated,
        note: `${entry.id} ${fallback}: following its task also needs ${list(missing)}.`,
      };
    }
    return {
      column: { entry, startable, target: { kind: "follow", apiKey, baseUrl, ref: refFromEnv(entry, env) } },
      note: null,
    };
  }
  if (apiKey === undefined || startable === null) return { column: simulated, note: null };
  const missing = startVarNames.filter((name) => value(env, name) === undefined);
  if (missing.length > 0) {
    return { column: simulated, note: `${entry.id} ${fallback}: starting a real task also needs ${list(missing)}.` };
  }
  const vars = Object.fromEntries(
    Object.entries(startable.startVars).map(([field, startVar]) => [field, value(env, startVar.envVar) ?? ""]),
  );
  return { column: { entry, startable, target: { kind: "start", apiKey, baseUrl, vars } }, note: null };
}

/** Every provider's column, in registry order, and the notes about variables that are missing. */
export function planDemo(env: Env): DemoPlan {
  const columns: Column[] = [];
  const notes: string[] = [];
  for (const entry of providers) {
    const { column, note } = planOne(entry, startableProviders[entry.id], env);
    if (column !== null) columns.push(column);
    if (note !== null) notes.push(note);
  }
  return { columns, notes };
}
