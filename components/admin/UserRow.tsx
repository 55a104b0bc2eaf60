"use client";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import type { Role } from "../../graphql/generated/client/graphql";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { fieldErrors } from "../../lib/validation/progress";
import { resetPasswordSchema, ROLES, updateUserSchema } from "../../lib/validation/user";
import { describedBy, Field, FormMessage, serverErrors, type FormErrors, type FormOutcome } from "./fields";
import { fill } from "../../lib/i18n/format";
import { aside } from "../../lib/i18n/punctuation";

const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      active
    }
  }
`);

const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($userId: ID!, $password: String!, $expectedVersion: Int!) {
    resetUserPassword(userId: $userId, password: $password, expectedVersion: $expectedVersion) {
      id
      mustChangePassword
    }
  }
`);

const UnlockUserMutation = graphql(`
  mutation UnlockUser($userId: ID!) {
    unlockUser(userId: $userId) {
      id
      lockedMinutes
    }
  }
`);

export interface AccountRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  /** minutes left on a sign-in lock; 0 when not locked */
  lockedMinutes: number;
  section?: { id: string; name: string } | null;
  /** the version the list was loaded with: edits and resets send it (a newer one is a CONFLICT) */
  version: number;
}

interface Props {
  account: AccountRow;
  createdAt: string;
  sections: { id: string; name: string }[];
  /** the signed-in administrator's own row: role and status are not theirs to change */
  isSelf: boolean;
  t: Messages;
}

const COLUMNS = 7;

