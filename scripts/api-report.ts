/**
 * `pnpm api:report` / `pnpm api:check`: the public API of every published package, as committed Markdown.
 *
 * For each non-private `packages/<name>/package.json` and each entry point in its `exports` map (not
 * `./package.json`), the built declaration file (`dist/….d.ts`, so `pnpm build` runs first) is loaded with the
 * TypeScript compiler API; every exported symbol is listed with its kind and its declaration, printed without
 * JSDoc, sorted by name. The result is `packages/<name>/api-report.md`: a heading per entry point and a fenced
 * block of declarations. No absolute paths, no timestamps: the same build always gives the same bytes.
 *
 * `--check` writes nothing; it exits 1 with a unified diff per stale (or missing) report.
 *
 * Why not @microsoft/api-extractor: it reports one entry point per config file (we have several per package,
 * e.g. `@agent-tasks/browser-use` and `@agent-tasks/browser-use/v1`), and it bundles its own TypeScript (6.x),
 * which can read our declarations differently from the TypeScript 5.9 we build them with.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { readWorkspacePackages, type WorkspacePackage } from "./lib/workspace.js";

const REPORT_FILE = "api-report.md";

/** One entry point of a package: its import specifier and its declaration file. */
interface EntryPoint {
  /** `@agent-tasks/browser-use/v1` */
  specifier: string;
  /** Absolute path of the `.d.ts` file. */
  declarationFile: string;
}

/** One exported symbol of an entry point. */
interface ApiSymbol {
  name: string;
  kind: string;
  /** The declared name, when it is exported under another one. */
  declaredAs: string | undefined;
  /** Declaration text without JSDoc, `export`/`declare` modifiers removed. */
  text: string;
}

/** The entry points of a package's `exports` map, with the `types` file each resolves to (sorted by subpath). */
function entryPoints(pkg: WorkspacePackage): EntryPoint[] {
  const exportsMap = pkg.manifest.exports;
  const entries: [string, unknown][] =
    typeof exportsMap === "string"
      ? [[".", exportsMap]]
      : exportsMap !== null && typeof exportsMap === "object"
        ? Object.entries(exportsMap)
        : [];
  const result: EntryPoint[] = [];
  for (const [subpath, target] of entries) {
    if (subpath === "./package.json") continue;
    const types = typesTarget(target);
    if (types === undefined) {
      throw new Error(`${pkg.manifest.name}: exports["${subpath}"] names no .d.ts file (a "types" condition)`);
    }
    result.push({
      specifier: subpath === "." ? pkg.manifest.name : `${pkg.manifest.name}/${subpath.replace(/^\.\//, "")}`,
      declarationFile: path.join(pkg.path, types),
    });
  }
  return result.sort((a, b) => compare(a.specifier, b.specifier));
}

