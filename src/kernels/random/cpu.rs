//! Reference twins in f64, drawn from the same Threefry bits as the shader.

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
            let (x, _) = threefry2x32(key.seed, (i as u32).wrapping_add(key.offset), key.stream);
            low + (high - low) * unit(x)
        })
        .collect()
}

/// Twin of [`super::normal`] for `n` elements (Box-Muller, cosine branch).
pub fn normal(n: usize, key: RngKey, mean: f64, std: f64) -> Vec<f64> {
    (0..n)
        .map(|i| {
            let (x, y) = threefry2x32(key.seed, (i as u32).wrapping_add(key.offset), key.stream);
            let u1 = ((x >> 8) as f64 + 1.0) / 16_777_216.0;
            let z = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * unit(y)).cos();
            mean + std * z
        })
        .collect()
}

/// Twin of [`super::dropout`]: the same uniforms, kept elements scaled by 1 / (1 − p).
pub fn dropout(x: &[f64], p: f64, key: RngKey) -> Vec<f64> {
    x.iter()
        .enumerate()
        .map(|(i, v)| {
            let (r, _) = threefry2x32(key.seed, (i as u32).wrapping_add(key.offset), key.stream);
            if unit(r) >= p {
                v / (1.0 - p)
            } else {
                0.0
            }
        })
        .collect()
}
