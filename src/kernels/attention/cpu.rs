//! f64 references of the fused kernels, written plainly (row = (h·B + b)·T + i; the dropout
//! mask's row, batch first, = (b·H + h)·T + i).

use super::AttentionShape;
use crate::kernels::random::RngKey;

/// The dropout factor of weight element `idx` (0 or 1/(1 − p)), as the shader draws it.
fn keep(idx: usize, drop: Option<(f64, RngKey)>) -> f64 {
    match drop {
        Some((p, key)) if p > 0.0 => {
            let (r, _) = crate::kernels::random::cpu::threefry2x32(
                key.seed,
                (idx as u32).wrapping_add(key.offset),
                key.stream,
            );
            if crate::kernels::random::cpu::unit(r) >= p {
                1.0 / (1.0 - p)
            } else {
                0.0
            }
        }
        _ => 1.0,
    }
}

fn at(s: AttentionShape, b: usize, pos: usize, block: usize, h: usize, e: usize) -> usize {
    let d = s.heads * s.head_dim;
    (b * s.steps + pos) * 3 * d + block * d + h * s.head_dim + e
}

/// (output `[B, T, D]`, weights before dropout `[H·B, T, T]`).
pub fn forward(
    qkv: &[f64],
    s: AttentionShape,
    mask: Option<&[f64]>,
    drop: Option<(f64, RngKey)>,
) -> (Vec<f64>, Vec<f64>) {
    let (t, dh) = (s.steps, s.head_dim);
    let d = s.heads * dh;
    let mut out = vec![0.0; s.batch * t * d];
    let mut probs = vec![0.0; s.rows() * t];
    for h in 0..s.heads {
        for b in 0..s.batch {
            for i in 0..t {
                let row = (h * s.batch + b) * t + i;
                let mrow = (b * s.heads + h) * t + i;
                let sc: Vec<f64> = (0..t)
                    .map(|j| {
                        let dot: f64 = (0..dh)
                            .map(|e| qkv[at(s, b, i, 0, h, e)] * qkv[at(s, b, j, 1, h, e)])
                            .sum();
                        dot / (dh as f64).sqrt() + mask.map_or(0.0, |m| m[(b * t + i) * t + j])
                    })
                    .collect();
                let mx = sc.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
                let w: Vec<f64> = sc.iter().map(|v| (v - mx).exp()).collect();
                let z: f64 = w.iter().sum();
                for j in 0..t {
                    probs[row * t + j] = w[j] / z;
                }
                for e in 0..dh {
                    out[(b * t + i) * d + h * dh + e] = (0..t)
                        .map(|j| {
                            probs[row * t + j]
                                * keep(mrow * t + j, drop)
                                * qkv[at(s, b, j, 2, h, e)]
                        })
                        .sum();
                }
            }
        }
    }
    (out, probs)
}

/// The gradient with respect to qkv, from the chain rule written out per element.
pub fn backward(
    qkv: &[f64],
    probs: &[f64],
    grad_out: &[f64],
    s: AttentionShape,
    drop: Option<(f64, RngKey)>,
) -> Vec<f64> {
    let (t, dh) = (s.steps, s.head_dim);
    let d = s.heads * dh;
    let scale = 1.0 / (dh as f64).sqrt();
    let mut g = vec![0.0; qkv.len()];
    for h in 0..s.heads {
        for b in 0..s.batch {
            for i in 0..t {
                let row = (h * s.batch + b) * t + i;
                let mrow = (b * s.heads + h) * t + i;
                let go = |e: usize| grad_out[(b * t + i) * d + h * dh + e];
                // through weights·v: dV and the weights' gradient (through dropout)
                let mut dp = vec![0.0; t];
                for j in 0..t {
                    let k = keep(mrow * t + j, drop);
                    for e in 0..dh {
                        g[at(s, b, j, 2, h, e)] += probs[row * t + j] * k * go(e);
                        dp[j] += go(e) * qkv[at(s, b, j, 2, h, e)] * k;
                    }
                }
                // through softmax, then the scaled dot products
                let dot: f64 = (0..t).map(|j| dp[j] * probs[row * t + j]).sum();
                for j in 0..t {
                    let ds = probs[row * t + j] * (dp[j] - dot) * scale;
                    for e in 0..dh {
                        g[at(s, b, i, 0, h, e)] += ds * qkv[at(s, b, j, 1, h, e)];
                        g[at(s, b, j, 1, h, e)] += ds * qkv[at(s, b, i, 0, h, e)];
                    }
                }
            }
        }
    }
    g
}
