// ESM consumer: `import` of every entry point, as a Node app with "type": "module" does.
import { runFlow } from "./flow.cjs";

const results = await runFlow((specifier) => import(specifier));
process.stdout.write(JSON.stringify(results));
