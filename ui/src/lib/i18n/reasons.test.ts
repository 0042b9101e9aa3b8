import { describe, expect, it } from "vitest";

import { DESK_ERROR_CODES } from "../bindings/deskErrorCodes";
import type { MessageArgs } from "./i18n.svelte";
import { DESK_ERROR_MESSAGES, reasonOf } from "./reasons";

// Stands in for a loaded bundle: shows which message was asked for, with which detail.
const translate = (id: string, args?: MessageArgs) => `${id}|${String(args?.detail ?? "")}`;

describe("reasonOf", () => {
  it("words a command's failure by its code, with the desk's explanation as detail", () => {
    expect(reasonOf({ code: "storage", message: "disk on fire" }, translate)).toBe("desk-error-storage|disk on fire");
    expect(reasonOf({ code: "unauthorized", message: "token revoked" }, translate)).toBe(
      "desk-error-unauthorized|token revoked",
    );
  });

  it("shows the message of anything else thrown", () => {
    expect(reasonOf(new Error("boom"), translate)).toBe("boom");
    expect(reasonOf("plain", translate)).toBe("plain");
    expect(reasonOf({ code: "teapot", message: "not one of ours" }, translate)).toBe("[object Object]");
  });

  it("has distinct words for every code", () => {
    const ids = DESK_ERROR_CODES.map((code) => DESK_ERROR_MESSAGES[code]);
    expect(new Set(ids).size).toBe(DESK_ERROR_CODES.length);
  });
});
