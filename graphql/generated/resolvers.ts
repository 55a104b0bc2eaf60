import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProgressEntryView } from '../../lib/server/progress/entry-view';
import type { PlanInfoView } from '../../lib/server/plan-state/plan-info';
import type { TargetDetailView } from '../../lib/server/plans/find-target-detail';
import type { EvidenceView } from '../../lib/server/evidence/find-evidence';
import type { SectionOverviewView } from '../../lib/server/plans/find-section-overview';
import type { TargetProgressView } from '../../lib/server/plan-state/target-view';
import type { UnitView } from '../../lib/server/units/list-units';
import type { UserView } from '../../lib/server/users/find-users';
import type { ReviewInfoView } from '../../lib/server/reviews/review-rules';
import type { ReviewListItemView } from '../../lib/server/reviews/find-reviews';
import type { ReviewView, SnapshotRowView, ReviewComparisonView } from '../../lib/server/reviews/find-review';
import type { ReviewCommentView } from '../../lib/server/reviews/review-items';
import type { RectificationView } from '../../lib/server/rectifications/rectification-view';
import type { DispatchView, SectionDispatchView, DispatchTargetView } from '../../lib/server/reviews/dispatch';
import type { ScoreSheetView, ScoreAreaView, ScoreRowView, ScoreTotalView, SectionGapView } from '../../lib/server/scores/find-score-sheet';
import type { DutyListView, DutyLinkView, LinkedTargetView } from '../../lib/server/duties/duty-views';
import type { FigureCheckView } from '../../lib/server/figure-checks/figure-check-view';
import type { FigureChecksView } from '../../lib/server/figure-checks/find-figure-checks';
import type { SectionDutiesView } from '../../lib/server/duties/find-section-duties';
import type { PlanEditorView, EditableAreaView, EditableTargetView } from '../../lib/server/plans/find-plan-editor';
import type { ImportPlanResultView } from '../../lib/server/plans/import-plan';
import type { PlanHistoryView, TargetHistoryView, YearResultView } from '../../lib/server/plans/find-target-history';
import type { UnitNodeView } from '../../lib/server/units/find-unit-tree';
import type { PlanRollupsView, TargetRollupView, CountyRollupView } from '../../lib/server/units/find-rollup';
import type { CountItemView } from '../../lib/server/items/find-items';
import type { CountItemPayloadView } from '../../lib/server/items/item-write';
import type { MonthLockRowView, PlanLocksView } from '../../lib/server/locks/find-plan-locks';
import type { ReportingDisciplineView } from '../../lib/server/discipline/find-reporting-discipline';
import type { ProvinceOverviewView, CityRow } from '../../lib/server/units/find-province-overview';
import type { ExternalAssessmentView } from '../../lib/server/units/set-external-assessment';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
  DateTime: { input: Date | string; output: Date | string; }
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



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddCountItemInput: AddCountItemInput;
  AddReviewCommentInput: AddReviewCommentInput;
  AddTargetInput: AddTargetInput;
  AdjustScoreInput: AdjustScoreInput;
  AmendAction: AmendAction;
  AmendProgressInput: AmendProgressInput;
  AnswerRectificationInput: AnswerRectificationInput;
  Applicability: Applicability;
  AreaCategory: AreaCategory;
  AreaProgress: ResolverTypeWrapper<Omit<AreaProgress, 'targets'> & { targets: Array<ResolversTypes['TargetProgress']> }>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditFilter: AuditFilter;
  AuditFilterOptions: ResolverTypeWrapper<AuditFilterOptions>;
  AuditPage: ResolverTypeWrapper<AuditPage>;
  AuditRef: ResolverTypeWrapper<AuditRef>;
  AuditTarget: ResolverTypeWrapper<AuditTarget>;
  AuditTargetOption: ResolverTypeWrapper<AuditTargetOption>;
  AuditUser: ResolverTypeWrapper<AuditUser>;
  Band: Band;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Bulletin: ResolverTypeWrapper<Bulletin>;
  BulletinDisciplineLine: ResolverTypeWrapper<BulletinDisciplineLine>;
  BulletinGroup: ResolverTypeWrapper<BulletinGroup>;
  BulletinNotice: ResolverTypeWrapper<BulletinNotice>;
  BulletinTally: ResolverTypeWrapper<BulletinTally>;
  BulletinTargetLine: ResolverTypeWrapper<BulletinTargetLine>;
  CalendarFeed: ResolverTypeWrapper<CalendarFeed>;
  CheckCounts: ResolverTypeWrapper<CheckCounts>;
  CheckFigureInput: CheckFigureInput;
  CheckStatus: CheckStatus;
  CityAreaScore: ResolverTypeWrapper<CityAreaScore>;
  ConfigureScoringInput: ConfigureScoringInput;
  ConfirmNoChangeInput: ConfirmNoChangeInput;
  CountItem: ResolverTypeWrapper<CountItemView>;
  CountItemPayload: ResolverTypeWrapper<CountItemPayloadView>;
  CountyRollup: ResolverTypeWrapper<CountyRollupView>;
  CreateUserInput: CreateUserInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Direction: Direction;
  DisciplineCell: ResolverTypeWrapper<DisciplineCell>;
  DisciplineMonth: ResolverTypeWrapper<DisciplineMonth>;
  DisciplineRates: ResolverTypeWrapper<DisciplineRates>;
  Dispatch: ResolverTypeWrapper<DispatchView>;
  DispatchTarget: ResolverTypeWrapper<DispatchTargetView>;
  Duty: ResolverTypeWrapper<Omit<Duty, 'items' | 'links'> & { items: Array<ResolversTypes['WorkItem']>, links: Array<ResolversTypes['TargetDutyLink']> }>;
  DutyBoundary: ResolverTypeWrapper<DutyBoundary>;
  DutyBoundaryParty: ResolverTypeWrapper<DutyBoundaryParty>;
  DutyList: ResolverTypeWrapper<DutyListView>;
  DutyListCounts: ResolverTypeWrapper<DutyListCounts>;
  DutyRef: ResolverTypeWrapper<DutyRef>;
  EditableArea: ResolverTypeWrapper<EditableAreaView>;
  EditableTarget: ResolverTypeWrapper<EditableTargetView>;
  Evidence: ResolverTypeWrapper<EvidenceView>;
  EvidenceLinkInput: EvidenceLinkInput;
  ExternalAssessment: ResolverTypeWrapper<ExternalAssessmentView>;
  ExternalAssessmentRef: ResolverTypeWrapper<ExternalAssessmentRef>;
  ExternalResult: ExternalResult;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  FigureCheck: ResolverTypeWrapper<FigureCheckView>;
  FigureCheckTarget: ResolverTypeWrapper<FigureCheckTarget>;
  FigureChecks: ResolverTypeWrapper<FigureChecksView>;
  FigureKind: FigureKind;
  FigurePoint: ResolverTypeWrapper<FigurePoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Forecast: ResolverTypeWrapper<Forecast>;
  Grade: Grade;
  GradeBands: ResolverTypeWrapper<GradeBands>;
  GradeBasis: GradeBasis;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportPlanInput: ImportPlanInput;
  ImportPlanResult: ResolverTypeWrapper<ImportPlanResultView>;
  ImportPreviewRow: ResolverTypeWrapper<ImportPreviewRow>;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  InactivePointsRule: InactivePointsRule;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IssueRectificationInput: IssueRectificationInput;
  LinkTargetDutyInput: LinkTargetDutyInput;
  LinkedTarget: ResolverTypeWrapper<LinkedTargetView>;
  MonthLockView: ResolverTypeWrapper<MonthLockRowView>;
  MonthReport: ResolverTypeWrapper<MonthReport>;
  MonthReportKind: MonthReportKind;
  MonthWindowView: ResolverTypeWrapper<MonthWindowView>;
  MoveDirection: MoveDirection;
  Mutation: ResolverTypeWrapper<{}>;
  MyTodo: ResolverTypeWrapper<MyTodo>;
  OpenReviewInput: OpenReviewInput;
  PacePoint: ResolverTypeWrapper<PacePoint>;
  PlanDashboard: ResolverTypeWrapper<Omit<PlanDashboard, 'areas' | 'plan' | 'targets'> & { areas: Array<ResolversTypes['AreaProgress']>, plan: ResolversTypes['PlanInfo'], targets: Array<ResolversTypes['TargetProgress']> }>;
  PlanDocument: ResolverTypeWrapper<PlanDocument>;
  PlanDocumentBlock: ResolverTypeWrapper<PlanDocumentBlock>;
  PlanDocumentBlockKind: PlanDocumentBlockKind;
  PlanEditor: ResolverTypeWrapper<PlanEditorView>;
  PlanHistory: ResolverTypeWrapper<PlanHistoryView>;
  PlanInfo: ResolverTypeWrapper<PlanInfoView>;
  PlanLocks: ResolverTypeWrapper<PlanLocksView>;
  PlanRef: ResolverTypeWrapper<PlanRef>;
  PlanRollups: ResolverTypeWrapper<PlanRollupsView>;
  ProgressEntry: ResolverTypeWrapper<ProgressEntryView>;
  ProvinceCityPlan: ResolverTypeWrapper<ProvinceCityPlan>;
  ProvinceCityRow: ResolverTypeWrapper<CityRow>;
  ProvinceCityUnit: ResolverTypeWrapper<ProvinceCityUnit>;
  ProvinceOverview: ResolverTypeWrapper<ProvinceOverviewView>;
  PublicService: ResolverTypeWrapper<PublicService>;
  Query: ResolverTypeWrapper<{}>;
  RecordProgressInput: RecordProgressInput;
  RecordProgressPayload: ResolverTypeWrapper<Omit<RecordProgressPayload, 'entry' | 'progress'> & { entry: ResolversTypes['ProgressEntry'], progress: ResolversTypes['TargetProgress'] }>;
  Rectification: ResolverTypeWrapper<RectificationView>;
  RectificationState: RectificationState;
  RectificationStatus: RectificationStatus;
  ReportingDiscipline: ResolverTypeWrapper<ReportingDisciplineView>;
  ReturnFigureInput: ReturnFigureInput;
  Review: ResolverTypeWrapper<ReviewInfoView>;
  ReviewChange: ResolverTypeWrapper<ReviewChange>;
  ReviewChangeKind: ReviewChangeKind;
  ReviewComment: ResolverTypeWrapper<ReviewCommentView>;
  ReviewComparison: ResolverTypeWrapper<ReviewComparisonView>;
  ReviewDetail: ResolverTypeWrapper<ReviewView>;
  ReviewKind: ReviewKind;
  ReviewListItem: ResolverTypeWrapper<ReviewListItemView>;
  ReviewSectionSummary: ResolverTypeWrapper<ReviewSectionSummary>;
  ReviewSnapshotRow: ResolverTypeWrapper<SnapshotRowView>;
  ReviewStanding: ResolverTypeWrapper<ReviewStanding>;
  ReviewStatus: ReviewStatus;
  Role: Role;
  RollupAgreement: RollupAgreement;
  RollupGap: ResolverTypeWrapper<RollupGap>;
  ScoreArea: ResolverTypeWrapper<ScoreAreaView>;
  ScoreBasis: ScoreBasis;
  ScoreRow: ResolverTypeWrapper<ScoreRowView>;
  ScoreSheet: ResolverTypeWrapper<ScoreSheetView>;
  ScoreTotal: ResolverTypeWrapper<ScoreTotalView>;
  ScoringRule: ScoringRule;
  SearchField: SearchField;
  SearchGroup: ResolverTypeWrapper<SearchGroup>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchKind: SearchKind;
  SearchResult: ResolverTypeWrapper<SearchResult>;
  Section: ResolverTypeWrapper<Section>;
  SectionDiscipline: ResolverTypeWrapper<SectionDiscipline>;
  SectionDispatch: ResolverTypeWrapper<SectionDispatchView>;
  SectionDuties: ResolverTypeWrapper<SectionDutiesView>;
  SectionDutyGroup: ResolverTypeWrapper<Omit<SectionDutyGroup, 'items'> & { items: Array<ResolversTypes['WorkItem']> }>;
  SectionOverview: ResolverTypeWrapper<SectionOverviewView>;
  SectionProgress: ResolverTypeWrapper<SectionProgress>;
  SectionScoreGap: ResolverTypeWrapper<SectionGapView>;
  SetApplicabilityInput: SetApplicabilityInput;
  SetDeclaredScoreInput: SetDeclaredScoreInput;
  SetExternalAssessmentInput: SetExternalAssessmentInput;
  SetGradeBandsInput: SetGradeBandsInput;
  SetProvinceScoreInput: SetProvinceScoreInput;
  SetSelfScoreInput: SetSelfScoreInput;
  SetThresholdsInput: SetThresholdsInput;
  SharedTarget: ResolverTypeWrapper<SharedTarget>;
  SharedTargetCell: ResolverTypeWrapper<SharedTargetCell>;
  SheetGrade: ResolverTypeWrapper<SheetGrade>;
  SnapshotOwner: ResolverTypeWrapper<SnapshotOwner>;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  StatusCounts: ResolverTypeWrapper<StatusCounts>;
  StatusRule: StatusRule;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmissionStatus: SubmissionStatus;
  Summary: ResolverTypeWrapper<Summary>;
  SupervisionProcedure: ResolverTypeWrapper<SupervisionProcedure>;
  Target: ResolverTypeWrapper<Target>;
  TargetChangesInput: TargetChangesInput;
  TargetDetail: ResolverTypeWrapper<TargetDetailView>;
  TargetDutyLink: ResolverTypeWrapper<DutyLinkView>;
  TargetHistory: ResolverTypeWrapper<TargetHistoryView>;
  TargetKind: TargetKind;
  TargetPointsInput: TargetPointsInput;
  TargetProgress: ResolverTypeWrapper<TargetProgressView>;
  TargetRollup: ResolverTypeWrapper<TargetRollupView>;
  TargetScoringInput: TargetScoringInput;
  TargetStatus: TargetStatus;
  TodoKind: TodoKind;
  TodoPlan: ResolverTypeWrapper<TodoPlan>;
  TodoRow: ResolverTypeWrapper<TodoRow>;
  Unit: ResolverTypeWrapper<UnitView>;
  UnitLevel: UnitLevel;
  UnitNode: ResolverTypeWrapper<UnitNodeView>;
  UpdateAreaInput: UpdateAreaInput;
  UpdateBulletinInput: UpdateBulletinInput;
  UpdateCountItemInput: UpdateCountItemInput;
  UpdateTargetInput: UpdateTargetInput;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<UserView>;
  UserAccount: ResolverTypeWrapper<UserAccount>;
  WorkItem: ResolverTypeWrapper<Omit<WorkItem, 'links'> & { links: Array<ResolversTypes['TargetDutyLink']> }>;
  WorkItemRef: ResolverTypeWrapper<WorkItemRef>;
  YearResult: ResolverTypeWrapper<YearResultView>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddCountItemInput: AddCountItemInput;
  AddReviewCommentInput: AddReviewCommentInput;
  AddTargetInput: AddTargetInput;
  AdjustScoreInput: AdjustScoreInput;
  AmendProgressInput: AmendProgressInput;
  AnswerRectificationInput: AnswerRectificationInput;
  AreaProgress: Omit<AreaProgress, 'targets'> & { targets: Array<ResolversParentTypes['TargetProgress']> };
  AuditEntry: AuditEntry;
  AuditFilter: AuditFilter;
  AuditFilterOptions: AuditFilterOptions;
  AuditPage: AuditPage;
  AuditRef: AuditRef;
  AuditTarget: AuditTarget;
  AuditTargetOption: AuditTargetOption;
  AuditUser: AuditUser;
  Boolean: Scalars['Boolean']['output'];
  Bulletin: Bulletin;
  BulletinDisciplineLine: BulletinDisciplineLine;
  BulletinGroup: BulletinGroup;
  BulletinNotice: BulletinNotice;
  BulletinTally: BulletinTally;
  BulletinTargetLine: BulletinTargetLine;
  CalendarFeed: CalendarFeed;
  CheckCounts: CheckCounts;
  CheckFigureInput: CheckFigureInput;
  CityAreaScore: CityAreaScore;
  ConfigureScoringInput: ConfigureScoringInput;
  ConfirmNoChangeInput: ConfirmNoChangeInput;
  CountItem: CountItemView;
  CountItemPayload: CountItemPayloadView;
  CountyRollup: CountyRollupView;
  CreateUserInput: CreateUserInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisciplineCell: DisciplineCell;
  DisciplineMonth: DisciplineMonth;
  DisciplineRates: DisciplineRates;
  Dispatch: DispatchView;
  DispatchTarget: DispatchTargetView;
  Duty: Omit<Duty, 'items' | 'links'> & { items: Array<ResolversParentTypes['WorkItem']>, links: Array<ResolversParentTypes['TargetDutyLink']> };
  DutyBoundary: DutyBoundary;
  DutyBoundaryParty: DutyBoundaryParty;
  DutyList: DutyListView;
  DutyListCounts: DutyListCounts;
  DutyRef: DutyRef;
  EditableArea: EditableAreaView;
  EditableTarget: EditableTargetView;
  Evidence: EvidenceView;
  EvidenceLinkInput: EvidenceLinkInput;
  ExternalAssessment: ExternalAssessmentView;
  ExternalAssessmentRef: ExternalAssessmentRef;
  FieldChange: FieldChange;
  FigureCheck: FigureCheckView;
  FigureCheckTarget: FigureCheckTarget;
  FigureChecks: FigureChecksView;
  FigurePoint: FigurePoint;
  Float: Scalars['Float']['output'];
  Forecast: Forecast;
  GradeBands: GradeBands;
  ID: Scalars['ID']['output'];
  ImportPlanInput: ImportPlanInput;
  ImportPlanResult: ImportPlanResultView;
  ImportPreviewRow: ImportPreviewRow;
  ImportProblem: ImportProblem;
  Int: Scalars['Int']['output'];
  IssueRectificationInput: IssueRectificationInput;
  LinkTargetDutyInput: LinkTargetDutyInput;
  LinkedTarget: LinkedTargetView;
  MonthLockView: MonthLockRowView;
  MonthReport: MonthReport;
  MonthWindowView: MonthWindowView;
  Mutation: {};
  MyTodo: MyTodo;
  OpenReviewInput: OpenReviewInput;
  PacePoint: PacePoint;
  PlanDashboard: Omit<PlanDashboard, 'areas' | 'plan' | 'targets'> & { areas: Array<ResolversParentTypes['AreaProgress']>, plan: ResolversParentTypes['PlanInfo'], targets: Array<ResolversParentTypes['TargetProgress']> };
  PlanDocument: PlanDocument;
  PlanDocumentBlock: PlanDocumentBlock;
  PlanEditor: PlanEditorView;
  PlanHistory: PlanHistoryView;
  PlanInfo: PlanInfoView;
  PlanLocks: PlanLocksView;
  PlanRef: PlanRef;
  PlanRollups: PlanRollupsView;
  ProgressEntry: ProgressEntryView;
  ProvinceCityPlan: ProvinceCityPlan;
  ProvinceCityRow: CityRow;
  ProvinceCityUnit: ProvinceCityUnit;
  ProvinceOverview: ProvinceOverviewView;
  PublicService: PublicService;
  Query: {};
  RecordProgressInput: RecordProgressInput;
  RecordProgressPayload: Omit<RecordProgressPayload, 'entry' | 'progress'> & { entry: ResolversParentTypes['ProgressEntry'], progress: ResolversParentTypes['TargetProgress'] };
  Rectification: RectificationView;
  ReportingDiscipline: ReportingDisciplineView;
  ReturnFigureInput: ReturnFigureInput;
  Review: ReviewInfoView;
  ReviewChange: ReviewChange;
  ReviewComment: ReviewCommentView;
  ReviewComparison: ReviewComparisonView;
  ReviewDetail: ReviewView;
  ReviewListItem: ReviewListItemView;
  ReviewSectionSummary: ReviewSectionSummary;
  ReviewSnapshotRow: SnapshotRowView;
  ReviewStanding: ReviewStanding;
  RollupGap: RollupGap;
  ScoreArea: ScoreAreaView;
  ScoreRow: ScoreRowView;
  ScoreSheet: ScoreSheetView;
  ScoreTotal: ScoreTotalView;
  SearchGroup: SearchGroup;
  SearchHit: SearchHit;
  SearchResult: SearchResult;
  Section: Section;
  SectionDiscipline: SectionDiscipline;
  SectionDispatch: SectionDispatchView;
  SectionDuties: SectionDutiesView;
  SectionDutyGroup: Omit<SectionDutyGroup, 'items'> & { items: Array<ResolversParentTypes['WorkItem']> };
  SectionOverview: SectionOverviewView;
  SectionProgress: SectionProgress;
  SectionScoreGap: SectionGapView;
  SetApplicabilityInput: SetApplicabilityInput;
  SetDeclaredScoreInput: SetDeclaredScoreInput;
  SetExternalAssessmentInput: SetExternalAssessmentInput;
  SetGradeBandsInput: SetGradeBandsInput;
  SetProvinceScoreInput: SetProvinceScoreInput;
  SetSelfScoreInput: SetSelfScoreInput;
  SetThresholdsInput: SetThresholdsInput;
  SharedTarget: SharedTarget;
  SharedTargetCell: SharedTargetCell;
  SheetGrade: SheetGrade;
  SnapshotOwner: SnapshotOwner;
  StatusCount: StatusCount;
  StatusCounts: StatusCounts;
  String: Scalars['String']['output'];
  Summary: Summary;
  SupervisionProcedure: SupervisionProcedure;
  Target: Target;
  TargetChangesInput: TargetChangesInput;
  TargetDetail: TargetDetailView;
  TargetDutyLink: DutyLinkView;
  TargetHistory: TargetHistoryView;
  TargetPointsInput: TargetPointsInput;
  TargetProgress: TargetProgressView;
  TargetRollup: TargetRollupView;
  TargetScoringInput: TargetScoringInput;
  TodoPlan: TodoPlan;
  TodoRow: TodoRow;
  Unit: UnitView;
  UnitNode: UnitNodeView;
  UpdateAreaInput: UpdateAreaInput;
  UpdateBulletinInput: UpdateBulletinInput;
  UpdateCountItemInput: UpdateCountItemInput;
  UpdateTargetInput: UpdateTargetInput;
  UpdateUserInput: UpdateUserInput;
  User: UserView;
  UserAccount: UserAccount;
  WorkItem: Omit<WorkItem, 'links'> & { links: Array<ResolversParentTypes['TargetDutyLink']> };
  WorkItemRef: WorkItemRef;
  YearResult: YearResultView;
};

