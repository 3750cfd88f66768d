import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/server/security-headers";

// Runs before every page and API route: gives the request an id, a CSP nonce, and turns strangers
// away from everything but the login page, the health check and Auth.js's own endpoints. The deeper
// check (user still active, session not revoked, role may see this) happens on the server in
// each page, action and route, where the database is at hand.
//
// The proxy only looks for the session cookie; it does not run Auth.js. Auth.js would re-issue the
// cookie on every request, and a response still in flight at sign-out (a prefetch, say) would then
// put the cookie back and silently sign the user in again.
function hasSessionCookie(req: NextRequest): boolean {
  return req.cookies.getAll().some((c) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(c.name));
}

const PUBLIC_PATHS = ["/login", "/api/health", "/api/auth"];

export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  // Other systems call the REST API with a bearer token instead of a session; the route verifies it.
  const hasBearer = pathname.startsWith("/api/") && /^Bearer\s/i.test(req.headers.get("authorization") ?? "");

  if (!hasSessionCookie(req) && !hasBearer && !isPublic) {
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
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
