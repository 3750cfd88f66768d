import { beforeEach, describe, expect, it } from "vitest";
import { createArticle, setArticleStatus, updateArticle } from "@/modules/help/definitions";
import { countArticlesByStatus, getArticle, listArticles, parseArticleFilter, recordArticleView, searchArticles } from "@/modules/help/queries";
import { actorOf, db, makeDepartment, makeUser, META, resetDatabase } from "../support/db";

type U = Awaited<ReturnType<typeof makeUser>>;
let support: U, trainer: U, keyUser: U;

beforeEach(async () => {
  await resetDatabase(); // cascades to articles and their links
  const it = await makeDepartment("it");
  support = await makeUser("SUPPORT", { departmentId: it.id });
  trainer = await makeUser("TRAINER", { departmentId: it.id });
  keyUser = await makeUser("KEY_USER", { departmentId: it.id });
});

const ARTICLE = {
  title: "按批次号追溯原料去向",
  kind: "GUIDE",
  module: "WAREHOUSE",
  body: "## 步骤\n1. 打开 **批次追溯**\n2. 输入批次号，方向选择“向下”。",
};

async function create(over: Record<string, unknown> = {}, by: U = support) {
  const r = await createArticle.execute(actorOf(by), { ...ARTICLE, ...over }, META);
  if (!r.ok) throw new Error(`create failed: ${r.error} ${JSON.stringify(r.fieldErrors)}`);
  return db.helpArticle.findUniqueOrThrow({ where: { id: r.data.id } });
}

const readerFilter = (q: string, over: Record<string, string> = {}) => parseArticleFilter(over, q, keyUser, false);

