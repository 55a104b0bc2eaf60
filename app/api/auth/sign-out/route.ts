import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import { seeOther } from "../see-other";
import { sessionOptions, type SessionData } from "../../../../lib/server/auth/session";

export async function POST(req: Request) {
  const session = await getIronSession<SessionData>(await cookies(), sessionOptions());
  session.destroy();
  return seeOther(req, "/sign-in");
}
