export const later = () => import(/* webpackPrefetch: true */ /* webpackChunkName: "later" */ "./later.js");

const links = (rel) => Array.from(document.querySelectorAll(`link[rel="${rel}"]`), (l) => l.getAttribute("href"));

it("prefetches a webpackPrefetch chunk of the entry once the page's chunks are loaded", () => {
  expect(links("prefetch")).toEqual([new URL("later.bundle.js", location.href).href]);
});

it("preloads a webpackPreload chunk when its parent chunk loads", async () => {
  const parent = await import(/* webpackChunkName: "parent" */ "./parent.js");
  expect(typeof parent.child).toBe("function");
  expect(links("preload")).toEqual([new URL("child.bundle.js", location.href).href]);
});
