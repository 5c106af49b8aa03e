#!/usr/bin/env node
import { main } from "../dist/main.js";

// A reader that went away (`agent-tasks list --json | head`) ends the command quietly, as it does for other tools.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
