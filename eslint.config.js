import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", ".next-*/", "data/", "generated/", "graphql/generated/", "tests/output/", "next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The domain is pure: no database, API or UI code may leak into it.
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["*prisma*", "@prisma/*", "**/generated/**"], message: "lib/domain must not import Prisma." },
            { group: ["graphql", "graphql/*", "@apollo/*", "**/graphql/**"], message: "lib/domain must not import GraphQL." },
            { group: ["react", "react-dom", "react/*", "next", "next/*", "recharts"], message: "lib/domain must not import React/Next." },
            { group: ["**/server/**", "**/client/**", "node:*"], message: "lib/domain is pure: no server, client or Node imports." },
          ],
        },
      ],
    },
  },
  {
    // Services never reach up into the API or UI layers.
    files: ["lib/server/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/graphql/**", "**/app/**", "**/components/**", "react", "next/*"],
              message: "lib/server must not import from the layers above it.",
            },
          ],
        },
      ],
    },
  },
);
