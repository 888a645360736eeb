//! f64 (and, where the shader's f32 order decides a pick, f32) twins of the sampling kernels.

use crate::kernels::random::cpu::{threefry2x32, unit};
use crate::kernels::random::RngKey;

/// Twin of [`super::context_window`].
pub fn context_window(
    tokens: &[u32],
    stride: usize,
    len: usize,
    window: usize,
    pad: u32,
) -> Vec<u32> {
    tokens
        .chunks(stride)
        .flat_map(|row| {
            (0..window).map(move |w| {
                if len >= window {
                    row[len - window + w]
                } else if w < len {
                    row[w]
                } else {
                    pad
                }
            })
        })
        .collect()
}

/// softmax(logits / temperature) in f64 and the uniform of each row's draw (the shader
/// scales it by the row's total weight): the reference for `sample_logits`.
pub fn sample_logits_reference(
    logits: &[f32],
    cols: usize,
    temperature: f64,
    key: RngKey,
) -> Vec<(Vec<f64>, f64)> {
    logits
        .chunks(cols)
        .enumerate()
        .map(|(row, l)| {
            let m = l.iter().fold(f64::NEG_INFINITY, |a, &v| a.max(v as f64));
            let w: Vec<f64> = l
                .iter()
                .map(|&v| ((v as f64 - m) / temperature).exp())
                .collect();
            let total: f64 = w.iter().sum();
            let (x, _) = threefry2x32(key.seed, (row as u32).wrapping_add(key.offset), key.stream);
            (w.iter().map(|v| v / total).collect(), unit(x))
        })
        .collect()
}

/// Same arithmetic as the shader, in f32 and the same order, so the picks agree exactly.
pub fn multinomial(weights: &[f32], cols: usize, key: RngKey) -> Vec<u32> {
    weights
        .chunks(cols)
        .enumerate()
        .map(|(row, w)| {
            let total: f32 = w.iter().fold(0.0f32, |s, &v| s + v);
            let (x, _) = threefry2x32(key.seed, (row as u32).wrapping_add(key.offset), key.stream);
            let u = ((x >> 8) as f32 * (1.0 / 16_777_216.0)) * total;
            let mut cum = 0.0f32;
            let mut pick = cols as u32;
            for (j, &v) in w.iter().enumerate() {
                cum += v;
                if v > 0.0 {
                    pick = j as u32;
                    if u < cum {
                        break;
                    }
                }
            }
            pick
        })
        .collect()
}
