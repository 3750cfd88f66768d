import { describe, expect, it } from "vitest";
import { z } from "zod";
import { translator } from "@/i18n/messages";
import { ZChangeOwnPassword, ZCreateUser } from "@/modules/users/schemas";
import { fieldErrors, formDataToObject } from "@/server/validation";

const zh = translator("zh-CN") as unknown as (k: string, p?: Record<string, string | number>) => string;
const en = translator("en") as unknown as (k: string, p?: Record<string, string | number>) => string;

describe("localized field errors", () => {
  const valid = { email: "a@b.cn", name: "张三", role: "KEY_USER", departmentId: "6f1c1f9e-7c39-4d7e-9a43-5b0b1b6f7a10", password: "abcdef12345" };

  it("says which field is missing, in the user's language", () => {
    const r = ZCreateUser.safeParse({ ...valid, name: "" });
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!, zh)).toEqual({ name: "必填项。" });
    expect(fieldErrors(r.error!, en)).toEqual({ name: "Required." });
  });

  it("explains bad e-mail addresses, unknown roles and weak passwords", () => {
    const r = ZCreateUser.safeParse({ ...valid, email: "not-an-email", role: "GOD", password: "onlyletters" });
    const errors = fieldErrors(r.error!, en);
    expect(errors.email).toBe("Enter a valid e-mail address.");
    expect(errors.role).toBe("Choose a value from the list.");
    expect(errors.password).toBe("The password needs both letters and digits.");
  });

  it("reports too-long input with the limit", () => {
    const r = z.object({ title: z.string().max(5) }).safeParse({ title: "123456" });
    expect(fieldErrors(r.error!, zh)).toEqual({ title: "最多 5 个字符。" });
  });

  it("puts a cross-field error on the field the user must fix", () => {
    const r = ZChangeOwnPassword.safeParse({ currentPassword: "x", newPassword: "abcdef12345", confirmPassword: "abcdef12346" });
    expect(fieldErrors(r.error!, en)).toEqual({ confirmPassword: "The new passwords do not match." });
  });

  it("normalises e-mail addresses before they are stored", () => {
    const r = ZCreateUser.parse({ ...valid, email: "  Li.Na@Example.COM " });
    expect(r.email).toBe("li.na@example.com");
  });
});

describe("form data", () => {
  it("keeps single values as strings and repeated names as arrays, skipping React's internals", () => {
    const form = new FormData();
    form.append("name", "李娜");
    form.append("dept", "a");
    form.append("dept", "b");
    form.append("$ACTION_ID_abc", "");
    expect(formDataToObject(form)).toEqual({ name: "李娜", dept: ["a", "b"] });
  });
});
