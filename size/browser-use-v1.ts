// "Create a client and get one task", as a user's app would write it with @agent-tasks/browser-use/v1.
import { createBrowserUseV1Client, createBrowserUseV1TaskFetcher } from "@agent-tasks/browser-use/v1";

const client = createBrowserUseV1Client({ apiKey: "bu_key" });
createBrowserUseV1TaskFetcher(client)
  .fetchTask("d8b4f2a6-3c7e-4e19-a5d0-6b2f8e1c4a97")
  .then((task) => console.log(task.status));
