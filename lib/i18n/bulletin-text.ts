import type { BulletinData, BulletinDisciplineLine, BulletinGroup, BulletinTally, BulletinTargetLine } from "../domain/bulletin";
import { fill, formatDate, formatNumber, formatPercent, formatWindow } from "./format";
import type { Locale, Messages } from "./messages";
import { listSeparator } from "./punctuation";
import { reviewKindInText } from "./review-title";

/**
 * The 通报 as text, block by block, from its data (lib/domain/bulletin.ts): the printable page and the Word file
 * both lay out these blocks, so what is printed and what is downloaded say the same thing in the same order.
 *
 *   关于湖南省益阳市科技局2013年第三季度绩效目标督查情况的通报
 *   局机关各科室：
 *   根据《…》…现将有关情况通报如下：
 *   一、总体完成情况 … 七、考核组意见
 *   益阳市科技局 / 2013年10月8日
 */
export type BulletinBlock =
  | { kind: "title"; text: string }
  | { kind: "draft"; text: string }
  | { kind: "addressee"; text: string }
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; header: string[]; rows: string[][]; numeric: boolean[] }
  | { kind: "signature"; unit: string; date: string };

/**
 * The data as GraphQL answers it too: a field that may be null may also be left out (the generated types say
 * `closedAt?: string | null`), so the page hands its query's answer over as it is.
 */
type Loose<T> = T extends readonly (infer E)[]
  ? readonly Loose<E>[]
  : T extends object
    ? { [K in keyof T as null extends T[K] ? never : K]: Loose<T[K]> } & { [K in keyof T as null extends T[K] ? K : never]?: Loose<T[K]> }
    : T;

type TargetLine = Loose<BulletinTargetLine>;
type Group = Loose<BulletinGroup>;
type DisciplineLine = Loose<BulletinDisciplineLine>;

export type BulletinTextData = Loose<
  Pick<
    BulletinData,
    | "unitFullName"
    | "signature"
    | "planTitle"
    | "kind"
    | "year"
    | "periodIndex"
    | "periodEnd"
    | "addressee"
    | "remarks"
    | "issued"
    | "date"
    | "overall"
    | "areas"
    | "sections"
    | "behind"
    | "overdue"
    | "disciplineMonths"
    | "disciplineAsOf"
    | "discipline"
    | "disciplineBySection"
    | "notices"
  >
>;
type Data = BulletinTextData;

/** 2013年第三季度 / Q3 2013 */
export function bulletinPeriod(b: Pick<Data, "kind" | "year" | "periodIndex">, t: Messages, locale: Locale): string {
  const m = t.bulletin;
  switch (b.kind) {
    case "MONTH":
      return fill(m.periodMonth, {
        year: b.year,
        index: b.periodIndex,
        month: locale === "zh" ? `${b.periodIndex}` : new Date(2000, b.periodIndex - 1, 1).toLocaleString("en-US", { month: "long" }),
      });
    case "QUARTER":
      return fill(m.periodQuarter, {
        year: b.year,
        index: (m.quarterNames as Record<string, string>)[`q${b.periodIndex}`] ?? b.periodIndex,
      });
    case "HALF_YEAR":
      return fill(m.periodHalf, { year: b.year, half: b.periodIndex === 1 ? m.halfFirst : m.halfSecond });
    case "YEAR":
      return fill(m.periodYear, { year: b.year });
  }
}

/** 关于湖南省益阳市科技局2013年第三季度绩效目标督查情况的通报 */
export function bulletinTitle(b: Pick<Data, "unitFullName" | "kind" | "year" | "periodIndex">, t: Messages, locale: Locale): string {
  return fill(t.bulletin.titleText, { unit: b.unitFullName, period: bulletinPeriod(b, t, locale), kind: t.bulletin.kindWord[b.kind] });
}

const list = (template: string) => template.split(",");

