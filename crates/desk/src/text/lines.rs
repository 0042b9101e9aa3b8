//! Line-level Markdown rules that cutting a body into blocks needs: where a code fence
//! opens and closes, and which lines are the paywall cut. The translation blocks
//! (`translate::blocks`) and the merge (`text::merge`) cut by these same rules.

use dateline_render::is_cut_line;

/// A top-level cut line: at most three spaces before it, as Markdown allows an HTML
/// block to start.
pub(crate) fn is_cut(line: &str) -> bool {
    let indent = line.len() - line.trim_start_matches(' ').len();
    indent < 4 && is_cut_line(line)
}

/// Whether a line is inside a fenced code block (``` or ~~~), line by line.
#[derive(Debug, Default)]
pub(crate) struct Fence {
    /// The open fence's character and length.
    open: Option<(char, usize)>,
}

impl Fence {
    /// Takes the next line; true if it belongs to a code block (its fences included).
    pub(crate) fn step(&mut self, line: &str) -> bool {
        let text = line.trim_start_matches(' ');
        let fence = (line.len() - text.len() < 4)
            .then(|| {
                let c = text.chars().next().filter(|c| *c == '`' || *c == '~')?;
                let n = text.chars().take_while(|x| *x == c).count();
                (n >= 3).then_some((c, n, text[n..].trim()))
            })
            .flatten();
        match (self.open, fence) {
            (None, Some((c, n, _))) => {
                self.open = Some((c, n));
                true
            }
            (Some((c, n)), Some((d, m, rest))) if c == d && m >= n && rest.is_empty() => {
                self.open = None;
                true
            }
            (open, _) => open.is_some(),
        }
    }
}
