/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601. */
  DateTime: { input: string; output: string; }
};

export type AddCountItemInput = {
  /** the user confirmed a date outside the target's window (the item counts all the same; without it such a date is refused) */
  confirmOutsideWindow?: InputMaybe<Scalars['Boolean']['input']>;
  date: Scalars['Date']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  docNumber?: InputMaybe<Scalars['String']['input']>;
  /** the target's version the form was loaded with (CONFLICT when someone saved since) */
  expectedVersion: Scalars['Int']['input'];
  link?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  sectionId?: InputMaybe<Scalars['ID']['input']>;
  targetId: Scalars['ID']['input'];
};

export type AddReviewCommentInput = {
  /** 1–2000 characters */
  body: Scalars['String']['input'];
  reviewId: Scalars['ID']['input'];
  sectionId?: InputMaybe<Scalars['ID']['input']>;
  /** exactly one of targetId and sectionId */
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

export type AddTargetInput = {
  areaId: Scalars['ID']['input'];
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  code: Scalars['String']['input'];
  endMonth?: InputMaybe<Scalars['Int']['input']>;
  kind: TargetKind;
  measureUnit?: InputMaybe<Scalars['String']['input']>;
  ownerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  pointsOverride?: InputMaybe<Scalars['Float']['input']>;
  remarks?: InputMaybe<Scalars['String']['input']>;
  startMonth?: InputMaybe<Scalars['Int']['input']>;
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  title: Scalars['String']['input'];
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
  windowText?: InputMaybe<Scalars['String']['input']>;
  wording: Scalars['String']['input'];
};

export type AdjustScoreInput = {
  /** the final score; null clears the adjustment */
  adjustedScore?: InputMaybe<Scalars['Float']['input']>;
  /** the score entry's version the form was loaded with (0 = none yet); CONFLICT when someone saved since */
  expectedVersion: Scalars['Int']['input'];
  /** required when the final score differs from the computed one, and when clearing */
  reason?: InputMaybe<Scalars['String']['input']>;
  targetId: Scalars['ID']['input'];
};

export type AmendAction =
  /** 更正: replaces the figure */
  | 'CORRECTION'
  /** 撤回: cancels it */
  | 'WITHDRAWAL';

export type AmendProgressInput = {
  action: AmendAction;
  confirmLarge?: InputMaybe<Scalars['Boolean']['input']>;
  entryId: Scalars['ID']['input'];
  /** the target's version the history was loaded with (CONFLICT when someone saved since) */
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  reportedFor?: InputMaybe<Scalars['Date']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  /** CORRECTION only */
  value?: InputMaybe<Scalars['Float']['input']>;
};

export type AnswerRectificationInput = {
  /** 整改情况, 1–2000 characters */
  answer: Scalars['String']['input'];
  /** the notice's version the page was loaded with (CONFLICT when someone saved since) */
  expectedVersion: Scalars['Int']['input'];
  /** up to 5 links to the evidence */
  links?: InputMaybe<Array<EvidenceLinkInput>>;
  rectificationId: Scalars['ID']['input'];
};

export type Applicability =
  | 'ACTIVE'
  /** 不适用 */
  | 'NOT_APPLICABLE'
  /** 暂停 */
  | 'SUSPENDED';

export type AreaCategory =
  /** 科技投入与保障 */
  | 'FUNDING'
  /** 工作业绩 */
  | 'WORK';

export type AreaProgress = {
  __typename?: 'AreaProgress';
  category: AreaCategory;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** points less what inactive targets took out of the total */
  maxPoints: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  points: Scalars['Float']['output'];
  redistributedPoints: Scalars['Float']['output'];
  removedPoints: Scalars['Float']['output'];
  summary: Summary;
  targets: Array<TargetProgress>;
};

/** One row of the append-only audit log (操作日志): who did what, when, old → new, why. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** the record concerned when it is not the target or an account: a report or item (accepted, returned, changed), a review, a plan (a month lock's), an area */
  about?: Maybe<AuditRef>;
  /** RECORD_PROGRESS, CORRECT_PROGRESS, WITHDRAW_PROGRESS, ADD_EVIDENCE, CREATE_USER, UPDATE_USER, RESET_PASSWORD, CHANGE_PASSWORD … */
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** the fields that changed, unchanged ones left out */
  changes: Array<FieldChange>;
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** the account concerned, for entries about a user */
  subject?: Maybe<AuditUser>;
  /** the target concerned; null for account changes */
  target?: Maybe<AuditTarget>;
  /** who wrote it; null for system writes */
  user?: Maybe<AuditUser>;
};

/** Every field is optional; from and to are calendar dates in China time, both inclusive. */
export type AuditFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  /** entries on targets the section owns, and entries written by its users */
  sectionId?: InputMaybe<Scalars['ID']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  /** who wrote the entries */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The choices of the log's filter form. */
export type AuditFilterOptions = {
  __typename?: 'AuditFilterOptions';
  /** action codes present in the log */
  actions: Array<Scalars['String']['output']>;
  targets: Array<AuditTargetOption>;
  users: Array<AuditUser>;
};

export type AuditPage = {
  __typename?: 'AuditPage';
  /** newest first */
  entries: Array<AuditEntry>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** entries matching the filter, whatever the page */
  totalCount: Scalars['Int']['output'];
};

/** What an id in the audit log names, looked up by the server (one query per kind of record on the page). */
export type AuditRef = {
  __typename?: 'AuditRef';
  /** REPORT: the day it is for */
  date?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** REVIEW, RECTIFICATION: the period's index */
  index?: Maybe<Scalars['Int']['output']>;
  /** USER, SECTION, TARGET, REVIEW, REPORT, ITEM, RECTIFICATION, PLAN, AREA */
  kind: Scalars['String']['output'];
  /** a person's, section's, item's, plan's or area's name; a target's code and title; a notice's text; null when the record is gone */
  name?: Maybe<Scalars['String']['output']>;
  /** REVIEW, RECTIFICATION: the review's kind (MONTH, QUARTER, HALF_YEAR, YEAR); REPORT: its action (RECORD, CORRECTION, NO_CHANGE, WITHDRAWAL) */
  type?: Maybe<Scalars['String']['output']>;
  /** REPORT: the target's unit */
  unit?: Maybe<Scalars['String']['output']>;
  /** REPORT: the figure */
  value?: Maybe<Scalars['Float']['output']>;
  /** REVIEW, RECTIFICATION, PLAN: the year */
  year?: Maybe<Scalars['Int']['output']>;
};

