setTimeout(() => { exports.later = "later"; }, 0);
