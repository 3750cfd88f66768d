import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { DEMO_LOGINS, signIn } from "./support";

// Notifications come from other modules' flows and the SLA sweep; here two are put in place directly
// (the test database is the one the app under test uses) so the bell can be watched on its own.
async function giveNotifications(email: string, link: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
    const userId = rows[0]!.id;
    await client.query(`UPDATE "Notification" SET "readAt" = now() WHERE "userId" = $1 AND "readAt" IS NULL`, [userId]);
    for (const [kind, number, minutesAgo] of [["issue.assigned", 901, 30], ["issue.resolved", 902, 5]] as const) {
      await client.query(
        `INSERT INTO "Notification" (id, "userId", kind, params, link, "createdAt") VALUES (gen_random_uuid(), $1, $2, $3, $4, now() - make_interval(mins => $5))`,
        [userId, kind, JSON.stringify({ number, title: "仓库调拨单无法过账" }), link, minutesAgo],
      );
    }
  } finally {
    await client.end();
  }
}

test("a user sees the unread count on the bell, reads one notification and opens the other", async ({ page }) => {
  await giveNotifications(DEMO_LOGINS.KEY_USER, "/plan");
  await signIn(page, DEMO_LOGINS.KEY_USER);
  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName("通知（2 条未读）");
  await expect(page.getByTestId("notification-count")).toHaveText("2");

  // Keyboard: the bell is a link in the header.
  await bell.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { name: "通知" })).toBeVisible();
  const items = page.getByTestId("notification");
  await expect(items.first()).toContainText("ISS-902 已解决，请确认");
  await expect(items.nth(1)).toContainText("ISS-901 已分派给您");

  await page.getByRole("button", { name: "将「ISS-901 已分派给您」标为已读" }).click();
  await expect(page.getByTestId("notification-count")).toHaveText("1");
  await expect(page.getByText("您有 1 条未读通知。")).toBeVisible();

  await page.getByRole("link", { name: "ISS-902 已解决，请确认" }).click();
  await expect(page).toHaveURL(/\/plan$/);
  await expect(page.getByTestId("notification-bell")).toHaveAccessibleName("通知");
  await expect(page.getByTestId("notification-count")).toHaveCount(0);

  await page.goto("/notifications?show=unread");
  await expect(page.getByTestId("notifications-empty")).toHaveText("没有符合条件的通知。");
});

test("an admin creates an API token shown once, revokes it, and adds a chat webhook that gets a test message", async ({ page }) => {
  const posts: { path: string; body: unknown }[] = [];
  const server = createServer((req, res) => {
    let text = "";
    req.on("data", (c: Buffer) => (text += c.toString("utf8")));
    req.on("end", () => {
      posts.push({ path: req.url ?? "", body: JSON.parse(text) });
      res.writeHead(200, { "content-type": "application/json" }).end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  try {
    await signIn(page, DEMO_LOGINS.ADMIN);
    await page.getByTestId("main-nav").getByRole("link", { name: "集成" }).click();
    await expect(page.getByTestId("smtp-off")).toBeVisible();

    // A bad submit says what is wrong and keeps what was typed.
    const form = page.getByTestId("create-token-form");
    await form.getByLabel("名称").fill("MES 异常上报");
    await form.getByRole("button", { name: "生成令牌" }).click();
    await expect(page.getByTestId("token-user-error")).toBeVisible();
    await expect(form.getByLabel("名称")).toHaveValue("MES 异常上报");

    const keyUser = await form.getByLabel("代表用户").locator("option", { hasText: DEMO_LOGINS.KEY_USER }).getAttribute("value");
    await form.getByLabel("代表用户").selectOption(keyUser!);
    await form.getByRole("button", { name: "生成令牌" }).click();
    const value = page.getByTestId("new-token-value");
    await expect(value).toHaveText(/^erp_[A-Za-z0-9_-]{43}$/);
    const token = (await value.textContent())!;
    const row = page.getByTestId("token-row").filter({ hasText: "MES 异常上报" });
    await expect(row).toContainText(`${token.slice(0, 8)}…`);
    await expect(row).toContainText("有效");

    // Shown once: a reload does not bring it back.
    await page.reload();
    await expect(page.getByTestId("new-token")).toHaveCount(0);
    await expect(page.getByText(token)).toHaveCount(0);

    await row.getByRole("button", { name: "吊销" }).click();
    await row.getByRole("button", { name: "确定吊销" }).click();
    await expect(row).toContainText("已吊销");

    await page.getByRole("link", { name: "群机器人（Webhook）" }).click();
    const create = page.getByTestId("create-webhook-form");
    await create.getByLabel("名称").fill("ERP 运维群");
    await create.getByLabel("平台").selectOption({ label: "钉钉" });
    await create.getByLabel("Webhook 地址").fill(`http://127.0.0.1:${port}/robot/send?access_token=0123456789abcdef`);
    await create.getByRole("button", { name: "添加" }).click();
    const hook = page.getByTestId("webhook-row").filter({ hasText: "ERP 运维群" });
    await expect(hook).toContainText("access_token=•••cdef");
    await expect(hook).not.toContainText("0123456789abcdef");

    await hook.getByRole("button", { name: "发送测试消息" }).click();
    await expect(hook.getByTestId("webhook-test-ok")).toHaveText("测试消息已送达，请到群里查看。");
    expect(posts).toHaveLength(1);
    expect(posts[0]!.path).toBe("/robot/send?access_token=0123456789abcdef");
    expect(posts[0]!.body).toMatchObject({ msgtype: "markdown", markdown: { title: "ERP 门户测试消息" } });

    await page.getByRole("link", { name: "发送记录" }).click();
    const sent = page.getByTestId("outbox-row").filter({ hasText: "ERP 门户测试消息" });
    await expect(sent).toContainText("ERP 运维群");
    await expect(sent).toContainText("已发送");
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
