// Every export of a "use server" file becomes a public HTTP endpoint. This check fails when such a
// file exports anything but async functions (a constant, a type re-export with a value, a class…).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (/\.(ts|tsx)$/.test(name)) yield full;
  }
}

function hasUseServerDirective(source: ts.SourceFile): boolean {
  for (const stmt of source.statements) {
    if (!ts.isExpressionStatement(stmt) || !ts.isStringLiteral(stmt.expression)) return false;
    if (stmt.expression.text === "use server") return true;
  }
  return false;
}

const isAsync = (mods: readonly ts.ModifierLike[] | undefined) => mods?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ?? false;
const isExported = (mods: readonly ts.ModifierLike[] | undefined) => mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;

export function problemsIn(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  if (!hasUseServerDirective(source)) return [];
  const problems: string[] = [];
  const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  for (const stmt of source.statements) {
    if (ts.isFunctionDeclaration(stmt) && isExported(stmt.modifiers) && !isAsync(stmt.modifiers)) {
      problems.push(`${where(stmt)} exports a function that is not async`);
    } else if (ts.isVariableStatement(stmt) && isExported(stmt.modifiers)) {
      problems.push(`${where(stmt)} exports a variable; export only async functions from "use server" files`);
    } else if ((ts.isClassDeclaration(stmt) || ts.isEnumDeclaration(stmt)) && isExported(stmt.modifiers)) {
      problems.push(`${where(stmt)} exports a class or enum`);
    } else if (ts.isExportDeclaration(stmt) && !stmt.isTypeOnly) {
      problems.push(`${where(stmt)} re-exports values; define the actions in this file instead`);
    } else if (ts.isExportAssignment(stmt)) {
      problems.push(`${where(stmt)} has a default export`);
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("check-server-actions.ts")) {
  const root = path.resolve(import.meta.dirname, "../src");
  const problems = [...walk(root)].flatMap((f) => problemsIn(path.relative(process.cwd(), f), readFileSync(f, "utf8")));
  if (problems.length) {
    console.error(`"use server" files may export only async functions:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log('server-action check: every "use server" export is an async function');
}
