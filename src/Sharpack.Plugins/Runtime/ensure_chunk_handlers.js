__webpack_require__.f = {};
