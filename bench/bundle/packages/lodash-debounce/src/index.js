// One function of lodash-es: a debounced call made three times runs once.
import { debounce } from "lodash-es";

let calls = 0;
const bump = debounce(n => { calls += n; }, 10);
bump(1);
bump(2);
bump(3);
setTimeout(() => console.log("debounced calls: " + calls), 50);
