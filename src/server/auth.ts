import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { z } from "zod";
import { verifyCredentials } from "@/modules/auth/service";
import { authConfig } from "./auth.config";
import { logger } from "./logger";
import { clientIp } from "./request-info";

/** Carries why a sign-in failed (wrong credentials, deactivated, throttled) to the login action. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

const ZCredentials = z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  // Auth.js logs refused sign-ins as errors with a stack trace; they are ordinary events here.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) logger().info({ reason: error.code }, "sign-in refused");
      else logger().error({ err: error }, "auth error");
    },
    warn(code) {
      logger().warn({ code }, "auth warning");
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const result = await verifyCredentials(parsed.data.email, parsed.data.password, clientIp(await headers()));
        if (!result.ok) {
          throw new SignInRefused(result.reason === "throttled" ? `throttled:${result.retryAfterMinutes}` : result.reason);
        }
        return result.user;
      },
    }),
  ],
});
