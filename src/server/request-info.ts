// Who is calling, as far as the request tells: used for sign-in throttling, audit and logs.
// Behind a reverse proxy, its X-Forwarded-For is trusted: deploy the portal only behind one you run.
export function clientIp(h: Headers): string {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || h.get("x-real-ip") || "unknown").slice(0, 64);
}

export function requestId(h: Headers): string | null {
  return h.get("x-request-id");
}
