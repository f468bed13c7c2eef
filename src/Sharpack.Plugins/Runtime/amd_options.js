__webpack_require__.amdO = {};
