import { describe, expect, it } from "vitest";
import { auditChanges, auditValueText, diffAuditSnapshots, parseAuditSnapshot } from "../../lib/domain/audit-diff";

describe("diffAuditSnapshots", () => {
  it("lists changed fields with old and new values and ignores unchanged ones; version changes are kept", () => {
    const changes = diffAuditSnapshots(
      { value: 2, reportedFor: "2013-11-20", version: 1, kind: "COUNT" },
      { value: 3, reportedFor: "2013-12-05", note: "工程中心获批", version: 2, kind: "COUNT" },
    );
    expect(changes).toEqual([
      { field: "value", before: 2, after: 3 },
      { field: "reportedFor", before: "2013-11-20", after: "2013-12-05" },
      { field: "note", before: null, after: "工程中心获批" },
      { field: "version", before: 1, after: 2 },
    ]);
  });

  it("treats a missing field as null: absent → null is no change, absent → value is one", () => {
    expect(diffAuditSnapshots({ value: null, version: 1 }, { value: 4, note: null, version: 2 })).toEqual([
      { field: "value", before: null, after: 4 },
      { field: "version", before: 1, after: 2 },
    ]);
  });

  it("lists fields only the old snapshot has after the new snapshot's fields", () => {
    expect(diffAuditSnapshots({ entryId: "e1", value: 5, version: 3 }, { value: null, withdrawn: true, version: 4 })).toEqual([
      { field: "value", before: 5, after: null },
      { field: "withdrawn", before: null, after: true },
      { field: "version", before: 3, after: 4 },
      { field: "entryId", before: "e1", after: null },
    ]);
  });

  it("handles a creation (no before) and a deletion (no after)", () => {
    expect(diffAuditSnapshots(null, { title: "文件.pdf", sizeBytes: 12 })).toEqual([
      { field: "title", before: null, after: "文件.pdf" },
      { field: "sizeBytes", before: null, after: 12 },
    ]);
    expect(diffAuditSnapshots({ active: true }, undefined)).toEqual([{ field: "active", before: true, after: null }]);
    expect(diffAuditSnapshots(null, null)).toEqual([]);
  });

  it("compares nested values by content, whatever the key order", () => {
    expect(diffAuditSnapshots({ owners: { a: 1, b: 2 } }, { owners: { b: 2, a: 1 } })).toEqual([]);
    expect(diffAuditSnapshots({ tags: [1, 2] }, { tags: [2, 1] })).toHaveLength(1);
    expect(diffAuditSnapshots({ flag: false }, { flag: 0 })).toHaveLength(1);
    expect(diffAuditSnapshots({ n: 1 }, { n: "1" })).toHaveLength(1);
  });
});

describe("parseAuditSnapshot", () => {
  it("parses stored JSON objects and keeps anything else readable", () => {
    expect(parseAuditSnapshot('{"value":3,"note":"a,b"}')).toEqual({ value: 3, note: "a,b" });
    expect(parseAuditSnapshot(null)).toBeNull();
    expect(parseAuditSnapshot("")).toBeNull();
    expect(parseAuditSnapshot("null")).toBeNull();
    expect(parseAuditSnapshot("42")).toEqual({ value: 42 });
    expect(parseAuditSnapshot("[1,2]")).toEqual({ value: [1, 2] });
    expect(parseAuditSnapshot("not json")).toEqual({ raw: "not json" });
  });
});

describe("auditValueText / auditChanges", () => {
  it("renders values as text, null for absent", () => {
    expect(auditValueText(null)).toBeNull();
    expect(auditValueText(undefined)).toBeNull();
    expect(auditValueText(3.5)).toBe("3.5");
    expect(auditValueText(true)).toBe("true");
    expect(auditValueText("2013-12-05")).toBe("2013-12-05");
    expect(auditValueText({ b: 1, a: [2] })).toBe('{"a":[2],"b":1}');
  });

  it("goes from the stored text straight to the displayed list", () => {
    expect(
      auditChanges('{"value":2,"reportedFor":"2013-11-20","version":1}', '{"value":3,"reportedFor":"2013-11-20","note":null,"version":2}'),
    ).toEqual([
      { field: "value", before: "2", after: "3" },
      { field: "version", before: "1", after: "2" },
    ]);
    expect(auditChanges(null, '{"passwordReset":true}')).toEqual([{ field: "passwordReset", before: null, after: "true" }]);
  });
});
