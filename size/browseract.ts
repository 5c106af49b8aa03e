// "Create a client and get one task", as a user's app would write it with @agent-tasks/browseract.
import { createBrowserActClient, createBrowserActTaskFetcher } from "@agent-tasks/browseract";

const client = createBrowserActClient({ apiKey: "ba_key" });
createBrowserActTaskFetcher(client)
  .fetchTask("78412563098214567")
  .then((task) => console.log(task.status));
