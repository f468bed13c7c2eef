module.exports = function Kept() { this.made = true; };
