import type { NextAuthConfig } from "next-auth";

// The part of the Auth.js configuration that needs no database, shared by the proxy and auth.ts.
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user = {
          ...session.user,
          id: token.uid,
          role: token.role,
          sessionVersion: token.sv ?? 0,
        };
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
