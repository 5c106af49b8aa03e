// "Create a client and get one task", as a user's app would write it with @agent-tasks/hyperbrowser.
import { createHyperbrowserClient, createHyperbrowserTaskFetcher } from "@agent-tasks/hyperbrowser";

const client = createHyperbrowserClient({ apiKey: "hb_key" });
createHyperbrowserTaskFetcher(client)
  .fetchTask("0c8e4a1f-6d2b-4f93-b5e7-2a9d8c3f1e60")
  .then((task) => console.log(task.status));
