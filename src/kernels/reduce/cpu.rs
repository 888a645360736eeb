//! Reference twins in f64.

use super::Reduce;

/// Returns (values, argmax indices for Max).
pub fn reduce_view(
    x: &[f64],
    outer: usize,
    len: usize,
    inner: usize,
    op: Reduce,
) -> (Vec<f64>, Vec<u32>) {
    let mut out = vec![0.0; outer * inner];
    let mut idx = vec![0u32; outer * inner];
    for o in 0..outer {
        for i in 0..inner {
            let at = |j: usize| x[(o * len + j) * inner + i];
            let r = o * inner + i;
            match op {
                Reduce::Sum | Reduce::Mean => {
                    let s: f64 = (0..len).map(at).sum();
                    out[r] = if op == Reduce::Mean {
                        s / len as f64
                    } else {
                        s
                    };
                }
                Reduce::L2 => out[r] = (0..len).map(|j| at(j) * at(j)).sum::<f64>().sqrt(),
                Reduce::Max => {
                    let mut best = 0;
                    for j in 1..len {
                        if at(j) > at(best) || (at(j).is_nan() && !at(best).is_nan()) {
                            best = j;
                        }
                    }
                    out[r] = at(best);
                    idx[r] = best as u32;
                }
            }
        }
    }
    (out, idx)
}

/// Twin of [`super::sum_keep_middle`]: `out[m] = scale * Σ_{o,i} x[o, m, i]`.
pub fn sum_keep_middle(x: &[f64], outer: usize, len: usize, inner: usize, scale: f64) -> Vec<f64> {
    let mut out = vec![0.0; len];
    for o in 0..outer {
        for (m, slot) in out.iter_mut().enumerate() {
            for i in 0..inner {
                *slot += x[(o * len + m) * inner + i];
            }
        }
    }
    out.iter().map(|v| v * scale).collect()
}
