// Errors in the reader's language (#14 item 17): the API answered in Chinese whatever the interface language was.
// A refused or invalid call made with the English language cookie (lang=en) now answers in English — the message,
// and each field's message — and with lang=zh (or no cookie) in the Chinese it has always said.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/graphql/route";
import { db } from "../../lib/server/db";
import { seedDefaultData } from "../../lib/server/seed/seed-default-data";
import { callRoute, sessionCookie } from "./route-harness";

const HAN = /[\u4e00-\u9fff]/;
let leaderId: string;
let planId: string;

beforeAll(async () => {
  await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
  leaderId = (await db.user.findUniqueOrThrow({ where: { username: "leader" } })).id;
  planId = (await db.plan.findFirstOrThrow()).id;
});

interface Answer {
  errors?: { message: string; extensions?: { code?: string; fields?: Record<string, string> } }[];
}

async function graphql(
  query: string,
  variables: Record<string, unknown>,
  lang: "en" | "zh" | null,
  userId: string = leaderId,
): Promise<Answer> {
  const cookie = [await sessionCookie(userId), ...(lang ? [`lang=${lang}`] : [])].join("; ");
  const res = await POST(
    new Request("http://127.0.0.1:3000/api/graphql", {
      method: "POST",
      body: JSON.stringify({ query, variables }),
      headers: { "content-type": "application/json", cookie },
    }) as never,
  );
  return (await res.json()) as Answer;
}

const UNLOCK = "mutation ($userId: ID!) { unlockUser(userId: $userId) { id } }";
const CHANGE_PASSWORD = "mutation ($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { id } }";

describe("GraphQL errors in the request's language", () => {
  it("refuses a leader's administrator call in English with lang=en, in Chinese with lang=zh or none", async () => {
    const en = (await graphql(UNLOCK, { userId: leaderId }, "en")).errors![0];
    expect(en.extensions?.code).toBe("FORBIDDEN");
    expect(en.message).toBe("Your role may not do this");
    expect(en.message).not.toMatch(HAN);
    for (const lang of ["zh", null] as const) {
      const zh = (await graphql(UNLOCK, { userId: leaderId }, lang)).errors![0];
      expect(zh).toMatchObject({ message: "当前角色无权执行此操作", extensions: { code: "FORBIDDEN" } });
    }
  });

  it("answers invalid input in English, every field's message too", async () => {
    const en = (await graphql(CHANGE_PASSWORD, { c: "", n: "short" }, "en")).errors![0];
    expect(en.extensions?.code).toBe("BAD_USER_INPUT");
    expect(en.extensions?.fields).toEqual({
      currentPassword: "Current password is required",
      newPassword: "New password must have at least 8 characters",
    });
    expect(en.message).toBe("Current password is required; New password must have at least 8 characters");
    const zh = (await graphql(CHANGE_PASSWORD, { c: "", n: "short" }, "zh")).errors![0];
    expect(zh.extensions?.fields).toEqual({ currentPassword: "请填写当前密码", newPassword: "新密码至少 8 位" });
    expect(zh.message).toBe("请填写当前密码；新密码至少 8 位");
  });

  it("names a missing record in English", async () => {
    const query = "query ($id: ID!) { targetDetail(targetId: $id) { progress { target { id } } } }";
    const en = (await graphql(query, { id: "no-such-target" }, "en")).errors![0];
    expect(en).toMatchObject({ extensions: { code: "NOT_FOUND" } });
    expect(en.message).not.toMatch(HAN);
    expect((await graphql(query, { id: "no-such-target" }, "zh")).errors![0].message).toBe("指标不存在");
  });
});

describe("route handlers' errors in the request's language", () => {
  it("refuses a download in English with lang=en", async () => {
    const call = async (lang: string) =>
      callRoute(
        "GET /api/plans/[planId]/scores",
        {
          url: `/api/plans/${planId}/scores?format=pdf`,
          params: { planId },
          headers: { cookie: `${await sessionCookie(leaderId)}; lang=${lang}` },
        },
        null,
      );
    const en = await call("en");
    expect(en.status).toBe(400);
    const text = await en.text();
    expect(text).toBe("The format must be xlsx or csv");
    expect(await (await call("zh")).text()).toBe("格式应为 xlsx 或 csv");
  });
});

describe("a stale write's CONFLICT in the request's language", () => {
  const OUTPUT = "二.(一).1.(2)"; // 高新技术产品产值增幅20% (高新办; administrators too)
  const RECORD = "mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { entry { id } } }";

  const as = async (username: string, lang: "en" | "zh", query: string, variables: Record<string, unknown>) =>
    graphql(query, variables, lang, (await db.user.findUniqueOrThrow({ where: { username } })).id);

  it("names who saved what in English with lang=en (only the person's name stays as written), in Chinese with lang=zh", async () => {
    const target = await db.target.findFirstOrThrow({ where: { code: OUTPUT } });
    const gaoxin = await db.user.findUniqueOrThrow({ where: { username: "gaoxin" } });
    const v = target.version;
    const won = await as("gaoxin", "zh", RECORD, { i: { targetId: target.id, value: 461, reportedFor: "2013-10-01", expectedVersion: v } });
    expect(won.errors).toBeUndefined();
    // the time of the save (China time, to the second) is the one part not known beforehand
    const at = (message: string, time: RegExp) => message.replace(time, "<time>");
    const stale = { i: { targetId: target.id, value: 462, reportedFor: "2013-10-01", expectedVersion: v } };

    const en = (await as("admin", "en", RECORD, stale)).errors![0];
    expect(en.extensions?.code).toBe("CONFLICT");
    expect(at(en.message, / at \d{4}-\d{2}-\d{2}, \d{2}:\d{2}:\d{2}:/)).toBe(
      `This target has been updated by ${gaoxin.displayName}<time> Report progress (Value: 452 → 461; Reported for: 2013-12-31 → 2013-10-01; Note: —). ` +
        `It is now version ${v + 1}. Please refresh and submit again.`,
    );
    expect(en.message.replace(gaoxin.displayName, "")).not.toMatch(HAN);
    expect(en.message.replace(gaoxin.displayName, "")).not.toMatch(/[：（），。；]/);

    const zh = (await as("admin", "zh", RECORD, stale)).errors![0];
    expect(at(zh.message, /于 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} /)).toBe(
      `该指标已被更新：${gaoxin.displayName}<time>报送进度（完成值：452 → 461；报送日期：2013-12-31 → 2013-10-01；情况说明：—）。` +
        `当前为第 ${v + 1} 版，请刷新后再提交。`,
    );
  });
});
