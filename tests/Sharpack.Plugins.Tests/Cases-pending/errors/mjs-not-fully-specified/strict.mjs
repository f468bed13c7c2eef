import { helper } from "./helper";
