// Parse GIFT from stdin with gift-pegjs (the pinned npm package) and print the questions as JSON.
// A parse error prints {"error": {message, line, column}} and exits 1.
"use strict";
const { parse } = require("gift-pegjs");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  try {
    process.stdout.write(JSON.stringify(parse(input)));
  } catch (err) {
    const where = err.location ? err.location.start : {};
    process.stdout.write(JSON.stringify({ error: { message: err.message, line: where.line, column: where.column } }));
    process.exitCode = 1;
  }
});