export type AreaProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AreaProgress'] = ResolversParentTypes['AreaProgress']> = {
  category?: Resolver<ResolversTypes['AreaCategory'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  redistributedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  removedPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['Summary'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['TargetProgress']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  about?: Resolver<Maybe<ResolversTypes['AuditRef']>, ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['AuditUser']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['AuditTarget']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['AuditUser']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditFilterOptionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditFilterOptions'] = ResolversParentTypes['AuditFilterOptions']> = {
  actions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['AuditTargetOption']>, ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['AuditUser']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditPageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditPage'] = ResolversParentTypes['AuditPage']> = {
  entries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditRefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditRef'] = ResolversParentTypes['AuditRef']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  index?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditTargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditTarget'] = ResolversParentTypes['AuditTarget']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditTargetOptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditTargetOption'] = ResolversParentTypes['AuditTargetOption']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  planYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AuditUserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditUser'] = ResolversParentTypes['AuditUser']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BulletinResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Bulletin'] = ResolversParentTypes['Bulletin']> = {
  addressee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['BulletinGroup']>, ParentType, ContextType>;
  behind?: Resolver<Array<ResolversTypes['BulletinTargetLine']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  discipline?: Resolver<ResolversTypes['BulletinDisciplineLine'], ParentType, ContextType>;
  disciplineAsOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  disciplineBySection?: Resolver<Array<ResolversTypes['BulletinDisciplineLine']>, ParentType, ContextType>;
  disciplineMonths?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  issued?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  issuedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReviewKind'], ParentType, ContextType>;
  notices?: Resolver<Array<ResolversTypes['BulletinNotice']>, ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['BulletinTally'], ParentType, ContextType>;
  overdue?: Resolver<Array<ResolversTypes['BulletinTargetLine']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodIndex?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  planTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remarks?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reviewStatus?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['BulletinGroup']>, ParentType, ContextType>;
  signature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitFullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BulletinDisciplineLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BulletinDisciplineLine'] = ResolversParentTypes['BulletinDisciplineLine']> = {
  completeness?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  owed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BulletinGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BulletinGroup'] = ResolversParentTypes['BulletinGroup']> = {
  behind?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completion?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inactive?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notStarted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTrack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BulletinNoticeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BulletinNotice'] = ResolversParentTypes['BulletinNotice']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  notice?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BulletinTallyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BulletinTally'] = ResolversParentTypes['BulletinTally']> = {
  behind?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completion?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inactive?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notStarted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTrack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BulletinTargetLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BulletinTargetLine'] = ResolversParentTypes['BulletinTargetLine']> = {
  areaName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expectedRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TargetKind'], ParentType, ContextType>;
  measureUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CalendarFeedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CalendarFeed'] = ResolversParentTypes['CalendarFeed']> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CheckCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CheckCounts'] = ResolversParentTypes['CheckCounts']> = {
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CityAreaScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CityAreaScore'] = ResolversParentTypes['CityAreaScore']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinceScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unitScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CountItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountItem'] = ResolversParentTypes['CountItem']> = {
  checkNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkStatus?: Resolver<ResolversTypes['CheckStatus'], ParentType, ContextType>;
  checkedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  checkedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  docNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CountItemPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountItemPayload'] = ResolversParentTypes['CountItemPayload']> = {
  item?: Resolver<ResolversTypes['CountItem'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['TargetProgress'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CountyRollupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountyRollup'] = ResolversParentTypes['CountyRollup']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measureUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  readable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reportedFor?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisciplineCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisciplineCell'] = ResolversParentTypes['DisciplineCell']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDay?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  enteredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SubmissionStatus'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DisciplineMonthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisciplineMonth'] = ResolversParentTypes['DisciplineMonth']> = {
  dueDay?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rates?: Resolver<ResolversTypes['DisciplineRates'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DisciplineRatesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisciplineRates'] = ResolversParentTypes['DisciplineRates']> = {
  completeness?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  owed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DispatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Dispatch'] = ResolversParentTypes['Dispatch']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['SectionDispatch']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DispatchTargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DispatchTarget'] = ResolversParentTypes['DispatchTarget']> = {
  dueThisMonth?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DutyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Duty'] = ResolversParentTypes['Duty']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['TargetDutyLink']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DutyBoundaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DutyBoundary'] = ResolversParentTypes['DutyBoundary']> = {
  caseText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  matter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['DutyBoundaryParty']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DutyBoundaryPartyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DutyBoundaryParty'] = ResolversParentTypes['DutyBoundaryParty']> = {
  department?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  division?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DutyListResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DutyList'] = ResolversParentTypes['DutyList']> = {
  boundaries?: Resolver<Array<ResolversTypes['DutyBoundary']>, ParentType, ContextType>;
  bySection?: Resolver<Array<ResolversTypes['SectionDutyGroup']>, ParentType, ContextType>;
  duties?: Resolver<Array<ResolversTypes['Duty']>, ParentType, ContextType>;
  linkableTargets?: Resolver<Array<ResolversTypes['LinkedTarget']>, ParentType, ContextType>;
  procedures?: Resolver<Array<ResolversTypes['SupervisionProcedure']>, ParentType, ContextType>;
  publicServices?: Resolver<Array<ResolversTypes['PublicService']>, ParentType, ContextType>;
  search?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shown?: Resolver<ResolversTypes['DutyListCounts'], ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['DutyListCounts'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  viewerCanLink?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DutyListCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DutyListCounts'] = ResolversParentTypes['DutyListCounts']> = {
  boundaries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duties?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  procedures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publicServices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DutyRefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DutyRef'] = ResolversParentTypes['DutyRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EditableAreaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EditableArea'] = ResolversParentTypes['EditableArea']> = {
  category?: Resolver<ResolversTypes['AreaCategory'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsSum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsValid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['EditableTarget']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EditableTargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EditableTarget'] = ResolversParentTypes['EditableTarget']> = {
  areaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  baselineSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  baselineValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endMonth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TargetKind'], ParentType, ContextType>;
  lineageKey?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  measureUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsOverride?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  progressCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remarks?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rollupKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startMonth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wording?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mimeType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sizeBytes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExternalAssessmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExternalAssessment'] = ResolversParentTypes['ExternalAssessment']> = {
  documentRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['ExternalResult'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExternalAssessmentRefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExternalAssessmentRef'] = ResolversParentTypes['ExternalAssessmentRef']> = {
  documentRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['ExternalResult'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  afterRef?: Resolver<Maybe<ResolversTypes['AuditRef']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  beforeRef?: Resolver<Maybe<ResolversTypes['AuditRef']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FigureCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FigureCheck'] = ResolversParentTypes['FigureCheck']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checkNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkStatus?: Resolver<ResolversTypes['CheckStatus'], ParentType, ContextType>;
  checkedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  checkedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  docNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enteredUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enteredValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FigureKind'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  sectionName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  standingValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['FigureCheckTarget'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  viewerCanCheck?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FigureCheckTargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FigureCheckTarget'] = ResolversParentTypes['FigureCheckTarget']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TargetKind'], ParentType, ContextType>;
  measureUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FigureChecksResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FigureChecks'] = ResolversParentTypes['FigureChecks']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pending?: Resolver<Array<ResolversTypes['FigureCheck']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['PlanInfo'], ParentType, ContextType>;
  returned?: Resolver<Array<ResolversTypes['FigureCheck']>, ParentType, ContextType>;
  viewerCanConfigure?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FigurePointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FigurePoint'] = ResolversParentTypes['FigurePoint']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ForecastResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Forecast'] = ResolversParentTypes['Forecast']> = {
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GradeBandsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GradeBands'] = ResolversParentTypes['GradeBands']> = {
  excellentAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  goodAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  passAt?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportPlanResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportPlanResult'] = ResolversParentTypes['ImportPlanResult']> = {
  areaCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['PlanInfo']>, ParentType, ContextType>;
  preview?: Resolver<Array<ResolversTypes['ImportPreviewRow']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportPreviewRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportPreviewRow'] = ResolversParentTypes['ImportPreviewRow']> = {
  areaCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  areaName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TargetKind'], ParentType, ContextType>;
  measureUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owners?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LinkedTargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LinkedTarget'] = ResolversParentTypes['LinkedTarget']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  planId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  planYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MonthLockViewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MonthLockView'] = ResolversParentTypes['MonthLockView']> = {
  autoLockOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reopenedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MonthReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MonthReport'] = ResolversParentTypes['MonthReport']> = {
  checkStatus?: Resolver<ResolversTypes['CheckStatus'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MonthReportKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MonthWindowViewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MonthWindowView'] = ResolversParentTypes['MonthWindowView']> = {
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  specified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptFigure?: Resolver<ResolversTypes['FigureCheck'], ParentType, ContextType, RequireFields<MutationAcceptFigureArgs, 'input'>>;
  addCountItem?: Resolver<ResolversTypes['CountItemPayload'], ParentType, ContextType, RequireFields<MutationAddCountItemArgs, 'input'>>;
  addEvidenceLink?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType, RequireFields<MutationAddEvidenceLinkArgs, 'entryId' | 'url'>>;
  addItemEvidenceLink?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType, RequireFields<MutationAddItemEvidenceLinkArgs, 'itemId' | 'url'>>;
  addReviewComment?: Resolver<ResolversTypes['ReviewComment'], ParentType, ContextType, RequireFields<MutationAddReviewCommentArgs, 'input'>>;
  addTarget?: Resolver<ResolversTypes['PlanEditor'], ParentType, ContextType, RequireFields<MutationAddTargetArgs, 'input'>>;
  adjustScore?: Resolver<ResolversTypes['ScoreRow'], ParentType, ContextType, RequireFields<MutationAdjustScoreArgs, 'input'>>;
  amendProgress?: Resolver<ResolversTypes['RecordProgressPayload'], ParentType, ContextType, RequireFields<MutationAmendProgressArgs, 'input'>>;
  answerRectification?: Resolver<ResolversTypes['Rectification'], ParentType, ContextType, RequireFields<MutationAnswerRectificationArgs, 'input'>>;
  assignTargetOwners?: Resolver<ResolversTypes['Target'], ParentType, ContextType, RequireFields<MutationAssignTargetOwnersArgs, 'expectedVersion' | 'sectionIds' | 'targetId'>>;
  changeOwnPassword?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationChangeOwnPasswordArgs, 'currentPassword' | 'newPassword'>>;
  closeRectification?: Resolver<ResolversTypes['Rectification'], ParentType, ContextType, RequireFields<MutationCloseRectificationArgs, 'closingNote' | 'expectedVersion' | 'rectificationId'>>;
  closeReview?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationCloseReviewArgs, 'expectedVersion' | 'reviewId'>>;
  configureReporting?: Resolver<ResolversTypes['PlanLocks'], ParentType, ContextType, RequireFields<MutationConfigureReportingArgs, 'lockAfterDays' | 'planId' | 'reportDueDays'>>;
  configureScoring?: Resolver<ResolversTypes['ScoreSheet'], ParentType, ContextType, RequireFields<MutationConfigureScoringArgs, 'input'>>;
  confirmNoChange?: Resolver<ResolversTypes['RecordProgressPayload'], ParentType, ContextType, RequireFields<MutationConfirmNoChangeArgs, 'input'>>;
  copyPlan?: Resolver<ResolversTypes['PlanInfo'], ParentType, ContextType, RequireFields<MutationCopyPlanArgs, 'planId' | 'year'>>;
  createUser?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  importPlan?: Resolver<ResolversTypes['ImportPlanResult'], ParentType, ContextType, RequireFields<MutationImportPlanArgs, 'input'>>;
  issueBulletin?: Resolver<ResolversTypes['Bulletin'], ParentType, ContextType, RequireFields<MutationIssueBulletinArgs, 'expectedVersion' | 'reviewId'>>;
  issueRectification?: Resolver<ResolversTypes['Rectification'], ParentType, ContextType, RequireFields<MutationIssueRectificationArgs, 'input'>>;
  linkTargetDuty?: Resolver<ResolversTypes['TargetDutyLink'], ParentType, ContextType, RequireFields<MutationLinkTargetDutyArgs, 'input'>>;
  lockMonth?: Resolver<ResolversTypes['PlanLocks'], ParentType, ContextType, RequireFields<MutationLockMonthArgs, 'month' | 'planId' | 'reason'>>;
  moveTarget?: Resolver<ResolversTypes['PlanEditor'], ParentType, ContextType, RequireFields<MutationMoveTargetArgs, 'direction' | 'expectedVersion' | 'targetId'>>;
  openReview?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationOpenReviewArgs, 'input'>>;
  recordProgress?: Resolver<ResolversTypes['RecordProgressPayload'], ParentType, ContextType, RequireFields<MutationRecordProgressArgs, 'input'>>;
  refreshReviewSnapshot?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationRefreshReviewSnapshotArgs, 'expectedVersion' | 'reviewId'>>;
  removeTarget?: Resolver<ResolversTypes['PlanEditor'], ParentType, ContextType, RequireFields<MutationRemoveTargetArgs, 'expectedVersion' | 'targetId'>>;
  reopenMonth?: Resolver<ResolversTypes['PlanLocks'], ParentType, ContextType, RequireFields<MutationReopenMonthArgs, 'month' | 'planId' | 'reason'>>;
  reopenReview?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationReopenReviewArgs, 'expectedVersion' | 'reviewId'>>;
  resetUserPassword?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType, RequireFields<MutationResetUserPasswordArgs, 'expectedVersion' | 'password' | 'userId'>>;
  returnFigure?: Resolver<ResolversTypes['FigureCheck'], ParentType, ContextType, RequireFields<MutationReturnFigureArgs, 'input'>>;
  returnRectification?: Resolver<ResolversTypes['Rectification'], ParentType, ContextType, RequireFields<MutationReturnRectificationArgs, 'expectedVersion' | 'reason' | 'rectificationId'>>;
  setDeclaredScore?: Resolver<ResolversTypes['ScoreRow'], ParentType, ContextType, RequireFields<MutationSetDeclaredScoreArgs, 'input'>>;
  setExternalAssessment?: Resolver<ResolversTypes['ExternalAssessment'], ParentType, ContextType, RequireFields<MutationSetExternalAssessmentArgs, 'input'>>;
  setFigureChecks?: Resolver<ResolversTypes['FigureChecks'], ParentType, ContextType, RequireFields<MutationSetFigureChecksArgs, 'enabled' | 'planId'>>;
  setGradeBands?: Resolver<ResolversTypes['ScoreSheet'], ParentType, ContextType, RequireFields<MutationSetGradeBandsArgs, 'input'>>;
  setProvinceScore?: Resolver<ResolversTypes['ScoreRow'], ParentType, ContextType, RequireFields<MutationSetProvinceScoreArgs, 'input'>>;
  setSelfScore?: Resolver<ResolversTypes['ScoreRow'], ParentType, ContextType, RequireFields<MutationSetSelfScoreArgs, 'input'>>;
  setTargetApplicability?: Resolver<ResolversTypes['TargetProgress'], ParentType, ContextType, RequireFields<MutationSetTargetApplicabilityArgs, 'input'>>;
  setTargetThresholds?: Resolver<ResolversTypes['TargetProgress'], ParentType, ContextType, RequireFields<MutationSetTargetThresholdsArgs, 'input'>>;
  unlinkTargetDuty?: Resolver<ResolversTypes['TargetDutyLink'], ParentType, ContextType, RequireFields<MutationUnlinkTargetDutyArgs, 'linkId'>>;
  unlockUser?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType, RequireFields<MutationUnlockUserArgs, 'userId'>>;
  updateArea?: Resolver<ResolversTypes['PlanEditor'], ParentType, ContextType, RequireFields<MutationUpdateAreaArgs, 'input'>>;
  updateBulletin?: Resolver<ResolversTypes['Bulletin'], ParentType, ContextType, RequireFields<MutationUpdateBulletinArgs, 'input'>>;
  updateCountItem?: Resolver<ResolversTypes['CountItemPayload'], ParentType, ContextType, RequireFields<MutationUpdateCountItemArgs, 'input'>>;
  updateTarget?: Resolver<ResolversTypes['PlanEditor'], ParentType, ContextType, RequireFields<MutationUpdateTargetArgs, 'input'>>;
  updateUser?: Resolver<ResolversTypes['UserAccount'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'input'>>;
  withdrawBulletin?: Resolver<ResolversTypes['Bulletin'], ParentType, ContextType, RequireFields<MutationWithdrawBulletinArgs, 'expectedVersion' | 'reason' | 'reviewId'>>;
  withdrawCountItem?: Resolver<ResolversTypes['CountItemPayload'], ParentType, ContextType, RequireFields<MutationWithdrawCountItemArgs, 'expectedVersion' | 'itemId' | 'reason'>>;
};

export type MyTodoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MyTodo'] = ResolversParentTypes['MyTodo']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['TodoPlan']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['TodoRow']>, ParentType, ContextType>;
  today?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PacePointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PacePoint'] = ResolversParentTypes['PacePoint']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  expected?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanDashboardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanDashboard'] = ResolversParentTypes['PlanDashboard']> = {
  areas?: Resolver<Array<ResolversTypes['AreaProgress']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  asReported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checks?: Resolver<ResolversTypes['CheckCounts'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['PlanInfo'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['SectionProgress']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['Summary'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['TargetProgress']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanDocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanDocument'] = ResolversParentTypes['PlanDocument']> = {
  blocks?: Resolver<Array<ResolversTypes['PlanDocumentBlock']>, ParentType, ContextType>;
  dateLine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  signatures?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  signerTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanDocumentBlockResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanDocumentBlock'] = ResolversParentTypes['PlanDocumentBlock']> = {
  kind?: Resolver<ResolversTypes['PlanDocumentBlockKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanEditorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanEditor'] = ResolversParentTypes['PlanEditor']> = {
  areas?: Resolver<Array<ResolversTypes['EditableArea']>, ParentType, ContextType>;
  copiedFrom?: Resolver<Maybe<ResolversTypes['PlanRef']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['PlanInfo'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  unitPlans?: Resolver<Array<ResolversTypes['PlanRef']>, ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanHistoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanHistory'] = ResolversParentTypes['PlanHistory']> = {
  plan?: Resolver<ResolversTypes['PlanInfo'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['TargetHistory']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanInfo'] = ResolversParentTypes['PlanInfo']> = {
  assessmentGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  behindMargin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  checkFigures?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lockAfterDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  otherNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportDueDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanAssess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanLocksResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanLocks'] = ResolversParentTypes['PlanLocks']> = {
  lockAfterDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['MonthLockView']>, ParentType, ContextType>;
  planId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reportDueDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanRefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanRef'] = ResolversParentTypes['PlanRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanRollupsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanRollups'] = ResolversParentTypes['PlanRollups']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['PlanInfo'], ParentType, ContextType>;
  rollups?: Resolver<Array<ResolversTypes['TargetRollup']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgressEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgressEntry'] = ResolversParentTypes['ProgressEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checkNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkStatus?: Resolver<ResolversTypes['CheckStatus'], ParentType, ContextType>;
  checkedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  checkedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enteredValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replacesId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  reportedFor?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvinceCityPlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProvinceCityPlan'] = ResolversParentTypes['ProvinceCityPlan']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvinceCityRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProvinceCityRow'] = ResolversParentTypes['ProvinceCityRow']> = {
  areas?: Resolver<Array<ResolversTypes['CityAreaScore']>, ParentType, ContextType>;
  completeness?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  completion?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['SheetGrade'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  openRectifications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['ProvinceCityPlan'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statusCounts?: Resolver<ResolversTypes['StatusCounts'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['ProvinceCityUnit'], ParentType, ContextType>;
  viewerCanAssess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvinceCityUnitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProvinceCityUnit'] = ResolversParentTypes['ProvinceCityUnit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProvinceOverviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProvinceOverview'] = ResolversParentTypes['ProvinceOverview']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cities?: Resolver<Array<ResolversTypes['ProvinceCityRow']>, ParentType, ContextType>;
  sharedTargets?: Resolver<Array<ResolversTypes['SharedTarget']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['ProvinceCityUnit'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublicServiceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PublicService'] = ResolversParentTypes['PublicService']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditFilterOptions?: Resolver<ResolversTypes['AuditFilterOptions'], ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditPage'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  bulletin?: Resolver<ResolversTypes['Bulletin'], ParentType, ContextType, RequireFields<QueryBulletinArgs, 'reviewId'>>;
  dutyList?: Resolver<ResolversTypes['DutyList'], ParentType, ContextType, RequireFields<QueryDutyListArgs, 'unitId'>>;
  figureChecks?: Resolver<ResolversTypes['FigureChecks'], ParentType, ContextType, RequireFields<QueryFigureChecksArgs, 'planId'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  myTodo?: Resolver<ResolversTypes['MyTodo'], ParentType, ContextType>;
  myTodoCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planDashboard?: Resolver<ResolversTypes['PlanDashboard'], ParentType, ContextType, RequireFields<QueryPlanDashboardArgs, 'planId'>>;
  planDocument?: Resolver<ResolversTypes['PlanDocument'], ParentType, ContextType, RequireFields<QueryPlanDocumentArgs, 'planId'>>;
  planEditor?: Resolver<ResolversTypes['PlanEditor'], ParentType, ContextType, RequireFields<QueryPlanEditorArgs, 'planId'>>;
  planHistory?: Resolver<ResolversTypes['PlanHistory'], ParentType, ContextType, RequireFields<QueryPlanHistoryArgs, 'planId'>>;
  planLocks?: Resolver<ResolversTypes['PlanLocks'], ParentType, ContextType, RequireFields<QueryPlanLocksArgs, 'planId'>>;
  planRollups?: Resolver<ResolversTypes['PlanRollups'], ParentType, ContextType, RequireFields<QueryPlanRollupsArgs, 'planId'>>;
  plans?: Resolver<Array<ResolversTypes['PlanInfo']>, ParentType, ContextType, Partial<QueryPlansArgs>>;
  provinceOverview?: Resolver<ResolversTypes['ProvinceOverview'], ParentType, ContextType, RequireFields<QueryProvinceOverviewArgs, 'unitId'>>;
  reportingDiscipline?: Resolver<ResolversTypes['ReportingDiscipline'], ParentType, ContextType, RequireFields<QueryReportingDisciplineArgs, 'planId'>>;
  review?: Resolver<ResolversTypes['ReviewDetail'], ParentType, ContextType, RequireFields<QueryReviewArgs, 'id'>>;
  reviews?: Resolver<Array<ResolversTypes['ReviewListItem']>, ParentType, ContextType, RequireFields<QueryReviewsArgs, 'planId'>>;
  scoreSheet?: Resolver<ResolversTypes['ScoreSheet'], ParentType, ContextType, RequireFields<QueryScoreSheetArgs, 'planId'>>;
  search?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'query'>>;
  sectionCalendar?: Resolver<ResolversTypes['CalendarFeed'], ParentType, ContextType, RequireFields<QuerySectionCalendarArgs, 'sectionId'>>;
  sectionDispatch?: Resolver<ResolversTypes['Dispatch'], ParentType, ContextType, RequireFields<QuerySectionDispatchArgs, 'month' | 'planId'>>;
  sectionDuties?: Resolver<ResolversTypes['SectionDuties'], ParentType, ContextType, RequireFields<QuerySectionDutiesArgs, 'sectionId'>>;
  sectionOverview?: Resolver<ResolversTypes['SectionOverview'], ParentType, ContextType, RequireFields<QuerySectionOverviewArgs, 'planId' | 'sectionId'>>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType, RequireFields<QuerySectionsArgs, 'unitId'>>;
  targetDetail?: Resolver<ResolversTypes['TargetDetail'], ParentType, ContextType, RequireFields<QueryTargetDetailArgs, 'targetId'>>;
  targetHistory?: Resolver<ResolversTypes['TargetHistory'], ParentType, ContextType, RequireFields<QueryTargetHistoryArgs, 'targetId'>>;
  targetRollup?: Resolver<ResolversTypes['TargetRollup'], ParentType, ContextType, RequireFields<QueryTargetRollupArgs, 'targetId'>>;
  unitTree?: Resolver<Array<ResolversTypes['UnitNode']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['UserAccount']>, ParentType, ContextType>;
};

export type RecordProgressPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordProgressPayload'] = ResolversParentTypes['RecordProgressPayload']> = {
  entry?: Resolver<ResolversTypes['ProgressEntry'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['TargetProgress'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RectificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Rectification'] = ResolversParentTypes['Rectification']> = {
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  answeredBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  closingNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notice?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  returnReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RectificationState'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RectificationStatus'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReportingDisciplineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportingDiscipline'] = ResolversParentTypes['ReportingDiscipline']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  latestMonth?: Resolver<Maybe<ResolversTypes['DisciplineMonth']>, ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['DisciplineMonth']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['PlanInfo'], ParentType, ContextType>;
  rates?: Resolver<ResolversTypes['DisciplineRates'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['SectionDiscipline']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = {
  bulletinIssuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReviewKind'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodIndex?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  planId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  snapshotAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewChange'] = ResolversParentTypes['ReviewChange']> = {
  after?: Resolver<ResolversTypes['ReviewStanding'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['ReviewStanding']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['ReviewChangeKind'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valueChanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewCommentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewComment'] = ResolversParentTypes['ReviewComment']> = {
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reviewId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sectionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewComparison'] = ResolversParentTypes['ReviewComparison']> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ReviewChange']>, ParentType, ContextType>;
  moved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewDetailResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewDetail'] = ResolversParentTypes['ReviewDetail']> = {
  comments?: Resolver<Array<ResolversTypes['ReviewComment']>, ParentType, ContextType>;
  comparison?: Resolver<ResolversTypes['ReviewComparison'], ParentType, ContextType>;
  dispatch?: Resolver<Maybe<ResolversTypes['Dispatch']>, ParentType, ContextType>;
  dueInPeriod?: Resolver<Array<ResolversTypes['ReviewSnapshotRow']>, ParentType, ContextType>;
  lagging?: Resolver<Array<ResolversTypes['ReviewSnapshotRow']>, ParentType, ContextType>;
  newRectificationDeadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['PlanInfo'], ParentType, ContextType>;
  rectifications?: Resolver<Array<ResolversTypes['Rectification']>, ParentType, ContextType>;
  review?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ReviewSnapshotRow']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['ReviewSectionSummary']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['Summary'], ParentType, ContextType>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewListItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewListItem'] = ResolversParentTypes['ReviewListItem']> = {
  commentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openRectificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rectificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  review?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewSectionSummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewSectionSummary'] = ResolversParentTypes['ReviewSectionSummary']> = {
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['Summary'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewSnapshotRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewSnapshotRow'] = ResolversParentTypes['ReviewSnapshotRow']> = {
  areaName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  computedScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dueInPeriod?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expectedRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  forecastRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  forecastValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  needsAttention?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['SnapshotOwner']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviewStandingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewStanding'] = ResolversParentTypes['ReviewStanding']> = {
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RollupGapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RollupGap'] = ResolversParentTypes['RollupGap']> = {
  agreement?: Resolver<ResolversTypes['RollupAgreement'], ParentType, ContextType>;
  difference?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  missingCounties?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ScoreAreaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScoreArea'] = ResolversParentTypes['ScoreArea']> = {
  category?: Resolver<ResolversTypes['AreaCategory'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsSum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ScoreRow']>, ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['ScoreTotal'], ParentType, ContextType>;
  weightsValid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ScoreRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScoreRow'] = ResolversParentTypes['ScoreRow']> = {
  adjustedScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  areaName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['ScoreBasis'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['AreaCategory'], ParentType, ContextType>;
  computedScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  configuredFloor?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  configuredRule?: Resolver<Maybe<ResolversTypes['ScoringRule']>, ParentType, ContextType>;
  declaredScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  finalScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  floor?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pointsOverride?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['TargetProgress'], ParentType, ContextType>;
  provinceAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  provinceBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  provinceReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provinceScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  provinceVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['ScoringRule'], ParentType, ContextType>;
  selfAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  selfBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  selfJustification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selfScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  selfVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanProvinceScore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanSelfAssess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ScoreSheetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScoreSheet'] = ResolversParentTypes['ScoreSheet']> = {
  areas?: Resolver<Array<ResolversTypes['ScoreArea']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  funding?: Resolver<ResolversTypes['ScoreTotal'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['SheetGrade'], ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['ScoreTotal'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['PlanInfo'], ParentType, ContextType>;
  scoreFloor?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sectionGaps?: Resolver<Array<ResolversTypes['SectionScoreGap']>, ParentType, ContextType>;
  selfAssessmentOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanScore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  work?: Resolver<ResolversTypes['ScoreTotal'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ScoreTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScoreTotal'] = ResolversParentTypes['ScoreTotal']> = {
  computedScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  finalScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  selfScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchGroup'] = ResolversParentTypes['SearchGroup']> = {
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  more?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dutySeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['SearchField'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  planId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  planTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  workItemSeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  groups?: Resolver<Array<ResolversTypes['SearchGroup']>, ParentType, ContextType>;
  more?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SectionDisciplineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectionDiscipline'] = ResolversParentTypes['SectionDiscipline']> = {
  cells?: Resolver<Array<ResolversTypes['DisciplineCell']>, ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['DisciplineMonth']>, ParentType, ContextType>;
  rates?: Resolver<ResolversTypes['DisciplineRates'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SectionDispatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectionDispatch'] = ResolversParentTypes['SectionDispatch']> = {
  rectifications?: Resolver<Array<ResolversTypes['Rectification']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['DispatchTarget']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SectionDutiesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectionDuties'] = ResolversParentTypes['SectionDuties']> = {
  items?: Resolver<Array<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['TargetDutyLink']>, ParentType, ContextType>;
  publicServices?: Resolver<Array<ResolversTypes['PublicService']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SectionDutyGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectionDutyGroup'] = ResolversParentTypes['SectionDutyGroup']> = {
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  publicServices?: Resolver<Array<ResolversTypes['PublicService']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SectionOverviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectionOverview'] = ResolversParentTypes['SectionOverview']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueThisMonth?: Resolver<Array<ResolversTypes['TargetProgress']>, ParentType, ContextType>;
  monthReports?: Resolver<Array<ResolversTypes['MonthReport']>, ParentType, ContextType>;
  openThisMonth?: Resolver<Array<ResolversTypes['TargetProgress']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['PlanInfo'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['Section'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['Summary'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['TargetProgress']>, ParentType, ContextType>;
  viewerCanRecord?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SectionProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectionProgress'] = ResolversParentTypes['SectionProgress']> = {
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['Summary'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SectionScoreGapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectionScoreGap'] = ResolversParentTypes['SectionScoreGap']> = {
  awardedTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  compared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  selfTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SharedTargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SharedTarget'] = ResolversParentTypes['SharedTarget']> = {
  cells?: Resolver<Array<ResolversTypes['SharedTargetCell']>, ParentType, ContextType>;
  measureUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SharedTargetCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SharedTargetCell'] = ResolversParentTypes['SharedTargetCell']> = {
  finalScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  latestValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SheetGradeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SheetGrade'] = ResolversParentTypes['SheetGrade']> = {
  bands?: Resolver<ResolversTypes['GradeBands'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['GradeBasis'], ParentType, ContextType>;
  byScore?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  capped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eligibleForHonours?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  external?: Resolver<Maybe<ResolversTypes['ExternalAssessmentRef']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Grade'], ParentType, ContextType>;
  maximum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  provinceTotal?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SnapshotOwnerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SnapshotOwner'] = ResolversParentTypes['SnapshotOwner']> = {
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatusCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatusCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusCounts'] = ResolversParentTypes['StatusCounts']> = {
  BEHIND?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  DONE?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  INACTIVE?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  NOT_STARTED?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ON_TRACK?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  OVERDUE?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Summary'] = ResolversParentTypes['Summary']> = {
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  completion?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SupervisionProcedureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupervisionProcedure'] = ResolversParentTypes['SupervisionProcedure']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  part?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = {
  amberAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  applicability?: Resolver<ResolversTypes['Applicability'], ParentType, ContextType>;
  applicabilityReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  areaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  assignedOwnerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  baselineSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  baselineValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  greenAt?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inactivePointsRule?: Resolver<ResolversTypes['InactivePointsRule'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TargetKind'], ParentType, ContextType>;
  measureUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nominalPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  planId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  remarks?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['MonthWindowView'], ParentType, ContextType>;
  windowText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wording?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetDetailResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetDetail'] = ResolversParentTypes['TargetDetail']> = {
  areaName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['ProgressEntry']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['FigurePoint']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['CountItem']>, ParentType, ContextType>;
  locks?: Resolver<Array<ResolversTypes['MonthLockView']>, ParentType, ContextType>;
  paceLine?: Resolver<Array<ResolversTypes['PacePoint']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['PlanInfo'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['TargetProgress'], ParentType, ContextType>;
  rectifications?: Resolver<Array<ResolversTypes['Rectification']>, ParentType, ContextType>;
  viewerCanAssignOwners?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanSetApplicability?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanSetThresholds?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanSignOffRectifications?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetDutyLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetDutyLink'] = ResolversParentTypes['TargetDutyLink']> = {
  duty?: Resolver<ResolversTypes['DutyRef'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['LinkedTarget'], ParentType, ContextType>;
  workItem?: Resolver<Maybe<ResolversTypes['WorkItemRef']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetHistoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetHistory'] = ResolversParentTypes['TargetHistory']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TargetKind'], ParentType, ContextType>;
  lineageKey?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measureUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['YearResult']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetProgress'] = ResolversParentTypes['TargetProgress']> = {
  band?: Resolver<ResolversTypes['Band'], ParentType, ContextType>;
  behindMargin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expectedRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  forecast?: Resolver<Maybe<ResolversTypes['Forecast']>, ParentType, ContextType>;
  growthPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reportedFor?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  statusRule?: Resolver<ResolversTypes['StatusRule'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  viewerCanRecord?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetRollupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetRollup'] = ResolversParentTypes['TargetRollup']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['TargetProgress'], ParentType, ContextType>;
  counties?: Resolver<Array<ResolversTypes['CountyRollup']>, ParentType, ContextType>;
  countiesTargetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['RollupGap']>, ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reportedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rollupKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TodoPlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TodoPlan'] = ResolversParentTypes['TodoPlan']> = {
  dueDay?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TodoRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TodoRow'] = ResolversParentTypes['TodoRow']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueDay?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  itemName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TodoKind'], ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  planId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  previousStatus?: Resolver<Maybe<ResolversTypes['TargetStatus']>, ParentType, ContextType>;
  rectificationState?: Resolver<Maybe<ResolversTypes['RectificationState']>, ParentType, ContextType>;
  reviewId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sectionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['TargetStatus']>, ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Unit'] = ResolversParentTypes['Unit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['UnitLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['PlanInfo']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UnitNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnitNode'] = ResolversParentTypes['UnitNode']> = {
  children?: Resolver<Array<ResolversTypes['UnitNode']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['UnitLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['PlanInfo']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mustChangePassword?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserAccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserAccount'] = ResolversParentTypes['UserAccount']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lockedMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WorkItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkItem'] = ResolversParentTypes['WorkItem']> = {
  duty?: Resolver<ResolversTypes['DutyRef'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['TargetDutyLink']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WorkItemRefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkItemRef'] = ResolversParentTypes['WorkItemRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type YearResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['YearResult'] = ResolversParentTypes['YearResult']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TargetKind'], ParentType, ContextType>;
  measureUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reportedFor?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AreaProgress?: AreaProgressResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditFilterOptions?: AuditFilterOptionsResolvers<ContextType>;
  AuditPage?: AuditPageResolvers<ContextType>;
  AuditRef?: AuditRefResolvers<ContextType>;
  AuditTarget?: AuditTargetResolvers<ContextType>;
  AuditTargetOption?: AuditTargetOptionResolvers<ContextType>;
  AuditUser?: AuditUserResolvers<ContextType>;
  Bulletin?: BulletinResolvers<ContextType>;
  BulletinDisciplineLine?: BulletinDisciplineLineResolvers<ContextType>;
  BulletinGroup?: BulletinGroupResolvers<ContextType>;
  BulletinNotice?: BulletinNoticeResolvers<ContextType>;
  BulletinTally?: BulletinTallyResolvers<ContextType>;
  BulletinTargetLine?: BulletinTargetLineResolvers<ContextType>;
  CalendarFeed?: CalendarFeedResolvers<ContextType>;
  CheckCounts?: CheckCountsResolvers<ContextType>;
  CityAreaScore?: CityAreaScoreResolvers<ContextType>;
  CountItem?: CountItemResolvers<ContextType>;
  CountItemPayload?: CountItemPayloadResolvers<ContextType>;
  CountyRollup?: CountyRollupResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisciplineCell?: DisciplineCellResolvers<ContextType>;
  DisciplineMonth?: DisciplineMonthResolvers<ContextType>;
  DisciplineRates?: DisciplineRatesResolvers<ContextType>;
  Dispatch?: DispatchResolvers<ContextType>;
  DispatchTarget?: DispatchTargetResolvers<ContextType>;
  Duty?: DutyResolvers<ContextType>;
  DutyBoundary?: DutyBoundaryResolvers<ContextType>;
  DutyBoundaryParty?: DutyBoundaryPartyResolvers<ContextType>;
  DutyList?: DutyListResolvers<ContextType>;
  DutyListCounts?: DutyListCountsResolvers<ContextType>;
  DutyRef?: DutyRefResolvers<ContextType>;
  EditableArea?: EditableAreaResolvers<ContextType>;
  EditableTarget?: EditableTargetResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  ExternalAssessment?: ExternalAssessmentResolvers<ContextType>;
  ExternalAssessmentRef?: ExternalAssessmentRefResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FigureCheck?: FigureCheckResolvers<ContextType>;
  FigureCheckTarget?: FigureCheckTargetResolvers<ContextType>;
  FigureChecks?: FigureChecksResolvers<ContextType>;
  FigurePoint?: FigurePointResolvers<ContextType>;
  Forecast?: ForecastResolvers<ContextType>;
  GradeBands?: GradeBandsResolvers<ContextType>;
  ImportPlanResult?: ImportPlanResultResolvers<ContextType>;
  ImportPreviewRow?: ImportPreviewRowResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  LinkedTarget?: LinkedTargetResolvers<ContextType>;
  MonthLockView?: MonthLockViewResolvers<ContextType>;
  MonthReport?: MonthReportResolvers<ContextType>;
  MonthWindowView?: MonthWindowViewResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MyTodo?: MyTodoResolvers<ContextType>;
  PacePoint?: PacePointResolvers<ContextType>;
  PlanDashboard?: PlanDashboardResolvers<ContextType>;
  PlanDocument?: PlanDocumentResolvers<ContextType>;
  PlanDocumentBlock?: PlanDocumentBlockResolvers<ContextType>;
  PlanEditor?: PlanEditorResolvers<ContextType>;
  PlanHistory?: PlanHistoryResolvers<ContextType>;
  PlanInfo?: PlanInfoResolvers<ContextType>;
  PlanLocks?: PlanLocksResolvers<ContextType>;
  PlanRef?: PlanRefResolvers<ContextType>;
  PlanRollups?: PlanRollupsResolvers<ContextType>;
  ProgressEntry?: ProgressEntryResolvers<ContextType>;
  ProvinceCityPlan?: ProvinceCityPlanResolvers<ContextType>;
  ProvinceCityRow?: ProvinceCityRowResolvers<ContextType>;
  ProvinceCityUnit?: ProvinceCityUnitResolvers<ContextType>;
  ProvinceOverview?: ProvinceOverviewResolvers<ContextType>;
  PublicService?: PublicServiceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordProgressPayload?: RecordProgressPayloadResolvers<ContextType>;
  Rectification?: RectificationResolvers<ContextType>;
  ReportingDiscipline?: ReportingDisciplineResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewChange?: ReviewChangeResolvers<ContextType>;
  ReviewComment?: ReviewCommentResolvers<ContextType>;
  ReviewComparison?: ReviewComparisonResolvers<ContextType>;
  ReviewDetail?: ReviewDetailResolvers<ContextType>;
  ReviewListItem?: ReviewListItemResolvers<ContextType>;
  ReviewSectionSummary?: ReviewSectionSummaryResolvers<ContextType>;
  ReviewSnapshotRow?: ReviewSnapshotRowResolvers<ContextType>;
  ReviewStanding?: ReviewStandingResolvers<ContextType>;
  RollupGap?: RollupGapResolvers<ContextType>;
  ScoreArea?: ScoreAreaResolvers<ContextType>;
  ScoreRow?: ScoreRowResolvers<ContextType>;
  ScoreSheet?: ScoreSheetResolvers<ContextType>;
  ScoreTotal?: ScoreTotalResolvers<ContextType>;
  SearchGroup?: SearchGroupResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  SectionDiscipline?: SectionDisciplineResolvers<ContextType>;
  SectionDispatch?: SectionDispatchResolvers<ContextType>;
  SectionDuties?: SectionDutiesResolvers<ContextType>;
  SectionDutyGroup?: SectionDutyGroupResolvers<ContextType>;
  SectionOverview?: SectionOverviewResolvers<ContextType>;
  SectionProgress?: SectionProgressResolvers<ContextType>;
  SectionScoreGap?: SectionScoreGapResolvers<ContextType>;
  SharedTarget?: SharedTargetResolvers<ContextType>;
  SharedTargetCell?: SharedTargetCellResolvers<ContextType>;
  SheetGrade?: SheetGradeResolvers<ContextType>;
  SnapshotOwner?: SnapshotOwnerResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  StatusCounts?: StatusCountsResolvers<ContextType>;
  Summary?: SummaryResolvers<ContextType>;
  SupervisionProcedure?: SupervisionProcedureResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetDetail?: TargetDetailResolvers<ContextType>;
  TargetDutyLink?: TargetDutyLinkResolvers<ContextType>;
  TargetHistory?: TargetHistoryResolvers<ContextType>;
  TargetProgress?: TargetProgressResolvers<ContextType>;
  TargetRollup?: TargetRollupResolvers<ContextType>;
  TodoPlan?: TodoPlanResolvers<ContextType>;
  TodoRow?: TodoRowResolvers<ContextType>;
  Unit?: UnitResolvers<ContextType>;
  UnitNode?: UnitNodeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserAccount?: UserAccountResolvers<ContextType>;
  WorkItem?: WorkItemResolvers<ContextType>;
  WorkItemRef?: WorkItemRefResolvers<ContextType>;
  YearResult?: YearResultResolvers<ContextType>;
};

