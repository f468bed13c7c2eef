// The single-import case: three components of react-router, nothing rendered.
import { BrowserRouter, Routes, Route } from "react-router";

console.log([BrowserRouter, Routes, Route].map(c => typeof c).join(" "));
