import { splitAreaPoints } from "./points";

/**
 * 绩效计划书 as the document it came from (#15): the plan printed in its own structure and numbering, built from
 * what the database holds, so a plan copied to another year and edited prints as that year's agreement.
 *
 *   湖南省益阳市科技局2013年绩效计划书
 *   厅长（签章）：  责任单位（公章）：  责任人（签章）：      2013年  月  日 (the day left blank)
 *   一、单位主要职责              1、… 12、 (the unit's Duty rows, in list order)
 *   二、单位绩效指标及目标值
 *     （一）工作业绩（480分）       the WORK areas' points added up
 *       1、高新技术产业发展（100分）
 *         （1）预计辖区内高企数量增长幅度保持在10%以上。（50分）
 *     （二）科技投入与保障（200分）  a category whose one area bears its name is that area: its lines are 1、2、…
 *   三、单位绩效计划实施安排
 *     1、工作计划安排   (1)… each WORK line with months, in its wording, with the window in the plan's own words
 *     2、明确责任分工   each area with the sections the plan names (not those the bureau assigned itself)
 *     3、加强考核督查   Plan.assessmentGroup, verbatim
 *   四、其他情况说明   Plan.otherNotes, verbatim
 *
 * What the source does not print and this document adds: each target's points after its wording (the source gives
 * an area's points only; a target's are its pointsOverride or an equal share of the area, as the plan is written —
 * not what a suspended target's redistribution makes of them), and the circled ①② of a clause the app keeps as
 * several targets (二.(一).2.(1)① and ②), one line each under the clause's number. An area whose one target has
 * the area's own code (二.(一).5 创新创优) prints its wording unnumbered under the area, without points again.
 * Numbers are counted in plan order rather than read from the codes, so an added or removed target never leaves
 * a gap. The headings are the document's own text and stay Chinese whatever the interface's language.
 */

export interface PlanDocumentTarget {
  id: string;
  code: string;
  /** the short name (明确责任分工 names targets by it when an area's targets have different owners) */
  title: string;
  wording: string;
  pointsOverride: number | null;
  startMonth: number | null;
  endMonth: number | null;
  /** the plan's words for the window; a trailing （…） is how the app read them, not the plan's */
  windowText: string | null;
  /** the sections the plan names (三.2), in the unit's order */
  owners: readonly string[];
}

export interface PlanDocumentArea {
  code: string;
  name: string;
  category: "WORK" | "FUNDING";
  points: number;
  targets: readonly PlanDocumentTarget[];
}

export interface PlanDocumentSource {
  title: string;
  year: number;
  /** the level of the unit above the plan's (who signs with it): PROVINCE or none → 厅长, CITY → 局长 */
  parentLevel: string | null;
  duties: readonly string[];
  areas: readonly PlanDocumentArea[];
  assessmentGroup: string | null;
  otherNotes: string | null;
  /** 工作业绩 / 科技投入与保障: the catalogue's Chinese labels (lib/i18n/messages.ts), which the document prints as its headings */
  categoryNames: Readonly<Record<PlanDocumentArea["category"], string>>;
}

/** SECTION 一、… · HEADING （一） 1、 that lines come under · ITEM a numbered line · TEXT a paragraph */
export type PlanDocumentBlockKind = "SECTION" | "HEADING" | "ITEM" | "TEXT";

export interface PlanDocumentBlock {
  kind: PlanDocumentBlockKind;
  /** 1 一、 · 2 （一） · 3 1、 · 4 （1）: how far the line is indented */
  level: number;
  /** as printed before the text; "" for a paragraph and for the second line of a clause (②) */
  number: string;
  text: string;
  /** the targets whose wording (and points) the line prints */
  targetIds: string[];
}

export interface PlanDocument {
  title: string;
  year: number;
  /** 厅长 or 局长 */
  signerTitle: string;
  /** 厅长（签章）：, 责任单位（公章）：, 责任人（签章）： */
  signatures: string[];
  /** 2013年  月  日 (two full-width spaces each), the day left to the signing */
  dateLine: string;
  blocks: PlanDocumentBlock[];
}

