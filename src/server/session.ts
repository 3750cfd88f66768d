import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/generated/prisma/enums";
import { auth } from "./auth";
import { db } from "./db";
import { can, type Permission } from "./permissions";

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  departmentId: string;
}

/**
 * The signed-in user, re-read from the database once per request: a deactivated user, or a session
 * issued before a password reset (sessionVersion bumped), is treated as signed out at once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, departmentId: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== session.user.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, departmentId: user.departmentId };
});

/** For pages: sends strangers to the login page and answers 403 to roles without the permission. */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  if (!can(actor.role, permission)) forbidden();
  return actor;
}