function groupTable(groups: readonly Group[], first: string, t: Messages, locale: Locale): BulletinBlock {
  const m = t.bulletin;
  return {
    kind: "table",
    header: [first, m.colCount, m.colPoints, m.colCompletion, m.colDone, m.colBehind, m.colOverdue],
    numeric: [false, true, true, true, true, true, true],
    rows: groups.map((g) => [
      g.name ?? m.unassigned,
      String(g.count),
      formatNumber(g.points, locale),
      formatPercent(g.completion, locale),
      String(g.done),
      String(g.behind),
      String(g.overdue),
    ]),
  };
}

/** 期末值1家（目标4家），/ 尚未完成，(a milestone) / nothing for a declaration or a figure not reported */
function figureText(l: TargetLine, t: Messages, locale: Locale): string {
  const m = t.bulletin;
  if (l.kind === "MILESTONE") return m.milestoneNotDone;
  if (l.kind === "DECLARATION" || l.value == null) return "";
  const unit = l.measureUnit ? (locale === "zh" ? l.measureUnit : ` ${l.measureUnit}`) : "";
  const value = formatNumber(l.value, locale);
  if (l.kind === "GROWTH_PCT" || l.targetValue == null) return fill(m.targetFigure, { value, unit });
  return fill(m.targetFigureOf, { value, unit, target: formatNumber(l.targetValue, locale) });
}

function targetLines(lines: readonly TargetLine[], t: Messages, locale: Locale): BulletinBlock[] {
  const m = t.bulletin;
  return lines.map((l, i) => ({
    kind: "paragraph",
    text: fill(m.targetLine, {
      n: i + 1,
      code: l.code,
      title: l.title,
      owners: l.owners.length ? l.owners.join(listSeparator(locale)) : m.unassigned,
      figure: figureText(l, t, locale),
      ratio: formatPercent(l.ratio ?? 0, locale),
      expected: formatPercent(l.expectedRatio, locale),
    }),
  }));
}

const disciplineRow = (line: DisciplineLine, t: Messages, locale: Locale) => [
  line.name ?? t.bulletin.unassigned,
  String(line.owed),
  String(line.onTime),
  String(line.late),
  String(line.missing),
  formatPercent(line.onTimeRate, locale),
];

/**
 * 纳入本次季度督查的绩效目标共20项，总分值680分，期末总体完成度为49.8%。其中已完成1项…: the overall sentence of the
 * notice, which the review's printed page opens with too.
 */
export function overallText(o: Loose<BulletinTally>, kind: BulletinData["kind"], t: Messages, locale: Locale): string {
  const m = t.bulletin;
  return fill(m.overall, {
    kind: reviewKindInText(kind, t),
    count: o.count,
    points: formatNumber(o.points, locale),
    completion: formatPercent(o.completion, locale),
    done: o.done,
    onTrack: o.onTrack,
    behind: o.behind,
    overdue: o.overdue,
    notStarted: o.notStarted,
    inactive: o.inactive ? fill(m.overallInactive, { count: o.inactive }) : "",
  });
}