export const PLAN_DOCUMENT_SECTIONS = ["单位主要职责", "单位绩效指标及目标值", "单位绩效计划实施安排", "其他情况说明"] as const;

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const DIGITS = "〇一二三四五六七八九";
/** two full-width spaces: room to write the month and the day by hand */
const BLANK = "\u3000\u3000";

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99) */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}

/** the number of the n-th line at a level: 一、 · （一） · 1、 · （1） */
export function lineNumber(level: number, n: number): string {
  if (level === 1) return `${chineseNumeral(n)}、`;
  if (level === 2) return `（${chineseNumeral(n)}）`;
  if (level === 3) return `${n}、`;
  return `（${n}）`;
}

/** 100 → 100, 100 / 6 → 16.67, 66.666… → 66.67 */
export function pointsText(points: number): string {
  return String(Math.round(points * 100) / 100);
}

const withPoints = (text: string, points: number) => `${text}（${pointsText(points)}分）`;

/** The plan's words for a window ("11月前完成（按11月1日前完成理解，即1–10月）" → "11月前完成"), or its months. */
export function windowWords(t: Pick<PlanDocumentTarget, "startMonth" | "endMonth" | "windowText">): string | null {
  if (t.startMonth === null || t.endMonth === null) return null;
  const own = (t.windowText ?? "").replace(/（[^（）]*）\s*$/, "").trim();
  if (own) return own;
  return t.startMonth === t.endMonth ? `${t.startMonth}月完成` : `${t.startMonth}-${t.endMonth}月完成`;
}

