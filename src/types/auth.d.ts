import type { Role } from "@/generated/prisma/enums";

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    /** The user's sessionVersion at sign-in; a mismatch later means the session was revoked. */
    sv?: number;
  }
}

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; email: string; name: string; role: Role; sessionVersion: number };
  }
}
