"use client";
import { useRouter } from "next/navigation";

/** Flips the language cookie and re-renders the page in place (server components read the cookie). */
export function LanguageSwitch({ label }: { label: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className="secondary"
      onClick={() => {
        const next = document.documentElement.lang === "en" ? "zh" : "en";
        document.cookie = `lang=${next}; path=/; max-age=31536000; samesite=lax`;
        router.refresh();
      }}
    >
      {label}
    </button>
  );
}
