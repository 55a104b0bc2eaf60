import { redirect } from "next/navigation";
import { graphql } from "../graphql/generated/client";
import { runOperation } from "../graphql/execute";
import { landsOnTodo } from "../lib/domain/todo";
import { requirePageContext } from "./_lib/request-context";

const PlansQuery = graphql(`
  query HomePlans {
    plans {
      id
      unitId
      year
    }
    units {
      id
      level
    }
  }
`);

/**
 * Home: 我的待办 for section heads and assessors (the page they start from after signing in); for everyone else, and
 * for them through the header's 总览 (?view=dashboard), the newest plan of the user's own bureau; for the 省厅's accounts
 * the province page.
 */
export default async function Home({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  const { user, t } = await requirePageContext("/");
  const { plans, units } = await runOperation(PlansQuery, {}, user);
  // 省厅 has no plan of its own (nor 待办 of one): its home is the cities side by side
  if (units.find((u) => u.id === user.unitId)?.level === "PROVINCE") redirect(`/province/${user.unitId}`);
  if (landsOnTodo(user.role) && (await searchParams).view !== "dashboard") redirect("/todo");
  const own = plans.find((p) => p.unitId === user.unitId) ?? plans[0];
  if (own) redirect(`/plans/${own.id}`);
  return <p>{t.appName}</p>;
}
