// Where each demo column runs, and the notes about variables: the note names only what is missing.
import { describe, expect, it } from "vitest";
import { providerById, refEnvVarNames } from "../providers.js";
import { startableProviders } from "./live-providers.js";
import { baseUrlEnvVar, planDemo } from "./targets.js";

const dari = providerById.dari;
const dariRef = refEnvVarNames(dari);
const columnOf = (env: Record<string, string>, id: string) =>
  planDemo(env).columns.find((column) => column.entry.id === id);

describe("planDemo", () => {
  it("without variables: every startable provider on its simulation, no notes", () => {
    const plan = planDemo({});
    expect(plan.notes).toEqual([]);
    expect(plan.columns.map((column) => [column.entry.id, column.target.kind])).toEqual(
      Object.entries(startableProviders)
        .filter(([, startable]) => startable !== null)
        .map(([id]) => [id, "simulation"]),
    );
  });

  it("a key alone starts a real task there (with the base URL override), the others stay simulated", () => {
    const entry = providerById["browser-use"];
    const env = { [entry.apiKeyEnvVar]: "bu-key", [baseUrlEnvVar(entry)]: "http://127.0.0.1:1/api/v2" };
    const plan = planDemo(env);
    expect(plan.notes).toEqual([]);
    expect(columnOf(env, "browser-use")?.target).toEqual({
      kind: "start",
      apiKey: "bu-key",
      baseUrl: "http://127.0.0.1:1/api/v2",
      vars: {},
    });
    expect(columnOf(env, "hyperbrowser")?.target).toEqual({ kind: "simulation" });
    expect(baseUrlEnvVar(entry)).toBe("BROWSER_USE_BASE_URL");
  });

  it("a key and the task id: follows that task", () => {
    const entry = providerById.hyperbrowser;
    const env = { HYPERBROWSER_API_KEY: "hb-key", HYPERBROWSER_TASK_ID: "job-1" };
    expect(planDemo(env).notes).toEqual([]);
    expect(columnOf(env, entry.id)?.target).toEqual({
      kind: "follow",
      apiKey: "hb-key",
      baseUrl: undefined,
      ref: "job-1",
    });
  });

  it("Dari key and job id without the portal: the note names only DARI_ORG_ID and DARI_ENDPOINT_NAME", () => {
    const env = { DARI_API_KEY: "dk", DARI_JOB_ID: "job-1" };
    const { notes } = planDemo(env);
    expect(notes).toEqual([
      "dari runs on the simulation: following its task also needs DARI_ORG_ID and DARI_ENDPOINT_NAME.",
    ]);
    expect(notes.join("\n")).not.toMatch(/DARI_JOB_ID|DARI_API_KEY/);
    expect(columnOf(env, "dari")?.target).toEqual({ kind: "simulation" });
  });

  it("one variable short: only that one is named", () => {
    const { notes } = planDemo({ DARI_API_KEY: "dk", DARI_JOB_ID: "job-1", DARI_ORG_ID: "org" });
    expect(notes).toEqual(["dari runs on the simulation: following its task also needs DARI_ENDPOINT_NAME."]);
  });

  it("every Dari variable set: no note, and the job is followed by its full ref", () => {
    const env = Object.fromEntries([["DARI_API_KEY", "dk"], ...dariRef.map((name) => [name, `${name}-value`])]);
    const plan = planDemo(env);
    expect(plan.notes).toEqual([]);
    expect(columnOf(env, "dari")?.target).toEqual({
      kind: "follow",
      apiKey: "dk",
      baseUrl: undefined,
      ref: { orgId: "DARI_ORG_ID-value", endpointName: "DARI_ENDPOINT_NAME-value", jobId: "DARI_JOB_ID-value" },
    });
  });

  it("a Dari key alone: starting a job needs the portal, and the note names only its two variables", () => {
    expect(planDemo({ DARI_API_KEY: "dk" }).notes).toEqual([
      "dari runs on the simulation: starting a real task also needs DARI_ORG_ID and DARI_ENDPOINT_NAME.",
    ]);
    const env = { DARI_API_KEY: "dk", DARI_ORG_ID: "org", DARI_ENDPOINT_NAME: "contact" };
    expect(planDemo(env).notes).toEqual([]);
    expect(columnOf(env, "dari")?.target).toEqual({
      kind: "start",
      apiKey: "dk",
      baseUrl: undefined,
      vars: { orgId: "org", endpointName: "contact" },
    });
  });

  it("a BrowserAct key alone: starting needs the workflow id", () => {
    expect(planDemo({ BROWSERACT_API_KEY: "ba" }).notes).toEqual([
      "browseract runs on the simulation: starting a real task also needs BROWSERACT_WORKFLOW_ID.",
    ]);
  });

  it("a task id without the key: the note names the key only", () => {
    expect(planDemo({ HYPERBROWSER_TASK_ID: "job-1" }).notes).toEqual([
      "hyperbrowser runs on the simulation: following its task also needs HYPERBROWSER_API_KEY.",
    ]);
  });

  it("Browser Use v1 has a column only when a v1 task is followed", () => {
    expect(columnOf({ BROWSER_USE_API_KEY: "bu" }, "browser-use-v1")).toBeUndefined();
    const env = { BROWSER_USE_API_KEY: "bu", BROWSER_USE_V1_TASK_ID: "v1-task" };
    expect(columnOf(env, "browser-use-v1")?.target).toMatchObject({ kind: "follow", ref: "v1-task" });
    expect(planDemo({ BROWSER_USE_V1_TASK_ID: "v1-task" }).notes).toEqual([
      "browser-use-v1 is not shown: following its task also needs BROWSER_USE_API_KEY.",
    ]);
  });

  it("blank variables count as missing", () => {
    expect(planDemo({ BROWSER_USE_API_KEY: "  " }).columns.map((column) => column.target.kind)).not.toContain("start");
  });
});
