// Several app instances on one PostgreSQL (#12): nothing the app needs lives in one process or on one disk.
// Two instances run as separate processes (tests/integration/app-instance.ts: a Node HTTP server serving the
// app's route handlers) against this file's PostgreSQL database, each with its own empty EVIDENCE_DIR and the
// default evidence store (the database). Sessions, figures, evidence files and sign-in throttles are then the
// database's: a session opened on A works on B, a figure recorded on A is read on B, a file uploaded to A downloads
// byte for byte from B (and lies on neither disk), and failed sign-ins counted on both lock the account on both.
// PostgreSQL only (DB=postgres): on SQLite the database is a file on one machine's disk to begin with.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesUnder } from "../../scripts/lib/backup-manifest";

const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");
const FIRMS = "二.(一).1.(1)"; // 高企数量增长10%, owned by 高新办 (gaoxin)
const DEMO_PASSWORD = "demo2013";

interface Instance {
  name: string;
  url: string;
  evidenceDir: string;
  child: ChildProcessWithoutNullStreams;
  stderr: string[];
}

let scratch: string;
const instances: Instance[] = [];

/** Starts one instance and resolves once it listens (it prints LISTENING <port>). */
function startInstance(name: string): Promise<Instance> {
  const evidenceDir = path.join(scratch, `evidence-${name}`);
  fs.mkdirSync(evidenceDir);
  const env: NodeJS.ProcessEnv = { ...process.env, EVIDENCE_DIR: evidenceDir, LOG_LEVEL: "silent" };
  delete env.EVIDENCE_STORE; // the default for PostgreSQL: the database
  const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/app-instance.ts"], { env });
  const instance: Instance = { name, url: "", evidenceDir, child, stderr: [] };
  instances.push(instance);
  child.stderr.on("data", (chunk: Buffer) => instance.stderr.push(chunk.toString()));
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`instance ${name} did not start: ${instance.stderr.join("")}`)), 90_000);
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const port = /LISTENING (\d+)/.exec(out)?.[1];
      if (port && !instance.url) {
        clearTimeout(timer);
        instance.url = `http://127.0.0.1:${port}`;
        resolve(instance);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (!instance.url) reject(new Error(`instance ${name} exited with ${code}: ${instance.stderr.join("")}`));
    });
  });
}

/** Signs in through the instance's sign-in route: the session cookie, or where the form was sent back to. */
async function signIn(at: Instance, username: string, password: string): Promise<{ cookie: string | null; location: string }> {
  const res = await fetch(`${at.url}/api/auth/sign-in`, {
    method: "POST",
    body: new URLSearchParams({ username, password, next: "/" }),
    redirect: "manual",
  });
  expect(res.status).toBe(303);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("ptt_session="));
  return {
    cookie: cookie ? cookie.split(";")[0] : null,
    location: new URL(res.headers.get("location")!).pathname + new URL(res.headers.get("location")!).search,
  };
}

async function gql<T>(at: Instance, cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${at.url}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, `${at.name}: ${JSON.stringify(body.errors)}`).toBeUndefined();
  return body.data!;
}

const DETAIL = `query D($id: ID!) { targetDetail(targetId: $id, asOf: "2013-12-31") { progress { value target { version } } entries { id value note } } }`;
const RECORD = `mutation R($i: RecordProgressInput!) { recordProgress(input: $i) { entry { id value } } }`;

