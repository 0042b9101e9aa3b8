//! Writing HTML: comrak's writer and escaping, driven by a formatter that applies the
//! [`policy`](crate::policy) to each node as it writes it, counts the words it lets
//! through, and writes a few kinds of node our way because the page is written in two
//! parts (free and paid) that end up side by side:
//!
//! - **Headings** get an `id` of `h-` and comrak's GitHub-style slug. The prefix keeps a
//!   heading called "Location" or "Config" from clobbering a DOM global (named access
//!   on `window` and `document`), and one slugger runs over both parts, so a heading
//!   repeated after the cut still gets a unique id. comrak's own `header_ids` restarts
//!   per call and adds an English-only `aria-label` link.
//! - **Footnotes** are numbered across both parts and each part lists the notes it refers
//!   to ([`place_footnotes`]); the paid list continues the free one's numbering.
//! - **Links** to other sites get `rel="noopener noreferrer"`: no `window.opener`, and no
//!   `Referer` telling a third party which (possibly paid) article a reader was on.
//! - **Links, images and code fences** are written from the policy's verdict on their
//!   target or language, not from the parsed value.
//!
//! Everything else that the policy allows is written by comrak's own code, escaping
//! included; `render.unsafe` stays off.

use std::collections::HashMap;
use std::fmt::{self, Write};

use comrak::Anchorizer;
use comrak::html::{ChildRendering, Context, format_document_with_formatter, format_node_default};
use comrak::nodes::{
    AstNode, NodeCodeBlock, NodeFootnoteDefinition, NodeFootnoteReference, NodeLink, NodeValue,
};
use comrak::options::Plugins;

use crate::links::{DropReason, Dropped, DroppedKind};
use crate::policy::{self, Policy};
use crate::words::Words;

/// What the writer carries from node to node, and from the free part to the paid part.
#[derive(Debug)]
pub(crate) struct State<'p> {
    policy: &'p Policy<'p>,
    anchorizer: Anchorizer,
    /// Words written so far, both parts.
    pub words: Words,
    /// Inside this many links whose text is their own address: not words.
    uncounted: u32,
    /// Inside a written link: an `<a>` may not hold another one.
    in_link: bool,
    /// For each open link, image or paragraph, whether its tags were written (a refused
    /// link or image is written as its contents; an embed replaces its paragraph).
    open: Vec<bool>,
    /// Number of the first footnote listed in the part being written.
    footnote_start: u32,
    /// Footnotes listed so far in the part being written.
    footnotes_listed: u32,
    /// Number of the footnote being written.
    footnote_current: u32,
    /// Whether the current footnote's back-references are already written.
    backrefs_written: bool,
    /// Links and images the policy refused, both parts, in the order written.
    pub dropped: Vec<Dropped>,
}

impl State<'_> {
    fn drop_target(
        &mut self,
        node: &AstNode<'_>,
        kind: DroppedKind,
        url: &str,
        reason: DropReason,
    ) {
        self.dropped.push(Dropped {
            kind,
            target: url.to_owned(),
            reason,
            line: u32::try_from(node.data().sourcepos.start.line).unwrap_or(u32::MAX),
        });
    }
}

impl<'p> State<'p> {
    pub fn new(policy: &'p Policy<'p>) -> Self {
        Self {
            policy,
            anchorizer: Anchorizer::default(),
            words: Words::default(),
            uncounted: 0,
            in_link: false,
            open: Vec::new(),
            footnote_start: 1,
            footnotes_listed: 0,
            footnote_current: 0,
            backrefs_written: false,
            dropped: Vec::new(),
        }
    }
}

/// Writes `root` as HTML. `footnote_start` is the number of its first listed footnote;
/// `capacity` a guess at the output's size, which spares the growing string a dozen
/// copies of itself.
pub(crate) fn html<'a, 'p>(
    root: &'a AstNode<'a>,
    options: &comrak::Options<'static>,
    mut state: State<'p>,
    footnote_start: u32,
    capacity: usize,
) -> (String, State<'p>) {
    let mut out = String::with_capacity(capacity);
    let plugins = Plugins::default();
    state.footnote_start = footnote_start;
    state.footnotes_listed = 0;
    state.words.boundary();
    match format_document_with_formatter(root, options, &mut out, &plugins, write_node, state) {
        Ok(state) => (out, state),
        // Only the output can fail, and writing to a String does not.
        Err(fmt::Error) => unreachable!("formatting into a String failed"),
    }
}

