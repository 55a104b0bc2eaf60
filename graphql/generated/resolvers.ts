import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProgressEntryView, TargetDetailView } from '../../lib/server/plans/find-target-detail';
import type { EvidenceView } from '../../lib/server/evidence/find-evidence';
import type { SectionOverviewView } from '../../lib/server/plans/find-section-overview';
import type { UnitView } from '../../lib/server/units/list-units';
import type { UserView } from '../../lib/server/users/find-users';
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
  AmendAction: AmendAction;
  AmendProgressInput: AmendProgressInput;
  AreaCategory: AreaCategory;
  AreaProgress: ResolverTypeWrapper<AreaProgress>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Evidence: ResolverTypeWrapper<EvidenceView>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Forecast: ResolverTypeWrapper<Forecast>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MonthWindowView: ResolverTypeWrapper<MonthWindowView>;
  Mutation: ResolverTypeWrapper<{}>;
  PacePoint: ResolverTypeWrapper<PacePoint>;
  PlanDashboard: ResolverTypeWrapper<PlanDashboard>;
  PlanInfo: ResolverTypeWrapper<PlanInfo>;
  ProgressEntry: ResolverTypeWrapper<ProgressEntryView>;
  Query: ResolverTypeWrapper<{}>;
  RecordProgressInput: RecordProgressInput;
  RecordProgressPayload: ResolverTypeWrapper<Omit<RecordProgressPayload, 'entry'> & { entry: ResolversTypes['ProgressEntry'] }>;
  Role: Role;
  Section: ResolverTypeWrapper<Section>;
  SectionOverview: ResolverTypeWrapper<SectionOverviewView>;
  SectionProgress: ResolverTypeWrapper<SectionProgress>;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Summary: ResolverTypeWrapper<Summary>;
  Target: ResolverTypeWrapper<Target>;
  TargetDetail: ResolverTypeWrapper<TargetDetailView>;
  TargetKind: TargetKind;
  TargetProgress: ResolverTypeWrapper<TargetProgress>;
  TargetStatus: TargetStatus;
  Unit: ResolverTypeWrapper<UnitView>;
  UnitLevel: UnitLevel;
  User: ResolverTypeWrapper<UserView>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AmendProgressInput: AmendProgressInput;
  AreaProgress: AreaProgress;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Evidence: EvidenceView;
  Float: Scalars['Float']['output'];
  Forecast: Forecast;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MonthWindowView: MonthWindowView;
  Mutation: {};
  PacePoint: PacePoint;
  PlanDashboard: PlanDashboard;
  PlanInfo: PlanInfo;
  ProgressEntry: ProgressEntryView;
  Query: {};
  RecordProgressInput: RecordProgressInput;
  RecordProgressPayload: Omit<RecordProgressPayload, 'entry'> & { entry: ResolversParentTypes['ProgressEntry'] };
  Section: Section;
  SectionOverview: SectionOverviewView;
  SectionProgress: SectionProgress;
  StatusCount: StatusCount;
  String: Scalars['String']['output'];
  Summary: Summary;
  Target: Target;
  TargetDetail: TargetDetailView;
  TargetProgress: TargetProgress;
  Unit: UnitView;
  User: UserView;
};

export type AreaProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AreaProgress'] = ResolversParentTypes['AreaProgress']> = {
  category?: Resolver<ResolversTypes['AreaCategory'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['Summary'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['TargetProgress']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

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

export type ForecastResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Forecast'] = ResolversParentTypes['Forecast']> = {
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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
  addEvidenceLink?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType, RequireFields<MutationAddEvidenceLinkArgs, 'entryId' | 'url'>>;
  amendProgress?: Resolver<ResolversTypes['RecordProgressPayload'], ParentType, ContextType, RequireFields<MutationAmendProgressArgs, 'input'>>;
  recordProgress?: Resolver<ResolversTypes['RecordProgressPayload'], ParentType, ContextType, RequireFields<MutationRecordProgressArgs, 'input'>>;
};

export type PacePointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PacePoint'] = ResolversParentTypes['PacePoint']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  expected?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanDashboardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanDashboard'] = ResolversParentTypes['PlanDashboard']> = {
  areas?: Resolver<Array<ResolversTypes['AreaProgress']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['PlanInfo'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['SectionProgress']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['Summary'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['TargetProgress']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanInfo'] = ResolversParentTypes['PlanInfo']> = {
  assessmentGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  behindMargin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  otherNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgressEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProgressEntry'] = ResolversParentTypes['ProgressEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  planDashboard?: Resolver<ResolversTypes['PlanDashboard'], ParentType, ContextType, RequireFields<QueryPlanDashboardArgs, 'planId'>>;
  plans?: Resolver<Array<ResolversTypes['PlanInfo']>, ParentType, ContextType, Partial<QueryPlansArgs>>;
  sectionOverview?: Resolver<ResolversTypes['SectionOverview'], ParentType, ContextType, RequireFields<QuerySectionOverviewArgs, 'planId' | 'sectionId'>>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType, RequireFields<QuerySectionsArgs, 'unitId'>>;
  targetDetail?: Resolver<ResolversTypes['TargetDetail'], ParentType, ContextType, RequireFields<QueryTargetDetailArgs, 'targetId'>>;
  units?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
};

export type RecordProgressPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordProgressPayload'] = ResolversParentTypes['RecordProgressPayload']> = {
  entry?: Resolver<ResolversTypes['ProgressEntry'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['TargetProgress'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SectionOverviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SectionOverview'] = ResolversParentTypes['SectionOverview']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueThisMonth?: Resolver<Array<ResolversTypes['TargetProgress']>, ParentType, ContextType>;
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

export type StatusCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SummaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Summary'] = ResolversParentTypes['Summary']> = {
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  completion?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = {
  areaId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  baselineSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  baselineValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TargetKind'], ParentType, ContextType>;
  measureUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  paceLine?: Resolver<Array<ResolversTypes['PacePoint']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['PlanInfo'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['TargetProgress'], ParentType, ContextType>;
  viewerCanRecord?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetProgress'] = ResolversParentTypes['TargetProgress']> = {
  expectedRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  forecast?: Resolver<Maybe<ResolversTypes['Forecast']>, ParentType, ContextType>;
  growthPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reportedFor?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
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

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['Section']>, ParentType, ContextType>;
  unitId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AreaProgress?: AreaProgressResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Evidence?: EvidenceResolvers<ContextType>;
  Forecast?: ForecastResolvers<ContextType>;
  MonthWindowView?: MonthWindowViewResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PacePoint?: PacePointResolvers<ContextType>;
  PlanDashboard?: PlanDashboardResolvers<ContextType>;
  PlanInfo?: PlanInfoResolvers<ContextType>;
  ProgressEntry?: ProgressEntryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordProgressPayload?: RecordProgressPayloadResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  SectionOverview?: SectionOverviewResolvers<ContextType>;
  SectionProgress?: SectionProgressResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  Summary?: SummaryResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetDetail?: TargetDetailResolvers<ContextType>;
  TargetProgress?: TargetProgressResolvers<ContextType>;
  Unit?: UnitResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