describe.skipIf(!onPostgres)("two app instances on one PostgreSQL", () => {
  let a: Instance;
  let b: Instance;
  let targetId: string;

  beforeAll(async () => {
    const { seedDefaultData } = await import("../../lib/server/seed/seed-default-data");
    const seeded = await seedDefaultData({ demo: true, adminPassword: "admin-pass-for-tests" });
    targetId = seeded.loaded!.targetIds.get(FIRMS)!;
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "ptt-instances-"));
    [a, b] = await Promise.all([startInstance("A"), startInstance("B")]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(
      instances.map(
        (i) =>
          new Promise<void>((resolve) => {
            if (i.child.exitCode !== null) return resolve();
            i.child.once("exit", () => resolve());
            i.child.kill("SIGTERM");
          }),
      ),
    );
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("runs the two instances as separate processes on different ports", () => {
    expect(a.child.pid).not.toBe(b.child.pid);
    expect(a.url).not.toBe(b.url);
  });

  it("keeps a session opened on A valid on B, and ends it on both when signed out on B", async () => {
    const { cookie, location } = await signIn(a, "gaoxin", DEMO_PASSWORD);
    expect(cookie).not.toBeNull();
    expect(location).not.toMatch(/^\/sign-in/);
    const me = (at: Instance) => gql<{ me: { username: string } | null }>(at, cookie!, `{ me { username } }`);
    expect((await me(b)).me).toEqual({ username: "gaoxin" });
    expect((await me(a)).me).toEqual({ username: "gaoxin" });
    const out = await fetch(`${b.url}/api/auth/sign-out`, { method: "POST", headers: { cookie: cookie! }, redirect: "manual" });
    expect(out.status).toBeLessThan(400);
    expect((await me(a)).me).toBeNull();
  });

  it("reads on B a figure recorded on A, and uploads to A a file that downloads byte for byte from B, on neither disk", async () => {
    const { cookie } = await signIn(a, "gaoxin", DEMO_PASSWORD);
    const before = await gql<{ targetDetail: { progress: { target: { version: number } } } }>(a, cookie!, DETAIL, { id: targetId });
    const note = `多实例 ${randomBytes(4).toString("hex")}`;
    const recorded = await gql<{ recordProgress: { entry: { id: string; value: number } } }>(a, cookie!, RECORD, {
      i: { targetId, value: 141, reportedFor: "2013-12-31", note, expectedVersion: before.targetDetail.progress.target.version },
    });
    const entryId = recorded.recordProgress.entry.id;
    const onB = await gql<{ targetDetail: { progress: { value: number }; entries: { id: string; value: number; note: string }[] } }>(
      b,
      cookie!,
      DETAIL,
      { id: targetId },
    );
    expect(onB.targetDetail.progress.value).toBe(141);
    expect(onB.targetDetail.entries.find((e) => e.id === entryId)).toMatchObject({ value: 141, note });

    // a 1 MB PDF of random bytes after its header: what arrives on B is what was sent to A
    const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(1024 * 1024)]);
    const form = new FormData();
    form.append("file", new File([bytes], "多实例佐证.pdf", { type: "application/pdf" }));
    const uploaded = await fetch(`${a.url}/api/progress/${entryId}/evidence`, { method: "POST", headers: { cookie: cookie! }, body: form });
    expect(uploaded.status).toBe(200);
    const [evidence] = ((await uploaded.json()) as { evidence: { id: string; sizeBytes: number }[] }).evidence;
    expect(evidence.sizeBytes).toBe(bytes.byteLength);

    const downloaded = await fetch(`${b.url}/api/evidence/${evidence.id}`, { headers: { cookie: cookie! } });
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(bytes)).toBe(true);
    // neither instance keeps files: their EVIDENCE_DIRs hold at most the empty staging folder
    expect([filesUnder(a.evidenceDir), filesUnder(b.evidenceDir)]).toEqual([[], []]);
  });

  it("locks an account on B after failed sign-ins counted on A and B together, and refuses the right password on both", async () => {
    const failures = Number(process.env.SIGN_IN_MAX_FAILURES ?? 5);
    for (let n = 0; n < failures; n++) {
      // alternating: neither instance alone sees enough failures to lock
      const at = n % 2 === 0 ? a : b;
      const { cookie, location } = await signIn(at, "chengguo", "wrong-password-1A!");
      expect(cookie).toBeNull();
      expect(location).toMatch(n === failures - 1 ? /^\/sign-in\?error=locked/ : /^\/sign-in\?error=1/);
    }
    for (const at of [a, b]) {
      const { cookie, location } = await signIn(at, "chengguo", DEMO_PASSWORD);
      expect({ at: at.name, cookie }).toEqual({ at: at.name, cookie: null });
      expect(location).toMatch(/^\/sign-in\?error=locked&wait=\d+/);
    }
    // another account is not locked by it
    expect((await signIn(b, "jihua", DEMO_PASSWORD)).cookie).not.toBeNull();
  });

  it("answered every request without a server error", () => {
    expect(instances.flatMap((i) => i.stderr).join("")).not.toMatch(/Error/);
  });
});
