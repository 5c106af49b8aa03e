// Runs inside a scratch project that installed the packed tarballs, loaded once through `import` (esm.mjs) and
// once through `require` (cjs.cjs). `load(specifier)` returns the module either way; the output is compared
// with what the workspace itself computes, by scripts/verify-packages.ts.
const { readFileSync } = require("node:fs");
const path = require("node:path");

const jsonResponse = (status, body) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "x-request-id": "req-1" },
  });

/** Reads one task per source through a fake fetch, then one 404; reports what was sent and what came back. */
async function runFlow(load) {
  const cases = JSON.parse(readFileSync(path.join(__dirname, "cases.json"), "utf8"));
  const { getTask } = await load("@agent-tasks/normalize");
  const core = await load("@agent-tasks/core");
  const results = [];
  // One case per provider of scripts/providers.ts: its entry point and the factory names a user calls.
  for (const { source, entryPoint, clientFactory, taskFetcherFactory, ref, answers, apiKey } of cases) {
    const provider = await load(entryPoint);
    const sent = [];
    const fetch = async (input, init) => {
      const request = new Request(input, init);
      sent.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers) });
      // The first read's requests get `answers` (one, or the parts of a task read from several), then 404s.
      return sent.length <= answers.length
        ? jsonResponse(200, answers[sent.length - 1])
        : jsonResponse(404, { message: "no such task" });
    };
    const fetcher = provider[taskFetcherFactory](provider[clientFactory]({ apiKey, fetch, maxRetries: 0 }));
    const task = await getTask(fetcher, ref);
    const failure = await fetcher.fetchTask(ref).then(
      () => null,
      (error) => ({
        name: error.name,
        status: error.status,
        requestId: error.requestId,
        // One copy of the error classes, whichever entry point or module system loaded them.
        isProviderNotFoundError: error instanceof provider.NotFoundError,
        isCoreNotFoundError: error instanceof core.NotFoundError,
        isCoreApiError: error instanceof core.ApiError,
      }),
    );
    results.push({ source, sent, task, failure });
  }
  return results;
}

module.exports = { runFlow };
