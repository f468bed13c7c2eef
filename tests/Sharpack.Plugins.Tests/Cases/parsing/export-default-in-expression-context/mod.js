export default {
  default: "key named default",
  re: /a\/b/.source.replace(/\\/g, ""),
};
