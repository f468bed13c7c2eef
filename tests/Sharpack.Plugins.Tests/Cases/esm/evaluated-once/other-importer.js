import { marker } from "./once";
export const seen = marker;