/** A target as the audit log names it. */
export type AuditTarget = {
  __typename?: 'AuditTarget';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type AuditTargetOption = {
  __typename?: 'AuditTargetOption';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  planYear: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** A person as the audit log names them. */
export type AuditUser = {
  __typename?: 'AuditUser';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** The colour a target shows (lib/domain/bands.ts): from its status, refined by its own thresholds. */
export type Band =
  | 'AMBER'
  | 'GREEN'
  | 'NONE'
  | 'RED';

/** 通报: the notice a review ends with, from its frozen snapshot. The page and the Word file word it the same way. */
export type Bulletin = {
  __typename?: 'Bulletin';
  /** 主送 as the assessors wrote it; null: the default (局机关各科室) */
  addressee?: Maybe<Scalars['String']['output']>;
  /** in plan order */
  areas: Array<BulletinGroup>;
  behind: Array<BulletinTargetLine>;
  /** the date printed: the issue date, or today while a draft */
  date: Scalars['Date']['output'];
  discipline: BulletinDisciplineLine;
  /** the discipline as it stood on the snapshot's day */
  disciplineAsOf: Scalars['Date']['output'];
  disciplineBySection: Array<BulletinDisciplineLine>;
  /** the months of the period whose updates are counted */
  disciplineMonths: Array<Scalars['Int']['output']>;
  issued: Scalars['Boolean']['output'];
  issuedAt?: Maybe<Scalars['DateTime']['output']>;
  issuedByName?: Maybe<Scalars['String']['output']>;
  kind: ReviewKind;
  notices: Array<BulletinNotice>;
  overall: BulletinTally;
  overdue: Array<BulletinTargetLine>;
  periodEnd: Scalars['Date']['output'];
  periodIndex: Scalars['Int']['output'];
  /** e.g. 2013-Q3 */
  periodKey: Scalars['String']['output'];
  periodStart: Scalars['Date']['output'];
  planTitle: Scalars['String']['output'];
  /** 考核组意见; null: none yet */
  remarks?: Maybe<Scalars['String']['output']>;
  reviewId: Scalars['ID']['output'];
  reviewStatus: ReviewStatus;
  /** a jointly owned target counts for each of its sections; the unowned targets last (name null) */
  sections: Array<BulletinGroup>;
  /** 落款: the unit's name */
  signature: Scalars['String']['output'];
  /** e.g. 湖南省益阳市科技局 (the region joined to the unit's name) */
  unitFullName: Scalars['String']['output'];
  /** the review's version: send it back as expectedVersion to edit or issue the notice */
  version: Scalars['Int']['output'];
  /** whether the signed-in user may edit and issue it (the unit's assessors) */
  viewerCanEdit: Scalars['Boolean']['output'];
  year: Scalars['Int']['output'];
};

/** Monthly updates owed in the review's period: bureau-wide (name null) or of one section. */
export type BulletinDisciplineLine = {
  __typename?: 'BulletinDisciplineLine';
  completeness?: Maybe<Scalars['Float']['output']>;
  due: Scalars['Int']['output'];
  late: Scalars['Int']['output'];
  missing: Scalars['Int']['output'];
  name?: Maybe<Scalars['String']['output']>;
  onTime: Scalars['Int']['output'];
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  owed: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
};

/** An area or an owning section in a 通报. */
export type BulletinGroup = {
  __typename?: 'BulletinGroup';
  behind: Scalars['Int']['output'];
  completion: Scalars['Float']['output'];
  count: Scalars['Int']['output'];
  done: Scalars['Int']['output'];
  inactive: Scalars['Int']['output'];
  /** null: the targets the plan gives no owner (未指定) */
  name?: Maybe<Scalars['String']['output']>;
  notStarted: Scalars['Int']['output'];
  onTrack: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  points: Scalars['Float']['output'];
};

/** A 整改通知 still open on the notice's day. */
export type BulletinNotice = {
  __typename?: 'BulletinNotice';
  code: Scalars['String']['output'];
  deadline: Scalars['Date']['output'];
  notice: Scalars['String']['output'];
  /** the deadline is before the notice's day */
  overdue: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

/** Targets of a 通报 group (the whole plan, an area or a section): how many, their points, completion, and by status. */
export type BulletinTally = {
  __typename?: 'BulletinTally';
  behind: Scalars['Int']['output'];
  /** points-weighted completion, 0–1 */
  completion: Scalars['Float']['output'];
  count: Scalars['Int']['output'];
  done: Scalars['Int']['output'];
  inactive: Scalars['Int']['output'];
  notStarted: Scalars['Int']['output'];
  onTrack: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  points: Scalars['Float']['output'];
};

/** A target the 通报 lists by name (滞后 or 逾期 at the period end), as the snapshot froze it. */
export type BulletinTargetLine = {
  __typename?: 'BulletinTargetLine';
  areaName: Scalars['String']['output'];
  code: Scalars['String']['output'];
  expectedRatio: Scalars['Float']['output'];
  kind: TargetKind;
  measureUnit?: Maybe<Scalars['String']['output']>;
  /** the owning sections' names; empty when the plan names none */
  owners: Array<Scalars['String']['output']>;
  ratio?: Maybe<Scalars['Float']['output']>;
  status: TargetStatus;
  targetValue?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

/** A section's calendar subscription (iCalendar). */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  /** path with its access token; prefix the site's origin */
  path: Scalars['String']['output'];
  sectionId: Scalars['ID']['output'];
};

export type CheckCounts = {
  __typename?: 'CheckCounts';
  /** reports and items waiting for the 考核组 */
  pending: Scalars['Int']['output'];
  /** returned ones their sections have not yet corrected */
  returned: Scalars['Int']['output'];
};

export type CheckFigureInput = {
  id: Scalars['ID']['input'];
  kind: FigureKind;
};

/** 数据审核: where a report stands with the 考核组. */
export type CheckStatus =
  /** 已采纳: counts */
  | 'ACCEPTED'
  /** 待审核: written, not counted yet */
  | 'PENDING'
  /** 已退回: never counts; the section corrects and resubmits */
  | 'RETURNED';

export type CityAreaScore = {
  __typename?: 'CityAreaScore';
  code: Scalars['String']['output'];
  maxPoints: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  provinceScore?: Maybe<Scalars['Float']['output']>;
  unitScore: Scalars['Float']['output'];
};

export type ConfigureScoringInput = {
  planId: Scalars['ID']['input'];
  /** the plan's floor, 0–1; omitted leaves it as it is */
  scoreFloor?: InputMaybe<Scalars['Float']['input']>;
  targets?: InputMaybe<Array<TargetScoringInput>>;
};

export type ConfirmNoChangeInput = {
  /** the target's version the page was loaded with (CONFLICT when someone saved since) */
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** a day of the month the confirmation is for */
  reportedFor: Scalars['Date']['input'];
  targetId: Scalars['ID']['input'];
};

/** A named item behind a count target: the 4 engineering centres of 组建市级工程技术研究中心4家 are four of these. */
export type CountItem = {
  __typename?: 'CountItem';
  checkNote?: Maybe<Scalars['String']['output']>;
  /** 数据审核: PENDING (待审核), ACCEPTED (counts), RETURNED (退回, with checkNote) */
  checkStatus: CheckStatus;
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  checkedBy?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  /** the day it counts from (批复 / 挂牌 / 完成) */
  date: Scalars['Date']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** approval document number, e.g. 益科发〔2013〕45号 */
  docNumber?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  isDemo: Scalars['Boolean']['output'];
  link?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** the responsible section (one of the target's owners) */
  section?: Maybe<Section>;
  /** ACTIVE, or WITHDRAWN (kept on record with the reason, no longer counted) */
  status: Scalars['String']['output'];
  targetId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type CountItemPayload = {
  __typename?: 'CountItemPayload';
  item: CountItem;
  progress: TargetProgress;
};

/** One county's part of a rolled-up city target. */
export type CountyRollup = {
  __typename?: 'CountyRollup';
  code?: Maybe<Scalars['String']['output']>;
  measureUnit?: Maybe<Scalars['String']['output']>;
  /** null when the county has no plan for the year or no target with the key */
  planId?: Maybe<Scalars['ID']['output']>;
  ratio?: Maybe<Scalars['Float']['output']>;
  /** whether the signed-in user may open the county's plan */
  readable: Scalars['Boolean']['output'];
  reportedFor?: Maybe<Scalars['Date']['output']>;
  targetId?: Maybe<Scalars['ID']['output']>;
  targetValue?: Maybe<Scalars['Float']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  /** latest reported value on or before asOf */
  value?: Maybe<Scalars['Float']['output']>;
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  /** initial password (at least 8 characters); the user must replace it at first sign-in */
  password: Scalars['String']['input'];
  role: Role;
  /** required for SECTION_HEAD, not allowed for other roles; a section of the administrator's unit */
  sectionId?: InputMaybe<Scalars['ID']['input']>;
  /** lower-case letters, digits, _ . - */
  username: Scalars['String']['input'];
};

export type Direction =
  | 'HIGHER_IS_BETTER'
  /** a cap: met while the figure stays at or below the target */
  | 'LOWER_IS_BETTER';

/** One owed update: a target's report for one month. */
export type DisciplineCell = {
  __typename?: 'DisciplineCell';
  code: Scalars['String']['output'];
  dueDay: Scalars['Date']['output'];
  /** the day the month's first update was entered */
  enteredOn?: Maybe<Scalars['Date']['output']>;
  month: Scalars['Int']['output'];
  status: SubmissionStatus;
  targetId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type DisciplineMonth = {
  __typename?: 'DisciplineMonth';
  dueDay: Scalars['Date']['output'];
  month: Scalars['Int']['output'];
  rates: DisciplineRates;
};

export type DisciplineRates = {
  __typename?: 'DisciplineRates';
  /** received ÷ due (0–1); null when nothing is due */
  completeness?: Maybe<Scalars['Float']['output']>;
  /** owed and past their due day: onTime + late + missing */
  due: Scalars['Int']['output'];
  late: Scalars['Int']['output'];
  missing: Scalars['Int']['output'];
  onTime: Scalars['Int']['output'];
  /** on time ÷ due (0–1); null when nothing is due */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  owed: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
};

/** 月度调度 list: per section, what is open this month and not done, plus open notices. */
export type Dispatch = {
  __typename?: 'Dispatch';
  /** the month's last day, at which targets are evaluated */
  asOf: Scalars['Date']['output'];
  month: Scalars['Int']['output'];
  planId: Scalars['ID']['output'];
  sections: Array<SectionDispatch>;
  year: Scalars['Int']['output'];
};

export type DispatchTarget = {
  __typename?: 'DispatchTarget';
  /** the window closes this month (本月到期) */
  dueThisMonth: Scalars['Boolean']['output'];
  ratio?: Maybe<Scalars['Float']['output']>;
  status: TargetStatus;
  target: Target;
  value?: Maybe<Scalars['Float']['output']>;
};

/** 主要职责 */
export type Duty = {
  __typename?: 'Duty';
  id: Scalars['ID']['output'];
  /** how many work items the duty has in all */
  itemCount: Scalars['Int']['output'];
  /** the work items shown: all, or those matching the search */
  items: Array<WorkItem>;
  /** targets linked to the duty as a whole */
  links: Array<TargetDutyLink>;
  /** 序号 */
  seq: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** 与相关部门的职责边界 */
export type DutyBoundary = {
  __typename?: 'DutyBoundary';
  /** 案例 */
  caseText?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 相关依据 */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** 管理事项 */
  matter: Scalars['String']['output'];
  parties: Array<DutyBoundaryParty>;
  seq: Scalars['Int']['output'];
};

export type DutyBoundaryParty = {
  __typename?: 'DutyBoundaryParty';
  /** 相关部门 */
  department: Scalars['String']['output'];
  /** 职责分工 */
  division: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
};

export type DutyList = {
  __typename?: 'DutyList';
  boundaries: Array<DutyBoundary>;
  bySection: Array<SectionDutyGroup>;
  duties: Array<Duty>;
  /** the targets of the unit's plans, newest plan first: what a link can point to */
  linkableTargets: Array<LinkedTarget>;
  procedures: Array<SupervisionProcedure>;
  publicServices: Array<PublicService>;
  /** the search as given (trimmed); null when none */
  search?: Maybe<Scalars['String']['output']>;
  /** what the search left (equal to totals without a search) */
  shown: DutyListCounts;
  /** the search's terms (split on whitespace, lower-cased): what the page highlights */
  terms: Array<Scalars['String']['output']>;
  /** the whole list */
  totals: DutyListCounts;
  unit: Unit;
  /** whether the signed-in user may link targets to this unit's duties (an administrator of the unit) */
  viewerCanLink: Scalars['Boolean']['output'];
};

export type DutyListCounts = {
  __typename?: 'DutyListCounts';
  boundaries: Scalars['Int']['output'];
  duties: Scalars['Int']['output'];
  procedures: Scalars['Int']['output'];
  publicServices: Scalars['Int']['output'];
  /** sections with work items or public services on the list */
  sections: Scalars['Int']['output'];
  workItems: Scalars['Int']['output'];
};

export type DutyRef = {
  __typename?: 'DutyRef';
  id: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type EditableArea = {
  __typename?: 'EditableArea';
  category: AreaCategory;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  points: Scalars['Float']['output'];
  /** what its targets' points add up to */
  pointsSum: Scalars['Float']['output'];
  /** false when the targets' points do not add up to the area's points */
  pointsValid: Scalars['Boolean']['output'];
  targets: Array<EditableTarget>;
};

/** A target as the plan editor sees it: its own settings, not its progress. */
export type EditableTarget = {
  __typename?: 'EditableTarget';
  areaId: Scalars['ID']['output'];
  baselineSource?: Maybe<Scalars['String']['output']>;
  baselineValue?: Maybe<Scalars['Float']['output']>;
  code: Scalars['String']['output'];
  endMonth?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: TargetKind;
  /** the same target across years: the first year's target id */
  lineageKey?: Maybe<Scalars['ID']['output']>;
  measureUnit?: Maybe<Scalars['String']['output']>;
  /** empty = 未指定 */
  owners: Array<Section>;
  /** the points it carries now */
  points: Scalars['Float']['output'];
  /** the target's own points; null = an equal share of what the area's other targets leave */
  pointsOverride?: Maybe<Scalars['Float']['output']>;
  /** reports recorded against it; a target with reports cannot be removed */
  progressCount: Scalars['Int']['output'];
  remarks?: Maybe<Scalars['String']['output']>;
  /** county targets with the same key roll up into this city target */
  rollupKey?: Maybe<Scalars['String']['output']>;
  /** null with endMonth null: 未指定 (evaluated over the whole year) */
  startMonth?: Maybe<Scalars['Int']['output']>;
  targetValue?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  windowText?: Maybe<Scalars['String']['output']>;
  wording: Scalars['String']['output'];
};

/** 佐证材料: a link, or a file served at /api/evidence/{id} */
export type Evidence = {
  __typename?: 'Evidence';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  mimeType?: Maybe<Scalars['String']['output']>;
  sizeBytes?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type EvidenceLinkInput = {
  title?: InputMaybe<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};

/** A unit's 市州人民政府绩效考核结果 for a year, entered by the province's 考核组. */
export type ExternalAssessment = {
  __typename?: 'ExternalAssessment';
  /** 文号 or title of the government's assessment document */
  documentRef: Scalars['String']['output'];
  result: ExternalResult;
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy?: Maybe<User>;
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ExternalAssessmentRef = {
  __typename?: 'ExternalAssessmentRef';
  documentRef: Scalars['String']['output'];
  result: ExternalResult;
  version: Scalars['Int']['output'];
};

/** 市州人民政府绩效考核结果: 合格 / 不合格. */
export type ExternalResult =
  | 'FAIL'
  | 'PASS';

/** One changed field of an audit entry, as text; null means absent or empty. */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['String']['output']>;
  /** what after names when it is an id */
  afterRef?: Maybe<AuditRef>;
  before?: Maybe<Scalars['String']['output']>;
  /** what before names when it is an id (reviewId, sectionId, entryId …): the log shows names, never ids */
  beforeRef?: Maybe<AuditRef>;
  field: Scalars['String']['output'];
};

/** A report or item as the 考核组 checks it: the figure beside its evidence and what stood before. */
export type FigureCheck = {
  __typename?: 'FigureCheck';
  /** RECORD, CORRECTION or NO_CHANGE for a report; ADD or UPDATE for an item (UPDATE: changed after it was first entered) */
  action: Scalars['String']['output'];
  checkNote?: Maybe<Scalars['String']['output']>;
  checkStatus: CheckStatus;
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  checkedBy?: Maybe<User>;
  /** reports: the day it is for; items: the day it counts from */
  date: Scalars['Date']['output'];
  description?: Maybe<Scalars['String']['output']>;
  docNumber?: Maybe<Scalars['String']['output']>;
  enteredUnit?: Maybe<Scalars['String']['output']>;
  enteredValue?: Maybe<Scalars['Float']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** items: name, 批准文号, description, link and the responsible section */
  itemName?: Maybe<Scalars['String']['output']>;
  kind: FigureKind;
  link?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** a correction's reason */
  reason?: Maybe<Scalars['String']['output']>;
  reportedAt: Scalars['DateTime']['output'];
  reportedBy: User;
  sectionName?: Maybe<Scalars['String']['output']>;
  /** the figure that counts now for the target (the one a correction would replace); null when none */
  standingValue?: Maybe<Scalars['Float']['output']>;
  target: FigureCheckTarget;
  /** reports: the figure in the target's unit (as typed in enteredValue/enteredUnit); items: null */
  value?: Maybe<Scalars['Float']['output']>;
  /** whether the signed-in user may accept or return it (an assessor of the unit, not its reporter) */
  viewerCanCheck: Scalars['Boolean']['output'];
};

export type FigureCheckTarget = {
  __typename?: 'FigureCheckTarget';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: TargetKind;
  measureUnit?: Maybe<Scalars['String']['output']>;
  /** owning sections' names */
  owners: Array<Scalars['String']['output']>;
  targetValue?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
};

/** The 数据审核 queue of a plan. */
export type FigureChecks = {
  __typename?: 'FigureChecks';
  /** whether the plan checks figures at all */
  enabled: Scalars['Boolean']['output'];
  /** waiting for the 考核组, oldest first */
  pending: Array<FigureCheck>;
  plan: PlanInfo;
  /** returned and not yet corrected by their sections, newest first */
  returned: Array<FigureCheck>;
  /** whether the viewer may turn checks on or off (the plan's administrators) */
  viewerCanConfigure: Scalars['Boolean']['output'];
};

/** What a check decides on: a report (figure, correction, 本月无新进展) or a named item of a count target. */
export type FigureKind =
  | 'ENTRY'
  | 'ITEM';

/** A figure that counts, as of its date. */
export type FigurePoint = {
  __typename?: 'FigurePoint';
  date: Scalars['Date']['output'];
  value: Scalars['Float']['output'];
};

export type Forecast = {
  __typename?: 'Forecast';
  ratio?: Maybe<Scalars['Float']['output']>;
  value: Scalars['Float']['output'];
};

/** 年终等次 from the total's share of the plan's maximum (lib/domain/grade.ts). */
export type Grade =
  /** 优秀 */
  | 'EXCELLENT'
  /** 不合格 */
  | 'FAIL'
  /** 良好 */
  | 'GOOD'
  /** 合格 */
  | 'PASS';

/** Shares of the maximum (0–1) at or above which the grade is 优秀 / 良好 / 合格. */
export type GradeBands = {
  __typename?: 'GradeBands';
  excellentAt: Scalars['Float']['output'];
  goodAt: Scalars['Float']['output'];
  passAt: Scalars['Float']['output'];
};

export type GradeBasis =
  /** the province's 省厅评分 (the unit's own final score where the province left a target unscored) */
  | 'PROVINCE'
  /** the unit's own year-end total */
  | 'UNIT';

export type ImportPlanInput = {
  /** true: check every row and report, write nothing */
  dryRun: Scalars['Boolean']['input'];
  /** the file's bytes, base64 */
  fileBase64: Scalars['String']['input'];
  /** the file's name: .xlsx or .csv */
  fileName: Scalars['String']['input'];
  /** default: 「单位」「年」年绩效计划书 */
  title?: InputMaybe<Scalars['String']['input']>;
  /** the year of the new plan (of the signed-in administrator's unit) */
  year: Scalars['Int']['input'];
};

export type ImportPlanResult = {
  __typename?: 'ImportPlanResult';
  areaCount: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  fileName: Scalars['String']['output'];
  /** no problems: the plan can be (or was) imported */
  ok: Scalars['Boolean']['output'];
  /** the new plan (not on a dry run) */
  plan?: Maybe<PlanInfo>;
  preview: Array<ImportPreviewRow>;
  problems: Array<ImportProblem>;
  rowCount: Scalars['Int']['output'];
  targetCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  totalPoints: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type ImportPreviewRow = {
  __typename?: 'ImportPreviewRow';
  areaCode: Scalars['String']['output'];
  areaName: Scalars['String']['output'];
  code: Scalars['String']['output'];
  kind: TargetKind;
  measureUnit?: Maybe<Scalars['String']['output']>;
  owners: Scalars['String']['output'];
  points: Scalars['Float']['output'];
  row: Scalars['Int']['output'];
  targetValue?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
  window: Scalars['String']['output'];
};

/** A problem in an imported file, in Chinese. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** the column's header */
  column?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** the spreadsheet row (the header is row 1); null for the whole file */
  row?: Maybe<Scalars['Int']['output']>;
};

/** What happens to the points of a not-applicable or suspended target. */
export type InactivePointsRule =
  /** moved to the area's other scored targets, in proportion to their points */
  | 'REDISTRIBUTE'
  /** taken out of the total */
  | 'REMOVE';

export type IssueRectificationInput = {
  deadline: Scalars['Date']['input'];
  notice: Scalars['String']['input'];
  reviewId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
};

export type LinkTargetDutyInput = {
  dutyId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
  /** one work item of the duty; omitted links the duty as a whole */
  workItemId?: InputMaybe<Scalars['ID']['input']>;
};

/** A plan target as the responsibility list shows it. */
export type LinkedTarget = {
  __typename?: 'LinkedTarget';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  planId: Scalars['ID']['output'];
  planYear: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** A month of the plan year and whether its data is locked (lib/domain/period-lock.ts). */
export type MonthLockView = {
  __typename?: 'MonthLockView';
  /** the first day the days-after-month-end rule locks it */
  autoLockOn: Scalars['Date']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** the administrator's decision in force, if any */
  decidedBy?: Maybe<User>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  locked: Scalars['Boolean']['output'];
  month: Scalars['Int']['output'];
  /** OPEN | AUTO | SNAPSHOT | ADMIN_LOCKED | REOPENED */
  reason: Scalars['String']['output'];
  /** REOPENED: the last day the reopening lasts; null = until locked again */
  reopenedUntil?: Maybe<Scalars['Date']['output']>;
};

/** One report of a month on a target (lib/domain/month-reports.ts): it still stands or waits to be checked. */
export type MonthReport = {
  __typename?: 'MonthReport';
  checkStatus: CheckStatus;
  date: Scalars['Date']['output'];
  kind: MonthReportKind;
  /** a named item's name */
  name?: Maybe<Scalars['String']['output']>;
  /** the display name of who reported it */
  reportedBy: Scalars['String']['output'];
  targetId: Scalars['ID']['output'];
  /** a figure, or the figure standing when 本月无新进展 was confirmed (in the target's unit); null for an item */
  value?: Maybe<Scalars['Float']['output']>;
};

export type MonthReportKind =
  | 'FIGURE'
  | 'ITEM'
  | 'NO_CHANGE';

export type MonthWindowView = {
  __typename?: 'MonthWindowView';
  end: Scalars['Date']['output'];
  endMonth: Scalars['Int']['output'];
  /** false when the plan names no months: the whole year is used */
  specified: Scalars['Boolean']['output'];
  start: Scalars['Date']['output'];
  startMonth: Scalars['Int']['output'];
};

export type MoveDirection =
  | 'DOWN'
  | 'UP';

export type Mutation = {
  __typename?: 'Mutation';
  /** 采纳: the pending report or item counts from now on (CONFLICT when someone decided it first) */
  acceptFigure: FigureCheck;
  /** Add a named item to a count target (its section's head, or an administrator). */
  addCountItem: CountItemPayload;
  /** Attach a web link as evidence to a report (files are uploaded to /api/progress/{entryId}/evidence). */
  addEvidenceLink: Evidence;
  addItemEvidenceLink: Evidence;
  addReviewComment: ReviewComment;
  /** A new target at the end of an area. */
  addTarget: PlanEditor;
  /** Set or clear a target's final score; differing from the computed score needs a reason. */
  adjustScore: ScoreRow;
  /** Correct or withdraw a report by a new recorded action with a reason; nothing is deleted. */
  amendProgress: RecordProgressPayload;
  /** the owning section answers a notice (整改情况); it then waits for the assessors' sign-off */
  answerRectification: Rectification;
  /** 指定填报科室: the sections that report a target the plan left without an owner; an empty list takes the assignment back */
  assignTargetOwners: Target;
  /** The signed-in user replaces their own password; returns the updated user. */
  changeOwnPassword: User;
  /** 销号: a closing note is required */
  closeRectification: Rectification;
  closeReview: Review;
  /** Set how many days after a month ends its update is due and its data locks. */
  configureReporting: PlanLocks;
  /** Set the plan's floor and per-target rule, floor and points (points must add up per area). */
  configureScoring: ScoreSheet;
  /** 本月无新进展: the month's update when nothing changed. */
  confirmNoChange: RecordProgressPayload;
  /** Next year's plan as a copy of this one (same unit): no reports, scores or reviews; lineage kept. */
  copyPlan: PlanInfo;
  createUser: UserAccount;
  /** Import a plan from the template (XLSX or CSV); dryRun checks and reports every problem with its row number. */
  importPlan: ImportPlanResult;
  /** issue the 通报: dated today, its 主送 and remarks frozen */
  issueBulletin: Bulletin;
  issueRectification: Rectification;
  /** Link a plan target to a duty (or one of its work items) of the same unit. */
  linkTargetDuty: TargetDutyLink;
  /** Lock a month early (administrators). */
  lockMonth: PlanLocks;
  /** One place up or down within its area. */
  moveTarget: PlanEditor;
  /** open the review of a period and take its snapshot (one per plan, kind and period) */
  openReview: Review;
  recordProgress: RecordProgressPayload;
  /** re-take the snapshot of an OPEN review */
  refreshReviewSnapshot: Review;
  /** Refused when the target has reports. */
  removeTarget: PlanEditor;
  /** Reopen a locked month through untilDay (inclusive; default 7 days from today), with a reason. */
  reopenMonth: PlanLocks;
  reopenReview: Review;
  /** Set a temporary password; the user must replace it at next sign-in. */
  resetUserPassword: UserAccount;
  /** 退回: the pending report or item never counts; its section sees the reason in 我的待办 */
  returnFigure: FigureCheck;
  /** the assessors send an answer back with what is still missing */
  returnRectification: Rectification;
  /** Enter the declared score of a declaration target (创新创优). */
  setDeclaredScore: ScoreRow;
  /** The province's 考核组 records a city's 市州人民政府绩效考核结果 for a year. */
  setExternalAssessment: ExternalAssessment;
  /** turn 数据审核 on or off for a plan (off is refused while reports wait to be checked) */
  setFigureChecks: FigureChecks;
  /** The unit's 考核组 sets the plan's 等次 bands. */
  setGradeBands: ScoreSheet;
  /** The province's 考核组 scores a target of a city bureau's plan (省厅评分). */
  setProvinceScore: ScoreRow;
  /** A section head enters the self-assessed score of a target their section owns. */
  setSelfScore: ScoreRow;
  /** Mark a target not applicable or suspended (or active again), with a reason and a points rule. */
  setTargetApplicability: TargetProgress;
  setTargetThresholds: TargetProgress;
  /** Remove a link; returns the removed link. */
  unlinkTargetDuty: TargetDutyLink;
  /** Lift the sign-in lock of an account of the administrator's unit before it lifts by itself (audited). */
  unlockUser: UserAccount;
  updateArea: PlanEditor;
  /** set the 通报's 主送 and remarks (refused once it is issued) */
  updateBulletin: Bulletin;
  updateCountItem: CountItemPayload;
  updateTarget: PlanEditor;
  /** Edit name, role, section or enabled; administrators cannot disable or demote themselves. */
  updateUser: UserAccount;
  /** 撤回印发: an issued 通报 found wrong becomes a draft again (reason 1–500 characters, kept in the audit log) */
  withdrawBulletin: Bulletin;
  /** Withdraw an item with a reason: it stays on record and stops counting. */
  withdrawCountItem: CountItemPayload;
};


export type MutationAcceptFigureArgs = {
  input: CheckFigureInput;
};


export type MutationAddCountItemArgs = {
  input: AddCountItemInput;
};


export type MutationAddEvidenceLinkArgs = {
  entryId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};


export type MutationAddItemEvidenceLinkArgs = {
  itemId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};


export type MutationAddReviewCommentArgs = {
  input: AddReviewCommentInput;
};


export type MutationAddTargetArgs = {
  input: AddTargetInput;
};


export type MutationAdjustScoreArgs = {
  input: AdjustScoreInput;
};


export type MutationAmendProgressArgs = {
  input: AmendProgressInput;
};


export type MutationAnswerRectificationArgs = {
  input: AnswerRectificationInput;
};


export type MutationAssignTargetOwnersArgs = {
  expectedVersion: Scalars['Int']['input'];
  sectionIds: Array<Scalars['ID']['input']>;
  targetId: Scalars['ID']['input'];
};


export type MutationChangeOwnPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCloseRectificationArgs = {
  closingNote: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  rectificationId: Scalars['ID']['input'];
};


export type MutationCloseReviewArgs = {
  expectedVersion: Scalars['Int']['input'];
  reviewId: Scalars['ID']['input'];
};


export type MutationConfigureReportingArgs = {
  lockAfterDays: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
  reportDueDays: Scalars['Int']['input'];
};


export type MutationConfigureScoringArgs = {
  input: ConfigureScoringInput;
};


export type MutationConfirmNoChangeArgs = {
  input: ConfirmNoChangeInput;
};


export type MutationCopyPlanArgs = {
  planId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationImportPlanArgs = {
  input: ImportPlanInput;
};


export type MutationIssueBulletinArgs = {
  expectedVersion: Scalars['Int']['input'];
  reviewId: Scalars['ID']['input'];
};


export type MutationIssueRectificationArgs = {
  input: IssueRectificationInput;
};


export type MutationLinkTargetDutyArgs = {
  input: LinkTargetDutyInput;
};


export type MutationLockMonthArgs = {
  month: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationMoveTargetArgs = {
  direction: MoveDirection;
  expectedVersion: Scalars['Int']['input'];
  targetId: Scalars['ID']['input'];
};


export type MutationOpenReviewArgs = {
  input: OpenReviewInput;
};


export type MutationRecordProgressArgs = {
  input: RecordProgressInput;
};


export type MutationRefreshReviewSnapshotArgs = {
  expectedVersion: Scalars['Int']['input'];
  reviewId: Scalars['ID']['input'];
};


export type MutationRemoveTargetArgs = {
  expectedVersion: Scalars['Int']['input'];
  targetId: Scalars['ID']['input'];
};


export type MutationReopenMonthArgs = {
  month: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  untilDay?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationReopenReviewArgs = {
  expectedVersion: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  reviewId: Scalars['ID']['input'];
};


export type MutationResetUserPasswordArgs = {
  expectedVersion: Scalars['Int']['input'];
  password: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationReturnFigureArgs = {
  input: ReturnFigureInput;
};


export type MutationReturnRectificationArgs = {
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  rectificationId: Scalars['ID']['input'];
};


export type MutationSetDeclaredScoreArgs = {
  input: SetDeclaredScoreInput;
};


export type MutationSetExternalAssessmentArgs = {
  input: SetExternalAssessmentInput;
};


export type MutationSetFigureChecksArgs = {
  enabled: Scalars['Boolean']['input'];
  planId: Scalars['ID']['input'];
};


export type MutationSetGradeBandsArgs = {
  input: SetGradeBandsInput;
};


export type MutationSetProvinceScoreArgs = {
  input: SetProvinceScoreInput;
};


export type MutationSetSelfScoreArgs = {
  input: SetSelfScoreInput;
};


export type MutationSetTargetApplicabilityArgs = {
  input: SetApplicabilityInput;
};


export type MutationSetTargetThresholdsArgs = {
  input: SetThresholdsInput;
};


export type MutationUnlinkTargetDutyArgs = {
  linkId: Scalars['ID']['input'];
};


export type MutationUnlockUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationUpdateAreaArgs = {
  input: UpdateAreaInput;
};


export type MutationUpdateBulletinArgs = {
  input: UpdateBulletinInput;
};


export type MutationUpdateCountItemArgs = {
  input: UpdateCountItemInput;
};


export type MutationUpdateTargetArgs = {
  input: UpdateTargetInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationWithdrawBulletinArgs = {
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  reviewId: Scalars['ID']['input'];
};


export type MutationWithdrawCountItemArgs = {
  expectedVersion: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** 我的待办: what the signed-in user owes, overdue first, then by due day. */
export type MyTodo = {
  __typename?: 'MyTodo';
  count: Scalars['Int']['output'];
  overdueCount: Scalars['Int']['output'];
  plans: Array<TodoPlan>;
  rows: Array<TodoRow>;
  /** the day it is judged on (today in China) */
  today: Scalars['Date']['output'];
};

export type OpenReviewInput = {
  kind: ReviewKind;
  periodIndex: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type PacePoint = {
  __typename?: 'PacePoint';
  date: Scalars['Date']['output'];
  expected?: Maybe<Scalars['Float']['output']>;
};

export type PlanDashboard = {
  __typename?: 'PlanDashboard';
  areas: Array<AreaProgress>;
  asOf: Scalars['Date']['output'];
  /** true: pending reports are counted as if accepted (按填报显示); returned ones never are */
  asReported: Scalars['Boolean']['output'];
  /** 数据审核: reports waiting for the 考核组 and returned ones waiting for their sections (0 and 0 when checks are off) */
  checks: CheckCounts;
  plan: PlanInfo;
  sections: Array<SectionProgress>;
  summary: Summary;
  targets: Array<TargetProgress>;
};

/** The 绩效计划书 as the document it came from, generated from the plan as it stands (lib/domain/plan-document.ts). */
export type PlanDocument = {
  __typename?: 'PlanDocument';
  blocks: Array<PlanDocumentBlock>;
  /** 2013年　　月　　日: the day is left to the signing */
  dateLine: Scalars['String']['output'];
  planId: Scalars['ID']['output'];
  /** the signature and seal lines: 厅长（签章）：, 责任单位（公章）：, 责任人（签章）： */
  signatures: Array<Scalars['String']['output']>;
  /** 厅长 (with the province, or no unit above) or 局长 (a county's plan, with its city) */
  signerTitle: Scalars['String']['output'];
  title: Scalars['String']['output'];
  unitName: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** A line of the 绩效计划书, as printed: its number and its text. */
export type PlanDocumentBlock = {
  __typename?: 'PlanDocumentBlock';
  kind: PlanDocumentBlockKind;
  /** 1 一、 · 2 （一） · 3 1、 · 4 （1）: how far the line is indented */
  level: Scalars['Int']['output'];
  /** as printed before the text; empty for a paragraph and for the second line of a clause (②) */
  number: Scalars['String']['output'];
  /** the targets whose wording (and points) the line prints */
  targetIds: Array<Scalars['ID']['output']>;
  text: Scalars['String']['output'];
};

/** How a line of the 绩效计划书 stands: SECTION 一、… · HEADING （一） 1、 that lines come under · ITEM a numbered line · TEXT a paragraph */
export type PlanDocumentBlockKind =
  | 'HEADING'
  | 'ITEM'
  | 'SECTION'
  | 'TEXT';

export type PlanEditor = {
  __typename?: 'PlanEditor';
  areas: Array<EditableArea>;
  /** the plan this one was copied from */
  copiedFrom?: Maybe<PlanRef>;
  plan: PlanInfo;
  /** the unit's sections (possible owners) */
  sections: Array<Section>;
  /** every plan of the same unit, newest first */
  unitPlans: Array<PlanRef>;
  /** whether the signed-in user may edit, copy and import plans of this unit (its administrators) */
  viewerCanEdit: Scalars['Boolean']['output'];
};

export type PlanHistory = {
  __typename?: 'PlanHistory';
  plan: PlanInfo;
  targets: Array<TargetHistory>;
  /** every year the unit has a plan for, oldest first */
  years: Array<Scalars['Int']['output']>;
};

export type PlanInfo = {
  __typename?: 'PlanInfo';
  assessmentGroup?: Maybe<Scalars['String']['output']>;
  behindMargin: Scalars['Float']['output'];
  /** 数据审核: a section's reports count only once the 考核组 accepts them */
  checkFigures: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** a month's data locks this many days after the month ends */
  lockAfterDays: Scalars['Int']['output'];
  otherNotes?: Maybe<Scalars['String']['output']>;
  /** a month's update is on time when entered by this many days after the month ends */
  reportDueDays: Scalars['Int']['output'];
  source?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** the sum of the areas' points; on the dashboard, less what not-applicable or suspended targets removed */
  totalPoints: Scalars['Float']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  /** whether the viewer may open and run the plan's reviews (the same rule as openReview) */
  viewerCanAssess: Scalars['Boolean']['output'];
  /** whether the viewer may edit the plan (the same rule as updateTarget) */
  viewerCanEdit: Scalars['Boolean']['output'];
  year: Scalars['Int']['output'];
};

export type PlanLocks = {
  __typename?: 'PlanLocks';
  lockAfterDays: Scalars['Int']['output'];
  months: Array<MonthLockView>;
  planId: Scalars['ID']['output'];
  reportDueDays: Scalars['Int']['output'];
  /** whether the signed-in user may lock, reopen and configure */
  viewerCanManage: Scalars['Boolean']['output'];
  year: Scalars['Int']['output'];
};

/** A plan named by year and title. */
export type PlanRef = {
  __typename?: 'PlanRef';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type PlanRollups = {
  __typename?: 'PlanRollups';
  asOf: Scalars['Date']['output'];
  plan: PlanInfo;
  rollups: Array<TargetRollup>;
};

export type ProgressEntry = {
  __typename?: 'ProgressEntry';
  action: Scalars['String']['output'];
  /** the 考核组's reason when returned */
  checkNote?: Maybe<Scalars['String']['output']>;
  /** 数据审核: PENDING (待审核), ACCEPTED (counts), RETURNED (退回, with checkNote) */
  checkStatus: CheckStatus;
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  checkedBy?: Maybe<User>;
  /** false once corrected or withdrawn, for withdrawal records, for NO_CHANGE confirmations and on count targets */
  counts: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  enteredUnit?: Maybe<Scalars['String']['output']>;
  /** AMOUNT: the figure as typed when entered in another unit (e.g. 0.5 亿元); value is in the target's unit */
  enteredValue?: Maybe<Scalars['Float']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  isDemo: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  replacesId?: Maybe<Scalars['ID']['output']>;
  reportedBy: User;
  reportedFor: Scalars['Date']['output'];
  targetId: Scalars['ID']['output'];
  value: Scalars['Float']['output'];
};

export type ProvinceCityPlan = {
  __typename?: 'ProvinceCityPlan';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** One city bureau's plan of the year on the province page. */
export type ProvinceCityRow = {
  __typename?: 'ProvinceCityRow';
  areas: Array<CityAreaScore>;
  completeness?: Maybe<Scalars['Float']['output']>;
  /** points-weighted completion at asOf, 0–1 */
  completion: Scalars['Float']['output'];
  grade: SheetGrade;
  /** 报送纪律: updates on time ÷ due; null when none was due */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  openRectifications: Scalars['Int']['output'];
  plan: ProvinceCityPlan;
  /** 1 = highest total; equal totals share a rank */
  rank: Scalars['Int']['output'];
  statusCounts: StatusCounts;
  total: Scalars['Float']['output'];
  unit: ProvinceCityUnit;
  /** whether the signed-in user may record this city's 市州人民政府绩效考核结果 and 省厅评分 */
  viewerCanAssess: Scalars['Boolean']['output'];
};

export type ProvinceCityUnit = {
  __typename?: 'ProvinceCityUnit';
  id: Scalars['ID']['output'];
  /** a unit of the labelled demo set (演示) */
  isDemo: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

export type ProvinceOverview = {
  __typename?: 'ProvinceOverview';
  asOf: Scalars['Date']['output'];
  /** ranked, highest total first */
  cities: Array<ProvinceCityRow>;
  sharedTargets: Array<SharedTarget>;
  unit: ProvinceCityUnit;
  year: Scalars['Int']['output'];
  years: Array<Scalars['Int']['output']>;
};

/** 公共服务事项 */
export type PublicService = {
  __typename?: 'PublicService';
  /** 主要工作内容 */
  content: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 服务事项 */
  name: Scalars['String']['output'];
  /** 联系电话 */
  phone?: Maybe<Scalars['String']['output']>;
  /** 承办机构 */
  section?: Maybe<Section>;
  seq: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  auditFilterOptions: AuditFilterOptions;
  /** The reader's bureau's audit log, newest first; limit defaults to 50, at most 500. */
  auditLog: AuditPage;
  /** a review's 通报: whoever reads the review */
  bulletin: Bulletin;
  /** A unit's 责任清单; search keeps what contains every whitespace-separated term. */
  dutyList: DutyList;
  /** the plan's 数据审核 queue: whoever reads the plan */
  figureChecks: FigureChecks;
  /** The signed-in user, or null. */
  me?: Maybe<User>;
  /** the signed-in user's to-do (their own unit; a section head's section) */
  myTodo: MyTodo;
  /** the number of rows myTodo has (the header's count) */
  myTodoCount: Scalars['Int']['output'];
  /** asOf defaults to today clamped to the plan year; asReported counts pending reports as if accepted */
  planDashboard: PlanDashboard;
  /** The plan as its 绩效计划书 (whoever reads the plan); its Word file is GET /api/plans/{planId}/document. */
  planDocument: PlanDocument;
  /** A plan's areas and targets with their settings (the editor and the export). */
  planEditor: PlanEditor;
  /** Each target of the plan with its year-end results in every year of the unit's plans. */
  planHistory: PlanHistory;
  planLocks: PlanLocks;
  /** The city targets of a plan that sum up county figures; asOf defaults to today clamped to the plan year. */
  planRollups: PlanRollups;
  plans: Array<PlanInfo>;
  /** The province page: every city bureau's plan of a year side by side, ranked. year defaults to the newest. */
  provinceOverview: ProvinceOverview;
  /** asOf defaults to today */
  reportingDiscipline: ReportingDiscipline;
  review: ReviewDetail;
  /** the reviews held for a plan, optionally of one kind */
  reviews: Array<ReviewListItem>;
  /** The year-end score sheet; asOf defaults to 31 December of the plan year. */
  scoreSheet: ScoreSheet;
  /**
   * 站内搜索: records of the units the caller reads that contain every term of the query (1–50 characters after
   * trimming, at most 5 terms, no control characters; otherwise BAD_USER_INPUT naming query).
   */
  search: SearchResult;
  sectionCalendar: CalendarFeed;
  /** the live 月度调度 list of a month (evaluated at its last day), optionally for one section */
  sectionDispatch: Dispatch;
  /** The work items, public services and linked targets of one section. */
  sectionDuties: SectionDuties;
  sectionOverview: SectionOverview;
  sections: Array<Section>;
  targetDetail: TargetDetail;
  /** One target across the years (by lineage). */
  targetHistory: TargetHistory;
  targetRollup: TargetRollup;
  /** The bureaus the signed-in user may read, as a tree (a city leader sees the counties under the city). */
  unitTree: Array<UnitNode>;
  units: Array<Unit>;
  /** Every account of the administrator's unit, disabled ones included. */
  users: Array<UserAccount>;
};


export type QueryAuditLogArgs = {
  filter?: InputMaybe<AuditFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBulletinArgs = {
  reviewId: Scalars['ID']['input'];
};


export type QueryDutyListArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
  unitId: Scalars['ID']['input'];
};


export type QueryFigureChecksArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryPlanDashboardArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  asReported?: InputMaybe<Scalars['Boolean']['input']>;
  planId: Scalars['ID']['input'];
};


export type QueryPlanDocumentArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryPlanEditorArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryPlanHistoryArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryPlanLocksArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryPlanRollupsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  planId: Scalars['ID']['input'];
};


export type QueryPlansArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProvinceOverviewArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  unitId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportingDisciplineArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  planId: Scalars['ID']['input'];
};


export type QueryReviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewsArgs = {
  kind?: InputMaybe<ReviewKind>;
  planId: Scalars['ID']['input'];
};


export type QueryScoreSheetArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  planId: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  query: Scalars['String']['input'];
};


export type QuerySectionCalendarArgs = {
  sectionId: Scalars['ID']['input'];
};


export type QuerySectionDispatchArgs = {
  month: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
  sectionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySectionDutiesArgs = {
  sectionId: Scalars['ID']['input'];
};


export type QuerySectionOverviewArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  planId: Scalars['ID']['input'];
  sectionId: Scalars['ID']['input'];
};


export type QuerySectionsArgs = {
  unitId: Scalars['ID']['input'];
};


export type QueryTargetDetailArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  targetId: Scalars['ID']['input'];
};


export type QueryTargetHistoryArgs = {
  targetId: Scalars['ID']['input'];
};


export type QueryTargetRollupArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  targetId: Scalars['ID']['input'];
};

export type RecordProgressInput = {
  /** set after the user confirmed a value more than 10× the target */
  confirmLarge?: InputMaybe<Scalars['Boolean']['input']>;
  /** the target's version the form was loaded with; a newer one means someone else saved first (CONFLICT) */
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reportedFor: Scalars['Date']['input'];
  targetId: Scalars['ID']['input'];
  /** AMOUNT targets in 万元 or 亿元: the unit the value is typed in (converted to the target's unit) */
  unit?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['Float']['input'];
};

export type RecordProgressPayload = {
  __typename?: 'RecordProgressPayload';
  entry: ProgressEntry;
  progress: TargetProgress;
};

/** 整改通知 on a target. */
export type Rectification = {
  __typename?: 'Rectification';
  /** 整改情况: the section's latest answer */
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  answeredBy?: Maybe<User>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  closedBy?: Maybe<User>;
  closingNote?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deadline: Scalars['Date']['output'];
  /** the answer's evidence (links and files) */
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  issuedBy: User;
  /** 逾期整改: answered (or, unanswered, today) after the deadline */
  late: Scalars['Boolean']['output'];
  notice: Scalars['String']['output'];
  /** why the assessors sent the last answer back */
  returnReason?: Maybe<Scalars['String']['output']>;
  returnedAt?: Maybe<Scalars['DateTime']['output']>;
  reviewId?: Maybe<Scalars['ID']['output']>;
  state: RectificationState;
  status: RectificationStatus;
  targetId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  /** optimistic concurrency: send it back as expectedVersion to answer, send back or sign off the notice */
  version: Scalars['Int']['output'];
};

/** A notice's state today: open, sent back, past its deadline while not answered, answered (待销号), or signed off. */
export type RectificationState =
  | 'ANSWERED'
  | 'CLOSED'
  | 'OPEN'
  | 'OVERDUE'
  | 'RETURNED';

export type RectificationStatus =
  /** the section answered; waiting for the assessors' sign-off */
  | 'ANSWERED'
  /** signed off (销号) */
  | 'CLOSED'
  | 'OPEN';

/** 报送纪律: who reported on time, late or not at all, per section and month, as of a day. */
export type ReportingDiscipline = {
  __typename?: 'ReportingDiscipline';
  /** the day statuses are judged on (today unless given); updates entered after it are not counted */
  asOf: Scalars['Date']['output'];
  /** the month to headline: the latest whose due day has passed by asOf (else the latest with anything due) */
  latestMonth?: Maybe<DisciplineMonth>;
  months: Array<DisciplineMonth>;
  plan: PlanInfo;
  rates: DisciplineRates;
  sections: Array<SectionDiscipline>;
};

export type ReturnFigureInput = {
  id: Scalars['ID']['input'];
  kind: FigureKind;
  /** what is wrong, for the section to correct (1–500 characters) */
  reason: Scalars['String']['input'];
};

/** A review of a plan for one calendar period. */
export type Review = {
  __typename?: 'Review';
  /** when its 通报 was issued: from then on the snapshot is frozen (null: not issued, or the issue was withdrawn) */
  bulletinIssuedAt?: Maybe<Scalars['DateTime']['output']>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  closedBy?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  id: Scalars['ID']['output'];
  kind: ReviewKind;
  periodEnd: Scalars['Date']['output'];
  /** 1-based within the year: month 1–12, quarter 1–4, half 1–2, year 1 */
  periodIndex: Scalars['Int']['output'];
  /** sortable key, e.g. 2013-Q3 */
  periodKey: Scalars['String']['output'];
  /** e.g. 2013年第3季度 */
  periodName: Scalars['String']['output'];
  periodStart: Scalars['Date']['output'];
  planId: Scalars['ID']['output'];
  /** when the snapshot was (last) taken */
  snapshotAt: Scalars['DateTime']['output'];
  status: ReviewStatus;
  /** optimistic concurrency: send it back as expectedVersion to refresh, close or reopen */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type ReviewChange = {
  __typename?: 'ReviewChange';
  after: ReviewStanding;
  /** null for NEW */
  before?: Maybe<ReviewStanding>;
  change: ReviewChangeKind;
  code: Scalars['String']['output'];
  statusChanged: Scalars['Boolean']['output'];
  targetId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  valueChanged: Scalars['Boolean']['output'];
};

/** How a target moved since the previous review of the same kind. */
export type ReviewChangeKind =
  | 'MOVED'
  | 'NEW'
  | 'UNCHANGED';

/** 点评 on a target or a section. */
export type ReviewComment = {
  __typename?: 'ReviewComment';
  author: User;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reviewId: Scalars['ID']['output'];
  sectionId?: Maybe<Scalars['ID']['output']>;
  targetId?: Maybe<Scalars['ID']['output']>;
};

export type ReviewComparison = {
  __typename?: 'ReviewComparison';
  added: Scalars['Int']['output'];
  changes: Array<ReviewChange>;
  moved: Scalars['Int']['output'];
  /** the previous review of the same kind in the plan year; null when it was not held */
  previous?: Maybe<Review>;
  unchanged: Scalars['Int']['output'];
};

export type ReviewDetail = {
  __typename?: 'ReviewDetail';
  comments: Array<ReviewComment>;
  comparison: ReviewComparison;
  /** 月度调度 only */
  dispatch?: Maybe<Dispatch>;
  /** 本期到期 */
  dueInPeriod: Array<ReviewSnapshotRow>;
  /** 逾期或滞后 at the period end */
  lagging: Array<ReviewSnapshotRow>;
  /** the deadline the form proposes for a new notice: 15 days after today */
  newRectificationDeadline: Scalars['Date']['output'];
  plan: PlanInfo;
  /** the notices this review issued */
  rectifications: Array<Rectification>;
  review: Review;
  rows: Array<ReviewSnapshotRow>;
  sections: Array<ReviewSectionSummary>;
  summary: Summary;
  /** whether the signed-in user may comment, issue notices, close or reopen */
  viewerCanManage: Scalars['Boolean']['output'];
};

/** 考核小组's cadence: 月度调度 (month), 季度督查 (quarter), 半年点评 (half year), 年终考评 (year). */
export type ReviewKind =
  | 'HALF_YEAR'
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type ReviewListItem = {
  __typename?: 'ReviewListItem';
  commentCount: Scalars['Int']['output'];
  openRectificationCount: Scalars['Int']['output'];
  rectificationCount: Scalars['Int']['output'];
  review: Review;
};

export type ReviewSectionSummary = {
  __typename?: 'ReviewSectionSummary';
  /** null: targets the plan gives no owner (未指定) */
  section?: Maybe<Section>;
  summary: Summary;
};

/** A target as the review froze it: evaluated at the period end with the reports that existed then. */
export type ReviewSnapshotRow = {
  __typename?: 'ReviewSnapshotRow';
  areaName: Scalars['String']['output'];
  code: Scalars['String']['output'];
  /** year-end reviews: the score under the year-end scoring rules at snapshot time */
  computedScore?: Maybe<Scalars['Float']['output']>;
  /** 本期到期: the window ends inside the period */
  dueInPeriod: Scalars['Boolean']['output'];
  expectedRatio: Scalars['Float']['output'];
  forecastRatio?: Maybe<Scalars['Float']['output']>;
  forecastValue?: Maybe<Scalars['Float']['output']>;
  /** 逾期或滞后 at the period end */
  needsAttention: Scalars['Boolean']['output'];
  /** the owning sections as recorded; empty when the plan names no owner (shown as 未指定) */
  owners: Array<SnapshotOwner>;
  points: Scalars['Float']['output'];
  ratio?: Maybe<Scalars['Float']['output']>;
  status: TargetStatus;
  /** the target as it is now (window, kind, unit) for context */
  target: Target;
  title: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

export type ReviewStanding = {
  __typename?: 'ReviewStanding';
  ratio?: Maybe<Scalars['Float']['output']>;
  status: TargetStatus;
  value?: Maybe<Scalars['Float']['output']>;
};

export type ReviewStatus =
  /** final: the snapshot is frozen */
  | 'CLOSED'
  | 'OPEN';

export type Role =
  /** 系统管理员: accounts and plans; cannot read the audit log */
  | 'ADMIN'
  | 'ASSESSOR'
  /** 审计管理员: reads and exports the audit log, security events included; manages nothing */
  | 'AUDIT_ADMIN'
  | 'LEADER'
  | 'SECTION_HEAD';

export type RollupAgreement =
  /** equal to two decimals */
  | 'AGREES'
  /** the city reported more than the counties add up to */
  | 'CITY_HIGHER'
  /** the city reported less */
  | 'CITY_LOWER';

/** The city's figure less the counties' sum, as of the same day (lib/domain/rollup.ts). */
export type RollupGap = {
  __typename?: 'RollupGap';
  agreement: RollupAgreement;
  /** in the city target's unit; 0 when they agree */
  difference: Scalars['Float']['output'];
  /** counties that have not reported by the day (their figures are missing from the sum) */
  missingCounties: Scalars['Int']['output'];
  /** the difference ÷ the counties' sum; null when the sum is 0 */
  share?: Maybe<Scalars['Float']['output']>;
};

export type ScoreArea = {
  __typename?: 'ScoreArea';
  category: AreaCategory;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** points less what inactive targets took out of the total */
  maxPoints: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  points: Scalars['Float']['output'];
  /** what the targets' points add up to */
  pointsSum: Scalars['Float']['output'];
  rows: Array<ScoreRow>;
  subtotal: ScoreTotal;
  /** false when per-target points do not add up to the area's points */
  weightsValid: Scalars['Boolean']['output'];
};

/** Why a target earned its computed score. */
export type ScoreBasis =
  | 'BELOW_FLOOR'
  | 'DECLARED'
  | 'FULL'
  /** not applicable or suspended: no points */
  | 'INACTIVE'
  | 'NOT_DECLARED'
  | 'NOT_DONE'
  | 'NO_VALUE'
  | 'PROPORTIONAL';

/** One line of the 年终考评计分表: a target evaluated at the sheet's date and scored. */
export type ScoreRow = {
  __typename?: 'ScoreRow';
  /** the assessors' adjusted final score; null = none */
  adjustedScore?: Maybe<Scalars['Float']['output']>;
  areaName: Scalars['String']['output'];
  basis: ScoreBasis;
  category: AreaCategory;
  /** exact; display with two decimals */
  computedScore: Scalars['Float']['output'];
  /** the target's own floor; null = the plan's */
  configuredFloor?: Maybe<Scalars['Float']['output']>;
  /** the target's own rule; null = the default for its kind */
  configuredRule?: Maybe<ScoringRule>;
  declaredScore?: Maybe<Scalars['Float']['output']>;
  /** what counts: adjustedScore when set, else computedScore */
  finalScore: Scalars['Float']['output'];
  /** completion share (0–1) below which a proportional target scores 0 */
  floor: Scalars['Float']['output'];
  /** selfScore − finalScore (the awarded score); null without a self score */
  gap?: Maybe<Scalars['Float']['output']>;
  /** a declaration target not yet declared (counts 0 for now) */
  pending: Scalars['Boolean']['output'];
  points: Scalars['Float']['output'];
  /** the target's own points; null = an equal share of the area */
  pointsOverride?: Maybe<Scalars['Float']['output']>;
  progress: TargetProgress;
  provinceAt?: Maybe<Scalars['DateTime']['output']>;
  provinceBy?: Maybe<User>;
  provinceReason?: Maybe<Scalars['String']['output']>;
  /** 省厅评分; null = the province has not scored this target */
  provinceScore?: Maybe<Scalars['Float']['output']>;
  /** version of the province's score (0 = none yet) */
  provinceVersion: Scalars['Int']['output'];
  /** why the final score differs from the computed one */
  reason?: Maybe<Scalars['String']['output']>;
  rule: ScoringRule;
  selfAt?: Maybe<Scalars['DateTime']['output']>;
  selfBy?: Maybe<User>;
  selfJustification?: Maybe<Scalars['String']['output']>;
  /** the owning section's self-assessed score and why */
  selfScore?: Maybe<Scalars['Float']['output']>;
  /** version of the self-assessment (0 = none yet) */
  selfVersion: Scalars['Int']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<User>;
  /** version of the target's score entry for optimistic concurrency; 0 while there is none */
  version: Scalars['Int']['output'];
  /** whether the signed-in user is the province's 考核组 over this plan's unit */
  viewerCanProvinceScore: Scalars['Boolean']['output'];
  /** whether the signed-in user may self-assess this target (head of an owning section, or an administrator); ScoreSheet.selfAssessmentOpen says whether the year-end review still allows it */
  viewerCanSelfAssess: Scalars['Boolean']['output'];
};

export type ScoreSheet = {
  __typename?: 'ScoreSheet';
  areas: Array<ScoreArea>;
  asOf: Scalars['Date']['output'];
  /** 科技投入与保障 */
  funding: ScoreTotal;
  grade: SheetGrade;
  /** 总分 */
  overall: ScoreTotal;
  plan: PlanInfo;
  /** the plan's floor (0–1) */
  scoreFloor: Scalars['Float']['output'];
  sectionGaps: Array<SectionScoreGap>;
  /** false once the year-end review (年终考评) is closed: self-assessments can no longer change */
  selfAssessmentOpen: Scalars['Boolean']['output'];
  /** whether the signed-in user may enter scores and configure scoring for this plan */
  viewerCanScore: Scalars['Boolean']['output'];
  /** 工作业绩 */
  work: ScoreTotal;
};

export type ScoreTotal = {
  __typename?: 'ScoreTotal';
  computedScore: Scalars['Float']['output'];
  finalScore: Scalars['Float']['output'];
  /** their gaps summed; null when none */
  gap?: Maybe<Scalars['Float']['output']>;
  /** declaration targets still awaiting a declared score */
  pending: Scalars['Int']['output'];
  /** the maximum */
  points: Scalars['Float']['output'];
  /** 自评分 summed over the self-assessed targets below; null when none has one */
  selfScore?: Maybe<Scalars['Float']['output']>;
};

/** How a target's points turn into its year-end score (lib/domain/scoring.ts). */
export type ScoringRule =
  /** milestones: full when done, else 0 */
  | 'ALL_OR_NOTHING'
  /** 创新创优: the assessors' declared score */
  | 'DECLARATION'
  /** counts, amounts, growth: full at ≥ 100%, points × completion from the floor, 0 below it */
  | 'PROPORTIONAL';

/** The field a hit's snippet was cut from. */
export type SearchField =
  | 'ANSWER'
  | 'APPLICABILITY_REASON'
  | 'CLOSING_NOTE'
  | 'CODE'
  | 'DESCRIPTION'
  | 'DOC_NUMBER'
  | 'DUTY'
  | 'NAME'
  | 'NOTE'
  | 'NOTICE'
  | 'REASON'
  | 'REMARKS'
  | 'RETURN_REASON'
  | 'TITLE'
  | 'WINDOW_TEXT'
  | 'WORDING'
  | 'WORK_ITEM';

export type SearchGroup = {
  __typename?: 'SearchGroup';
  hits: Array<SearchHit>;
  kind: SearchKind;
  /** more records match than the group shows (at most 20): refine the query */
  more: Scalars['Boolean']['output'];
};

/** One record found, with where it belongs and where the work on it is done. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** the report's day, the item's date, the notice's deadline */
  date?: Maybe<Scalars['Date']['output']>;
  dutySeq?: Maybe<Scalars['Int']['output']>;
  field: SearchField;
  /** the record: a target, named item, report, rectification notice, duty or work item */
  id: Scalars['ID']['output'];
  kind: SearchKind;
  planId?: Maybe<Scalars['ID']['output']>;
  planTitle?: Maybe<Scalars['String']['output']>;
  planYear?: Maybe<Scalars['Int']['output']>;
  /** the matching text, cut around the first match (… where cut) */
  snippet: Scalars['String']['output'];
  targetCode?: Maybe<Scalars['String']['output']>;
  targetId?: Maybe<Scalars['ID']['output']>;
  targetTitle?: Maybe<Scalars['String']['output']>;
  /** a target's or item's name; for a note or notice its target's title; for a duty or work item the duty's text, cut */
  title: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  /** the page where the record is worked on */
  url: Scalars['String']['output'];
  /** a named item that was withdrawn (撤回): still on record */
  withdrawn: Scalars['Boolean']['output'];
  workItemSeq?: Maybe<Scalars['Int']['output']>;
};

/** What the site search finds, in the order the page shows them. */
export type SearchKind =
  /** 责任清单: a duty or a work item */
  | 'DUTY'
  /** 逐项登记的事项: name, 批准文号, description, withdrawal reason */
  | 'ITEM'
  /** 填报说明: a report's note or a correction's reason */
  | 'NOTE'
  /** 整改通知: notice, answer, return reason, closing note */
  | 'RECTIFICATION'
  /** 指标: code, title, the plan's wording, remarks, window text, why it is not applicable */
  | 'TARGET';

export type SearchResult = {
  __typename?: 'SearchResult';
  /** every kind, in SearchKind order, empty or not */
  groups: Array<SearchGroup>;
  /** some group has more than it shows */
  more: Scalars['Boolean']['output'];
  /** the query, trimmed */
  query: Scalars['String']['output'];
  /** its terms, lower-cased, each required */
  terms: Array<Scalars['String']['output']>;
  /** hits shown over all groups */
  total: Scalars['Int']['output'];
};

export type Section = {
  __typename?: 'Section';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  unitId: Scalars['ID']['output'];
};

export type SectionDiscipline = {
  __typename?: 'SectionDiscipline';
  cells: Array<DisciplineCell>;
  months: Array<DisciplineMonth>;
  rates: DisciplineRates;
  section: Section;
};

export type SectionDispatch = {
  __typename?: 'SectionDispatch';
  /** open notices on the section's targets */
  rectifications: Array<Rectification>;
  /** null: targets the plan gives no owner (未指定) */
  section?: Maybe<Section>;
  /** window open this month and not done */
  targets: Array<DispatchTarget>;
};

/** The responsibility-list part of a section's page. */
export type SectionDuties = {
  __typename?: 'SectionDuties';
  /** the work items the section is responsible for, in list order */
  items: Array<WorkItem>;
  /** targets linked to the section's work items or duties, and the duty links of the targets it owns */
  links: Array<TargetDutyLink>;
  publicServices: Array<PublicService>;
  section: Section;
  unitName: Scalars['String']['output'];
};

/** 按科室: a section, its phone and the work items and public services it is responsible for. */
export type SectionDutyGroup = {
  __typename?: 'SectionDutyGroup';
  /** how many work items the section has in all */
  itemCount: Scalars['Int']['output'];
  items: Array<WorkItem>;
  publicServices: Array<PublicService>;
  section: Section;
};

export type SectionOverview = {
  __typename?: 'SectionOverview';
  asOf: Scalars['Date']['output'];
  /** targets whose window ends in the as-of month */
  dueThisMonth: Array<TargetProgress>;
  /** what the section already reported in the as-of month on its targets: figures, named items, 本月无新进展 */
  monthReports: Array<MonthReport>;
  /** targets whose window is open in the as-of month and not yet done: what the section owes a report on */
  openThisMonth: Array<TargetProgress>;
  plan: PlanInfo;
  section: Section;
  summary: Summary;
  targets: Array<TargetProgress>;
  /** whether the signed-in user may report for this section */
  viewerCanRecord: Scalars['Boolean']['output'];
};

export type SectionProgress = {
  __typename?: 'SectionProgress';
  /** null for targets with no owner (未指定) */
  section?: Maybe<Section>;
  summary: Summary;
};

/** Self-assessed against awarded scores, summed over a section's targets that have both. */
export type SectionScoreGap = {
  __typename?: 'SectionScoreGap';
  awardedTotal: Scalars['Float']['output'];
  compared: Scalars['Int']['output'];
  gap: Scalars['Float']['output'];
  /** null for targets with no owner */
  section?: Maybe<Section>;
  selfTotal: Scalars['Float']['output'];
};

export type SetApplicabilityInput = {
  applicability: Applicability;
  /** the target's version the page was loaded with (CONFLICT when someone saved since) */
  expectedVersion: Scalars['Int']['input'];
  inactivePointsRule?: InputMaybe<InactivePointsRule>;
  /** required unless back to ACTIVE */
  reason?: InputMaybe<Scalars['String']['input']>;
  targetId: Scalars['ID']['input'];
};

export type SetDeclaredScoreInput = {
  /** 0 to the target's points; null withdraws the declaration */
  declaredScore?: InputMaybe<Scalars['Float']['input']>;
  /** the score entry's version the form was loaded with (0 = none yet); CONFLICT when someone saved since */
  expectedVersion: Scalars['Int']['input'];
  targetId: Scalars['ID']['input'];
};

export type SetExternalAssessmentInput = {
  documentRef: Scalars['String']['input'];
  /** the record's version the form was loaded with (0 = none yet) */
  expectedVersion: Scalars['Int']['input'];
  result: ExternalResult;
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type SetGradeBandsInput = {
  excellentAt: Scalars['Float']['input'];
  goodAt: Scalars['Float']['input'];
  passAt: Scalars['Float']['input'];
  planId: Scalars['ID']['input'];
};

export type SetProvinceScoreInput = {
  /** the province score's version (provinceVersion) the form was loaded with (0 = none yet) */
  expectedVersion: Scalars['Int']['input'];
  /** 0 to the target's points; null withdraws the province's score */
  provinceScore?: InputMaybe<Scalars['Float']['input']>;
  /** required when the score differs from the city's own final score, and when withdrawing */
  reason?: InputMaybe<Scalars['String']['input']>;
  targetId: Scalars['ID']['input'];
};

export type SetSelfScoreInput = {
  /** the self-assessment version (selfVersion) the form was loaded with (0 = none yet); CONFLICT when someone saved since */
  expectedVersion: Scalars['Int']['input'];
  /** required with a score, at most 500 characters */
  justification?: InputMaybe<Scalars['String']['input']>;
  /** 0 to the target's points; null withdraws the self-assessment */
  selfScore?: InputMaybe<Scalars['Float']['input']>;
  targetId: Scalars['ID']['input'];
};

export type SetThresholdsInput = {
  amberAt?: InputMaybe<Scalars['Float']['input']>;
  direction: Direction;
  /** the target's version the page was loaded with (CONFLICT when someone saved since) */
  expectedVersion: Scalars['Int']['input'];
  /** both null = back to the plan's margin rule */
  greenAt?: InputMaybe<Scalars['Float']['input']>;
  targetId: Scalars['ID']['input'];
};

/** A target two or more cities' plans share (by title). */
export type SharedTarget = {
  __typename?: 'SharedTarget';
  cells: Array<SharedTargetCell>;
  measureUnit?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type SharedTargetCell = {
  __typename?: 'SharedTargetCell';
  finalScore: Scalars['Float']['output'];
  latestValue?: Maybe<Scalars['Float']['output']>;
  ratio?: Maybe<Scalars['Float']['output']>;
  status: TargetStatus;
  targetId: Scalars['ID']['output'];
  unitId: Scalars['ID']['output'];
};

/** The year-end grade of a score sheet and what it rests on. */
export type SheetGrade = {
  __typename?: 'SheetGrade';
  bands: GradeBands;
  basis: GradeBasis;
  /** what the score alone earns */
  byScore: Grade;
  /** true when an external 不合格 took the grade below what the score earns */
  capped: Scalars['Boolean']['output'];
  /** false when the unit cannot be 评先评优 (external result 不合格) */
  eligibleForHonours: Scalars['Boolean']['output'];
  /** null when not recorded */
  external?: Maybe<ExternalAssessmentRef>;
  grade: Grade;
  maximum: Scalars['Float']['output'];
  /** the province's total once it scored any target; null before */
  provinceTotal?: Maybe<Scalars['Float']['output']>;
  /** total ÷ maximum; null when the plan has no points */
  share?: Maybe<Scalars['Float']['output']>;
  total: Scalars['Float']['output'];
  /** the unit's own final total (its self-assessment toward the province) */
  unitTotal: Scalars['Float']['output'];
};

/** An owning section as a review snapshot recorded it. */
export type SnapshotOwner = {
  __typename?: 'SnapshotOwner';
  /** null only for a snapshot taken before owners were kept as sections, naming a section that no longer exists under that name */
  id?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
};

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  points: Scalars['Float']['output'];
  status: TargetStatus;
};

export type StatusCounts = {
  __typename?: 'StatusCounts';
  BEHIND: Scalars['Int']['output'];
  DONE: Scalars['Int']['output'];
  INACTIVE: Scalars['Int']['output'];
  NOT_STARTED: Scalars['Int']['output'];
  ON_TRACK: Scalars['Int']['output'];
  OVERDUE: Scalars['Int']['output'];
};

/** Which rule decided a status (lib/domain/status.ts); the words and the tolerance are in the UI's status legend. */
export type StatusRule =
  /** not reached, the window closed (逾期) */
  | 'AFTER_WINDOW'
  /** a milestone or declaration: 正常 until its last month, 滞后 in it */
  | 'ALL_OR_NOTHING'
  /** not reached, the window not open yet */
  | 'BEFORE_WINDOW'
  /** a cap (越小越好) */
  | 'CAP'
  /** 不计分: not applicable or suspended */
  | 'INACTIVE'
  /** reached */
  | 'MET'
  /** completion against the linear pace, with the plan's margin */
  | 'PACE'
  /** the target's own colour bands decided */
  | 'THRESHOLDS'
  /** not reached on the window's last day: 滞后 whatever the margin or the bands */
  | 'WINDOW_END';

export type SubmissionStatus =
  /** 迟报 */
  | 'LATE'
  /** 未报 */
  | 'MISSING'
  /** 按时 */
  | 'ON_TIME'
  /** 未到期 */
  | 'PENDING';

export type Summary = {
  __typename?: 'Summary';
  byStatus: Array<StatusCount>;
  /** points-weighted completion, 0–1 */
  completion: Scalars['Float']['output'];
  count: Scalars['Int']['output'];
  totalPoints: Scalars['Float']['output'];
};

/** 事中事后监管制度, heading by heading */
export type SupervisionProcedure = {
  __typename?: 'SupervisionProcedure';
  /** paragraphs separated by line breaks */
  body: Scalars['String']['output'];
  heading: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** e.g. （一）对属地管理的行政执法职权的监督检查 */
  part: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
};

export type Target = {
  __typename?: 'Target';
  amberAt?: Maybe<Scalars['Float']['output']>;
  applicability: Applicability;
  applicabilityReason?: Maybe<Scalars['String']['output']>;
  areaId: Scalars['ID']['output'];
  /** of the owners, those the bureau assigned (局指定) to a target the plan left without one */
  assignedOwnerIds: Array<Scalars['ID']['output']>;
  baselineSource?: Maybe<Scalars['String']['output']>;
  baselineValue?: Maybe<Scalars['Float']['output']>;
  code: Scalars['String']['output'];
  direction: Direction;
  /** colour bands (shares, see Band); both null = the plan's margin rule */
  greenAt?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  inactivePointsRule: InactivePointsRule;
  kind: TargetKind;
  measureUnit?: Maybe<Scalars['String']['output']>;
  /** points under the plan as written */
  nominalPoints: Scalars['Float']['output'];
  /** empty when the plan names no owner and the bureau assigned none (无人填报) */
  owners: Array<Section>;
  planId: Scalars['ID']['output'];
  /** points at stake now: the override or an equal share of the area, 0 when inactive, more after redistribution */
  points: Scalars['Float']['output'];
  remarks?: Maybe<Scalars['String']['output']>;
  targetValue?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  window: MonthWindowView;
  windowText?: Maybe<Scalars['String']['output']>;
  wording: Scalars['String']['output'];
};

/** One change to a target: an omitted field stays as it is, null clears a field that may be empty. */
export type TargetChangesInput = {
  /** move to another area of the same plan (to its end) */
  areaId?: InputMaybe<Scalars['ID']['input']>;
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  endMonth?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<TargetKind>;
  measureUnit?: InputMaybe<Scalars['String']['input']>;
  /** the owning sections; an empty list needs unassigned: true */
  ownerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  pointsOverride?: InputMaybe<Scalars['Float']['input']>;
  remarks?: InputMaybe<Scalars['String']['input']>;
  /** give both months, or both null for 未指定 (whole year) */
  startMonth?: InputMaybe<Scalars['Int']['input']>;
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** true: 未指定 on purpose (no owning section) */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
  windowText?: InputMaybe<Scalars['String']['input']>;
  wording?: InputMaybe<Scalars['String']['input']>;
};

export type TargetDetail = {
  __typename?: 'TargetDetail';
  areaName: Scalars['String']['output'];
  asOf: Scalars['Date']['output'];
  entries: Array<ProgressEntry>;
  /** the figures that count, in date order: reports, or a count target's running number of items */
  figures: Array<FigurePoint>;
  /** named items (count targets), newest first, withdrawn ones included */
  items: Array<CountItem>;
  /** the lock state of each month of the plan year */
  locks: Array<MonthLockView>;
  paceLine: Array<PacePoint>;
  plan: PlanInfo;
  progress: TargetProgress;
  /** 整改通知 on the target, newest first, signed-off ones included */
  rectifications: Array<Rectification>;
  /** whether the signed-in user may assign reporting sections to this target: administrators, where the plan names no owner */
  viewerCanAssignOwners: Scalars['Boolean']['output'];
  /** whether the signed-in user may mark the target not applicable or suspended (assessors and administrators of its unit) */
  viewerCanSetApplicability: Scalars['Boolean']['output'];
  /** whether the signed-in user may set its thresholds (administrators of its unit) */
  viewerCanSetThresholds: Scalars['Boolean']['output'];
  /** whether the signed-in user may send answers back and sign notices off (the unit's assessors) */
  viewerCanSignOffRectifications: Scalars['Boolean']['output'];
};

/** Which duty (and optionally which work item of it) a target serves. */
export type TargetDutyLink = {
  __typename?: 'TargetDutyLink';
  duty: DutyRef;
  id: Scalars['ID']['output'];
  target: LinkedTarget;
  /** null: the duty as a whole */
  workItem?: Maybe<WorkItemRef>;
};

/** The same target (by lineage) across the years of its unit's plans. */
export type TargetHistory = {
  __typename?: 'TargetHistory';
  code: Scalars['String']['output'];
  kind: TargetKind;
  lineageKey: Scalars['ID']['output'];
  measureUnit?: Maybe<Scalars['String']['output']>;
  /** oldest year first */
  results: Array<YearResult>;
  title: Scalars['String']['output'];
};

export type TargetKind =
  | 'AMOUNT'
  | 'COUNT'
  | 'DECLARATION'
  | 'GROWTH_PCT'
  | 'MILESTONE';

export type TargetPointsInput = {
  /** the target's version the editor was loaded with; claimed when its points change (CONFLICT when someone saved since) */
  expectedVersion: Scalars['Int']['input'];
  /** null = an equal share */
  pointsOverride?: InputMaybe<Scalars['Float']['input']>;
  targetId: Scalars['ID']['input'];
};

/** A target evaluated at an as-of date. */
export type TargetProgress = {
  __typename?: 'TargetProgress';
  band: Band;
  /** the margin below the linear pace the rule allowed (the plan's behindMargin; 0.1 = 10 points) */
  behindMargin: Scalars['Float']['output'];
  /** the share of the window elapsed at asOf, i.e. the linear pace */
  expectedRatio: Scalars['Float']['output'];
  forecast?: Maybe<Forecast>;
  /** for growth targets: the growth in % of the latest value over the baseline */
  growthPercent?: Maybe<Scalars['Float']['output']>;
  /** completion ratio (1 = 100%), uncapped; null when not computable */
  ratio?: Maybe<Scalars['Float']['output']>;
  reportedFor?: Maybe<Scalars['Date']['output']>;
  status: TargetStatus;
  /** the rule that decided the status */
  statusRule: StatusRule;
  target: Target;
  /** latest reported cumulative value on or before asOf */
  value?: Maybe<Scalars['Float']['output']>;
  /** whether the signed-in user may report on this target (their section owns it, or they administer) */
  viewerCanRecord: Scalars['Boolean']['output'];
};

/** A city target fed by its counties' targets with the same rollupKey. */
export type TargetRollup = {
  __typename?: 'TargetRollup';
  asOf: Scalars['Date']['output'];
  /** the city target as the city reported it */
  city: TargetProgress;
  counties: Array<CountyRollup>;
  /** the counties' own targets added up */
  countiesTargetValue?: Maybe<Scalars['Float']['output']>;
  /** the city's own figure against the counties' sum; null when either side has no figure */
  gap?: Maybe<RollupGap>;
  /** total ÷ the city target's value */
  ratio?: Maybe<Scalars['Float']['output']>;
  reportedCount: Scalars['Int']['output'];
  rollupKey: Scalars['String']['output'];
  /** the counties' latest values as of asOf, added up; null when the sum is not a finite number (an older row beyond the input limits) */
  total?: Maybe<Scalars['Float']['output']>;
};

/** One target's scoring settings: an omitted field stays as it is, null resets it to the default. */
export type TargetScoringInput = {
  pointsOverride?: InputMaybe<Scalars['Float']['input']>;
  /** 0–1 */
  scoreFloor?: InputMaybe<Scalars['Float']['input']>;
  scoringRule?: InputMaybe<ScoringRule>;
  targetId: Scalars['ID']['input'];
};

export type TargetStatus =
  | 'BEHIND'
  | 'DONE'
  /** 不适用 or 暂停: carries no points, history kept */
  | 'INACTIVE'
  | 'NOT_STARTED'
  | 'ON_TRACK'
  | 'OVERDUE';

/** What a 我的待办 row asks of the user (lib/domain/todo.ts). */
export type TodoKind =
  /** 待销号: an answer to a notice waiting for sign-off */
  | 'ANSWER_TO_SIGN_OFF'
  /** 待审核: a plan's reports and items waiting for the 考核组 */
  | 'FIGURES_TO_CHECK'
  /** 未销号整改: a notice not yet signed off (leadership) */
  | 'OPEN_RECTIFICATION'
  /** 逾期整改: a notice past its deadline without an answer */
  | 'OVERDUE_RECTIFICATION'
  /** 本月待报: a target of the section without this month's update */
  | 'OWED_UPDATE'
  /** 待整改: a notice on the section's targets still to be answered */
  | 'RECTIFICATION_TO_ANSWER'
  /** 退回修改: a report or named item the 考核组 returned, not yet corrected */
  | 'RETURNED_FIGURE'
  /** 考核点评: a comment of the latest open review on the section or one of its targets */
  | 'REVIEW_COMMENT'
  /** 未报科室: a section with targets still without this month's update after its due day */
  | 'SECTION_LATE'
  /** 新增滞后/逾期: a target 滞后 or 逾期 now that the last review saw otherwise */
  | 'TURNED_LAGGING';

/** A plan whose monthly updates the to-do follows: this month (December for a past plan) and the day its update is due. */
export type TodoPlan = {
  __typename?: 'TodoPlan';
  dueDay: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  month: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** One thing to do; the ids say where it is done. */
export type TodoRow = {
  __typename?: 'TodoRow';
  code?: Maybe<Scalars['String']['output']>;
  /** how many (reports to check, targets of a late section) */
  count?: Maybe<Scalars['Int']['output']>;
  /** the day a returned report is for, a returned item's date, an answer's or a comment's day */
  date?: Maybe<Scalars['Date']['output']>;
  /** the return's reason, the notice, the comment */
  detail?: Maybe<Scalars['String']['output']>;
  /** the day the work is due, where something sets one */
  dueDay?: Maybe<Scalars['Date']['output']>;
  /** a returned named item's name */
  itemName?: Maybe<Scalars['String']['output']>;
  /** unique within the list */
  key: Scalars['String']['output'];
  kind: TodoKind;
  /** the month an update is owed for */
  month?: Maybe<Scalars['Int']['output']>;
  /** past its due day */
  overdue: Scalars['Boolean']['output'];
  planId: Scalars['ID']['output'];
  /** the status the plan's latest review froze; null when no review had the target */
  previousStatus?: Maybe<TargetStatus>;
  rectificationState?: Maybe<RectificationState>;
  reviewId?: Maybe<Scalars['ID']['output']>;
  sectionId?: Maybe<Scalars['ID']['output']>;
  status?: Maybe<TargetStatus>;
  targetId?: Maybe<Scalars['ID']['output']>;
  /** the target's title, the section's name or the plan's title */
  title: Scalars['String']['output'];
};

export type Unit = {
  __typename?: 'Unit';
  id: Scalars['ID']['output'];
  level: UnitLevel;
  name: Scalars['String']['output'];
  plans: Array<PlanInfo>;
  region?: Maybe<Scalars['String']['output']>;
  sections: Array<Section>;
};

export type UnitLevel =
  | 'CITY'
  | 'COUNTY'
  | 'PROVINCE';

/** A bureau in the tree city → counties, with its plans. */
export type UnitNode = {
  __typename?: 'UnitNode';
  children: Array<UnitNode>;
  id: Scalars['ID']['output'];
  level: UnitLevel;
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  plans: Array<PlanInfo>;
  region?: Maybe<Scalars['String']['output']>;
};

/** An area's settings; omitted fields stay as they are. targetPoints change its targets' points in the same step. */
export type UpdateAreaInput = {
  areaId: Scalars['ID']['input'];
  category?: InputMaybe<AreaCategory>;
  code?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  points?: InputMaybe<Scalars['Float']['input']>;
  targetPoints?: InputMaybe<Array<TargetPointsInput>>;
};

export type UpdateBulletinInput = {
  /** 主送, at most 100 characters; empty or null: the default (局机关各科室) */
  addressee?: InputMaybe<Scalars['String']['input']>;
  /** the review's version the page was loaded with (CONFLICT when someone saved since) */
  expectedVersion: Scalars['Int']['input'];
  /** 考核组意见, at most 2000 characters; empty or null: none */
  remarks?: InputMaybe<Scalars['String']['input']>;
  reviewId: Scalars['ID']['input'];
};

export type UpdateCountItemInput = {
  /** the user confirmed a new date outside the target's window */
  confirmOutsideWindow?: InputMaybe<Scalars['Boolean']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  docNumber?: InputMaybe<Scalars['String']['input']>;
  /** the item's version the form was loaded with (CONFLICT when someone saved since) */
  expectedVersion: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
  link?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  sectionId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateTargetInput = {
  changes: TargetChangesInput;
  /** the version the editor was loaded with; a newer one means someone else saved first (CONFLICT) */
  expectedVersion: Scalars['Int']['input'];
  targetId: Scalars['ID']['input'];
};

export type UpdateUserInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** omitted fields stay as they are */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** the account's version the list was loaded with (CONFLICT when someone saved since) */
  expectedVersion: Scalars['Int']['input'];
  role?: InputMaybe<Role>;
  /** null clears it; cleared anyway when the role is no longer SECTION_HEAD */
  sectionId?: InputMaybe<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};

export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The user must pick a new password before using the app. Shown only on the user themself (me) and to administrators; null otherwise. */
  mustChangePassword?: Maybe<Scalars['Boolean']['output']>;
  role: Role;
  section?: Maybe<Section>;
  unitId: Scalars['ID']['output'];
  username: Scalars['String']['output'];
};

/** An account as its unit's administrator manages it. */
export type UserAccount = {
  __typename?: 'UserAccount';
  /** false: the account cannot sign in and its sessions no longer work */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** minutes left on the lock that repeated failed sign-ins put on the account; 0 when it is not locked */
  lockedMinutes: Scalars['Int']['output'];
  /** true after creation or a password reset, until the user picks their own password */
  mustChangePassword: Scalars['Boolean']['output'];
  role: Role;
  /** 科室负责人 only */
  section?: Maybe<Section>;
  unitId: Scalars['ID']['output'];
  username: Scalars['String']['output'];
  /** optimistic concurrency: send it back as expectedVersion to edit the account or reset its password */
  version: Scalars['Int']['output'];
};

/** 具体工作事项 */
export type WorkItem = {
  __typename?: 'WorkItem';
  duty: DutyRef;
  id: Scalars['ID']['output'];
  /** targets linked to this work item */
  links: Array<TargetDutyLink>;
  /** 联系方式 */
  phone?: Maybe<Scalars['String']['output']>;
  /** 责任科室 */
  section?: Maybe<Section>;
  /** its place under its duty, from 1 */
  seq: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type WorkItemRef = {
  __typename?: 'WorkItemRef';
  id: Scalars['ID']['output'];
  seq: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** How a target ended one year: value, completion and status as of 31 December. */
export type YearResult = {
  __typename?: 'YearResult';
  asOf: Scalars['Date']['output'];
  code: Scalars['String']['output'];
  kind: TargetKind;
  measureUnit?: Maybe<Scalars['String']['output']>;
  planId: Scalars['ID']['output'];
  points: Scalars['Float']['output'];
  ratio?: Maybe<Scalars['Float']['output']>;
  reportedFor?: Maybe<Scalars['Date']['output']>;
  status: TargetStatus;
  targetId: Scalars['ID']['output'];
  targetValue?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
  value?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

export type AuditEntryFieldsFragment = { __typename?: 'AuditEntry', id: string, at: string, action: string, entityType: string, reason?: string | null, user?: { __typename?: 'AuditUser', id: string, displayName: string } | null, target?: { __typename?: 'AuditTarget', id: string, code: string, title: string } | null, subject?: { __typename?: 'AuditUser', id: string, displayName: string } | null, about?: { __typename?: 'AuditRef', kind: string, id: string, name?: string | null, type?: string | null, year?: number | null, index?: number | null, date?: string | null, value?: number | null, unit?: string | null } | null, changes: Array<{ __typename?: 'FieldChange', field: string, before?: string | null, after?: string | null, beforeRef?: { __typename?: 'AuditRef', kind: string, id: string, name?: string | null, type?: string | null, year?: number | null, index?: number | null, date?: string | null, value?: number | null, unit?: string | null } | null, afterRef?: { __typename?: 'AuditRef', kind: string, id: string, name?: string | null, type?: string | null, year?: number | null, index?: number | null, date?: string | null, value?: number | null, unit?: string | null } | null }> };

export type AuditRefFieldsFragment = { __typename?: 'AuditRef', kind: string, id: string, name?: string | null, type?: string | null, year?: number | null, index?: number | null, date?: string | null, value?: number | null, unit?: string | null };

export type SummaryFieldsFragment = { __typename?: 'Summary', count: number, totalPoints: number, completion: number, byStatus: Array<{ __typename?: 'StatusCount', status: TargetStatus, count: number, points: number }> };

export type TargetRowFieldsFragment = { __typename?: 'TargetProgress', status: TargetStatus, statusRule: StatusRule, behindMargin: number, band: Band, viewerCanRecord: boolean, value?: number | null, reportedFor?: string | null, ratio?: number | null, growthPercent?: number | null, expectedRatio: number, forecast?: { __typename?: 'Forecast', value: number, ratio?: number | null } | null, target: { __typename?: 'Target', id: string, areaId: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, points: number, version: number, applicability: Applicability, greenAt?: number | null, amberAt?: number | null, windowText?: string | null, assignedOwnerIds: Array<string>, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean, start: string, end: string }, owners: Array<{ __typename?: 'Section', id: string, name: string }> } };

export type PasswordPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordPageQuery = { __typename?: 'Query', me?: { __typename?: 'User', username: string, mustChangePassword?: boolean | null } | null };

export type AdminUsersQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
}>;


export type AdminUsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'UserAccount', id: string, username: string, displayName: string, role: Role, active: boolean, mustChangePassword: boolean, lockedMinutes: number, createdAt: string, version: number, section?: { __typename?: 'Section', id: string, name: string } | null }>, sections: Array<{ __typename?: 'Section', id: string, name: string }> };

export type AuditFilterOptionsQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
}>;


export type AuditFilterOptionsQuery = { __typename?: 'Query', auditFilterOptions: { __typename?: 'AuditFilterOptions', actions: Array<string>, users: Array<{ __typename?: 'AuditUser', id: string, displayName: string }>, targets: Array<{ __typename?: 'AuditTargetOption', id: string, code: string, title: string, planYear: number }> }, sections: Array<{ __typename?: 'Section', id: string, name: string }> };

export type AuditLogQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditPage', totalCount: number, offset: number, limit: number, entries: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: string, entityType: string, reason?: string | null, user?: { __typename?: 'AuditUser', id: string, displayName: string } | null, target?: { __typename?: 'AuditTarget', id: string, code: string, title: string } | null, subject?: { __typename?: 'AuditUser', id: string, displayName: string } | null, about?: { __typename?: 'AuditRef', kind: string, id: string, name?: string | null, type?: string | null, year?: number | null, index?: number | null, date?: string | null, value?: number | null, unit?: string | null } | null, changes: Array<{ __typename?: 'FieldChange', field: string, before?: string | null, after?: string | null, beforeRef?: { __typename?: 'AuditRef', kind: string, id: string, name?: string | null, type?: string | null, year?: number | null, index?: number | null, date?: string | null, value?: number | null, unit?: string | null } | null, afterRef?: { __typename?: 'AuditRef', kind: string, id: string, name?: string | null, type?: string | null, year?: number | null, index?: number | null, date?: string | null, value?: number | null, unit?: string | null } | null }> }> } };

export type HeaderTodoCountQueryVariables = Exact<{ [key: string]: never; }>;


export type HeaderTodoCountQuery = { __typename?: 'Query', myTodoCount: number };

export type HomePlansQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePlansQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'PlanInfo', id: string, unitId: string, year: number }>, units: Array<{ __typename?: 'Unit', id: string, level: UnitLevel }> };

export type FigureChecksPageQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type FigureChecksPageQuery = { __typename?: 'Query', figureChecks: { __typename?: 'FigureChecks', enabled: boolean, viewerCanConfigure: boolean, plan: { __typename?: 'PlanInfo', id: string, title: string, unitName: string, viewerCanAssess: boolean }, pending: Array<{ __typename?: 'FigureCheck', kind: FigureKind, id: string, action: string, value?: number | null, enteredValue?: number | null, enteredUnit?: string | null, date: string, standingValue?: number | null, note?: string | null, reason?: string | null, itemName?: string | null, docNumber?: string | null, description?: string | null, link?: string | null, sectionName?: string | null, reportedAt: string, checkStatus: CheckStatus, checkNote?: string | null, checkedAt?: string | null, viewerCanCheck: boolean, evidence: Array<{ __typename?: 'Evidence', id: string, kind: string, title: string, url?: string | null }>, reportedBy: { __typename?: 'User', displayName: string }, checkedBy?: { __typename?: 'User', displayName: string } | null, target: { __typename?: 'FigureCheckTarget', id: string, code: string, title: string, kind: TargetKind, measureUnit?: string | null, owners: Array<string> } }>, returned: Array<{ __typename?: 'FigureCheck', kind: FigureKind, id: string, action: string, value?: number | null, enteredValue?: number | null, enteredUnit?: string | null, date: string, standingValue?: number | null, note?: string | null, reason?: string | null, itemName?: string | null, docNumber?: string | null, description?: string | null, link?: string | null, sectionName?: string | null, reportedAt: string, checkStatus: CheckStatus, checkNote?: string | null, checkedAt?: string | null, viewerCanCheck: boolean, evidence: Array<{ __typename?: 'Evidence', id: string, kind: string, title: string, url?: string | null }>, reportedBy: { __typename?: 'User', displayName: string }, checkedBy?: { __typename?: 'User', displayName: string } | null, target: { __typename?: 'FigureCheckTarget', id: string, code: string, title: string, kind: TargetKind, measureUnit?: string | null, owners: Array<string> } }> } };

export type ReportingDisciplinePageQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ReportingDisciplinePageQuery = { __typename?: 'Query', reportingDiscipline: { __typename?: 'ReportingDiscipline', asOf: string, plan: { __typename?: 'PlanInfo', id: string, year: number, title: string, unitName: string, reportDueDays: number, lockAfterDays: number }, rates: { __typename?: 'DisciplineRates', owed: number, due: number, onTime: number, late: number, missing: number, pending: number, completeness?: number | null, onTimeRate?: number | null }, months: Array<{ __typename?: 'DisciplineMonth', month: number, dueDay: string, rates: { __typename?: 'DisciplineRates', owed: number, due: number, onTime: number, late: number, missing: number, pending: number, completeness?: number | null, onTimeRate?: number | null } }>, sections: Array<{ __typename?: 'SectionDiscipline', section: { __typename?: 'Section', id: string, name: string }, rates: { __typename?: 'DisciplineRates', owed: number, due: number, onTime: number, late: number, missing: number, pending: number, completeness?: number | null, onTimeRate?: number | null }, months: Array<{ __typename?: 'DisciplineMonth', month: number, rates: { __typename?: 'DisciplineRates', owed: number, due: number, onTime: number, late: number, missing: number, pending: number, completeness?: number | null, onTimeRate?: number | null } }>, cells: Array<{ __typename?: 'DisciplineCell', targetId: string, code: string, title: string, month: number, status: SubmissionStatus, enteredOn?: string | null, dueDay: string }> }> } };

export type PlanDocumentPageQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanDocumentPageQuery = { __typename?: 'Query', planDocument: { __typename?: 'PlanDocument', planId: string, title: string, signatures: Array<string>, dateLine: string, blocks: Array<{ __typename?: 'PlanDocumentBlock', kind: PlanDocumentBlockKind, level: number, number: string, text: string, targetIds: Array<string> }> } };

export type PlanEditorPageQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanEditorPageQuery = { __typename?: 'Query', planEditor: { __typename?: 'PlanEditor', viewerCanEdit: boolean, plan: { __typename?: 'PlanInfo', id: string, year: number, title: string, unitName: string, totalPoints: number }, copiedFrom?: { __typename?: 'PlanRef', id: string, year: number, title: string } | null, unitPlans: Array<{ __typename?: 'PlanRef', id: string, year: number, title: string }>, sections: Array<{ __typename?: 'Section', id: string, name: string }>, areas: Array<{ __typename?: 'EditableArea', id: string, code: string, name: string, category: AreaCategory, points: number, pointsSum: number, pointsValid: boolean, targets: Array<{ __typename?: 'EditableTarget', id: string, areaId: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, baselineSource?: string | null, startMonth?: number | null, endMonth?: number | null, windowText?: string | null, remarks?: string | null, pointsOverride?: number | null, points: number, version: number, progressCount: number, lineageKey?: string | null, rollupKey?: string | null, owners: Array<{ __typename?: 'Section', id: string, name: string }> }> }> } };

export type PlanLocksPageQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanLocksPageQuery = { __typename?: 'Query', planLocks: { __typename?: 'PlanLocks', planId: string, year: number, lockAfterDays: number, reportDueDays: number, viewerCanManage: boolean, months: Array<{ __typename?: 'MonthLockView', month: number, locked: boolean, reason: string, autoLockOn: string, reopenedUntil?: string | null, decidedAt?: string | null, decisionReason?: string | null, decidedBy?: { __typename?: 'User', displayName: string } | null }> }, plans: Array<{ __typename?: 'PlanInfo', id: string, title: string, unitName: string }> };

export type PlanDashboardQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  asReported?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type PlanDashboardQuery = { __typename?: 'Query', planDashboard: { __typename?: 'PlanDashboard', asOf: string, asReported: boolean, checks: { __typename?: 'CheckCounts', pending: number, returned: number }, plan: { __typename?: 'PlanInfo', id: string, year: number, title: string, unitName: string, source?: string | null, totalPoints: number, viewerCanEdit: boolean, behindMargin: number }, summary: { __typename?: 'Summary', count: number, totalPoints: number, completion: number, byStatus: Array<{ __typename?: 'StatusCount', status: TargetStatus, count: number, points: number }> }, areas: Array<{ __typename?: 'AreaProgress', id: string, code: string, name: string, category: AreaCategory, points: number, summary: { __typename?: 'Summary', count: number, totalPoints: number, completion: number, byStatus: Array<{ __typename?: 'StatusCount', status: TargetStatus, count: number, points: number }> } }>, sections: Array<{ __typename?: 'SectionProgress', section?: { __typename?: 'Section', id: string, name: string } | null, summary: { __typename?: 'Summary', count: number, totalPoints: number, completion: number, byStatus: Array<{ __typename?: 'StatusCount', status: TargetStatus, count: number, points: number }> } }>, targets: Array<{ __typename?: 'TargetProgress', status: TargetStatus, statusRule: StatusRule, behindMargin: number, band: Band, viewerCanRecord: boolean, value?: number | null, reportedFor?: string | null, ratio?: number | null, growthPercent?: number | null, expectedRatio: number, forecast?: { __typename?: 'Forecast', value: number, ratio?: number | null } | null, target: { __typename?: 'Target', id: string, areaId: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, points: number, version: number, applicability: Applicability, greenAt?: number | null, amberAt?: number | null, windowText?: string | null, assignedOwnerIds: Array<string>, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean, start: string, end: string }, owners: Array<{ __typename?: 'Section', id: string, name: string }> } }> } };

export type DashboardDisciplineQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type DashboardDisciplineQuery = { __typename?: 'Query', reportingDiscipline: { __typename?: 'ReportingDiscipline', asOf: string, rates: { __typename?: 'DisciplineRates', owed: number, due: number, onTime: number, late: number, missing: number, pending: number, completeness?: number | null, onTimeRate?: number | null }, latestMonth?: { __typename?: 'DisciplineMonth', month: number, dueDay: string, rates: { __typename?: 'DisciplineRates', owed: number, due: number, onTime: number, late: number, missing: number, pending: number, completeness?: number | null, onTimeRate?: number | null } } | null } };

export type PlanReviewsQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanReviewsQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'PlanInfo', id: string, year: number, title: string, unitId: string, assessmentGroup?: string | null, viewerCanAssess: boolean }>, reviews: Array<{ __typename?: 'ReviewListItem', commentCount: number, rectificationCount: number, openRectificationCount: number, review: { __typename?: 'Review', id: string, kind: ReviewKind, year: number, periodIndex: number, status: ReviewStatus } }> };

export type PlanRollupsPageQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type PlanRollupsPageQuery = { __typename?: 'Query', planRollups: { __typename?: 'PlanRollups', asOf: string, plan: { __typename?: 'PlanInfo', id: string, year: number, title: string, unitName: string, behindMargin: number }, rollups: Array<{ __typename?: 'TargetRollup', rollupKey: string, total?: number | null, ratio?: number | null, countiesTargetValue?: number | null, reportedCount: number, gap?: { __typename?: 'RollupGap', difference: number, share?: number | null, agreement: RollupAgreement, missingCounties: number } | null, city: { __typename?: 'TargetProgress', status: TargetStatus, value?: number | null, reportedFor?: string | null, target: { __typename?: 'Target', id: string, code: string, title: string, measureUnit?: string | null, targetValue?: number | null } }, counties: Array<{ __typename?: 'CountyRollup', unitId: string, unitName: string, planId?: string | null, targetId?: string | null, code?: string | null, targetValue?: number | null, measureUnit?: string | null, value?: number | null, reportedFor?: string | null, ratio?: number | null, readable: boolean }> }> }, unitTree: Array<{ __typename?: 'UnitNode', id: string, name: string, level: UnitLevel, children: Array<{ __typename?: 'UnitNode', id: string, name: string, level: UnitLevel, plans: Array<{ __typename?: 'PlanInfo', id: string, year: number }> }>, plans: Array<{ __typename?: 'PlanInfo', id: string, year: number }> }> };

export type ScoreSheetQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ScoreSheetQuery = { __typename?: 'Query', scoreSheet: { __typename?: 'ScoreSheet', asOf: string, scoreFloor: number, viewerCanScore: boolean, selfAssessmentOpen: boolean, grade: { __typename?: 'SheetGrade', grade: Grade, byScore: Grade, share?: number | null, capped: boolean, eligibleForHonours: boolean, basis: GradeBasis, total: number, maximum: number, unitTotal: number, provinceTotal?: number | null, bands: { __typename?: 'GradeBands', excellentAt: number, goodAt: number, passAt: number }, external?: { __typename?: 'ExternalAssessmentRef', result: ExternalResult, documentRef: string, version: number } | null }, sectionGaps: Array<{ __typename?: 'SectionScoreGap', compared: number, selfTotal: number, awardedTotal: number, gap: number, section?: { __typename?: 'Section', id: string, name: string } | null }>, plan: { __typename?: 'PlanInfo', id: string, year: number, title: string, unitName: string }, work: { __typename?: 'ScoreTotal', points: number, computedScore: number, finalScore: number, pending: number, selfScore?: number | null, gap?: number | null }, funding: { __typename?: 'ScoreTotal', points: number, computedScore: number, finalScore: number, pending: number, selfScore?: number | null, gap?: number | null }, overall: { __typename?: 'ScoreTotal', points: number, computedScore: number, finalScore: number, pending: number, selfScore?: number | null, gap?: number | null }, areas: Array<{ __typename?: 'ScoreArea', id: string, code: string, name: string, category: AreaCategory, points: number, maxPoints: number, pointsSum: number, weightsValid: boolean, subtotal: { __typename?: 'ScoreTotal', points: number, computedScore: number, finalScore: number, pending: number, selfScore?: number | null, gap?: number | null }, rows: Array<{ __typename?: 'ScoreRow', rule: ScoringRule, configuredRule?: ScoringRule | null, floor: number, configuredFloor?: number | null, points: number, pointsOverride?: number | null, computedScore: number, basis: ScoreBasis, pending: boolean, declaredScore?: number | null, adjustedScore?: number | null, finalScore: number, reason?: string | null, version: number, selfScore?: number | null, selfJustification?: string | null, selfAt?: string | null, selfVersion: number, gap?: number | null, viewerCanSelfAssess: boolean, provinceScore?: number | null, provinceReason?: string | null, provinceVersion: number, viewerCanProvinceScore: boolean, updatedBy?: { __typename?: 'User', displayName: string } | null, selfBy?: { __typename?: 'User', displayName: string } | null, progress: { __typename?: 'TargetProgress', value?: number | null, ratio?: number | null, growthPercent?: number | null, target: { __typename?: 'Target', id: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, windowText?: string | null, applicability: Applicability, applicabilityReason?: string | null, nominalPoints: number, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean }, owners: Array<{ __typename?: 'Section', id: string, name: string }> } }, provinceBy?: { __typename?: 'User', displayName: string } | null }> }> } };

export type PlanHistoryPageQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanHistoryPageQuery = { __typename?: 'Query', planHistory: { __typename?: 'PlanHistory', years: Array<number>, plan: { __typename?: 'PlanInfo', id: string, year: number, title: string, unitName: string, viewerCanEdit: boolean }, targets: Array<{ __typename?: 'TargetHistory', lineageKey: string, code: string, title: string, kind: TargetKind, measureUnit?: string | null, results: Array<{ __typename?: 'YearResult', year: number, planId: string, targetId: string, code: string, targetValue?: number | null, measureUnit?: string | null, value?: number | null, ratio?: number | null, status: TargetStatus }> }> } };

export type ImportPagePlansQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportPagePlansQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'PlanInfo', id: string, unitId: string, year: number }> };

export type ProvinceOverviewQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProvinceOverviewQuery = { __typename?: 'Query', provinceOverview: { __typename?: 'ProvinceOverview', year: number, asOf: string, years: Array<number>, unit: { __typename?: 'ProvinceCityUnit', id: string, name: string }, cities: Array<{ __typename?: 'ProvinceCityRow', rank: number, total: number, completion: number, onTimeRate?: number | null, openRectifications: number, viewerCanAssess: boolean, unit: { __typename?: 'ProvinceCityUnit', id: string, name: string, isDemo: boolean }, plan: { __typename?: 'ProvinceCityPlan', id: string, title: string }, statusCounts: { __typename?: 'StatusCounts', DONE: number, ON_TRACK: number, BEHIND: number, OVERDUE: number, NOT_STARTED: number, INACTIVE: number }, areas: Array<{ __typename?: 'CityAreaScore', code: string, name: string, maxPoints: number, unitScore: number, provinceScore?: number | null }>, grade: { __typename?: 'SheetGrade', grade: Grade, byScore: Grade, share?: number | null, capped: boolean, eligibleForHonours: boolean, basis: GradeBasis, total: number, maximum: number, unitTotal: number, provinceTotal?: number | null, bands: { __typename?: 'GradeBands', excellentAt: number, goodAt: number, passAt: number }, external?: { __typename?: 'ExternalAssessmentRef', result: ExternalResult, documentRef: string, version: number } | null } }>, sharedTargets: Array<{ __typename?: 'SharedTarget', title: string, measureUnit?: string | null, cells: Array<{ __typename?: 'SharedTargetCell', unitId: string, targetId: string, ratio?: number | null, status: TargetStatus, latestValue?: number | null, finalScore: number }> }> } };

export type BulletinPageQueryVariables = Exact<{
  reviewId: Scalars['ID']['input'];
}>;


export type BulletinPageQuery = { __typename?: 'Query', bulletin: { __typename?: 'Bulletin', reviewId: string, periodKey: string, version: number, reviewStatus: ReviewStatus, unitFullName: string, signature: string, planTitle: string, kind: ReviewKind, year: number, periodIndex: number, periodStart: string, periodEnd: string, addressee?: string | null, remarks?: string | null, issued: boolean, issuedAt?: string | null, issuedByName?: string | null, date: string, viewerCanEdit: boolean, disciplineMonths: Array<number>, disciplineAsOf: string, overall: { __typename?: 'BulletinTally', count: number, points: number, completion: number, done: number, onTrack: number, behind: number, overdue: number, notStarted: number, inactive: number }, areas: Array<{ __typename?: 'BulletinGroup', name?: string | null, count: number, points: number, completion: number, done: number, onTrack: number, behind: number, overdue: number, notStarted: number, inactive: number }>, sections: Array<{ __typename?: 'BulletinGroup', name?: string | null, count: number, points: number, completion: number, done: number, onTrack: number, behind: number, overdue: number, notStarted: number, inactive: number }>, behind: Array<{ __typename?: 'BulletinTargetLine', code: string, title: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, areaName: string, owners: Array<string>, status: TargetStatus, value?: number | null, ratio?: number | null, expectedRatio: number }>, overdue: Array<{ __typename?: 'BulletinTargetLine', code: string, title: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, areaName: string, owners: Array<string>, status: TargetStatus, value?: number | null, ratio?: number | null, expectedRatio: number }>, discipline: { __typename?: 'BulletinDisciplineLine', name?: string | null, owed: number, due: number, onTime: number, late: number, missing: number, pending: number, completeness?: number | null, onTimeRate?: number | null }, disciplineBySection: Array<{ __typename?: 'BulletinDisciplineLine', name?: string | null, owed: number, due: number, onTime: number, late: number, missing: number, pending: number, completeness?: number | null, onTimeRate?: number | null }>, notices: Array<{ __typename?: 'BulletinNotice', code: string, title: string, notice: string, deadline: string, overdue: boolean }> } };

export type ReviewDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewDetailQuery = { __typename?: 'Query', review: { __typename?: 'ReviewDetail', viewerCanManage: boolean, newRectificationDeadline: string, plan: { __typename?: 'PlanInfo', behindMargin: number, id: string, title: string, unitName: string }, review: { __typename?: 'Review', id: string, kind: ReviewKind, year: number, periodIndex: number, periodStart: string, periodEnd: string, status: ReviewStatus, version: number, createdAt: string, snapshotAt: string, closedAt?: string | null, bulletinIssuedAt?: string | null, createdBy: { __typename?: 'User', displayName: string }, closedBy?: { __typename?: 'User', displayName: string } | null }, summary: { __typename?: 'Summary', count: number, totalPoints: number, completion: number, byStatus: Array<{ __typename?: 'StatusCount', status: TargetStatus, count: number, points: number }> }, dispatch?: { __typename?: 'Dispatch', asOf: string, sections: Array<{ __typename?: 'SectionDispatch', section?: { __typename?: 'Section', id: string, name: string } | null, targets: Array<{ __typename?: 'DispatchTarget', status: TargetStatus, value?: number | null, dueThisMonth: boolean, target: { __typename?: 'Target', id: string, code: string, title: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean } } }>, rectifications: Array<{ __typename?: 'Rectification', id: string, targetId: string, state: RectificationState, code: string, title: string, deadline: string, notice: string }> }> } | null, dueInPeriod: Array<{ __typename?: 'ReviewSnapshotRow', code: string, title: string, value?: number | null, ratio?: number | null, status: TargetStatus, owners: Array<{ __typename?: 'SnapshotOwner', id?: string | null, name: string }>, target: { __typename?: 'Target', id: string, kind: TargetKind, measureUnit?: string | null, baselineValue?: number | null, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean } } }>, lagging: Array<{ __typename?: 'ReviewSnapshotRow', code: string, title: string, value?: number | null, ratio?: number | null, status: TargetStatus, owners: Array<{ __typename?: 'SnapshotOwner', id?: string | null, name: string }>, target: { __typename?: 'Target', id: string, kind: TargetKind, measureUnit?: string | null, baselineValue?: number | null, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean } } }>, sections: Array<{ __typename?: 'ReviewSectionSummary', section?: { __typename?: 'Section', id: string, name: string } | null, summary: { __typename?: 'Summary', count: number, completion: number, byStatus: Array<{ __typename?: 'StatusCount', status: TargetStatus, count: number }> } }>, rows: Array<{ __typename?: 'ReviewSnapshotRow', code: string, title: string, value?: number | null, ratio?: number | null, status: TargetStatus, expectedRatio: number, forecastValue?: number | null, points: number, computedScore?: number | null, dueInPeriod: boolean, needsAttention: boolean, owners: Array<{ __typename?: 'SnapshotOwner', id?: string | null, name: string }>, target: { __typename?: 'Target', id: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean } } }>, comments: Array<{ __typename?: 'ReviewComment', id: string, targetId?: string | null, sectionId?: string | null, body: string, createdAt: string, author: { __typename?: 'User', displayName: string } }>, comparison: { __typename?: 'ReviewComparison', moved: number, unchanged: number, added: number, previous?: { __typename?: 'Review', id: string, kind: ReviewKind, year: number, periodIndex: number } | null, changes: Array<{ __typename?: 'ReviewChange', targetId: string, code: string, title: string, change: ReviewChangeKind, before?: { __typename?: 'ReviewStanding', status: TargetStatus, value?: number | null, ratio?: number | null } | null, after: { __typename?: 'ReviewStanding', status: TargetStatus, value?: number | null, ratio?: number | null } }> }, rectifications: Array<{ __typename?: 'Rectification', id: string, version: number, code: string, title: string, notice: string, deadline: string, status: RectificationStatus, state: RectificationState, late: boolean, createdAt: string, answer?: string | null, answeredAt?: string | null, returnReason?: string | null, returnedAt?: string | null, closedAt?: string | null, closingNote?: string | null, answeredBy?: { __typename?: 'User', displayName: string } | null, evidence: Array<{ __typename?: 'Evidence', id: string, kind: string, title: string, url?: string | null }>, issuedBy: { __typename?: 'User', displayName: string }, closedBy?: { __typename?: 'User', displayName: string } | null }> } };

export type ReviewPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewPlansQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'PlanInfo', id: string, unitId: string }> };

export type SearchPageQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type SearchPageQuery = { __typename?: 'Query', search: { __typename?: 'SearchResult', query: string, terms: Array<string>, total: number, more: boolean, groups: Array<{ __typename?: 'SearchGroup', kind: SearchKind, more: boolean, hits: Array<{ __typename?: 'SearchHit', kind: SearchKind, id: string, title: string, snippet: string, field: SearchField, date?: string | null, unitId: string, unitName: string, planTitle?: string | null, targetCode?: string | null, targetTitle?: string | null, dutySeq?: number | null, workItemSeq?: number | null, withdrawn: boolean, url: string }> }> } };

export type SectionPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type SectionPlansQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'PlanInfo', id: string, unitId: string }> };

