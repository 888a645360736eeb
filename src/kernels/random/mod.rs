//! Counter-based random numbers (Threefry-2x32-20) keyed by (seed, stream, counter):
//! uniform, normal (Box-Muller) and multinomial (inverse CDF) draws. The CPU twin produces the
//! same bits.

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Gpu, Shader, Tensor};

/// The shader: `random_uniform`, `random_normal` and `dropout`.
pub static SHADER: Shader = Shader {
    name: "random",
    source: concat!(
        include_str!("../../../shaders/random.wgsl"),
        include_str!("../../../shaders/lib/threefry.wgsl")
    ),
};

super::shader_params! {
    /// The uniform block of `random.wgsl`.
    pub struct RandomParams {
        /// Elements.
        n: u32,
        /// The key's seed, low word.
        seed_lo: u32,
        /// The key's seed, high word.
        seed_hi: u32,
        /// The key's stream.
        stream: u32,
        /// The counter of the first element.
        offset: u32,
        /// uniform: low; normal: mean; dropout: p.
        a: f32,
        /// uniform: high; normal: standard deviation; dropout: 1 / (1 − p).
        b: f32,
        /// Padding.
        _pad: u32,
    }
}

/// Where a draw's numbers come from: element `i` uses counter `offset + i` on `stream`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RngKey {
    /// The key of the Threefry cipher.
    pub seed: u64,
    /// Second counter word, separating draws that share a seed.
    pub stream: u32,
    /// Counter of the draw's first element.
    pub offset: u32,
}

impl RngKey {
    /// The seed as the (low, high) words a shader's parameter block holds.
    pub(crate) fn seed_words(self) -> (u32, u32) {
        (self.seed as u32, (self.seed >> 32) as u32)
    }
}

fn params(key: RngKey, n: u32, a: f32, b: f32) -> RandomParams {
    let (seed_lo, seed_hi) = key.seed_words();
    RandomParams {
        n,
        seed_lo,
        seed_hi,
        stream: key.stream,
        offset: key.offset,
        a,
        b,
        _pad: 0,
    }
}

fn draw(
    gpu: &Gpu,
    shape: &[usize],
    key: RngKey,
    entry: &'static str,
    a: f32,
    b: f32,
) -> Result<Tensor> {
    let out = gpu.empty(shape, DType::F32, entry)?;
    let n = out.numel();
    if n == 0 {
        return Ok(out);
    }
    gpu.dispatch(
        entry,
        Dispatch {
            shader: &SHADER,
            entry,
            constants: &[],
            params: params(key, as_u32(entry, "n", n)?, a, b).words(),
            buffers: &[(2, &out)],
            grid: grid_1d(groups_for(n, 256)),
        },
    )?;
    Ok(out)
}

/// splitmix64: the host-side generator for shuffles, data subsets and synthetic corpora (the
/// GPU's draws are the counter-based Threefry above).
pub fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Uniform in `[low, high)`.
pub fn uniform(gpu: &Gpu, shape: &[usize], key: RngKey, low: f32, high: f32) -> Result<Tensor> {
    draw(gpu, shape, key, "random_uniform", low, high)
}

/// Normal with the given mean and standard deviation.
pub fn normal(gpu: &Gpu, shape: &[usize], key: RngKey, mean: f32, std: f32) -> Result<Tensor> {
    draw(gpu, shape, key, "random_normal", mean, std)
}

/// Dropout with probability `p`: kept elements scaled by 1 / (1 − p), the mask drawn from `key`
/// (element i uses counter `key.offset + i`). The same key on the gradient is the backward.
pub fn dropout(x: &Tensor, p: f32, key: RngKey) -> Result<Tensor> {
    let op = "dropout";
    x.expect_dtype(DType::F32, op)?;
    if !(0.0..1.0).contains(&p) {
        return Err(Error::invalid(
            op,
            format!("probability {p} must be in [0, 1)"),
        ));
    }
    let gpu = x.gpu();
    let out = gpu.empty(x.shape(), DType::F32, op)?;
    let n = x.numel();
    if n == 0 {
        return Ok(out);
    }
    gpu.dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "dropout",
            constants: &[],
            params: params(key, as_u32(op, "n", n)?, p, 1.0 / (1.0 - p)).words(),
            buffers: &[(2, &out), (6, x)],
            grid: grid_1d(groups_for(n, 256)),
        },
    )?;
    Ok(out)
}