/// The formatter: the policy's verdict on `node`, then its HTML.
fn write_node<'a>(
    context: &mut Context<State<'_>>,
    node: &'a AstNode<'a>,
    entering: bool,
) -> Result<ChildRendering, fmt::Error> {
    let data = node.data();
    match &data.value {
        NodeValue::Text(text) => {
            if entering && context.user.uncounted == 0 {
                context.user.words.feed(text);
            }
            format_node_default(context, node, entering)
        }
        NodeValue::Code(code) => {
            if entering {
                let words = &mut context.user.words;
                words.boundary();
                words.feed(&code.literal);
                words.boundary();
            }
            format_node_default(context, node, entering)
        }
        NodeValue::SoftBreak | NodeValue::LineBreak => {
            context.user.words.boundary();
            format_node_default(context, node, entering)
        }
        NodeValue::FootnoteReference(reference) if context.user.in_link => {
            write_footnote_ref_in_link(context, reference, entering)
        }
        NodeValue::Emph
        | NodeValue::Strong
        | NodeValue::Strikethrough
        | NodeValue::FootnoteReference(_) => format_node_default(context, node, entering),
        NodeValue::Document
        | NodeValue::BlockQuote
        | NodeValue::List(_)
        | NodeValue::Item(_)
        | NodeValue::TaskItem(_)
        | NodeValue::ThematicBreak
        | NodeValue::Table(_)
        | NodeValue::TableRow(_)
        | NodeValue::TableCell => {
            context.user.words.boundary();
            format_node_default(context, node, entering)
        }
        NodeValue::Paragraph => write_paragraph(context, node, entering),
        NodeValue::Heading(heading) => write_heading(context, node, heading.level, entering),
        NodeValue::CodeBlock(block) => write_code_block(context, block, entering),
        NodeValue::Link(link) => write_link(context, node, link, entering),
        NodeValue::Image(image) => write_image(context, node, image, entering),
        NodeValue::FootnoteDefinition(definition) => {
            context.user.words.boundary();
            write_footnote(context, node, definition, entering)
        }
        // Raw HTML, and any kind of node the policy does not know: not written, nor
        // anything inside it.
        _ => Ok(ChildRendering::Skip),
    }
}

fn write_paragraph<'a>(
    context: &mut Context<State<'_>>,
    node: &'a AstNode<'a>,
    entering: bool,
) -> Result<ChildRendering, fmt::Error> {
    context.user.words.boundary();
    if entering {
        if let Some(embed) = context.user.policy.embed_in(node) {
            context.user.open.push(false);
            context.cr()?;
            context.write_str(&embed.html())?;
            return Ok(ChildRendering::Skip);
        }
        context.user.open.push(true);
        return format_node_default(context, node, entering);
    }
    if !context.user.open.pop().unwrap_or(true) {
        return Ok(ChildRendering::HTML);
    }
    // The way back from a note sits at the end of its last paragraph, as on GitHub.
    if node.next_sibling().is_none()
        && let Some(parent) = node.parent()
        && let NodeValue::FootnoteDefinition(definition) = &parent.data().value
    {
        write_backrefs(context, definition)?;
        context.user.backrefs_written = true;
        context.write_str("</p>")?;
        context.lf()?;
        return Ok(ChildRendering::HTML);
    }
    format_node_default(context, node, entering)
}

fn write_link<'a>(
    context: &mut Context<State<'_>>,
    node: &'a AstNode<'a>,
    link: &NodeLink,
    entering: bool,
) -> Result<ChildRendering, fmt::Error> {
    if !entering {
        let written = context.user.open.pop().unwrap_or(false);
        if written {
            context.user.in_link = false;
            context.write_str("</a>")?;
            if policy::text_is_bare_address(node, &link.url) {
                context.user.uncounted -= 1;
            }
        }
        return Ok(ChildRendering::HTML);
    }
    if context.user.in_link {
        // Nested in a written link (an autolink in its text): its words only.
        context.user.open.push(false);
        return Ok(ChildRendering::HTML);
    }
    let href = match policy::link_href(&link.url) {
        Ok(href) => href,
        Err(reason) => {
            // Refused: the link's text stays, as text.
            context.user.open.push(false);
            context
                .user
                .drop_target(node, DroppedKind::Link, &link.url, reason);
            return Ok(ChildRendering::HTML);
        }
    };
    context.user.open.push(true);
    context.user.in_link = true;
    if policy::text_is_bare_address(node, &link.url) {
        context.user.uncounted += 1;
    }
    context.write_str("<a href=\"")?;
    context.escape_href(&href)?;
    context.write_str("\"")?;
    if !link.title.is_empty() {
        context.write_str(" title=\"")?;
        context.escape(&link.title)?;
        context.write_str("\"")?;
    }
    if href.starts_with("http") {
        context.write_str(" rel=\"noopener noreferrer\"")?;
    }
    context.write_str(">")?;
    Ok(ChildRendering::HTML)
}

