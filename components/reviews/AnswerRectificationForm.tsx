"use client";
import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import { attachRectificationFiles } from "../../lib/client/upload-evidence";
import type { Messages } from "../../lib/i18n/messages";
import { refuseFile, refuseLink } from "../../lib/validation/evidence";
import { fieldErrors } from "../../lib/validation/progress";
import { answerRectificationSchema } from "../../lib/validation/review";
import { describedBy, Field } from "../admin/fields";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";
import { EvidenceFileInput } from "../forms/EvidenceFileInput";
import { renderMessage } from "../../lib/i18n/render-message";
import { labelled, listSeparator } from "../../lib/i18n/punctuation";

const AnswerRectificationMutation = graphql(`
  mutation AnswerRectification($input: AnswerRectificationInput!) {
    answerRectification(input: $input) {
      id
      status
    }
  }
`);

/**
 * 整改情况: the owning section says what it did, with a link and/or files as evidence; checked with the API's
 * schema first. The answer is saved, then the files are uploaded to the notice (all or none per upload).
 */
export function AnswerRectificationForm({
  rectificationId,
  version,
  about,
  t,
}: {
  rectificationId: string;
  version: number;
  about: string;
  t: Messages;
}) {
  const id = useId();
  const [answer, setAnswer] = useState("");
  const [link, setLink] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, outcome, setOutcome, run } = useMutationAction();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const links = link.trim() ? [{ url: link.trim() }] : [];
    const checked = answerRectificationSchema.safeParse({ answer, links });
    const found: Record<string, string> = checked.success ? {} : fieldErrors(checked.error, t);
    const badLink = links.map((l) => refuseLink(l.url)).find(Boolean);
    if (badLink) found.links = renderMessage(badLink, t);
    const badFile = files.map((f) => refuseFile(f.name, f.size)).find(Boolean);
    if (badFile) found.files = renderMessage(badFile, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    let failed: string[] = [];
    const ok = await run(async () => {
      await requestGraphQL(AnswerRectificationMutation, {
        input: { rectificationId, answer: answer.trim(), links, expectedVersion: version },
      });
      failed = await attachRectificationFiles(rectificationId, files);
    }, t.review.answered);
    if (ok && failed.length > 0) setOutcome({ kind: "error", text: [t.review.answered, ...failed].join(listSeparator(t, "semicolon")) });
  }

  // Field (components/admin/fields): label, control and an error announced next to it, as the other forms
  const field = (name: string) => ({ id: `${id}-${name}`, error: errors[name] });
  const control = (name: string) => ({
    id: `${id}-${name}`,
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": describedBy(`${id}-${name}`, errors[name]),
  });
  return (
    <form
      className="form-grid no-print"
      onSubmit={submit}
      noValidate
      data-testid="answer-rectification-form"
      aria-label={labelled(t.review.answer, about, t)}
    >
      <Field {...field("answer")} label={t.review.answer}>
        <textarea {...control("answer")} rows={3} value={answer} maxLength={2000} onChange={(e) => setAnswer(e.target.value)} />
      </Field>
      <Field {...field("links")} label={t.review.answerLink}>
        <input {...control("links")} type="url" value={link} maxLength={2000} onChange={(e) => setLink(e.target.value)} />
      </Field>
      <Field {...field("files")} label={t.review.answerFiles}>
        <EvidenceFileInput {...control("files")} files={files} onFiles={setFiles} m={t.fileField} />
      </Field>
      <div>
        <button type="submit" disabled={busy}>
          {busy ? t.review.saving : t.review.submitAnswer}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
