//! What the LSTM and GRU layers share: their weights' shapes, the parameter block both
//! shaders declare, the launch of a step kernel, and the time shift that turns every step's
//! recurrent input into one matmul operand.

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Gpu, Shader, Tensor};

super::shader_params! {
    /// The uniform block of `lstm.wgsl` and `gru.wgsl`.
    pub struct RecurrentParams {
        /// Sequences.
        batch: u32,
        /// Steps T.
        steps: u32,
        /// Hidden size H.
        hidden: u32,
        /// This step.
        t: u32,
    }
}

/// The parameters of one recurrent layer, PyTorch's names and shapes, for G gates (the LSTM's
/// 4: rows i, f, g, o; the GRU's 3: rows r, z, n).
pub struct RecurrentWeights<'a> {
    /// `[G·H, I]`
    pub w_ih: &'a Tensor,
    /// `[G·H, H]`
    pub w_hh: &'a Tensor,
    /// `[G·H]`
    pub b_ih: &'a Tensor,
    /// `[G·H]`
    pub b_hh: &'a Tensor,
}

impl<'a> RecurrentWeights<'a> {
    /// From the four parameters in PyTorch's order (w_ih, w_hh, b_ih, b_hh).
    pub fn of(p: [&'a Tensor; 4]) -> Self {
        let [w_ih, w_hh, b_ih, b_hh] = p;
        RecurrentWeights {
            w_ih,
            w_hh,
            b_ih,
            b_hh,
        }
    }
}

impl RecurrentWeights<'_> {
    /// (batch, steps, input, hidden) of a recurrent layer with `gates` gates (LSTM 4, GRU 3), after
    /// checking every shape against `x: [B, T, I]`.
    pub(crate) fn dims(
        &self,
        op: &str,
        x: &Tensor,
        gates: usize,
    ) -> Result<(usize, usize, usize, usize)> {
        let (w_ih, w_hh, b_ih, b_hh) = (self.w_ih, self.w_hh, self.b_ih, self.b_hh);
        let (b, t, i) = match x.shape() {
            [b, t, i] => (*b, *t, *i),
            s => {
                return Err(Error::shape(
                    op,
                    format!("input {s:?} is not [batch, steps, features]"),
                ))
            }
        };
        let h = w_ih.shape().first().copied().unwrap_or(0) / gates;
        let g = gates * h;
        if h == 0
            || w_ih.shape() != [g, i]
            || w_hh.shape() != [g, h]
            || b_ih.shape() != [g]
            || b_hh.shape() != [g]
        {
            return Err(Error::shape(
                op,
                format!(
                    "input {:?} with weight_ih {:?}, weight_hh {:?}, bias_ih {:?}, bias_hh {:?} \
                 (want [{gates}H, {i}], [{gates}H, H], [{gates}H], [{gates}H])",
                    x.shape(),
                    w_ih.shape(),
                    w_hh.shape(),
                    b_ih.shape(),
                    b_hh.shape()
                ),
            ));
        }
        Ok((b, t, i, h))
    }
}

/// One launch of a recurrent-layer kernel (LSTM or GRU shader): parameters (batch, steps,
/// hidden, t), one invocation per `threads`.
pub(crate) fn recurrent_dispatch(
    gpu: &Gpu,
    shader: &'static Shader,
    op: &'static str,
    entry: &'static str,
    dims: [usize; 4],
    buffers: &[(u32, &Tensor)],
    threads: usize,
) -> Result<()> {
    gpu.dispatch(
        op,
        Dispatch {
            shader,
            entry,
            constants: &[],
            params: RecurrentParams {
                batch: as_u32(op, "batch", dims[0])?,
                steps: as_u32(op, "steps", dims[1])?,
                hidden: as_u32(op, "hidden", dims[2])?,
                t: as_u32(op, "t", dims[3])?,
            }
            .words(),
            buffers,
            grid: grid_1d(groups_for(threads, 256)),
        },
    )
}

/// `h_prev[b, t] = h[b, t − 1]`, zero at t = 0, for `h: [B, T, H]`: every step's recurrent
/// input, so that the recurrent weight's gradient is one matmul over all steps (LSTM and GRU).
pub fn shift_time(h: &Tensor) -> Result<Tensor> {
    let op = "shift_time";
    let (b, t, hd) = match h.shape() {
        [b, t, hd] => (*b, *t, *hd),
        s => {
            return Err(Error::shape(
                op,
                format!("{s:?} is not [batch, steps, hidden]"),
            ))
        }
    };
    let gpu = h.gpu();
    let out = gpu.empty(&[b, t, hd], DType::F32, op)?;
    if out.numel() > 0 {
        recurrent_dispatch(
            gpu,
            &super::lstm::SHADER,
            op,
            "shift_time",
            [b, t, hd, 0],
            &[(14, h), (15, &out)],
            b * t * hd,
        )?;
    }
    Ok(out)
}
