import { describe, expect, it } from "vitest";

import { classifyPaths, extensionOf, fileName, isImageFile } from "./files";

describe("files", () => {
  it("names files with either slash", () => {
    expect(fileName("/home/ana/drafts/quay.md")).toBe("quay.md");
    expect(fileName("C:\\Users\\ana\\photo.JPG")).toBe("photo.JPG");
    expect(fileName("/home/ana/drafts/")).toBe("drafts");
  });

  it("finds extensions, not dots at the start", () => {
    expect(extensionOf("photo.JPG")).toBe("jpg");
    expect(extensionOf("/a/.hidden")).toBe("");
    expect(extensionOf("/a/folder")).toBe("");
  });

  it("sends images to the article and everything else to the import", () => {
    expect(classifyPaths(["/a/x.png", "/a/y.md", "/a/folder", "/a/z.webp", "/a/notes.v2", "/a/w.docx"])).toEqual({
      images: ["/a/x.png", "/a/z.webp"],
      imports: ["/a/y.md", "/a/folder", "/a/notes.v2", "/a/w.docx"],
    });
  });

  it("takes pasted images but not SVG", () => {
    expect(isImageFile({ name: "image.png", type: "image/png" })).toBe(true);
    expect(isImageFile({ name: "x.svg", type: "image/svg+xml" })).toBe(false);
    expect(isImageFile({ name: "x.jpeg", type: "" })).toBe(true);
    expect(isImageFile({ name: "x.txt", type: "text/plain" })).toBe(false);
  });
});
