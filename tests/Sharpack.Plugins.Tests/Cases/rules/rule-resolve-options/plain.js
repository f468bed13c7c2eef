import { word } from "./wrong"; import { kind } from "./kind"; export const pick = word + "+" + kind;
