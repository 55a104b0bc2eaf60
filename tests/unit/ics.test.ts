import { describe, expect, it } from "vitest";
import { buildIcs, escapeText, foldLine, icsDate, icsStamp } from "../../lib/server/calendar/ics";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("iCalendar builder (RFC 5545)", () => {
  it("escapes backslash, semicolon, comma and line breaks in TEXT", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(escapeText("时间: 3-10月")).toBe("时间: 3-10月");
  });

  it("folds lines longer than 75 octets without splitting a UTF-8 character", () => {
    const line = `DESCRIPTION:${"组建市级工程技术研究中心".repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(" ")).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
    expect(foldLine("SUMMARY:short")).toBe("SUMMARY:short");
    expect(foldLine("X".repeat(75))).toBe("X".repeat(75));
    expect(foldLine("X".repeat(76))).toBe(`${"X".repeat(75)}\r\n X`);
  });

  it("writes dates and UTC stamps", () => {
    expect(icsDate("2013-06-01")).toBe("20130601");
    expect(() => icsDate("2013-6-1")).toThrow(RangeError);
    expect(icsStamp(new Date("2013-09-30T08:05:09.123Z"))).toBe("20130930T080509Z");
  });

  it("builds a calendar of all-day events with CRLF line endings, UID and DTSTAMP", () => {
    const ics = buildIcs({
      prodId: "-//Test//ZH",
      name: "计划科, 绩效",
      events: [
        {
          uid: "target-1@test",
          start: "2013-06-01",
          endExclusive: "2014-01-01",
          summary: "二.(一).3.(3) 市级工程技术研究中心",
          description: "组建市级工程技术研究中心4家; 6-12月完成, 计划科\n第二行",
          stamp: new Date("2013-01-01T00:00:00Z"),
          categories: ["绩效目标"],
        },
      ],
    });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = ics.split("\r\n").slice(0, -1);
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines).toContain("X-WR-CALNAME:计划科\\, 绩效");
    expect(lines).toContain("UID:target-1@test");
    expect(lines).toContain("DTSTAMP:20130101T000000Z");
    expect(lines).toContain("DTSTART;VALUE=DATE:20130601");
    expect(lines).toContain("DTEND;VALUE=DATE:20140101");
    expect(lines).toContain("SUMMARY:二.(一).3.(3) 市级工程技术研究中心");
    // unfold, then the description keeps its escaped semicolon and newline
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("DESCRIPTION:组建市级工程技术研究中心4家\\; 6-12月完成\\, 计划科\\n第二行");
    expect(lines.at(-1)).toBe("END:VCALENDAR");
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });
});
