import { redirect } from "next/navigation";
import { graphql } from "../../graphql/generated/client";
import { runOperation } from "../../graphql/execute";
import { requirePageContext } from "../_lib/request-context";

const ReviewPlansQuery = graphql(`
  query ReviewPlans {
    plans {
      id
      unitId
    }
  }
`);

/** 考核 in the header: the reviews of the newest plan of the user's unit. */
export default async function ReviewsIndexPage() {
  const { user } = await requirePageContext("/reviews");
  const { plans } = await runOperation(ReviewPlansQuery, {}, user);
  const plan = plans.find((p) => p.unitId === user.unitId) ?? plans[0];
  if (!plan) return <p className="muted">—</p>;
  redirect(`/plans/${plan.id}/reviews`);
}
