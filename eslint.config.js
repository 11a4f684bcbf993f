// ESLint 9 (flat config) for the page, the element, the end-to-end tests and the tools. Style is
// Prettier's (`make lint` runs both); these rules catch mistakes.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["www/pkg/", "dist/", "target/", "node_modules/", "bench/", "e2e/screenshots/", "src/bin/article-compare/report/viewer.js"] },
  js.configs.recommended,
  {
    files: ["www/**/*.js"],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ["www/engine/worker.js"],
    languageOptions: { globals: globals.worker },
  },
  {
    files: ["**/*.mjs", "eslint.config.js"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      "no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "prefer-const": "error",
      "no-var": "error",
    },
  },
];
