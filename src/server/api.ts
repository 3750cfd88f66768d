import "server-only";
import { can, type Permission } from "./permissions";
import { getActor, type Actor } from "./session";

/** For API routes: the caller, or the 401/403 response to return instead. */
export async function requireApiPermission(permission: Permission): Promise<{ actor: Actor } | { response: Response }> {
  const actor = await getActor();
  if (!actor) return { response: Response.json({ error: "unauthenticated" }, { status: 401 }) };
  if (!can(actor.role, permission)) return { response: Response.json({ error: "forbidden" }, { status: 403 }) };
  return { actor };
}
