// The in-page test runner, the browser twin of run-case.cjs: loaded first by the test page, it
// defines `it(name, fn)` (done callbacks, returned promises, tests registered while others run),
// records uncaught errors, unhandled rejections and console.error calls, and once the page has
// loaded (every bundle executed) runs the tests. The C# side polls `__sharpackHarness` until
// `done`; `lines` holds one "ok NAME" / "FAIL NAME: message" line per test and a summary.
"use strict";
(() => {
  const state = { done: false, lines: [], passed: 0, failed: 0, errors: [] };
  window.__sharpackHarness = state;

  const describe = (value) => {
    if (value && typeof value === "object" && "stack" in value && value.stack) {
      const stack = String(value.stack);
      const message = String(value.message);
      return stack.includes(message) ? stack : message + "\n" + stack;
    }
    return String(value);
  };
  window.addEventListener("error", (event) => {
    state.errors.push("uncaught error: " + (event.error !== undefined && event.error !== null ? describe(event.error) : event.message));
  });
  window.addEventListener("unhandledrejection", (event) => {
    state.errors.push("unhandled rejection: " + describe(event.reason));
  });
  const consoleError = console.error;
  console.error = (...args) => {
    state.errors.push("console.error: " + args.map(describe).join(" "));
    consoleError.apply(console, args);
  };

  const tests = [];
  window.it = (name, fn) => tests.push({ name, fn });

  const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));
  const run = async () => {
    // As run-case.cjs waits a setImmediate after the bundles: tests registered by code that
    // runs right after the entry (a resolved promise, a timer of 0) are picked up too.
    await macrotask();
    // Tests registered while earlier tests run are picked up too.
    for (let i = 0; i < tests.length; i++) {
      const test = tests[i];
      try {
        if (test.fn.length > 0) {
          await new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error("done() not called within 5 s")), 5000);
            test.fn((error) => { clearTimeout(timer); error ? reject(error) : resolve(); });
          });
        } else {
          await test.fn();
        }
        state.passed++;
        state.lines.push("ok " + test.name);
      } catch (error) {
        state.failed++;
        state.lines.push("FAIL " + test.name + ": " + (error && error.message));
      }
    }
    if (tests.length === 0) {
      state.failed++;
      state.lines.push("FAIL no tests registered");
    }
    state.lines.push(`${state.passed} passed, ${state.failed} failed`);
    state.done = true;
  };
  window.addEventListener("load", () => {
    run().catch((error) => {
      state.errors.push("harness: " + describe(error));
      state.done = true;
    });
  });
})();
