//! Three-way merge of one text's fields (title, standfirst, body) against the last
//! common ancestor of two heads, for desks that edited the same text offline (issue 15).
//!
//! Why not a CRDT: two people rewriting the same paragraph must not have their words
//! interleaved silently. Edits of different paragraphs merge by themselves; edits of the
//! same paragraph are a [`Clash`] that a person resolves ([`Resolution`]).
//!
//! The body is cut into units ([`units`]): Markdown blocks, i.e. runs of lines between
//! blank lines, the paywall cut line a unit of its own, a fenced code block (``` or
//! ~~~) one unit even with blank lines inside. The cut is byte-preserving: each unit
//! keeps the blank lines after it, so the units concatenated are the text again, and a
//! clean merge of `(base, base, x)`, `(base, x, base)` or `(base, x, x)` is exactly `x`.
//! (`translate::blocks` cuts by the same rules but trims, which a merge cannot afford.)
//!
//! Units compare by their content without trailing whitespace and with CRLF read as LF,
//! so a newline added at the end or a file saved with other line ends is no clash; the
//! bytes written are those of the side that changed them.
//!
//! The algorithm is a diff3 refined so that neighbouring edits do not clash: `similar`
//! diffs base→mine and base→theirs on the unit keys; each change ("hunk") covers a range
//! of base *slots*, where the gap before unit `i` is slot `2i` and unit `i` is slot
//! `2i + 1`. Hunks of the two sides whose slots overlap form one cluster; a cluster
//! changed by one side takes that side, one changed identically by both takes it once,
//! any other is a clash of (base, mine, theirs) over the cluster's range. So an edit of
//! paragraph 2 and an edit of paragraph 3 (slots 5 and 7) merge; two insertions at the
//! same gap clash unless equal; a deletion and an edit of the same paragraph clash; an
//! insertion next to an edited paragraph (slot `2i` beside `2i + 1`) merges, the
//! insertion standing where its side put it.
//!
//! Titles and standfirsts are one unit each ([`merge_line`]). Pure: no I/O.

// The sync of issue 15 that calls this is not written yet; the benchmark includes the
// file by path (`benches/merge.rs`).

use std::borrow::Cow;
use std::ops::Range;
use std::time::{Duration, Instant};

use crate::text::lines::{Fence, is_cut};

/// One unit of a merged text, in order: clean text, or a clash a person must resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeBlock {
    Clean(String),
    Conflict(Clash),
}

/// The same stretch of a text in the common ancestor and in both heads, each with its
/// separators (trailing blank lines) as in its text. A side that deleted the stretch
/// is empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    pub base: String,
    pub mine: String,
    pub theirs: String,
}

/// How a person resolves one clash.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(tag = "how", content = "text", rename_all = "snake_case")]
#[ts(export)]
pub enum Resolution {
    Mine,
    Theirs,
    /// Mine then theirs, separated by a blank line as paragraphs are.
    Both,
    /// Text the person wrote.
    Edited(String),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merged {
    pub blocks: Vec<MergeBlock>,
}

/// Past this, a diff of two very different long bodies is cut short: it stays a correct
/// edit script, only coarser (more of it clashes), and the desk answers.
const DIFF_TIMEOUT: Duration = Duration::from_secs(2);

impl Merged {
    pub fn is_clean(&self) -> bool {
        self.clashes().next().is_none()
    }

    /// The merged text when clean (None when a clash is open).
    pub fn text(&self) -> Option<String> {
        let mut out = String::new();
        for block in &self.blocks {
            match block {
                MergeBlock::Clean(text) => out.push_str(text),
                MergeBlock::Conflict(_) => return None,
            }
        }
        Some(out)
    }

    /// The clashes still open, in order.
    pub fn clashes(&self) -> impl Iterator<Item = &Clash> {
        self.blocks.iter().filter_map(|block| match block {
            MergeBlock::Conflict(clash) => Some(clash),
            MergeBlock::Clean(_) => None,
        })
    }

    /// Resolves clash `i`, counted among the clashes still open (so once clash 0 is
    /// resolved, the next one is clash 0). An `i` past the open clashes changes nothing.
    /// Returns the text once no clash is left open.
    pub fn resolve(&mut self, i: usize, how: Resolution) -> Option<String> {
        let followed = |at: usize, blocks: &[MergeBlock]| at + 1 < blocks.len();
        let at = self
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| matches!(b, MergeBlock::Conflict(_)))
            .nth(i)
            .map(|(at, _)| at);
        if let Some(at) = at {
            let more = followed(at, &self.blocks);
            if let MergeBlock::Conflict(clash) = &self.blocks[at] {
                self.blocks[at] = MergeBlock::Clean(clash.resolved(how, more));
            }
        }
        self.text()
    }
}

