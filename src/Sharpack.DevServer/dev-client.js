/* The page's side of `sharpack serve` (webpack-dev-server's client and webpack/hot/dev-server):
   it listens on the server's WebSocket, applies each new build with hot module replacement, reloads
   the page when an update cannot be applied, and draws build errors over the page. Its options come
   in the request's query. */
/* global __resourceQuery, __webpack_hash__ */
var options = { hot: false, liveReload: false, overlay: true, logging: "info", reconnect: 10, hotOnly: false };
(function () {
	var query = typeof __resourceQuery === "string" ? __resourceQuery.replace(/^\?/, "") : "";
	query.split("&").forEach(function (pair) {
		if (!pair) return;
		var at = pair.indexOf("=");
		var key = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
		var value = at < 0 ? "true" : decodeURIComponent(pair.slice(at + 1));
		if (key === "logging") options.logging = value;
		else if (key === "reconnect") options.reconnect = Number(value);
		else options[key] = value === "true";
	});
})();

var levels = { none: 0, error: 1, warn: 2, info: 3, log: 4, verbose: 5 };
function log(level, message) {
	if ((levels[options.logging] || 0) < levels[level]) return;
	var write = level === "error" ? console.error : level === "warn" ? console.warn : console.info;
	write.call(console, "[sharpack-dev-server] " + message);
}

// The hash of the last build the server announced; the running code has __webpack_hash__.
var lastHash = "";
var initial = true;
var overlay = null;

function escapeHtml(text) {
	return String(text).replace(/[&<>"]/g, function (c) {
		return c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;";
	});
}

function showOverlay(errors) {
	if (!options.overlay || typeof document === "undefined") return;
	hideOverlay();
	overlay = document.createElement("div");
	overlay.id = "sharpack-dev-server-overlay";
	overlay.setAttribute("style", "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(0,0,0,0.85);color:#e8e8e8;font:13px/1.5 Menlo,Consolas,monospace;padding:24px;white-space:pre-wrap");
	var html = "<div style=\"font-size:18px;color:#ff5555;margin-bottom:12px\">Compiled with problems:</div>";
	errors.forEach(function (error) {
		html += "<div style=\"margin-bottom:20px\"><span style=\"color:#ff5555\">ERROR</span> " + escapeHtml(error) + "</div>";
	});
	overlay.innerHTML = html;
	(document.body || document.documentElement).appendChild(overlay);
}

function hideOverlay() {
	if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
	overlay = null;
}

function upToDate() {
	return typeof __webpack_hash__ === "undefined" || lastHash === __webpack_hash__;
}

function reload() {
	if (options.hotOnly) {
		log("warn", "Cannot apply update; hot: \"only\" does not reload the page.");
		return;
	}
	log("info", "Reloading the page.");
	if (typeof location !== "undefined") location.reload();
}

// webpack/hot/dev-server: check, apply, check again while the server is ahead, reload on failure.
function check() {
	module.hot.check(true).then(function (updated) {
		if (!updated) {
			log("warn", "Cannot find update; reloading.");
			reload();
			return;
		}
		log("info", "Updated modules: " + (updated.length ? updated.join(", ") : "none"));
		if (!upToDate()) check();
	}).catch(function (error) {
		var status = module.hot.status();
		if (status === "abort" || status === "fail") {
			log("warn", "Cannot apply update (" + (error && error.message) + "); reloading.");
			reload();
		} else {
			log("error", "Update failed: " + (error && (error.stack || error.message)));
		}
	});
}

function applyBuild() {
	if (initial) {
		initial = false;
		return;
	}
	if (upToDate()) return;
	if (options.hot && module.hot) {
		if (module.hot.status() === "idle") check();
		return;
	}
	if (options.liveReload) reload();
}

function handle(message) {
	switch (message.type) {
		case "hash":
			lastHash = message.data;
			break;
		case "invalid":
			log("info", "App updated. Recompiling...");
			break;
		case "ok":
		case "still-ok":
			hideOverlay();
			applyBuild();
			break;
		case "warnings":
			hideOverlay();
			message.data.forEach(function (warning) { log("warn", warning); });
			applyBuild();
			break;
		case "errors":
			initial = false;
			message.data.forEach(function (error) { log("error", error); });
			showOverlay(message.data);
			break;
	}
}

function connect(attempt) {
	if (typeof WebSocket === "undefined" || typeof location === "undefined") return;
	var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
	socket.onopen = function () {
		attempt = 0;
		log("info", "Connected (" + (options.hot ? "hot module replacement" : options.liveReload ? "live reload" : "no reload") + ").");
	};
	socket.onmessage = function (event) {
		handle(JSON.parse(event.data));
	};
	socket.onclose = function () {
		if (attempt >= options.reconnect) return;
		log("info", "Disconnected; trying to reconnect.");
		setTimeout(function () { connect(attempt + 1); }, Math.min(1000 * Math.pow(2, attempt), 10000));
	};
}

connect(0);
