/**
 * Runs the real release (`changeset publish`, which calls `pnpm publish` per package) against a throwaway registry on
 * 127.0.0.1 that records each upload instead of keeping it, then checks what would have reached npm:
 *
 *   pnpm release:dry-run          (builds first; CI runs it from .ci/run)
 *
 * - every publishable package is published once, and no private one (test-support, bench);
 * - the uploaded manifests, and the package.json inside each uploaded tarball, have no `workspace:` or `catalog:`
 *   ranges left, and depend on each other at `^<current version>`;
 * - the uploaded tarball matches its manifest (name, version, dependencies) and has every file `exports` names.
 *
 * Git tags are not created (`--no-git-tag`) and nothing leaves the machine.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "./lib/specs.js";
import { dependencyRangeProblems, exportTargets, type Manifest, readWorkspacePackages } from "./lib/workspace.js";
import { providerPackageNames } from "./providers.js";

const exec = promisify(execFile);

interface Upload {
  name: string;
  version: string;
  manifest: Manifest;
  tarball: Buffer;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Enough of the npm registry protocol for `npm info` (nothing is published yet) and `npm publish` (a PUT). */
async function startRecordingRegistry(): Promise<{ url: string; uploads: Upload[]; close: () => Promise<void> }> {
  const uploads: Upload[] = [];
  const server = createServer(async (request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (request.method === "PUT") {
      const document = JSON.parse(await readBody(request)) as {
        name: string;
        versions: Record<string, Manifest>;
        _attachments: Record<string, { data: string }>;
      };
      const [version, manifest] = Object.entries(document.versions)[0] ?? [];
      const attachment = Object.values(document._attachments)[0];
      if (version === undefined || manifest === undefined || attachment === undefined) {
        reply(400, { error: "expected one version and one attachment" });
        return;
      }
      uploads.push({ name: document.name, version, manifest, tarball: Buffer.from(attachment.data, "base64") });
      reply(201, { ok: true });
      return;
    }
    reply(404, { error: "not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    uploads,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const dependencyFields = ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"] as const;

function problemsOf(upload: Upload, tarballManifest: Manifest, versions: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [where, manifest] of [
    ["uploaded manifest", upload.manifest],
    ["package.json in the tarball", tarballManifest],
  ] as const) {
    problems.push(...dependencyRangeProblems(manifest, versions).map((problem) => `${where}: ${problem}`));
  }
  for (const field of ["name", "version", ...dependencyFields]) {
    if (JSON.stringify(upload.manifest[field]) !== JSON.stringify(tarballManifest[field])) {
      problems.push(`"${field}" differs between the uploaded manifest and the tarball`);
    }
  }
  return problems;
}

async function main(): Promise<void> {
  const registry = await startRecordingRegistry();
  const scratch = await mkdtemp(path.join(os.tmpdir(), "agent-tasks-release-"));
  let failed = false;
  try {
    // A user config of our own: the registry and a placeholder token, so no real credentials are read or sent.
    const npmrc = path.join(scratch, ".npmrc");
    const host = registry.url.replace(/^http:/, "");
    await writeFile(npmrc, `registry=${registry.url}\n${host}:_authToken=dry-run-placeholder\n`);
    const env = { ...process.env, npm_config_registry: registry.url, NPM_CONFIG_USERCONFIG: npmrc };
    console.log(`Publishing to a recording registry at ${registry.url} (changeset publish --no-git-tag)\n`);
    const changeset = path.join(repoRoot, "node_modules/.bin/changeset");
    try {
      const { stdout, stderr } = await exec(changeset, ["publish", "--no-git-tag"], { cwd: repoRoot, env });
      console.log(`${stdout}${stderr}`.trim().replace(/^/gm, "  "));
    } catch (error) {
      const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
      console.error(`changeset publish failed:\n${stdout}${stderr}`);
      process.exit(1);
    }

    const workspace = (await readWorkspacePackages()).map((pkg) => pkg.manifest);
    const versions = new Map(workspace.map((manifest) => [manifest.name, manifest.version]));
    const expected = workspace.filter((manifest) => !manifest.private).map((manifest) => manifest.name);
    // Every provider package of the registry (scripts/providers.ts) must be among them.
    for (const name of providerPackageNames.filter((provider) => !expected.includes(provider))) {
      failed = true;
      console.error(`${name} is a provider package in scripts/providers.ts but not a publishable workspace package`);
    }
    const published = registry.uploads.map((upload) => upload.name);
    console.log(`\n${"package".padEnd(28)} ${"version".padEnd(8)} ${"tarball".padStart(8)}  result`);
    for (const upload of [...registry.uploads].sort((a, b) => a.name.localeCompare(b.name))) {
      const tarballPath = path.join(scratch, `${upload.name.replace("/", "__")}.tgz`);
      await writeFile(tarballPath, upload.tarball);
      const { stdout } = await exec("tar", ["-xzOf", tarballPath, "package/package.json"]);
      const problems = problemsOf(upload, JSON.parse(stdout), versions);
      // An exports map that points at a file the tarball lacks would publish a package nobody can import.
      const files = (await exec("tar", ["-tzf", tarballPath])).stdout.split("\n");
      for (const target of exportTargets(upload.manifest)) {
        if (!files.includes(`package/${target}`)) problems.push(`exports points at missing ./${target}`);
      }
      if (problems.length > 0) failed = true;
      const size = `${(upload.tarball.length / 1024).toFixed(1)} kB`;
      console.log(
        `${upload.name.padEnd(28)} ${upload.version.padEnd(8)} ${size.padStart(8)}  ${problems.length === 0 ? "ok" : problems.join("; ")}`,
      );
    }
    const missing = expected.filter((name) => !published.includes(name));
    const unexpected = published.filter((name) => !expected.includes(name));
    const repeated = published.filter((name, index) => published.indexOf(name) !== index);
    for (const [label, names] of [
      ["not published", missing],
      ["published but private or unknown", unexpected],
      ["published twice", repeated],
    ] as const) {
      if (names.length > 0) {
        failed = true;
        console.error(`${label}: ${names.join(", ")}`);
      }
    }
  } finally {
    await registry.close();
    await rm(scratch, { recursive: true, force: true });
  }
  if (failed) {
    console.error("\nThe release dry run found problems.");
    process.exit(1);
  }
  console.log(`\nRelease dry run passed: ${registry.uploads.length} packages, manifests clean.`);
}

await main();
