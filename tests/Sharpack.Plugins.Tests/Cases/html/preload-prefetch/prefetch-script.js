globalThis.PREFETCH_SCRIPT = "prefetch-script";
