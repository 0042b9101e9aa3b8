//! Images as the desk and the site both name them: by the SHA-256 of their bytes and
//! the extension of their format. A name can never point at other bytes, so a site can
//! tell the desk "already have it" by name alone, and readers may cache one forever.
//!
//! Only formats a browser shows as a plain picture are taken; SVG, which can carry
//! scripts, is not among them.

/// The largest image either side stores.
pub const MAX_IMAGE_BYTES: u64 = 20 * 1024 * 1024;

/// Where the site serves images to readers: `/media/<name>`. The renderer's site image
/// base is the same path.
pub const MEDIA_PREFIX: &str = "/media/";

/// An image format the desk and the site take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImageFormat {
    Png,
    Jpeg,
    Gif,
    Webp,
    Avif,
}

impl ImageFormat {
    pub const ALL: [ImageFormat; 5] = [
        ImageFormat::Png,
        ImageFormat::Jpeg,
        ImageFormat::Gif,
        ImageFormat::Webp,
        ImageFormat::Avif,
    ];

    /// The extension in a stored name: `png`, `jpg`, `gif`, `webp`, `avif`.
    pub fn ext(self) -> &'static str {
        match self {
            ImageFormat::Png => "png",
            ImageFormat::Jpeg => "jpg",
            ImageFormat::Gif => "gif",
            ImageFormat::Webp => "webp",
            ImageFormat::Avif => "avif",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            ImageFormat::Png => "image/png",
            ImageFormat::Jpeg => "image/jpeg",
            ImageFormat::Gif => "image/gif",
            ImageFormat::Webp => "image/webp",
            ImageFormat::Avif => "image/avif",
        }
    }

    /// The format of a MIME type (parameters and case ignored), if it is one of these.
    pub fn from_mime(mime: &str) -> Option<Self> {
        let essence = mime.split(';').next().unwrap_or_default().trim();
        Self::ALL
            .into_iter()
            .find(|f| f.mime().eq_ignore_ascii_case(essence))
    }

    pub fn from_ext(ext: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.ext() == ext)
    }

    /// `<hash>.<ext>` for an image whose SHA-256 is `hash` (lowercase hex).
    pub fn name(self, hash: &str) -> String {
        format!("{hash}.{}", self.ext())
    }
}

/// The hash and format of a well-formed image name (`<64 lowercase hex>.<ext>`), or
/// `None` for anything else: no path separators, no dots but the one, no other case. Both
/// sides check a name with this before it comes near a file system.
pub fn parse_image_name(name: &str) -> Option<(&str, ImageFormat)> {
    let (hash, ext) = name.split_once('.')?;
    let hex = hash.len() == 64 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if !hex {
        return None;
    }
    Some((hash, ImageFormat::from_ext(ext)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    #[test]
    fn names_are_strict() {
        assert_eq!(
            parse_image_name(&format!("{HASH}.png")),
            Some((HASH, ImageFormat::Png))
        );
        assert_eq!(
            parse_image_name(&format!("{HASH}.jpg")).map(|(_, f)| f.mime()),
            Some("image/jpeg")
        );
        for bad in [
            format!("{HASH}.svg"),
            format!("{HASH}.PNG"),
            format!("{HASH}.jpeg"),
            format!("{}.png", HASH.to_uppercase()),
            format!("{}.png", &HASH[1..]),
            format!("{HASH}.png.png"),
            format!("../{HASH}.png"),
            format!("{HASH}/.png"),
            HASH.to_owned(),
            String::new(),
        ] {
            assert_eq!(parse_image_name(&bad), None, "{bad}");
        }
    }

    #[test]
    fn mime_types_map_both_ways() {
        for f in ImageFormat::ALL {
            assert_eq!(ImageFormat::from_mime(f.mime()), Some(f));
            assert_eq!(ImageFormat::from_ext(f.ext()), Some(f));
        }
        assert_eq!(
            ImageFormat::from_mime("Image/PNG; charset=binary"),
            Some(ImageFormat::Png)
        );
        assert_eq!(ImageFormat::from_mime("image/svg+xml"), None);
        assert_eq!(ImageFormat::Webp.name(HASH), format!("{HASH}.webp"));
    }
}
