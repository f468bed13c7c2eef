export function greet() { return "hello"; }
export function swap() { greet = () => "bye"; }