impl Clash {
    /// The text that stands for this clash; `more`: text follows it, so it must end
    /// as a paragraph does (a person's edit has no separator of its own).
    fn resolved(&self, how: Resolution, more: bool) -> String {
        let eol = line_end(&[&self.mine, &self.theirs, &self.base]);
        let mut text = match how {
            Resolution::Mine => self.mine.clone(),
            Resolution::Theirs => self.theirs.clone(),
            Resolution::Both => {
                let mut both = self.mine.clone();
                if !self.theirs.is_empty() {
                    end_paragraph(&mut both, eol);
                }
                both.push_str(&self.theirs);
                both
            }
            Resolution::Edited(text) => {
                let mut text = text;
                if more {
                    end_paragraph(&mut text, eol);
                }
                text
            }
        };
        if more && !text.ends_with('\n') {
            end_paragraph(&mut text, eol);
        }
        text
    }
}

/// Merges `mine` and `theirs` against `base` without asking anyone: a clash keeps both
/// sides, mine first, so no words are lost and the person sees both. For what a view
/// typed while the text changed under it (see `content::articles`).
fn merge_body_keeping_both(base: &str, mine: &str, theirs: &str) -> String {
    let mut merged = merge_body(base, mine, theirs);
    while merged.clashes().next().is_some() {
        merged.resolve(0, Resolution::Both);
    }
    merged.text().unwrap_or_default()
}

/// The same for a one-line field (a title): a clash keeps mine.
fn merge_line_keeping_mine(base: &str, mine: &str, theirs: &str) -> String {
    let mut merged = merge_line(base, mine, theirs);
    while merged.clashes().next().is_some() {
        merged.resolve(0, Resolution::Mine);
    }
    merged.text().unwrap_or_default()
}

/// A one-line field a view changed from `expected` while the store changed it to
/// `stored`: whichever side changed it, or both merged (mine kept on a clash).
pub fn rebase_line(edit: &str, expected: &str, stored: &str) -> String {
    rebase(edit, expected, stored, merge_line_keeping_mine)
}

/// The same for a body: paragraphs changed on both sides keep both.
pub fn rebase_body(edit: &str, expected: &str, stored: &str) -> String {
    rebase(edit, expected, stored, merge_body_keeping_both)
}

fn rebase(
    edit: &str,
    expected: &str,
    stored: &str,
    merge: fn(&str, &str, &str) -> String,
) -> String {
    if edit == expected {
        stored.to_owned()
    } else if stored == expected {
        edit.to_owned()
    } else {
        merge(expected, edit, stored)
    }
}

/// Merges two bodies against their common ancestor, by Markdown block.
pub fn merge_body(base: &str, mine: &str, theirs: &str) -> Merged {
    let sides = Sides {
        base: units(base),
        mine: units(mine),
        theirs: units(theirs),
        eol: line_end(&[mine, theirs, base]),
    };
    sides.merge()
}

/// Merges a one-line field (title, standfirst): the whole field is one unit. One side
/// unchanged takes the other, the same change on both is taken once, else a clash.
pub fn merge_line(base: &str, mine: &str, theirs: &str) -> Merged {
    let merged = if mine == base {
        Some(theirs)
    } else if theirs == base || mine == theirs {
        Some(mine)
    } else if key(mine) == key(base) {
        // Mine changed only trailing whitespace: theirs carries the real change.
        Some(theirs)
    } else if key(theirs) == key(base) || key(mine) == key(theirs) {
        Some(mine)
    } else {
        None
    };
    let block = match merged {
        Some(text) => MergeBlock::Clean(text.to_owned()),
        None => MergeBlock::Conflict(Clash {
            base: base.to_owned(),
            mine: mine.to_owned(),
            theirs: theirs.to_owned(),
        }),
    };
    Merged {
        blocks: vec![block],
    }
}

/// The units of a body, byte-preserving: each Markdown block with the blank lines after
/// it (blank lines opening the text are a unit of their own), a paywall line a unit even
/// without blank lines around it, a fenced code block never cut at its blank lines.
fn units(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    // Whether the current unit takes the next content line (false after a blank line
    // or a cut line: the next content opens a new unit).
    let mut open = false;
    let mut fence = Fence::default();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let in_code = fence.step(line);
        let blank = !in_code && line.trim().is_empty();
        let cut = !in_code && is_cut(line);
        if !blank && (!open || cut) && offset > start {
            out.push(&text[start..offset]);
            start = offset;
        }
        if blank {
            open = false;
        } else {
            open = !cut;
        }
        offset += line.len();
    }
    if offset > start {
        out.push(&text[start..]);
    }
    out
}

