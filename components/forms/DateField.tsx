"use client";
import { useEffect, useId, useRef, useState } from "react";
import { normalizeDateText, typingDateText } from "../../lib/domain/date-text";
import { dateInWords, dateProblemText } from "../../lib/i18n/date-words";
import type { Messages } from "../../lib/i18n/messages";
import { dateTextProblem } from "../../lib/validation/date-field";

interface Props {
  label: string;
  name: string;
  /** t.dateField */
  m: Messages["dateField"];
  /** controlled: the text, and every change of it */
  value?: string;
  onChange?: (value: string) => void;
  /** uncontrolled (a plain GET form): the first text */
  defaultValue?: string;
  /** the first and last day the field takes (inclusive) */
  min?: string | null;
  max?: string | null;
  required?: boolean;
  /** the form's own message for this field (its schema's or the server's), announced as an alert */
  error?: string | null;
  className?: string;
  /** a test id for the day in words */
  wordsTestId?: string;
}

/**
 * A day as the zh-CN way writes it, in every browser: a text field for YYYY-MM-DD (digits are grouped as they
 * are typed, other usual spellings like 2013/9/30 are put right when the field is left), the format beside its
 * label and the day in words beside the field, in the interface language (2013年9月30日). A browser's own date
 * input would follow the browser's locale instead (mm/dd/yyyy). The text is checked with the API's date
 * primitive and the field's bounds: what is wrong is said under the field once it is complete or left, and
 * held as the input's validity, so a plain form that validates will not submit it.
 */
export function DateField({ label, name, m, value, onChange, defaultValue, min, max, required, error, className, wordsTestId }: Props) {
  const id = useId();
  const [own, setOwn] = useState(defaultValue ?? "");
  const [left, setLeft] = useState(false);
  const text = value ?? own;
  const input = useRef<HTMLInputElement>(null);
  const set = (next: string) => {
    if (value === undefined) setOwn(next);
    onChange?.(next);
  };
  const problem = dateTextProblem(text, { min, max });
  const problemText = problem ? dateProblemText(problem, m) : null;
  useEffect(() => input.current?.setCustomValidity(problemText ?? ""), [problemText]);
  const showProblem = problemText !== null && !error && (left || text.length >= 10);
  const words = text !== "" && !problem ? dateInWords(text, m) : null;
  const describedBy = [`${id}-format`, `${id}-words`, error ? `${id}-error` : showProblem ? `${id}-problem` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={className ? `date-field ${className}` : "date-field"}>
      <span className="date-field-label">
        <label htmlFor={id}>{label}</label>
        <span id={`${id}-format`} className="date-field-format">
          {m.format}
        </span>
      </span>
      <span className="date-field-row">
        <input
          ref={input}
          id={id}
          name={name}
          type="text"
          inputMode="numeric"
          pattern="\d{4}-\d{2}-\d{2}"
          placeholder="YYYY-MM-DD"
          autoComplete="off"
          spellCheck={false}
          size={11}
          value={text}
          required={required}
          onChange={(e) => set(typingDateText(e.target.value))}
          onBlur={() => {
            setLeft(true);
            const normal = normalizeDateText(text);
            if (normal !== text) set(normal);
          }}
          aria-invalid={Boolean(error) || showProblem}
          aria-describedby={describedBy}
        />
        <span id={`${id}-words`} className="date-field-words" aria-live="polite" data-testid={wordsTestId}>
          {words}
        </span>
      </span>
      {error ? (
        <span id={`${id}-error`} className="error" role="alert">
          {error}
        </span>
      ) : showProblem ? (
        <span id={`${id}-problem`} className="error">
          {problemText}
        </span>
      ) : null}
    </div>
  );
}
