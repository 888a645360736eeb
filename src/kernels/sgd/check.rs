//! `wgtrain check --kernel sgd`: three steps of each form against the twin, and the Rust
//! parameter block against the WGSL one.

use super::{cpu, sgd_step, SgdHyper, SgdParams, SHADER};
use crate::check::{compare, data, CheckRow, U};
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::elementwise::fill;
use crate::kernels::to_f64;

/// The forms checked: plain, weight decay, momentum with dampening, Nesterov.
fn forms() -> [(&'static str, SgdHyper); 4] {
    let base = SgdHyper {
        lr: 0.05,
        ..SgdHyper::default()
    };
    [
        ("plain", base),
        (
            "weight decay",
            SgdHyper {
                weight_decay: 0.1,
                ..base
            },
        ),
        (
            "momentum",
            SgdHyper {
                momentum: 0.9,
                dampening: 0.3,
                ..base
            },
        ),
        (
            "nesterov",
            SgdHyper {
                momentum: 0.9,
                nesterov: true,
                weight_decay: 0.01,
                ..base
            },
        ),
    ]
}

/// Rows for `wgtrain check`.
pub fn rows(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, n) in [1usize, 7, 256, 257, 10_001].into_iter().enumerate() {
        for (f, (label, h)) in forms().into_iter().enumerate() {
            let s0 = seed + 100 * k as u64 + 10 * f as u64;
            let p0 = data(s0, n, -1.0, 1.0);
            let p = Tensor::from_f32(gpu, &p0, &[n])?;
            let buf = fill(gpu, &[n], 0.0)?;
            let (mut pr, mut br) = (to_f64(&p0), None);
            for t in 0..3u64 {
                let g = data(s0 + 1 + t, n, -1.0, 1.0);
                sgd_step(&p, &Tensor::from_f32(gpu, &g, &[n])?, Some(&buf), h, t == 0)?;
                cpu::sgd_step(&mut pr, &to_f64(&g), &mut br, h);
            }
            // Per step: the decayed gradient (2 roundings of |g| + wd|p| ≤ 1.1), the buffer
            // (≤ 3 roundings of a value ≤ 1/(1 − momentum) · 1.1 = 11), the Nesterov sum, the
            // product with lr and the subtraction. Scale: |p| + lr · 11 · 3; 3 steps x 6 ulp.
            let scale: Vec<f64> = pr.iter().map(|v| v.abs() + h.lr * 33.0).collect();
            rows.push(compare(
                "sgd",
                format!("[{n}] x3 steps {label}"),
                &p.to_f32()?,
                &pr,
                &scale,
                18.0 * U,
            ));
        }
    }
    rows.push(crate::check::params_layout::<SgdParams>(
        "sgd", &SHADER, "Params",
    )?);
    Ok(rows)
}
