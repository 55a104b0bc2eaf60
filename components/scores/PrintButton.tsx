"use client";

/** Opens the browser's print dialog; the page's print styles give A4 landscape without the controls. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
