//! Normalisation layers. LayerNorm has fused kernels and is first order only (it says so when
//! `backward_with_graph` reaches it); BatchNorm is composed of differentiable ops (per-channel
//! sums and broadcasts), so it is twice differentiable.

use super::sequence::first_order_only;
use crate::autograd::{no_grad, Var};
use crate::error::{Error, Result};
use crate::gpu::Tensor;
use crate::kernels::elementwise::{binary, Binary, Broadcast};
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
                first_order_only("layer_norm")?;
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

    /// torch.nn.BatchNorm1d/2d over `self: [N, C, ...]` (channels on axis 1). Training: the
    /// batch's per-channel mean and biased variance normalise, and the running statistics move
    /// by `momentum` towards the mean and the *unbiased* variance, as PyTorch does. Evaluation:
    /// the running statistics normalise and nothing changes. In data-parallel training the
    /// statistics are the global batch's (SyncBatchNorm: the per-channel sums are summed over
    /// the ranks, differentiably), so every rank normalises as one process would.
    #[allow(clippy::too_many_arguments)]
    pub fn batch_norm(
        &self,
        weight: &Var,
        bias: &Var,
        running_mean: &Tensor,
        running_var: &Tensor,
        momentum: f32,
        eps: f32,
        train: bool,
    ) -> Result<Var> {
        let shape = self.shape().to_vec();
        let c = shape.get(1).copied().unwrap_or(0);
        if shape.len() < 2
            || weight.shape() != [c]
            || bias.shape() != [c]
            || running_mean.shape() != [c]
            || running_var.shape() != [c]
        {
            return Err(Error::shape(
                "batch_norm",
                format!(
                    "input {shape:?} with weight {:?}, bias {:?}, running stats {:?} / {:?} (want [N, C, ...] and [C] each)",
                    weight.shape(),
                    bias.shape(),
                    running_mean.shape(),
                    running_var.shape()
                ),
            ));
        }
        let inner: usize = shape[2..].iter().product();
        let count = self.value().numel() / c.max(1);
        let bc = Broadcast { len: c, inner };
        let spread = |v: &Var| v.broadcast_to(bc, &shape);
        let (mean, var) = if train {
            // the values per channel over every rank's part (one process: `count`)
            let world = crate::dist::world();
            let count = if world.size() > 1 {
                let mut n = [count as f64];
                world.sum_f64(&mut n)?;
                n[0] as usize
            } else {
                count
            };
            if count < 2 {
                return Err(Error::invalid(
                    "batch_norm",
                    format!("training needs more than one value per channel, got {count} (input {shape:?})"),
                ));
            }
            let mean = self
                .sum_to_broadcast(bc, &[c])?
                .sum_over_ranks()?
                .mul_scalar(1.0 / count as f32)?;
            let centred = self.sub(&spread(&mean)?)?;
            let var = centred
                .square()?
                .sum_to_broadcast(bc, &[c])?
                .sum_over_ranks()?
                .mul_scalar(1.0 / count as f32)?;
            no_grad(|| -> Result<()> {
                let gpu = running_mean.gpu();
                let m = momentum;
                let rm = Var::constant(running_mean.clone())
                    .mul_scalar(1.0 - m)?
                    .add(&mean.detach().mul_scalar(m)?)?;
                let unbiased = count as f32 / (count - 1) as f32;
                let rv = Var::constant(running_var.clone())
                    .mul_scalar(1.0 - m)?
                    .add(&var.detach().mul_scalar(m * unbiased)?)?;
                gpu.copy_region(rm.value(), 0, running_mean, 0, c)?;
                gpu.copy_region(rv.value(), 0, running_var, 0, c)
            })?;
            (mean, var)
        } else {
            (
                Var::constant(running_mean.clone()),
                Var::constant(running_var.clone()),
            )
        };
        let rstd = var.add_scalar(eps)?.sqrt()?;
        let xhat = self.sub(&spread(&mean)?)?.div(&spread(&rstd)?)?;
        xhat.mul(&spread(weight)?)?.add(&spread(bias)?)
    }
}

/// f64 references of the normalisation layers.
pub mod cpu {
    /// f64 reference of [`crate::autograd::Var::batch_norm`] in training mode: (output, new running mean,
    /// new running variance) for `x: [n, c, inner]`.
    #[allow(clippy::too_many_arguments, clippy::type_complexity)]
    pub fn batch_norm_train(
        x: &[f64],
        weight: &[f64],
        bias: &[f64],
        running_mean: &[f64],
        running_var: &[f64],
        n: usize,
        inner: usize,
        momentum: f64,
        eps: f64,
    ) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
        let c = weight.len();
        let count = (n * inner) as f64;
        let at = |b: usize, ch: usize, i: usize| x[(b * c + ch) * inner + i];
        let mut y = vec![0.0; x.len()];
        let (mut rm, mut rv) = (running_mean.to_vec(), running_var.to_vec());
        for ch in 0..c {
            let vals: Vec<f64> = (0..n)
                .flat_map(|b| (0..inner).map(move |i| (b, i)))
                .map(|(b, i)| at(b, ch, i))
                .collect();
            let mean = vals.iter().sum::<f64>() / count;
            let var = vals.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / count;
            rm[ch] = (1.0 - momentum) * rm[ch] + momentum * mean;
            rv[ch] = (1.0 - momentum) * rv[ch] + momentum * var * count / (count - 1.0);
            for b in 0..n {
                for i in 0..inner {
                    y[(b * c + ch) * inner + i] =
                        (at(b, ch, i) - mean) / (var + eps).sqrt() * weight[ch] + bias[ch];
                }
            }
        }
        (y, rm, rv)
    }
}
