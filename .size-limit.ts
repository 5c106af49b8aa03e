// size-limit's config (`pnpm size`), per registry provider (scripts/providers.ts): "create a client and get one
// task", "getTask + waitForTask" and "runTask" with one provider, generated into size/generated/; and one normalize
// mapper. Raising a budget needs a reason in the changeset.
import {
  mapperBudget,
  mapperSizeProgram,
  providerFlowSizePrograms,
  providerSizePrograms,
  writeProviderSizePrograms,
} from "./size/programs.js";

writeProviderSizePrograms();

export default [
  ...[...providerSizePrograms, ...providerFlowSizePrograms].map((program) => ({
    name: program.name,
    path: program.file,
    limit: program.budget,
    gzip: true,
  })),
  { name: mapperSizeProgram.name, path: mapperSizeProgram.file, limit: mapperBudget, gzip: true },
];