describe("writing articles", () => {
  it("saves a draft, then publishes it with a timestamp and an audit entry per step", async () => {
    const draft = await create({ roles: ["KEY_USER", "SUPPORT"] });
    expect(draft).toMatchObject({ status: "DRAFT", publishedAt: null, authorId: support.id, roles: ["KEY_USER", "SUPPORT"], module: "WAREHOUSE" });
    const r = await setArticleStatus.execute(actorOf(trainer), { id: draft.id, version: draft.version, status: "PUBLISHED" }, META);
    expect(r).toMatchObject({ ok: true, message: "Article status updated." });
    const published = await db.helpArticle.findUniqueOrThrow({ where: { id: draft.id } });
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(published.version).toBe(draft.version + 1);
    expect(await db.auditLog.findMany({ where: { entityId: draft.id }, orderBy: { id: "asc" }, select: { action: true } })).toEqual([
      { action: "create" },
      { action: "publish" },
    ]);
  });

  it("publishes straight from the form, and a general article has no module", async () => {
    const a = await create({ publish: "true", module: "" });
    expect(a).toMatchObject({ status: "PUBLISHED", module: null, roles: [] });
  });

  it("refuses the second of two edits made from the same version, keeping the first", async () => {
    const a = await create();
    const first = await updateArticle.execute(actorOf(support), { ...ARTICLE, id: a.id, version: a.version, title: "批次追溯（正向与反向）" }, META);
    expect(first.ok).toBe(true);
    const stale = await updateArticle.execute(actorOf(trainer), { ...ARTICLE, id: a.id, version: a.version, title: "另一个标题" }, META);
    expect(stale).toMatchObject({ ok: false, error: expect.stringContaining("Someone else changed this record") });
    expect(stale.ok === false && stale.values?.title).toBe("另一个标题"); // what was typed comes back
    expect((await db.helpArticle.findUniqueOrThrow({ where: { id: a.id } })).title).toBe("批次追溯（正向与反向）");
    const staleStatus = await setArticleStatus.execute(actorOf(support), { id: a.id, version: a.version, status: "ARCHIVED" }, META);
    expect(staleStatus.ok).toBe(false);
  });

  it.each([
    ["a script tag", { body: "步骤 <script>alert(1)</script>" }, "body", "The text may not contain script"],
    ["an event handler", { body: '<img src=x onerror="alert(1)">' }, "body", "The text may not contain script"],
    ["a javascript: link", { body: "[点这里](javascript:alert(1))" }, "body", "unsafe link"],
    ["an entity-encoded javascript: link", { body: "[点这里](&#106;avascript:alert(1))" }, "body", "unsafe link"],
    ["a script in the title", { title: "<script>x</script>" }, "title", "The text may not contain script"],
  ])("refuses %s with a clear message and stores nothing", async (_name, over, field, message) => {
    const r = await createArticle.execute(actorOf(support), { ...ARTICLE, ...over }, META);
    expect(r).toMatchObject({ ok: false, fieldErrors: { [field]: expect.stringContaining(message) } });
    expect(await db.helpArticle.count()).toBe(0);
    expect(await db.auditLog.count({ where: { entityType: "HelpArticle" } })).toBe(0);
  });

  it("refuses a script in an edit and leaves the stored article as it was", async () => {
    const a = await create();
    const r = await updateArticle.execute(actorOf(support), { ...ARTICLE, id: a.id, version: a.version, body: "<script>alert(1)</script>" }, META);
    expect(r).toMatchObject({ ok: false, fieldErrors: { body: expect.any(String) } });
    expect(await db.helpArticle.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ body: ARTICLE.body, version: a.version });
  });

  it("needs a video link for a video article, and only http(s) links", async () => {
    const none = await createArticle.execute(actorOf(support), { ...ARTICLE, kind: "VIDEO" }, META);
    expect(none).toMatchObject({ ok: false, fieldErrors: { videoUrl: "A video article needs its video link." } });
    const bad = await createArticle.execute(actorOf(support), { ...ARTICLE, kind: "VIDEO", videoUrl: "javascript:alert(1)" }, META);
    expect(bad).toMatchObject({ ok: false, fieldErrors: { videoUrl: expect.any(String) } });
    const ok = await create({ kind: "VIDEO", videoUrl: "https://video.hdchem.cn/erp/1" });
    expect(ok.videoUrl).toBe("https://video.hdchem.cn/erp/1");
  });

  it("moves through unpublish, archive and restore", async () => {
    let a = await create({ publish: "true" });
    for (const status of ["DRAFT", "ARCHIVED", "DRAFT"] as const) {
      const r = await setArticleStatus.execute(actorOf(support), { id: a.id, version: a.version, status }, META);
      expect(r.ok).toBe(true);
      a = await db.helpArticle.findUniqueOrThrow({ where: { id: a.id } });
      expect(a.status).toBe(status);
    }
    const actions = await db.auditLog.findMany({ where: { entityId: a.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((x) => x.action)).toEqual(["create", "unpublish", "archive", "restore"]);
    expect(await countArticlesByStatus()).toEqual({ PUBLISHED: 0, DRAFT: 1, ARCHIVED: 0 });
  });
});

describe("finding articles", () => {
  beforeEach(async () => {
    await create({ publish: "true", title: "月结操作清单", module: "FINANCE", body: "关账前完成出入库过账，运行成本滚算。" });
    await create({ publish: "true", title: "Month-end close checklist", module: "FINANCE", body: "Post all goods movements, then run the cost roll-up." });
    await create({ publish: "true", title: "收货提示批次号必填", module: "WAREHOUSE", body: "启用**批次管理**的物料收货时必须录入批次号。", roles: ["KEY_USER"] });
    await create({ publish: "true", title: "打印模板错位", module: "SYSTEM", body: "调整页边距后重试；批次标签请用热敏模板。", roles: ["SUPPORT"] });
    await create({ title: "草稿：委外加工", module: "PRODUCTION", body: "批次规则待确认。" }); // a draft: readers never find it
  });

  it("finds Chinese text in titles and bodies, title matches first, drafts never", async () => {
    const { rows, total } = await listArticles(readerFilter("批次"), "relevance", 1, 20);
    expect(total).toBe(2);
    expect(rows.map((r) => r.title)).toEqual(["收货提示批次号必填", "打印模板错位"]);
    expect(rows[0]!.titleHits).toBe(1);
  });

  it("finds English case-insensitively and ANDs the terms", async () => {
    expect((await searchArticles("MONTH-END")).map((a) => a.title)).toEqual(["Month-end close checklist"]);
    expect((await searchArticles("cost roll-up")).map((a) => a.title)).toEqual(["Month-end close checklist"]);
    expect(await searchArticles("cost 批次")).toEqual([]);
    expect((await searchArticles("批次 热敏")).map((a) => a.title)).toEqual(["打印模板错位"]);
  });

  it("takes % and _ in a query literally", async () => {
    expect(await searchArticles("%")).toEqual([]);
    expect(await searchArticles("_")).toEqual([]);
  });

  it("filters by module, kind and 'for my role' (articles for everyone included)", async () => {
    const finance = await listArticles(readerFilter("", { module: "FINANCE" }), "relevance", 1, 20);
    expect(finance.total).toBe(2);
    const mine = await listArticles(readerFilter("", { mine: "1" }), "relevance", 1, 20);
    expect(mine.rows.map((r) => r.title).sort()).toEqual(["Month-end close checklist", "收货提示批次号必填", "月结操作清单"].sort());
    const guides = await listArticles(readerFilter("", { kind: "FAQ" }), "relevance", 1, 20);
    expect(guides.total).toBe(0);
  });

  it("shows readers published articles only, whatever the URL asks for; writers get the draft tab", async () => {
    expect((await listArticles(parseArticleFilter({ status: "DRAFT" }, "", keyUser, false), "newest", 1, 20)).rows.every((r) => r.status === "PUBLISHED")).toBe(true);
    const drafts = await listArticles(parseArticleFilter({ status: "DRAFT" }, "", support, true), "newest", 1, 20);
    expect(drafts.rows.map((r) => r.title)).toEqual(["草稿：委外加工"]);
  });

  it("pages in the database and sorts by most viewed", async () => {
    await db.helpArticle.updateMany({ where: { title: "打印模板错位" }, data: { viewCount: 50 } });
    const page1 = await listArticles(readerFilter(""), "views", 1, 1);
    const page2 = await listArticles(readerFilter(""), "views", 2, 1);
    expect(page1).toMatchObject({ total: 4, rows: [{ title: "打印模板错位", viewCount: 50 }] });
    expect(page2.rows).toHaveLength(1);
    expect(page2.rows[0]!.title).not.toBe("打印模板错位");
  });

  it("suggests at most five published articles, optionally within a module", async () => {
    for (let i = 0; i < 6; i++) await create({ publish: "true", title: `批次常见问题 ${i}`, module: "QUALITY" });
    expect(await searchArticles("批次")).toHaveLength(5);
    expect((await searchArticles("批次", { module: "WAREHOUSE" })).map((a) => a.title)).toEqual(["收货提示批次号必填"]);
    expect(await searchArticles("   ")).toEqual([]);
  });
});

describe("counting views", () => {
  it("counts each view of a published article without touching its version", async () => {
    const a = await create({ publish: "true" });
    expect(await recordArticleView(a.id, keyUser.id)).toBe(true);
    await recordArticleView(a.id, trainer.id);
    const after = await getArticle(a.id);
    expect(after).toMatchObject({ viewCount: 2, version: a.version });
    expect(after!.updatedAt.getTime()).toBe(a.updatedAt.getTime());
  });

  it("does not count writers' previews of drafts or archived articles, nor the author's own visits", async () => {
    const a = await create();
    expect(await recordArticleView(a.id, trainer.id)).toBe(false);
    const b = await create({ publish: "true" }, support);
    expect(await recordArticleView(b.id, support.id)).toBe(false);
    expect((await getArticle(a.id))!.viewCount).toBe(0);
    expect((await getArticle(b.id))!.viewCount).toBe(0);
  });

  it("loses no view when many readers open the article at once", async () => {
    const a = await create({ publish: "true" });
    await Promise.all(Array.from({ length: 20 }, () => recordArticleView(a.id, keyUser.id)));
    expect((await getArticle(a.id))!.viewCount).toBe(20);
  });
});
