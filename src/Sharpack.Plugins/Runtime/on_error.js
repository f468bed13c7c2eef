__webpack_require__.oe = (err) => { setTimeout(() => { throw err; }, 0); throw err; };
