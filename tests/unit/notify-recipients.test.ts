import { describe, expect, it } from "vitest";
import { choosePmRecipients, escalationRecipients, reachedThresholds } from "@/modules/notifications/recipients";
import { afterFailure, nextAttemptAt } from "@/modules/notifications/retry";
import { renderNotification } from "@/modules/notifications/render";

const at = (hhmm: string) => new Date(`2026-11-20T${hhmm}:00Z`);
const person = (id: string, active = true) => ({ id, active });

describe("SLA thresholds", () => {
  // A 4-hour target from 08:00: warn at 11:00, due at 12:00, 150 % at 14:00.
  const warn = at("11:00");
  const due = at("12:00");
  it("are reached at 75 %, 100 % and due + twice the last quarter", () => {
    expect(reachedThresholds(at("10:59"), warn, due)).toEqual([]);
    expect(reachedThresholds(at("11:00"), warn, due)).toEqual([75]);
    expect(reachedThresholds(at("12:00"), warn, due)).toEqual([75, 100]);
    expect(reachedThresholds(at("13:59"), warn, due)).toEqual([75, 100]);
    expect(reachedThresholds(at("14:00"), warn, due)).toEqual([75, 100, 150]);
  });
  it("cope with a clock that has only a due time", () => {
    expect(reachedThresholds(at("12:30"), null, due)).toEqual([75, 100, 150]);
    expect(reachedThresholds(at("11:30"), null, due)).toEqual([]);
    expect(reachedThresholds(at("11:30"), null, null)).toEqual([]);
  });
});

describe("escalation recipients", () => {
  const people = { assignee: person("a"), groupLead: person("l"), pms: ["pm"] };
  it("go assignee → assignee and group lead → project manager", () => {
    expect(escalationRecipients(75, people)).toEqual(["a"]);
    expect(escalationRecipients(100, people)).toEqual(["a", "l"]);
    expect(escalationRecipients(150, people)).toEqual(["pm"]);
  });
  it("reach the group lead when nobody is assigned, and the PM when there is no one else", () => {
    expect(escalationRecipients(75, { ...people, assignee: null })).toEqual(["l"]);
    expect(escalationRecipients(100, { ...people, assignee: null })).toEqual(["l"]);
    expect(escalationRecipients(75, { assignee: person("a", false), groupLead: null, pms: ["pm"] })).toEqual(["pm"]);
    expect(escalationRecipients(100, { assignee: null, groupLead: person("l", false), pms: ["pm1", "pm2"] })).toEqual(["pm1", "pm2"]);
  });
  it("name someone once when the assignee leads the group", () => {
    expect(escalationRecipients(100, { assignee: person("x"), groupLead: person("x"), pms: [] })).toEqual(["x"]);
  });
});

describe("the project manager to escalate to", () => {
  it("is the issue's project's manager, else the most recent live project's, else every active PM", () => {
    const all = ["p1", "p2", "p3"];
    expect(choosePmRecipients({ projectManager: person("p1"), liveProjectManagers: [person("p2")], activeProjectManagers: all })).toEqual(["p1"]);
    expect(choosePmRecipients({ projectManager: person("p1", false), liveProjectManagers: [person("p2", false), person("p3")], activeProjectManagers: all })).toEqual(["p3"]);
    expect(choosePmRecipients({ projectManager: null, liveProjectManagers: [], activeProjectManagers: all })).toEqual(all);
  });
});

describe("outbox retries", () => {
  const created = at("08:00");
  it("wait 1, 5, 15 and 60 minutes after queueing, and give up after the 5th attempt", () => {
    expect([0, 1, 2, 3, 4].map((n) => nextAttemptAt(created, n).toISOString().slice(11, 16))).toEqual(["08:00", "08:01", "08:05", "08:15", "09:00"]);
    expect([0, 1, 2, 3].map(afterFailure)).toEqual(["PENDING", "PENDING", "PENDING", "PENDING"]);
    expect(afterFailure(4)).toBe("FAILED");
  });
});

describe("notification texts", () => {
  it("render in both languages with enum values translated and times in the portal's zone", () => {
    const params = { number: 12, title: "MRP 运行中断", metric: "RESOLUTION", dueAt: "2026-11-20T06:30:00.000Z" };
    expect(renderNotification("en", "Asia/Shanghai", "sla.warning", params)).toEqual({
      title: "ISS-12: resolution due soon",
      body: "75% of the resolution time for “MRP 运行中断” has passed; it is due Nov 20, 2026, 2:30 PM.",
    });
    expect(renderNotification("zh-CN", "Asia/Shanghai", "issue.statusChanged", { number: 3, title: "t", status: "WAITING_FOR_REPORTER" }).title).toBe("ISS-3 状态变为「等待提交人」");
    expect(renderNotification("en", "UTC", "no.such.kind", {}).title).toBe("Notification");
  });
});
