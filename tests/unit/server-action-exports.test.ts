import { describe, expect, it } from "vitest";
import { problemsIn } from "../../scripts/check-server-actions";

describe('"use server" export check', () => {
  it("accepts async functions and types", () => {
    expect(problemsIn("a.ts", `"use server";\nexport interface S { a: 1 }\nexport async function save() {}\n`)).toEqual([]);
  });

  it("rejects constants, sync functions and value re-exports", () => {
    const problems = problemsIn("a.ts", `"use server";\nexport const SECRET = 1;\nexport function sync() {}\nexport { x } from "./y";\n`);
    expect(problems).toHaveLength(3);
  });

  it("ignores files without the directive", () => {
    expect(problemsIn("a.ts", `export const X = 1;`)).toEqual([]);
  });
});
