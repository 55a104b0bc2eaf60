/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SummaryFields on Summary {\n    count\n    totalPoints\n    completion\n    byStatus {\n      status\n      count\n      points\n    }\n  }\n": typeof types.SummaryFieldsFragmentDoc,
    "\n  fragment TargetRowFields on TargetProgress {\n    status\n    value\n    reportedFor\n    ratio\n    growthPercent\n    expectedRatio\n    forecast {\n      value\n      ratio\n    }\n    target {\n      id\n      areaId\n      code\n      title\n      wording\n      kind\n      measureUnit\n      targetValue\n      baselineValue\n      points\n      version\n      windowText\n      window {\n        startMonth\n        endMonth\n        specified\n        start\n        end\n      }\n      owners {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TargetRowFieldsFragmentDoc,
    "\n  query HomePlans {\n    plans {\n      id\n      unitId\n      year\n    }\n  }\n": typeof types.HomePlansDocument,
    "\n  query PlanDashboard($planId: ID!, $asOf: Date) {\n    planDashboard(planId: $planId, asOf: $asOf) {\n      asOf\n      plan {\n        id\n        year\n        title\n        unitName\n        source\n        totalPoints\n      }\n      summary {\n        ...SummaryFields\n      }\n      areas {\n        id\n        code\n        name\n        category\n        points\n        summary {\n          ...SummaryFields\n        }\n      }\n      sections {\n        section {\n          id\n          name\n        }\n        summary {\n          ...SummaryFields\n        }\n      }\n      targets {\n        ...TargetRowFields\n      }\n    }\n  }\n": typeof types.PlanDashboardDocument,
    "\n  query SectionPlans {\n    plans {\n      id\n      unitId\n    }\n  }\n": typeof types.SectionPlansDocument,
    "\n  query SectionOverview($sectionId: ID!, $planId: ID!, $asOf: Date) {\n    sectionOverview(sectionId: $sectionId, planId: $planId, asOf: $asOf) {\n      asOf\n      section {\n        id\n        name\n        phone\n        unitId\n      }\n      plan {\n        id\n        year\n        title\n      }\n      summary {\n        ...SummaryFields\n      }\n      targets {\n        ...TargetRowFields\n      }\n      dueThisMonth {\n        ...TargetRowFields\n      }\n      openThisMonth {\n        ...TargetRowFields\n      }\n      viewerCanRecord\n    }\n  }\n": typeof types.SectionOverviewDocument,
    "\n  query TargetDetail($targetId: ID!, $asOf: Date) {\n    targetDetail(targetId: $targetId, asOf: $asOf) {\n      asOf\n      areaName\n      viewerCanRecord\n      plan {\n        id\n        year\n        title\n      }\n      progress {\n        ...TargetRowFields\n        target {\n          baselineSource\n          remarks\n        }\n      }\n      paceLine {\n        date\n        expected\n      }\n      entries {\n        id\n        value\n        reportedFor\n        note\n        action\n        reason\n        counts\n        isDemo\n        createdAt\n        evidence {\n          id\n          kind\n          title\n          url\n        }\n        reportedBy {\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.TargetDetailDocument,
    "\n  mutation AmendProgress($input: AmendProgressInput!) {\n    amendProgress(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.AmendProgressDocument,
    "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      entry {\n        id\n        value\n      }\n      progress {\n        status\n        ratio\n        target {\n          version\n        }\n      }\n    }\n  }\n": typeof types.RecordProgressDocument,
    "\n  mutation QuickRecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      progress {\n        status\n      }\n    }\n  }\n": typeof types.QuickRecordProgressDocument,
    "\n  mutation AddEvidenceLink($entryId: ID!, $url: String!) {\n    addEvidenceLink(entryId: $entryId, url: $url) {\n      id\n    }\n  }\n": typeof types.AddEvidenceLinkDocument,
};
const documents: Documents = {
    "\n  fragment SummaryFields on Summary {\n    count\n    totalPoints\n    completion\n    byStatus {\n      status\n      count\n      points\n    }\n  }\n": types.SummaryFieldsFragmentDoc,
    "\n  fragment TargetRowFields on TargetProgress {\n    status\n    value\n    reportedFor\n    ratio\n    growthPercent\n    expectedRatio\n    forecast {\n      value\n      ratio\n    }\n    target {\n      id\n      areaId\n      code\n      title\n      wording\n      kind\n      measureUnit\n      targetValue\n      baselineValue\n      points\n      version\n      windowText\n      window {\n        startMonth\n        endMonth\n        specified\n        start\n        end\n      }\n      owners {\n        id\n        name\n      }\n    }\n  }\n": types.TargetRowFieldsFragmentDoc,
    "\n  query HomePlans {\n    plans {\n      id\n      unitId\n      year\n    }\n  }\n": types.HomePlansDocument,
    "\n  query PlanDashboard($planId: ID!, $asOf: Date) {\n    planDashboard(planId: $planId, asOf: $asOf) {\n      asOf\n      plan {\n        id\n        year\n        title\n        unitName\n        source\n        totalPoints\n      }\n      summary {\n        ...SummaryFields\n      }\n      areas {\n        id\n        code\n        name\n        category\n        points\n        summary {\n          ...SummaryFields\n        }\n      }\n      sections {\n        section {\n          id\n          name\n        }\n        summary {\n          ...SummaryFields\n        }\n      }\n      targets {\n        ...TargetRowFields\n      }\n    }\n  }\n": types.PlanDashboardDocument,
    "\n  query SectionPlans {\n    plans {\n      id\n      unitId\n    }\n  }\n": types.SectionPlansDocument,
    "\n  query SectionOverview($sectionId: ID!, $planId: ID!, $asOf: Date) {\n    sectionOverview(sectionId: $sectionId, planId: $planId, asOf: $asOf) {\n      asOf\n      section {\n        id\n        name\n        phone\n        unitId\n      }\n      plan {\n        id\n        year\n        title\n      }\n      summary {\n        ...SummaryFields\n      }\n      targets {\n        ...TargetRowFields\n      }\n      dueThisMonth {\n        ...TargetRowFields\n      }\n      openThisMonth {\n        ...TargetRowFields\n      }\n      viewerCanRecord\n    }\n  }\n": types.SectionOverviewDocument,
    "\n  query TargetDetail($targetId: ID!, $asOf: Date) {\n    targetDetail(targetId: $targetId, asOf: $asOf) {\n      asOf\n      areaName\n      viewerCanRecord\n      plan {\n        id\n        year\n        title\n      }\n      progress {\n        ...TargetRowFields\n        target {\n          baselineSource\n          remarks\n        }\n      }\n      paceLine {\n        date\n        expected\n      }\n      entries {\n        id\n        value\n        reportedFor\n        note\n        action\n        reason\n        counts\n        isDemo\n        createdAt\n        evidence {\n          id\n          kind\n          title\n          url\n        }\n        reportedBy {\n          displayName\n        }\n      }\n    }\n  }\n": types.TargetDetailDocument,
    "\n  mutation AmendProgress($input: AmendProgressInput!) {\n    amendProgress(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n": types.AmendProgressDocument,
    "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      entry {\n        id\n        value\n      }\n      progress {\n        status\n        ratio\n        target {\n          version\n        }\n      }\n    }\n  }\n": types.RecordProgressDocument,
    "\n  mutation QuickRecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      progress {\n        status\n      }\n    }\n  }\n": types.QuickRecordProgressDocument,
    "\n  mutation AddEvidenceLink($entryId: ID!, $url: String!) {\n    addEvidenceLink(entryId: $entryId, url: $url) {\n      id\n    }\n  }\n": types.AddEvidenceLinkDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SummaryFields on Summary {\n    count\n    totalPoints\n    completion\n    byStatus {\n      status\n      count\n      points\n    }\n  }\n"): (typeof documents)["\n  fragment SummaryFields on Summary {\n    count\n    totalPoints\n    completion\n    byStatus {\n      status\n      count\n      points\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetRowFields on TargetProgress {\n    status\n    value\n    reportedFor\n    ratio\n    growthPercent\n    expectedRatio\n    forecast {\n      value\n      ratio\n    }\n    target {\n      id\n      areaId\n      code\n      title\n      wording\n      kind\n      measureUnit\n      targetValue\n      baselineValue\n      points\n      version\n      windowText\n      window {\n        startMonth\n        endMonth\n        specified\n        start\n        end\n      }\n      owners {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TargetRowFields on TargetProgress {\n    status\n    value\n    reportedFor\n    ratio\n    growthPercent\n    expectedRatio\n    forecast {\n      value\n      ratio\n    }\n    target {\n      id\n      areaId\n      code\n      title\n      wording\n      kind\n      measureUnit\n      targetValue\n      baselineValue\n      points\n      version\n      windowText\n      window {\n        startMonth\n        endMonth\n        specified\n        start\n        end\n      }\n      owners {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePlans {\n    plans {\n      id\n      unitId\n      year\n    }\n  }\n"): (typeof documents)["\n  query HomePlans {\n    plans {\n      id\n      unitId\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanDashboard($planId: ID!, $asOf: Date) {\n    planDashboard(planId: $planId, asOf: $asOf) {\n      asOf\n      plan {\n        id\n        year\n        title\n        unitName\n        source\n        totalPoints\n      }\n      summary {\n        ...SummaryFields\n      }\n      areas {\n        id\n        code\n        name\n        category\n        points\n        summary {\n          ...SummaryFields\n        }\n      }\n      sections {\n        section {\n          id\n          name\n        }\n        summary {\n          ...SummaryFields\n        }\n      }\n      targets {\n        ...TargetRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanDashboard($planId: ID!, $asOf: Date) {\n    planDashboard(planId: $planId, asOf: $asOf) {\n      asOf\n      plan {\n        id\n        year\n        title\n        unitName\n        source\n        totalPoints\n      }\n      summary {\n        ...SummaryFields\n      }\n      areas {\n        id\n        code\n        name\n        category\n        points\n        summary {\n          ...SummaryFields\n        }\n      }\n      sections {\n        section {\n          id\n          name\n        }\n        summary {\n          ...SummaryFields\n        }\n      }\n      targets {\n        ...TargetRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionPlans {\n    plans {\n      id\n      unitId\n    }\n  }\n"): (typeof documents)["\n  query SectionPlans {\n    plans {\n      id\n      unitId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionOverview($sectionId: ID!, $planId: ID!, $asOf: Date) {\n    sectionOverview(sectionId: $sectionId, planId: $planId, asOf: $asOf) {\n      asOf\n      section {\n        id\n        name\n        phone\n        unitId\n      }\n      plan {\n        id\n        year\n        title\n      }\n      summary {\n        ...SummaryFields\n      }\n      targets {\n        ...TargetRowFields\n      }\n      dueThisMonth {\n        ...TargetRowFields\n      }\n      openThisMonth {\n        ...TargetRowFields\n      }\n      viewerCanRecord\n    }\n  }\n"): (typeof documents)["\n  query SectionOverview($sectionId: ID!, $planId: ID!, $asOf: Date) {\n    sectionOverview(sectionId: $sectionId, planId: $planId, asOf: $asOf) {\n      asOf\n      section {\n        id\n        name\n        phone\n        unitId\n      }\n      plan {\n        id\n        year\n        title\n      }\n      summary {\n        ...SummaryFields\n      }\n      targets {\n        ...TargetRowFields\n      }\n      dueThisMonth {\n        ...TargetRowFields\n      }\n      openThisMonth {\n        ...TargetRowFields\n      }\n      viewerCanRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetDetail($targetId: ID!, $asOf: Date) {\n    targetDetail(targetId: $targetId, asOf: $asOf) {\n      asOf\n      areaName\n      viewerCanRecord\n      plan {\n        id\n        year\n        title\n      }\n      progress {\n        ...TargetRowFields\n        target {\n          baselineSource\n          remarks\n        }\n      }\n      paceLine {\n        date\n        expected\n      }\n      entries {\n        id\n        value\n        reportedFor\n        note\n        action\n        reason\n        counts\n        isDemo\n        createdAt\n        evidence {\n          id\n          kind\n          title\n          url\n        }\n        reportedBy {\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TargetDetail($targetId: ID!, $asOf: Date) {\n    targetDetail(targetId: $targetId, asOf: $asOf) {\n      asOf\n      areaName\n      viewerCanRecord\n      plan {\n        id\n        year\n        title\n      }\n      progress {\n        ...TargetRowFields\n        target {\n          baselineSource\n          remarks\n        }\n      }\n      paceLine {\n        date\n        expected\n      }\n      entries {\n        id\n        value\n        reportedFor\n        note\n        action\n        reason\n        counts\n        isDemo\n        createdAt\n        evidence {\n          id\n          kind\n          title\n          url\n        }\n        reportedBy {\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendProgress($input: AmendProgressInput!) {\n    amendProgress(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AmendProgress($input: AmendProgressInput!) {\n    amendProgress(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      entry {\n        id\n        value\n      }\n      progress {\n        status\n        ratio\n        target {\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      entry {\n        id\n        value\n      }\n      progress {\n        status\n        ratio\n        target {\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuickRecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      progress {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuickRecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) {\n      progress {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEvidenceLink($entryId: ID!, $url: String!) {\n    addEvidenceLink(entryId: $entryId, url: $url) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddEvidenceLink($entryId: ID!, $url: String!) {\n    addEvidenceLink(entryId: $entryId, url: $url) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;