import type { z } from "zod";
import type { Role, SessionUser } from "../auth/session-user";
import type { Resource, ResourceKind } from "../access/resources";

/**
 * How a resource named by an operation must relate to the caller:
 * - "read": its unit is one the caller reads (own unit; a city leader also the counties under the city);
 * - "write": its unit is the caller's own unit;
 * - "report": as "write", and a section head's section must own it (an administrator writes any of the unit);
 * - "published": readable by every signed-in user, because the document is public (the 责任清单); only data
 *   that is published may be answered through such a claim;
 * - "supervise": its unit sits directly under the caller's unit, a province, and the caller is that province's
 *   考核组 (省厅评分, 市州人民政府绩效考核结果 of a city bureau).
 */
export type Access = "read" | "write" | "report" | "published" | "supervise";

export interface Claim {
  kind: ResourceKind;
  /** the id the caller sent; null/undefined for an optional argument that was left out */
  id: string | null | undefined;
  /** when this resource needs other access than the operation's own (e.g. reading a plan while writing) */
  access?: Access;
}

/** The record kinds whose version a write claims (lib/server/concurrency): the input carries `expectedVersion`. */
export type VersionKind =
  "target" | "item" | "score" | "selfScore" | "provinceScore" | "externalAssessment" | "review" | "rectification" | "user";

interface Declaration<I> {
  /** "Mutation.recordProgress", "GET /api/plans/[planId]/scores" */
  name: string;
  /** the zod schema of the input (the form imports the same one where there is a form) */
  input: z.ZodType<I>;
  /** the access its resources need (a claim may say otherwise) */
  access: Access;
  /** the resources it reads or writes; [] when it names none */
  resources: (input: I) => Claim[];
  /** the record whose version the write claims; the input's `expectedVersion` is then required */
  version?: VersionKind;
  /** the audit action(s) a successful write appends (checked by the authorization matrix) */
  audit?: string | readonly string[];
  /**
   * true: callable while the user must first change a temporary or expired password (the password change itself,
   * sign-out). Every other signed-in operation answers PASSWORD_CHANGE_REQUIRED until then; public ones run as usual.
   */
  duringPasswordChange?: true;
}

export interface Call<I> {
  user: SessionUser;
  input: I;
  /** the claimed resources, resolved, in the order they were declared (absent optional ids left out) */
  resources: Resource[];
}

/** An operation only signed-in users of the listed roles (or any signed-in user) may call. */
export interface SignedInOperation<I, R> extends Declaration<I> {
  roles: "SIGNED_IN" | readonly Role[];
  run: (call: Call<I>) => Promise<R> | R;
}

/** An operation open without a session (me, sign-in, a calendar feed with its own credential). */
export interface PublicOperation<I, R> extends Declaration<I> {
  roles: "PUBLIC";
  /** a credential other than the session, e.g. the calendar feed's token; false → FORBIDDEN */
  credential?: (input: I) => boolean;
  run: (call: Omit<Call<I>, "user"> & { user: SessionUser | null }) => Promise<R> | R;
}

export type Operation<I = unknown, R = unknown> = SignedInOperation<I, R> | PublicOperation<I, R>;

/** Declares an operation (identity: the type checker infers the input from the schema). */
export function operation<I, R>(def: SignedInOperation<I, R>): SignedInOperation<I, R> {
  return def;
}

export function publicOperation<I, R>(def: PublicOperation<I, R>): PublicOperation<I, R> {
  return def;
}
