//! `wgtrain check` for the adam family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::adam::{self, AdamHyper};
use crate::kernels::elementwise::{self as ew};
use crate::kernels::to_f64;

pub(crate) fn check_adam(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    // Adam, Adam with its L2 weight decay, AdamW's decoupled decay.
    let kinds = [("", 0.0, false), (" l2", 0.1, false), (" adamw", 0.1, true)];
    for (k, n) in [1usize, 4, 7, 257, 1028, 10_000].into_iter().enumerate() {
        let (label, weight_decay, decoupled) = kinds[k % kinds.len()];
        let h = AdamHyper {
            lr: 1e-2,
            weight_decay,
            decoupled,
            ..AdamHyper::default()
        };
        let p0 = data(seed + k as u64, n, -1.0, 1.0);
        let p = Tensor::from_f32(gpu, &p0, &[n])?;
        let m = ew::fill(gpu, &[n], 0.0)?;
        let v = ew::fill(gpu, &[n], 0.0)?;
        let (mut pr, mut mr, mut vr) = (to_f64(&p0), vec![0.0; n], vec![0.0; n]);
        for t in 1..=3u64 {
            let g = data(seed + 10 * t + k as u64, n, -1.0, 1.0);
            adam::adam_step(&p, &Tensor::from_f32(gpu, &g, &[n])?, &m, &v, h, t)?;
            adam::cpu::adam_step(&mut pr, &to_f64(&g), &mut mr, &mut vr, h, t);
        }
        let out = p.to_f32()?;
        // Each step changes p by at most ~lr; its own rounding is a few ulp of lr on top of
        // the ulp of p: scale by |p| + lr, 3 steps x 8 ulp. Weight decay adds two roundings a
        // step (the f32 decay factor or L2 term, and its product with p): 3 x 10 ulp.
        let s: Vec<f64> = pr.iter().map(|v| v.abs() + h.lr).collect();
        let ulps = if weight_decay == 0.0 { 24.0 } else { 30.0 };
        rows.push(compare(
            "adam",
            format!(
                "[{n}] x3 steps{label} ({})",
                if n.is_multiple_of(4) {
                    "adam_step_vec4"
                } else {
                    "adam_step"
                }
            ),
            &out,
            &pr,
            &s,
            ulps * U,
        ));
    }
    rows.push(params_layout::<crate::kernels::adam::AdamParams>(
        "adam",
        &crate::kernels::adam::SHADER,
        "Params",
    )?);
    Ok(rows)
}
