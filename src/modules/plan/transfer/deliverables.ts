import type { Role } from "@/generated/prisma/enums";
import { ROLES } from "@/server/permissions";
import { choiceLookup } from "./cells";
import { normalizeHeader, type Translate } from "./columns";

// Deliverables live in one cell, one per line: "name | ACCEPTOR_ROLE | department code | required".
// The parts are read from the right, so a name may itself contain "|"; the department and the
// required flag may be left out by writing fewer parts.

export interface DeliverableSpec {
  name: string;
  acceptorRole: Role;
  acceptorDepartment: string | null;
  required: boolean;
}

export interface DeliverableProblem {
  key: string;
  params: Record<string, string | number>;
}

export function formatDeliverables(items: readonly DeliverableSpec[], t: Translate): string {
  return items
    .map((d) => [d.name, d.acceptorRole, d.acceptorDepartment ?? "", t(`planTransfer.required.${d.required ? "yes" : "no"}`)].join(" | "))
    .join("\n");
}

let lookups: { roles: Map<string, Role>; required: Map<string, boolean> } | undefined;
function getLookups() {
  if (!lookups) {
    const required = new Map<string, boolean>();
    for (const [code, flag] of [["yes", true], ["no", false]] as const) {
      for (const spelling of choiceLookup([code], (c) => `planTransfer.required.${c}`).keys()) required.set(spelling, flag);
    }
    for (const s of ["true", "1", "y", "是", "必须", "必需", "必要"]) required.set(normalizeHeader(s), true);
    for (const s of ["false", "0", "n", "否", "可选", "非必需"]) required.set(normalizeHeader(s), false);
    lookups = { roles: choiceLookup(ROLES, (r) => `roles.${r}`), required };
  }
  return lookups;
}

/** Parses the cell; department codes are only checked by `departmentExists`, which the caller supplies. */
export function parseDeliverables(text: string, departmentExists: (code: string) => boolean): { items: DeliverableSpec[]; problems: DeliverableProblem[] } {
  const { roles, required } = getLookups();
  const items: DeliverableSpec[] = [];
  const problems: DeliverableProblem[] = [];
  const lines = text
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  lines.forEach((line, i) => {
    const n = i + 1;
    const raw = line.split("|");
    const parts = raw.map((p) => p.trim());
    if (parts.length < 2) return void problems.push({ key: "deliverableFormat", params: { line: n } });
    const full = parts.length >= 4;
    const name = full ? raw.slice(0, -3).join("|").trim() : parts[0]!;
    const roleText = full ? parts.at(-3)! : parts[1]!;
    const department = (full ? parts.at(-2)! : (parts[2] ?? "")) || null;
    const requiredText = full ? parts.at(-1)! : "";
    const role = roles.get(normalizeHeader(roleText));
    const flag = requiredText ? required.get(normalizeHeader(requiredText)) : true;
    if (!name || name.length > 160) problems.push({ key: "deliverableName", params: { line: n } });
    if (!role) problems.push({ key: "deliverableRole", params: { line: n, value: roleText } });
    if (department && !departmentExists(department)) problems.push({ key: "deliverableDepartment", params: { line: n, value: department } });
    if (flag === undefined) problems.push({ key: "deliverableRequired", params: { line: n, value: requiredText } });
    if (role && flag !== undefined && name) items.push({ name, acceptorRole: role, acceptorDepartment: department, required: flag });
  });
  return { items, problems };
}
