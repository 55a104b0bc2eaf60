import { describe, expect, it } from "vitest";
import { attachmentDisposition, auditCsv, auditCsvFileName, csvField, toCsv } from "../../lib/server/audit/to-csv";
import type { AuditEntryView } from "../../lib/server/audit/find-audit-log";

describe("csvField / toCsv", () => {
  it("quotes fields with quotes, commas and line breaks, doubling quotes", () => {
    expect(csvField("普通文本")).toBe("普通文本");
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField(" 前后空格 ")).toBe('" 前后空格 "');
    expect(csvField(null)).toBe("");
    expect(csvField(3.5)).toBe("3.5");
    expect(csvField(-1)).toBe("-1");
  });

  it("keeps text that looks like a formula as text", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+86 737")).toBe("'+86 737");
    expect(csvField("@sum")).toBe("'@sum");
  });

  it("starts with the BOM and ends every row with CRLF", () => {
    const csv = toCsv([
      ["时间", "原因"],
      ["2013-12-05 14:03:22", "a,b"],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFF时间,原因\r\n2013-12-05 14:03:22,"a,b"\r\n');
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe("auditCsv", () => {
  const entry = (over: Partial<AuditEntryView>): AuditEntryView => ({
    id: "a1",
    at: new Date("2013-12-05T06:03:22Z"),
    action: "RECORD_PROGRESS",
    entityType: "ProgressEntry",
    entityId: "e1",
    reason: null,
    user: { id: "u1", displayName: "计划科负责人（演示）" },
    target: { id: "t1", code: "二.(一).3.(3)", title: "市级工程技术研究中心" },
    subject: null,
    about: null,
    changes: [],
    ...over,
  });

  it("writes Chinese headers, China time, labels and one change per line", () => {
    const csv = auditCsv([
      entry({
        changes: [
          { field: "value", before: "2", after: "3" },
          { field: "note", before: null, after: '获批，"益科发"' },
        ],
      }),
      entry({
        id: "a2",
        action: "WITHDRAW_PROGRESS",
        reason: "未通过验收,撤回",
        changes: [{ field: "withdrawn", before: null, after: "true" }],
      }),
      entry({ id: "a3", action: "SOMETHING_NEW", user: null, target: null, subject: { id: "u2", displayName: "张三" } }),
    ]);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("时间,操作人,操作,指标编号,指标,变更内容,原因");
    expect(lines[1]).toBe(
      '2013-12-05 14:03:22,计划科负责人（演示）,报送进度,二.(一).3.(3),市级工程技术研究中心,"完成值：2 → 3\n情况说明：— → 获批，""益科发""",',
    );
    expect(lines[2]).toContain(",撤回报送,");
    expect(lines[2]).toContain('已撤回：— → 是,"未通过验收,撤回"');
    expect(lines[3]).toBe("2013-12-05 14:03:22,系统,SOMETHING_NEW,,账号：张三,,");
    expect(lines[4]).toBe("");
  });

  it("names the file 操作日志-YYYYMMDD.csv, sent with an RFC 5987 filename*", () => {
    expect(auditCsvFileName("2013-12-05")).toBe("操作日志-20131205.csv");
    expect(attachmentDisposition("操作日志-20131205.csv", "audit-log-20131205.csv")).toBe(
      `attachment; filename="audit-log-20131205.csv"; filename*=UTF-8''%E6%93%8D%E4%BD%9C%E6%97%A5%E5%BF%97-20131205.csv`,
    );
  });
});
