//! `wgtrain check` for the random family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
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

pub(crate) fn check_multinomial(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for (k, &(r, c)) in [(1, 1), (3, 7), (64, 4096), (100, 5)].iter().enumerate() {
        let mut w = data(seed + k as u64, r * c, 0.0, 1.0);
        if c > 2 {
            w[1] = 0.0; // zero-weight categories must never be drawn
        }
        let key = random::RngKey {
            seed: seed + 3,
            stream: 2,
            offset: 0,
        };
        let out = random::multinomial(&Tensor::from_f32(gpu, &w, &[r, c])?, key)?.to_u32()?;
        let rf = random::cpu::multinomial(&w, c, key);
        let o: Vec<f32> = out.iter().map(|&v| v as f32).collect();
        let rd: Vec<f64> = rf.iter().map(|&v| v as f64).collect();
        // Same f32 arithmetic in the same order: the picks must agree exactly.
        rows.push(compare(
            "multinomial",
            format!("[{r},{c}]"),
            &o,
            &rd,
            &vec![1.0; r],
            0.0,
        ));
    }
    Ok(rows)
}

/// softmax(l / T) + multinomial in one pass. The pick must be a category whose CDF interval,
/// computed in f64, contains the row's uniform, up to the f32 error of the running sum:
/// (cols + 16)·u of the total (16 ulp per exp). Most picks must match the f64 inverse CDF.
pub(crate) fn check_sample_logits(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    use crate::kernels::random::{self, RngKey};
    let mut rows = vec![];
    for (k, &(r, c, temp)) in [
        (1, 1, 1.0),
        (7, 3, 0.8),
        (64, 4096, 0.8),
        (300, 10, 2.0),
        (33, 257, 0.05),
    ]
    .iter()
    .enumerate()
    {
        let l = data(seed + 1100 + k as u64, r * c, -6.0, 6.0);
        let key = RngKey {
            seed: seed + 77,
            stream: 3,
            offset: 11 * k as u32,
        };
        let lt = Tensor::from_f32(gpu, &l, &[r, c])?;
        let tokens = Tensor::from_u32(gpu, &vec![u32::MAX; r * 3], &[r, 3])?;
        random::sample_logits(&lt, temp, key, &tokens, 1)?;
        let got = tokens.to_u32()?;
        let reference = random::cpu::sample_logits_reference(&l, c, temp as f64, key);
        let tol = (c + 16) as f64 * U;
        let (mut ok, mut worst, mut differ) = (true, 0.0f64, 0usize);
        for (row, (p, u)) in reference.iter().enumerate() {
            // untouched neighbours prove the write went to column 1 only
            ok &= got[row * 3] == u32::MAX && got[row * 3 + 2] == u32::MAX;
            let pick = got[row * 3 + 1] as usize;
            if pick >= c {
                ok = false;
                continue;
            }
            let lo: f64 = p[..pick].iter().sum();
            let hi = lo + p[pick];
            let miss = (lo - u).max(u - hi).max(0.0);
            worst = worst.max(miss / tol);
            let mut cum = 0.0;
            let exact = p.iter().position(|v| {
                cum += v;
                *u < cum
            });
            differ += (exact != Some(pick)) as usize;
        }
        rows.push(CheckRow {
            kernel: "sample_logits".into(),
            shape: format!("[{r},{c}] T={temp}"),
            max_abs_err: 0.0,
            rel_err: differ as f64 / r as f64,
            scaled_err: if ok { worst } else { f64::INFINITY },
            bound: 1.0,
            pass: ok && worst <= 1.0,
        });
    }
    Ok(rows)
}