export type SectionOverviewQueryVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  planId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type SectionOverviewQuery = { __typename?: 'Query', sectionOverview: { __typename?: 'SectionOverview', asOf: string, viewerCanRecord: boolean, section: { __typename?: 'Section', id: string, name: string, phone?: string | null, unitId: string }, plan: { __typename?: 'PlanInfo', id: string, year: number, title: string, behindMargin: number }, summary: { __typename?: 'Summary', count: number, totalPoints: number, completion: number, byStatus: Array<{ __typename?: 'StatusCount', status: TargetStatus, count: number, points: number }> }, targets: Array<{ __typename?: 'TargetProgress', status: TargetStatus, statusRule: StatusRule, behindMargin: number, band: Band, viewerCanRecord: boolean, value?: number | null, reportedFor?: string | null, ratio?: number | null, growthPercent?: number | null, expectedRatio: number, forecast?: { __typename?: 'Forecast', value: number, ratio?: number | null } | null, target: { __typename?: 'Target', id: string, areaId: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, points: number, version: number, applicability: Applicability, greenAt?: number | null, amberAt?: number | null, windowText?: string | null, assignedOwnerIds: Array<string>, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean, start: string, end: string }, owners: Array<{ __typename?: 'Section', id: string, name: string }> } }>, dueThisMonth: Array<{ __typename?: 'TargetProgress', status: TargetStatus, statusRule: StatusRule, behindMargin: number, band: Band, viewerCanRecord: boolean, value?: number | null, reportedFor?: string | null, ratio?: number | null, growthPercent?: number | null, expectedRatio: number, forecast?: { __typename?: 'Forecast', value: number, ratio?: number | null } | null, target: { __typename?: 'Target', id: string, areaId: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, points: number, version: number, applicability: Applicability, greenAt?: number | null, amberAt?: number | null, windowText?: string | null, assignedOwnerIds: Array<string>, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean, start: string, end: string }, owners: Array<{ __typename?: 'Section', id: string, name: string }> } }>, openThisMonth: Array<{ __typename?: 'TargetProgress', status: TargetStatus, statusRule: StatusRule, behindMargin: number, band: Band, viewerCanRecord: boolean, value?: number | null, reportedFor?: string | null, ratio?: number | null, growthPercent?: number | null, expectedRatio: number, forecast?: { __typename?: 'Forecast', value: number, ratio?: number | null } | null, target: { __typename?: 'Target', id: string, areaId: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, points: number, version: number, applicability: Applicability, greenAt?: number | null, amberAt?: number | null, windowText?: string | null, assignedOwnerIds: Array<string>, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean, start: string, end: string }, owners: Array<{ __typename?: 'Section', id: string, name: string }> } }>, monthReports: Array<{ __typename?: 'MonthReport', targetId: string, kind: MonthReportKind, date: string, value?: number | null, name?: string | null, checkStatus: CheckStatus, reportedBy: string }> } };

