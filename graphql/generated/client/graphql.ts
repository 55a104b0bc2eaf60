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

export type AmendAction =
  /** 更正: replaces the figure */
  | 'CORRECTION'
  /** 撤回: cancels it */
  | 'WITHDRAWAL';

export type AmendProgressInput = {
  action: AmendAction;
  confirmLarge?: InputMaybe<Scalars['Boolean']['input']>;
  entryId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  reportedFor?: InputMaybe<Scalars['Date']['input']>;
  /** CORRECTION only */
  value?: InputMaybe<Scalars['Float']['input']>;
};

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
  name: Scalars['String']['output'];
  points: Scalars['Float']['output'];
  summary: Summary;
  targets: Array<TargetProgress>;
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

export type Forecast = {
  __typename?: 'Forecast';
  ratio?: Maybe<Scalars['Float']['output']>;
  value: Scalars['Float']['output'];
};

export type MonthWindowView = {
  __typename?: 'MonthWindowView';
  end: Scalars['Date']['output'];
  endMonth: Scalars['Int']['output'];
  /** false when the plan names no months: the whole year is used */
  specified: Scalars['Boolean']['output'];
  start: Scalars['Date']['output'];
  startMonth: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Attach a web link as evidence to a report (files are uploaded to /api/progress/{entryId}/evidence). */
  addEvidenceLink: Evidence;
  /** Correct or withdraw a report by a new recorded action with a reason; nothing is deleted. */
  amendProgress: RecordProgressPayload;
  recordProgress: RecordProgressPayload;
};


export type MutationAddEvidenceLinkArgs = {
  entryId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};


export type MutationAmendProgressArgs = {
  input: AmendProgressInput;
};


export type MutationRecordProgressArgs = {
  input: RecordProgressInput;
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
  plan: PlanInfo;
  sections: Array<SectionProgress>;
  summary: Summary;
  targets: Array<TargetProgress>;
};

export type PlanInfo = {
  __typename?: 'PlanInfo';
  assessmentGroup?: Maybe<Scalars['String']['output']>;
  behindMargin: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  otherNotes?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  totalPoints: Scalars['Float']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type ProgressEntry = {
  __typename?: 'ProgressEntry';
  action: Scalars['String']['output'];
  /** false once corrected or withdrawn, and for the withdrawal records themselves */
  counts: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** The signed-in user, or null. */
  me?: Maybe<User>;
  /** asOf defaults to today clamped to the plan year */
  planDashboard: PlanDashboard;
  plans: Array<PlanInfo>;
  sectionOverview: SectionOverview;
  sections: Array<Section>;
  targetDetail: TargetDetail;
  units: Array<Unit>;
};


export type QueryPlanDashboardArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  planId: Scalars['ID']['input'];
};


export type QueryPlansArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
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

export type RecordProgressInput = {
  /** set after the user confirmed a value more than 10× the target */
  confirmLarge?: InputMaybe<Scalars['Boolean']['input']>;
  /** the target version the form was loaded with; a newer one means someone else saved first */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  reportedFor: Scalars['Date']['input'];
  targetId: Scalars['ID']['input'];
  value: Scalars['Float']['input'];
};

export type RecordProgressPayload = {
  __typename?: 'RecordProgressPayload';
  entry: ProgressEntry;
  progress: TargetProgress;
};

export type Role =
  | 'ADMIN'
  | 'ASSESSOR'
  | 'LEADER'
  | 'SECTION_HEAD';

export type Section = {
  __typename?: 'Section';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  unitId: Scalars['ID']['output'];
};

export type SectionOverview = {
  __typename?: 'SectionOverview';
  asOf: Scalars['Date']['output'];
  /** targets whose window ends in the as-of month */
  dueThisMonth: Array<TargetProgress>;
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

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  points: Scalars['Float']['output'];
  status: TargetStatus;
};

