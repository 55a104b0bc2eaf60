import { redirect } from "next/navigation";
import { graphql } from "../graphql/generated/client";
import { runOperation } from "../graphql/execute";
import { requirePageContext } from "./_lib/request-context";

const PlansQuery = graphql(`
  query HomePlans {
    plans {
      id
      unitId
      year
    }
  }
`);

/** Home: the newest plan of the user's own bureau. */
export default async function Home() {
  const { user, t } = await requirePageContext("/");
  const { plans } = await runOperation(PlansQuery, {}, user);
  const own = plans.find((p) => p.unitId === user.unitId) ?? plans[0];
  if (own) redirect(`/plans/${own.id}`);
  return <p>{t.appName}</p>;
}