export type SectionLocksQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type SectionLocksQuery = { __typename?: 'Query', planLocks: { __typename?: 'PlanLocks', months: Array<{ __typename?: 'MonthLockView', month: number, locked: boolean, reason: string, reopenedUntil?: string | null }> } };

export type SectionDispatchPanelQueryVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  planId: Scalars['ID']['input'];
  month: Scalars['Int']['input'];
}>;


export type SectionDispatchPanelQuery = { __typename?: 'Query', sectionCalendar: { __typename?: 'CalendarFeed', path: string }, sectionDispatch: { __typename?: 'Dispatch', asOf: string, sections: Array<{ __typename?: 'SectionDispatch', targets: Array<{ __typename?: 'DispatchTarget', status: TargetStatus, value?: number | null, dueThisMonth: boolean, target: { __typename?: 'Target', id: string, code: string, title: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean } } }>, rectifications: Array<{ __typename?: 'Rectification', id: string, targetId: string, code: string, title: string, notice: string, deadline: string, state: RectificationState }> }> } };

export type SectionDutiesPanelQueryVariables = Exact<{
  sectionId: Scalars['ID']['input'];
}>;


export type SectionDutiesPanelQuery = { __typename?: 'Query', sectionDuties: { __typename?: 'SectionDuties', unitName: string, section: { __typename?: 'Section', id: string, unitId: string }, items: Array<{ __typename?: 'WorkItem', id: string, seq: number, text: string, duty: { __typename?: 'DutyRef', id: string, seq: number, text: string } }>, publicServices: Array<{ __typename?: 'PublicService', id: string, seq: number, name: string }>, links: Array<{ __typename?: 'TargetDutyLink', id: string, target: { __typename?: 'LinkedTarget', id: string, code: string, title: string, planYear: number }, duty: { __typename?: 'DutyRef', id: string, seq: number, text: string }, workItem?: { __typename?: 'WorkItemRef', id: string, seq: number, text: string } | null }> } };

