import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { ALL_ACTIONS } from "@/modules/action-registry";
import { ROLES } from "@/server/permissions";
import { actorOf, makeUser, META, resetDatabase } from "../support/db";

// Written out by hand, not derived from the permission table: this is what the product promises.
// A new action fails this test until it is added here.
const ALLOWED: Record<string, Role[]> = {
  "users.create": ["ADMIN"],
  "users.update": ["ADMIN"],
  "users.setActive": ["ADMIN"],
  "users.resetPassword": ["ADMIN"],
  "account.changePassword": [...ROLES],
  "departments.create": ["ADMIN"],
  "departments.update": ["ADMIN"],
  "plan.createProject": ["PROJECT_MANAGER"],
  "plan.importXlsx": ["PROJECT_MANAGER"],
  "plan.saveAsTemplate": ["PROJECT_MANAGER"],
  "plan.importTemplate": ["PROJECT_MANAGER"],
  "plan.updateTask": ["PROJECT_MANAGER"],
  "plan.addDependency": ["PROJECT_MANAGER"],
  "plan.removeDependency": ["PROJECT_MANAGER"],
  "plan.saveBaseline": ["PROJECT_MANAGER"],
  "plan.updateGateCriterion": ["PROJECT_MANAGER"],
  "plan.recordGateReview": ["EXECUTIVE", "PROJECT_MANAGER"],
  "plan.startPhase": ["EXECUTIVE", "PROJECT_MANAGER"],
  "plan.recordGoLive": ["EXECUTIVE", "PROJECT_MANAGER"],
  "plan.decideDeliverable": ["EXECUTIVE", "PROJECT_MANAGER", "KEY_USER", "DATA_STEWARD"],
  // Everyone may try; the task's or item's ownership is checked on the record.
  "plan.reportProgress": [...ROLES],
  "plan.addComment": [...ROLES],
  "plan.submitDeliverable": [...ROLES],
  "plan.updateCutoverItem": [...ROLES],
};

const FORBIDDEN = "Your role may not do this.";
const actors = new Map<Role, ReturnType<typeof actorOf>>();

beforeAll(async () => {
  await resetDatabase();
  for (const role of ROLES) actors.set(role, actorOf(await makeUser(role)));
});

describe("authorization matrix: every (role × action)", () => {
  it("lists every registered action", () => {
    expect(ALL_ACTIONS.map((a) => a.name).sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  for (const action of ALL_ACTIONS) {
    for (const role of ROLES) {
      const allowed = ALLOWED[action.name]?.includes(role) ?? false;
      it(`${action.name} × ${role} → ${allowed ? "allowed" : "refused"}`, async () => {
        // Empty input: an allowed role gets past the permission check and fails validation instead.
        const r = await action.execute(actors.get(role)!, {}, META);
        expect(r.ok).toBe(false);
        if (allowed) expect(r.ok === false && r.error).not.toBe(FORBIDDEN);
        else expect(r.ok === false && r.error).toBe(FORBIDDEN);
      });
    }
  }

  it("refuses every action to a caller without a session", async () => {
    for (const action of ALL_ACTIONS) {
      expect(await action.execute(null, {}, META)).toMatchObject({ ok: false, error: "Your session has ended. Please sign in again." });
    }
  });
});
