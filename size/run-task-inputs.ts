/**
 * What the "runTask with one provider" size programs start, per registry provider with a task adapter: the adapter
 * factory (picked from the package's exports, so the name is checked), the options it takes after the client, and a
 * start input of the adapter's own type. Browser Use v1 has no adapter (its API is retired), so it has no runTask
 * program. `size/programs.ts` writes these into the programs' source text.
 */
import * as browserUse from "@agent-tasks/browser-use";
import * as browserUseV4 from "@agent-tasks/browser-use/v4";
import * as browseract from "@agent-tasks/browseract";
import * as dari from "@agent-tasks/dari";
import * as hyperbrowser from "@agent-tasks/hyperbrowser";
import type { AgentTaskSource, TaskAdapterStartInput } from "@agent-tasks/normalize";
import * as skyvern from "@agent-tasks/skyvern";

/** One provider's runTask program: `runTask(<adapter>(client, ...adapterArgs), input)`. */
export interface RunTaskSample {
  /** The adapter factory's exported name. */
  readonly adapterFactory: string;
  /** What the factory takes after the client, as JSON values. */
  readonly adapterArgs: readonly unknown[];
  /** The start input, as a JSON value. */
  readonly input: unknown;
}

/** Checks that `module` exports `adapterFactory`, and that `input` is what the adapter it makes starts with. */
function sample<Module, Name extends keyof Module & string>(
  module: Module,
  adapterFactory: Name,
  adapterArgs: Module[Name] extends (client: never, ...rest: infer Rest) => unknown ? Rest : never,
  input: Module[Name] extends (...args: never[]) => infer Adapter ? TaskAdapterStartInput<Adapter> : never,
): RunTaskSample {
  if (typeof module[adapterFactory] !== "function") throw new Error(`${adapterFactory} is not a function`);
  return { adapterFactory, adapterArgs, input };
}

const task = "Find the top story on Hacker News and return its title";

/** The runTask program of each provider that has an adapter. */
export const runTaskSamples: { readonly [Source in AgentTaskSource]?: RunTaskSample } = {
  hyperbrowser: sample(hyperbrowser, "createHyperbrowserAdapter", [], { task }),
  "browser-use": sample(browserUse, "createBrowserUseAdapter", [], { task }),
  dari: sample(dari, "createDariAdapter", [{ orgId: "org_1", endpointName: "checkout" }], {
    form_data: { email: "ada@example.com" },
  }),
  browseract: sample(browseract, "createBrowserActAdapter", [], { workflow_id: "70931467920118272" }),
  "browser-use-v4": sample(browserUseV4, "createBrowserUseV4Adapter", [], { task }),
  skyvern: sample(skyvern, "createSkyvernAdapter", [], { prompt: task, url: "https://news.ycombinator.com" }),
};
