import { createServer } from "node:http";
import { type ListeningServer, listenOnLoopback } from "./listen.js";

// A strict policy like a careful app's: scripts only from this origin (no eval), fetches only to loopback.
const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; connect-src http://127.0.0.1:*";

const PAGE_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>agent-tasks browser tests</title></head>
<body><script type="module" src="/page.js"></script></body>
</html>
`;

/** Serves the test page and its bundle from their own origin. */
export async function servePage(bundle: string): Promise<ListeningServer> {
  const routes: Record<string, { type: string; body: string }> = {
    "/": { type: "text/html; charset=utf-8", body: PAGE_HTML },
    "/page.js": { type: "text/javascript; charset=utf-8", body: bundle },
    // Answered, so the browser's own favicon request does not print a 404 to the console.
    "/favicon.ico": { type: "image/x-icon", body: "" },
  };
  const server = createServer((request, response) => {
    const route = routes[request.url ?? ""];
    if (route === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": route.type,
      "content-security-policy": CONTENT_SECURITY_POLICY,
      "cache-control": "no-store",
    });
    response.end(route.body);
  });
  return listenOnLoopback(server);
}