/** The notice, block by block, in the interface's language (the figures are the same in both). */
export function bulletinBlocks(b: Data, t: Messages, locale: Locale): BulletinBlock[] {
  const m = t.bulletin;
  const numbers = list(m.headingNumbers);
  const subs = list(m.subNumbers);
  const sep = locale === "zh" ? "、" : ". ";
  let n = 0;
  const heading = (text: string): BulletinBlock => ({ kind: "heading", level: 1, text: `${numbers[n++]}${sep}${text}` });
  const kind = reviewKindInText(b.kind, t);
  const o = b.overall;
  const months = b.disciplineMonths.length ? formatWindow(b.disciplineMonths[0], b.disciplineMonths.at(-1)!, locale) : "";
  const d = b.discipline;

  const blocks: BulletinBlock[] = [];
  if (!b.issued) blocks.push({ kind: "draft", text: m.draftLabel });
  blocks.push(
    { kind: "title", text: bulletinTitle(b, t, locale) },
    { kind: "addressee", text: fill(m.addresseeLine, { addressee: b.addressee ?? m.defaultAddressee }) },
    { kind: "paragraph", text: fill(m.opening, { plan: b.planTitle, end: formatDate(b.periodEnd, locale), kind }) },

    heading(m.headingOverall),
    { kind: "paragraph", text: overallText(o, b.kind, t, locale) },

    heading(m.headingAreas),
    { kind: "paragraph", text: m.areaIntro },
    groupTable(b.areas, m.colArea, t, locale),

    heading(m.headingSections),
    { kind: "paragraph", text: m.sectionIntro },
    groupTable(b.sections, m.colSection, t, locale),

    heading(m.headingLagging),
    { kind: "heading", level: 2, text: `${subs[0]}${fill(m.behindHeading, { count: b.behind.length })}` },
    ...(b.behind.length ? targetLines(b.behind, t, locale) : [{ kind: "paragraph" as const, text: m.noneBehind }]),
    { kind: "heading", level: 2, text: `${subs[1]}${fill(m.overdueHeading, { count: b.overdue.length })}` },
    ...(b.overdue.length ? targetLines(b.overdue, t, locale) : [{ kind: "paragraph" as const, text: m.noneOverdue }]),

    heading(m.headingDiscipline),
  );
  if (d.owed === 0) blocks.push({ kind: "paragraph", text: fill(m.disciplineNone, { months }) });
  else {
    blocks.push({
      kind: "paragraph",
      text: fill(m.disciplineText, {
        months,
        owed: d.owed,
        due: d.due,
        onTime: d.onTime,
        late: d.late,
        missing: d.missing,
        pending: d.pending ? fill(m.disciplinePending, { count: d.pending }) : "",
        completeness: formatPercent(d.completeness, locale),
        onTimeRate: formatPercent(d.onTimeRate, locale),
        asOf: formatDate(b.disciplineAsOf, locale),
      }),
    });
    if (b.disciplineBySection.length) {
      blocks.push(
        { kind: "paragraph", text: m.disciplineBySection },
        {
          kind: "table",
          header: [m.colSection, m.colOwed, m.colOnTime, m.colLate, m.colMissing, m.colOnTimeRate],
          numeric: [false, true, true, true, true, true],
          rows: b.disciplineBySection.map((line) => disciplineRow(line, t, locale)),
        },
      );
    }
  }

  const date = formatDate(b.date, locale);
  blocks.push(heading(m.headingNotices));
  if (b.notices.length === 0) blocks.push({ kind: "paragraph", text: fill(m.noticesNone, { date }) });
  else {
    blocks.push({ kind: "paragraph", text: fill(m.noticesIntro, { date, count: b.notices.length }) });
    b.notices.forEach((x, i) =>
      blocks.push({
        kind: "paragraph",
        text: fill(m.noticeLine, {
          n: i + 1,
          code: x.code,
          title: x.title,
          notice: x.notice,
          deadline: formatDate(x.deadline, locale),
          overdue: x.overdue ? m.noticeOverdue : "",
        }),
      }),
    );
  }

  blocks.push(heading(m.headingRemarks));
  const remarks = (b.remarks ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (remarks.length) for (const text of remarks) blocks.push({ kind: "paragraph", text });
  else blocks.push({ kind: "paragraph", text: m.noRemarks });

  blocks.push({ kind: "signature", unit: b.signature, date });
  return blocks;
}

/** The whole notice as plain text, one block a line (tests, logs). */
export function bulletinPlainText(blocks: readonly BulletinBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case "table":
          return [block.header, ...block.rows].map((r) => r.join("\t")).join("\n");
        case "signature":
          return `${block.unit}\n${block.date}`;
        default:
          return block.text;
      }
    })
    .join("\n");
}
