import { expect } from "vitest";

/**
 * The one request a log received (a simulation's `requests`, or anything with such a list): fails the test when
 * there was none or more than one.
 */
export function onlyRequest<Request>(log: { readonly requests: readonly Request[] }): Request {
  expect(log.requests).toHaveLength(1);
  const [request] = log.requests;
  if (request === undefined) throw new Error("no request was received");
  return request;
}
