//! Multi-head self-attention with packed QKV. [`Var::self_attention`] runs the fused kernels
//! of `kernels::attention` (first order: one forward kernel, two backward kernels).
//! [`Var::self_attention_composed`] builds the same function from differentiable ops (so twice
//! differentiable): heads are split with `swap_middle`, scores are one batched matmul over
//! heads × batch, an additive mask is broadcast over the heads, softmax, a second batched
//! matmul, heads merged back.

use crate::autograd::Var;
use crate::error::Result;
use crate::gpu::{DType, Tensor};
use crate::kernels::attention::{attention_backward, attention_forward};
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
    /// MultiheadAttention in training mode); the mask of weight (batch b, head h, query i, key
    /// j) comes from `key` as in [`Var::dropout`] over `[B, H, T, T]`, element
    /// `((b·H + h)·T + i)·T + j` (batch first: items start.. of a larger batch draw its masks at
    /// offset start·H·T²). Runs the fused kernels when
    /// head_dim is a multiple of 4 (see [`fused_attention_enabled`]), else the composed ops: the
    /// same function; for gradients of gradients call [`Var::self_attention_composed`].
    pub fn self_attention_with_dropout(
        &self,
        heads: usize,
        mask: Option<&Tensor>,
        dropout: Option<(f32, RngKey)>,
    ) -> Result<Var> {
        let fits = crate::kernels::attention::AttentionShape::of(
            "self_attention",
            self.value(),
            heads,
            mask,
        )?
        .fits_fused();
        if fits && fused_attention_enabled() {
            self.self_attention_fused(heads, mask, dropout)
        } else {
            self.self_attention_composed(heads, mask, dropout)
        }
    }

    /// [`Var::self_attention_with_dropout`] by the fused kernels (first order only; head_dim a
    /// multiple of 4).
    pub fn self_attention_fused(
        &self,
        heads: usize,
        mask: Option<&Tensor>,
        dropout: Option<(f32, RngKey)>,
    ) -> Result<Var> {
        let op = "self_attention";
        if crate::autograd::is_autocast_enabled() && self.value().dtype() == DType::F32 {
            // mixed precision: the kernels read q, k and v as f16 (the cast passes the
            // gradient, f32, back to the f32 qkv)
            return self
                .cast(DType::F16)?
                .self_attention_fused(heads, mask, dropout);
        }
        let (out, weights) = attention_forward(self.value(), heads, mask, dropout)?;
        Ok(Var::record(op, out, &[self], move |_o, g, inp| {
            super::sequence::first_order_only(op)?;
            let gq = attention_backward(inp[0].value(), &weights, g.value(), heads, dropout)?;
            Ok(vec![Some(Var::constant(gq))])
        }))
    }

    /// The same function as [`Var::self_attention_with_dropout`] composed of differentiable
    /// ops: slower, but twice differentiable.
    pub fn self_attention_composed(
        &self,
        heads: usize,
        mask: Option<&Tensor>,
        dropout: Option<(f32, RngKey)>,
    ) -> Result<Var> {
        let s = crate::kernels::attention::AttentionShape::of(
            "self_attention",
            self.value(),
            heads,
            mask,
        )?;
        let (b, t, d) = (s.batch, s.steps, heads * s.head_dim);
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
            // the mask is keyed batch first ([B, H, T, T], as the fused kernels key it), so a
            // data-parallel rank's items draw the masks one process draws for them
            probs = probs
                .reshape(&[1, heads, b, t * t])?
                .swap_middle(1, heads, b, t * t)?
                .dropout(p, key)?
                .swap_middle(1, b, heads, t * t)?
                .reshape(&[heads * b, t, t])?;
        }
        let out = probs.matmul(&v)?; // [H·B, T, dh]
        out.reshape(&[1, heads, b * t, dh])?
            .swap_middle(1, heads, b * t, dh)?
            .reshape(&[b, t, d])
    }
}

/// Whether [`Var::self_attention_with_dropout`] may run the fused kernels (when head_dim is a
/// multiple of 4): yes, unless `WGTRAIN_ATTENTION=composed`. On lavapipe the fused kernels take
/// B8 T49 d512 h8 forward + backward in 47–48 ms against 57–83 ms composed (benches/RESULTS.md);
/// on a GPU they are three dispatches instead of about twenty.
pub fn fused_attention_enabled() -> bool {
    std::env::var("WGTRAIN_ATTENTION").as_deref() != Ok("composed")
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
    //! f64 reference of [`crate::autograd::Var::self_attention`] (the fused kernels' twin).

    /// `qkv: [b, t, 3·d]`, additive `mask: [b, t, t]` → `[b, t, d]`.
    pub fn self_attention(
        qkv: &[f64],
        b: usize,
        t: usize,
        d: usize,
        heads: usize,
        mask: Option<&[f64]>,
    ) -> Vec<f64> {
        let s = crate::kernels::attention::AttentionShape {
            batch: b,
            steps: t,
            heads,
            head_dim: d / heads,
        };
        crate::kernels::attention::cpu::forward(qkv, s, mask, None).0
    }
}
