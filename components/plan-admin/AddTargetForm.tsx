"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { graphql } from "../../graphql/generated/client";
import { requestGraphQL } from "../../lib/client/graphql-request";
import type { Messages } from "../../lib/i18n/messages";
import { emptyTarget } from "../../lib/validation/plan-edit";
import { TargetFieldsForm } from "./TargetFieldsForm";

const AddTargetMutation = graphql(`
  mutation PlanAdminAddTarget($input: AddTargetInput!) {
    addTarget(input: $input) {
      plan {
        id
      }
    }
  }
`);

/** A new target at the end of an area; the form starts empty and clears after each addition. */
export function AddTargetForm({ areaId, sections, t }: { areaId: string; sections: { id: string; name: string }[]; t: Messages }) {
  const router = useRouter();
  const [round, setRound] = useState(0);
  return (
    <TargetFieldsForm
      key={round}
      testId="add-target-form"
      initial={{ ...emptyTarget, areaId }}
      sections={sections}
      submitLabel={t.plans.add}
      busyLabel={t.plans.saving}
      t={t}
      onSubmit={async ({ areaId: _area, ...fields }) => {
        await requestGraphQL(AddTargetMutation, { input: { ...fields, areaId } });
        setRound((r) => r + 1);
        router.refresh();
        return null;
      }}
    />
  );
}
