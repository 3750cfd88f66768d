import { describe, expect, it } from "vitest";
import { markdownToPlain, markdownToSlack, maskWebhookUrl, truncateBytes, webhookPayload, webhookResponseError } from "@/modules/notifications/webhook-formats";

const MD = "**ISS-12 MRP 运行中断**\n\n优先级 P1，解决已超时。\n\n[查看问题](https://erp.example.com/issues/1)";

describe("webhook payloads", () => {
  it("WeCom: markdown with the subject as a heading", () => {
    expect(webhookPayload("WECOM", "SLA 超时", MD)).toEqual({ msgtype: "markdown", markdown: { content: `## SLA 超时\n\n${MD}` } });
  });

  it("DingTalk: markdown with a title for the conversation list", () => {
    expect(webhookPayload("DINGTALK", "SLA 超时", MD)).toEqual({ msgtype: "markdown", markdown: { title: "SLA 超时", text: `## SLA 超时\n\n${MD}` } });
  });

  it("Feishu: plain text, links spelled out", () => {
    expect(webhookPayload("FEISHU", "SLA 超时", MD)).toEqual({
      msg_type: "text",
      content: { text: "SLA 超时\n\nISS-12 MRP 运行中断\n\n优先级 P1，解决已超时。\n\n查看问题 (https://erp.example.com/issues/1)" },
    });
  });

  it("Slack: mrkdwn bold and <url|text> links", () => {
    expect(webhookPayload("SLACK", "SLA breached", MD)).toEqual({
      text: "*SLA breached*\n\n*ISS-12 MRP 运行中断*\n\n优先级 P1，解决已超时。\n\n<https://erp.example.com/issues/1|查看问题>",
    });
  });

  it("keeps WeCom messages under its 4096-byte limit without splitting a character", () => {
    const long = "问".repeat(3000);
    const content = (webhookPayload("WECOM", "s", long) as { markdown: { content: string } }).markdown.content;
    expect(new TextEncoder().encode(content).length).toBeLessThanOrEqual(4000);
    expect(content.endsWith("…")).toBe(true);
    expect(content).not.toContain("\uFFFD");
  });

  it("converts headings and emphasis", () => {
    expect(markdownToPlain("# 标题\n> 引用 **粗体**")).toBe("标题\n引用 粗体");
    expect(markdownToSlack("## Daily\n**3** open")).toBe("*Daily*\n*3* open");
    expect(truncateBytes("abc", 10)).toBe("abc");
  });
});

describe("webhook answers", () => {
  it("reads refusals that come with HTTP 200", () => {
    expect(webhookResponseError("WECOM", 200, '{"errcode":0,"errmsg":"ok"}')).toBeNull();
    expect(webhookResponseError("WECOM", 200, '{"errcode":93000,"errmsg":"invalid webhook url"}')).toBe("93000: invalid webhook url");
    expect(webhookResponseError("DINGTALK", 200, '{"errcode":310000,"errmsg":"keywords not in content"}')).toBe("310000: keywords not in content");
    expect(webhookResponseError("FEISHU", 200, '{"code":0,"msg":"success"}')).toBeNull();
    expect(webhookResponseError("FEISHU", 200, '{"code":19021,"msg":"sign match fail"}')).toBe("19021: sign match fail");
    expect(webhookResponseError("FEISHU", 200, '{"StatusCode":0,"StatusMessage":"success"}')).toBeNull();
    expect(webhookResponseError("SLACK", 200, "ok")).toBeNull();
    expect(webhookResponseError("SLACK", 200, "invalid_payload")).toBe("invalid_payload");
  });

  it("reports HTTP errors with the start of the body", () => {
    expect(webhookResponseError("SLACK", 404, "no_team")).toBe("HTTP 404: no_team");
    expect(webhookResponseError("WECOM", 502, "")).toBe("HTTP 502");
  });
});

describe("webhook URLs on screen and in the audit log", () => {
  it("hide the secret in the query or the last path segment", () => {
    expect(maskWebhookUrl("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa")).toBe("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=•••5aaa");
    expect(maskWebhookUrl("https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789")).toBe("https://oapi.dingtalk.com/robot/send?access_token=•••6789");
    expect(maskWebhookUrl("https://open.feishu.cn/open-apis/bot/v2/hook/2f1c9a52-8d1e-4f0e-9d3b-7b1f2c3d4e5f")).toBe("https://open.feishu.cn/open-apis/bot/v2/hook/•••4e5f");
    expect(maskWebhookUrl("https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX")).toBe("https://hooks.slack.com/services/T000/B000/•••XXXX");
    expect(maskWebhookUrl("not a url")).toBe("•••");
  });
});
