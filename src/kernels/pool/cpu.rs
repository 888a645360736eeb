//! Reference twin in f64.

use super::PoolGeom;

/// (values, flat in-plane argmax) per window, first maximum on ties.
pub fn max_pool2d(x: &[f64], g: &PoolGeom) -> (Vec<f64>, Vec<u32>) {
    let (ho, wo) = (g.ho(), g.wo());
    let mut vals = vec![];
    let mut idx = vec![];
    for plane in 0..g.n * g.c {
        let base = plane * g.h * g.w;
        for oy in 0..ho {
            for ox in 0..wo {
                let mut best_i = oy * g.k * g.w + ox * g.k;
                for i in 0..g.k {
                    for j in 0..g.k {
                        let at = (oy * g.k + i) * g.w + ox * g.k + j;
                        if x[base + at] > x[base + best_i] {
                            best_i = at;
                        }
                    }
                }
                vals.push(x[base + best_i]);
                idx.push(best_i as u32);
            }
        }
    }
    (vals, idx)
}
