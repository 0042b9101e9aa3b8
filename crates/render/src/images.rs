//! The desk's own images. The desk stores an inserted image under the SHA-256 of its
//! bytes and writes `![alt](dateline-image:<sha256 hex>.<ext>)` into the body; where
//! such a reference points is decided at render time ([`crate::RenderOptions`]), so the
//! same body shows the desk's local copy in the preview and the uploaded copy on the
//! site.

use comrak::Arena;
use comrak::nodes::NodeValue;

/// The scheme of a stored-image reference in Markdown.
pub const IMAGE_SCHEME: &str = "dateline-image:";

/// File extensions the desk stores images under. SVG is not among them on purpose: an
/// SVG document can carry script.
pub const IMAGE_EXTENSIONS: [&str; 6] = ["png", "jpg", "jpeg", "gif", "webp", "avif"];

/// The stored file name (`<sha256>.<ext>`) of a `dateline-image:` reference, or `None`
/// when `url` is not one or is malformed. The hash must be 64 lower-case hex digits and
/// the extension one of [`IMAGE_EXTENSIONS`], in lower case: the desk writes exactly
/// that, and anything looser would let a reference name a path (`../`) instead of a
/// file.
pub(crate) fn stored_name(url: &str) -> Option<&str> {
    let scheme = url.get(..IMAGE_SCHEME.len())?;
    if !scheme.eq_ignore_ascii_case(IMAGE_SCHEME) {
        return None;
    }
    let name = &url[IMAGE_SCHEME.len()..];
    let (hash, ext) = name.split_once('.')?;
    let hash_ok = hash.len() == 64 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    (hash_ok && IMAGE_EXTENSIONS.contains(&ext)).then_some(name)
}

/// Whether `url` claims to be a stored-image reference, well-formed or not.
pub(crate) fn looks_stored(url: &str) -> bool {
    url.get(..IMAGE_SCHEME.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(IMAGE_SCHEME))
}

/// The stored images a body shows, as `<sha256>.<ext>` file names, each once, in the
/// order they first appear: the publisher uploads these before the article. Both sides
/// of the paywall count (the site needs every image), and so do images written through
/// reference definitions; links to an image are not images and are not listed.
pub fn image_refs(markdown: &str) -> Vec<String> {
    let source = crate::split::normalise_newlines(markdown);
    let arena = Arena::new();
    let root = crate::parse(&arena, &source);
    let mut names: Vec<String> = Vec::new();
    for node in root.descendants() {
        if let NodeValue::Image(image) = &node.data().value
            && let Some(name) = stored_name(&image.url)
            && !names.iter().any(|n| n == name)
        {
            names.push(name.to_owned());
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    #[test]
    fn accepts_only_well_formed_references() {
        let good = format!("dateline-image:{HASH}.png");
        assert_eq!(stored_name(&good), Some(&good[15..]));
        assert!(stored_name(&format!("DATELINE-IMAGE:{HASH}.webp")).is_some());
        for bad in [
            format!("dateline-image:{HASH}.svg"),
            format!("dateline-image:{HASH}.PNG"),
            format!("dateline-image:{}.png", HASH.to_uppercase()),
            format!("dateline-image:{}.png", &HASH[1..]),
            format!("dateline-image:{HASH}x.png"),
            format!("dateline-image:{HASH}.png.exe"),
            format!("dateline-image:../{HASH}.png"),
            format!("dateline-image:{HASH}.png?x=1"),
            format!("dateline-image:{HASH}"),
            format!("dateline-images:{HASH}.png"),
            "dateline-image:".to_owned(),
            "dateline-image".to_owned(),
        ] {
            assert_eq!(stored_name(&bad), None, "{bad}");
        }
    }

    #[test]
    fn lists_each_stored_image_once_in_order_across_the_cut() {
        let other = HASH.replace('9', "1");
        let body = format!(
            "![a](dateline-image:{other}.jpg)\n\n<!-- paywall -->\n\n\
             ![b](dateline-image:{HASH}.png) ![again](dateline-image:{other}.jpg)\n\n\
             ![by ref][r] [a link, not an image](dateline-image:{HASH}.gif)\n\n\
             ![remote](https://example.org/x.png) ![bad](dateline-image:{HASH}.svg)\n\n\
             [r]: dateline-image:{HASH}.webp\n"
        );
        assert_eq!(
            image_refs(&body),
            vec![
                format!("{other}.jpg"),
                format!("{HASH}.png"),
                format!("{HASH}.webp"),
            ]
        );
    }

    #[test]
    fn a_reference_inside_code_is_not_an_image() {
        let body =
            format!("`![a](dateline-image:{HASH}.png)`\n\n    ![b](dateline-image:{HASH}.gif)\n");
        assert!(image_refs(&body).is_empty());
    }
}
