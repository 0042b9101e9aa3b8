//! The path patterns of compare-locales' configuration, after their `{variables}` are
//! expanded: a folder, then segments with `*` inside a segment and `**` as a whole
//! one. A pattern lists the files it matches (with what each wildcard matched, so that
//! a reference file's translation is the l10n pattern filled with the same captures)
//! and tells whether a path matches it (`[[filters]]`).

use std::path::{Component, Path, PathBuf};

/// A path pattern: a folder, then segments that may hold wildcards.
pub(crate) struct Glob {
    root: PathBuf,
    segments: Vec<String>,
}

impl Glob {
    pub(crate) fn new(pattern: &str, basepath: &Path) -> Result<Self, String> {
        if let Some(c) = pattern
            .chars()
            .find(|c| matches!(c, '?' | '[' | ']' | '{' | '}'))
        {
            return Err(format!(
                "`{pattern}`: `{c}` in a path pattern is not supported"
            ));
        }
        let parts: Vec<&str> = pattern.split('/').collect();
        let literal = parts.iter().take_while(|p| !p.contains('*')).count();
        for part in &parts[literal..] {
            if part.contains("**") && *part != "**" {
                return Err(format!(
                    "`{pattern}`: `**` must be a whole path segment, not `{part}`"
                ));
            }
        }
        let root = normalize(&basepath.join(parts[..literal].join("/")));
        Ok(Glob {
            root,
            segments: parts[literal..].iter().map(|s| s.to_string()).collect(),
        })
    }

    /// The wildcards in order: `**` or `*`, as captures map between patterns.
    pub(crate) fn wildcards(&self) -> Vec<&str> {
        self.segments
            .iter()
            .flat_map(|s| {
                if s == "**" {
                    vec!["**"]
                } else {
                    s.matches('*').map(|_| "*").collect()
                }
            })
            .collect()
    }

    /// A file's path below the pattern's folder, with `/`: its name in findings.
    pub(crate) fn name(&self, file: &Path) -> String {
        // A pattern without wildcards is its file: named by its file name.
        let relative = match file.strip_prefix(&self.root) {
            Ok(relative) if !relative.as_os_str().is_empty() => relative,
            _ => Path::new(file.file_name().unwrap_or(file.as_os_str())),
        };
        relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
    }

    /// The files the pattern matches, in name order, with what each wildcard matched.
    /// A pattern without wildcards is the one file, if it exists.
    pub(crate) fn files(&self) -> std::io::Result<Vec<(PathBuf, Vec<String>)>> {
        if self.segments.is_empty() {
            return Ok(if self.root.is_file() {
                vec![(self.root.clone(), Vec::new())]
            } else {
                Vec::new()
            });
        }
        let mut found = Vec::new();
        if self.root.is_dir() {
            walk(&self.root, &mut Vec::new(), &mut |relative, path| {
                if let Some(captures) = match_segments(&self.segments, relative) {
                    found.push((path.to_owned(), captures));
                }
            })?;
        }
        found.sort();
        Ok(found)
    }

    /// The path this pattern gives with the wildcards filled with `captures`.
    pub(crate) fn fill(&self, captures: &[String]) -> PathBuf {
        let mut captures = captures.iter();
        let mut path = self.root.clone();
        for segment in &self.segments {
            if segment == "**" {
                let matched = captures.next().map_or("", String::as_str);
                for part in matched.split('/').filter(|p| !p.is_empty()) {
                    path.push(part);
                }
            } else {
                let mut filled = String::new();
                for (i, piece) in segment.split('*').enumerate() {
                    if i > 0 {
                        filled.push_str(captures.next().map_or("", String::as_str));
                    }
                    filled.push_str(piece);
                }
                path.push(filled);
            }
        }
        path
    }
}

impl Glob {
    /// Whether `path` (as [`Glob::files`] and [`Glob::fill`] give paths: below the same
    /// basepath, [`normalize`]d) is one the pattern matches, whether it exists or not.
    pub(crate) fn matches(&self, path: &Path) -> bool {
        let path = normalize(path);
        let Ok(relative) = path.strip_prefix(&self.root) else {
            return false;
        };
        let segments: Vec<String> = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        match_segments(&self.segments, &segments).is_some()
    }
}

