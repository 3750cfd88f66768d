import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction } from "@/server/action";
import type { Actor } from "@/server/session";

// Refusals happen before any database work, so they can be checked without one: the handler
// records whether it ran.
let ran = 0;
const rename = defineAction({
  name: "test.rename",
  permission: "users.manage",
  input: z.object({ name: z.string().trim().min(1).max(10), password: z.string().optional() }),
  async handler() {
    ran++;
    return null;
  },
});

const actor = (role: Actor["role"]): Actor => ({ id: "u1", email: "u1@x.cn", name: "U1", role, departmentId: "d1" });

describe("defineAction refusals", () => {
  it("refuses a caller without a session, in their language", async () => {
    const r = await rename.execute(null, { name: "x" }, { locale: "zh-CN" });
    expect(r).toMatchObject({ ok: false, error: "登录已失效，请重新登录。" });
  });

  it("refuses a role without the permission before validating or running anything", async () => {
    const r = await rename.execute(actor("KEY_USER"), { name: "" }, { locale: "en" });
    expect(r).toMatchObject({ ok: false, error: "Your role may not do this." });
    expect(r.ok ? undefined : r.fieldErrors).toBeUndefined();
  });

  it("returns field errors and echoes typed values except secrets", async () => {
    const form = new FormData();
    form.set("name", "far too long a name");
    form.set("password", "hunter2");
    const r = await rename.execute(actor("ADMIN"), form, { locale: "en" });
    expect(r).toEqual({
      ok: false,
      error: "Please check the marked fields.",
      fieldErrors: { name: "At most 10 characters." },
      values: { name: "far too long a name" },
    });
  });

  it("never runs the handler for refused input", () => {
    expect(ran).toBe(0);
  });
});
