//! Reference twins in f64.

use super::{A, B};

/// The chains' start offsets from x (the shader's x0..x7).
fn starts(x: f64) -> [f64; 8] {
    [
        x,
        x + 1.0,
        x + 2.0,
        x + 3.0,
        x - 1.0,
        x - 2.0,
        x - 3.0,
        x * 0.5,
    ]
}

/// [`super::fma_chains`] in f64.
pub fn fma_chains(x: &[f64], iters: usize) -> Vec<f64> {
    let (a, b) = (A as f64, B as f64);
    x.iter()
        .map(|&v| {
            let c = starts(v).map(|mut s| {
                for _ in 0..iters {
                    s = s * a + b;
                }
                s
            });
            ((c[0] + c[1]) + (c[2] + c[3])) + ((c[4] + c[5]) + (c[6] + c[7]))
        })
        .collect()
}

/// The magnitude the f32 error of each output scales with: every chain stays within
/// [min(start, 1), max(start, 1)], so 8 · max(|start|, 1) bounds each sum.
pub fn fma_scale(x: &[f64]) -> Vec<f64> {
    x.iter()
        .map(|&v| starts(v).iter().map(|s| s.abs().max(1.0)).sum())
        .collect()
}
