// Textareas as tall as their text (WebKitGTK has no `field-sizing`).

export function grow(area: HTMLTextAreaElement): void {
  area.style.blockSize = "auto";
  area.style.blockSize = `${area.scrollHeight + 2}px`;
}

/** A Svelte action: the textarea grows with its text and with a change of width. */
export function autosize(area: HTMLTextAreaElement) {
  grow(area);
  const again = () => grow(area);
  area.addEventListener("input", again);
  const observer = new ResizeObserver(() => {
    // Only a change of width can change the height the text needs.
    if (area.scrollHeight > area.clientHeight + 1) grow(area);
  });
  observer.observe(area);
  // The text's font may arrive after the first measure, and be taller.
  void document.fonts?.ready.then(again);
  return {
    destroy() {
      area.removeEventListener("input", again);
      observer.disconnect();
    },
  };
}
