import { expect } from "vitest";
import type { MockApi } from "./mock-api.js";

/** The one request the test sent: waits for its body to be read, and fails unless exactly one reached `api`. */
export async function onlyCall(api: MockApi): Promise<MockApi["calls"][number]> {
  await api.settled();
  expect(api.calls).toHaveLength(1);
  const [call] = api.calls;
  if (call === undefined) throw new Error("no call");
  return call;
}