/** One account in the table; 编辑 opens a row below it to change name, role, section, status or reset the password. */
export function UserRow({ account, createdAt, sections, isSelf, t }: Props) {
  const [open, setOpen] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = () => {
    setOpen(false);
    editButton.current?.focus();
  };
  return (
    <>
      <tr
        data-testid="user-row"
        data-username={account.username}
        data-active={account.active}
        className={account.active ? undefined : "muted"}
      >
        <td>
          {account.username}
          {isSelf ? <span className="muted">{aside(t.admin.you, t)}</span> : null}
        </td>
        <td>{account.displayName}</td>
        <td>{t.roles[account.role]}</td>
        <td>{account.section?.name ?? <span className="muted">—</span>}</td>
        <td data-testid="user-status">
          <span className={`badge ${account.active ? "status-DONE" : "status-NOT_STARTED"}`}>
            {account.active ? t.admin.active : t.admin.disabled}
          </span>
          {account.mustChangePassword ? (
            <>
              {" "}
              <span className="badge status-BEHIND">{t.admin.mustChange}</span>
            </>
          ) : null}
          {account.lockedMinutes > 0 ? <UnlockButton account={account} t={t} /> : null}
        </td>
        <td>{createdAt}</td>
        <td>
          <button
            ref={editButton}
            type="button"
            className="secondary"
            aria-expanded={open}
            aria-controls={open ? `${id}-editor` : undefined}
            aria-label={fill(t.admin.editTitle, { name: account.username })}
            onClick={() => (open ? close() : setOpen(true))}
          >
            {t.admin.edit}
          </button>
        </td>
      </tr>
      {open ? (
        <tr id={`${id}-editor`} data-testid="user-editor" data-username={account.username}>
          <td colSpan={COLUMNS} style={{ background: "var(--bg-soft)" }}>
            <div style={{ display: "flex", gap: 32, flexWrap: "wrap", alignItems: "flex-start", padding: "6px 4px" }}>
              <EditAccountForm account={account} sections={sections} isSelf={isSelf} t={t} onClose={close} />
              <ResetPasswordForm account={account} t={t} />
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
}

function EditAccountForm({ account, sections, isSelf, t, onClose }: Omit<Props, "createdAt"> & { onClose: () => void }) {
  const router = useRouter();
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [displayName, setDisplayName] = useState(account.displayName);
  const [role, setRole] = useState<Role>(account.role);
  const [sectionId, setSectionId] = useState(account.section?.id ?? "");
  const [active, setActive] = useState(account.active);
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<FormOutcome>(null);
  const [busy, setBusy] = useState(false);
  const isHead = role === "SECTION_HEAD";

  useEffect(() => first.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    const checked = updateUserSchema.safeParse({ displayName, role, sectionId: isHead ? sectionId : null, active });
    if (!checked.success) {
      setErrors(fieldErrors(checked.error, t));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await requestGraphQL(UpdateUserMutation, { input: { userId: account.id, ...checked.data, expectedVersion: account.version } });
      setMessage({ kind: "success", text: t.admin.saved });
      router.refresh();
    } catch (err) {
      const { fields, message: text } = serverErrors(err);
      setErrors(fields);
      if (text) setMessage({ kind: "error", text });
    } finally {
      setBusy(false);
    }
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") onClose();
  };
  const f = (field: string) => `${id}-${field}`;
  return (
    <form
      className="form-grid"
      style={{ minWidth: 300, flex: "1 1 300px" }}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby={f("title")}
    >
      <h3 id={f("title")} style={{ margin: 0, fontSize: 15 }}>
        {fill(t.admin.editTitle, { name: account.username })}
      </h3>
      <Field id={f("displayName")} label={t.admin.displayName} error={errors.displayName}>
        <input
          ref={first}
          id={f("displayName")}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          aria-invalid={Boolean(errors.displayName)}
          aria-describedby={describedBy(f("displayName"), errors.displayName)}
        />
      </Field>
      <Field id={f("role")} label={t.admin.role} error={errors.role}>
        <select
          id={f("role")}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          disabled={isSelf}
          aria-describedby={describedBy(f("role"), errors.role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t.roles[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={f("sectionId")} label={t.admin.section} error={errors.sectionId} hint={isHead ? undefined : t.admin.sectionOnlyForHeads}>
        <select
          id={f("sectionId")}
          value={isHead ? sectionId : ""}
          onChange={(e) => setSectionId(e.target.value)}
          disabled={!isHead}
          aria-invalid={Boolean(errors.sectionId)}
          aria-describedby={describedBy(f("sectionId"), errors.sectionId, isHead ? undefined : t.admin.sectionOnlyForHeads)}
        >
          <option value="">{isHead ? t.admin.chooseSection : "—"}</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <div style={{ display: "grid", gap: 4, fontSize: 14 }}>
        <label style={{ flexDirection: "row", alignItems: "center", gap: 8 }}>
          <input
            type="checkbox"
            checked={active}
            onChange={(e) => setActive(e.target.checked)}
            disabled={isSelf}
            aria-invalid={Boolean(errors.active)}
            aria-describedby={errors.active ? f("active-error") : undefined}
          />
          {t.admin.activeLabel}
        </label>
        {errors.active ? (
          <span id={f("active-error")} className="error" role="alert">
            {errors.active}
          </span>
        ) : null}
      </div>
      <div style={{ display: "flex", gap: 8 }}>
        <button type="submit" disabled={busy}>
          {busy ? t.admin.saving : t.admin.save}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t.admin.cancel}
        </button>
      </div>
      <FormMessage message={message} />
    </form>
  );
}

function ResetPasswordForm({ account, t }: { account: AccountRow; t: Messages }) {
  const router = useRouter();
  const id = useId();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<FormOutcome>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    const checked = resetPasswordSchema.safeParse({ password });
    if (!checked.success) {
      setError(fieldErrors(checked.error, t).password);
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await requestGraphQL(ResetUserPasswordMutation, { userId: account.id, password, expectedVersion: account.version });
      setMessage({ kind: "success", text: fill(t.admin.resetDone, { name: account.username }) });
      setPassword("");
      router.refresh();
    } catch (err) {
      const { fields, message: text } = serverErrors(err);
      setError(fields.password);
      if (text) setMessage({ kind: "error", text });
    } finally {
      setBusy(false);
    }
  }

  const f = (field: string) => `${id}-${field}`;
  return (
    <form className="form-grid" style={{ minWidth: 260, flex: "1 1 260px" }} onSubmit={submit} noValidate aria-labelledby={f("title")}>
      <h3 id={f("title")} style={{ margin: 0, fontSize: 15 }}>
        {t.admin.resetTitle}
      </h3>
      <Field id={f("password")} label={t.admin.temporaryPassword} error={error}>
        <input
          id={f("password")}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy(f("password"), error)}
        />
      </Field>
      <div>
        <button type="submit" className="secondary" disabled={busy}>
          {t.admin.resetSubmit}
        </button>
      </div>
      <FormMessage message={message} />
    </form>
  );
}

/** 已锁定 with the minutes left, and 解锁 to lift it now (the unlock is audited). */
function UnlockButton({ account, t }: { account: AccountRow; t: Messages }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const unlock = async () => {
    try {
      await requestGraphQL(UnlockUserMutation, { userId: account.id });
      router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      {" "}
      <span className="badge status-OVERDUE" data-testid="user-locked">
        {fill(t.admin.locked, { minutes: String(account.lockedMinutes) })}
      </span>{" "}
      <button type="button" className="secondary" onClick={unlock} aria-label={fill(t.admin.unlockTitle, { name: account.username })}>
        {t.admin.unlock}
      </button>
      {error ? (
        <span role="alert" className="error">
          {error}
        </span>
      ) : null}
    </>
  );
}
