import { describe, expect, it } from "vitest";
import { can, isRole, PERMISSIONS, ROLE_PERMISSIONS, ROLES } from "@/server/permissions";

describe("role → permission table", () => {
  it("lets every role see its home and manage its own account", () => {
    for (const role of ROLES) {
      expect(can(role, "home.view")).toBe(true);
      expect(can(role, "account.manage")).toBe(true);
    }
  });

  it("keeps user and department management to administrators", () => {
    expect(ROLES.filter((r) => can(r, "users.manage"))).toEqual(["ADMIN"]);
    expect(ROLES.filter((r) => can(r, "departments.manage"))).toEqual(["ADMIN"]);
  });

  it("opens the audit log to administrators and executives only", () => {
    expect(ROLES.filter((r) => can(r, "audit.read")).sort()).toEqual(["ADMIN", "EXECUTIVE"]);
  });

  it("refuses everything to a missing or unknown role", () => {
    expect(can(undefined, "home.view")).toBe(false);
    expect(can(null, "home.view")).toBe(false);
    expect(can("JANITOR" as never, "home.view")).toBe(false);
  });

  it("names only declared permissions and grants each to someone", () => {
    const granted = new Set(Object.values(ROLE_PERMISSIONS).flat());
    for (const p of granted) expect(PERMISSIONS).toContain(p);
    for (const p of PERMISSIONS) expect(granted.has(p), `${p} is granted to no role`).toBe(true);
  });

  it("recognises role names", () => {
    expect(isRole("KEY_USER")).toBe(true);
    expect(isRole("key_user")).toBe(false);
    expect(isRole(42)).toBe(false);
  });
});
