// The example app's entry: ESM importing ESM, CommonJS, JSON and an npm package.
import { greet } from './greet.js';
import format from './format.cjs';
import settings from './settings.json' with { type: 'json' };
import { capitalize, sum } from 'lodash-es';

const names = settings.names.map(capitalize);
console.log(greet(names));
console.log(format('total', sum(settings.scores)));
