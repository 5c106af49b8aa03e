export { useMswServer } from "./msw-server.js";
export { onlyRequest } from "./only-request.js";
export { describeProviderClientContract } from "./provider-client-contract.js";
export { closedPort, startServer, useRealServers } from "./real-server.js";
export { renderings } from "./renderings.js";
export { responseValidator, type SpecId, specExample } from "./specs.js";
export { describeStartSentOnce } from "./start-sent-once.js";
export { describeTaskFetcherContract } from "./task-fetcher-contract.js";
export { rejectionOf, thrownBy } from "./thrown-by.js";
