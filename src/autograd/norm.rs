//! Normalisation layers with fused kernels. First order only (they say so when
//! `backward_with_graph` reaches them).

use super::{is_grad_enabled, Var};
use crate::error::{Error, Result};
use crate::kernels::elementwise::{binary, Binary};
use crate::kernels::layer_norm::{layer_norm_backward_input, layer_norm_forward};
use crate::kernels::reduce::{reduce_axis, Reduce};

impl Var {
    /// torch.nn.LayerNorm over the last axis: `(x − mean) / sqrt(var + eps) · weight + bias`,
    /// `weight` and `bias` of the last axis' size.
    pub fn layer_norm(&self, weight: &Var, bias: &Var, eps: f32) -> Result<Var> {
        let (y, saved) = layer_norm_forward(self.value(), weight.value(), bias.value(), eps)?;
        let d = weight.value().numel();
        Ok(Var::record(
            "layer_norm",
            y,
            &[self, weight, bias],
            move |_o, g, inp| {
                if is_grad_enabled() {
                    return Err(Error::invalid(
                        "layer_norm",
                        "second-order gradients are not supported through this op (use backward, not backward_with_graph)",
                    ));
                }
                let rows = g.value().numel() / d.max(1);
                let g2 = g.value().reshape(&[rows, d])?;
                let dx = inp[0]
                    .requires_grad()
                    .then(|| layer_norm_backward_input(g.value(), inp[1].value(), &saved))
                    .transpose()?;
                let dw = inp[1]
                    .requires_grad()
                    .then(|| -> Result<_> {
                        let gx = binary(&g2, &saved.xhat.reshape(&[rows, d])?, Binary::Mul)?;
                        Ok(reduce_axis(&gx, 0, Reduce::Sum)?.0)
                    })
                    .transpose()?;
                let db = inp[2]
                    .requires_grad()
                    .then(|| -> Result<_> { Ok(reduce_axis(&g2, 0, Reduce::Sum)?.0) })
                    .transpose()?;
                Ok(vec![
                    dx.map(Var::constant),
                    dw.map(Var::constant),
                    db.map(Var::constant),
                ])
            },
        ))
    }
}
