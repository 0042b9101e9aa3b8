import { describe, expect, it } from "vitest";

import { ariaShortcut, SHORTCUTS, shortcutLabel } from "./shortcuts";

describe("shortcutLabel", () => {
  it("writes shortcuts the Linux and Windows way", () => {
    expect(shortcutLabel("Mod-b", false)).toBe("Ctrl+B");
    expect(shortcutLabel("Mod-Shift-h", false)).toBe("Ctrl+Shift+H");
    expect(shortcutLabel("Shift-Mod-p", false)).toBe("Ctrl+Shift+P");
    expect(shortcutLabel("Escape", false)).toBe("Esc");
  });

  it("writes shortcuts the macOS way, modifiers in Apple's order", () => {
    expect(shortcutLabel("Mod-b", true)).toBe("⌘B");
    expect(shortcutLabel("Mod-Shift-h", true)).toBe("⇧⌘H");
    expect(shortcutLabel("Mod-Alt-Shift-x", true)).toBe("⌥⇧⌘X");
  });

  it("gives ARIA's spelling", () => {
    expect(ariaShortcut("Mod-Shift-h", false)).toBe("Control+Shift+H");
    expect(ariaShortcut("Mod-k", true)).toBe("Meta+K");
  });

  it("has no shortcut twice", () => {
    const keys = Object.values(SHORTCUTS);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
