// The page is served as plain files from any sub-path, with no build step:
// every import between its modules must be relative ("./x.js") and name a
// file that ships in web/, and the modules with pure functions must load
// without a DOM (Node has none).
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import test from "node:test";

const web = new URL("../web/", import.meta.url);
const modules = readdirSync(web).filter((f) => f.endsWith(".js"));

test("imports are relative and resolve to files in web/", () => {
  const files = new Set(readdirSync(web));
  let n = 0;
  for (const f of modules) {
    const src = readFileSync(new URL(f, web), "utf8");
    for (const m of src.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+"([^"]+)"/gm)) {
      n++;
      assert.match(m[1], /^\.\/[a-z]+\.js$/, f + " imports " + m[1]);
      assert.ok(files.has(m[1].slice(2)), f + " imports " + m[1] + ", which is not in web/");
    }
  }
  assert.ok(n >= 10, "found only " + n + " imports: is the pattern still right?");
});

test("the pure modules load without a DOM", async () => {
  for (const m of ["text", "report", "state", "share", "capture", "dom", "cards", "view", "gallery"]) {
    await import(new URL(m + ".js", web).href);
  }
});
