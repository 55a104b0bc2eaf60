"use client";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { GraphQLRequestError, requestGraphQL } from "../../lib/client/graphql-request";
import { attachItemEvidence } from "../../lib/client/upload-evidence";
import type { Messages } from "../../lib/i18n/messages";
import { countItemSchema } from "../../lib/validation/count-item";
import { refuseFile } from "../../lib/validation/evidence";
import { fieldErrors, needsConfirmation } from "../../lib/validation/progress";
import { lockedMonthMessage, type MonthLock } from "../targets/month-locks";
import { DateField } from "../forms/DateField";
import { EvidenceFileInput } from "../forms/EvidenceFileInput";
import { renderMessage } from "../../lib/i18n/render-message";
import { labelled, listSeparator } from "../../lib/i18n/punctuation";

const AddCountItemMutation = graphql(`
  mutation AddCountItem($input: AddCountItemInput!) {
    addCountItem(input: $input) {
      item {
        id
        version
        checkStatus
      }
      progress {
        value
        target {
          version
        }
      }
    }
  }
`);

const UpdateCountItemMutation = graphql(`
  mutation UpdateCountItem($input: UpdateCountItemInput!) {
    updateCountItem(input: $input) {
      item {
        id
        version
        checkStatus
      }
    }
  }
`);

export interface ItemFormValues {
  name: string;
  date: string;
  sectionId: string;
  docNumber: string;
  description: string;
  link: string;
}

type Props = {
  targetId: string;
  year: number;
  /** the target's owners: an item's responsible section is one of them */
  sections: { id: string; name: string }[];
  locks: readonly MonthLock[];
  t: Messages;
  defaultDate?: string;
  /** add: the section preselected (the signed-in head's own, when it is one of the owners) */
  defaultSectionId?: string | null;
  /** the target's window: a date outside it asks for confirmation before it is saved (it counts all the same) */
  window?: { year: number; startMonth: number; endMonth: number; specified: boolean };
  onDone?: () => void;
} & (
  | { /** add: the target version the page was loaded with */ targetVersion: number; item?: undefined }
  | {
      /** edit: the item and the version it was shown with */ item: { id: string; version: number; values: ItemFormValues };
      targetVersion?: undefined;
    }
);

const todayLocal = () => new Date().toLocaleDateString("en-CA");

/**
 * 逐项登记: one named item of a count target (name, date, section, 批准文号, description, link), checked with the
 * same zod rules as the API, sent with the version it was loaded with; evidence files are uploaded once the
 * item exists. The same form corrects an item's details (edit mode).
 */
