//! `wgtrain check` for the vq_ema family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::to_f64;

/// Bounds: the cluster sizes go through one K-term sum (the total); each code's input sum has at
/// most N terms; the codebook divides the two; the perplexity's entropy is a K-term sum of
/// logs (16 ulp each), whose absolute error becomes a relative error through exp.
pub(crate) fn check_vq_ema(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::vq_ema::{self, EmaState};
    let mut rows = vec![];
    for (t, &(n, k, d, zero_cluster)) in [
        (1, 1, 1, false),
        (7, 5, 3, true),
        (300, 64, 16, true),
        (1000, 257, 8, false),
    ]
    .iter()
    .enumerate()
    {
        let x = data(seed + t as u64, n * d, -1.0, 1.0);
        let idx: Vec<u32> = (0..n)
            .map(|i| ((i * 7 + t) % k.min(n.max(1) / 2 + 1).max(1)) as u32)
            .collect();
        let cluster0: Vec<f32> = if zero_cluster {
            vec![0.0; k]
        } else {
            data(seed + 10, k, 0.5, 2.0)
        };
        let w0 = data(seed + 20, k * d, -1.0, 1.0);
        let cb0 = data(seed + 30, k * d, -1.0, 1.0);
        let (c_t, w_t, cb_t) = (
            Tensor::from_f32(gpu, &cluster0, &[k])?,
            Tensor::from_f32(gpu, &w0, &[k, d])?,
            Tensor::from_f32(gpu, &cb0, &[k, d])?,
        );
        let ppl = vq_ema::ema_update(
            &Tensor::from_f32(gpu, &x, &[n, d])?,
            &Tensor::from_u32(gpu, &idx, &[n])?,
            &EmaState {
                cluster_size: &c_t,
                ema_w: &w_t,
                codebook: &cb_t,
            },
            0.99,
            1e-5,
        )?;
        let (mut c, mut w, mut cb) = (to_f64(&cluster0), to_f64(&w0), to_f64(&cb0));
        let rp = vq_ema::cpu::ema_update(&to_f64(&x), &idx, &mut c, &mut w, &mut cb, d, 0.99, 1e-5);
        // the same update on magnitudes: the scale of each output's rounding
        let (mut ca, mut wa, mut cba) = (to_f64(&cluster0), abs(&to_f64(&w0)), to_f64(&cb0));
        vq_ema::cpu::ema_update(
            &abs(&to_f64(&x)),
            &idx,
            &mut ca,
            &mut wa,
            &mut cba,
            d,
            0.99,
            1e-5,
        );
        let shape = format!(
            "x [{n},{d}], {k} codes{}",
            if zero_cluster { ", cold start" } else { "" }
        );
        rows.push(compare(
            "vq_ema/cluster_size",
            shape.clone(),
            &c_t.to_f32()?,
            &c,
            &abs_scale(&c),
            (k + 8) as f64 * U,
        ));
        rows.push(compare(
            "vq_ema/ema_w",
            shape.clone(),
            &w_t.to_f32()?,
            &w,
            &wa,
            (n + 4) as f64 * U,
        ));
        let cb_scale: Vec<f64> = wa.iter().enumerate().map(|(i, v)| v / c[i / d]).collect();
        rows.push(compare(
            "vq_ema/codebook",
            shape.clone(),
            &cb_t.to_f32()?,
            &cb,
            &cb_scale,
            (n + k + 12) as f64 * U,
        ));
        let h_abs: f64 = (0..k)
            .map(|kk| idx.iter().filter(|&&v| v as usize == kk).count() as f64 / n as f64)
            .map(|p| (p * (p + 1e-10).ln()).abs())
            .sum();
        rows.push(compare(
            "vq_ema/perplexity",
            shape,
            &ppl.to_f32()?,
            &[rp],
            &[rp * h_abs.max(1.0)],
            (k + 32) as f64 * U,
        ));
    }
    rows.push(params_layout::<crate::kernels::vq_ema::VqEmaParams>(
        "vq_ema",
        &crate::kernels::vq_ema::SHADER,
        "Params",
    )?);
    Ok(rows)
}
