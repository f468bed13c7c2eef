export default class K { get kind() { return "class"; } }
