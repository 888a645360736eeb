//! torch.nn.MultiheadAttention, as self-attention (query = key = value), batch first.

use super::{join, Forward, Init, Linear, Module, Visitor};
use crate::autograd::Var;
use crate::error::{Error, Result};
use crate::gpu::Tensor;
use crate::ops::tensor::RngKey;
use std::cell::Cell;

/// `heads` heads over `embed_dim` features: the packed q/k/v projection
/// (`in_proj_weight: [3D, D]`, `in_proj_bias: [3D]`), scaled dot-product attention, and
/// `out_proj`. PyTorch's init: xavier-uniform in_proj, zero biases, U(±1/√D) out_proj weight.
pub struct MultiheadAttention {
    /// `[3D, D]`: the q, k and v blocks.
    pub in_proj_weight: Var,
    /// `[3D]`
    pub in_proj_bias: Var,
    /// `D → D`
    pub out_proj: Linear,
    /// Heads (D must divide by it).
    pub heads: usize,
    /// Dropout on the attention weights in training mode.
    pub dropout: f32,
    training: Cell<bool>,
    key: RngKey,
    calls: Cell<u32>,
}

impl MultiheadAttention {
    /// `embed_dim` features in `heads` heads, no dropout.
    pub fn new(init: &Init, embed_dim: usize, heads: usize) -> Result<MultiheadAttention> {
        if heads == 0 || !embed_dim.is_multiple_of(heads) {
            return Err(Error::invalid(
                init.path(),
                format!("embed_dim {embed_dim} must be a multiple of heads {heads}"),
            ));
        }
        let d = embed_dim;
        let xavier = (6.0 / (d + 3 * d) as f32).sqrt();
        let out = init.sub("out_proj");
        Ok(MultiheadAttention {
            in_proj_weight: init.uniform("in_proj_weight", &[3 * d, d], xavier)?,
            in_proj_bias: init.constant(&[3 * d], 0.0)?,
            out_proj: Linear {
                weight: out.uniform("weight", &[d, d], 1.0 / (d as f32).sqrt())?,
                bias: Some(out.constant(&[d], 0.0)?),
            },
            heads,
            dropout: 0.0,
            training: Cell::new(true),
            key: init.key("dropout"),
            calls: Cell::new(0),
        })
    }

    /// Self-attention over `x: [B, T, D]`; `mask`, when given, is added to the scores
    /// (`[B, T, T]`, −inf where a query may not look: see
    /// [`crate::autograd::attention_mask`]).
    pub fn forward_masked(&self, x: &Var, mask: Option<&Tensor>) -> Result<Var> {
        let qkv = x.linear(&self.in_proj_weight, Some(&self.in_proj_bias))?;
        let dropout = (self.training.get() && self.dropout > 0.0).then(|| {
            let n = self.calls.get();
            self.calls.set(n.wrapping_add(1));
            (
                self.dropout,
                RngKey {
                    stream: n,
                    ..self.key
                },
            )
        });
        let heads = qkv.self_attention_with_dropout(self.heads, mask, dropout)?;
        self.out_proj.forward(&heads)
    }
}

impl Module for MultiheadAttention {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        v.parameter(&join(prefix, "in_proj_weight"), &self.in_proj_weight);
        v.parameter(&join(prefix, "in_proj_bias"), &self.in_proj_bias);
        self.out_proj.visit(&join(prefix, "out_proj"), v);
        v.mode(prefix, &self.training);
    }
}

impl Forward for MultiheadAttention {
    /// Unmasked self-attention.
    fn forward(&self, x: &Var) -> Result<Var> {
        self.forward_masked(x, None)
    }
}
