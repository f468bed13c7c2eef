__webpack_require__.h = () => ($FULL_HASH$);