export type Summary = {
  __typename?: 'Summary';
  byStatus: Array<StatusCount>;
  /** points-weighted completion, 0–1 */
  completion: Scalars['Float']['output'];
  count: Scalars['Int']['output'];
  totalPoints: Scalars['Float']['output'];
};

export type Target = {
  __typename?: 'Target';
  areaId: Scalars['ID']['output'];
  baselineSource?: Maybe<Scalars['String']['output']>;
  baselineValue?: Maybe<Scalars['Float']['output']>;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: TargetKind;
  measureUnit?: Maybe<Scalars['String']['output']>;
  /** empty when the plan names no owner (未指定) */
  owners: Array<Section>;
  planId: Scalars['ID']['output'];
  /** points at stake: the override, or an equal share of the area's points */
  points: Scalars['Float']['output'];
  remarks?: Maybe<Scalars['String']['output']>;
  targetValue?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  window: MonthWindowView;
  windowText?: Maybe<Scalars['String']['output']>;
  wording: Scalars['String']['output'];
};

export type TargetDetail = {
  __typename?: 'TargetDetail';
  areaName: Scalars['String']['output'];
  asOf: Scalars['Date']['output'];
  entries: Array<ProgressEntry>;
  paceLine: Array<PacePoint>;
  plan: PlanInfo;
  progress: TargetProgress;
  /** whether the signed-in user may report on this target */
  viewerCanRecord: Scalars['Boolean']['output'];
};

export type TargetKind =
  | 'AMOUNT'
  | 'COUNT'
  | 'DECLARATION'
  | 'GROWTH_PCT'
  | 'MILESTONE';

/** A target evaluated at an as-of date. */
export type TargetProgress = {
  __typename?: 'TargetProgress';
  /** the share of the window elapsed at asOf, i.e. the linear pace */
  expectedRatio: Scalars['Float']['output'];
  forecast?: Maybe<Forecast>;
  /** for growth targets: the growth in % of the latest value over the baseline */
  growthPercent?: Maybe<Scalars['Float']['output']>;
  /** completion ratio (1 = 100%), uncapped; null when not computable */
  ratio?: Maybe<Scalars['Float']['output']>;
  reportedFor?: Maybe<Scalars['Date']['output']>;
  status: TargetStatus;
  target: Target;
  /** latest reported cumulative value on or before asOf */
  value?: Maybe<Scalars['Float']['output']>;
};

export type TargetStatus =
  | 'BEHIND'
  | 'DONE'
  | 'NOT_STARTED'
  | 'ON_TRACK'
  | 'OVERDUE';

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
  | 'COUNTY';

export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  section?: Maybe<Section>;
  unitId: Scalars['ID']['output'];
  username: Scalars['String']['output'];
};

export type SummaryFieldsFragment = { __typename?: 'Summary', count: number, totalPoints: number, completion: number, byStatus: Array<{ __typename?: 'StatusCount', status: TargetStatus, count: number, points: number }> };

export type TargetRowFieldsFragment = { __typename?: 'TargetProgress', status: TargetStatus, value?: number | null, reportedFor?: string | null, ratio?: number | null, growthPercent?: number | null, expectedRatio: number, forecast?: { __typename?: 'Forecast', value: number, ratio?: number | null } | null, target: { __typename?: 'Target', id: string, areaId: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, points: number, version: number, windowText?: string | null, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean, start: string, end: string }, owners: Array<{ __typename?: 'Section', id: string, name: string }> } };

export type HomePlansQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePlansQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'PlanInfo', id: string, unitId: string, year: number }> };