/// `path` without `.` components and with each `..` taking back the folder before it
/// (when there is one to take back), so that two configurations reaching the same file
/// by different ways give the same path, and findings read as written.
pub(crate) fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Calls `each` with every file below `dir`: its path segments below the walk's root,
/// and its path.
fn walk(
    dir: &Path,
    relative: &mut Vec<String>,
    each: &mut dyn FnMut(&[String], &Path),
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        relative.push(entry.file_name().to_string_lossy().into_owned());
        if path.is_dir() {
            walk(&path, relative, each)?;
        } else {
            each(relative, &path);
        }
        relative.pop();
    }
    Ok(())
}

/// Whether the path `segments` match the pattern, and what its wildcards matched (a
/// `**` the segments it took, joined with `/`).
fn match_segments(pattern: &[String], segments: &[String]) -> Option<Vec<String>> {
    let Some((first, rest)) = pattern.split_first() else {
        return segments.is_empty().then(Vec::new);
    };
    if first == "**" {
        // As few segments as possible first; `**` at the end takes every remaining one.
        for taken in 0..=segments.len() {
            if let Some(mut captures) = match_segments(rest, &segments[taken..]) {
                captures.insert(0, segments[..taken].join("/"));
                return Some(captures);
            }
        }
        return None;
    }
    let (segment, remaining) = segments.split_first()?;
    let mut captures = match_star(first, segment)?;
    captures.extend(match_segments(rest, remaining)?);
    Some(captures)
}

/// Matches one segment against a pattern with `*`s, capturing what each matched.
fn match_star(pattern: &str, text: &str) -> Option<Vec<String>> {
    let Some(star) = pattern.find('*') else {
        return (pattern == text).then(Vec::new);
    };
    let (prefix, rest) = (&pattern[..star], &pattern[star + 1..]);
    let text = text.strip_prefix(prefix)?;
    for split in (0..=text.len()).filter(|i| text.is_char_boundary(*i)) {
        if let Some(mut captures) = match_star(rest, &text[split..]) {
            captures.insert(0, text[..split].to_owned());
            return Some(captures);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(path: &str) -> Vec<String> {
        path.split('/').map(str::to_owned).collect()
    }

    #[test]
    fn wildcards_capture_what_they_match_and_fill_the_other_pattern() {
        let pattern = segments("**/*.ftl");
        assert_eq!(
            match_segments(&pattern, &segments("app/menus/file.ftl")),
            Some(vec!["app/menus".to_owned(), "file".to_owned()])
        );
        assert_eq!(
            match_segments(&pattern, &segments("top.ftl")),
            Some(vec![String::new(), "top".to_owned()])
        );
        assert_eq!(match_segments(&pattern, &segments("app/notes.txt")), None);
        let l10n = Glob::new("l10n/de/**/*.ftl", Path::new("base")).unwrap();
        assert_eq!(
            l10n.fill(&["app/menus".to_owned(), "file".to_owned()]),
            PathBuf::from("base/l10n/de/app/menus/file.ftl")
        );
        assert_eq!(l10n.wildcards(), ["**", "*"]);
    }

    #[test]
    fn patterns_ftl_check_does_not_read_are_refused() {
        for (pattern, refused) in [
            ("en-US/?.ftl", "`?`"),
            ("en-US/[ab].ftl", "`[`"),
            ("en-US/a**/x.ftl", "`**` must be a whole path segment"),
        ] {
            let error = Glob::new(pattern, Path::new(".")).err().unwrap();
            assert!(error.contains(refused), "{pattern}: {error}");
        }
    }

    #[test]
    fn a_pattern_tells_which_paths_it_matches() {
        let glob = Glob::new("app/de/**/*.ftl", Path::new("base")).unwrap();
        assert!(glob.matches(Path::new("base/app/de/menus/file.ftl")));
        assert!(glob.matches(Path::new("base/./app/de/top.ftl")));
        assert!(!glob.matches(Path::new("base/app/fr/top.ftl")));
        assert!(!glob.matches(Path::new("base/app/de/notes.txt")));
        let one = Glob::new("de/app.ftl", Path::new("sub/..")).unwrap();
        assert!(one.matches(Path::new("de/app.ftl")));
        assert!(!one.matches(Path::new("de/other.ftl")));
        assert_eq!(normalize(Path::new("a/./b/../c")), PathBuf::from("a/c"));
        assert_eq!(normalize(Path::new("../a/..")), PathBuf::from(".."));
    }
}