/// What a unit is compared by: its content without trailing whitespace, CRLF read as LF.
fn key(unit: &str) -> Cow<'_, str> {
    let trimmed = unit.trim_end();
    if trimmed.contains('\r') {
        Cow::Owned(trimmed.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(trimmed)
    }
}

/// The line end of the first text that has one: what a separator the merge adds uses.
fn line_end(texts: &[&str]) -> &'static str {
    match texts.iter().find(|t| t.contains('\n')) {
        Some(t) if t.contains("\r\n") => "\r\n",
        _ => "\n",
    }
}

/// Whether a text ends with a blank line (its last line break follows an empty line).
fn ends_blank(text: &str) -> bool {
    let Some(rest) = text.strip_suffix('\n') else {
        return false;
    };
    let rest = rest.strip_suffix('\r').unwrap_or(rest);
    rest.contains('\n')
        && rest
            .rsplit('\n')
            .next()
            .is_some_and(|l| l.trim().is_empty())
}

/// Makes a non-empty text end as a paragraph does, so that what follows starts a new
/// one instead of running on in its last line.
fn end_paragraph(text: &mut String, eol: &str) {
    if text.is_empty() {
        return;
    }
    if !text.ends_with('\n') {
        text.push_str(eol);
    }
    if !ends_blank(text) {
        text.push_str(eol);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Mine,
    Theirs,
}

/// One change of one side: base units `base` became that side's units `other`.
#[derive(Debug, Clone)]
struct Hunk {
    side: Side,
    base: Range<usize>,
    other: Range<usize>,
}

impl Hunk {
    /// The base slots it covers (inclusive): an insertion its gap, a change its units.
    fn slots(&self) -> (usize, usize) {
        let (s, e) = (self.base.start, self.base.end);
        if s == e {
            (2 * s, 2 * s)
        } else {
            (2 * s + 1, 2 * e - 1)
        }
    }

    /// How many units longer the side is than the base after this change.
    fn growth(&self) -> isize {
        self.other.len() as isize - self.base.len() as isize
    }
}

/// A side's changes against the base, as hunks (runs of non-equal diff ops).
fn hunks(side: Side, base: &[Cow<'_, str>], other: &[Cow<'_, str>]) -> Vec<Hunk> {
    let deadline = Instant::now() + DIFF_TIMEOUT;
    similar::capture_diff_slices_deadline(similar::Algorithm::Myers, base, other, Some(deadline))
        .into_iter()
        .filter(|op| op.tag() != similar::DiffTag::Equal)
        .flat_map(|op| split(side, op.old_range(), op.new_range()))
        .collect()
}

/// A run of changed units as hunks. `similar` makes one replacement of consecutive
/// changed units; when the run has as many units on both sides it is paragraph-for-
/// paragraph rewriting, so each unit is a hunk of its own: otherwise an edit of
/// paragraph 2 and 3 by mine would clash with theirs' edit of paragraph 3 alone. A run
/// that added or removed units stays whole: which old unit became which is a guess, and
/// a wrong guess would be a silent merge.
fn split(side: Side, base: Range<usize>, other: Range<usize>) -> Vec<Hunk> {
    if base.len() == other.len() && base.len() > 1 {
        base.zip(other)
            .map(|(b, o)| Hunk {
                side,
                base: b..b + 1,
                other: o..o + 1,
            })
            .collect()
    } else {
        vec![Hunk { side, base, other }]
    }
}

/// Groups the hunks of both sides into clusters whose slots overlap, in base order.
/// Hunks of one side never overlap each other (equal units, or for a split run their
/// own units, stand between them).
fn clusters(mut hunks: Vec<Hunk>) -> Vec<Vec<Hunk>> {
    hunks.sort_by_key(Hunk::slots);
    let mut out: Vec<Vec<Hunk>> = Vec::new();
    let mut reach = 0;
    for hunk in hunks {
        let (lo, hi) = hunk.slots();
        match out.last_mut() {
            Some(cluster) if lo <= reach => {
                cluster.push(hunk);
                reach = reach.max(hi);
            }
            _ => {
                out.push(vec![hunk]);
                reach = hi;
            }
        }
    }
    out
}

/// The three texts as units.
struct Sides<'a> {
    base: Vec<&'a str>,
    mine: Vec<&'a str>,
    theirs: Vec<&'a str>,
    eol: &'static str,
}

