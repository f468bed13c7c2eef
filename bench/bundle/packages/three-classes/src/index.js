// A few three.js math classes out of the whole package.
import { Vector3, Matrix4, Quaternion, Euler } from "three";

const q = new Quaternion().setFromEuler(new Euler(0.1, 0.2, 0.3));
const m = new Matrix4().compose(new Vector3(1, 2, 3), q, new Vector3(1, 1, 1));
const v = new Vector3(1, 0, 0).applyMatrix4(m);
console.log([v.x, v.y, v.z].map(x => x.toFixed(6)).join(" "));
