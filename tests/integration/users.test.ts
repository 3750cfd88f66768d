import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/modules/auth/password";
import { changeOwnPassword, createUser, resetPassword, setUserActive, updateUser } from "@/modules/users/definitions";
import { actorOf, db, makeDepartment, makeUser, META, resetDatabase } from "../support/db";

let admin: Awaited<ReturnType<typeof makeUser>>;
let deptId: string;

beforeEach(async () => {
  await resetDatabase();
  deptId = (await makeDepartment("sales")).id;
  admin = await makeUser("ADMIN", { departmentId: deptId });
});

const newUser = (over: Record<string, unknown> = {}) => ({
  email: "li.na@hdchem.cn",
  name: "李娜",
  role: "PROJECT_MANAGER",
  departmentId: deptId,
  password: "Start-2026-pw",
  ...over,
});

describe("creating users", () => {
  it("stores the user with a hashed password and audits it without the hash", async () => {
    const r = await createUser.execute(actorOf(admin), newUser(), META);
    expect(r.ok).toBe(true);
    const stored = await db.user.findUniqueOrThrow({ where: { email: "li.na@hdchem.cn" } });
    expect(stored.passwordHash).not.toContain("Start-2026-pw");
    expect(await verifyPassword("Start-2026-pw", stored.passwordHash)).toBe(true);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityType: "User", entityId: stored.id } });
    expect(entry).toMatchObject({ action: "create", actorId: admin.id, actorEmail: admin.email, requestId: "test-request" });
    expect(JSON.stringify(entry.after)).not.toContain("$2");
    expect(entry.after).toMatchObject({ email: "li.na@hdchem.cn", role: "PROJECT_MANAGER" });
  });

  it("refuses a taken e-mail on the e-mail field and writes nothing", async () => {
    await createUser.execute(actorOf(admin), newUser(), META);
    const before = await db.auditLog.count();
    const r = await createUser.execute(actorOf(admin), newUser({ email: "LI.NA@hdchem.cn", name: "Other" }), META);
    expect(r).toMatchObject({ ok: false, fieldErrors: { email: "Another user already has this e-mail." } });
    expect(await db.user.count({ where: { name: "Other" } })).toBe(0);
    expect(await db.auditLog.count()).toBe(before);
  });

  it("refuses an inactive department", async () => {
    const closed = await db.department.create({ data: { code: "closed", nameZh: "撤销", nameEn: "Closed", active: false } });
    const r = await createUser.execute(actorOf(admin), newUser({ departmentId: closed.id }), META);
    expect(r).toMatchObject({ ok: false, fieldErrors: { departmentId: expect.any(String) } });
  });
});

describe("editing users", () => {
  it("changes role and department, audits before and after", async () => {
    const u = await makeUser("KEY_USER", { departmentId: deptId });
    const other = await makeDepartment("finance");
    const r = await updateUser.execute(actorOf(admin), { id: u.id, version: u.version, name: "张伟", role: "SUPPORT", departmentId: other.id }, META);
    expect(r).toMatchObject({ ok: true, data: { version: 2 } });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "update", entityId: u.id } });
    expect(entry.before).toMatchObject({ role: "KEY_USER", departmentId: deptId });
    expect(entry.after).toMatchObject({ role: "SUPPORT", departmentId: other.id, name: "张伟" });
  });

  it("refuses the second of two edits made from the same version instead of losing the first", async () => {
    const u = await makeUser("KEY_USER", { departmentId: deptId });
    const base = { id: u.id, version: u.version, role: "KEY_USER", departmentId: deptId };
    const first = await updateUser.execute(actorOf(admin), { ...base, name: "First edit" }, META);
    const second = await updateUser.execute(actorOf(admin), { ...base, name: "Second edit" }, META);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: expect.stringContaining("Someone else changed this record") });
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).name).toBe("First edit");
  });

  it("keeps at least one active administrator", async () => {
    const demote = await updateUser.execute(actorOf(admin), { id: admin.id, version: admin.version, name: admin.name, role: "EXECUTIVE", departmentId: deptId }, META);
    expect(demote).toMatchObject({ ok: false, error: "The last administrator cannot be deactivated or given another role." });
    const other = await makeUser("ADMIN", { departmentId: deptId });
    const self = await setUserActive.execute(actorOf(admin), { id: admin.id, version: admin.version, active: "false" }, META);
    expect(self).toMatchObject({ ok: false, error: "You cannot deactivate your own account." });
    const r = await setUserActive.execute(actorOf(admin), { id: other.id, version: other.version, active: "false" }, META);
    expect(r.ok).toBe(true);
  });

  it("deactivation and password reset revoke existing sessions", async () => {
    const u = await makeUser("KEY_USER", { departmentId: deptId });
    await setUserActive.execute(actorOf(admin), { id: u.id, version: u.version, active: "false" }, META);
    const off = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(off).toMatchObject({ active: false, sessionVersion: u.sessionVersion + 1 });
    await setUserActive.execute(actorOf(admin), { id: u.id, version: off.version, active: "true" }, META);
    const on = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    const r = await resetPassword.execute(actorOf(admin), { id: u.id, version: on.version, password: "Brand-new-2026" }, META);
    expect(r.ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after.sessionVersion).toBe(on.sessionVersion + 1);
    expect(await verifyPassword("Brand-new-2026", after.passwordHash)).toBe(true);
  });

  it("lets users change their own password only with the current one", async () => {
    const u = await makeUser("TRAINER", { departmentId: deptId, password: "Old-pass-2026" });
    const wrong = await changeOwnPassword.execute(actorOf(u), { currentPassword: "nope", newPassword: "New-pass-2026", confirmPassword: "New-pass-2026" }, META);
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: "The current password is wrong." } });
    const ok = await changeOwnPassword.execute(actorOf(u), { currentPassword: "Old-pass-2026", newPassword: "New-pass-2026", confirmPassword: "New-pass-2026" }, META);
    expect(ok.ok).toBe(true);
    expect(await verifyPassword("New-pass-2026", (await db.user.findUniqueOrThrow({ where: { id: u.id } })).passwordHash)).toBe(true);
  });
});