export type TargetAuditQueryVariables = Exact<{
  targetId: Scalars['ID']['input'];
}>;


export type TargetAuditQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditPage', totalCount: number, entries: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: string, entityType: string, reason?: string | null, user?: { __typename?: 'AuditUser', id: string, displayName: string } | null, target?: { __typename?: 'AuditTarget', id: string, code: string, title: string } | null, subject?: { __typename?: 'AuditUser', id: string, displayName: string } | null, about?: { __typename?: 'AuditRef', kind: string, id: string, name?: string | null, type?: string | null, year?: number | null, index?: number | null, date?: string | null, value?: number | null, unit?: string | null } | null, changes: Array<{ __typename?: 'FieldChange', field: string, before?: string | null, after?: string | null, beforeRef?: { __typename?: 'AuditRef', kind: string, id: string, name?: string | null, type?: string | null, year?: number | null, index?: number | null, date?: string | null, value?: number | null, unit?: string | null } | null, afterRef?: { __typename?: 'AuditRef', kind: string, id: string, name?: string | null, type?: string | null, year?: number | null, index?: number | null, date?: string | null, value?: number | null, unit?: string | null } | null }> }> } };

export type TargetUnitSectionsQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
}>;


export type TargetUnitSectionsQuery = { __typename?: 'Query', sections: Array<{ __typename?: 'Section', id: string, name: string }> };

