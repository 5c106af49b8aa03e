import type { TaskFetcher } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  createWebhookHandler,
  type TaskWebhookEvent,
  toNodeListener,
  verifyDariWebhook,
  verifySkyvernWebhook,
  type WebhookVerification,
} from "./index.js";

describe("types", () => {
  it("types the event by the provider chosen", () => {
    createWebhookHandler({
      provider: "dari",
      secret: "s",
      onEvent: (event) => {
        expectTypeOf(event).toEqualTypeOf<TaskWebhookEvent<"dari">>();
        expectTypeOf(event.source).toEqualTypeOf<"dari">();
      },
    });
    createWebhookHandler({
      provider: "browseract",
      token: ["new", "old"],
      fetcher: {} as TaskFetcher<"browseract", string, unknown>,
      onEvent: (event) => expectTypeOf(event.source).toEqualTypeOf<"browseract">(),
    });
    createWebhookHandler({
      provider: "skyvern",
      secret: ["sk-new", "sk-old"],
      toleranceSeconds: 600,
      onEvent: (event) => expectTypeOf(event).toEqualTypeOf<TaskWebhookEvent<"skyvern">>(),
    });
    // @ts-expect-error: Skyvern needs its API key to verify the signature
    createWebhookHandler({ provider: "skyvern", onEvent: () => {} });
    // @ts-expect-error: BrowserAct needs a fetcher to re-read the task
    createWebhookHandler({ provider: "browseract", token: "t", onEvent: () => {} });
    // @ts-expect-error: Browser Use needs its secret
    createWebhookHandler({ provider: "browser-use", onEvent: () => {} });
  });

  it("returns a Fetch handler and a verification result that must be checked before its event is read", async () => {
    const handler = createWebhookHandler({ provider: "browser-use", secret: "s", onEvent: () => {} });
    expectTypeOf(handler).toEqualTypeOf<(request: Request) => Promise<Response>>();
    expectTypeOf(toNodeListener(handler)).returns.resolves.toBeVoid();
    const result = await verifyDariWebhook({ headers: {}, body: "{}" }, { secret: "s" });
    // @ts-expect-error: `event` exists only once `ok` is checked
    result.event;
    expectTypeOf(verifySkyvernWebhook).returns.resolves.toEqualTypeOf<WebhookVerification<"skyvern">>();
    if (result.ok) expectTypeOf(result.event.status).toEqualTypeOf<import("@agent-tasks/normalize").AgentTaskStatus>();
  });
});