export type PlanDashboardQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type PlanDashboardQuery = { __typename?: 'Query', planDashboard: { __typename?: 'PlanDashboard', asOf: string, plan: { __typename?: 'PlanInfo', id: string, year: number, title: string, unitName: string, source?: string | null, totalPoints: number }, summary: { __typename?: 'Summary', count: number, totalPoints: number, completion: number, byStatus: Array<{ __typename?: 'StatusCount', status: TargetStatus, count: number, points: number }> }, areas: Array<{ __typename?: 'AreaProgress', id: string, code: string, name: string, category: AreaCategory, points: number, summary: { __typename?: 'Summary', count: number, totalPoints: number, completion: number, byStatus: Array<{ __typename?: 'StatusCount', status: TargetStatus, count: number, points: number }> } }>, sections: Array<{ __typename?: 'SectionProgress', section?: { __typename?: 'Section', id: string, name: string } | null, summary: { __typename?: 'Summary', count: number, totalPoints: number, completion: number, byStatus: Array<{ __typename?: 'StatusCount', status: TargetStatus, count: number, points: number }> } }>, targets: Array<{ __typename?: 'TargetProgress', status: TargetStatus, value?: number | null, reportedFor?: string | null, ratio?: number | null, growthPercent?: number | null, expectedRatio: number, forecast?: { __typename?: 'Forecast', value: number, ratio?: number | null } | null, target: { __typename?: 'Target', id: string, areaId: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, points: number, version: number, windowText?: string | null, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean, start: string, end: string }, owners: Array<{ __typename?: 'Section', id: string, name: string }> } }> } };

export type SectionPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type SectionPlansQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'PlanInfo', id: string, unitId: string }> };

export type SectionOverviewQueryVariables = Exact<{
  sectionId: Scalars['ID']['input'];
  planId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type SectionOverviewQuery = { __typename?: 'Query', sectionOverview: { __typename?: 'SectionOverview', asOf: string, viewerCanRecord: boolean, section: { __typename?: 'Section', id: string, name: string, phone?: string | null, unitId: string }, plan: { __typename?: 'PlanInfo', id: string, year: number, title: string }, summary: { __typename?: 'Summary', count: number, totalPoints: number, completion: number, byStatus: Array<{ __typename?: 'StatusCount', status: TargetStatus, count: number, points: number }> }, targets: Array<{ __typename?: 'TargetProgress', status: TargetStatus, value?: number | null, reportedFor?: string | null, ratio?: number | null, growthPercent?: number | null, expectedRatio: number, forecast?: { __typename?: 'Forecast', value: number, ratio?: number | null } | null, target: { __typename?: 'Target', id: string, areaId: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, points: number, version: number, windowText?: string | null, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean, start: string, end: string }, owners: Array<{ __typename?: 'Section', id: string, name: string }> } }>, dueThisMonth: Array<{ __typename?: 'TargetProgress', status: TargetStatus, value?: number | null, reportedFor?: string | null, ratio?: number | null, growthPercent?: number | null, expectedRatio: number, forecast?: { __typename?: 'Forecast', value: number, ratio?: number | null } | null, target: { __typename?: 'Target', id: string, areaId: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, points: number, version: number, windowText?: string | null, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean, start: string, end: string }, owners: Array<{ __typename?: 'Section', id: string, name: string }> } }>, openThisMonth: Array<{ __typename?: 'TargetProgress', status: TargetStatus, value?: number | null, reportedFor?: string | null, ratio?: number | null, growthPercent?: number | null, expectedRatio: number, forecast?: { __typename?: 'Forecast', value: number, ratio?: number | null } | null, target: { __typename?: 'Target', id: string, areaId: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, points: number, version: number, windowText?: string | null, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean, start: string, end: string }, owners: Array<{ __typename?: 'Section', id: string, name: string }> } }> } };

