import { getIronSession } from "iron-session";
import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { sessionOptions, type SessionData } from "../../../../lib/server/auth/session";

export async function POST(req: NextRequest) {
  const session = await getIronSession<SessionData>(await cookies(), sessionOptions());
  session.destroy();
  return NextResponse.redirect(new URL("/sign-in", req.url), 303);
}
