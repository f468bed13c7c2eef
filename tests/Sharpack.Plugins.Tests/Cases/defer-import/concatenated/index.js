// The same tests as ../basics, built in production with module concatenation: the deferred
// modules are loaded by the concatenation's deferred loaders.
import "../basics/index.js";
