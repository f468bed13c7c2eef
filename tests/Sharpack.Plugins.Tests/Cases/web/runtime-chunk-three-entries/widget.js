import { count, t } from "./shared.js";
count("widget");
export const render = async (page) => {
  const deep = await import("./deep.js");
  return deep.frame(page) + " " + (await t("en"));
};
