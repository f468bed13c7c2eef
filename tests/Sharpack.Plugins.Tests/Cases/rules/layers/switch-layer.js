import { layer as sharedLayer, kind, marker, fromContext } from "./shared.js";
import { marker as mainMarker } from "./main-marker.js";
import external from "external-thing";
export const layer = __webpack_layer__;
export const inner = { layer: sharedLayer, kind, external, sharedIsAnotherModule: marker !== mainMarker, contextLayer: fromContext("x.js") };
