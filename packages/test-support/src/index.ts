export { type DefaultRetriesCase, expectRetriedTwiceThenReturned } from "./default-retries.js";
export { type MockApi, type RecordedCall, type RouteTable, useMockApi } from "./mock-api.js";
export { describeProviderClientContract, type ProviderClientContract } from "./provider-client-contract.js";
export { loadSpec, repoRoot, responseValidator, type SpecId, specExample } from "./specs.js";
export {
  describeTaskFetcherContract,
  type FetcherUnderTest,
  type TaskFetcherContract,
} from "./task-fetcher-contract.js";
export { rejectionOf, thrownBy } from "./thrown-by.js";
