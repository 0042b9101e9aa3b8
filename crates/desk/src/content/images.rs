//! Images inserted into articles, stored by the desk and named by their content.
//!
//! A file is `<data dir>/images/<sha256 of the bytes>.<ext>`: storing the same image
//! twice is one file, a name can never point at other bytes, and an article exported
//! with its images can be imported on another desk with the same references. Only
//! formats a browser shows as a plain picture are taken (PNG, JPEG, GIF, WebP, AVIF),
//! recognised by their bytes, never by the file's name: SVG, which can carry scripts,
//! is refused.

use std::io::Write;
use std::path::{Path, PathBuf};

use dateline_protocol::{ImageFormat, parse_image_name};
use rusqlite::params;
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::Desk;
use crate::clock::stamp;
use crate::error::{DeskError, Result};

/// The folder of the data folder where stored images are kept, by content hash.
pub(crate) const IMAGES_FOLDER: &str = "images";

/// The largest image the desk stores: the site takes no larger.
pub use dateline_protocol::MAX_IMAGE_BYTES;

/// How a Markdown body refers to a stored image; the preview maps it to `dlimg://`.
pub const IMAGE_SCHEME: &str = "dateline-image:";

/// An image in the desk's store, and the Markdown that shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StoredImage {
    /// `<sha256 hex>.<ext>`
    pub name: String,
    /// `![](dateline-image:<name>)`
    pub markdown: String,
}

/// The format of an image from its first bytes: (extension, MIME type).
fn sniff(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    let format = ImageFormat::from_mime(infer::get(bytes)?.mime_type())?;
    Some((format.ext(), format.mime()))
}

/// The MIME type of a well-formed stored image name (`<64 lowercase hex>.<ext>`), or
/// `None` for anything else: no path separators, no dots but the one, no other case.
/// The site names images by the same rule.
pub fn image_mime(name: &str) -> Option<&'static str> {
    parse_image_name(name).map(|(_, format)| format.mime())
}

/// The names of stored images a Markdown body refers to, in order, without repeats.
pub(crate) fn referenced(body: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (at, _) in body.match_indices(IMAGE_SCHEME) {
        let rest = &body[at + IMAGE_SCHEME.len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
            .unwrap_or(rest.len());
        let name = &rest[..end];
        if image_mime(name).is_some() && !out.iter().any(|n| n == name) {
            out.push(name.to_owned());
        }
    }
    out
}

impl Desk {
    pub(crate) fn images_dir(&self) -> PathBuf {
        self.data_dir.join(IMAGES_FOLDER)
    }

    /// Stores the image file at `path` (refusing anything but an image of at most 20 MB).
    pub fn store_image(&self, path: &Path) -> Result<StoredImage> {
        let shown = path.display();
        let size = std::fs::metadata(path)
            .map_err(|e| DeskError::io(format!("cannot read {shown}"), &e))?
            .len();
        check_size(size, &shown.to_string())?;
        let bytes =
            std::fs::read(path).map_err(|e| DeskError::io(format!("cannot read {shown}"), &e))?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.store_image_bytes(&name, &bytes)
    }

    /// Stores an image given as bytes (pasted); `file_name` is only kept as a note.
    pub fn store_image_bytes(&self, file_name: &str, bytes: &[u8]) -> Result<StoredImage> {
        check_size(bytes.len() as u64, file_name)?;
        let Some((ext, mime)) = sniff(bytes) else {
            return Err(DeskError::invalid(format!(
                "{file_name:?} is not an image the desk can store (PNG, JPEG, GIF, WebP or AVIF)"
            )));
        };
        let name = format!("{:x}.{ext}", Sha256::digest(bytes));
        let dir = self.images_dir();
        let path = dir.join(&name);
        let present = std::fs::metadata(&path).is_ok_and(|m| m.len() == bytes.len() as u64);
        if !present {
            // Owner-only, as the rest of the data folder (the file is written 0600).
            crate::store::private::create_dir(&dir)?;
            write_atomically(&dir, &path, bytes)?;
        }
        self.db().execute(
            "INSERT OR IGNORE INTO images(name, mime, size, original, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                name,
                mime,
                bytes.len() as i64,
                file_name,
                stamp(self.clock.now())
            ],
        )?;
        Ok(StoredImage {
            markdown: format!("![]({IMAGE_SCHEME}{name})"),
            name,
        })
    }

    /// A stored image's bytes and MIME type, for the `dlimg` protocol. Any name that is
    /// not exactly `<64 hex>.<ext>` is refused before the file system is touched.
    pub fn image(&self, name: &str) -> Result<(Vec<u8>, &'static str)> {
        let mime = image_mime(name)
            .ok_or_else(|| DeskError::invalid(format!("{name:?} is not an image name")))?;
        let bytes = std::fs::read(self.images_dir().join(name))
            .map_err(|e| DeskError::io(format!("image {name}"), &e))?;
        Ok((bytes, mime))
    }
}

