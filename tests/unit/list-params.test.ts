import { describe, expect, it } from "vitest";
import { optionalId, parseListParams, withParams } from "@/lib/list-params";

describe("list parameters from the URL", () => {
  const sorts = ["name", "email"] as const;

  it("falls back to defaults for missing or hostile values", () => {
    expect(parseListParams({ page: "-3", size: "999999", sort: "passwordHash", dir: "sideways" }, sorts, "name")).toEqual({
      q: "",
      page: 1,
      pageSize: 20,
      sort: "name",
      dir: "asc",
    });
  });

  it("accepts allowed values", () => {
    expect(parseListParams({ q: " 张 ", page: "3", size: "50", sort: "email", dir: "desc" }, sorts, "name")).toEqual({
      q: "张",
      page: 3,
      pageSize: 50,
      sort: "email",
      dir: "desc",
    });
  });

  it("changes one parameter and keeps the rest", () => {
    expect(withParams({ q: "li", page: "2" }, { page: undefined, sort: "email" })).toBe("?q=li&sort=email");
    expect(withParams({}, {})).toBe("");
  });

  it("keeps an id parameter only when it is a record id", () => {
    expect(optionalId("6f1c1f9e-7c39-4d7e-9a43-5b0b1b6f7a10")).toBe("6f1c1f9e-7c39-4d7e-9a43-5b0b1b6f7a10");
    expect(optionalId(["6f1c1f9e-7c39-4d7e-9a43-5b0b1b6f7a10", "x"])).toBe("6f1c1f9e-7c39-4d7e-9a43-5b0b1b6f7a10");
    expect(optionalId("'; DROP TABLE")).toBeUndefined();
    expect(optionalId(undefined)).toBeUndefined();
  });
});