export type TargetDetailQueryVariables = Exact<{
  targetId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type TargetDetailQuery = { __typename?: 'Query', targetDetail: { __typename?: 'TargetDetail', asOf: string, areaName: string, viewerCanRecord: boolean, plan: { __typename?: 'PlanInfo', id: string, year: number, title: string }, progress: { __typename?: 'TargetProgress', status: TargetStatus, value?: number | null, reportedFor?: string | null, ratio?: number | null, growthPercent?: number | null, expectedRatio: number, target: { __typename?: 'Target', baselineSource?: string | null, remarks?: string | null, id: string, areaId: string, code: string, title: string, wording: string, kind: TargetKind, measureUnit?: string | null, targetValue?: number | null, baselineValue?: number | null, points: number, version: number, windowText?: string | null, window: { __typename?: 'MonthWindowView', startMonth: number, endMonth: number, specified: boolean, start: string, end: string }, owners: Array<{ __typename?: 'Section', id: string, name: string }> }, forecast?: { __typename?: 'Forecast', value: number, ratio?: number | null } | null }, paceLine: Array<{ __typename?: 'PacePoint', date: string, expected?: number | null }>, entries: Array<{ __typename?: 'ProgressEntry', id: string, value: number, reportedFor: string, note?: string | null, action: string, reason?: string | null, counts: boolean, isDemo: boolean, createdAt: string, evidence: Array<{ __typename?: 'Evidence', id: string, kind: string, title: string, url?: string | null }>, reportedBy: { __typename?: 'User', displayName: string } }> } };

export type AmendProgressMutationVariables = Exact<{
  input: AmendProgressInput;
}>;


export type AmendProgressMutation = { __typename?: 'Mutation', amendProgress: { __typename?: 'RecordProgressPayload', entry: { __typename?: 'ProgressEntry', id: string } } };

export type RecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type RecordProgressMutation = { __typename?: 'Mutation', recordProgress: { __typename?: 'RecordProgressPayload', entry: { __typename?: 'ProgressEntry', id: string, value: number }, progress: { __typename?: 'TargetProgress', status: TargetStatus, ratio?: number | null, target: { __typename?: 'Target', version: number } } } };

export type QuickRecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type QuickRecordProgressMutation = { __typename?: 'Mutation', recordProgress: { __typename?: 'RecordProgressPayload', progress: { __typename?: 'TargetProgress', status: TargetStatus } } };

export type AddEvidenceLinkMutationVariables = Exact<{
  entryId: Scalars['ID']['input'];
  url: Scalars['String']['input'];
}>;


export type AddEvidenceLinkMutation = { __typename?: 'Mutation', addEvidenceLink: { __typename?: 'Evidence', id: string } };

export const SummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Summary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]} as unknown as DocumentNode<SummaryFieldsFragment, unknown>;
export const TargetRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedFor"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"growthPercent"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"windowText"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TargetRowFieldsFragment, unknown>;
export const HomePlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<HomePlansQuery, HomePlansQueryVariables>;
export const PlanDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Summary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedFor"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"growthPercent"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"windowText"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PlanDashboardQuery, PlanDashboardQueryVariables>;
export const SectionPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}}]}}]} as unknown as DocumentNode<SectionPlansQuery, SectionPlansQueryVariables>;
export const SectionOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueThisMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openThisMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Summary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"completion"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedFor"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"growthPercent"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"windowText"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SectionOverviewQuery, SectionOverviewQueryVariables>;
export const TargetDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetDetail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecord"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TargetRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baselineSource"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paceLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedFor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TargetRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reportedFor"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"growthPercent"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wording"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"measureUnit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"windowText"}},{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonth"}},{"kind":"Field","name":{"kind":"Name","value":"endMonth"}},{"kind":"Field","name":{"kind":"Name","value":"specified"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TargetDetailQuery, TargetDetailQueryVariables>;
export const AmendProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AmendProgressMutation, AmendProgressMutationVariables>;
export const RecordProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordProgressMutation, RecordProgressMutationVariables>;
export const QuickRecordProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuickRecordProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<QuickRecordProgressMutation, QuickRecordProgressMutationVariables>;
export const AddEvidenceLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEvidenceLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEvidenceLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddEvidenceLinkMutation, AddEvidenceLinkMutationVariables>;