//! Finite-difference checks of backward rules.
//!
//! The analytic gradient comes from our autograd on the GPU (f32). The numeric one comes from
//! central differences of the op's CPU twin in f64, so it is accurate to ~1e-9 and the
//! comparison measures only the GPU's f32 error. The checked scalar is `L = Σ w ⊙ op(x)` with
//! fixed random weights `w`, so every output element matters.

use super::{backward, backward_with_graph, Var};
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};

/// Deterministic test data (xorshift), in `[lo, hi)`, rounded to f32 so the GPU and the CPU
/// twin evaluate at exactly the same point.
pub fn test_data(seed: u64, n: usize, lo: f64, hi: f64) -> Vec<f64> {
    let mut s = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            let u = (s >> 11) as f64 / (1u64 << 53) as f64;
            (lo + (hi - lo) * u) as f32 as f64
        })
        .collect()
}

/// `|analytic - numeric| <= atol + rtol * |numeric|` for every element.
#[derive(Clone, Copy, Debug)]
pub struct Tolerance {
    /// Absolute allowance.
    pub atol: f64,
    /// Allowance relative to the numeric derivative.
    pub rtol: f64,
}

/// Bound for first-order rules evaluated in f32: a few ulps (6e-8) per op, accumulated over
/// sums of at most ~100 terms in our test shapes, stays under 1e-5 relative; the f64 central
/// difference (h = 1e-6) adds ~1e-9.
pub const FIRST_ORDER: Tolerance = Tolerance {
    atol: 2e-5,
    rtol: 1e-4,
};

/// Bound for second-order checks: the nested f64 differences (h = 1e-4 twice) are accurate to
/// ~1e-7, and the GPU path chains about twice as many f32 ops.
pub const SECOND_ORDER: Tolerance = Tolerance {
    atol: 1e-4,
    rtol: 5e-4,
};

/// What a gradient check found.
#[derive(Debug)]
pub struct Report {
    /// Largest absolute difference between analytic and numeric derivatives.
    pub max_abs_err: f64,
    /// Largest difference relative to the numeric derivative.
    pub max_rel_err: f64,
    /// The first few entries outside the tolerance, labelled.
    pub failures: Vec<String>,
}

