import { readFileSync } from "node:fs";
import { connect, createServer } from "node:net";

/**
 * The first port the system hands out for port 0 and for outgoing connections. Ports below it are only taken
 * when something asks for them by number, so a port picked there stays free until the test uses it.
 */
function ephemeralLow(): number {
  try {
    const low = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 12_000 ? low : 32_768;
  } catch {
    return 32_768;
  }
}

function canListen(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** `count` consecutive free ports on 127.0.0.1, below the ephemeral range (so no port-0 server takes them). */
export async function freePorts(count: number): Promise<number> {
  const high = ephemeralLow() - count;
  const low = high - 10_000;
  for (;;) {
    const first = low + Math.floor(Math.random() * (high - low));
    const free = await Promise.all(Array.from({ length: count }, (_, index) => canListen(first + index)));
    if (!free.includes(false)) return first;
  }
}

/** Whether something accepts connections on the port. */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
