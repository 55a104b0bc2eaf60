"use client";
import { useState, type FormEvent } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import { fill } from "../../lib/i18n/format";
import type { Messages } from "../../lib/i18n/messages";
import { OutcomeMessage, useMutationAction } from "../forms/useMutationAction";

const SetExternalAssessmentMutation = graphql(`
  mutation SetExternalAssessment($input: SetExternalAssessmentInput!) {
    setExternalAssessment(input: $input) {
      result
      version
    }
  }
`);

interface Props {
  unitId: string;
  unitName: string;
  year: number;
  current: { result: "PASS" | "FAIL"; documentRef: string; version: number } | null;
  t: Messages;
}

/** The province's 考核组 records a city's 市州人民政府绩效考核结果 with its document reference. */
export function ExternalAssessmentForm({ unitId, unitName, year, current, t }: Props) {
  const m = t.province.externalForm;
  const [result, setResult] = useState<"PASS" | "FAIL">(current?.result ?? "PASS");
  const [documentRef, setDocumentRef] = useState(current?.documentRef ?? "");
  const { busy, outcome, run } = useMutationAction();

  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(
      () =>
        requestGraphQL(SetExternalAssessmentMutation, {
          input: { unitId, year, result, documentRef, expectedVersion: current?.version ?? 0 },
        }),
      m.saved,
    );
  }

  return (
    <form
      className="toolbar no-print"
      onSubmit={submit}
      noValidate
      data-testid="external-form"
      aria-label={`${m.title} ${fill(m.for, { unit: unitName, year })}`}
    >
      <label>
        {m.result}
        <select value={result} onChange={(e) => setResult(e.target.value as "PASS" | "FAIL")} data-testid="external-result">
          <option value="PASS">{t.grade.result.PASS}</option>
          <option value="FAIL">{t.grade.result.FAIL}</option>
        </select>
      </label>
      <label>
        {m.documentRef}
        <input value={documentRef} onChange={(e) => setDocumentRef(e.target.value)} maxLength={200} data-testid="external-doc" />
      </label>
      <button type="submit" disabled={busy}>
        {m.submit}
      </button>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
