"use client";
import { useEffect, useRef, type InputHTMLAttributes } from "react";
import { fill } from "../../lib/i18n/format";
import type { Messages } from "../../lib/i18n/messages";
import { EVIDENCE_ACCEPT } from "../../lib/validation/evidence";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "value" | "defaultValue" | "onChange" | "multiple" | "accept"> & {
  /** the files chosen, as the form holds them */
  files: readonly File[];
  onFiles: (files: File[]) => void;
  /** t.fileField */
  m: Messages["fileField"];
};

/**
 * The evidence files of a form. The browser's file input keeps its choice while the form re-renders — after a
 * validation error the files are still there, and still named beside it — and is emptied only when the form
 * empties `files` (after a save).
 */
export function EvidenceFileInput({ files, onFiles, m, ...rest }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (files.length === 0 && input.current) input.current.value = "";
  }, [files.length]);
  return (
    <>
      <input
        {...rest}
        ref={input}
        type="file"
        multiple
        accept={EVIDENCE_ACCEPT}
        onChange={(e) => onFiles(Array.from(e.target.files ?? []))}
      />
      {files.length > 0 ? (
        <span className="muted small" data-testid="chosen-files">
          {fill(m.chosen, { names: files.map((f) => f.name).join(m.separator) })}
        </span>
      ) : null}
    </>
  );
}
