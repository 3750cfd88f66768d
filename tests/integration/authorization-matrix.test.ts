import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { ALL_ACTIONS } from "@/modules/action-registry";
import { ROLES } from "@/server/permissions";
import { ALLOWED as core } from "./authorization/core-and-plan";
import { ALLOWED as issues } from "./authorization/issues";
import { ALLOWED as sla } from "./authorization/sla";
import { ALLOWED as notifications } from "./authorization/notifications";
import { ALLOWED as help } from "./authorization/help";
import { ALLOWED as support } from "./authorization/support";
import { ALLOWED as kpi } from "./authorization/kpi";
import { ALLOWED as kpiTransfer } from "./authorization/kpi-transfer";
import { ALLOWED as metrics } from "./authorization/metrics";
import { ALLOWED as dashboards } from "./authorization/dashboards";
import { actorOf, makeUser, META, resetDatabase } from "../support/db";

// One hand-written file per module under ./authorization/ (what the product promises, not derived from the
// permission table). A new action fails this test until it is added there.
const ALLOWED: Record<string, Role[]> = { ...core, ...issues, ...sla, ...notifications, ...help, ...support, ...kpi, ...kpiTransfer, ...metrics, ...dashboards };

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
