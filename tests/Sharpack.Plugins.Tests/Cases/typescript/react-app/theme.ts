import { createContext } from "react";

export enum Tone { Calm = "calm", Loud = "loud" }

export interface Theme { readonly tone: Tone; readonly accent: string }

export const ThemeContext = createContext<Theme>({ tone: Tone.Calm, accent: "blue" });
