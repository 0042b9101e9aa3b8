// The editor's keyboard shortcuts, in CodeMirror's notation, and how to write them in
// a tooltip on this platform ("Ctrl+Shift+H" on Linux and Windows, "⇧⌘H" on macOS).

export const SHORTCUTS = {
  heading: "Mod-Shift-h",
  bold: "Mod-b",
  italic: "Mod-i",
  link: "Mod-k",
  articleLink: "Mod-Shift-k",
  quote: "Mod-Shift-q",
  list: "Mod-Shift-l",
  // Not Mod-Shift-i: that opens the web inspector in development builds.
  image: "Mod-Shift-m",
  paywall: "Mod-Shift-p",
  focus: "Mod-Shift-f",
  snapshot: "Mod-s",
} as const;

export type ShortcutName = keyof typeof SHORTCUTS;

const MAC_SYMBOLS: Record<string, string> = {
  Ctrl: "⌃",
  Alt: "⌥",
  Shift: "⇧",
  Mod: "⌘",
  Meta: "⌘",
  Cmd: "⌘",
};
// macOS writes modifiers in this order.
const MAC_ORDER = ["Ctrl", "Alt", "Shift", "Mod", "Meta", "Cmd"];
const OTHER_ORDER = ["Mod", "Ctrl", "Meta", "Cmd", "Alt", "Shift"];

function keyName(key: string): string {
  if (key.length === 1) return key.toUpperCase();
  if (key === "Escape") return "Esc";
  return key;
}

/** A CodeMirror key (like "Mod-Shift-h") as people write it on this kind of machine. */
export function shortcutLabel(binding: string, mac: boolean): string {
  const parts = binding.split("-");
  // "Mod--" would be a minus key; none of ours is.
  const key = parts.pop() ?? "";
  if (mac) {
    const mods = [...parts].sort((a, b) => MAC_ORDER.indexOf(a) - MAC_ORDER.indexOf(b));
    return mods.map((m) => MAC_SYMBOLS[m] ?? m).join("") + keyName(key);
  }
  const mods = [...parts]
    .sort((a, b) => OTHER_ORDER.indexOf(a) - OTHER_ORDER.indexOf(b))
    .map((m) => (m === "Mod" || m === "Ctrl" ? "Ctrl" : m === "Meta" || m === "Cmd" ? "Super" : m));
  return [...mods, keyName(key)].join("+");
}

/** The value for `aria-keyshortcuts` (the ARIA spelling: "Control+Shift+H"). */
export function ariaShortcut(binding: string, mac: boolean): string {
  const parts = binding.split("-");
  const key = keyName(parts.pop() ?? "");
  const mods = parts.map((m) =>
    m === "Mod" ? (mac ? "Meta" : "Control") : m === "Ctrl" ? "Control" : m === "Cmd" ? "Meta" : m,
  );
  return [...mods, key].join("+");
}

/** Whether the desk runs on macOS (for the shortcut labels only). */
export function isMac(): boolean {
  return typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** Whether a key event is `binding` ("Mod-Shift-F": Mod is Ctrl, or ⌘ on macOS). */
export function matches(event: KeyboardEvent, binding: string): boolean {
  const parts = binding.split("-");
  const key = parts.pop()!;
  const mod = event.ctrlKey || event.metaKey;
  return (
    event.key.toLowerCase() === key.toLowerCase() &&
    mod === parts.includes("Mod") &&
    event.shiftKey === parts.includes("Shift") &&
    event.altKey === parts.includes("Alt")
  );
}
