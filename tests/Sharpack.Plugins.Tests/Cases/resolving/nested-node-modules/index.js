import shared from "shared";
import { sharedSeenByConsumer } from "consumer";

it("resolves the nearest node_modules first", () => {
  expect(shared).toBe("shared v1");
  expect(sharedSeenByConsumer).toBe("shared v2");
});