export function CountItemForm(props: Props) {
  const { targetId, year, sections, locks, t, item, defaultDate, defaultSectionId, window, onDone } = props;
  const m = t.items;
  const router = useRouter();
  const uid = useId();
  const editing = item !== undefined;
  const blank: ItemFormValues = {
    name: "",
    date: defaultDate ?? "",
    sectionId: sections.length === 1 ? sections[0].id : sections.some((s) => s.id === defaultSectionId) ? defaultSectionId! : "",
    docNumber: "",
    description: "",
    link: "",
  };
  const [values, setValues] = useState<ItemFormValues>(item?.values ?? blank);
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [askConfirm, setAskConfirm] = useState(false);
  const set = (patch: Partial<ItemFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const lockNotice = lockedMonthMessage(values.date, year, locks, t);

  async function submit(e: FormEvent, confirmOutsideWindow = false) {
    e.preventDefault();
    setMessage(null);
    // a date outside the window is checked when it is set (a new item, a changed date), as the API does
    const checkWindow = !props.item || props.item.values.date !== values.date;
    const checked = countItemSchema({
      planYear: year,
      today: todayLocal(),
      sectionIds: sections.map((s) => s.id),
      window: checkWindow ? window : null,
    }).safeParse({ ...values, confirmOutsideWindow });
    const found: Record<string, string> = checked.success ? {} : fieldErrors(checked.error, t);
    const badFile = files.map((f) => refuseFile(f.name, f.size)).find(Boolean);
    if (badFile) found.files = renderMessage(badFile, t);
    if (!checked.success || badFile) {
      setErrors(found);
      setAskConfirm(!checked.success && needsConfirmation(checked.error));
      return;
    }
    setErrors({});
    setAskConfirm(false);
    setBusy(true);
    try {
      const input = checked.data;
      let itemId: string;
      let pending = false;
      if (props.item) {
        const saved = await requestGraphQL(UpdateCountItemMutation, {
          input: { itemId: props.item.id, ...input, expectedVersion: props.item.version },
        });
        itemId = saved.updateCountItem.item.id;
        pending = saved.updateCountItem.item.checkStatus === "PENDING";
      } else {
        const saved = await requestGraphQL(AddCountItemMutation, { input: { targetId, ...input, expectedVersion: props.targetVersion } });
        itemId = saved.addCountItem.item.id;
        pending = saved.addCountItem.item.checkStatus === "PENDING";
      }
      const failed = await attachItemEvidence(itemId, [], files);
      setMessage(
        failed.length
          ? { kind: "error", text: m.evidenceFailed + failed.join(listSeparator(t, "semicolon")) }
          : // 数据审核: say it waits for the 考核组 rather than that it counts
            { kind: "success", text: pending ? t.checks.submitted : editing ? m.saved : m.added },
      );
      if (!editing) setValues({ ...blank, date: values.date, sectionId: values.sectionId });
      setFiles([]);
      router.refresh();
      if (editing && failed.length === 0) onDone?.();
    } catch (err) {
      // CONFLICT (someone else saved first), PERIOD_LOCKED, BAD_USER_INPUT: the server's Chinese message as it is
      if (err instanceof GraphQLRequestError && err.extensions.fields && typeof err.extensions.fields === "object") {
        setErrors(err.extensions.fields as Record<string, string>);
      }
      setMessage({ kind: "error", text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  }

  const errorId = (field: string) => `${uid}-${field}-error`;
  const fieldProps = (field: keyof ItemFormValues | "files") => ({
    "aria-invalid": Boolean(errors[field]),
    "aria-describedby": errors[field] ? errorId(field) : undefined,
  });
  const fieldError = (field: string) =>
    errors[field] ? (
      <span id={errorId(field)} className="error" role="alert">
        {errors[field]}
      </span>
    ) : null;

  return (
    <form
      className="item-form"
      onSubmit={submit}
      noValidate
      data-testid="item-form"
      data-mode={editing ? "edit" : "add"}
      aria-label={editing ? labelled(m.editTitle, item.values.name, t) : m.addTitle}
    >
      <div className="item-form-grid">
        <label className="wide">
          {m.name}
          <input
            name="name"
            value={values.name}
            onChange={(e) => set({ name: e.target.value })}
            required
            maxLength={200}
            {...fieldProps("name")}
          />
          {fieldError("name")}
        </label>
        <DateField
          label={m.date}
          name="date"
          m={t.dateField}
          value={values.date}
          onChange={(date) => set({ date })}
          error={errors.date}
          required
        />
        {sections.length > 0 ? (
          <label>
            {m.section}
            <select
              name="sectionId"
              value={values.sectionId}
              onChange={(e) => set({ sectionId: e.target.value })}
              {...fieldProps("sectionId")}
            >
              {sections.length > 1 || values.sectionId === "" ? <option value="">{m.noSection}</option> : null}
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            {fieldError("sectionId")}
          </label>
        ) : null}
        <label>
          {m.docNumber}
          <input
            name="docNumber"
            value={values.docNumber}
            onChange={(e) => set({ docNumber: e.target.value })}
            maxLength={100}
            {...fieldProps("docNumber")}
          />
          {fieldError("docNumber")}
        </label>
        <label className="wide">
          {m.description}
          <textarea
            name="description"
            rows={2}
            value={values.description}
            onChange={(e) => set({ description: e.target.value })}
            {...fieldProps("description")}
          />
          {fieldError("description")}
        </label>
        <label>
          {m.link}
          <input
            type="url"
            name="link"
            inputMode="url"
            placeholder="https://"
            value={values.link}
            onChange={(e) => set({ link: e.target.value })}
            {...fieldProps("link")}
          />
          {fieldError("link")}
        </label>
        <label>
          {m.evidenceFiles}
          <EvidenceFileInput name="files" files={files} onFiles={setFiles} m={t.fileField} {...fieldProps("files")} />
          {fieldError("files")}
        </label>
      </div>
      {lockNotice ? (
        <p className="warning-note" role="status" data-testid="item-lock-notice">
          {lockNotice}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? m.adding : editing ? m.save : m.add}
        </button>
        {askConfirm ? (
          <button type="button" className="secondary" disabled={busy} onClick={(e) => submit(e, true)} data-testid="confirm-outside-window">
            {t.itemWindow.confirm}
          </button>
        ) : null}
        {editing ? (
          <button type="button" className="secondary" onClick={onDone}>
            {m.cancel}
          </button>
        ) : null}
      </div>
      {message ? (
        <p role={message.kind === "error" ? "alert" : "status"} className={message.kind}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
