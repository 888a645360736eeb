//! The sampling loop's kernels (`shaders/sampling.wgsl`): an autoregressive model's input
//! windows cut from the token buffer, a multinomial draw over weights, and softmax with
//! temperature fused with the draw, which writes the token straight into the buffer, so a
//! generation loop reads back to the host once, at the end.

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};
use crate::kernels::random::RngKey;

/// The shader: `context_window`, `multinomial` and `sample_logits`.
pub static SHADER: Shader = Shader {
    name: "sampling",
    source: concat!(
        include_str!("../../../shaders/sampling.wgsl"),
        include_str!("../../../shaders/lib/threefry.wgsl")
    ),
};

super::shader_params! {
    /// The uniform block of `sampling.wgsl`.
    pub struct SamplingParams {
        /// Rows drawn, or rows of the token buffer (`context_window`).
        rows: u32,
        /// Categories per row (`multinomial`, `sample_logits`).
        cols: u32,
        /// The key's seed, low word.
        seed_lo: u32,
        /// The key's seed, high word.
        seed_hi: u32,
        /// The key's stream.
        stream: u32,
        /// Counter offset: row `r` uses counter `r + offset`.
        offset: u32,
        /// `sample_logits`: 1 / temperature.
        inv_temperature: f32,
        /// Row stride of the token buffer.
        tok_stride: u32,
        /// `sample_logits`: the column receiving the draw; `context_window`: tokens so far.
        tok_pos: u32,
        /// `context_window`: the window W.
        window: u32,
        /// `context_window`: the padding token.
        pad: u32,
        /// Padding.
        _pad: u32,
    }
}

impl SamplingParams {
    /// A block carrying `key`, the rest zero.
    fn keyed(key: RngKey) -> SamplingParams {
        let (seed_lo, seed_hi) = key.seed_words();
        SamplingParams {
            seed_lo,
            seed_hi,
            stream: key.stream,
            offset: key.offset,
            ..Default::default()
        }
    }
}

/// An autoregressive model's input windows at a sampling step: for each row of `tokens: [n, stride]` (u32),
/// its first `len` tokens right-padded with `pad` to `window` while `len < window`, else its
/// last `window` tokens. Returns u32 `[n, window]`.
pub fn context_window(tokens: &Tensor, len: usize, window: usize, pad: u32) -> Result<Tensor> {
    let op = "context_window";
    tokens.expect_dtype(DType::U32, op)?;
    let (n, stride) = match tokens.shape() {
        [n, s] if len <= *s && window > 0 => (*n, *s),
        s => {
            return Err(Error::shape(
                op,
                format!("tokens {s:?} with {len} tokens so far and window {window}"),
            ))
        }
    };
    let gpu = tokens.gpu();
    let out = gpu.empty(&[n, window], DType::U32, op)?;
    if n == 0 {
        return Ok(out);
    }
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "context_window",
            constants: &[],
            params: SamplingParams {
                rows: as_u32(op, "rows", n)?,
                tok_stride: as_u32(op, "stride", stride)?,
                tok_pos: as_u32(op, "len", len)?,
                window: as_u32(op, "window", window)?,
                pad,
                ..Default::default()
            }
            .words(),
            buffers: &[(4, tokens), (5, &out)],
            grid: grid_1d(groups_for(n * window, 256)),
        },
    )?;
    Ok(out)
}

/// One category per row of non-negative weights `[rows, cols]`; rows that sum to 0 give `cols`.
pub fn multinomial(weights: &Tensor, key: RngKey) -> Result<Tensor> {
    let op = "multinomial";
    weights.expect_dtype(DType::F32, op)?;
    let cols = *weights
        .shape()
        .last()
        .ok_or_else(|| Error::invalid(op, "0-d weights"))?;
    let rows = weights.numel() / cols.max(1);
    let gpu = weights.gpu();
    let out = gpu.empty(&[rows], DType::U32, op)?;
    if rows == 0 {
        return Ok(out);
    }
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "multinomial",
            constants: &[],
            params: SamplingParams {
                rows: as_u32(op, "rows", rows)?,
                cols: as_u32(op, "cols", cols)?,
                ..SamplingParams::keyed(key)
            }
            .words(),
            buffers: &[(1, weights), (2, &out)],
            grid: grid_1d(groups_for(rows, 64)),
        },
    )?;
    Ok(out)
}

/// Draw one token per row of `logits: [rows, cols]` from softmax(logits / temperature) and
/// write it into column `pos` of `tokens: [rows, stride]` (u32), on the GPU: nothing is read
/// back. Row `r` uses counter `key.offset + r`.
pub fn sample_logits(
    logits: &Tensor,
    temperature: f32,
    key: RngKey,
    tokens: &Tensor,
    pos: usize,
) -> Result<()> {
    let op = "sample_logits";
    logits.expect_dtype(DType::F32, op)?;
    tokens.expect_dtype(DType::U32, op)?;
    if !(temperature > 0.0 && temperature.is_finite()) {
        return Err(Error::invalid(
            op,
            format!("temperature {temperature} must be a positive number (e.g. 0.8 or 1.0)"),
        ));
    }
    let (rows, cols) = match logits.shape() {
        [r, c] if *c > 0 => (*r, *c),
        s => {
            return Err(Error::shape(
                op,
                format!("logits {s:?} are not [rows, classes]"),
            ))
        }
    };
    let stride = match tokens.shape() {
        [r, s] if *r == rows && pos < *s => *s,
        s => {
            return Err(Error::shape(
                op,
                format!("tokens {s:?} have no column {pos} for {rows} rows"),
            ))
        }
    };
    if rows == 0 {
        return Ok(());
    }
    let words = SamplingParams {
        rows: as_u32(op, "rows", rows)?,
        cols: as_u32(op, "cols", cols)?,
        inv_temperature: 1.0 / temperature,
        tok_stride: as_u32(op, "stride", stride)?,
        tok_pos: as_u32(op, "pos", pos)?,
        ..SamplingParams::keyed(key)
    };
    logits.gpu().dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "sample_logits",
            constants: &[],
            params: words.words(),
            buffers: &[(3, logits), (4, tokens)],
            grid: grid_1d(groups_for(rows, 64)),
        },
    )
}