/// A note's number inside a link's text: HTML does not nest `<a>`, so it is the number
/// alone, still the target the note's way back points at. Its own link would close the
/// outer one early, and a page resolving an article link to its text would misnest.
fn write_footnote_ref_in_link(
    context: &mut Context<State<'_>>,
    reference: &NodeFootnoteReference,
    entering: bool,
) -> Result<ChildRendering, fmt::Error> {
    if entering {
        context.write_str("<sup class=\"footnote-ref\" id=\"fnref-")?;
        context.escape_href(&reference.name)?;
        if reference.ref_num > 1 {
            write!(context, "-{}", reference.ref_num)?;
        }
        write!(context, "\">{}</sup>", reference.ix)?;
    }
    Ok(ChildRendering::HTML)
}

fn write_image<'a>(
    context: &mut Context<State<'_>>,
    node: &'a AstNode<'a>,
    image: &NodeLink,
    entering: bool,
) -> Result<ChildRendering, fmt::Error> {
    if !entering {
        if context.user.open.pop().unwrap_or(false) {
            if !image.title.is_empty() {
                context.write_str("\" title=\"")?;
                context.escape(&image.title)?;
            }
            context.write_str("\" />")?;
        }
        return Ok(ChildRendering::HTML);
    }
    let src = match context.user.policy.image_src(&image.url) {
        Ok(src) => src,
        Err(reason) => {
            // Refused: the description stays, as text (and as words).
            context.user.open.push(false);
            context
                .user
                .drop_target(node, DroppedKind::Image, &image.url, reason);
            return Ok(ChildRendering::HTML);
        }
    };
    context.user.open.push(true);
    context.write_str("<img src=\"")?;
    context.escape_href(&src)?;
    context.write_str("\" alt=\"")?;
    // comrak writes the description as escaped plain text, whatever markup it holds.
    Ok(ChildRendering::Plain)
}

fn write_code_block(
    context: &mut Context<State<'_>>,
    block: &NodeCodeBlock,
    entering: bool,
) -> Result<ChildRendering, fmt::Error> {
    if entering {
        let words = &mut context.user.words;
        words.boundary();
        words.feed(&block.literal);
        words.boundary();
        context.cr()?;
        context.write_str("<pre><code")?;
        let language = policy::code_language(&block.info);
        if !language.is_empty() {
            context.write_str(" class=\"language-")?;
            context.escape(language)?;
            context.write_str("\"")?;
        }
        context.write_str(">")?;
        context.escape(&block.literal)?;
        context.write_str("</code></pre>")?;
        context.lf()?;
    }
    Ok(ChildRendering::HTML)
}

fn write_heading<'a>(
    context: &mut Context<State<'_>>,
    node: &'a AstNode<'a>,
    level: u8,
    entering: bool,
) -> Result<ChildRendering, fmt::Error> {
    context.user.words.boundary();
    if entering {
        context.cr()?;
        let id = context.user.anchorizer.anchorize(&node.collect_text());
        write!(context, "<h{level} id=\"h-")?;
        // The slug holds only letters, marks, numbers, `-` and `_`; escaped all the same.
        context.escape(&id)?;
        context.write_str("\">")?;
    } else {
        write!(context, "</h{level}>")?;
        context.lf()?;
    }
    Ok(ChildRendering::HTML)
}

fn is_footnote(node: Option<&AstNode<'_>>) -> bool {
    node.is_some_and(|n| matches!(n.data().value, NodeValue::FootnoteDefinition(_)))
}

fn write_footnote<'a>(
    context: &mut Context<State>,
    node: &'a AstNode<'a>,
    definition: &NodeFootnoteDefinition,
    entering: bool,
) -> Result<ChildRendering, fmt::Error> {
    if entering {
        if !is_footnote(node.previous_sibling()) {
            context.cr()?;
            context.write_str("<section class=\"footnotes\" data-footnotes>\n<ol")?;
            let start = context.user.footnote_start;
            if start > 1 {
                write!(context, " start=\"{start}\"")?;
            }
            context.write_str(">\n")?;
        }
        context.user.footnote_current = context.user.footnote_start + context.user.footnotes_listed;
        context.user.footnotes_listed += 1;
        context.user.backrefs_written = false;
        context.write_str("<li id=\"fn-")?;
        context.escape_href(&definition.name)?;
        context.write_str("\">")?;
    } else {
        // A note that does not end in a paragraph (a list, a quote) gets its way back
        // after the content.
        if !context.user.backrefs_written {
            write_backrefs(context, definition)?;
        }
        context.write_str("</li>")?;
        context.lf()?;
        if !is_footnote(node.next_sibling()) {
            context.write_str("</ol>\n</section>")?;
            context.lf()?;
        }
    }
    Ok(ChildRendering::HTML)
}

