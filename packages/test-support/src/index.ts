export { type MockApi, type RecordedCall, type RouteTable, useMockApi } from "./mock-api.js";
export { loadSpec, repoRoot, responseValidator, type SpecId, specExample } from "./specs.js";
export { rejectionOf, thrownBy } from "./thrown-by.js";
