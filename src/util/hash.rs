//! Hash maps and sets with one fixed seed, so that results never vary from run to run.

use std::collections::{HashMap, HashSet};

use foldhash::fast::FixedState;

/// Hash state shared by all keys, fixed so that results do not vary from run to run.
pub(crate) const HASH: FixedState = FixedState::with_seed(0x05ee_da17_c1e5);

/// A hash map with the fixed [`HASH`] state.
pub(crate) type Map<K, V> = HashMap<K, V, FixedState>;

/// An empty [`Map`].
pub(crate) fn map<K, V>() -> Map<K, V> {
    HashMap::with_hasher(HASH)
}

/// A hash set with the fixed [`HASH`] state.
pub(crate) type Set<K> = HashSet<K, FixedState>;

/// An empty [`Set`].
pub(crate) fn set<K>() -> Set<K> {
    HashSet::with_hasher(HASH)
}
