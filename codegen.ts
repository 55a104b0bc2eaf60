import type { CodegenConfig } from "@graphql-codegen/cli";

// Server resolver types and client typed documents both come from graphql/schema/*.graphql;
// `npm run check` regenerates and fails when the committed output is stale.
const config: CodegenConfig = {
  schema: "graphql/schema/*.graphql",
  documents: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/client/**/*.ts"],
  ignoreNoDocuments: true,
  generates: {
    "graphql/generated/resolvers.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        contextType: "../context#GraphQLContext",
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: "string", DateTime: "Date | string" },
        // Resolvers return the services' view objects; nested fields resolve from these.
        mappers: {
          ProgressEntry: "../../lib/server/plans/find-target-detail#ProgressEntryView",
          TargetDetail: "../../lib/server/plans/find-target-detail#TargetDetailView",
          Evidence: "../../lib/server/evidence/find-evidence#EvidenceView",
          SectionOverview: "../../lib/server/plans/find-section-overview#SectionOverviewView",
          TargetProgress: "../../lib/server/plans/target-view#TargetProgressView",
          Unit: "../../lib/server/units/list-units#UnitView",
          User: "../../lib/server/users/find-users#UserView",
          Review: "../../lib/server/reviews/review-rules#ReviewInfoView",
          ReviewListItem: "../../lib/server/reviews/find-reviews#ReviewListItemView",
          ReviewDetail: "../../lib/server/reviews/find-review#ReviewView",
          ReviewSnapshotRow: "../../lib/server/reviews/find-review#SnapshotRowView",
          ReviewComparison: "../../lib/server/reviews/find-review#ReviewComparisonView",
          ReviewComment: "../../lib/server/reviews/review-items#ReviewCommentView",
          Rectification: "../../lib/server/reviews/review-items#RectificationView",
          Dispatch: "../../lib/server/reviews/dispatch#DispatchView",
          SectionDispatch: "../../lib/server/reviews/dispatch#SectionDispatchView",
          DispatchTarget: "../../lib/server/reviews/dispatch#DispatchTargetView",
          ScoreSheet: "../../lib/server/scores/find-score-sheet#ScoreSheetView",
          ScoreArea: "../../lib/server/scores/find-score-sheet#ScoreAreaView",
          ScoreRow: "../../lib/server/scores/find-score-sheet#ScoreRowView",
          ScoreTotal: "../../lib/server/scores/find-score-sheet#ScoreTotalView",
          DutyList: "../../lib/server/duties/duty-views#DutyListView",
          SectionDuties: "../../lib/server/duties/find-section-duties#SectionDutiesView",
          TargetDutyLink: "../../lib/server/duties/duty-views#DutyLinkView",
          LinkedTarget: "../../lib/server/duties/duty-views#LinkedTargetView",
          PlanEditor: "../../lib/server/plans/find-plan-editor#PlanEditorView",
          EditableArea: "../../lib/server/plans/find-plan-editor#EditableAreaView",
          EditableTarget: "../../lib/server/plans/find-plan-editor#EditableTargetView",
          ImportPlanResult: "../../lib/server/plans/import-plan#ImportPlanResultView",
          PlanHistory: "../../lib/server/plans/find-target-history#PlanHistoryView",
          TargetHistory: "../../lib/server/plans/find-target-history#TargetHistoryView",
          YearResult: "../../lib/server/plans/find-target-history#YearResultView",
          UnitNode: "../../lib/server/units/find-unit-tree#UnitNodeView",
          PlanRollups: "../../lib/server/units/find-rollup#PlanRollupsView",
          TargetRollup: "../../lib/server/units/find-rollup#TargetRollupView",
          CountyRollup: "../../lib/server/units/find-rollup#CountyRollupView",
        },
      },
    },
    "graphql/generated/client/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: "string", DateTime: "string" } },
    },
  },
};
export default config;
