module.exports = function Pure() { this.made = true; };
