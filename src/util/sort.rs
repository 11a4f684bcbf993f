//! Sorts through few instantiations of the standard library's sort, because each `sort_by_key`
//! on a new type or closure is another copy of the sort in the wasm, which has a size budget.
//! Numeric keys are packed into one `u128` ([`sort_keys`]); everything else sorts indexes with a
//! comparator called through `&dyn` ([`sort_by`]). Word sets and the candidate index sort
//! `u64`s (two 32-bit fields: no 128-bit compares in wasm), and the matches
//! (`compare/matches.rs`, which sorts each sentence's few partners as pairs are made, on the
//! path every pair takes) keep a copy of their own.

use core::cmp::Ordering;

/// Sorts numbers; callers pack the fields of a key into one `u128`, most significant first.
pub(crate) fn sort_keys(keys: &mut [u128]) {
    keys.sort_unstable();
}

/// `a` in the high half and `b` in the low half of a key for [`sort_keys`].
pub(crate) fn pack(a: usize, b: usize) -> u128 {
    ((a as u128) << 64) | b as u128
}

/// `a` in the high half and `b` in the low half of a `u64` key: two 32-bit fields, with no
/// 128-bit compares in wasm (the low half is `key as u32`).
pub(crate) fn pack32(a: u32, b: u32) -> u64 {
    u64::from(a) << 32 | u64::from(b)
}

/// The high and low halves of a [`pack`]ed key.
pub(crate) fn unpack(key: u128) -> (usize, usize) {
    ((key >> 64) as usize, key as u64 as usize)
}

/// The indexes `0..n` in the order of `key`, ties by index.
pub(crate) fn sorted_indexes(n: usize, key: impl Fn(usize) -> usize) -> Vec<usize> {
    let mut keyed: Vec<u128> = (0..n).map(|i| pack(key(i), i)).collect();
    sort_keys(&mut keyed);
    keyed.into_iter().map(|k| unpack(k).1).collect()
}

/// The indexes `0..n` ordered by `cmp`, ties by index (so the order is stable).
fn order_by(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut indexes: Vec<usize> = (0..n).collect();
    indexes.sort_unstable_by(|&i, &j| cmp(i, j).then(i.cmp(&j)));
    indexes
}

/// Sorts `items` by `cmp`, stably.
pub(crate) fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = order_by(items.len(), &|i, j| cmp(&items[i], &items[j]));
    *items = permute(core::mem::take(items), &order);
}

/// Sorts `items` by `key`, stably.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// `items` rearranged in the given `order` (a permutation of their indexes).
pub(crate) fn permute<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.iter().filter_map(|&i| slots[i].take()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_are_stable_and_keys_round_trip() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_by_key(&mut items, |p| p.0);
        assert_eq!(items, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        sort_by(&mut items, |p, q| q.0.cmp(&p.0));
        assert_eq!(items, [(2, 'a'), (2, 'c'), (1, 'b'), (1, 'e'), (0, 'd')]);
        assert_eq!(sorted_indexes(4, |i| [3, 1, 3, 0][i]), [3, 1, 0, 2]);
        assert_eq!(unpack(pack(usize::MAX, 7)), (usize::MAX, 7));
        assert_eq!(
            (pack32(u32::MAX, 7) >> 32, pack32(u32::MAX, 7) as u32),
            (u32::MAX.into(), 7)
        );
        assert!(pack32(1, 0) > pack32(0, u32::MAX));
        let mut keys = vec![pack(1, 9), pack(0, 10), pack(1, 2)];
        sort_keys(&mut keys);
        assert_eq!(
            keys.into_iter().map(unpack).collect::<Vec<_>>(),
            [(0, 10), (1, 2), (1, 9)]
        );
        assert_eq!(permute(vec!['x', 'y', 'z'], &[2, 0, 1]), ['z', 'x', 'y']);
    }
}
