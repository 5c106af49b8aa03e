// "Create a client and get one task", as a user's app would write it with @agent-tasks/dari.
import { createDariClient, createDariTaskFetcher } from "@agent-tasks/dari";

const client = createDariClient({ apiKey: "dari_key" });
createDariTaskFetcher(client)
  .fetchTask({ orgId: "org_1", endpointName: "checkout", jobId: "9c858901-8a57-4791-81fe-3d2c6b7a5e10" })
  .then((task) => console.log(task.status));