/// One way back per reference to the note in this part. No aria-label: the page is in
/// the article's language and this crate has no strings; the page can add one from
/// `data-footnote-backref`.
fn write_backrefs(
    context: &mut Context<State>,
    definition: &NodeFootnoteDefinition,
) -> Result<(), fmt::Error> {
    let number = context.user.footnote_current;
    for reference in 1..=definition.total_references {
        let suffix = if reference > 1 {
            format!("-{reference}")
        } else {
            String::new()
        };
        context.write_str(" <a href=\"#fnref-")?;
        context.escape_href(&definition.name)?;
        write!(
            context,
            "{suffix}\" class=\"footnote-backref\" data-footnote-backref \
             data-footnote-backref-idx=\"{number}{suffix}\">↩"
        )?;
        if reference > 1 {
            write!(context, "<sup class=\"footnote-ref\">{reference}</sup>")?;
        }
        context.write_str("</a>")?;
    }
    Ok(())
}

/// Gives each part the footnotes it refers to, numbered in reading order across both
/// parts, and returns the number the paid part's list starts at.
///
/// A note referred to from the free part is listed there (a reader of the free part must
/// be able to read it), even if the writer defined it below the cut; a note referred to
/// only below the cut is paid content. Back-references count only the references in the
/// same part, so the free part never points into the paid one; a paid reference to a
/// free note still links to it.
pub(crate) fn place_footnotes<'a>(
    free: &'a AstNode<'a>,
    paid: &'a AstNode<'a>,
    definitions: Vec<&'a AstNode<'a>>,
) -> u32 {
    if definitions.is_empty() {
        return 1;
    }
    let mut unplaced: HashMap<String, &'a AstNode<'a>> = definitions
        .into_iter()
        .filter_map(|d| match &d.data().value {
            NodeValue::FootnoteDefinition(def) => Some((def.name.clone(), d)),
            _ => None,
        })
        .collect();
    let mut numbering = Numbering::default();
    let placed = numbering.number_part(free, &mut unplaced);
    numbering.finish_part(free, placed);
    let paid_start = numbering.next;
    let placed = numbering.number_part(paid, &mut unplaced);
    numbering.finish_part(paid, placed);
    paid_start
}

#[derive(Debug)]
struct Numbering {
    /// The next footnote number to give.
    next: u32,
    /// Each note's number.
    numbers: HashMap<String, u32>,
    /// References to each note so far.
    references: HashMap<String, u32>,
}

impl Default for Numbering {
    fn default() -> Self {
        Self {
            next: 1,
            numbers: HashMap::new(),
            references: HashMap::new(),
        }
    }
}

impl Numbering {
    /// Numbers the references in `root` and, in turn, in the notes they pull in (a note
    /// may refer to another); returns those notes in order of first reference.
    fn number_part<'a>(
        &mut self,
        root: &'a AstNode<'a>,
        unplaced: &mut HashMap<String, &'a AstNode<'a>>,
    ) -> Vec<&'a AstNode<'a>> {
        let mut placed: Vec<&'a AstNode<'a>> = Vec::new();
        let mut scanned = 0;
        let mut next_scan = Some(root);
        while let Some(scan) = next_scan {
            for node in scan.descendants() {
                let mut data = node.data_mut();
                let NodeValue::FootnoteReference(reference) = &mut data.value else {
                    continue;
                };
                let number = *self
                    .numbers
                    .entry(reference.name.clone())
                    .or_insert_with(|| {
                        self.next += 1;
                        self.next - 1
                    });
                let count = self.references.entry(reference.name.clone()).or_insert(0);
                *count += 1;
                reference.ix = number;
                reference.ref_num = *count;
                if let Some(definition) = unplaced.remove(&reference.name) {
                    placed.push(definition);
                }
            }
            next_scan = placed.get(scanned).copied();
            scanned += 1;
        }
        placed
    }

    /// Appends the part's notes, each with its count of references in this part.
    fn finish_part<'a>(&self, root: &'a AstNode<'a>, placed: Vec<&'a AstNode<'a>>) {
        for definition in placed {
            if let NodeValue::FootnoteDefinition(def) = &mut definition.data_mut().value {
                def.total_references = self.references.get(&def.name).copied().unwrap_or(0);
            }
            root.append(definition);
        }
    }
}