export type TargetDetailQueryVariables = Exact<{
  targetId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type TargetDetailQuery = { __typename?: 'Query', targetDetail: { __typename?: 'TargetDetail', asOf: string, areaName: string, viewerCanSetApplicability: boolean, viewerCanSetThresholds: boolean, viewerCanSignOffRectifications: boolean, viewerCanAssignOwners: boolean, plan: { __typename?: 'PlanInfo', id: string, year: number, title: string, unitId: string, behindMargin: number }, progress: { __typename?: 'TargetProgress', viewerCanRecord: boolean, status: TargetStatus, statusRule: StatusRule, behindMargin: number, band: Band, value?: number | null, reportedFor?: string | null, ratio?: number | null, growthPercent?: number | null, expectedRatio: number, target: { __typename?: 'Target', baselineSource?: string | null, remarks?: string | null, applicabilityReason?: string | null, inactivePointsRule: InactivePointsRule, nominalPoints: number, greenAt?: number | null, amberAt?: number | null, direction: Direction, id: string, areaId: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, points: number, version: number, applicability: Applicability, windowText?: string | null, assignedOwnerIds: Array<string>, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean, start: string, end: string }, owners: Array<{ __typename?: 'Section', id: string, name: string }> }, forecast?: { __typename?: 'Forecast', value: number, ratio?: number | null } | null }, paceLine: Array<{ __typename?: 'PacePoint', date: string, expected?: number | null }>, entries: Array<{ __typename?: 'ProgressEntry', id: string, value: number, reportedFor: string, note?: string | null, action: string, reason?: string | null, counts: boolean, checkStatus: CheckStatus, checkNote?: string | null, enteredValue?: number | null, enteredUnit?: string | null, isDemo: boolean, createdAt: string, evidence: Array<{ __typename?: 'Evidence', id: string, kind: string, title: string, url?: string | null }>, reportedBy: { __typename?: 'User', displayName: string } }>, figures: Array<{ __typename?: 'FigurePoint', date: string, value: number }>, items: Array<{ __typename?: 'CountItem', id: string, name: string, date: string, description?: string | null, docNumber?: string | null, link?: string | null, status: string, reason?: string | null, checkStatus: CheckStatus, checkNote?: string | null, isDemo: boolean, version: number, createdAt: string, section?: { __typename?: 'Section', id: string, name: string } | null, evidence: Array<{ __typename?: 'Evidence', id: string, kind: string, title: string, url?: string | null }>, createdBy: { __typename?: 'User', displayName: string } }>, locks: Array<{ __typename?: 'MonthLockView', month: number, locked: boolean, reason: string, reopenedUntil?: string | null }>, rectifications: Array<{ __typename?: 'Rectification', id: string, version: number, code: string, title: string, notice: string, deadline: string, status: RectificationStatus, state: RectificationState, late: boolean, createdAt: string, answer?: string | null, answeredAt?: string | null, returnReason?: string | null, returnedAt?: string | null, closedAt?: string | null, closingNote?: string | null, answeredBy?: { __typename?: 'User', displayName: string } | null, evidence: Array<{ __typename?: 'Evidence', id: string, kind: string, title: string, url?: string | null }>, issuedBy: { __typename?: 'User', displayName: string }, closedBy?: { __typename?: 'User', displayName: string } | null }> } };

export type MyTodoPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTodoPageQuery = { __typename?: 'Query', myTodo: { __typename?: 'MyTodo', today: string, count: number, overdueCount: number, plans: Array<{ __typename?: 'TodoPlan', id: string, title: string, year: number, month: number, dueDay: string }>, rows: Array<{ __typename?: 'TodoRow', key: string, kind: TodoKind, planId: string, targetId?: string | null, code?: string | null, title: string, sectionId?: string | null, reviewId?: string | null, dueDay?: string | null, overdue: boolean, detail?: string | null, itemName?: string | null, count?: number | null, month?: number | null, date?: string | null, status?: TargetStatus | null, previousStatus?: TargetStatus | null, rectificationState?: RectificationState | null }> } };

export type DutyListPageQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type DutyListPageQuery = { __typename?: 'Query', units: Array<{ __typename?: 'Unit', id: string, name: string }>, dutyList: { __typename?: 'DutyList', search?: string | null, terms: Array<string>, viewerCanLink: boolean, unit: { __typename?: 'Unit', id: string, name: string, level: UnitLevel, region?: string | null, plans: Array<{ __typename?: 'PlanInfo', id: string }> }, totals: { __typename?: 'DutyListCounts', duties: number, sections: number, workItems: number, boundaries: number, procedures: number, publicServices: number }, shown: { __typename?: 'DutyListCounts', duties: number, sections: number, workItems: number, boundaries: number, procedures: number, publicServices: number }, duties: Array<{ __typename?: 'Duty', id: string, seq: number, text: string, itemCount: number, links: Array<{ __typename?: 'TargetDutyLink', id: string, target: { __typename?: 'LinkedTarget', id: string, code: string, title: string, planYear: number }, duty: { __typename?: 'DutyRef', id: string, seq: number, text: string }, workItem?: { __typename?: 'WorkItemRef', id: string, seq: number, text: string } | null }>, items: Array<{ __typename?: 'WorkItem', id: string, seq: number, text: string, phone?: string | null, section?: { __typename?: 'Section', id: string, name: string, phone?: string | null } | null, links: Array<{ __typename?: 'TargetDutyLink', id: string, target: { __typename?: 'LinkedTarget', id: string, code: string, title: string, planYear: number }, duty: { __typename?: 'DutyRef', id: string, seq: number, text: string }, workItem?: { __typename?: 'WorkItemRef', id: string, seq: number, text: string } | null }> }> }>, bySection: Array<{ __typename?: 'SectionDutyGroup', itemCount: number, section: { __typename?: 'Section', id: string, name: string, phone?: string | null }, items: Array<{ __typename?: 'WorkItem', id: string, seq: number, text: string, duty: { __typename?: 'DutyRef', id: string, seq: number, text: string }, links: Array<{ __typename?: 'TargetDutyLink', id: string, target: { __typename?: 'LinkedTarget', id: string, code: string, title: string, planYear: number }, duty: { __typename?: 'DutyRef', id: string, seq: number, text: string }, workItem?: { __typename?: 'WorkItemRef', id: string, seq: number, text: string } | null }> }>, publicServices: Array<{ __typename?: 'PublicService', id: string, seq: number, name: string }> }>, boundaries: Array<{ __typename?: 'DutyBoundary', id: string, seq: number, matter: string, legalBasis?: string | null, caseText?: string | null, parties: Array<{ __typename?: 'DutyBoundaryParty', id: string, seq: number, department: string, division: string }> }>, procedures: Array<{ __typename?: 'SupervisionProcedure', id: string, part: string, seq: number, heading: string, body: string }>, publicServices: Array<{ __typename?: 'PublicService', id: string, seq: number, name: string, content: string, phone?: string | null, section?: { __typename?: 'Section', id: string, name: string } | null }>, linkableTargets: Array<{ __typename?: 'LinkedTarget', id: string, code: string, title: string, planYear: number }> } };

export type ChangeOwnPasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangeOwnPasswordMutation = { __typename?: 'Mutation', changeOwnPassword: { __typename?: 'User', id: string, mustChangePassword?: boolean | null } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'UserAccount', id: string, username: string } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'UserAccount', id: string, active: boolean } };

export type ResetUserPasswordMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  password: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type ResetUserPasswordMutation = { __typename?: 'Mutation', resetUserPassword: { __typename?: 'UserAccount', id: string, mustChangePassword: boolean } };

export type UnlockUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type UnlockUserMutation = { __typename?: 'Mutation', unlockUser: { __typename?: 'UserAccount', id: string, lockedMinutes: number } };

export type UpdateBulletinMutationVariables = Exact<{
  input: UpdateBulletinInput;
}>;


export type UpdateBulletinMutation = { __typename?: 'Mutation', updateBulletin: { __typename?: 'Bulletin', reviewId: string, version: number, addressee?: string | null, remarks?: string | null } };

export type IssueBulletinMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type IssueBulletinMutation = { __typename?: 'Mutation', issueBulletin: { __typename?: 'Bulletin', reviewId: string, version: number, issued: boolean } };

export type WithdrawBulletinMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type WithdrawBulletinMutation = { __typename?: 'Mutation', withdrawBulletin: { __typename?: 'Bulletin', reviewId: string, issued: boolean } };

export type BulletinFieldsFragment = { __typename?: 'Bulletin', reviewId: string, periodKey: string, version: number, reviewStatus: ReviewStatus, unitFullName: string, signature: string, planTitle: string, kind: ReviewKind, year: number, periodIndex: number, periodStart: string, periodEnd: string, addressee?: string | null, remarks?: string | null, issued: boolean, issuedAt?: string | null, issuedByName?: string | null, date: string, viewerCanEdit: boolean, disciplineMonths: Array<number>, disciplineAsOf: string, overall: { __typename?: 'BulletinTally', count: number, points: number, completion: number, done: number, onTrack: number, behind: number, overdue: number, notStarted: number, inactive: number }, areas: Array<{ __typename?: 'BulletinGroup', name?: string | null, count: number, points: number, completion: number, done: number, onTrack: number, behind: number, overdue: number, notStarted: number, inactive: number }>, sections: Array<{ __typename?: 'BulletinGroup', name?: string | null, count: number, points: number, completion: number, done: number, onTrack: number, behind: number, overdue: number, notStarted: number, inactive: number }>, behind: Array<{ __typename?: 'BulletinTargetLine', code: string, title: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, areaName: string, owners: Array<string>, status: TargetStatus, value?: number | null, ratio?: number | null, expectedRatio: number }>, overdue: Array<{ __typename?: 'BulletinTargetLine', code: string, title: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, areaName: string, owners: Array<string>, status: TargetStatus, value?: number | null, ratio?: number | null, expectedRatio: number }>, discipline: { __typename?: 'BulletinDisciplineLine', name?: string | null, owed: number, due: number, onTime: number, late: number, missing: number, pending: number, completeness?: number | null, onTimeRate?: number | null }, disciplineBySection: Array<{ __typename?: 'BulletinDisciplineLine', name?: string | null, owed: number, due: number, onTime: number, late: number, missing: number, pending: number, completeness?: number | null, onTimeRate?: number | null }>, notices: Array<{ __typename?: 'BulletinNotice', code: string, title: string, notice: string, deadline: string, overdue: boolean }> };

export type BulletinTallyFieldsFragment = { __typename?: 'BulletinTally', count: number, points: number, completion: number, done: number, onTrack: number, behind: number, overdue: number, notStarted: number, inactive: number };

export type BulletinGroupFieldsFragment = { __typename?: 'BulletinGroup', name?: string | null, count: number, points: number, completion: number, done: number, onTrack: number, behind: number, overdue: number, notStarted: number, inactive: number };

export type BulletinTargetLineFieldsFragment = { __typename?: 'BulletinTargetLine', code: string, title: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, areaName: string, owners: Array<string>, status: TargetStatus, value?: number | null, ratio?: number | null, expectedRatio: number };

export type BulletinDisciplineFieldsFragment = { __typename?: 'BulletinDisciplineLine', name?: string | null, owed: number, due: number, onTime: number, late: number, missing: number, pending: number, completeness?: number | null, onTimeRate?: number | null };

export type DisciplineRateFieldsFragment = { __typename?: 'DisciplineRates', owed: number, due: number, onTime: number, late: number, missing: number, pending: number, completeness?: number | null, onTimeRate?: number | null };

export type LinkTargetDutyMutationVariables = Exact<{
  input: LinkTargetDutyInput;
}>;


export type LinkTargetDutyMutation = { __typename?: 'Mutation', linkTargetDuty: { __typename?: 'TargetDutyLink', id: string, target: { __typename?: 'LinkedTarget', code: string } } };

export type UnlinkTargetDutyMutationVariables = Exact<{
  linkId: Scalars['ID']['input'];
}>;


export type UnlinkTargetDutyMutation = { __typename?: 'Mutation', unlinkTargetDuty: { __typename?: 'TargetDutyLink', id: string } };

export type DutyLinkFieldsFragment = { __typename?: 'TargetDutyLink', id: string, target: { __typename?: 'LinkedTarget', id: string, code: string, title: string, planYear: number }, duty: { __typename?: 'DutyRef', id: string, seq: number, text: string }, workItem?: { __typename?: 'WorkItemRef', id: string, seq: number, text: string } | null };

export type DutyListCountFieldsFragment = { __typename?: 'DutyListCounts', duties: number, sections: number, workItems: number, boundaries: number, procedures: number, publicServices: number };

export type AcceptFigureMutationVariables = Exact<{
  input: CheckFigureInput;
}>;


export type AcceptFigureMutation = { __typename?: 'Mutation', acceptFigure: { __typename?: 'FigureCheck', id: string, checkStatus: CheckStatus } };

export type ReturnFigureMutationVariables = Exact<{
  input: ReturnFigureInput;
}>;


export type ReturnFigureMutation = { __typename?: 'Mutation', returnFigure: { __typename?: 'FigureCheck', id: string, checkStatus: CheckStatus, checkNote?: string | null } };

export type FigureCheckFieldsFragment = { __typename?: 'FigureCheck', kind: FigureKind, id: string, action: string, value?: number | null, enteredValue?: number | null, enteredUnit?: string | null, date: string, standingValue?: number | null, note?: string | null, reason?: string | null, itemName?: string | null, docNumber?: string | null, description?: string | null, link?: string | null, sectionName?: string | null, reportedAt: string, checkStatus: CheckStatus, checkNote?: string | null, checkedAt?: string | null, viewerCanCheck: boolean, evidence: Array<{ __typename?: 'Evidence', id: string, kind: string, title: string, url?: string | null }>, reportedBy: { __typename?: 'User', displayName: string }, checkedBy?: { __typename?: 'User', displayName: string } | null, target: { __typename?: 'FigureCheckTarget', id: string, code: string, title: string, kind: TargetKind, measureUnit?: string | null, owners: Array<string> } };

