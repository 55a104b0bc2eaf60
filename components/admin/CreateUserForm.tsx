"use client";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import type { Role } from "../../graphql/generated/client/graphql";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { fieldErrors } from "../../lib/validation/progress";
import { createUserSchema, ROLES } from "../../lib/validation/user";
import { describedBy, Field, FormMessage, serverErrors, type FormErrors, type FormOutcome } from "./fields";
import { fill } from "../../lib/i18n/format";

const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
    }
  }
`);

interface Props {
  sections: { id: string; name: string }[];
  t: Messages;
}

/** Opens an account: checked with the API's zod schema first, then created; the table refreshes. */
export function CreateUserForm({ sections, t }: Props) {
  const router = useRouter();
  const id = useId();
  const [username, setUsername] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role>("SECTION_HEAD");
  const [sectionId, setSectionId] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<FormOutcome>(null);
  const [busy, setBusy] = useState(false);
  const isHead = role === "SECTION_HEAD";

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    const checked = createUserSchema.safeParse({ username, displayName, role, sectionId: isHead ? sectionId : null, password });
    if (!checked.success) {
      setErrors(fieldErrors(checked.error, t));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { createUser } = await requestGraphQL(CreateUserMutation, { input: checked.data });
      setMessage({ kind: "success", text: fill(t.admin.created, { name: createUser.username }) });
      setUsername("");
      setDisplayName("");
      setPassword("");
      router.refresh();
    } catch (err) {
      const { fields, message: text } = serverErrors(err);
      setErrors(fields);
      if (text) setMessage({ kind: "error", text });
    } finally {
      setBusy(false);
    }
  }

  const f = (field: string) => `${id}-${field}`;
  return (
    <form className="form-grid" onSubmit={submit} noValidate data-testid="create-user-form" aria-labelledby={f("title")}>
      <h2 id={f("title")} style={{ margin: 0 }}>
        {t.admin.createTitle}
      </h2>
      <Field id={f("username")} label={t.admin.username} error={errors.username} hint={t.admin.usernameHint}>
        <input
          id={f("username")}
          name="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={Boolean(errors.username)}
          aria-describedby={describedBy(f("username"), errors.username, t.admin.usernameHint)}
          required
        />
      </Field>
      <Field id={f("displayName")} label={t.admin.displayName} error={errors.displayName}>
        <input
          id={f("displayName")}
          name="displayName"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          aria-invalid={Boolean(errors.displayName)}
          aria-describedby={describedBy(f("displayName"), errors.displayName)}
          required
        />
      </Field>
      <Field id={f("role")} label={t.admin.role} error={errors.role}>
        <select
          id={f("role")}
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
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
          name="sectionId"
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
      <Field id={f("password")} label={t.admin.initialPassword} error={errors.password}>
        <input
          id={f("password")}
          name="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={Boolean(errors.password)}
          aria-describedby={describedBy(f("password"), errors.password)}
          required
        />
      </Field>
      <div>
        <button type="submit" disabled={busy}>
          {busy ? t.admin.creating : t.admin.create}
        </button>
      </div>
      <FormMessage message={message} />
    </form>
  );
}
