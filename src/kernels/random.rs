//! Counter-based random numbers (Threefry-2x32-20) keyed by (seed, stream, counter):
//! uniform, normal (Box-Muller) and multinomial (inverse CDF) draws. The CPU twin produces the
//! same bits.

use super::{as_u32, f};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Gpu, Shader, Tensor};

/// The shader: `random_uniform`, `random_normal`, `multinomial`, `sample_logits` and `dropout`.
pub static SHADER: Shader = Shader {
    name: "random",
    source: concat!(
        include_str!("../../shaders/random.wgsl"),
        include_str!("../../shaders/lib/threefry.wgsl")
    ),
};

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

fn params(key: RngKey, n: u32, cols: u32, a: f32, b: f32) -> [u32; 10] {
    [
        n,
        key.seed as u32,
        (key.seed >> 32) as u32,
        key.stream,
        key.offset,
        cols,
        f(a),
        f(b),
        0,
        0,
    ]
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
            params: &params(key, as_u32(entry, "n", n)?, 0, a, b),
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
            params: &params(
                key,
                as_u32(op, "rows", rows)?,
                as_u32(op, "cols", cols)?,
                0.0,
                0.0,
            ),
            buffers: &[(1, weights), (3, &out)],
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
    let mut words = params(
        key,
        as_u32(op, "rows", rows)?,
        as_u32(op, "cols", cols)?,
        1.0 / temperature,
        0.0,
    );
    words[8] = as_u32(op, "stride", stride)?;
    words[9] = as_u32(op, "pos", pos)?;
    logits.gpu().dispatch(
        op,
        Dispatch {
            shader: &SHADER,
            entry: "sample_logits",
            constants: &[],
            params: &words,
            buffers: &[(4, logits), (5, tokens)],
            grid: grid_1d(groups_for(rows, 64)),
        },
    )
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
            params: &params(key, as_u32(op, "n", n)?, 0, p, 1.0 / (1.0 - p)),
            buffers: &[(2, &out), (6, x)],
            grid: grid_1d(groups_for(n, 256)),
        },
    )?;
    Ok(out)
}

/// Reference twins in f64, drawn from the same Threefry bits as the shader.
pub mod cpu {
    use super::RngKey;

    /// Threefry-2x32 with 20 rounds: the two output words for counter `(c0, c1)` under key `seed`.
    pub fn threefry2x32(seed: u64, c0: u32, c1: u32) -> (u32, u32) {
        const ROT: [u32; 8] = [13, 15, 26, 6, 17, 29, 16, 24];
        let k0 = seed as u32;
        let k1 = (seed >> 32) as u32;
        let ks = [k0, k1, 0x1BD1_1BDA ^ k0 ^ k1];
        let mut x0 = c0.wrapping_add(k0);
        let mut x1 = c1.wrapping_add(k1);
        for i in 0..5u32 {
            for j in 0..4 {
                x0 = x0.wrapping_add(x1);
                x1 = x1.rotate_left(ROT[(i as usize % 2) * 4 + j]);
                x1 ^= x0;
            }
            x0 = x0.wrapping_add(ks[(i as usize + 1) % 3]);
            x1 = x1
                .wrapping_add(ks[(i as usize + 2) % 3])
                .wrapping_add(i + 1);
        }
        (x0, x1)
    }

    /// The top 24 bits of `x` as a uniform in `[0, 1)`.
    pub fn unit(x: u32) -> f64 {
        (x >> 8) as f64 / 16_777_216.0
    }

    /// Twin of [`super::uniform`] for `n` elements.
    pub fn uniform(n: usize, key: RngKey, low: f64, high: f64) -> Vec<f64> {
        (0..n)
            .map(|i| {
                let (x, _) =
                    threefry2x32(key.seed, (i as u32).wrapping_add(key.offset), key.stream);
                low + (high - low) * unit(x)
            })
            .collect()
    }

    /// Twin of [`super::normal`] for `n` elements (Box-Muller, cosine branch).
    pub fn normal(n: usize, key: RngKey, mean: f64, std: f64) -> Vec<f64> {
        (0..n)
            .map(|i| {
                let (x, y) =
                    threefry2x32(key.seed, (i as u32).wrapping_add(key.offset), key.stream);
                let u1 = ((x >> 8) as f64 + 1.0) / 16_777_216.0;
                let z = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * unit(y)).cos();
                mean + std * z
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
                let (x, _) =
                    threefry2x32(key.seed, (row as u32).wrapping_add(key.offset), key.stream);
                (w.iter().map(|v| v / total).collect(), unit(x))
            })
            .collect()
    }

    /// Twin of [`super::dropout`]: the same uniforms, kept elements scaled by 1 / (1 − p).
    pub fn dropout(x: &[f64], p: f64, key: RngKey) -> Vec<f64> {
        x.iter()
            .enumerate()
            .map(|(i, v)| {
                let (r, _) =
                    threefry2x32(key.seed, (i as u32).wrapping_add(key.offset), key.stream);
                if unit(r) >= p {
                    v / (1.0 - p)
                } else {
                    0.0
                }
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
                let (x, _) =
                    threefry2x32(key.seed, (row as u32).wrapping_add(key.offset), key.stream);
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
}
