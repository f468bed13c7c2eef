import data from "./large.json";

it("imports a large JSON document", () => {
  expect(data.items).toHaveLength(500);
  expect(data.items[499]).toEqual({ id: 499, label: "item-499", even: false });
  expect(data.items.filter((item) => item.even)).toHaveLength(250);
});