/** The `.d.ts` file an exports target names: a `types` condition (possibly nested), or a plain `.d.ts` string. */
function typesTarget(target: unknown): string | undefined {
  if (typeof target === "string") return target.endsWith(".d.ts") ? target : undefined;
  if (target === null || typeof target !== "object") return undefined;
  const conditions = target as Record<string, unknown>;
  if (typeof conditions.types === "string") return conditions.types;
  for (const value of Object.values(conditions)) {
    const found = typesTarget(value);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Code-point order, not locale order: the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

function kindOf(symbol: ts.Symbol): string {
  const flags = symbol.flags;
  if (flags & ts.SymbolFlags.Class) return "class";
  if (flags & ts.SymbolFlags.Function) return "function";
  if (flags & ts.SymbolFlags.Enum) return "enum";
  if (flags & ts.SymbolFlags.Interface) return "interface";
  if (flags & ts.SymbolFlags.TypeAlias) return "type";
  if (flags & ts.SymbolFlags.Variable) {
    const declaration = symbol.declarations?.[0];
    const list = declaration?.parent;
    return list && ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const ? "const" : "let";
  }
  if (flags & ts.SymbolFlags.Module) return "namespace";
  return "other";
}

/** Drops `export`, `default` and `declare` from the start of a printed declaration. */
function withoutExportModifiers(text: string): string {
  return text.replace(/^(?:(?:export|default|declare)\s+)+/, "");
}

function declarationText(checker: ts.TypeChecker, symbol: ts.Symbol, exportedName: string): string {
  const declarations = symbol.declarations ?? [];
  if (symbol.flags & ts.SymbolFlags.ValueModule && declarations.some(ts.isSourceFile)) {
    // `export * as ns from "./x.js"`: list the namespace's members.
    const members = checker
      .getExportsOfModule(symbol)
      .map((member) => `  ${kindOf(resolveAlias(checker, member))} ${member.name};`)
      .sort(compare);
    return `namespace ${exportedName} {\n${members.join("\n")}\n}`;
  }
  const texts = declarations.map((declaration) => {
    const sourceFile = declaration.getSourceFile();
    if (ts.isVariableDeclaration(declaration)) {
      const keyword = kindOf(symbol);
      const type = declaration.type
        ? printer.printNode(ts.EmitHint.Unspecified, declaration.type, sourceFile)
        : checker.typeToString(checker.getTypeOfSymbol(symbol), undefined, ts.TypeFormatFlags.NoTruncation);
      return `${keyword} ${declaration.name.getText(sourceFile)}: ${type};`;
    }
    return withoutExportModifiers(printer.printNode(ts.EmitHint.Unspecified, declaration, sourceFile));
  });
  return texts.join("\n");
}

function resolveAlias(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** Every export of each declaration file, sorted by name (then kind). */
function apiOf(declarationFiles: string[]): Map<string, ApiSymbol[]> {
  const program = ts.createProgram({
    rootNames: declarationFiles,
    options: {
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
      types: [],
    },
  });
  const checker = program.getTypeChecker();
  const result = new Map<string, ApiSymbol[]>();
  for (const file of declarationFiles) {
    const sourceFile = program.getSourceFile(file);
    const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
    if (!moduleSymbol) throw new Error(`${file}: not a module TypeScript can read`);
    const symbols = checker.getExportsOfModule(moduleSymbol).map((exported) => {
      const target = resolveAlias(checker, exported);
      return {
        name: exported.name,
        kind: kindOf(target),
        // `export { a as b }`: the printed declaration carries the local name, so say which it is.
        declaredAs: target.name !== exported.name && target.name !== "default" ? target.name : undefined,
        text: declarationText(checker, target, exported.name),
      };
    });
    result.set(
      file,
      symbols.sort((a, b) => compare(a.name, b.name) || compare(a.kind, b.kind)),
    );
  }
  return result;
}

/** The Markdown report of one package. Throws when a declaration file is missing (run `pnpm build`). */
export function renderApiReport(pkg: WorkspacePackage): string {
  const entries = entryPoints(pkg);
  const missing = entries.filter((entry) => !existsSync(entry.declarationFile));
  if (missing.length > 0) {
    const names = missing.map((entry) => path.relative(pkg.path, entry.declarationFile)).join(", ");
    throw new Error(`${pkg.manifest.name}: ${names} not found; run \`pnpm build\` first`);
  }
  const api = apiOf(entries.map((entry) => entry.declarationFile));
  const lines = [
    `# API report: \`${pkg.manifest.name}\``,
    "",
    "Every export of every entry point in `exports`, read from the built declarations. Generated by",
    "`pnpm api:report`; do not edit. `pnpm api:check` (CI) fails when this file is not what the build exports.",
  ];
  for (const entry of entries) {
    const symbols = api.get(entry.declarationFile) ?? [];
    lines.push("", `## \`${entry.specifier}\``, "", "```ts");
    symbols.forEach((symbol, index) => {
      if (index > 0) lines.push("");
      const declaredAs = symbol.declaredAs === undefined ? "" : ` (declared as ${symbol.declaredAs})`;
      lines.push(`// ${symbol.kind} ${symbol.name}${declaredAs}`, symbol.text);
    });
    lines.push("```");
  }
  return `${lines.join("\n")}\n`;
}

/** One line of an edit script: kept (" "), removed ("-") or added ("+"), with its 0-based index in each text. */
interface DiffLine {
  type: " " | "-" | "+";
  line: string;
  aIndex: number;
  bIndex: number;
}

/** The edit script from `a` to `b` along a longest common subsequence; removals before additions. */
function editScript(a: string[], b: string[]): DiffLine[] {
  // lcs[i * width + j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  const at = (i: number, j: number): number => lcs[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const script: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const lineA = a[i];
    const lineB = b[j];
    if (lineA !== undefined && lineB !== undefined && lineA === lineB) {
      script.push({ type: " ", line: lineA, aIndex: i++, bIndex: j++ });
    } else if (lineA !== undefined && (lineB === undefined || at(i + 1, j) >= at(i, j + 1))) {
      script.push({ type: "-", line: lineA, aIndex: i++, bIndex: j });
    } else {
      script.push({ type: "+", line: lineB ?? "", aIndex: i, bIndex: j++ });
    }
  }
  return script;
}

/** A unified diff (3 lines of context) from `before` to `after`, or "" when they are equal. */
export function unifiedDiff(before: string, after: string, fromLabel: string, toLabel: string): string {
  if (before === after) return "";
  const script = editScript(before.split("\n"), after.split("\n"));
  const context = 3;
  const changed = script.flatMap((line, index) => (line.type === " " ? [] : [index]));
  // Group changes less than 2 * context kept lines apart into one hunk.
  const hunks: [number, number][] = [];
  for (const index of changed) {
    const last = hunks.at(-1);
    if (last !== undefined && index - last[1] <= 2 * context + 1) last[1] = index;
    else hunks.push([index, index]);
  }
  const out = [`--- ${fromLabel}`, `+++ ${toLabel}`];
  for (const [first, last] of hunks) {
    const lines = script.slice(Math.max(0, first - context), Math.min(script.length, last + context + 1));
    const head = lines[0];
    if (head === undefined) continue;
    const aCount = lines.filter((line) => line.type !== "+").length;
    const bCount = lines.filter((line) => line.type !== "-").length;
    // diff(1) numbers lines from 1, and an empty range by the line before it.
    out.push(`@@ -${head.aIndex + (aCount > 0 ? 1 : 0)},${aCount} +${head.bIndex + (bCount > 0 ? 1 : 0)},${bCount} @@`);
    for (const line of lines) out.push(`${line.type}${line.line}`);
  }
  return out.join("\n");
}

/**
 * Writes (or, with `check`, compares) `packages/<name>/api-report.md` for every published package under `root`.
 * Returns the exit code: 1 when `check` found a stale or missing report.
 */
export async function runApiReport({
  root,
  check,
  log = console.log,
  error = console.error,
}: {
  root: string;
  check: boolean;
  log?: (message: string) => void;
  error?: (message: string) => void;
}): Promise<number> {
  const published = (await readWorkspacePackages(root)).filter((pkg) => pkg.manifest.private !== true);
  let stale = 0;
  for (const pkg of published) {
    const file = path.join(pkg.path, REPORT_FILE);
    const relative = path.relative(root, file).split(path.sep).join("/");
    const report = renderApiReport(pkg);
    const committed = existsSync(file) ? await readFile(file, "utf8") : null;
    if (!check) {
      if (committed !== report) await writeFile(file, report);
      log(`${committed === report ? "unchanged" : committed === null ? "wrote" : "updated"} ${relative}`);
      continue;
    }
    if (committed === report) {
      log(`ok ${relative}`);
      continue;
    }
    stale++;
    error(
      committed === null
        ? `${relative} is missing: the API of ${pkg.manifest.name} is not recorded.`
        : `${relative} differs from the API ${pkg.manifest.name} exports:\n${unifiedDiff(committed, report, `a/${relative} (committed)`, `b/${relative} (built)`)}`,
    );
  }
  if (stale > 0) {
    error(
      `\n${stale} API report(s) out of date. If the change is intended, run \`pnpm api:report\` and commit the result ` +
        "(with a changeset for the packages whose API changed).",
    );
    return 1;
  }
  return 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== "--check");
  if (unknown.length > 0) {
    console.error(`Unknown argument(s): ${unknown.join(" ")}. Usage: tsx scripts/api-report.ts [--check]`);
    process.exit(2);
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  process.exitCode = await runApiReport({ root, check: args.includes("--check") });
}