/** "A" · "A和B" · "A、B和C" */
function namesText(names: readonly string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join("、")}和${names[names.length - 1]}`;
}

const bare = (wording: string) => wording.replace(/[。；;，,、.：:\s]+$/u, "");

/** Consecutive targets whose codes differ only in a trailing ①②… are one clause of the plan. */
function clauses(targets: readonly PlanDocumentTarget[]): PlanDocumentTarget[][] {
  const groups: { base: string | null; members: PlanDocumentTarget[] }[] = [];
  for (const t of targets) {
    const last = t.code.slice(-1);
    const base = CIRCLED.includes(last) ? t.code.slice(0, -1) : null;
    const prev = groups[groups.length - 1];
    if (base !== null && prev?.base === base) prev.members.push(t);
    else groups.push({ base, members: [t] });
  }
  return groups.map((g) => g.members);
}

function circledMark(t: PlanDocumentTarget, index: number): string {
  const last = t.code.slice(-1);
  return CIRCLED.includes(last) ? last : (CIRCLED[index] ?? "");
}

function block(kind: PlanDocumentBlockKind, level: number, number: string, text: string, targetIds: string[] = []): PlanDocumentBlock {
  return { kind, level, number, text, targetIds };
}

/** An area's targets, numbered at `level`: wording, then its points unless it is the area's only target and carries all of it. */
function targetLines(area: PlanDocumentArea, level: number): PlanDocumentBlock[] {
  const points = splitAreaPoints(area.points, [...area.targets]);
  const sole = area.targets.length === 1 && Math.abs((points.get(area.targets[0].id) ?? 0) - area.points) < 1e-9;
  return clauses(area.targets).flatMap((members, i) =>
    members.map((t, j) => {
      const mark = members.length > 1 ? circledMark(t, j) : "";
      const text = mark + (sole ? t.wording : withPoints(t.wording, points.get(t.id) ?? 0));
      if (t.code === area.code) return block("TEXT", level, "", text, [t.id]);
      return block("ITEM", level, j === 0 ? lineNumber(level, i + 1) : "", text, [t.id]);
    }),
  );
}

function targetsSection(areas: readonly PlanDocumentArea[], categoryNames: PlanDocumentSource["categoryNames"]): PlanDocumentBlock[] {
  const categories = [...new Set(areas.map((a) => a.category))];
  return categories.flatMap((category, ci) => {
    const inCategory = areas.filter((a) => a.category === category);
    const name = categoryNames[category] ?? category;
    const number = lineNumber(2, ci + 1);
    if (inCategory.length === 1 && inCategory[0].name === name) {
      const area = inCategory[0];
      return [block("HEADING", 2, number, withPoints(area.name, area.points)), ...targetLines(area, 3)];
    }
    const total = inCategory.reduce((sum, a) => sum + a.points, 0);
    return [
      block("HEADING", 2, number, withPoints(name, total)),
      ...inCategory.flatMap((area, ai) => [
        block("HEADING", 3, lineNumber(3, ai + 1), withPoints(area.name, area.points)),
        ...targetLines(area, 4),
      ]),
    ];
  });
}

/** 工作计划安排: each area's lines with months, a clause's lines sharing one window said once. */
function scheduleLines(areas: readonly PlanDocumentArea[]): PlanDocumentBlock[] {
  const lines: PlanDocumentBlock[] = [];
  for (const area of areas) {
    const parts: string[] = [];
    const ids: string[] = [];
    for (const members of clauses(area.targets)) {
      const timed = members.filter((t) => windowWords(t) !== null);
      if (timed.length === 0) continue;
      ids.push(...timed.map((t) => t.id));
      const windows = new Set(timed.map(windowWords));
      if (windows.size === 1) parts.push(`${timed.map((t) => bare(t.wording)).join("，")}（${windowWords(timed[0])}）`);
      else parts.push(timed.map((t) => `${bare(t.wording)}（${windowWords(t)}）`).join("，"));
    }
    if (parts.length > 0) lines.push(block("ITEM", 4, lineNumber(4, lines.length + 1), `${area.name}：${parts.join("；")}。`, ids));
  }
  return lines;
}

/** 明确责任分工: 高新技术产业发展（高新办负责）；…；an area whose targets have different owners names them by title. */
function ownersText(areas: readonly PlanDocumentArea[]): string | null {
  const parts: string[] = [];
  for (const area of areas) {
    const bySet = new Map<string, PlanDocumentTarget[]>();
    for (const t of area.targets) {
      const key = namesText(t.owners);
      bySet.set(key, [...(bySet.get(key) ?? []), t]);
    }
    const named = [...bySet.entries()].filter(([names]) => names !== "");
    if (named.length === 0) continue;
    if (bySet.size === 1) parts.push(`${area.name}（${named[0][0]}负责）`);
    else parts.push(`${area.name}：${named.map(([names, ts]) => `${ts.map((t) => t.title).join("、")}（${names}负责）`).join("，")}`);
  }
  return parts.length > 0 ? `${parts.join("；")}。` : null;
}

function arrangementSection(source: PlanDocumentSource): PlanDocumentBlock[] {
  const items: [string, PlanDocumentBlock[]][] = [];
  const schedule = scheduleLines(source.areas);
  if (schedule.length > 0) items.push(["工作计划安排", schedule]);
  const owners = ownersText(source.areas);
  if (owners) items.push(["明确责任分工", [block("TEXT", 3, "", owners)]]);
  if (source.assessmentGroup?.trim()) items.push(["加强考核督查", [block("TEXT", 3, "", source.assessmentGroup.trim())]]);
  if (items.length === 0) return [block("TEXT", 2, "", "无。")];
  return items.flatMap(([heading, lines], i) => [block("HEADING", 3, lineNumber(3, i + 1), heading), ...lines]);
}

export function signerTitle(parentLevel: string | null): string {
  return parentLevel === "CITY" || parentLevel === "COUNTY" ? "局长" : "厅长";
}

export function buildPlanDocument(source: PlanDocumentSource): PlanDocument {
  const signer = signerTitle(source.parentLevel);
  const duties = source.duties.length
    ? source.duties.map((text, i) => block("ITEM", 3, lineNumber(3, i + 1), text))
    : [block("TEXT", 2, "", "（责任清单中尚未录入本单位的主要职责。）")];
  const bodies: PlanDocumentBlock[][] = [
    duties,
    targetsSection(source.areas, source.categoryNames),
    arrangementSection(source),
    [block("TEXT", 2, "", source.otherNotes?.trim() || "无。")],
  ];
  return {
    title: source.title,
    year: source.year,
    signerTitle: signer,
    signatures: [`${signer}（签章）：`, "责任单位（公章）：", "责任人（签章）："],
    dateLine: `${source.year}年${BLANK}月${BLANK}日`,
    blocks: PLAN_DOCUMENT_SECTIONS.flatMap((heading, i) => [block("SECTION", 1, lineNumber(1, i + 1), heading), ...bodies[i]]),
  };
}