impl Report {
    /// Whether every entry was within the tolerance.
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

fn compare(analytic: &[f32], numeric: &[f64], tol: Tolerance, label: &str, report: &mut Report) {
    for (j, (&a, &n)) in analytic.iter().zip(numeric).enumerate() {
        let err = (a as f64 - n).abs();
        report.max_abs_err = report.max_abs_err.max(err);
        report.max_rel_err = report.max_rel_err.max(err / n.abs().max(1e-12));
        let within = err <= tol.atol + tol.rtol * n.abs(); // false for NaN too
        if !within && report.failures.len() < 8 {
            report
                .failures
                .push(format!("{label}[{j}]: analytic {a} vs numeric {n}"));
        }
    }
}

/// Weighted-sum loss on the CPU twin.
fn weighted(out: &[f64], w: &[f64]) -> f64 {
    out.iter().zip(w).map(|(a, b)| a * b).sum()
}

/// Check the first derivative of `gpu_op` against central differences of `cpu_op`.
pub fn check_first_order(
    gpu: &Gpu,
    inputs: &[(Vec<usize>, Vec<f64>)],
    gpu_op: impl Fn(&[Var]) -> Result<Var>,
    cpu_op: impl Fn(&[Vec<f64>]) -> Vec<f64>,
    tol: Tolerance,
) -> Result<Report> {
    let xs: Vec<Vec<f64>> = inputs.iter().map(|(_, d)| d.clone()).collect();
    let out_len = cpu_op(&xs).len();
    let w = test_data(7, out_len, -1.0, 1.0);

    let vars = upload_params(gpu, inputs)?;
    let out = gpu_op(&vars)?;
    let wv = Var::constant(Tensor::from_f32(gpu, &to_f32(&w), out.shape())?);
    let loss = out.mul(&wv)?.sum()?;
    let refs: Vec<&Var> = vars.iter().collect();
    let grads = backward(&loss, &refs)?;

    let h = 1e-6;
    let mut report = Report {
        max_abs_err: 0.0,
        max_rel_err: 0.0,
        failures: vec![],
    };
    for (i, grad) in grads.iter().enumerate() {
        let numeric: Vec<f64> = (0..xs[i].len())
            .map(|j| {
                let mut p = xs.clone();
                p[i][j] += h;
                let up = weighted(&cpu_op(&p), &w);
                p[i][j] -= 2.0 * h;
                let down = weighted(&cpu_op(&p), &w);
                (up - down) / (2.0 * h)
            })
            .collect();
        let analytic = match grad {
            Some(g) => g.value().to_f32()?,
            None => vec![0.0; xs[i].len()],
        };
        compare(&analytic, &numeric, tol, &format!("d/dx{i}"), &mut report);
    }
    Ok(report)
}

/// Check that the backward rule is itself differentiable: the gradient of
/// `S = Σ v ⊙ ∂L/∂x` (L as in [`check_first_order`]) against nested central differences.
pub fn check_second_order(
    gpu: &Gpu,
    inputs: &[(Vec<usize>, Vec<f64>)],
    gpu_op: impl Fn(&[Var]) -> Result<Var>,
    cpu_op: impl Fn(&[Vec<f64>]) -> Vec<f64>,
    tol: Tolerance,
) -> Result<Report> {
    let xs: Vec<Vec<f64>> = inputs.iter().map(|(_, d)| d.clone()).collect();
    let out_len = cpu_op(&xs).len();
    let w = test_data(7, out_len, -1.0, 1.0);
    let vs: Vec<Vec<f64>> = xs
        .iter()
        .enumerate()
        .map(|(i, x)| test_data(11 + i as u64, x.len(), -1.0, 1.0))
        .collect();

    let vars = upload_params(gpu, inputs)?;
    let out = gpu_op(&vars)?;
    let wv = Var::constant(Tensor::from_f32(gpu, &to_f32(&w), out.shape())?);
    let loss = out.mul(&wv)?.sum()?;
    let refs: Vec<&Var> = vars.iter().collect();
    let grads = backward_with_graph(&loss, &refs)?;
    let mut s: Option<Var> = None;
    for (i, g) in grads.iter().enumerate() {
        let Some(g) = g else { continue };
        let v = Var::constant(Tensor::from_f32(gpu, &to_f32(&vs[i]), g.shape())?);
        let term = g.mul(&v)?.sum()?;
        s = Some(match s {
            Some(acc) => acc.add(&term)?,
            None => term,
        });
    }
    let Some(s) = s else {
        return Ok(Report {
            max_abs_err: 0.0,
            max_rel_err: 0.0,
            failures: vec!["no first-order gradient".into()],
        });
    };
    let second = backward(&s, &refs)?;

    // S(x) on the CPU by central differences of L, then its derivative by central differences.
    let h1 = 1e-4;
    let h2 = 1e-4;
    let loss_at = |p: &Vec<Vec<f64>>| weighted(&cpu_op(p), &w);
    let s_at = |p: &Vec<Vec<f64>>| -> f64 {
        let mut total = 0.0;
        for i in 0..p.len() {
            for j in 0..p[i].len() {
                let mut q = p.clone();
                q[i][j] += h1;
                let up = loss_at(&q);
                q[i][j] -= 2.0 * h1;
                let down = loss_at(&q);
                total += vs[i][j] * (up - down) / (2.0 * h1);
            }
        }
        total
    };
    let mut report = Report {
        max_abs_err: 0.0,
        max_rel_err: 0.0,
        failures: vec![],
    };
    for (i, g2) in second.iter().enumerate() {
        let numeric: Vec<f64> = (0..xs[i].len())
            .map(|j| {
                let mut p = xs.clone();
                p[i][j] += h2;
                let up = s_at(&p);
                p[i][j] -= 2.0 * h2;
                let down = s_at(&p);
                (up - down) / (2.0 * h2)
            })
            .collect();
        let analytic = match g2 {
            Some(g) => g.value().to_f32()?,
            None => vec![0.0; xs[i].len()],
        };
        compare(&analytic, &numeric, tol, &format!("d2/dx{i}"), &mut report);
    }
    Ok(report)
}

fn to_f32(x: &[f64]) -> Vec<f32> {
    x.iter().map(|&v| v as f32).collect()
}

fn upload_params(gpu: &Gpu, inputs: &[(Vec<usize>, Vec<f64>)]) -> Result<Vec<Var>> {
    inputs
        .iter()
        .map(|(shape, data)| Ok(Var::param(Tensor::from_f32(gpu, &to_f32(data), shape)?)))
        .collect()
}