fn check_size(size: u64, what: &str) -> Result<()> {
    if size > MAX_IMAGE_BYTES {
        Err(DeskError::invalid(format!(
            "{what:?} is {:.1} MB; the desk stores images of at most {} MB",
            size as f64 / 1_048_576.0,
            MAX_IMAGE_BYTES / 1_048_576
        )))
    } else {
        Ok(())
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder, so a crash
/// never leaves a half-written file under the final name.
pub(crate) fn write_atomically(dir: &Path, path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::create_dir_all(dir)
        .map_err(|e| DeskError::io(format!("cannot create {}", dir.display()), &e))?;
    let fail = |e: std::io::Error| DeskError::io(format!("cannot write {}", path.display()), &e);
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::DeskErrorCode;
    use crate::testutil::desk;

    /// The smallest PNG: a 1x1 pixel.
    pub(crate) const PNG: &[u8] = &[
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F,
        0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00,
        0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    #[test]
    fn formats_are_sniffed_from_bytes() {
        let jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F', 0];
        let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00";
        let webp = b"RIFF\x24\x00\x00\x00WEBPVP8 ";
        let avif = b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf";
        assert_eq!(sniff(PNG).unwrap().0, "png");
        assert_eq!(sniff(&jpeg).unwrap().0, "jpg");
        assert_eq!(sniff(gif).unwrap().0, "gif");
        assert_eq!(sniff(webp).unwrap().0, "webp");
        assert_eq!(sniff(avif).unwrap().0, "avif");
        let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        assert_eq!(sniff(svg), None);
        assert_eq!(sniff(b"%PDF-1.7"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn stored_once_by_content_and_served_by_name() {
        let (dir, desk) = desk();
        let a = desk.store_image_bytes("pasted.png", PNG).unwrap();
        let b = desk.store_image_bytes("other-name.png", PNG).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.name.len(), 64 + 4);
        assert!(a.name.ends_with(".png"));
        assert_eq!(a.markdown, format!("![](dateline-image:{})", a.name));
        let files: Vec<_> = std::fs::read_dir(dir.path().join("images"))
            .unwrap()
            .collect();
        assert_eq!(files.len(), 1);
        let (bytes, mime) = desk.image(&a.name).unwrap();
        assert_eq!(bytes, PNG);
        assert_eq!(mime, "image/png");

        let path = dir.path().join("photo.bin");
        std::fs::write(&path, PNG).unwrap();
        assert_eq!(desk.store_image(&path).unwrap(), a);
    }

    #[test]
    fn refuses_non_images_large_files_and_bad_names() {
        let (dir, desk) = desk();
        let err = desk.store_image_bytes("x.svg", b"<svg/>").unwrap_err();
        assert_eq!(err.code, DeskErrorCode::Invalid);
        assert!(err.message.contains("x.svg"), "{}", err.message);
        let mut big = PNG.to_vec();
        big.resize(MAX_IMAGE_BYTES as usize + 1, 0);
        assert_eq!(
            desk.store_image_bytes("big.png", &big).unwrap_err().code,
            DeskErrorCode::Invalid
        );
        let path = dir.path().join("big.png");
        std::fs::write(&path, &big).unwrap();
        let err = desk.store_image(&path).unwrap_err();
        assert!(err.message.contains("20 MB"), "{}", err.message);

        let good = desk.store_image_bytes("p.png", PNG).unwrap().name;
        for bad in [
            "../desk.sqlite3".to_owned(),
            format!("../images/{good}"),
            good.to_uppercase(),
            good.replace(".png", ".svg"),
            format!("{good}/x"),
            format!("{}.png", "g".repeat(64)),
            String::new(),
        ] {
            assert!(image_mime(&bad).is_none(), "{bad}");
            assert_eq!(
                desk.image(&bad).unwrap_err().code,
                DeskErrorCode::Invalid,
                "{bad}"
            );
        }
    }

    #[test]
    fn finds_references_in_a_body() {
        let name = format!("{}.png", "a".repeat(64));
        let body = format!(
            "![x](dateline-image:{name}) and ![y](dateline-image:{name}) ![z](dateline-image:../x)"
        );
        assert_eq!(referenced(&body), vec![name]);
    }
}
