import { describe, expect, it } from "vitest";
import { contentMatches } from "@/modules/plan/evidence";

describe("evidence file content check", () => {
  it("accepts files whose bytes match their declared type", () => {
    expect(contentMatches("application/pdf", Buffer.from("%PDF-1.7\n"))).toBe(true);
    expect(contentMatches("image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(true);
    expect(contentMatches("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer.from("PK\x03\x04"))).toBe(true);
    expect(contentMatches("text/csv", Buffer.from("物料,数量\n"))).toBe(true);
  });

  it("refuses a script renamed to .pdf, binary text and unknown types", () => {
    expect(contentMatches("application/pdf", Buffer.from("#!/bin/sh\nrm -rf /"))).toBe(false);
    expect(contentMatches("text/plain", Buffer.from([0x41, 0x00, 0x42]))).toBe(false);
    expect(contentMatches("application/x-sh", Buffer.from("echo"))).toBe(false);
  });
});