export type SetFigureChecksMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type SetFigureChecksMutation = { __typename?: 'Mutation', setFigureChecks: { __typename?: 'FigureChecks', enabled: boolean } };

export type AddCountItemMutationVariables = Exact<{
  input: AddCountItemInput;
}>;


export type AddCountItemMutation = { __typename?: 'Mutation', addCountItem: { __typename?: 'CountItemPayload', item: { __typename?: 'CountItem', id: string, version: number, checkStatus: CheckStatus }, progress: { __typename?: 'TargetProgress', value?: number | null, target: { __typename?: 'Target', version: number } } } };

export type UpdateCountItemMutationVariables = Exact<{
  input: UpdateCountItemInput;
}>;


export type UpdateCountItemMutation = { __typename?: 'Mutation', updateCountItem: { __typename?: 'CountItemPayload', item: { __typename?: 'CountItem', id: string, version: number, checkStatus: CheckStatus } } };

export type WithdrawCountItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type WithdrawCountItemMutation = { __typename?: 'Mutation', withdrawCountItem: { __typename?: 'CountItemPayload', item: { __typename?: 'CountItem', id: string, status: string } } };

export type LockMonthMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  month: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type LockMonthMutation = { __typename?: 'Mutation', lockMonth: { __typename?: 'PlanLocks', planId: string } };

export type ReopenMonthMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  month: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  untilDay?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ReopenMonthMutation = { __typename?: 'Mutation', reopenMonth: { __typename?: 'PlanLocks', planId: string } };

export type ConfigureReportingMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  reportDueDays: Scalars['Int']['input'];
  lockAfterDays: Scalars['Int']['input'];
}>;


export type ConfigureReportingMutation = { __typename?: 'Mutation', configureReporting: { __typename?: 'PlanLocks', reportDueDays: number, lockAfterDays: number } };

export type PlanAdminAddTargetMutationVariables = Exact<{
  input: AddTargetInput;
}>;


export type PlanAdminAddTargetMutation = { __typename?: 'Mutation', addTarget: { __typename?: 'PlanEditor', plan: { __typename?: 'PlanInfo', id: string } } };

export type PlanAdminUpdateAreaMutationVariables = Exact<{
  input: UpdateAreaInput;
}>;


export type PlanAdminUpdateAreaMutation = { __typename?: 'Mutation', updateArea: { __typename?: 'PlanEditor', plan: { __typename?: 'PlanInfo', id: string } } };

export type PlanAdminCopyPlanMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlanAdminCopyPlanMutation = { __typename?: 'Mutation', copyPlan: { __typename?: 'PlanInfo', id: string, year: number, title: string } };

export type PlanAdminImportPlanMutationVariables = Exact<{
  input: ImportPlanInput;
}>;


export type PlanAdminImportPlanMutation = { __typename?: 'Mutation', importPlan: { __typename?: 'ImportPlanResult', dryRun: boolean, ok: boolean, fileName: string, year: number, title: string, rowCount: number, areaCount: number, targetCount: number, totalPoints: number, problems: Array<{ __typename?: 'ImportProblem', row?: number | null, column?: string | null, message: string }>, preview: Array<{ __typename?: 'ImportPreviewRow', row: number, areaCode: string, areaName: string, code: string, title: string, kind: TargetKind, targetValue?: number | null, measureUnit?: string | null, window: string, owners: string, points: number }>, plan?: { __typename?: 'PlanInfo', id: string, title: string } | null } };

export type PlanAdminUpdateTargetMutationVariables = Exact<{
  input: UpdateTargetInput;
}>;


export type PlanAdminUpdateTargetMutation = { __typename?: 'Mutation', updateTarget: { __typename?: 'PlanEditor', plan: { __typename?: 'PlanInfo', id: string } } };

export type PlanAdminMoveTargetMutationVariables = Exact<{
  targetId: Scalars['ID']['input'];
  direction: MoveDirection;
  expectedVersion: Scalars['Int']['input'];
}>;


export type PlanAdminMoveTargetMutation = { __typename?: 'Mutation', moveTarget: { __typename?: 'PlanEditor', plan: { __typename?: 'PlanInfo', id: string } } };

export type PlanAdminRemoveTargetMutationVariables = Exact<{
  targetId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type PlanAdminRemoveTargetMutation = { __typename?: 'Mutation', removeTarget: { __typename?: 'PlanEditor', plan: { __typename?: 'PlanInfo', id: string } } };

export type EditableTargetFieldsFragment = { __typename?: 'EditableTarget', id: string, areaId: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, baselineSource?: string | null, startMonth?: number | null, endMonth?: number | null, windowText?: string | null, remarks?: string | null, pointsOverride?: number | null, points: number, version: number, progressCount: number, lineageKey?: string | null, rollupKey?: string | null, owners: Array<{ __typename?: 'Section', id: string, name: string }> };

export type AmendProgressMutationVariables = Exact<{
  input: AmendProgressInput;
}>;


export type AmendProgressMutation = { __typename?: 'Mutation', amendProgress: { __typename?: 'RecordProgressPayload', entry: { __typename?: 'ProgressEntry', id: string } } };

export type ConfirmNoChangeMutationVariables = Exact<{
  input: ConfirmNoChangeInput;
}>;


export type ConfirmNoChangeMutation = { __typename?: 'Mutation', confirmNoChange: { __typename?: 'RecordProgressPayload', entry: { __typename?: 'ProgressEntry', id: string, action: string }, progress: { __typename?: 'TargetProgress', target: { __typename?: 'Target', version: number } } } };

export type RecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type RecordProgressMutation = { __typename?: 'Mutation', recordProgress: { __typename?: 'RecordProgressPayload', entry: { __typename?: 'ProgressEntry', id: string, value: number, checkStatus: CheckStatus }, progress: { __typename?: 'TargetProgress', status: TargetStatus, ratio?: number | null, target: { __typename?: 'Target', version: number } } } };

export type QuickRecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type QuickRecordProgressMutation = { __typename?: 'Mutation', recordProgress: { __typename?: 'RecordProgressPayload', progress: { __typename?: 'TargetProgress', status: TargetStatus } } };

export type SetExternalAssessmentMutationVariables = Exact<{
  input: SetExternalAssessmentInput;
}>;


export type SetExternalAssessmentMutation = { __typename?: 'Mutation', setExternalAssessment: { __typename?: 'ExternalAssessment', result: ExternalResult, version: number } };

export type SetGradeBandsMutationVariables = Exact<{
  input: SetGradeBandsInput;
}>;


export type SetGradeBandsMutation = { __typename?: 'Mutation', setGradeBands: { __typename?: 'ScoreSheet', grade: { __typename?: 'SheetGrade', grade: Grade } } };

export type SetProvinceScoreMutationVariables = Exact<{
  input: SetProvinceScoreInput;
}>;


export type SetProvinceScoreMutation = { __typename?: 'Mutation', setProvinceScore: { __typename?: 'ScoreRow', provinceScore?: number | null, provinceVersion: number } };

export type SheetGradeFieldsFragment = { __typename?: 'SheetGrade', grade: Grade, byScore: Grade, share?: number | null, capped: boolean, eligibleForHonours: boolean, basis: GradeBasis, total: number, maximum: number, unitTotal: number, provinceTotal?: number | null, bands: { __typename?: 'GradeBands', excellentAt: number, goodAt: number, passAt: number }, external?: { __typename?: 'ExternalAssessmentRef', result: ExternalResult, documentRef: string, version: number } | null };

export type ProvinceScoreRowFieldsFragment = { __typename?: 'ScoreRow', points: number, basis: ScoreBasis, finalScore: number, provinceScore?: number | null, provinceReason?: string | null, provinceVersion: number, viewerCanProvinceScore: boolean, provinceBy?: { __typename?: 'User', displayName: string } | null, progress: { __typename?: 'TargetProgress', target: { __typename?: 'Target', id: string, code: string, title: string } } };

export type CityRowFieldsFragment = { __typename?: 'ProvinceCityRow', rank: number, total: number, completion: number, onTimeRate?: number | null, openRectifications: number, viewerCanAssess: boolean, unit: { __typename?: 'ProvinceCityUnit', id: string, name: string, isDemo: boolean }, plan: { __typename?: 'ProvinceCityPlan', id: string, title: string }, statusCounts: { __typename?: 'StatusCounts', DONE: number, ON_TRACK: number, BEHIND: number, OVERDUE: number, NOT_STARTED: number, INACTIVE: number }, areas: Array<{ __typename?: 'CityAreaScore', code: string, name: string, maxPoints: number, unitScore: number, provinceScore?: number | null }>, grade: { __typename?: 'SheetGrade', grade: Grade, byScore: Grade, share?: number | null, capped: boolean, eligibleForHonours: boolean, basis: GradeBasis, total: number, maximum: number, unitTotal: number, provinceTotal?: number | null, bands: { __typename?: 'GradeBands', excellentAt: number, goodAt: number, passAt: number }, external?: { __typename?: 'ExternalAssessmentRef', result: ExternalResult, documentRef: string, version: number } | null } };

export type AnswerRectificationMutationVariables = Exact<{
  input: AnswerRectificationInput;
}>;


export type AnswerRectificationMutation = { __typename?: 'Mutation', answerRectification: { __typename?: 'Rectification', id: string, status: RectificationStatus } };

export type OpenReviewMutationVariables = Exact<{
  input: OpenReviewInput;
}>;


export type OpenReviewMutation = { __typename?: 'Mutation', openReview: { __typename?: 'Review', id: string } };

export type IssueRectificationMutationVariables = Exact<{
  input: IssueRectificationInput;
}>;


export type IssueRectificationMutation = { __typename?: 'Mutation', issueRectification: { __typename?: 'Rectification', id: string } };

export type CloseRectificationMutationVariables = Exact<{
  rectificationId: Scalars['ID']['input'];
  closingNote: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type CloseRectificationMutation = { __typename?: 'Mutation', closeRectification: { __typename?: 'Rectification', id: string, status: RectificationStatus } };

export type ReturnRectificationMutationVariables = Exact<{
  rectificationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type ReturnRectificationMutation = { __typename?: 'Mutation', returnRectification: { __typename?: 'Rectification', id: string, status: RectificationStatus } };

export type RefreshReviewSnapshotMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type RefreshReviewSnapshotMutation = { __typename?: 'Mutation', refreshReviewSnapshot: { __typename?: 'Review', id: string, snapshotAt: string } };

export type CloseReviewMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type CloseReviewMutation = { __typename?: 'Mutation', closeReview: { __typename?: 'Review', id: string, status: ReviewStatus } };

export type ReopenReviewMutationVariables = Exact<{
  reviewId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type ReopenReviewMutation = { __typename?: 'Mutation', reopenReview: { __typename?: 'Review', id: string, status: ReviewStatus } };

export type AddReviewCommentMutationVariables = Exact<{
  input: AddReviewCommentInput;
}>;


export type AddReviewCommentMutation = { __typename?: 'Mutation', addReviewComment: { __typename?: 'ReviewComment', id: string } };

export type ReviewHeaderFieldsFragment = { __typename?: 'ReviewDetail', viewerCanManage: boolean, plan: { __typename?: 'PlanInfo', id: string, title: string, unitName: string }, review: { __typename?: 'Review', id: string, version: number, kind: ReviewKind, year: number, periodIndex: number, periodStart: string, periodEnd: string, status: ReviewStatus, createdAt: string, snapshotAt: string, closedAt?: string | null, bulletinIssuedAt?: string | null, createdBy: { __typename?: 'User', displayName: string }, closedBy?: { __typename?: 'User', displayName: string } | null } };

export type ReviewDispatchFieldsFragment = { __typename?: 'Dispatch', asOf: string, sections: Array<{ __typename?: 'SectionDispatch', section?: { __typename?: 'Section', id: string, name: string } | null, targets: Array<{ __typename?: 'DispatchTarget', status: TargetStatus, value?: number | null, dueThisMonth: boolean, target: { __typename?: 'Target', id: string, code: string, title: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean } } }>, rectifications: Array<{ __typename?: 'Rectification', id: string, targetId: string, state: RectificationState, code: string, title: string, deadline: string, notice: string }> }> };

export type ReviewListRowFieldsFragment = { __typename?: 'ReviewSnapshotRow', code: string, title: string, value?: number | null, ratio?: number | null, status: TargetStatus, owners: Array<{ __typename?: 'SnapshotOwner', id?: string | null, name: string }>, target: { __typename?: 'Target', id: string, kind: TargetKind, measureUnit?: string | null, baselineValue?: number | null, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean } } };

export type ReviewCommentFieldsFragment = { __typename?: 'ReviewComment', id: string, targetId?: string | null, sectionId?: string | null, body: string, createdAt: string, author: { __typename?: 'User', displayName: string } };

export type ReviewSectionFieldsFragment = { __typename?: 'ReviewSectionSummary', section?: { __typename?: 'Section', id: string, name: string } | null, summary: { __typename?: 'Summary', count: number, completion: number, byStatus: Array<{ __typename?: 'StatusCount', status: TargetStatus, count: number }> } };

export type ReviewTargetRowFieldsFragment = { __typename?: 'ReviewSnapshotRow', code: string, title: string, value?: number | null, ratio?: number | null, status: TargetStatus, expectedRatio: number, forecastValue?: number | null, points: number, computedScore?: number | null, dueInPeriod: boolean, needsAttention: boolean, owners: Array<{ __typename?: 'SnapshotOwner', id?: string | null, name: string }>, target: { __typename?: 'Target', id: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean } } };

export type ReviewComparisonFieldsFragment = { __typename?: 'ReviewComparison', moved: number, unchanged: number, added: number, previous?: { __typename?: 'Review', id: string, kind: ReviewKind, year: number, periodIndex: number } | null, changes: Array<{ __typename?: 'ReviewChange', targetId: string, code: string, title: string, change: ReviewChangeKind, before?: { __typename?: 'ReviewStanding', status: TargetStatus, value?: number | null, ratio?: number | null } | null, after: { __typename?: 'ReviewStanding', status: TargetStatus, value?: number | null, ratio?: number | null } }> };

export type RectificationTargetFieldsFragment = { __typename?: 'ReviewSnapshotRow', code: string, title: string, status: TargetStatus, needsAttention: boolean, target: { __typename?: 'Target', id: string } };

export type RectificationFieldsFragment = { __typename?: 'Rectification', id: string, version: number, code: string, title: string, notice: string, deadline: string, status: RectificationStatus, state: RectificationState, late: boolean, createdAt: string, answer?: string | null, answeredAt?: string | null, returnReason?: string | null, returnedAt?: string | null, closedAt?: string | null, closingNote?: string | null, answeredBy?: { __typename?: 'User', displayName: string } | null, evidence: Array<{ __typename?: 'Evidence', id: string, kind: string, title: string, url?: string | null }>, issuedBy: { __typename?: 'User', displayName: string }, closedBy?: { __typename?: 'User', displayName: string } | null };

export type AdjustScoreMutationVariables = Exact<{
  input: AdjustScoreInput;
}>;


export type AdjustScoreMutation = { __typename?: 'Mutation', adjustScore: { __typename?: 'ScoreRow', version: number, finalScore: number } };

export type SetDeclaredScoreMutationVariables = Exact<{
  input: SetDeclaredScoreInput;
}>;


export type SetDeclaredScoreMutation = { __typename?: 'Mutation', setDeclaredScore: { __typename?: 'ScoreRow', version: number, finalScore: number } };

export type ConfigureScoringMutationVariables = Exact<{
  input: ConfigureScoringInput;
}>;


export type ConfigureScoringMutation = { __typename?: 'Mutation', configureScoring: { __typename?: 'ScoreSheet', scoreFloor: number } };

export type SetSelfScoreMutationVariables = Exact<{
  input: SetSelfScoreInput;
}>;


export type SetSelfScoreMutation = { __typename?: 'Mutation', setSelfScore: { __typename?: 'ScoreRow', selfScore?: number | null, selfVersion: number, gap?: number | null } };

export type ScoreRowFieldsFragment = { __typename?: 'ScoreRow', rule: ScoringRule, configuredRule?: ScoringRule | null, floor: number, configuredFloor?: number | null, points: number, pointsOverride?: number | null, computedScore: number, basis: ScoreBasis, pending: boolean, declaredScore?: number | null, adjustedScore?: number | null, finalScore: number, reason?: string | null, version: number, selfScore?: number | null, selfJustification?: string | null, selfAt?: string | null, selfVersion: number, gap?: number | null, viewerCanSelfAssess: boolean, updatedBy?: { __typename?: 'User', displayName: string } | null, selfBy?: { __typename?: 'User', displayName: string } | null, progress: { __typename?: 'TargetProgress', value?: number | null, ratio?: number | null, growthPercent?: number | null, target: { __typename?: 'Target', id: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, windowText?: string | null, applicability: Applicability, applicabilityReason?: string | null, nominalPoints: number, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean }, owners: Array<{ __typename?: 'Section', id: string, name: string }> } } };

export type ScoreTotalFieldsFragment = { __typename?: 'ScoreTotal', points: number, computedScore: number, finalScore: number, pending: number, selfScore?: number | null, gap?: number | null };

export type SectionGapFieldsFragment = { __typename?: 'SectionScoreGap', compared: number, selfTotal: number, awardedTotal: number, gap: number, section?: { __typename?: 'Section', id: string, name: string } | null };

export type SetTargetApplicabilityMutationVariables = Exact<{
  input: SetApplicabilityInput;
}>;


export type SetTargetApplicabilityMutation = { __typename?: 'Mutation', setTargetApplicability: { __typename?: 'TargetProgress', status: TargetStatus, target: { __typename?: 'Target', id: string, applicability: Applicability, version: number } } };

export type AssignTargetOwnersMutationVariables = Exact<{
  targetId: Scalars['ID']['input'];
  sectionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
}>;


export type AssignTargetOwnersMutation = { __typename?: 'Mutation', assignTargetOwners: { __typename?: 'Target', id: string, assignedOwnerIds: Array<string> } };

export type SetTargetThresholdsMutationVariables = Exact<{
  input: SetThresholdsInput;
}>;


export type SetTargetThresholdsMutation = { __typename?: 'Mutation', setTargetThresholds: { __typename?: 'TargetProgress', band: Band, target: { __typename?: 'Target', id: string, greenAt?: number | null, amberAt?: number | null, direction: Direction, version: number } } };

export type TodoRowFieldsFragment = { __typename?: 'TodoRow', key: string, kind: TodoKind, planId: string, targetId?: string | null, code?: string | null, title: string, sectionId?: string | null, reviewId?: string | null, dueDay?: string | null, overdue: boolean, detail?: string | null, itemName?: string | null, count?: number | null, month?: number | null, date?: string | null, status?: TargetStatus | null, previousStatus?: TargetStatus | null, rectificationState?: RectificationState | null };

export type AddEvidenceLinkMutationVariables = Exact<{
  entryId: Scalars['ID']['input'];
  url: Scalars['String']['input'];
}>;


export type AddEvidenceLinkMutation = { __typename?: 'Mutation', addEvidenceLink: { __typename?: 'Evidence', id: string } };

export type AddItemEvidenceLinkMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  url: Scalars['String']['input'];
}>;


export type AddItemEvidenceLinkMutation = { __typename?: 'Mutation', addItemEvidenceLink: { __typename?: 'Evidence', id: string } };

