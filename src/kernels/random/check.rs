//! `wgtrain check` for the random family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::Gpu;
use crate::kernels::random;

pub(crate) fn check_random(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, n) in [1usize, 7, 1000, 65_537].into_iter().enumerate() {
        let key = random::RngKey {
            seed: seed ^ 0xDEAD_BEEF_1234,
            stream: k as u32,
            offset: 17 * k as u32,
        };
        let out = random::uniform(gpu, &[n], key, -2.0, 3.0)?.to_f32()?;
        let r = random::cpu::uniform(n, key, -2.0, 3.0);
        // low + (high - low) u rounds relative to its terms (≤ 3 in size), not to the result.
        rows.push(compare(
            "random/uniform",
            format!("[{n}]"),
            &out,
            &r,
            &vec![3.0; n],
            2.0 * U,
        ));
        let out = random::normal(gpu, &[n], key, 0.5, 2.0)?.to_f32()?;
        let r = random::cpu::normal(n, key, 0.5, 2.0);
        // log, sqrt, cos at 16 ulp each; cos near its zeros has absolute, not relative, error:
        // scale by the std (2.0) times the radius sqrt(-2 ln u1) ≤ 5.8.
        let s: Vec<f64> = r.iter().map(|_| 2.0 * 5.8).collect();
        rows.push(compare(
            "random/normal",
            format!("[{n}]"),
            &out,
            &r,
            &s,
            64.0 * U,
        ));
    }
    rows.push(params_layout::<crate::kernels::random::RandomParams>(
        "random",
        &crate::kernels::random::SHADER,
        "Params",
    )?);
    Ok(rows)
}
