import { describe, expect, it } from "vitest";
import { assertSafeMarkdown, findUnsafeMarkdown, isSafeImageUrl, isSafeLinkUrl, renderMarkdown, unsafeMarkdownMessageKey } from "@/lib/markdown";
import { translator } from "@/i18n/messages";

// What a browser could execute from rendered HTML: script elements, event handler attributes on real
// tags, and links or images whose target runs code.
function assertInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  // Quoted attribute values are inert text (a title may say "onmouseover="); look at the tags themselves.
  expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
  expect(html).not.toMatch(/(?:href|src)="\s*(?:javascript|vbscript|data):/i);
  expect(html).not.toMatch(/<(?:iframe|object|embed|svg|style)/i);
}

const VECTORS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  "<svg onload=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  "<style>body{display:none}</style>",
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](vbscript:msgbox(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](&#106;avascript:alert(1))",
  "[click](&#x6A;&#x61;vascript&colon;alert(1))",
  "[click](<java\tscript:alert(1)>)",
  "[click](javascript&#58;alert(1))",
  "<javascript:alert(1)>",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "![x](data:image/png;base64,iVBORw0KGgo=)",
  '[x](https://ok.example "a\\" onmouseover=\\"alert(1)")',
  "&lt;script&gt;alert(1)&lt;/script&gt;",
];

describe("renderMarkdown", () => {
  it("renders ordinary Markdown: headings, lists, emphasis, tables, code", () => {
    const html = renderMarkdown("# 月结步骤\n\n1. 关闭库存期间\n2. **运行**成本滚算\n\n| 步骤 | 负责人 |\n|---|---|\n| 对账 | 财务 |\n\n`MB52`");
    expect(html).toContain("<h1>月结步骤</h1>");
    expect(html).toContain("<ol>");
    expect(html).toContain("<strong>运行</strong>");
    expect(html).toContain("<table>");
    expect(html).toContain("<code>MB52</code>");
  });

  it("keeps single line breaks, as people type them", () => {
    expect(renderMarkdown("第一行\n第二行")).toContain("第一行<br>\n第二行");
  });

  it("escapes raw HTML instead of rendering it", () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror="alert(1)">');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it.each(VECTORS)("leaves nothing executable in %s", (vector) => {
    assertInert(renderMarkdown(vector));
  });

  it("opens web and mail links in a new tab without leaking the opener or passing ranking", () => {
    const html = renderMarkdown("[指南](https://erp.example.cn/guide) 和 mailto:it@hdchem.cn 以及 https://www.example.com/a?b=1 。");
    expect(html).toContain('<a href="https://erp.example.cn/guide" target="_blank" rel="noopener noreferrer nofollow">指南</a>');
    expect(html).toContain('href="mailto:it@hdchem.cn"');
    expect(html).toContain('<a href="https://www.example.com/a?b=1" target="_blank" rel="noopener noreferrer nofollow">https://www.example.com/a?b=1</a>');
  });

  it("keeps portal-relative links", () => {
    expect(renderMarkdown("[问题](/issues/12)")).toContain('href="/issues/12"');
  });

  it("shows a refused link as plain text so the reader still sees what was written", () => {
    const html = renderMarkdown("[click](javascript:alert(1))");
    expect(html).not.toContain("<a");
    expect(html).toContain("[click](javascript:alert(1))");
  });

  it("renders web images lazily without a referrer, and refused images as their alt text", () => {
    expect(renderMarkdown("![截图](https://img.example/a.png)")).toContain(
      '<img src="https://img.example/a.png" alt="截图" loading="lazy" referrerpolicy="no-referrer">',
    );
    const refused = renderMarkdown("![截图](mailto:a@b.c)");
    expect(refused).not.toContain("<img");
    expect(refused).toContain("截图");
  });
});

describe("findUnsafeMarkdown", () => {
  it("accepts ordinary help text, including the words data and script", () => {
    expect(findUnsafeMarkdown("主数据: 物料编码\n\nMaster data: check the script of the call.\n\n[链接](https://a.example) ![图](/files/x.png)")).toBeNull();
    expect(findUnsafeMarkdown("数量 <5 时报警；条件 a<b 成立")).toBeNull();
  });

  it.each([
    ["<script>alert(1)</script>", "script"],
    ["< script >alert(1)</script>", "script"],
    ["&lt;script&gt;alert(1)&lt;/script&gt;", "script"],
    ["&#60;script&#62;", "script"],
    ['<img src=x onerror="alert(1)">', "script"],
    ["<svg/onload=alert(1)>", "script"],
    ["[x](javascript:alert(1))", "unsafeLink"],
    ["[x](JAVASCRIPT:alert(1))", "unsafeLink"],
    ["[x](&#106;avascript:alert(1))", "unsafeLink"],
    ["[x](javascript&colon;alert(1))", "unsafeLink"],
    ["[x](<java\tscript:alert(1)>)", "unsafeLink"],
    ["[x](vbscript:msgbox(1))", "unsafeLink"],
    ["[x](data:text/html,<b>hi</b>)", "unsafeLink"],
    ["![x](data:image/png;base64,iVBORw0KGgo=)", "unsafeLink"],
    ["![x](mailto:a@b.c)", "unsafeLink"],
    ["<javascript:alert(1)>", "unsafeLink"],
    ["[x][r]\n\n[r]: file:///etc/passwd", "unsafeLink"],
    ['<a href="data:text/html,x">x</a>', "unsafeLink"],
  ] as const)("refuses %s as %s", (source, reason) => {
    expect(findUnsafeMarkdown(source)).toBe(reason);
  });
});

describe("URL allow-lists", () => {
  it("allows web, mail and relative links only", () => {
    for (const ok of ["https://a.b", "http://a.b", "mailto:x@y.z", "/help/1", "#top", "?q=1", "docs/a.md", "//cdn.example/x"]) {
      expect(isSafeLinkUrl(ok)).toBe(true);
    }
    for (const bad of ["javascript:x", " javascript:x", "java\nscript:x", "data:x", "vbscript:x", "file:///x", "ftp://x"]) {
      expect(isSafeLinkUrl(bad)).toBe(false);
    }
  });

  it("allows only web and relative images", () => {
    expect(isSafeImageUrl("https://a.b/c.png")).toBe(true);
    expect(isSafeImageUrl("/files/c.png")).toBe(true);
    expect(isSafeImageUrl("mailto:x@y.z")).toBe(false);
    expect(isSafeImageUrl("data:image/png;base64,AA")).toBe(false);
  });
});

describe("assertSafeMarkdown", () => {
  it("throws a field error with the shared message key, and passes safe or empty text", () => {
    expect(() => assertSafeMarkdown("<script>x</script>", "body")).toThrowError(
      expect.objectContaining({ key: "help.errors.markdown.script", field: "body" }),
    );
    expect(() => assertSafeMarkdown("[x](javascript:x)", "description")).toThrowError(
      expect.objectContaining({ key: "help.errors.markdown.unsafeLink", field: "description" }),
    );
    expect(() => assertSafeMarkdown("**安全**", "body")).not.toThrow();
    expect(() => assertSafeMarkdown(null, "body")).not.toThrow();
  });

  it("has both messages in both catalogues", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const t = translator(locale) as unknown as (key: string) => string;
      for (const reason of ["script", "unsafeLink"] as const) {
        const key = unsafeMarkdownMessageKey(reason);
        expect(t(key)).not.toBe(key);
        expect(t(key).length).toBeGreaterThan(10);
      }
    }
  });
});
