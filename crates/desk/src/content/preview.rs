//! The live preview: the same pipeline, the same output as the site; only the address
//! of the desk's own images differs. The line under the headline is
//! `publishing::page_header`'s: it depends on what was published where.

/// Where the preview finds the desk's stored images: the `dlimg` URI scheme the shell
/// serves from the image folder. Windows' WebView2 reaches custom schemes over http.
pub const PREVIEW_IMAGE_BASE: &str = if cfg!(windows) {
    "http://dlimg.localhost/"
} else {
    "dlimg://localhost/"
};

/// The live preview: the same pipeline, the same output as the site; only the address
/// of the desk's own images differs.
pub fn render_preview(body: &str, paid: bool) -> dateline_render::Rendered {
    let options = dateline_render::RenderOptions::with_image_base(PREVIEW_IMAGE_BASE);
    dateline_render::render_body_with(body, paid, &options)
}
