export const defineType = typeof define;
export const topThis = this;
