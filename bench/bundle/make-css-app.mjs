// Generates the CSS modules corpus of bench/bundle/run.sh (`css-N`): an app of N components, each a
// JavaScript module importing its own CSS module (local classes, a keyframes animation, custom
// properties, `composes` from a shared module, an `@import` of a shared stylesheet and a url() of an
// image), plus one global stylesheet. The entry prints how many components got class names, the
// same for every bundler: `css-N ok N`.
//
//   node make-css-app.mjs DIR N
import fs from 'node:fs';
import path from 'node:path';

const [dir, countText] = process.argv.slice(2);
const count = Number(countText);
if (!dir || !Number.isInteger(count) || count < 1) {
  console.error('usage: node make-css-app.mjs DIR N');
  process.exit(2);
}
const src = path.join(dir, 'src');
fs.mkdirSync(path.join(src, 'components'), { recursive: true });
fs.writeFileSync(path.join(src, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n');
fs.writeFileSync(path.join(src, 'global.css'), `:root {\n\t--gap: 4px;\n\t--radius: 2px;\n}\n\nbody {\n\tmargin: 0;\n\tfont: 14px/1.4 system-ui, sans-serif;\n\tbackground: url("./icon.svg") no-repeat;\n}\n`);
fs.writeFileSync(path.join(src, 'shared.module.css'), `.base {\n\tbox-sizing: border-box;\n\tpadding: var(--gap);\n\tborder-radius: var(--radius);\n}\n\n.focus:focus-visible {\n\toutline: 2px solid Highlight;\n}\n`);
fs.writeFileSync(path.join(src, 'reset.css'), `button {\n\tfont: inherit;\n\tcolor: inherit;\n}\n`);
const imports = [];
const calls = [];
for (let i = 0; i < count; i++) {
  const name = `c${i}`;
  const hue = (i * 37) % 360;
  fs.writeFileSync(path.join(src, 'components', `${name}.module.css`), `@import "../reset.css";

.root {
	composes: base from "../shared.module.css";
	display: flex;
	gap: calc(var(--gap) * ${1 + (i % 4)});
	--accent: hsl(${hue} 70% 45%);
	color: var(--accent);
}

.title {
	composes: focus from "../shared.module.css";
	font-weight: ${400 + (i % 5) * 100};
	animation: enter${i} 200ms ease-out both;
}

.icon {
	width: ${8 + (i % 9)}px;
	height: ${8 + (i % 9)}px;
	background-image: url("../icon.svg");
}

.root:hover .title,
.root.active > .icon {
	text-decoration: underline;
	transform: translateX(${i % 7}px);
}

@media (max-width: ${480 + (i % 6) * 80}px) {
	.root {
		flex-direction: column;
	}
}

@keyframes enter${i} {
	from {
		opacity: 0;
		transform: translateY(4px);
	}
	to {
		opacity: 1;
		transform: none;
	}
}
`);
  fs.writeFileSync(path.join(src, 'components', `${name}.js`), `import * as styles from "./${name}.module.css";

export default function ${name}() {
	return typeof styles.root === "string" && styles.root.length > 0 && typeof styles.title === "string" && typeof styles.icon === "string" ? 1 : 0;
}
`);
  imports.push(`import ${name} from "./components/${name}.js";`);
  calls.push(`${name}()`);
}
fs.writeFileSync(path.join(src, 'index.js'), `import "./global.css";
${imports.join('\n')}

const rendered = [${calls.join(', ')}].reduce((a, b) => a + b, 0);
console.log("css-${count} ok " + rendered);
`);
fs.writeFileSync(path.join(dir, 'expected.txt'), `css-${count} ok ${count}\n`);
fs.writeFileSync(path.join(dir, 'corpus.json'), JSON.stringify({ kind: 'css', modules: count * 2 + 5 }) + '\n');
console.log(`make-css-app: ${count} components in ${dir}`);
