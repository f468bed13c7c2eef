let count = 1;
function tick() {
	count += 1;
}
const label = "lib";

export { count, tick, label };
