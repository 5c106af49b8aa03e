export { useMockApi } from "./mock-api.js";
export { describeProviderClientContract } from "./provider-client-contract.js";
export { responseValidator, type SpecId, specExample } from "./specs.js";
export { describeTaskFetcherContract } from "./task-fetcher-contract.js";
export { rejectionOf, thrownBy } from "./thrown-by.js";
