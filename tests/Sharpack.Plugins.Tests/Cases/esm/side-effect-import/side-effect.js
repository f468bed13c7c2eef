globalThis.__sideEffectRan = true;
