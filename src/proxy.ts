import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/server/auth.config";
import { contentSecurityPolicy } from "@/server/security-headers";

// Runs before every page and API route: gives the request an id, a CSP nonce, and turns strangers
// away from everything but the login page, the health check and Auth.js's own endpoints. The deeper
// check (user still active, session not revoked, role may see this) happens on the server in
// each page, action and route, where the database is at hand.
const { auth } = NextAuth(authConfig);

const PUBLIC_PATHS = ["/login", "/api/health", "/api/auth"];

export const proxy = auth((req) => {
  const { pathname, search } = req.nextUrl;
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));

  if (!req.auth && !isPublic) {
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ error: "unauthenticated" }, { status: 401, headers: { "x-request-id": requestId } });
    }
    const login = new URL("/login", req.nextUrl.origin);
    if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(login);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(req.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("x-request-id", requestId);
  res.headers.set("content-security-policy", csp);
  return res;
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