export const AuditRefFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]} as unknown as DocumentNode<AuditRefFieldsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"beforeRef"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterRef"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRefFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]} as unknown as DocumentNode<AuditEntryFieldsFragment, unknown>;
export const SummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Summary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]} as unknown as DocumentNode<SummaryFieldsFragment, unknown>;
export const TargetRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusRule"}},{"kind":"Field","name":{"kind":"Name","value":"behindMargin"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedFor"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"growthPercent"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicability"}},{"kind":"Field","name":{"kind":"Name","value":"greenAt"}},{"kind":"Field","name":{"kind":"Name","value":"amberAt"}},{"kind":"Field","name":{"kind":"Name","value":"windowText"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOwnerIds"}}]}}]}}]} as unknown as DocumentNode<TargetRowFieldsFragment, unknown>;
export const BulletinTallyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinTallyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulletinTally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"behind"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}}]}}]} as unknown as DocumentNode<BulletinTallyFieldsFragment, unknown>;
export const BulletinGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulletinGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"behind"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}}]}}]} as unknown as DocumentNode<BulletinGroupFieldsFragment, unknown>;
export const BulletinTargetLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinTargetLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulletinTargetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"owners"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}}]}}]} as unknown as DocumentNode<BulletinTargetLineFieldsFragment, unknown>;
export const BulletinDisciplineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinDisciplineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulletinDisciplineLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owed"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]} as unknown as DocumentNode<BulletinDisciplineFieldsFragment, unknown>;
export const BulletinFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bulletin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"unitFullName"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"planTitle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"periodIndex"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinTallyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinTargetLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinTargetLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disciplineMonths"}},{"kind":"Field","name":{"kind":"Name","value":"disciplineAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinDisciplineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disciplineBySection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinDisciplineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinTallyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulletinTally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"behind"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulletinGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"behind"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinTargetLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulletinTargetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"owners"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinDisciplineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulletinDisciplineLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owed"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]} as unknown as DocumentNode<BulletinFieldsFragment, unknown>;
export const DisciplineRateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisciplineRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplineRates"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owed"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]} as unknown as DocumentNode<DisciplineRateFieldsFragment, unknown>;
export const DutyLinkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DutyLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetDutyLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"planYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<DutyLinkFieldsFragment, unknown>;
export const DutyListCountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DutyListCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyListCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"workItems"}},{"kind":"Field","name":{"kind":"Name","value":"boundaries"}},{"kind":"Field","name":{"kind":"Name","value":"procedures"}},{"kind":"Field","name":{"kind":"Name","value":"publicServices"}}]}}]} as unknown as DocumentNode<DutyListCountFieldsFragment, unknown>;
export const FigureCheckFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"enteredValue"}},{"kind":"Field","name":{"kind":"Name","value":"enteredUnit"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"standingValue"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"sectionName"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkStatus"}},{"kind":"Field","name":{"kind":"Name","value":"checkNote"}},{"kind":"Field","name":{"kind":"Name","value":"checkedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCheck"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"owners"}}]}}]}}]} as unknown as DocumentNode<FigureCheckFieldsFragment, unknown>;
export const EditableTargetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EditableTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineSource"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"windowText"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progressCount"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"rollupKey"}}]}}]} as unknown as DocumentNode<EditableTargetFieldsFragment, unknown>;
export const ProvinceScoreRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvinceScoreRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}},{"kind":"Field","name":{"kind":"Name","value":"provinceScore"}},{"kind":"Field","name":{"kind":"Name","value":"provinceReason"}},{"kind":"Field","name":{"kind":"Name","value":"provinceVersion"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanProvinceScore"}},{"kind":"Field","name":{"kind":"Name","value":"provinceBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceScoreRowFieldsFragment, unknown>;
export const SheetGradeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetGradeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetGrade"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"byScore"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleForHonours"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"unitTotal"}},{"kind":"Field","name":{"kind":"Name","value":"provinceTotal"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellentAt"}},{"kind":"Field","name":{"kind":"Name","value":"goodAt"}},{"kind":"Field","name":{"kind":"Name","value":"passAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"external"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"documentRef"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SheetGradeFieldsFragment, unknown>;
export const CityRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvinceCityRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"openRectifications"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAssess"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"DONE"}},{"kind":"Field","name":{"kind":"Name","value":"ON_TRACK"}},{"kind":"Field","name":{"kind":"Name","value":"BEHIND"}},{"kind":"Field","name":{"kind":"Name","value":"OVERDUE"}},{"kind":"Field","name":{"kind":"Name","value":"NOT_STARTED"}},{"kind":"Field","name":{"kind":"Name","value":"INACTIVE"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"unitScore"}},{"kind":"Field","name":{"kind":"Name","value":"provinceScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetGradeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetGradeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetGrade"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"byScore"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleForHonours"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"unitTotal"}},{"kind":"Field","name":{"kind":"Name","value":"provinceTotal"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellentAt"}},{"kind":"Field","name":{"kind":"Name","value":"goodAt"}},{"kind":"Field","name":{"kind":"Name","value":"passAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"external"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"documentRef"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CityRowFieldsFragment, unknown>;
export const ReviewHeaderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"periodIndex"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bulletinIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewHeaderFieldsFragment, unknown>;
export const ReviewDispatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDispatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"dueThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewDispatchFieldsFragment, unknown>;
export const ReviewListRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewListRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSnapshotRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewListRowFieldsFragment, unknown>;
export const ReviewCommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ReviewCommentFieldsFragment, unknown>;
export const ReviewSectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSectionSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewSectionFieldsFragment, unknown>;
export const ReviewTargetRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewTargetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSnapshotRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"forecastValue"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"computedScore"}},{"kind":"Field","name":{"kind":"Name","value":"dueInPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttention"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewTargetRowFieldsFragment, unknown>;
export const ReviewComparisonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewComparisonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"periodIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moved"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewComparisonFieldsFragment, unknown>;
export const RectificationTargetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSnapshotRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttention"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RectificationTargetFieldsFragment, unknown>;
export const RectificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rectification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RectificationFieldsFragment, unknown>;
export const ScoreRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"configuredRule"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"configuredFloor"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"computedScore"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"declaredScore"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedScore"}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfScore"}},{"kind":"Field","name":{"kind":"Name","value":"selfJustification"}},{"kind":"Field","name":{"kind":"Name","value":"selfBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfVersion"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSelfAssess"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"growthPercent"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windowText"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicability"}},{"kind":"Field","name":{"kind":"Name","value":"applicabilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"nominalPoints"}}]}}]}}]}}]} as unknown as DocumentNode<ScoreRowFieldsFragment, unknown>;
export const ScoreTotalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"computedScore"}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"selfScore"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]} as unknown as DocumentNode<ScoreTotalFieldsFragment, unknown>;
export const SectionGapFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionScoreGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compared"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"awardedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]} as unknown as DocumentNode<SectionGapFieldsFragment, unknown>;
export const TodoRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TodoRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TodoRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDay"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationState"}}]}}]} as unknown as DocumentNode<TodoRowFieldsFragment, unknown>;
export const PasswordPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<PasswordPageQuery, PasswordPageQueryVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lockedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AuditFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditFilterOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"planYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuditFilterOptionsQuery, AuditFilterOptionsQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"beforeRef"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterRef"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRefFields"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const HeaderTodoCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeaderTodoCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTodoCount"}}]}}]} as unknown as DocumentNode<HeaderTodoCountQuery, HeaderTodoCountQueryVariables>;
export const HomePlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<HomePlansQuery, HomePlansQueryVariables>;
export const FigureChecksPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FigureChecksPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figureChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAssess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanConfigure"}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureCheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureCheckFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FigureCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"enteredValue"}},{"kind":"Field","name":{"kind":"Name","value":"enteredUnit"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"standingValue"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"sectionName"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkStatus"}},{"kind":"Field","name":{"kind":"Name","value":"checkNote"}},{"kind":"Field","name":{"kind":"Name","value":"checkedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanCheck"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"owners"}}]}}]}}]} as unknown as DocumentNode<FigureChecksPageQuery, FigureChecksPageQueryVariables>;
export const ReportingDisciplinePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingDisciplinePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingDiscipline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"lockAfterDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisciplineRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dueDay"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisciplineRateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisciplineRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisciplineRateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enteredOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDay"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisciplineRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplineRates"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owed"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]} as unknown as DocumentNode<ReportingDisciplinePageQuery, ReportingDisciplinePageQueryVariables>;
export const PlanDocumentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDocumentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"}},{"kind":"Field","name":{"kind":"Name","value":"dateLine"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"targetIds"}}]}}]}}]}}]} as unknown as DocumentNode<PlanDocumentPageQuery, PlanDocumentPageQueryVariables>;
export const PlanEditorPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanEditorPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planEditor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"copiedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointsSum"}},{"kind":"Field","name":{"kind":"Name","value":"pointsValid"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditableTargetFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditableTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EditableTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineSource"}},{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"windowText"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"progressCount"}},{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"rollupKey"}}]}}]} as unknown as DocumentNode<PlanEditorPageQuery, PlanEditorPageQueryVariables>;
export const PlanLocksPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanLocksPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planLocks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"lockAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"autoLockOn"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}}]}}]}}]} as unknown as DocumentNode<PlanLocksPageQuery, PlanLocksPageQueryVariables>;
export const PlanDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asReported"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"asReported"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asReported"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"asReported"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"behindMargin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Summary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusRule"}},{"kind":"Field","name":{"kind":"Name","value":"behindMargin"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedFor"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"growthPercent"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicability"}},{"kind":"Field","name":{"kind":"Name","value":"greenAt"}},{"kind":"Field","name":{"kind":"Name","value":"amberAt"}},{"kind":"Field","name":{"kind":"Name","value":"windowText"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOwnerIds"}}]}}]}}]} as unknown as DocumentNode<PlanDashboardQuery, PlanDashboardQueryVariables>;
export const DashboardDisciplineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDiscipline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingDiscipline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisciplineRateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dueDay"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisciplineRateFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisciplineRateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisciplineRates"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owed"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]} as unknown as DocumentNode<DashboardDisciplineQuery, DashboardDisciplineQueryVariables>;
export const PlanReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentGroup"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAssess"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"openRectificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"periodIndex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PlanReviewsQuery, PlanReviewsQueryVariables>;
export const PlanRollupsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanRollupsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planRollups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"behindMargin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollupKey"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"countiesTargetValue"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCount"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"missingCounties"}}]}},{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedFor"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedFor"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"readable"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]} as unknown as DocumentNode<PlanRollupsPageQuery, PlanRollupsPageQueryVariables>;
export const ScoreSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoreSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"scoreFloor"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanScore"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessmentOpen"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetGradeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectionGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionGapFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"work"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"pointsSum"}},{"kind":"Field","name":{"kind":"Name","value":"weightsValid"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreTotalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreRowFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvinceScoreRowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetGradeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetGrade"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"byScore"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleForHonours"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"unitTotal"}},{"kind":"Field","name":{"kind":"Name","value":"provinceTotal"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellentAt"}},{"kind":"Field","name":{"kind":"Name","value":"goodAt"}},{"kind":"Field","name":{"kind":"Name","value":"passAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"external"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"documentRef"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionGapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionScoreGap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compared"}},{"kind":"Field","name":{"kind":"Name","value":"selfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"awardedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreTotalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreTotal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"computedScore"}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"selfScore"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"configuredRule"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"configuredFloor"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pointsOverride"}},{"kind":"Field","name":{"kind":"Name","value":"computedScore"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"declaredScore"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedScore"}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfScore"}},{"kind":"Field","name":{"kind":"Name","value":"selfJustification"}},{"kind":"Field","name":{"kind":"Name","value":"selfBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfVersion"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSelfAssess"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"growthPercent"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windowText"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicability"}},{"kind":"Field","name":{"kind":"Name","value":"applicabilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"nominalPoints"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvinceScoreRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}},{"kind":"Field","name":{"kind":"Name","value":"provinceScore"}},{"kind":"Field","name":{"kind":"Name","value":"provinceReason"}},{"kind":"Field","name":{"kind":"Name","value":"provinceVersion"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanProvinceScore"}},{"kind":"Field","name":{"kind":"Name","value":"provinceBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ScoreSheetQuery, ScoreSheetQueryVariables>;
export const PlanHistoryPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanHistoryPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineageKey"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanHistoryPageQuery, PlanHistoryPageQueryVariables>;
export const ImportPagePlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportPagePlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<ImportPagePlansQuery, ImportPagePlansQueryVariables>;
export const ProvinceOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CityRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latestValue"}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SheetGradeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SheetGrade"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"byScore"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleForHonours"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maximum"}},{"kind":"Field","name":{"kind":"Name","value":"unitTotal"}},{"kind":"Field","name":{"kind":"Name","value":"provinceTotal"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellentAt"}},{"kind":"Field","name":{"kind":"Name","value":"goodAt"}},{"kind":"Field","name":{"kind":"Name","value":"passAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"external"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"documentRef"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CityRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvinceCityRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"openRectifications"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAssess"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"DONE"}},{"kind":"Field","name":{"kind":"Name","value":"ON_TRACK"}},{"kind":"Field","name":{"kind":"Name","value":"BEHIND"}},{"kind":"Field","name":{"kind":"Name","value":"OVERDUE"}},{"kind":"Field","name":{"kind":"Name","value":"NOT_STARTED"}},{"kind":"Field","name":{"kind":"Name","value":"INACTIVE"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"unitScore"}},{"kind":"Field","name":{"kind":"Name","value":"provinceScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SheetGradeFields"}}]}}]}}]} as unknown as DocumentNode<ProvinceOverviewQuery, ProvinceOverviewQueryVariables>;
export const BulletinPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulletinPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinTallyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulletinTally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"behind"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulletinGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"behind"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}},{"kind":"Field","name":{"kind":"Name","value":"inactive"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinTargetLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulletinTargetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"owners"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinDisciplineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulletinDisciplineLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owed"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Bulletin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"unitFullName"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"planTitle"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"periodIndex"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedByName"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinTallyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"behind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinTargetLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinTargetLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disciplineMonths"}},{"kind":"Field","name":{"kind":"Name","value":"disciplineAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"discipline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinDisciplineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disciplineBySection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinDisciplineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<BulletinPageQuery, BulletinPageQueryVariables>;
export const ReviewDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewHeaderFields"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"behindMargin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"periodIndex"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dispatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDispatchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueInPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewListRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lagging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewListRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewSectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewTargetRowFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationTargetFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewCommentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewComparisonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newRectificationDeadline"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewHeaderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDetail"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"periodIndex"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bulletinIssuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Summary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDispatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"dueThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewListRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSnapshotRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSectionSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewTargetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSnapshotRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"forecastValue"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"computedScore"}},{"kind":"Field","name":{"kind":"Name","value":"dueInPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttention"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSnapshotRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttention"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewCommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewComment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewComparisonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"periodIndex"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moved"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rectification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ReviewDetailQuery, ReviewDetailQueryVariables>;
export const ReviewPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}}]}}]} as unknown as DocumentNode<ReviewPlansQuery, ReviewPlansQueryVariables>;
export const SearchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"more"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"more"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"planTitle"}},{"kind":"Field","name":{"kind":"Name","value":"targetCode"}},{"kind":"Field","name":{"kind":"Name","value":"targetTitle"}},{"kind":"Field","name":{"kind":"Name","value":"dutySeq"}},{"kind":"Field","name":{"kind":"Name","value":"workItemSeq"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchPageQuery, SearchPageQueryVariables>;
export const SectionPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}}]}}]} as unknown as DocumentNode<SectionPlansQuery, SectionPlansQueryVariables>;
export const SectionOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"behindMargin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueThisMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openThisMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"checkStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Summary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusRule"}},{"kind":"Field","name":{"kind":"Name","value":"behindMargin"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedFor"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"growthPercent"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicability"}},{"kind":"Field","name":{"kind":"Name","value":"greenAt"}},{"kind":"Field","name":{"kind":"Name","value":"amberAt"}},{"kind":"Field","name":{"kind":"Name","value":"windowText"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOwnerIds"}}]}}]}}]} as unknown as DocumentNode<SectionOverviewQuery, SectionOverviewQueryVariables>;
export const SectionLocksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionLocks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planLocks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedUntil"}}]}}]}}]}}]} as unknown as DocumentNode<SectionLocksQuery, SectionLocksQueryVariables>;
export const SectionDispatchPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionDispatchPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectionDispatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"dueThisMonth"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SectionDispatchPanelQuery, SectionDispatchPanelQueryVariables>;
export const SectionDutiesPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionDutiesPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionDuties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"duty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DutyLinkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DutyLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetDutyLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"planYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<SectionDutiesPanelQuery, SectionDutiesPanelQueryVariables>;
export const TargetAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditRefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRef"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"beforeRef"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRefFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"afterRef"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRefFields"}}]}}]}}]}}]} as unknown as DocumentNode<TargetAuditQuery, TargetAuditQueryVariables>;
export const TargetUnitSectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetUnitSections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TargetUnitSectionsQuery, TargetUnitSectionsQueryVariables>;
export const TargetDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetDetail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"behindMargin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baselineSource"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"applicabilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"inactivePointsRule"}},{"kind":"Field","name":{"kind":"Name","value":"nominalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"greenAt"}},{"kind":"Field","name":{"kind":"Name","value":"amberAt"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paceLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedFor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"checkStatus"}},{"kind":"Field","name":{"kind":"Name","value":"checkNote"}},{"kind":"Field","name":{"kind":"Name","value":"enteredValue"}},{"kind":"Field","name":{"kind":"Name","value":"enteredUnit"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSetApplicability"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSetThresholds"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"docNumber"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"checkStatus"}},{"kind":"Field","name":{"kind":"Name","value":"checkNote"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"locks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RectificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSignOffRectifications"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanAssignOwners"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusRule"}},{"kind":"Field","name":{"kind":"Name","value":"behindMargin"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedFor"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"growthPercent"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicability"}},{"kind":"Field","name":{"kind":"Name","value":"greenAt"}},{"kind":"Field","name":{"kind":"Name","value":"amberAt"}},{"kind":"Field","name":{"kind":"Name","value":"windowText"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOwnerIds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RectificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rectification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<TargetDetailQuery, TargetDetailQueryVariables>;
export const MyTodoPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTodoPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTodo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dueDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TodoRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TodoRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TodoRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDay"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"itemName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationState"}}]}}]} as unknown as DocumentNode<MyTodoPageQuery, MyTodoPageQueryVariables>;
export const DutyListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"search"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanLink"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DutyListCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DutyListCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DutyLinkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DutyLinkFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"duty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DutyLinkFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boundaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"matter"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"caseText"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"division"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"procedures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkableTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"planYear"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DutyListCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DutyListCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"workItems"}},{"kind":"Field","name":{"kind":"Name","value":"boundaries"}},{"kind":"Field","name":{"kind":"Name","value":"procedures"}},{"kind":"Field","name":{"kind":"Name","value":"publicServices"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DutyLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetDutyLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"planYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<DutyListPageQuery, DutyListPageQueryVariables>;
export const ChangeOwnPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeOwnPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOwnPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const UnlockUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lockedMinutes"}}]}}]}}]} as unknown as DocumentNode<UnlockUserMutation, UnlockUserMutationVariables>;
export const UpdateBulletinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBulletin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBulletinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"addressee"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}}]}}]}}]} as unknown as DocumentNode<UpdateBulletinMutation, UpdateBulletinMutationVariables>;
export const IssueBulletinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueBulletin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueBulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}}]}}]}}]} as unknown as DocumentNode<IssueBulletinMutation, IssueBulletinMutationVariables>;
export const WithdrawBulletinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawBulletin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawBulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewId"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}}]}}]}}]} as unknown as DocumentNode<WithdrawBulletinMutation, WithdrawBulletinMutationVariables>;
export const LinkTargetDutyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkTargetDuty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkTargetDutyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkTargetDuty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LinkTargetDutyMutation, LinkTargetDutyMutationVariables>;
export const UnlinkTargetDutyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkTargetDuty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkTargetDuty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"linkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnlinkTargetDutyMutation, UnlinkTargetDutyMutationVariables>;
export const AcceptFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckFigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkStatus"}}]}}]}}]} as unknown as DocumentNode<AcceptFigureMutation, AcceptFigureMutationVariables>;
export const ReturnFigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnFigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnFigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnFigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkStatus"}},{"kind":"Field","name":{"kind":"Name","value":"checkNote"}}]}}]}}]} as unknown as DocumentNode<ReturnFigureMutation, ReturnFigureMutationVariables>;
export const SetFigureChecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFigureChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFigureChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<SetFigureChecksMutation, SetFigureChecksMutationVariables>;
export const AddCountItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCountItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCountItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCountItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"checkStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCountItemMutation, AddCountItemMutationVariables>;
export const UpdateCountItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCountItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCountItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCountItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"checkStatus"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCountItemMutation, UpdateCountItemMutationVariables>;
export const WithdrawCountItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawCountItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawCountItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawCountItemMutation, WithdrawCountItemMutationVariables>;
export const LockMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LockMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}}]}}]}}]} as unknown as DocumentNode<LockMonthMutation, LockMonthMutationVariables>;
export const ReopenMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"untilDay"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"untilDay"},"value":{"kind":"Variable","name":{"kind":"Name","value":"untilDay"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}}]}}]}}]} as unknown as DocumentNode<ReopenMonthMutation, ReopenMonthMutationVariables>;
export const ConfigureReportingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureReporting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportDueDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lockAfterDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureReporting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reportDueDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportDueDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"lockAfterDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lockAfterDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"lockAfterDays"}}]}}]}}]} as unknown as DocumentNode<ConfigureReportingMutation, ConfigureReportingMutationVariables>;
export const PlanAdminAddTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanAdminAddTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PlanAdminAddTargetMutation, PlanAdminAddTargetMutationVariables>;
export const PlanAdminUpdateAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanAdminUpdateArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PlanAdminUpdateAreaMutation, PlanAdminUpdateAreaMutationVariables>;
export const PlanAdminCopyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanAdminCopyPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PlanAdminCopyPlanMutation, PlanAdminCopyPlanMutationVariables>;
export const PlanAdminImportPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanAdminImportPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"areaCount"}},{"kind":"Field","name":{"kind":"Name","value":"targetCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"window"}},{"kind":"Field","name":{"kind":"Name","value":"owners"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PlanAdminImportPlanMutation, PlanAdminImportPlanMutationVariables>;
export const PlanAdminUpdateTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanAdminUpdateTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PlanAdminUpdateTargetMutation, PlanAdminUpdateTargetMutationVariables>;
export const PlanAdminMoveTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanAdminMoveTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveDirection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PlanAdminMoveTargetMutation, PlanAdminMoveTargetMutationVariables>;
export const PlanAdminRemoveTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanAdminRemoveTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PlanAdminRemoveTargetMutation, PlanAdminRemoveTargetMutationVariables>;
export const AmendProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AmendProgressMutation, AmendProgressMutationVariables>;
export const ConfirmNoChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmNoChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmNoChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmNoChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmNoChangeMutation, ConfirmNoChangeMutationVariables>;
export const RecordProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"checkStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordProgressMutation, RecordProgressMutationVariables>;
export const QuickRecordProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuickRecordProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<QuickRecordProgressMutation, QuickRecordProgressMutationVariables>;
export const SetExternalAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetExternalAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetExternalAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setExternalAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetExternalAssessmentMutation, SetExternalAssessmentMutationVariables>;
export const SetGradeBandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGradeBands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGradeBandsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGradeBands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]} as unknown as DocumentNode<SetGradeBandsMutation, SetGradeBandsMutationVariables>;
export const SetProvinceScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProvinceScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProvinceScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProvinceScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceScore"}},{"kind":"Field","name":{"kind":"Name","value":"provinceVersion"}}]}}]}}]} as unknown as DocumentNode<SetProvinceScoreMutation, SetProvinceScoreMutationVariables>;
export const AnswerRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AnswerRectificationMutation, AnswerRectificationMutationVariables>;
export const OpenReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenReviewMutation, OpenReviewMutationVariables>;
export const IssueRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IssueRectificationMutation, IssueRectificationMutationVariables>;
export const CloseRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rectificationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closingNote"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rectificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rectificationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"closingNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closingNote"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloseRectificationMutation, CloseRectificationMutationVariables>;
export const ReturnRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rectificationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rectificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rectificationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReturnRectificationMutation, ReturnRectificationMutationVariables>;
export const RefreshReviewSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshReviewSnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshReviewSnapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotAt"}}]}}]}}]} as unknown as DocumentNode<RefreshReviewSnapshotMutation, RefreshReviewSnapshotMutationVariables>;
export const CloseReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloseReviewMutation, CloseReviewMutationVariables>;
export const ReopenReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReopenReviewMutation, ReopenReviewMutationVariables>;
export const AddReviewCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddReviewComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddReviewCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addReviewComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddReviewCommentMutation, AddReviewCommentMutationVariables>;
export const AdjustScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}}]}}]}}]} as unknown as DocumentNode<AdjustScoreMutation, AdjustScoreMutationVariables>;
export const SetDeclaredScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDeclaredScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDeclaredScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDeclaredScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}}]}}]}}]} as unknown as DocumentNode<SetDeclaredScoreMutation, SetDeclaredScoreMutationVariables>;
export const ConfigureScoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigureScoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigureScoringInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configureScoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreFloor"}}]}}]}}]} as unknown as DocumentNode<ConfigureScoringMutation, ConfigureScoringMutationVariables>;
export const SetSelfScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSelfScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSelfScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSelfScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfScore"}},{"kind":"Field","name":{"kind":"Name","value":"selfVersion"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]} as unknown as DocumentNode<SetSelfScoreMutation, SetSelfScoreMutationVariables>;
export const SetTargetApplicabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTargetApplicability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetApplicabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTargetApplicability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicability"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<SetTargetApplicabilityMutation, SetTargetApplicabilityMutationVariables>;
export const AssignTargetOwnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTargetOwners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTargetOwners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sectionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOwnerIds"}}]}}]}}]} as unknown as DocumentNode<AssignTargetOwnersMutation, AssignTargetOwnersMutationVariables>;
export const SetTargetThresholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTargetThresholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetThresholdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTargetThresholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"greenAt"}},{"kind":"Field","name":{"kind":"Name","value":"amberAt"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<SetTargetThresholdsMutation, SetTargetThresholdsMutationVariables>;
export const AddEvidenceLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEvidenceLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEvidenceLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddEvidenceLinkMutation, AddEvidenceLinkMutationVariables>;
export const AddItemEvidenceLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddItemEvidenceLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addItemEvidenceLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddItemEvidenceLinkMutation, AddItemEvidenceLinkMutationVariables>;