import { describe, expect, it } from "vitest";

import { isDeskError, reasonOf } from "./ipc";

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

describe("reasonOf", () => {
  it("shows the message of whatever was thrown", () => {
    expect(reasonOf({ code: "storage", message: "disk full" })).toBe("disk full");
    expect(reasonOf(new Error("boom"))).toBe("boom");
    expect(reasonOf("plain")).toBe("plain");
  });
});
