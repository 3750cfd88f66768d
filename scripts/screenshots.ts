// Screenshots of pages in zh-CN and en for a role, to look at while building:
//   BASE_URL=http://localhost:3000 tsx scripts/screenshots.ts admin@demo.hdchem.cn / /users /audit
// Pictures land in .data/screenshots/.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const [email = "admin@demo.hdchem.cn", ...paths] = process.argv.slice(2);
const base = process.env.BASE_URL ?? "http://localhost:3000";
const out = ".data/screenshots";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
for (const locale of ["zh-CN", "en"]) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: base }]);
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  if (paths.includes("/login")) await page.screenshot({ path: `${out}/login-${locale}.png`, fullPage: true });
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(process.env.PASSWORD ?? "HdChem@2026");
  await page.locator("form button[type=submit]").last().click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  for (const p of paths.filter((p) => p !== "/login").length ? paths.filter((p) => p !== "/login") : ["/"]) {
    await page.goto(`${base}${p}`);
    const name = `${email.split("@")[0]}${p.replaceAll("/", "_") || "_home"}-${locale}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: true });
    console.log(`${out}/${name}`);
  }
  await context.close();
}
await browser.close();
