// Runs once when a server instance starts: a bad configuration stops it here, with a clear
// message, instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./server/env");
  const { logger } = await import("./server/logger");
  const config = env();
  logger().info({ mode: config.PORTAL_MODE, timeZone: config.PORTAL_TIME_ZONE }, "portal starting");
}
