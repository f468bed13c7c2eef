export default function () { return "default fn"; }
export const helper = "helper";
