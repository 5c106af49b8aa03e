/**
 * The time limit of a test that spawns processes, compiles or bundles. A hang detector, not a speed budget: a
 * loaded 2-core machine (load 5 to 10) runs these several times slower than an idle one, and no test may fail
 * for that. Speed goals live in `bench/`.
 */
export const SLOW_TEST_TIMEOUT_MS = 10 * 60_000;
