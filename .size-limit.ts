// size-limit's config (`pnpm size`): "create a client and get one task" per registry provider (scripts/providers.ts),
// generated into size/generated/, and one normalize mapper. Raising a budget needs a reason in the changeset.
import {
  mapperBudget,
  mapperSizeProgram,
  providerBudget,
  providerSizePrograms,
  writeProviderSizePrograms,
} from "./size/programs.js";

writeProviderSizePrograms();

export default [
  ...providerSizePrograms.map((program) => ({
    name: program.name,
    path: program.file,
    limit: providerBudget,
    gzip: true,
  })),
  { name: mapperSizeProgram.name, path: mapperSizeProgram.file, limit: mapperBudget, gzip: true },
];
