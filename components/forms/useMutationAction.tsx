"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

export type Outcome = { kind: "error" | "success"; text: string } | null;

/** Busy flag, a Chinese message from the server on failure, and a page refresh on success. */
export function useMutationAction() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  async function run(work: () => Promise<unknown>, success?: string): Promise<boolean> {
    setBusy(true);
    setOutcome(null);
    try {
      await work();
      if (success) setOutcome({ kind: "success", text: success });
      router.refresh();
      return true;
    } catch (err) {
      setOutcome({ kind: "error", text: err instanceof Error ? err.message : String(err) });
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, outcome, setOutcome, run, router };
}

export function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return (
    <p role={outcome.kind === "error" ? "alert" : "status"} className={outcome.kind}>
      {outcome.text}
    </p>
  );
}
