//! The `dlimg` URI scheme: the preview's images, served from the desk's image folder
//! (`dlimg://localhost/<name>`, or `http://dlimg.localhost/<name>` where the webview
//! maps custom schemes to http). The desk checks the name (exactly `<64 hex>.<ext>`,
//! so no path can be smuggled in) and reads the file; this only turns the answer into
//! an HTTP response.

use dateline_desk::{Desk, DeskErrorCode};
use tauri::http::{Request, Response, StatusCode, header};
use tauri::{Manager, Runtime, UriSchemeContext};

pub fn respond<R: Runtime>(
    ctx: UriSchemeContext<'_, R>,
    request: Request<Vec<u8>>,
) -> Response<Vec<u8>> {
    let name = request.uri().path().trim_start_matches('/');
    let answer = ctx.app_handle().state::<Desk>().image(name);
    let response = match answer {
        Ok((bytes, mime)) => Response::builder()
            .status(StatusCode::OK)
            .header(header::CONTENT_TYPE, mime)
            .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
            // Content-addressed: a name never changes its bytes.
            .header(header::CACHE_CONTROL, "max-age=31536000, immutable")
            .body(bytes),
        Err(e) => Response::builder()
            .status(match e.code {
                DeskErrorCode::Invalid => StatusCode::BAD_REQUEST,
                DeskErrorCode::NotFound => StatusCode::NOT_FOUND,
                _ => StatusCode::INTERNAL_SERVER_ERROR,
            })
            .body(Vec::new()),
    };
    response.unwrap_or_else(|_| Response::new(Vec::new()))
}
