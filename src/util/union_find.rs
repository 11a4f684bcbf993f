//! A small union-find over dense ids (sentences, figures, quotes).

/// Disjoint sets of `0..n`, joined with [`UnionFind::union`]; each set is named by its smallest
/// member, so that [`UnionFind::groups`] comes out in a stable order.
pub(crate) struct UnionFind(Vec<u32>);

impl UnionFind {
    /// `n` sets of one member each.
    pub fn new(n: usize) -> Self {
        Self((0..n as u32).collect())
    }

    /// The root of `x`'s set (compressing the path to it).
    pub fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.0[root] as usize != root {
            root = self.0[root] as usize;
        }
        let mut at = x;
        while self.0[at] as usize != root {
            let next = self.0[at] as usize;
            self.0[at] = root as u32;
            at = next;
        }
        root
    }

    /// Joins the sets of `x` and `y`.
    pub fn union(&mut self, x: usize, y: usize) {
        let (rx, ry) = (self.find(x), self.find(y));
        if rx != ry {
            let (lo, hi) = (rx.min(ry), rx.max(ry));
            self.0[hi] = lo as u32;
        }
    }

    /// The sets, each in ascending order, in the order of their smallest member.
    pub fn groups(&mut self) -> Vec<Vec<usize>> {
        let mut index = vec![u32::MAX; self.0.len()];
        let mut out: Vec<Vec<usize>> = Vec::new();
        for x in 0..self.0.len() {
            let r = self.find(x);
            if index[r] == u32::MAX {
                index[r] = out.len() as u32;
                out.push(Vec::new());
            }
            out[index[r] as usize].push(x);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::UnionFind;

    #[test]
    fn groups_in_order_of_smallest_member() {
        let mut sets = UnionFind::new(6);
        sets.union(4, 1);
        sets.union(5, 3);
        sets.union(3, 1);
        assert_eq!(sets.groups(), [vec![0], vec![1, 3, 4, 5], vec![2]]);
    }
}
