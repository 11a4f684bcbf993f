//! Small pieces every stage uses: fixed-seed hashing, a union-find, and sorts that keep the wasm
//! small.

pub(crate) mod hash;
pub(crate) mod sort;
pub(crate) mod union_find;

pub(crate) use union_find::UnionFind;
