// CommonJS consumer: plain `require` of every entry point. The packages are ESM only; Node >= 20.19 loads them
// through require(esm), which also proves there is a single copy of each module for `import` and `require`.
const { runFlow } = require("./flow.cjs");

async function main() {
  const results = await runFlow(async (specifier) => require(specifier));
  const sameModule = require("@agent-tasks/core") === (await import("@agent-tasks/core"));
  const sameClass = require("@agent-tasks/core").NotFoundError === (await import("@agent-tasks/core")).NotFoundError;
  process.stdout.write(JSON.stringify({ results, sameModule, sameClass }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
