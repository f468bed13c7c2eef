// import.meta inside a type assertion still makes the file a module (sourceType "module").
const url: string = (import.meta as any).url;
let x = <unknown>url;
