/**
 * `@agent-tasks/core/node`: what only Node can run. Import it only from code that runs on Node; the rest of
 * `@agent-tasks/core` runs anywhere `fetch` does. Needs `undici` (an optional peer dependency) installed.
 */
export { createNodeTransport, type NodeTransport, type NodeTransportOptions } from "./node-transport.js";
