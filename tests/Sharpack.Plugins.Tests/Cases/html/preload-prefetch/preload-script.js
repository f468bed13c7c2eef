globalThis.PRELOAD_SCRIPT = "preload-script";
