export default class { hello() { return "world"; } }
