// What a React Refresh runtime would be given: here, a record of it.
globalThis.registered = [];
globalThis.signed = [];
globalThis.$RefreshReg$ = (type, id) => globalThis.registered.push([id, typeof type]);
globalThis.$RefreshSig$ = () => (type, key) => {
  if (type !== undefined) globalThis.signed.push([type.name, key]);
  return type;
};
