// "Create a client and get one task", as a user's app would write it with @agent-tasks/browser-use.
import { createBrowserUseClient, createBrowserUseTaskFetcher } from "@agent-tasks/browser-use";

const client = createBrowserUseClient({ apiKey: "bu_key" });
createBrowserUseTaskFetcher(client)
  .fetchTask("4e7d2b1a-9c3f-4a85-b6e0-7f1c3d9a2b58")
  .then((task) => console.log(task.status));
