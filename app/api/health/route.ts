import { z } from "zod";
import { checkHealth } from "../../../lib/server/ops/health";
import { route } from "../_lib/operation-route";

/**
 * For load balancers and monitors (#11): 200 { status: "ok", database: "ok", migrations: "current" } when the
 * database answers and every migration is applied, else 503 naming the check that failed. Open without a
 * session; says nothing beyond those words (lib/server/ops/health.ts). Never cached.
 */
export const GET = route({
  name: "GET /api/health",
  roles: "PUBLIC",
  input: z.object({}),
  access: "published",
  resources: () => [],
  run: async () => {
    const health = await checkHealth();
    return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
  },
});
