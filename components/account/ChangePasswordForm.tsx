"use client";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { fieldErrors } from "../../lib/validation/progress";
import { changeOwnPasswordFormSchema } from "../../lib/validation/user";
import { describedBy, Field, FormMessage, serverErrors, type FormErrors, type FormOutcome } from "../admin/fields";

const ChangeOwnPasswordMutation = graphql(`
  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      id
      mustChangePassword
    }
  }
`);

interface Props {
  username: string;
  /** a temporary password: once replaced, continue to `next` */
  mustChange: boolean;
  next: string;
  t: Messages;
}

/** Current password, new password twice; checked with the API's zod schema (plus the repeat) before sending. */
export function ChangePasswordForm({ username, mustChange, next, t }: Props) {
  const router = useRouter();
  const id = useId();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [confirmPassword, setConfirmPassword] = useState("");
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<FormOutcome>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    const checked = changeOwnPasswordFormSchema.safeParse({ currentPassword, newPassword, confirmPassword });
    if (!checked.success) {
      setErrors(fieldErrors(checked.error, t));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await requestGraphQL(ChangeOwnPasswordMutation, { currentPassword, newPassword });
      setCurrentPassword("");
      setNewPassword("");
      setConfirmPassword("");
      setMessage({ kind: "success", text: t.account.saved });
      if (mustChange) router.replace(next);
      else router.refresh();
    } catch (err) {
      const { fields, message: text } = serverErrors(err);
      setErrors(fields);
      if (text) setMessage({ kind: "error", text });
    } finally {
      setBusy(false);
    }
  }

  const f = (field: string) => `${id}-${field}`;
  const password = (
    field: "currentPassword" | "newPassword" | "confirmPassword",
    label: string,
    value: string,
    set: (v: string) => void,
  ) => (
    <Field id={f(field)} label={label} error={errors[field]}>
      <input
        id={f(field)}
        type="password"
        name={field}
        value={value}
        onChange={(e) => set(e.target.value)}
        autoComplete={field === "currentPassword" ? "current-password" : "new-password"}
        aria-invalid={Boolean(errors[field])}
        aria-describedby={describedBy(f(field), errors[field])}
        required
      />
    </Field>
  );
  return (
    <form className="form-grid" onSubmit={submit} noValidate data-testid="change-password-form">
      {/* lets password managers tie the new password to the account */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      {password("currentPassword", t.account.currentPassword, currentPassword, setCurrentPassword)}
      {password("newPassword", t.account.newPassword, newPassword, setNewPassword)}
      {password("confirmPassword", t.account.confirmPassword, confirmPassword, setConfirmPassword)}
      <div>
        <button type="submit" disabled={busy}>
          {busy ? t.account.saving : t.account.submit}
        </button>
      </div>
      <FormMessage message={message} />
    </form>
  );
}
