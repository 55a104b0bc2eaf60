import { describe, expect, it } from "vitest";
import { latestPurgeCutoff, MIN_AUDIT_RETENTION_DAYS, purgeablePrefix, purgeCutoffProblem } from "../../lib/domain/audit-retention";

const now = new Date("2026-12-02T08:00:00Z");

describe("audit retention (#11, 网络安全法: at least six months)", () => {
  it("keeps at least 180 days whatever is configured", () => {
    expect(MIN_AUDIT_RETENTION_DAYS).toBe(180);
    // 2026-12-02 minus 180 days is 2026-06-05
    expect(latestPurgeCutoff(now, 180).toISOString()).toBe("2026-06-05T08:00:00.000Z");
    expect(latestPurgeCutoff(now, 30).toISOString()).toBe("2026-06-05T08:00:00.000Z");
    expect(latestPurgeCutoff(now, 365).toISOString()).toBe("2025-12-02T08:00:00.000Z");
  });

  it("refuses a cutoff inside the retention, a retention under 180 days and a non-date", () => {
    expect(purgeCutoffProblem(new Date("2026-06-06T00:00:00Z"), now, 180)).toBe("日志保留 180 天，截止日期最晚为 2026-06-05");
    expect(purgeCutoffProblem(new Date("2026-06-05T08:00:00Z"), now, 180)).toBeNull();
    expect(purgeCutoffProblem(new Date("2026-01-01T00:00:00Z"), now, 179)).toBe("保留期须为整数天，且不少于 180 天");
    expect(purgeCutoffProblem(new Date("2026-01-01T00:00:00Z"), now, 180.5)).toContain("整数天");
    expect(purgeCutoffProblem(new Date("not a date"), now, 180)).toBe("截止日期无效");
  });

  it("removes only the prefix of the chain older than the cutoff", () => {
    const rows = ["2026-01-01", "2026-02-01", "2026-08-01", "2026-03-01"].map((d) => ({ at: new Date(`${d}T00:00:00Z`) }));
    const cutoff = new Date("2026-06-01T00:00:00Z");
    // the March row stays: it comes after a row that is kept, and a purge never leaves a hole in the chain
    expect(purgeablePrefix(rows, cutoff)).toBe(2);
    expect(purgeablePrefix(rows, new Date("2025-01-01T00:00:00Z"))).toBe(0);
    expect(purgeablePrefix(rows, new Date("2027-01-01T00:00:00Z"))).toBe(4);
  });
});
