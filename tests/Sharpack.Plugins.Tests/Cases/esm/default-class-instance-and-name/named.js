export default class Named {
  static create() { return new Named(); }
}
export const createdName = Named.create().constructor.name;
