//! Multi-head self-attention with packed QKV, composed of differentiable ops (so twice
//! differentiable): heads are split with `swap_middle`, scores are one batched matmul over
//! heads × batch, an additive mask is broadcast over the heads, softmax, a second batched
//! matmul, heads merged back.

use super::Var;
use crate::error::{Error, Result};
use crate::gpu::Tensor;
use crate::kernels::elementwise::swap_middle;
use crate::kernels::random::RngKey;

impl Var {
    /// `[a, b, c, d]` → `[a, c, b, d]`; `self` holds `a·b·c·d` elements.
    pub fn swap_middle(&self, a: usize, b: usize, c: usize, d: usize) -> Result<Var> {
        let value = swap_middle(self.value(), a, b, c, d)?;
        let in_shape = self.shape().to_vec();
        Ok(Var::record(
            "swap_middle",
            value,
            &[self],
            move |_o, g, _x| Ok(vec![Some(g.swap_middle(a, c, b, d)?.reshape(&in_shape)?)]),
        ))
    }

    /// Self-attention over `qkv: [B, T, 3·D]` (PyTorch's in_proj layout: the q, k and v
    /// blocks of D = heads·dh each) with `heads` heads: softmax(q·kᵀ/√dh + mask)·v, heads
    /// concatenated: `[B, T, D]` (before the output projection). `mask`, when given, is an
    /// additive `[B, T, T]` tensor (−inf where a query may not look: causal, padding).
    pub fn self_attention(&self, heads: usize, mask: Option<&Tensor>) -> Result<Var> {
        self.self_attention_with_dropout(heads, mask, None)
    }

    /// [`Var::self_attention`] with dropout `(p, key)` on the attention weights (PyTorch's
    /// MultiheadAttention in training mode).
    pub fn self_attention_with_dropout(
        &self,
        heads: usize,
        mask: Option<&Tensor>,
        dropout: Option<(f32, RngKey)>,
    ) -> Result<Var> {
        let op = "self_attention";
        let (b, t, d3) = match self.shape() {
            [b, t, d3] => (*b, *t, *d3),
            s => {
                return Err(Error::shape(
                    op,
                    format!("qkv {s:?} is not [batch, steps, 3·dim]"),
                ))
            }
        };
        let d = d3 / 3;
        if heads == 0 || d3 != 3 * d || !d.is_multiple_of(heads) {
            return Err(Error::shape(
                op,
                format!("qkv width {d3} is not 3 × a multiple of {heads} heads"),
            ));
        }
        if let Some(m) = mask {
            if m.shape() != [b, t, t] {
                return Err(Error::shape(
                    op,
                    format!("mask {:?}, want [{b}, {t}, {t}]", m.shape()),
                ));
            }
        }
        let dh = d / heads;
        // [B·T, 3·H, dh] → [3·H, B·T, dh] = [3, H·B, T, dh]
        let split = self
            .swap_middle(1, b * t, 3 * heads, dh)?
            .reshape(&[3, heads * b * t * dh])?;
        let part = |k: usize| split.narrow(0, k, 1)?.reshape(&[heads * b, t, dh]);
        let (q, k, v) = (part(0)?, part(1)?, part(2)?);
        let scores = q
            .matmul_t(&k, false, true)?
            .mul_scalar(1.0 / (dh as f32).sqrt())?;
        let scores = match mask {
            // [H, B, T, T] + [B, T, T]: the mask repeats over the heads
            Some(m) => scores
                .reshape(&[heads, b, t, t])?
                .add(&Var::constant(m.clone()))?
                .reshape(&[heads * b, t, t])?,
            None => scores,
        };
        let mut probs = scores.softmax()?;
        if let Some((p, key)) = dropout {
            probs = probs.dropout(p, key)?;
        }
        let out = probs.matmul(&v)?; // [H·B, T, dh]
        out.reshape(&[1, heads, b * t, dh])?
            .swap_middle(1, heads, b * t, dh)?
            .reshape(&[b, t, d])
    }
}

/// The additive mask `[B, T, T]` of a causal model with padded keys: −inf strictly above the
/// diagonal plus `key_add[b·T + k]` on key k (the seed's LM adds (1 − mask)·(−10 000)).
pub fn causal_mask_with_keys(b: usize, t: usize, key_add: &[f32]) -> Vec<f32> {
    let mut m = vec![0.0f32; b * t * t];
    for bb in 0..b {
        for q in 0..t {
            for k in 0..t {
                m[(bb * t + q) * t + k] = if k > q {
                    f32::NEG_INFINITY
                } else {
                    key_add[bb * t + k]
                };
            }
        }
    }
    m
}

/// The additive attention mask `[B, T, T]`: −inf where key k may not be seen from query q,
/// because k > q (`causal`) or key k of that sequence is padding; 0 elsewhere.
pub fn attention_mask(b: usize, t: usize, causal: bool, key_padding: Option<&[bool]>) -> Vec<f32> {
    let mut m = vec![0.0f32; b * t * t];
    for bb in 0..b {
        for q in 0..t {
            for k in 0..t {
                let pad = key_padding.is_some_and(|p| p[bb * t + k]);
                if (causal && k > q) || pad {
                    m[(bb * t + q) * t + k] = f32::NEG_INFINITY;
                }
            }
        }
    }
    m
}

pub mod cpu {
    //! f64 reference of [`super::Var::self_attention`], written plainly.

    /// `qkv: [b, t, 3·d]`, additive `mask: [b, t, t]` → `[b, t, d]`.
    pub fn self_attention(
        qkv: &[f64],
        b: usize,
        t: usize,
        d: usize,
        heads: usize,
        mask: Option<&[f64]>,
    ) -> Vec<f64> {
        let dh = d / heads;
        let mut out = vec![0.0; b * t * d];
        let at = |bb: usize, i: usize, block: usize, h: usize, e: usize| {
            qkv[(bb * t + i) * 3 * d + block * d + h * dh + e]
        };
        for bb in 0..b {
            for h in 0..heads {
                for i in 0..t {
                    let s: Vec<f64> = (0..t)
                        .map(|j| {
                            let dot: f64 = (0..dh)
                                .map(|e| at(bb, i, 0, h, e) * at(bb, j, 1, h, e))
                                .sum();
                            dot / (dh as f64).sqrt() + mask.map_or(0.0, |m| m[(bb * t + i) * t + j])
                        })
                        .collect();
                    let mx = s.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
                    let w: Vec<f64> = s.iter().map(|v| (v - mx).exp()).collect();
                    let z: f64 = w.iter().sum();
                    for e in 0..dh {
                        out[(bb * t + i) * d + h * dh + e] =
                            (0..t).map(|j| w[j] / z * at(bb, j, 2, h, e)).sum();
                    }
                }
            }
        }
        out
    }
}
