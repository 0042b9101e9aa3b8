import { describe, expect, it } from "vitest";

import { isDeskError } from "./ipc";

describe("isDeskError", () => {
  it("accepts what commands reject with", () => {
    expect(isDeskError({ code: "network", message: "timed out" })).toBe(true);
    expect(isDeskError({ code: "keyring", message: "no secret service" })).toBe(true);
  });

  it("rejects anything else", () => {
    expect(isDeskError(null)).toBe(false);
    expect(isDeskError("network")).toBe(false);
    expect(isDeskError(new Error("boom"))).toBe(false);
    expect(isDeskError({ code: "teapot", message: "unknown code" })).toBe(false);
    expect(isDeskError({ code: "network" })).toBe(false);
  });
});
