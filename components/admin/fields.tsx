import type { ReactNode } from "react";
import { GraphQLRequestError } from "../../lib/client/graphql-request";

export type FormErrors = Record<string, string>;
export type FormOutcome = { kind: "error" | "success"; text: string } | null;

/**
 * A failed GraphQL call → the fields the server named (extensions.fields) and a message for the whole
 * form when it named none, so each problem is announced once, next to its field where possible.
 */
export function serverErrors(err: unknown): { fields: FormErrors; message: string | null } {
  const message = err instanceof Error ? err.message : String(err);
  const fields = err instanceof GraphQLRequestError ? ((err.extensions.fields as FormErrors | undefined) ?? {}) : {};
  return { fields, message: Object.keys(fields).length ? null : message };
}

/** aria-describedby for a Field's control: its hint and its error, when present. */
export function describedBy(id: string, error?: string, hint?: ReactNode): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/**
 * Label, control, hint and error. The hint and error sit outside the label so the control's accessible
 * name stays its label; the error is an alert, announced when it appears.
 */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div style={{ display: "grid", gap: 4, fontSize: 14 }}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <span id={`${id}-hint`} className="muted" style={{ fontSize: 13 }}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** The outcome of a submit: errors are alerts, success a polite status. */
export function FormMessage({ message }: { message: FormOutcome }) {
  return message ? (
    <p role={message.kind === "error" ? "alert" : "status"} className={message.kind} style={{ margin: 0 }}>
      {message.text}
    </p>
  ) : null;
}
