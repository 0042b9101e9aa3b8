//! The history of one text (or of one article's metadata) as a DAG of revision ids, read
//! whole from the database: small per text, and what every merge decision needs.
//!
//! Every answer here depends only on the DAG, never on clocks or on which desk asks, so
//! two desks holding the same revisions decide the same way.

use std::collections::{BTreeSet, HashMap, HashSet};

#[derive(Debug, Default)]
pub(crate) struct Dag {
    parents: HashMap<String, Vec<String>>,
}

impl Dag {
    pub(crate) fn new(nodes: impl IntoIterator<Item = (String, Vec<String>)>) -> Self {
        Dag {
            parents: nodes.into_iter().collect(),
        }
    }

    /// Adds a revision made meanwhile (a merge), so later answers know it.
    pub(crate) fn insert(&mut self, uid: String, parents: Vec<String>) {
        self.parents.insert(uid, parents);
    }

    /// `uid` and every revision it descends from.
    pub(crate) fn ancestry(&self, uid: &str) -> HashSet<String> {
        let mut seen = HashSet::new();
        let mut todo = vec![uid.to_owned()];
        while let Some(u) = todo.pop() {
            if seen.insert(u.clone())
                && let Some(ps) = self.parents.get(&u)
            {
                todo.extend(ps.iter().cloned());
            }
        }
        seen
    }

    /// Whether `descendant` is `ancestor` or follows it.
    pub(crate) fn descends(&self, descendant: &str, ancestor: &str) -> bool {
        self.ancestry(descendant).contains(ancestor)
    }

    /// The revisions no other one follows, in id order.
    pub(crate) fn heads(&self) -> Vec<String> {
        let followed: HashSet<&String> = self.parents.values().flatten().collect();
        let heads: BTreeSet<&String> = self
            .parents
            .keys()
            .filter(|k| !followed.contains(k))
            .collect();
        heads.into_iter().cloned().collect()
    }

    /// The last common ancestor of `a` and `b`: of the revisions both descend from, one
    /// that no other such descends from; where a criss-cross leaves several, the
    /// greatest id. `None` when the two share nothing (two desks began the same
    /// translation apart).
    pub(crate) fn last_common_ancestor(&self, a: &str, b: &str) -> Option<String> {
        let of_a = self.ancestry(a);
        let common: Vec<String> = self
            .ancestry(b)
            .into_iter()
            .filter(|u| of_a.contains(u))
            .collect();
        let mut below: HashSet<String> = HashSet::new();
        for c in &common {
            let mut up = self.ancestry(c);
            up.remove(c);
            below.extend(up);
        }
        common.into_iter().filter(|c| !below.contains(c)).max()
    }
}

#[cfg(test)]
mod tests {
    use super::Dag;

    fn dag(edges: &[(&str, &[&str])]) -> Dag {
        Dag::new(
            edges
                .iter()
                .map(|(u, ps)| (u.to_string(), ps.iter().map(|p| p.to_string()).collect())),
        )
    }

    #[test]
    fn heads_and_descent_follow_the_parents() {
        // a - b - c, and b - d: two heads.
        let d = dag(&[("a", &[]), ("b", &["a"]), ("c", &["b"]), ("d", &["b"])]);
        assert_eq!(d.heads(), ["c", "d"]);
        assert!(d.descends("c", "a"));
        assert!(d.descends("c", "c"));
        assert!(!d.descends("c", "d"));
        assert_eq!(d.last_common_ancestor("c", "d").as_deref(), Some("b"));
        assert_eq!(d.last_common_ancestor("c", "b").as_deref(), Some("b"));
    }

    #[test]
    fn a_criss_cross_picks_one_ancestor_whoever_asks() {
        // Two desks merged the same two heads each their own way: m1 and m2 both follow
        // x and y.
        let d = dag(&[
            ("o", &[]),
            ("x", &["o"]),
            ("y", &["o"]),
            ("m1", &["x", "y"]),
            ("m2", &["y", "x"]),
        ]);
        assert_eq!(d.last_common_ancestor("m1", "m2").as_deref(), Some("y"));
        assert_eq!(d.last_common_ancestor("m2", "m1").as_deref(), Some("y"));
    }

    #[test]
    fn unrelated_histories_share_nothing() {
        let d = dag(&[("a", &[]), ("b", &[])]);
        assert_eq!(d.last_common_ancestor("a", "b"), None);
        assert_eq!(d.heads(), ["a", "b"]);
    }
}