impl Sides<'_> {
    fn merge(&self) -> Merged {
        let (base, mine, theirs) = (keys(&self.base), keys(&self.mine), keys(&self.theirs));
        let mut all = hunks(Side::Mine, &base, &mine);
        all.extend(hunks(Side::Theirs, &base, &theirs));

        let mut out = Builder::new(self.eol);
        // Past the last cluster, base unit `i` is `mine[i + dm]` and `theirs[i + dt]`.
        let (mut next, mut dm, mut dt) = (0, 0isize, 0isize);
        for cluster in clusters(all) {
            let start = cluster.iter().map(|h| h.base.start).min().unwrap_or(next);
            let end = cluster.iter().map(|h| h.base.end).max().unwrap_or(start);
            self.stable(&mut out, next..start, dm, dt);
            let grown = |side| -> isize {
                cluster
                    .iter()
                    .filter(|h| h.side == side)
                    .map(Hunk::growth)
                    .sum()
            };
            let m = shift(start, dm)..shift(end, dm + grown(Side::Mine));
            let t = shift(start, dt)..shift(end, dt + grown(Side::Theirs));
            dm += grown(Side::Mine);
            dt += grown(Side::Theirs);
            let by = |side| cluster.iter().any(|h| h.side == side);
            match (by(Side::Mine), by(Side::Theirs)) {
                (true, false) => self.take(&mut out, &self.mine, m),
                (false, true) => self.take(&mut out, &self.theirs, t),
                _ if mine[m.clone()] == theirs[t.clone()] => self.take(&mut out, &self.mine, m),
                _ => out.clash(
                    Clash {
                        base: self.base[start..end].concat(),
                        mine: self.mine[m.clone()].concat(),
                        theirs: self.theirs[t.clone()].concat(),
                    },
                    m.end == self.mine.len(),
                    t.end == self.theirs.len(),
                ),
            }
            next = end;
        }
        self.stable(&mut out, next..self.base.len(), dm, dt);
        out.finish()
    }

    /// Base units neither side changed (by key): the bytes of the side that changed
    /// their whitespace, else theirs (the same as the base's, or theirs changed them).
    fn stable(&self, out: &mut Builder, range: Range<usize>, dm: isize, dt: isize) {
        for i in range {
            let (m, t) = (shift(i, dm), shift(i, dt));
            if self.mine[m] != self.base[i] {
                out.clean(self.mine[m], m + 1 == self.mine.len());
            } else {
                out.clean(self.theirs[t], t + 1 == self.theirs.len());
            }
        }
    }

    fn take(&self, out: &mut Builder, units: &[&str], range: Range<usize>) {
        let last = units.len();
        for i in range {
            out.clean(units[i], i + 1 == last);
        }
    }
}

fn keys<'a>(units: &[&'a str]) -> Vec<Cow<'a, str>> {
    units.iter().map(|u| key(u)).collect()
}

fn shift(i: usize, by: isize) -> usize {
    i.saturating_add_signed(by)
}

/// Gathers the merged units into blocks. A unit that ended its own side's text may have
/// no line break or blank line after it; when more follows in the merge, it gets one, so
/// that two paragraphs do not run together.
struct Builder {
    blocks: Vec<MergeBlock>,
    clean: String,
    /// The last unit ended its side's text (for a clash: mine's, theirs').
    tail: (bool, bool),
    eol: &'static str,
}

impl Builder {
    fn new(eol: &'static str) -> Self {
        Self {
            blocks: Vec::new(),
            clean: String::new(),
            tail: (false, false),
            eol,
        }
    }

    fn clean(&mut self, unit: &str, ends_side: bool) {
        self.separate();
        self.clean.push_str(unit);
        self.tail = (ends_side, ends_side);
    }

    fn clash(&mut self, clash: Clash, mine_ends: bool, theirs_ends: bool) {
        self.separate();
        self.flush();
        self.blocks.push(MergeBlock::Conflict(clash));
        self.tail = (mine_ends, theirs_ends);
    }

    /// More follows: ends the last unit as a paragraph if it ended its side's text.
    fn separate(&mut self) {
        let eol = self.eol;
        match self.blocks.last_mut() {
            Some(MergeBlock::Conflict(clash)) if self.clean.is_empty() => {
                if self.tail.0 {
                    end_paragraph(&mut clash.mine, eol);
                }
                if self.tail.1 {
                    end_paragraph(&mut clash.theirs, eol);
                }
            }
            _ if self.tail.0 => end_paragraph(&mut self.clean, eol),
            _ => {}
        }
        self.tail = (false, false);
    }

    fn flush(&mut self) {
        if !self.clean.is_empty() {
            self.blocks
                .push(MergeBlock::Clean(std::mem::take(&mut self.clean)));
        }
    }

    fn finish(mut self) -> Merged {
        self.flush();
        Merged {
            blocks: self.blocks,
        }
    }
}

#[cfg(test)]
mod tests;
