//! Uploaded images: the files under `DIR/media/`, and serving them to readers.
//!
//! A file is named `<sha256 of its bytes>.<ext>`, so its name can never point at other
//! bytes: the same upload twice is one file, and readers (and any CDN) may cache a name
//! forever. Every name is checked against that exact pattern before a path is built
//! from it, so no request can reach any other file.

use std::io::Write;
use std::path::PathBuf;

use axum::body::Body;
use axum::extract::{Path as UrlPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use dateline_protocol::{ImageFormat, parse_image_name};
use tower_http::services::ServeFile;

use crate::app::AppState;

/// The folder of a site's uploaded images.
#[derive(Debug, Clone)]
pub(crate) struct MediaDir {
    dir: PathBuf,
}

impl MediaDir {
    pub(crate) fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// The file of a well-formed image name, or `None` for any other name.
    pub(crate) fn path(&self, name: &str) -> Option<(PathBuf, ImageFormat)> {
        let (_, format) = parse_image_name(name)?;
        Some((self.dir.join(name), format))
    }

    /// Whether the image `name` is on disk, whole.
    pub(crate) fn holds(&self, name: &str, size: u64) -> bool {
        self.path(name)
            .and_then(|(path, _)| std::fs::metadata(path).ok())
            .is_some_and(|m| m.is_file() && m.len() == size)
    }

    /// Puts `bytes` in place under `name` unless they already are. Written to a
    /// temporary file in the same folder and renamed, so a crash or a concurrent upload
    /// of the same image never leaves a half-written file under the final name.
    pub(crate) fn store(&self, name: &str, bytes: &[u8]) -> std::io::Result<()> {
        let Some((path, _)) = self.path(name) else {
            return Err(std::io::Error::other(format!(
                "{name:?} is not an image name"
            )));
        };
        if self.holds(name, bytes.len() as u64) {
            return Ok(());
        }
        std::fs::create_dir_all(&self.dir)?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".upload-")
            .tempfile_in(&self.dir)?;
        tmp.write_all(bytes)?;
        tmp.as_file().sync_all()?;
        tmp.persist(&path).map_err(|e| e.error)?;
        Ok(())
    }

    #[cfg(test)]
    pub(crate) fn dir(&self) -> &std::path::Path {
        &self.dir
    }
}

/// `GET /media/{name}`: an uploaded image for readers, cached for a year (the name
/// changes whenever the bytes do). Anything but a well-formed name is 404 without
/// looking at the disk.
pub(crate) async fn serve(
    State(state): State<AppState>,
    UrlPath(name): UrlPath<String>,
    request: Request,
) -> Response {
    let Some((path, format)) = state.media.path(&name) else {
        return not_found();
    };
    let response = match ServeFile::new(path).try_call(request).await {
        Ok(r) => r,
        Err(e) => {
            tracing::error!("reading image {name} failed: {e}");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let (mut parts, body) = response.into_parts();
    if parts.status == StatusCode::NOT_FOUND {
        return not_found();
    }
    if parts.status.is_success() {
        // Our own type for the format the bytes were checked to be, not a guess from
        // the extension.
        parts.headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(format.mime()),
        );
        parts.headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        );
    }
    parts.headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Response::from_parts(parts, Body::new(body))
}

fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        "no such image",
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAME: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.png";

    #[test]
    fn stores_once_through_a_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let media = MediaDir::new(dir.path().join("media"));
        assert!(!media.holds(NAME, 4));
        media.store(NAME, b"\x89PNG").unwrap();
        assert!(media.holds(NAME, 4));
        media.store(NAME, b"\x89PNG").unwrap();
        let names: Vec<String> = std::fs::read_dir(media.dir())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, [NAME], "no temporary file is left behind");
    }

    #[test]
    fn only_well_formed_names_become_paths() {
        let media = MediaDir::new(PathBuf::from("/srv/site/media"));
        assert_eq!(
            media.path(NAME).map(|(p, f)| (p, f.mime())),
            Some((
                PathBuf::from(format!("/srv/site/media/{NAME}")),
                "image/png"
            ))
        );
        for bad in [
            "../site.sqlite3",
            "site.toml",
            &NAME.replace(".png", ".svg"),
        ] {
            assert!(media.path(bad).is_none(), "{bad}");
            assert!(media.store(bad, b"x").is_err(), "{bad}");
        }
    }
}
