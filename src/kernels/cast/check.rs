//! `wgtrain check --kernel cast`: both casts bit for bit against the host's conversions, on
//! every f16 value, on the rounding's hard cases (halfway points, overflow, subnormals, NaN,
//! signed zero) and on random data at awkward lengths (odd: a half-used last word).

use super::{cast, cpu, CastParams, SHADER};
use crate::check::{data, CheckRow};
use crate::error::Result;
use crate::gpu::{DType, Gpu, Tensor};

/// f32 values whose rounding to f16 is delicate.
fn hard_cases() -> Vec<f32> {
    let mut v = vec![
        0.0,
        -0.0,
        1.0,
        65504.0,
        65519.99,
        65520.0,
        1e6,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        6.097_555e-5,
        2f32.powi(-24),
        2f32.powi(-25),
        1.5 * 2f32.powi(-25),
        2f32.powi(-26),
        f32::from_bits(1),
        f32::MIN_POSITIVE,
    ];
    // every halfway point between neighbouring f16 of one binade and one of the subnormals,
    // and the floats either side of it
    for h in (0x3c00u16..0x3c40)
        .chain(0x0001..0x0040)
        .chain(0x7bc0..0x7bff)
    {
        let (lo, hi) = (
            crate::gpu::half::f16_bits_to_f32(h) as f64,
            crate::gpu::half::f16_bits_to_f32(h + 1) as f64,
        );
        let mid = ((lo + hi) / 2.0) as f32;
        v.extend([
            mid,
            -mid,
            f32::from_bits(mid.to_bits() + 1),
            f32::from_bits(mid.to_bits() - 1),
        ]);
    }
    v
}

/// Rows for `wgtrain check`.
pub fn check_cast(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    let mut cases: Vec<(String, Vec<f32>)> = vec![("hard cases".into(), hard_cases())];
    for (k, n) in [1usize, 2, 3, 255, 256, 257, 10_001]
        .into_iter()
        .enumerate()
    {
        // values around f16's range: some overflow, some subnormal
        let x: Vec<f32> = data(seed + k as u64, n, -1.0, 1.0)
            .into_iter()
            .enumerate()
            .map(|(i, v)| v * 10f32.powi((i % 13) as i32 - 7))
            .collect();
        cases.push((format!("[{n}] random"), x));
    }
    for (label, x) in cases {
        let t = Tensor::from_f32(gpu, &x, &[x.len()])?;
        let h = cast(&t, DType::F16)?;
        let got = h.to_f16_bits()?;
        let want = cpu::f32_to_f16(&x);
        rows.push(CheckRow::exact("cast/f32_to_f16", label, got == want));
    }
    // every f16 bit pattern back to f32 (NaNs compared as bits: the cast keeps the payload)
    let all: Vec<u16> = (0..=u16::MAX).collect();
    let h = gpu.upload(&all, &[all.len()], DType::F16)?;
    let back = cast(&h, DType::F32)?.to_f32()?;
    let want = cpu::f16_to_f32(&all);
    let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    rows.push(CheckRow::exact(
        "cast/f16_to_f32",
        "every f16 value".into(),
        bits(&back) == bits(&want),
    ));
    // an odd count: the last word's upper half is not a value
    let h = gpu.upload(&all[..3], &[3], DType::F16)?;
    let back = cast(&h, DType::F32)?.to_f32()?;
    rows.push(CheckRow::exact(
        "cast/f16_to_f32",
        "[3]".into(),
        bits(&back) == bits(&want[..3]),
    ));
    rows.push(crate::check::params_layout::<CastParams>(
        "cast",
        &SHADER,
        "CastParams",
    )?);
    Ok(rows)
}
